/**
 * SARIF 2.1.0, as GitHub code scanning reads it (CodeQL, ESLint's SARIF formatter, Semgrep, Trivy
 * and Grype with `-f sarif`, …).
 *
 * Severity, in this order:
 * 1. `properties["security-severity"]` of the result's rule — the rule found through
 *    `result.rule.toolComponent` + `rule.index`, `result.ruleIndex`, or `result.ruleId` among the
 *    driver's rules and then the extensions' rules. GitHub reads this property on rules only
 *    (reportingDescriptor objects); a result-level `security-severity` is not documented by GitHub
 *    and is ignored here too. The score maps as {@link severityFromScore}.
 * 2. Otherwise the level: the result's `level`, else the rule's `defaultConfiguration.level`, else
 *    `warning` (the SARIF default):
 *    `error` → high, `warning` → medium, `note` → low, `none` → not counted.
 *    Why: without a security severity GitHub shows only Error/Warning/Note, never Critical, and its
 *    code scanning merge protection pairs "Errors" with "High or higher"; mapping `error` to
 *    critical would let ordinary lint errors fail `vulns_critical: 0`, while mapping it lower would
 *    let a tool's most serious finding slip under `vulns_high: 0`.
 *
 * Not counted: results with `kind` other than `fail` (pass, review, informational, …), results
 * with an accepted suppression (`suppressions[]` whose `status` is `accepted` or absent — a
 * suppression under review or rejected does not hide anything), and results whose
 * `baselineState` is `absent` (fixed since the baseline).
 *
 * Dedup key: rule id as `id`, file URI as `package`, start line as `version`.
 *
 * Key across runs (findingKey in model.ts, for `vulns_new_*`): rule id, file URI and the result's
 * `partialFingerprints.primaryLocationLineHash`, never the line. That is GitHub code scanning's
 * identity of a result ("SARIF support for code scanning", providing data to track alerts across
 * runs: "the primaryLocationLineHash is used as a stable intra-file location, which is combined with
 * the repository, file path, and rule data to form the full identity"). CodeQL writes it, and
 * upload-sarif computes it from the source when a tool does not; it hashes the code at the location,
 * not its line number, so an alert follows its code when lines are added above it. A result without
 * it is keyed by rule and file alone; several of them in one file are counted (multiset) rather than
 * told apart. Other partial fingerprints (CodeQL's `primaryLocationStartColumnFingerprint`, tools'
 * own) are not part of GitHub's identity and are left out.
 */
import { readJson } from '../../files.js';
import { UserError } from '../../errors.js';
import type { FormatModule } from '../types.js';
import { severityFromScore, type Severity, type VulnAccumulator } from './model.js';
import { expectObject, isObject, jsonHead, objectsOf, str, type JsonObject } from './json.js';

/** Severity of a SARIF level when the rule has no `security-severity`. */
export const SARIF_LEVEL_SEVERITY: Readonly<Record<string, Severity | null>> = {
  error: 'high',
  warning: 'medium',
  note: 'low',
  none: null
};

/** The one SARIF version GitHub code scanning accepts. */
export const SARIF_VERSION = '2.1.0';

export const sarif: FormatModule<VulnAccumulator> = {
  id: 'sarif',
  kind: 'vulns',
  description:
    'SARIF 2.1.0: rule security-severity as GitHub code scanning maps it (9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low); ' +
    'without one, level error→high, warning→medium, note→low, none→not counted; suppressed and absent results skipped',
  detect(head) {
    const h = jsonHead(head);
    if (!h.startsWith('{')) return false;
    // `runs` is SARIF's own key; `$schema` or `version` names the format (either may come first).
    return /"runs"\s*:/.test(h) && (/"\$schema"\s*:\s*"[^"]*sarif/i.test(h) || /"version"\s*:\s*"\d+\.\d+\.\d+/.test(h));
  },
  async parse(ctx, sink) {
    const log = expectObject(await readJson(ctx.file, ctx.shown, ctx.input), 'SARIF log');
    const version = str(log.version);
    if (version !== SARIF_VERSION) {
      throw new UserError(`SARIF version ${version === undefined ? '(missing)' : JSON.stringify(version)} is not supported`, {
        hint: `GitHub code scanning reads SARIF ${SARIF_VERSION} only; write ${SARIF_VERSION} (most tools do by default) or convert it with the SARIF Multitool`
      });
    }
    if (!Array.isArray(log.runs)) throw new UserError('not a SARIF log: `runs` is not an array');
    for (const run of objectsOf(log.runs)) readRun(run, sink);
  }
};

