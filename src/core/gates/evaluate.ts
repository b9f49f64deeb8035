/** Gates against metric values: the verdict of gates-enforcer. */
import type { Gate } from './grammar.js';
import { compare } from './grammar.js';
import type { MetricScalar, MetricTable } from './collect.js';
import type { ReportSource } from '../reports/types.js';
import type { Vulnerability } from '../reports/vulns/model.js';

export type GateStatus = 'pass' | 'fail' | 'no-data';

export interface GateResult {
  gate: Gate;
  actual: MetricScalar | null;
  passed: boolean;
  status: GateStatus;
  sources: ReportSource[];
  detail?: string;
  /** Why there is no data, when known. */
  why?: string;
  /** For a failed `vulns_*` gate: the findings behind the figure. */
  findings?: Vulnerability[];
}

/**
 * Evaluates every gate. A gate whose metric has no value fails (`no-data`) unless
 * `failOnMissing` is false, when it passes with that status.
 */
export function evaluate(gates: Gate[], metrics: MetricTable, failOnMissing: boolean): GateResult[] {
  return gates.map((gate) => {
    const m = metrics.get(gate.metric) ?? metrics.get(gate.name);
    const actual = m?.value ?? null;
    if (actual === null) {
      return { gate, actual, passed: !failOnMissing, status: 'no-data', sources: m?.sources ?? [], detail: m?.detail, why: m?.why };
    }
    const passed = compare(actual, gate);
    return { gate, actual, passed, status: passed ? 'pass' : 'fail', sources: m?.sources ?? [], detail: m?.detail };
  });
}
