/**
 * Every perf format, in detection order (the first whose `detect` says yes reads the file).
 * Specific markers come first (our own schema id, then JSON reports by their distinctive keys);
 * line formats follow, and the plain sample list — which any file starting with a number would
 * match — is last.
 */
import type { FormatModule } from '../types.js';
import type { PerfAccumulator } from './model.js';
import { smokeReport } from './smoke-report.js';
import { k6Summary } from './k6-summary.js';
import { artillery } from './artillery.js';
import { gatling } from './gatling.js';
import { autocannon } from './autocannon.js';
import { k6Ndjson } from './k6-ndjson.js';
import { jmeterJtl } from './jmeter-jtl.js';
import { locust } from './locust.js';
import { latencySamples } from './latency-samples.js';

export const PERF_FORMATS: ReadonlyArray<FormatModule<PerfAccumulator>> = [
  smokeReport,
  k6Summary,
  artillery,
  gatling,
  autocannon,
  k6Ndjson,
  jmeterJtl,
  locust,
  latencySamples
];
