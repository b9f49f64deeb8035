/** Every coverage format, in detection order (the first whose `detect` says yes reads the file). */
import type { FormatModule } from '../types.js';
import type { CoverageAccumulator } from './model.js';
import { lcov } from './lcov.js';
import { cobertura } from './cobertura.js';
import { clover } from './clover.js';
import { jacoco } from './jacoco.js';
import { istanbulSummary } from './istanbul-summary.js';
import { istanbulFinal } from './istanbul-final.js';
import { goCoverprofile } from './go-coverprofile.js';

/**
 * Each detector looks at distinct content (LCOV keys, XML root and attributes, JSON keys, the Go
 * `mode:` line), so the order only matters for the two `<coverage>` roots: Cobertura is told from
 * Clover by its `line-rate` attribute.
 */
export const COVERAGE_FORMATS: ReadonlyArray<FormatModule<CoverageAccumulator>> = [
  lcov,
  cobertura,
  clover,
  jacoco,
  istanbulSummary,
  istanbulFinal,
  goCoverprofile
];
