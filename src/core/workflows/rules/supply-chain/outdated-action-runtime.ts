/** PG151 outdated-action-runtime: an action that runs on a Node.js version GitHub retired or forces forward. */
import type { Rule } from '../../rule.js';
import { isLocalUses, type Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { firstMajorOn, popularAction } from './popular-actions.js';
import { RemoteUses } from './remote-uses.js';

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
  description: 'An action whose `runs.using` is a Node.js runtime GitHub retired (node12, node16: error) or forces onto Node 24 (node20: warning): local actions, remote actions by their action.yml at the ref used when a token is given, else popular actions at the major used.',
  help: "GitHub retired the node12 and node16 runtimes of JavaScript actions, and since September 2026 runs node20 actions on Node 24. An action written for an older runtime may break on the newer one; update it to a major that declares `using: node24` (the message names it for popular actions, from the stored table of their action.yml). For a local action (`uses: ./path`), update `runs.using` in its action.yml. With the `token` input, the `action.yml` of every remote `uses:` is read through the GitHub API at the ref it names, and its `runs.using` decides: a commit SHA whose version comment is wrong is judged by what really runs. Without a token, the major of a popular action is the tag, or for a commit SHA the version in the comment after it (`# v4.2.2`).",
  create(context) {
    const remote = new RemoteUses(context);
    const report = (file: SourceFile, node: Scalar, what: string, using: string, fix: string): void => {
      const outdated = OUTDATED[using.toLowerCase()];
      if (outdated) context.report(file, node, `${what} runs on ${using}: ${outdated.why}; ${fix}`, outdated.level);
    };
    const update = (uses: string, major?: number): string => {
      const next = firstMajorOn(uses, 'node24');
      return next !== undefined && (major === undefined || next > major) ? `update to v${next} or later (node24)` : 'update it to a version on node24';
    };
    return {
      prepare: () => remote.prepare(),
      step(step, _owner, file) {
        const uses = step.uses;
        if (!uses) return;
        if (isLocalUses(uses.value)) {
          const local = context.project.local(uses.value);
          if (local?.kind === 'action' && local.using) report(file.file, uses, `local action ${local.file.path}`, local.using.value, `set runs.using to node24 in ${local.file.path}`);
          return;
        }
        const online = remote.get(uses);
        if (online) {
          // The API answered: its action.yml decides, whatever the tag or comment says.
          if (online.model.kind === 'action' && online.model.using) report(file.file, uses, `"${online.name}" (its action.yml at that ref)`, online.model.using.value, update(uses.value));
          return;
        }
        const action = popularAction(uses, file.file);
        if (action?.using) report(file.file, uses, `"${action.name}"`, action.using, update(uses.value, action.major));
      }
    };
  }
};
export default rule;
