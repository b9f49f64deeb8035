/** PG151 outdated-action-runtime: an action that runs on a Node.js version GitHub retired or forces forward. */
import type { Rule } from '../../rule.js';
import { isLocalUses, type Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { firstMajorOn, popularAction } from './popular-actions.js';

/** Runtimes GitHub no longer runs as declared: an error when retired, a warning when forced onto a newer one. */
const OUTDATED: Record<string, { level: 'error' | 'warning'; why: string }> = {
  node12: { level: 'error', why: 'GitHub retired node12 (actions run on a newer Node.js, or fail)' },
  node16: { level: 'error', why: 'GitHub retired node16 (actions run on a newer Node.js, or fail)' },
  node20: { level: 'warning', why: 'GitHub runs node20 actions on Node 24 since September 2026' }
};

const rule: Rule = {
  id: 'PG151',
  name: 'outdated-action-runtime',
  level: 'warning',
  description: 'An action whose `runs.using` is a Node.js runtime GitHub retired (node12, node16: error) or forces onto Node 24 (node20: warning), for popular actions at the major used and for local actions.',
  help: "GitHub retired the node12 and node16 runtimes of JavaScript actions, and since September 2026 runs node20 actions on Node 24. An action written for an older runtime may break on the newer one; update it to a major that declares `using: node24` (the message names it for popular actions, from the stored table of their action.yml). For a local action (`uses: ./path`), update `runs.using` in its action.yml. The major of a SHA-pinned action is read from the comment after the SHA (`# v4.2.2`).",
  create(context) {
    const report = (file: SourceFile, node: Scalar, what: string, using: string, fix: string): void => {
      const outdated = OUTDATED[using.toLowerCase()];
      if (outdated) context.report(file, node, `${what} runs on ${using}: ${outdated.why}; ${fix}`, outdated.level);
    };
    return {
      step(step, _owner, file) {
        const uses = step.uses;
        if (!uses) return;
        if (isLocalUses(uses.value)) {
          const local = context.project.local(uses.value);
          if (local?.kind === 'action' && local.using) report(file.file, uses, `local action ${local.file.path}`, local.using.value, `set runs.using to node24 in ${local.file.path}`);
          return;
        }
        const action = popularAction(uses, file.file);
        if (!action?.using) return;
        const next = firstMajorOn(uses.value, 'node24');
        report(file.file, uses, `"${action.name}"`, action.using, next !== undefined && next > action.major ? `update to v${next} or later (node24)` : 'update it to a version on node24');
      }
    };
  }
};
export default rule;
