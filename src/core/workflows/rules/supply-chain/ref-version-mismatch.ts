/** PG242 ref-version-mismatch: `uses: owner/repo@<sha> # v1.2.3` where tag v1.2.3 is another commit. */
import type { Rule } from '../../rule.js';
import { commentVersion, eachSite, refsOf } from './online.js';

const rule: Rule = {
  id: 'PG242',
  name: 'ref-version-mismatch',
  level: 'warning',
  description: 'A `uses:` pinned to a commit SHA whose version comment names a tag of another commit, or a tag the repository does not have.',
  help: 'Reviewers read the `# v1.2.3` after a pinned SHA, and Dependabot and Renovate update both together; when the tag is another commit, the comment hides what really runs (an older, perhaps vulnerable release, or a commit of no release). Fix the comment to the tag of the pinned commit, or pin the commit of the tag the comment names. Read through the GitHub API with the `token` input (GET tags and branches), cached for the run; zizmor\'s `ref-version-mismatch`.',
  create(context) {
    return {
      prepare: () =>
        eachSite(context, async (session, site) => {
          const version = commentVersion(site.comment);
          if (!site.sha || !version) return;
          const refs = await refsOf(context, session, site);
          if (!refs) return;
          const { tags, branches } = refs;
          // As GitHub resolves a name: a branch before a tag.
          const named = branches.refs.find((b) => b.name === version) ?? tags.refs.find((t) => t.name === version);
          if (named?.sha === site.sha) return;
          const actual = tags.refs.filter((t) => t.sha === site.sha).sort((a, b) => b.name.length - a.name.length)[0]?.name;
          const fix = actual ? `the pinned commit is ${actual}; write "# ${actual}"` : `the pinned commit is no tag of ${site.slug}`;
          if (named) {
            context.report(site.file, site.node, `comment "${version}" of "${site.node.value.trim()}" does not match: ${version} of ${site.slug} is commit ${named.sha.slice(0, 12)}, not ${site.sha.slice(0, 12)}; ${fix}`);
          } else if (tags.complete && branches.complete) {
            context.report(site.file, site.node, `comment "${version}" of "${site.node.value.trim()}" names no tag or branch of ${site.slug}; ${fix}`);
          }
        })
    };
  }
};
export default rule;
