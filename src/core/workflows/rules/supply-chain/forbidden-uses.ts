/** PG224 forbidden-uses: a `uses:` the config's `forbidden-uses:` allow list leaves out or deny list names. */
import type { Rule } from '../../rule.js';
import type { Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { everyUses, matchesUsesPattern, parseUses } from './uses.js';

const rule: Rule = {
  id: 'PG224',
  name: 'forbidden-uses',
  level: 'error',
  description: 'A `uses:` of an action or reusable workflow that `forbidden-uses:` in `.github/phase-gates.yml` forbids: not on its `allow:` list, or on its `deny:` list.',
  help: 'An organization may admit only reviewed actions (`forbidden-uses: { allow: [actions/*, acme/*] }`) or ban known-bad ones (`forbidden-uses: { deny: [some-org/*] }`). Patterns are zizmor\'s repository patterns: `*`, `owner/*`, `owner/repo/*` (any path), `owner/repo` and `owner/repo/path` (that exact path, any ref), each of the last two optionally with `@ref`. Without the setting the rule finds nothing. Local actions and `docker://` images are not matched, as in zizmor\'s forbidden-uses audit.',
  create(context) {
    const policy = context.settings.forbiddenUses;
    const check = (file: SourceFile, uses: Scalar | undefined): void => {
      const parsed = policy && parseUses(uses?.value);
      if (!policy || !parsed || !uses) return;
      const match = policy.patterns.find((p) => matchesUsesPattern(parsed, p));
      if (policy.mode === 'deny' && match) context.report(file, uses, `"${uses.value.trim()}" is forbidden by forbidden-uses.deny ("${match}"); use an allowed action or a run: step`);
      if (policy.mode === 'allow' && !match) context.report(file, uses, `"${uses.value.trim()}" is not on the forbidden-uses.allow list (${policy.patterns.map((p) => `"${p}"`).join(', ') || 'empty'}); use an allowed action or a run: step`);
    };
    return everyUses(check);
  }
};
export default rule;
