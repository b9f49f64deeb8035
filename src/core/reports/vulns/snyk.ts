/**
 * Snyk CLI JSON (`snyk test --json`, `snyk container test --json`): one project object with
 * `vulnerabilities[]`, or an array of them with `--all-projects`. Snyk lists a vulnerability once
 * per dependency path; one finding is counted per id, package and version, which is what Snyk
 * itself reports as `uniqueCount`. The id is the CVE when Snyk gives exactly one, else Snyk's id.
 *
 * Severity is `severityWithCritical` where present — Snyk added it when it introduced the critical
 * level, while `severity` kept reporting critical as high for older clients — else `severity`.
 * License issues (`type: "license"`) are not vulnerabilities and are not counted.
 */
import { readJson } from '../../files.js';
import { UserError } from '../../errors.js';
import type { FormatModule } from '../types.js';
import { severityFromWord, type VulnAccumulator } from './model.js';
import { isObject, jsonHead, objectsOf, str, stringsOf, type JsonObject } from './json.js';

export const snyk: FormatModule<VulnAccumulator> = {
  id: 'snyk',
  kind: 'vulns',
  description: 'Snyk CLI JSON (snyk test --json, one project or --all-projects): one finding per id and package version, severityWithCritical first',
  detect(head) {
    const h = jsonHead(head);
    if (!/^\[?\s*\{/.test(h) || !/"vulnerabilities"\s*:\s*\[/.test(h)) return false;
    // Keys that only Snyk's report holds, in the findings or at the end of an empty project.
    return /"(upgradePath|isUpgradable|packageManager|dependencyCount|uniqueCount)"\s*:/.test(h);
  },
  async parse(ctx, sink) {
    const doc = await readJson(ctx.file, ctx.shown, ctx.input);
    const projects: JsonObject[] = Array.isArray(doc) ? objectsOf(doc) : isObject(doc) ? [doc] : [];
    if (projects.length === 0 && !Array.isArray(doc)) throw new UserError('not a Snyk report: the top level is neither an object nor an array');
    for (const project of projects) {
      // The manifest Snyk tested (`displayTargetFile`; `targetFile` when given with --file), shown;
      // not keyed, as a lockfile path (findingKey, model.ts).
      const location = str(project.displayTargetFile) ?? str(project.targetFile);
      if (!Array.isArray(project.vulnerabilities)) {
        // Snyk writes {ok: false, error: "..."} for a project it could not test.
        const error = str(project.error);
        throw new UserError(error ? `Snyk could not test a project: ${error}` : 'not a Snyk report: `vulnerabilities` is not an array');
      }
      for (const v of objectsOf(project.vulnerabilities)) {
        if (str(v.type) === 'license') continue;
        const id = str(v.id);
        if (!id) throw new UserError('Snyk finding without an id');
        const identifiers = isObject(v.identifiers) ? v.identifiers : {};
        const cves = stringsOf(identifiers.CVE);
        sink.add({
          id: cves.length === 1 ? cves[0] : id,
          package: str(v.packageName) ?? str(v.name) ?? '',
          version: str(v.version) ?? '',
          severity: severityFromWord(str(v.severityWithCritical) ?? str(v.severity)),
          title: str(v.title),
          fixed: stringsOf(v.fixedIn).join(', ') || undefined,
          location
        });
      }
    }
  }
};
