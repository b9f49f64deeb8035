/** PG241 ref-confusion: a `uses:` ref that names both a branch and a tag of the action's repository. */
import type { Rule } from '../../rule.js';
import { eachSite, refsOf } from './online.js';

const rule: Rule = {
  id: 'PG241',
  name: 'ref-confusion',
  level: 'warning',
  description: 'A `uses:` ref that is both a branch and a tag of the repository, so which commit runs depends on how GitHub resolves the name.',
  help: 'When `owner/repo@name` is both a branch and a tag, whoever can push a branch (a much weaker right than making a release) can decide what runs: GitHub resolves the branch first. Pin a full commit SHA (`owner/repo@<sha> # v1.2.3`), or ask the maintainers to delete the branch. Read through the GitHub API with the `token` input (GET tags and branches), cached for the run; zizmor\'s `ref-confusion`.',
  create(context) {
    return {
      prepare: () =>
        eachSite(context, async (session, site) => {
          if (site.sha) return;
          const refs = await refsOf(context, session, site);
          if (!refs) return;
          const { tags, branches } = refs;
          const tag = tags.refs.find((t) => t.name === site.ref);
          const branch = branches.refs.find((b) => b.name === site.ref);
          if (!tag || !branch) return;
          context.report(
            site.file,
            site.node,
            `ref "${site.ref}" of "${site.node.value.trim()}" is both a branch (commit ${branch.sha.slice(0, 12)}) and a tag (commit ${tag.sha.slice(0, 12)}) of ${site.slug}; pin a full commit SHA`
          );
        })
    };
  }
};
export default rule;
