/**
 * Grype JSON (`grype -o json`): `matches[]`, each a `vulnerability` (id, severity: Critical,
 * High, Medium, Low; Negligible and Unknown count in no severity) found in an `artifact` (name,
 * version).
 *
 * Grype names a language package's finding by its GHSA and lists the CVE under
 * `relatedVulnerabilities`; Trivy names it by the CVE. The CVE is used as the id when there is one,
 * so that the same finding read from both tools counts once.
 */
import { readJson } from '../../files.js';
import { UserError } from '../../errors.js';
import type { FormatModule } from '../types.js';
import { severityFromWord, type VulnAccumulator } from './model.js';
import { expectObject, isObject, objectsOf, preferCve, str, stringsOf, type JsonObject } from './json.js';
import { jsonTop } from '../json-head.js';

/** Grype's `fix` (`{ versions: [...], state: "fixed" }`): the versions, when a fix exists. */
function fixVersions(fix: unknown): string | undefined {
  if (!isObject(fix) || str(fix.state) !== 'fixed') return undefined;
  return stringsOf(fix.versions).join(', ') || undefined;
}

/**
 * Where Grype found the artifact: its `locations[].path` (the package database or file; the
 * `layerID` beside it changes with every build and is left out), else its purl. Shown, not keyed:
 * Grype has no base comparison of its own (its ignore rules match a vulnerability, fix state and
 * package name, version, type or location), and jar paths and purls carry the version.
 */
function placeOf(artifact: JsonObject): string | undefined {
  const paths = [...new Set(objectsOf(artifact.locations).map((l) => str(l.path) ?? '').filter((p) => p !== ''))];
  return paths.length > 0 ? paths.join(', ') : str(artifact.purl) || undefined;
}

export const grype: FormatModule<VulnAccumulator> = {
  id: 'grype',
  kind: 'vulns',
  description: 'Grype JSON: matches[].vulnerability by severity (Negligible and Unknown not counted), CVE ids preferred',
  detect(head) {
    const top = jsonTop(head);
    const matches = top.keys.get('matches');
    if (top.kind !== '{' || matches?.kind !== '[') return false;
    // Grype's own keys beside `matches` (descriptor names grype), or a match's own.
    const descriptor = top.keys.get('descriptor');
    if (descriptor && /"name"\s*:\s*"grype"/.test(head.slice(descriptor.at, descriptor.at + 200))) return true;
    return /"vulnerability"\s*:/.test(head.slice(matches.at)) || /^\[\s*\]/.test(head.slice(matches.at));
  },
  async parse(ctx, sink) {
    const doc = expectObject(await readJson(ctx.file, ctx.shown, ctx.input), 'Grype report');
    if (!Array.isArray(doc.matches)) throw new UserError('not a Grype report: `matches` is not an array');
    for (const match of objectsOf(doc.matches)) {
      const vuln = isObject(match.vulnerability) ? match.vulnerability : undefined;
      const artifact = isObject(match.artifact) ? match.artifact : {};
      const id = str(vuln?.id);
      if (!vuln || !id) throw new UserError('Grype match without vulnerability.id');
      const related = objectsOf(match.relatedVulnerabilities).map((r) => str(r.id) ?? '');
      sink.add({
        id: preferCve(id, related),
        package: str(artifact.name) ?? '',
        version: str(artifact.version) ?? '',
        severity: severityFromWord(str(vuln.severity)),
        title: str(vuln.description),
        fixed: fixVersions(vuln.fix),
        location: placeOf(artifact)
      });
    }
  }
};
