/** PG244 archived-uses: a `uses:` of an archived repository. */
import type { Rule } from '../../rule.js';
import { eachSite, isFailure, reportFailure } from './online.js';

const rule: Rule = {
  id: 'PG244',
  name: 'archived-uses',
  level: 'warning',
  description: 'A `uses:` of an action or reusable workflow whose repository is archived.',
  help: 'An archived repository gets no more fixes, security fixes included, and its actions often run on a retired Node.js. Move to the maintained replacement the repository\'s README names (e.g. `ruby/setup-ruby` for `actions/setup-ruby`), or vendor the action. Read through the GitHub API with the `token` input (GET the repository), cached for the run; zizmor\'s `archived-uses`.',
  create(context) {
    return {
      prepare: () =>
        eachSite(context, async (session, site) => {
          const info = await session.repository(site.owner, site.repo);
          if (reportFailure(context, session, site, info) || isFailure(info) || !info.archived) return;
          context.report(site.file, site.node, `"${site.node.value.trim()}" comes from ${site.slug}, which is archived: it gets no more fixes; use a maintained replacement`);
        })
    };
  }
};
export default rule;
