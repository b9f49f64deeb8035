/**
 * Istanbul `coverage-summary.json` (`json-summary` reporter of jest, nyc, c8, vitest): only counts
 * per file, fed to the model as summaries; the `total` entry is skipped since the files add up to it.
 */
import { UserError } from '../../errors.js';
import { readJson } from '../../files.js';
import type { FormatModule } from '../types.js';
import type { CoverageAccumulator, CoverageMetric } from './model.js';
import { coveredOf } from '../domain.js';
import { jsonTop } from '../json-head.js';

const METRICS: CoverageMetric[] = ['lines', 'branches', 'functions', 'statements'];

export const istanbulSummary: FormatModule<CoverageAccumulator> = {
  id: 'istanbul-summary',
  kind: 'coverage',
  description: 'Istanbul coverage-summary.json (json-summary reporter)',
  detect(head) {
    // An object of entries, each metric an object with `total` and `pct`, in whatever key order
    // (jq -S sorts `covered` before `total`, `branches` before `lines`).
    if (jsonTop(head).kind !== '{') return false;
    const metric = /"(lines|statements|functions|branches)"\s*:\s*\{([^{}]*)\}/.exec(head);
    return !!metric && /"total"\s*:/.test(metric[2]) && /"pct"\s*:/.test(metric[2]) && !/"statementMap"\s*:/.test(head);
  },
  async parse(ctx, acc) {
    const data = await readJson(ctx.file, ctx.shown, ctx.input);
    const fail = (message: string): never => {
      throw new UserError(message, { input: ctx.input, file: ctx.shown });
    };
    if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('not an Istanbul coverage summary');
    for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
      if (key === 'total') continue;
      const e = entry as Record<string, { total?: unknown; covered?: unknown }> | null;
      if (typeof e !== 'object' || e === null) fail(`entry ${JSON.stringify(key)} is not a summary`);
      const file = acc.file(key);
      for (const metric of METRICS) {
        const m = e![metric];
        if (m === undefined) continue;
        if (typeof m?.total !== 'number' || typeof m?.covered !== 'number') {
          fail(`${metric} of ${JSON.stringify(key)} has no numeric total and covered`);
        }
        const { covered, total } = coveredOf(m.covered, m.total, `${metric} of ${JSON.stringify(key)}`);
        file.addSummary(metric, covered, total);
      }
    }
  }
};
