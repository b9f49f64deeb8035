/** PG240 impostor-commit: a `uses:` pinned to a commit that no branch or tag of the repository has. */
import type { Rule } from '../../rule.js';
import { eachSite, reportFailure } from './online.js';

const rule: Rule = {
  id: 'PG240',
  name: 'impostor-commit',
  level: 'error',
  description: 'A `uses:` pinned to a commit SHA that is in the history of no branch and no tag of the named repository (a commit of a fork).',
  help: 'A repository and its forks share one network of commits on GitHub, so `owner/repo@<sha>` runs a commit pushed to any fork as if `owner/repo` had made it (an "impostor commit"; see Chainguard\'s "What the fork?"). A pull request that bumps a SHA can hide one. Pin a commit of a release of the repository itself (`owner/repo@<sha of a tag> # v1.2.3`). Read through the GitHub API with the `token` input (GET tags, branches and compare), cached for the run; zizmor\'s `impostor-commit`.',
  create(context) {
    return {
      prepare: () =>
        eachSite(context, async (session, site) => {
          if (!site.sha) return;
          const verdict = await session.reachable(site.owner, site.repo, site.sha);
          if (reportFailure(context, session, site, verdict)) return;
          if (verdict === 'impostor') {
            context.report(site.file, site.node, `commit ${site.sha.slice(0, 12)} of "${site.node.value.trim()}" is on no branch or tag of ${site.slug}: it may come from a fork (an impostor commit); pin a commit of a release of ${site.slug}`);
          } else if (verdict === 'missing') {
            context.report(site.file, site.node, `commit ${site.sha.slice(0, 12)} of "${site.node.value.trim()}" is unknown to ${site.slug} or shares no history with its branches and tags; pin a commit of a release of ${site.slug}`);
          }
        })
    };
  }
};
export default rule;
