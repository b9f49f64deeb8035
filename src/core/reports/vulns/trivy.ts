/**
 * Trivy JSON (`trivy image|fs|repo -f json`): `SchemaVersion: 2` with
 * `Results[].Vulnerabilities[]`, each with VulnerabilityID, PkgName, InstalledVersion and
 * Severity (CRITICAL, HIGH, MEDIUM, LOW; UNKNOWN counts in no severity). The bare array that
 * Trivy wrote before schema version 2 (v0.19 and earlier) is read the same way, and so is its
 * `null` for "nothing found". `trivy k8s` reports (ClusterName, Resources[].Results[]) too.
 */
import { readJson } from '../../files.js';
import { UserError } from '../../errors.js';
import type { FormatModule } from '../types.js';
import { severityFromWord, type VulnAccumulator } from './model.js';
import { isObject, jsonHead, objectsOf, str, type JsonObject } from './json.js';
import { jsonTop } from '../json-head.js';

export const trivy: FormatModule<VulnAccumulator> = {
  id: 'trivy',
  kind: 'vulns',
  description: 'Trivy JSON (SchemaVersion 2, and the older bare array): Results[].Vulnerabilities[] by Severity',
  detect(head) {
    if (jsonHead(head).replace(/\s+$/, '') === 'null') return true; // old Trivy's "no findings"
    const top = jsonTop(head);
    if (top.kind === '[') return top.keys.has('Target');
    if (top.kind !== '{') return false;
    // `trivy k8s --format json`: the cluster and its resources (Findings in the consolidated report,
    // Vulnerabilities and Misconfigurations in releases before v0.47), nothing when all are clean.
    if (top.keys.get('ClusterName')?.kind === '"') return true;
    return /\d/.test(top.keys.get('SchemaVersion')?.kind ?? '') && (top.keys.has('ArtifactName') || top.keys.has('Results'));
  },
  async parse(ctx, sink) {
    const doc = await readJson(ctx.file, ctx.shown, ctx.input);
    let results: JsonObject[];
    if (doc === null) {
      results = []; // Trivy before v0.20 wrote `null` when it found nothing
    } else if (Array.isArray(doc)) {
      results = objectsOf(doc);
    } else if (isObject(doc) && typeof doc.ClusterName === 'string') {
      results = k8sResults(doc);
    } else if (isObject(doc)) {
      if (doc.SchemaVersion !== 2) {
        throw new UserError(`Trivy SchemaVersion ${JSON.stringify(doc.SchemaVersion)} is not supported`, { hint: 'expected SchemaVersion 2' });
      }
      results = objectsOf(doc.Results);
    } else {
      throw new UserError('not a Trivy report: the top level is neither an object nor an array');
    }
    for (const result of results) {
      const target = str(result.Target);
      for (const v of objectsOf(result.Vulnerabilities)) {
        const id = str(v.VulnerabilityID);
        if (!id) throw new UserError(`Trivy finding without VulnerabilityID in target ${JSON.stringify(str(result.Target) ?? '')}`);
        sink.add({
          id,
          package: str(v.PkgName) ?? '',
          version: str(v.InstalledVersion) ?? '',
          severity: severityFromWord(str(v.Severity)),
          title: str(v.Title),
          fixed: str(v.FixedVersion),
          location: placeOf(target, str(v.PkgPath))
        });
      }
    }
  }
};

/**
 * Where Trivy found the package: the result's `Target` (a lockfile, or for OS packages the image and
 * its OS release, e.g. `alpine-39.tar.gz (alpine 3.9.4)`), with the `PkgPath` of a package found in
 * a file of an image (`usr/lib/…/METADATA`, a jar). Shown, not keyed: Trivy has no base comparison of
 * its own (its ignore files match an id, optionally with paths or purls), and both fields change
 * with the image's tag or the package's version (see findingKey in model.ts).
 */
function placeOf(target: string | undefined, pkgPath: string | undefined): string | undefined {
  if (target === undefined) return pkgPath;
  return pkgPath ? `${target} (${pkgPath})` : target;
}

/**
 * The results of a `trivy k8s` JSON report: `Resources[]` (Namespace, Kind, Name) each with Trivy's
 * usual `Results[]`; the summary report (`Findings[]`, and `Vulnerabilities[]` before v0.47)
 * lists resources of the same shape. One target per resource, so the same image in two pods
 * counts once per package and id, as the accumulator merges.
 */
function k8sResults(doc: JsonObject): JsonObject[] {
  const resources = [...objectsOf(doc.Resources), ...objectsOf(doc.Findings), ...objectsOf(doc.Vulnerabilities)];
  return resources.flatMap((r) => objectsOf(r.Results));
}
