/** PG140 runner-label: `runs-on:` labels that no GitHub-hosted runner, preset or configured self-hosted label matches. */
import { isBasicExpression, isLiteral, isMapping, isSequence, isString } from '@actions/workflow-parser';
import type { Rule } from '../../rule.js';
import type { JobModel, Scalar } from '../../model.js';
import { child, stringScalar as scalar } from './tokens.js';
import { suggestName } from './action-inputs.js';
import { GITHUB_HOSTED, labelPattern, RETIRED, SELF_HOSTED_PRESETS, THIRD_PARTY_PREFIXES } from './runner-labels.js';

/** The literal values `${{ matrix.<name> }}` takes: its row and `include:` entries. */
function matrixValues(job: JobModel, name: string): Scalar[] {
  const matrix = child(job.strategy, 'matrix');
  const out: Scalar[] = [];
  const row = child(matrix, name);
  if (row && isSequence(row)) for (const v of row) if (isLiteral(v) && isString(v)) out.push(scalar(v)!);
  const include = child(matrix, 'include');
  if (include && isSequence(include)) for (const combi of include) {
    const v = child(combi, name);
    if (v && isString(v)) out.push(scalar(v)!);
  }
  return out.filter((s) => s && !s.value.includes('${{'));
}

/** The labels of `runs-on:` to check: literals, and matrix values for `${{ matrix.x }}`. */
function labelsOf(job: JobModel): { labels: Scalar[]; group: boolean } {
  let token = job.runsOn;
  const group = !!child(token, 'group');
  if (token && isMapping(token)) token = child(token, 'labels');
  const items = token && isSequence(token) ? [...token] : token ? [token] : [];
  const labels: Scalar[] = [];
  for (const item of items) {
    const s = scalar(item);
    if (s) {
      if (!s.value.includes('${{')) labels.push(s);
    } else if (isBasicExpression(item)) {
      const m = /^\s*matrix\.([\w-]+)\s*$/.exec(item.expression);
      if (m) labels.push(...matrixValues(job, m[1]));
    }
  }
  return { labels, group };
}

/** The operating system a GitHub-hosted or preset label selects, if any. */
function osOf(lower: string): string | undefined {
  if (!GITHUB_HOSTED.includes(lower) && !SELF_HOSTED_PRESETS.includes(lower)) return undefined;
  return /^(ubuntu|linux)(-|$)/.test(lower) ? 'Linux' : /^macos(-|$)/.test(lower) ? 'macOS' : /^windows(-|$)/.test(lower) ? 'Windows' : undefined;
}

/** The labels written in `runs-on:` itself (not from a matrix): a runner must have all of them. */
function literalLabels(job: JobModel): Scalar[] {
  let token = job.runsOn;
  if (token && isMapping(token)) token = child(token, 'labels');
  return token && isSequence(token) ? [...token].map(scalar).filter((s): s is Scalar => !!s && !s.value.includes('${{')) : [];
}

const rule: Rule = {
  id: 'PG140',
  name: 'runner-label',
  level: 'error',
  description: '`runs-on:` labels of two operating systems, or labels that are neither a GitHub-hosted runner (`ubuntu-24.04`, `macos-15`, …), a preset self-hosted label, nor a label of `runners.self-hosted` in `.github/phase-gates.yml`; labels of retired runners.',
  help: "A job whose labels no runner has waits in the queue (24 hours for self-hosted runners) and then fails; a misspelt label (`ubuntu-lastest`) or a retired image (`ubuntu-20.04`, `macos-13`, `windows-2019`) is the usual cause. GitHub-hosted labels are checked against GitHub's current list; `${{ matrix.os }}` is checked for each value of the matrix. Labels of your own self-hosted or larger runners go in `.github/phase-gates.yml`: `runners: { self-hosted: [gpu, linux-arm64-*] }`. Without that list, the other labels of a `[self-hosted, …]` job and those of a runner `group:` are not checked, the labels of third-party runner services are accepted (Blacksmith `blacksmith-…`, Depot `depot-…`, Namespace `namespace-profile-…`/`nscloud-…`, BuildJet, Ubicloud, WarpBuild `warp-…`, RunsOn `runs-on=…`, Cirun, CodSpeed, actuated), and an unknown label close to no GitHub-hosted one (a larger runner's name is the organization's own) is a note rather than an error; a near miss (`ubuntu-lastest`) and a retired label are errors. With the list, every other label is an error.",
  create(context) {
    const configured = (context.settings.selfHostedRunners ?? []).map(labelPattern);
    const known = [...GITHUB_HOSTED, ...SELF_HOSTED_PRESETS, ...(context.settings.selfHostedRunners ?? []).filter((l) => !/[*?]/.test(l))];
    return {
      jobPre(job, workflow) {
        if (job.uses || !job.runsOn) return;
        const { labels, group } = labelsOf(job);
        const selfHosted = labels.some((l) => l.value.toLowerCase() === 'self-hosted');
        const seen = new Set<string>();
        for (const label of labels) {
          const lower = label.value.toLowerCase();
          if (seen.has(`${lower}@${label.at.line}:${label.at.column}`)) continue;
          seen.add(`${lower}@${label.at.line}:${label.at.column}`);
          if (GITHUB_HOSTED.includes(lower) || SELF_HOSTED_PRESETS.includes(lower) || configured.some((p) => p.test(label.value))) continue;
          const replacement = RETIRED[lower];
          if (replacement) {
            context.report(workflow.file, label, `runner "${label.value}" was retired by GitHub: a job on it never starts; use "${replacement}"`);
            continue;
          }
          // Labels of one's own runners are unknown here unless the config lists them.
          if ((selfHosted || group) && configured.length === 0) continue;
          // Runners of third-party services (Blacksmith, Depot, …) have labels of their own scheme.
          if (configured.length === 0 && THIRD_PARTY_PREFIXES.some((p) => lower.startsWith(p))) continue;
          const hint = suggestName(label.value, known);
          const list = hint ? '' : `; GitHub-hosted labels are ${GITHUB_HOSTED.filter((l) => !/-(large|xlarge|cores)$/.test(l)).join(', ')}`;
          // Without a configured list, a label near no GitHub-hosted one may be a larger runner's
          // (their names are the organization's own): a note, not an error; a near miss is an error.
          const level = configured.length === 0 && !hint ? 'note' : undefined;
          context.report(workflow.file, label, `label "${label.value}" is unknown${hint}${list}; for a self-hosted or larger runner, add it to runners.self-hosted in .github/phase-gates.yml`, level);
        }
        // Labels of two operating systems: no runner has both, so the job never starts.
        let first: { label: Scalar; os: string } | undefined;
        for (const label of literalLabels(job)) {
          const os = osOf(label.value.toLowerCase());
          if (!os) continue;
          if (!first) first = { label, os };
          else if (os !== first.os) {
            context.report(workflow.file, label, `label "${label.value}" (${os}) conflicts with label "${first.label.value}" (${first.os}) at line ${first.label.at.line}: a runner must have every label of runs-on:, so the job never starts; to run on each, use a matrix`);
          }
        }
      }
    };
  }
};
export default rule;
