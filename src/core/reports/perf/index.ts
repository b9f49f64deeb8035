/** Every perf format, in detection order (the first whose `detect` says yes reads the file). */
import type { FormatModule } from '../types.js';
import type { PerfAccumulator } from './model.js';

export const PERF_FORMATS: ReadonlyArray<FormatModule<PerfAccumulator>> = [];
