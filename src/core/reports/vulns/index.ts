/**
 * Every vulns format, in detection order (the first whose `detect` says yes reads the file).
 * Each `detect` keys on its tool's distinctive keys anywhere at the top level (json-head.ts), never
 * on the first key, so the order matters only between formats that could share them: npm 7's
 * `vulnerabilities` object is claimed by npm-audit before Snyk's `vulnerabilities` array is looked for.
 */
import type { FormatModule } from '../types.js';
import type { VulnAccumulator } from './model.js';
import { sarif } from './sarif.js';
import { trivy } from './trivy.js';
import { grype } from './grype.js';
import { npmAudit } from './npm-audit.js';
import { osvScanner } from './osv-scanner.js';
import { snyk } from './snyk.js';

export const VULNS_FORMATS: ReadonlyArray<FormatModule<VulnAccumulator>> = [sarif, trivy, grype, npmAudit, osvScanner, snyk];
