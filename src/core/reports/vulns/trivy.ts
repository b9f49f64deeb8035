/**
 * Trivy JSON (`trivy image|fs|repo -f json`): `SchemaVersion: 2` with
 * `Results[].Vulnerabilities[]`, each with VulnerabilityID, PkgName, InstalledVersion and
 * Severity (CRITICAL, HIGH, MEDIUM, LOW; UNKNOWN counts in no severity). The bare array that
 * Trivy wrote before schema version 2 (v0.19 and earlier) is read the same way.
 */
import { readJson } from '../../files.js';
import { UserError } from '../../errors.js';
import type { FormatModule } from '../types.js';
import { severityFromWord, type VulnAccumulator } from './model.js';
import { isObject, jsonHead, objectsOf, str, type JsonObject } from './json.js';

export const trivy: FormatModule<VulnAccumulator> = {
  id: 'trivy',
  kind: 'vulns',
  description: 'Trivy JSON (SchemaVersion 2, and the older bare array): Results[].Vulnerabilities[] by Severity',
  detect(head) {
    const h = jsonHead(head);
    if (h.startsWith('{')) return /"SchemaVersion"\s*:\s*\d+/.test(h) && /"(ArtifactName|Results)"\s*:/.test(h);
    return /^\[\s*\{\s*"Target"\s*:/.test(h);
  },
  async parse(ctx, sink) {
    const doc = await readJson(ctx.file, ctx.shown, ctx.input);
    let results: JsonObject[];
    if (Array.isArray(doc)) {
      results = objectsOf(doc);
    } else if (isObject(doc)) {
      if (doc.SchemaVersion !== 2) {
        throw new UserError(`Trivy SchemaVersion ${JSON.stringify(doc.SchemaVersion)} is not supported`, { hint: 'expected SchemaVersion 2' });
      }
      results = objectsOf(doc.Results);
    } else {
      throw new UserError('not a Trivy report: the top level is neither an object nor an array');
    }
    for (const result of results) {
      for (const v of objectsOf(result.Vulnerabilities)) {
        const id = str(v.VulnerabilityID);
        if (!id) throw new UserError(`Trivy finding without VulnerabilityID in target ${JSON.stringify(str(result.Target) ?? '')}`);
        sink.add({
          id,
          package: str(v.PkgName) ?? '',
          version: str(v.InstalledVersion) ?? '',
          severity: severityFromWord(str(v.Severity)),
          title: str(v.Title),
          fixed: str(v.FixedVersion)
        });
      }
    }
  }
};
