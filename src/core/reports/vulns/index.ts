/** Every vulns format, in detection order (the first whose `detect` says yes reads the file). */
import type { FormatModule } from '../types.js';
import type { VulnAccumulator } from './model.js';

export const VULNS_FORMATS: ReadonlyArray<FormatModule<VulnAccumulator>> = [];
