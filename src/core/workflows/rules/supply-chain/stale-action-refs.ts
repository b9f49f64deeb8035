/** PG243 stale-action-refs: a `uses:` pinned to a commit that is no tag's commit (no release). */
import type { Rule } from '../../rule.js';
import { eachSite, isFailure, reportFailure } from './online.js';

const rule: Rule = {
  id: 'PG243',
  name: 'stale-action-refs',
  level: 'note',
  description: 'A `uses:` pinned to a commit SHA that is the commit of no tag of the repository: a commit between releases, which Dependabot and Renovate do not update.',
  help: 'A pin to an untagged commit runs code no release vouched for, and version updaters cannot tell which release it is, so it stays behind. Pin the commit of a release (`owner/repo@<sha of the tag> # v1.2.3`). Read through the GitHub API with the `token` input (GET tags), cached for the run; zizmor\'s `stale-action-refs`.',
  create(context) {
    return {
      prepare: () =>
        eachSite(context, async (session, site) => {
          if (!site.sha) return;
          const tags = await session.tags(site.owner, site.repo);
          if (reportFailure(context, session, site, tags) || isFailure(tags)) return;
          if (!tags.complete || tags.refs.some((t) => t.sha === site.sha)) return;
          context.report(site.file, site.node, `commit ${site.sha.slice(0, 12)} of "${site.node.value.trim()}" is no tag of ${site.slug}; pin the commit of a release`);
        })
    };
  }
};
export default rule;
