/** PG245 known-vulnerable-actions: a `uses:` of an action version with a GitHub security advisory. */
import type { Rule } from '../../rule.js';
import { commentVersion, eachSite, isFailure, refsOf, reportFailure } from './online.js';

const rule: Rule = {
  id: 'PG245',
  name: 'known-vulnerable-actions',
  level: 'warning',
  description: 'A `uses:` of an action version that a GitHub security advisory of the `actions` ecosystem names as vulnerable (an error for high and critical ones).',
  help: 'GitHub\'s advisory database lists vulnerable versions of actions (tj-actions/changed-files before 46.0.1 leaked secrets to logs, for one). Upgrade to the first patched version the message names, pinned by SHA. The version is the tag of the pinned commit that its `# comment` names, else its longest tag (`v4.2.2` rather than `v4`), or the tag or branch named. Read through the GitHub API with the `token` input (GET tags and /advisories?ecosystem=actions&affects=…), cached for the run; zizmor\'s `known-vulnerable-actions`.',
  create(context) {
    return {
      prepare: () =>
        eachSite(context, async (session, site) => {
          const refs = await refsOf(context, session, site);
          if (!refs) return;
          const { tags, branches } = refs;
          // As GitHub resolves a name (a branch before a tag), then the longest tag of that commit.
          const commit = site.sha ?? (branches.refs.find((b) => b.name === site.ref) ?? tags.refs.find((t) => t.name === site.ref))?.sha;
          // The tag the version comment names when it is one of the commit's tags (tags at one
          // commit are many, e.g. v45.0.5 … v45.0.9 of tj-actions/changed-files), else the longest.
          const atCommit = commit ? tags.refs.filter((t) => t.sha === commit).map((t) => t.name) : [];
          const claimed = commentVersion(site.comment);
          const tagged = claimed && atCommit.includes(claimed) ? claimed : [...atCommit].sort((a, b) => b.length - a.length)[0];
          const version = tagged || (site.sha ? undefined : site.ref);
          if (!version) return;
          const advisories = await session.advisories(site.owner, site.repo, version);
          if (reportFailure(context, session, site, advisories) || isFailure(advisories)) return;
          for (const a of advisories) {
            const upgrade = a.firstPatched ? `upgrade to ${a.firstPatched} or later` : 'no patched version yet: replace the action';
            const level = a.severity === 'high' || a.severity === 'critical' ? 'error' : undefined;
            context.report(site.file, site.node, `${site.slug} ${version} is vulnerable: ${a.ghsaId} (${a.severity}) ${a.summary.replace(/\s+/g, ' ').trim().replace(/\.$/, '')}; ${upgrade}`, level);
          }
        })
    };
  }
};
export default rule;
