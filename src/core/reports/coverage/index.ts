/** Every coverage format, in detection order (the first whose `detect` says yes reads the file). */
import type { FormatModule } from '../types.js';
import type { CoverageAccumulator } from './model.js';

export const COVERAGE_FORMATS: ReadonlyArray<FormatModule<CoverageAccumulator>> = [];