function readRun(run: JsonObject, sink: VulnAccumulator): void {
  const tool = isObject(run.tool) ? run.tool : {};
  const driverRules = objectsOf(isObject(tool.driver) ? tool.driver.rules : undefined);
  const extensionRules = objectsOf(tool.extensions).map((ext) => objectsOf(ext.rules));
  const artifacts = objectsOf(run.artifacts);

  for (const result of objectsOf(run.results)) {
    const kind = str(result.kind);
    if (kind !== undefined && kind !== 'fail') continue;
    if (str(result.baselineState) === 'absent') continue;
    if (isSuppressed(result)) continue;

    const rule = findRule(result, driverRules, extensionRules);
    const ruleId = str(result.ruleId) ?? str(isObject(result.rule) ? result.rule.id : undefined) ?? str(rule?.id) ?? '(no rule)';
    const location = primaryLocation(result, artifacts);
    sink.add({
      id: ruleId,
      package: location.uri,
      version: location.line,
      severity: severityOf(result, rule),
      title: text(rule?.shortDescription) ?? text(result.message),
      location: location.uri || undefined,
      fingerprint: fingerprintOf(result)
    });
  }
}

/** Severity from the rule's security-severity, else from the level (see the module doc). */
function severityOf(result: JsonObject, rule: JsonObject | undefined): Severity | null {
  const props = rule && isObject(rule.properties) ? rule.properties : undefined;
  const raw = props?.['security-severity'];
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (Number.isFinite(score)) return severityFromScore(score);
  const config = rule && isObject(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
  const level = str(result.level) ?? str(config?.level) ?? 'warning';
  // An unknown level word is read as SARIF's default, warning; `none` maps to null on purpose.
  return Object.hasOwn(SARIF_LEVEL_SEVERITY, level) ? SARIF_LEVEL_SEVERITY[level] : SARIF_LEVEL_SEVERITY.warning;
}

/**
 * The result's `partialFingerprints.primaryLocationLineHash` (SARIF §3.27.17; a hash of the code at
 * the location, with `:n` for its n-th identical occurrence in the file), or undefined.
 */
function fingerprintOf(result: JsonObject): string | undefined {
  const partial = isObject(result.partialFingerprints) ? result.partialFingerprints : undefined;
  const hash = str(partial?.primaryLocationLineHash);
  return hash ? `primaryLocationLineHash=${hash}` : undefined;
}

function isSuppressed(result: JsonObject): boolean {
  return objectsOf(result.suppressions).some((s) => {
    const status = str(s.status);
    return status === undefined || status === 'accepted';
  });
}

/** The rule a result refers to: by component and index first (exact), then by id. */
function findRule(result: JsonObject, driverRules: JsonObject[], extensionRules: JsonObject[][]): JsonObject | undefined {
  const ref = isObject(result.rule) ? result.rule : undefined;
  const component = ref && isObject(ref.toolComponent) ? ref.toolComponent : undefined;
  const componentIndex = typeof component?.index === 'number' ? component.index : undefined;
  const rules = componentIndex !== undefined ? extensionRules[componentIndex] ?? [] : driverRules;
  const index = typeof ref?.index === 'number' ? ref.index : typeof result.ruleIndex === 'number' ? result.ruleIndex : undefined;
  if (index !== undefined && rules[index]) return rules[index];

  const id = str(result.ruleId) ?? str(ref?.id);
  if (id === undefined) return undefined;
  // A hierarchical id such as `a/b` names a sub-rule of `a` when no rule `a/b` exists (SARIF §3.27.5).
  const candidates = [id, id.split('/')[0]];
  for (const candidate of candidates) {
    for (const list of [rules, driverRules, ...extensionRules]) {
      const found = list.find((r) => r.id === candidate);
      if (found) return found;
    }
  }
  return undefined;
}

function primaryLocation(result: JsonObject, artifacts: JsonObject[]): { uri: string; line: string } {
  const location = objectsOf(result.locations)[0];
  const physical = location && isObject(location.physicalLocation) ? location.physicalLocation : undefined;
  const artifact = physical && isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
  let uri = str(artifact?.uri);
  if (uri === undefined && typeof artifact?.index === 'number') {
    const listed = artifacts[artifact.index];
    uri = listed && isObject(listed.location) ? str(listed.location.uri) : undefined;
  }
  const region = physical && isObject(physical.region) ? physical.region : undefined;
  return { uri: uri ?? '', line: str(region?.startLine) ?? '' };
}

function text(message: unknown): string | undefined {
  return isObject(message) ? str(message.text) ?? str(message.markdown) : undefined;
}

