/**
 * Issue 15, "Real, not mocked": every rule over the workflows of 14 public repositories
 * (test/fixtures/workflows/corpus, see its README), held to hand-checked verdicts:
 * - no crash, and no finding without a verdict (a new finding must be read and judged);
 * - per rule, precision ≥ 95% once a rule has 10 findings (below: LOW_PRECISION, exactly);
 * - every actionlint finding that holds up is ours too, on the same file and line, from a rule
 *   that covers its kind (src/core/workflows/rules/peers.ts) — except known-gaps.json, exactly.
 *   actionlint reports shellcheck's info and style levels, which PG130 reports only with
 *   `shellcheck: { severity: style }` in .github/phase-gates.yml: this comparison lints with that
 *   setting on; the verdicts and precision are those of the default settings (what a user sees).
 * `npm run corpus-report` (PG_CORPUS_REPORT=1) prints the figures: per rule, per actionlint kind.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { ACTIONLINT_CHECKS, ZIZMOR_AUDITS, rulesForActionlintKind } from '../../src/core/workflows/rules/peers.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint, type Finding } from '../../src/core/workflows/lint.js';
import type { RuleSettings } from '../../src/core/workflows/rule.js';

const CORPUS = path.join(process.cwd(), 'test/fixtures/workflows/corpus');
const readJson = (name: string) => JSON.parse(readFileSync(path.join(CORPUS, name), 'utf8'));

interface Verdict {
  verdict: boolean;
  reason: string;
  /** actionlint findings we report at another place: `owner+repo/path:line`. */
  ours?: string;
}
interface PeerFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}
const VERDICTS: { actionlint: Record<string, Verdict>; ours: Record<string, Verdict> } = readJson('verdicts.json');
const ACTIONLINT: PeerFinding[] = readJson('actionlint.json').findings;
const KNOWN_GAPS: string[] = readJson('known-gaps.json').gaps;

/** Rules whose precision on the corpus is under 95% with 10 findings or more, today. */
const LOW_PRECISION: string[] = [];

const MIN_FINDINGS = 10;
const MIN_PRECISION = 0.95;

/** A shellcheck finding: its code and position in the script (actionlint reports it at `run:`). */
function shellcheckOf(f: PeerFinding): { code: string; line: number; column: number } | undefined {
  const m = /\bSC(\d+):\w+:(\d+):(\d+):/.exec(f.message);
  return f.kind === 'shellcheck' && m ? { code: `SC${m[1]}`, line: Number(m[2]), column: Number(m[3]) } : undefined;
}

function actionlintKey(f: PeerFinding): string {
  const sc = shellcheckOf(f);
  return `${f.file}:${f.line}:${f.kind}${sc ? `/${sc.code}@${sc.line}:${sc.column}` : ''}`;
}

function ourKey(f: Finding): string {
  return `${f.file}:${f.line}:${f.ruleId}`;
}

/** Workflows and action metadata of one repository directory, relative to it. */
function repoFiles(repo: string): string[] {
  const out: string[] = [];
  const wf = path.join(repo, '.github/workflows');
  if (existsSync(wf)) out.push(...readdirSync(wf).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`));
  const walk = (rel: string, depth: number) => {
    const abs = path.join(repo, rel);
    if (depth > 8 || !existsSync(abs)) return;
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}/${e.name}`, depth + 1);
      else if (/^action\.ya?ml$/.test(e.name)) out.push(`${rel}/${e.name}`);
    }
  };
  walk('.github/actions', 0);
  return out.sort();
}

const REPOS = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** The settings of the comparison with actionlint: shellcheck's info and style levels on, as actionlint reports them. */
const AS_ACTIONLINT: RuleSettings = { allowActions: [], allowOwners: [], shellcheck: { severity: 'style' } };

/** Lints each repository as its own workspace, every rule on; findings with `owner+repo/` paths. */
async function lintCorpus(settings?: RuleSettings): Promise<{ findings: Finding[]; files: number; crashes: string[] }> {
  const findings: Finding[] = [];
  const crashes: string[] = [];
  let files = 0;
  for (const repo of REPOS) {
    const dir = path.join(CORPUS, repo);
    const rel = repoFiles(dir);
    files += rel.length;
    try {
      const parsed = await Promise.all(rel.map((f) => loadFile(path.join(dir, f), f)));
      for (const f of await lint(parsed, { workspace: dir, rules: RULES, settings })) findings.push({ ...f, file: `${repo}/${f.file}` });
    } catch (e) {
      crashes.push(`${repo}: ${(e as Error).stack ?? e}`);
    }
  }
  return { findings, files, crashes };
}

/** The lines where one of our findings can stand for an actionlint finding. */
function candidateLines(f: PeerFinding): number[] {
  if (!shellcheckOf(f)) return [f.line];
  // A shellcheck finding sits at `run:`; ours points at the script's own line: any line of the value, which runs
  // on while lines are blank or indented deeper than `run:` (a plain or folded scalar puts several file lines
  // in one script line, so the script's line number alone does not tell which).
  const lines = readFileSync(path.join(CORPUS, f.file), 'utf8').split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const key = lines[f.line - 1] ?? '';
  const keyIndent = indent(key.replace(/^(\s*)- /, '$1  '));
  const out = [f.line];
  for (let n = f.line + 1; n <= lines.length && (!lines[n - 1].trim() || indent(lines[n - 1]) > keyIndent); n++) out.push(n);
  return out;
}

function isMatched(f: PeerFinding, verdict: Verdict, ours: Finding[]): boolean {
  const names = rulesForActionlintKind(f.kind);
  const lines = new Set(candidateLines(f));
  // A shellcheck finding is ours when PG130 reports the same SC code.
  const sc = shellcheckOf(f);
  const byRule = (o: Finding) => names.has(o.ruleName) && (!sc || o.message.startsWith(`${sc.code} `));
  if (ours.some((o) => o.file === f.file && lines.has(o.line) && byRule(o))) return true;
  if (!verdict.ours) return false;
  const at = verdict.ours.lastIndexOf(':');
  const [file, line] = [verdict.ours.slice(0, at), Number(verdict.ours.slice(at + 1))];
  return ours.some((o) => o.file === file && o.line === line && byRule(o));
}

interface RuleFigures {
  rule: string;
  findings: number;
  true: number;
  false: number;
  precision: number;
}

function perRule(findings: Finding[]): RuleFigures[] {
  const by = new Map<string, RuleFigures>();
  for (const f of findings) {
    const v = VERDICTS.ours[ourKey(f)];
    if (!v) continue;
    const k = `${f.ruleId} ${f.ruleName}`;
    const r = by.get(k) ?? { rule: k, findings: 0, true: 0, false: 0, precision: 0 };
    r.findings++;
    if (v.verdict) r.true++;
    else r.false++;
    r.precision = r.true / r.findings;
    by.set(k, r);
  }
  return [...by.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

describe('real corpus (issue 15): 14 public repositories, hand-checked', () => {
  let result: Awaited<ReturnType<typeof lintCorpus>>;
  /** The same corpus linted with shellcheck's info and style levels on, for the comparison with actionlint. */
  let asActionlint: Awaited<ReturnType<typeof lintCorpus>>;
  beforeAll(async () => {
    result = await lintCorpus();
    asActionlint = await lintCorpus(AS_ACTIONLINT);
  }, 240_000);

  it('lints every file of the corpus without a crash', () => {
    expect(result.crashes).toEqual([]);
    expect(asActionlint.crashes).toEqual([]);
    expect(REPOS.length).toBeGreaterThanOrEqual(12);
    expect(result.files).toBeGreaterThanOrEqual(150);
  });

  it('has a hand-checked verdict for every finding (judge new ones in verdicts.json)', () => {
    const unjudged = result.findings.filter((f) => !VERDICTS.ours[ourKey(f)]).map((f) => `${ourKey(f)} ${f.ruleName}: ${f.message}`);
    expect(unjudged).toEqual([]);
    const peerUnjudged = ACTIONLINT.filter((f) => !VERDICTS.actionlint[actionlintKey(f)]).map((f) => `${actionlintKey(f)}: ${f.message}`);
    expect(peerUnjudged).toEqual([]);
  });

  it(`keeps each rule with ${MIN_FINDINGS}+ findings at ${MIN_PRECISION * 100}% precision or better (except LOW_PRECISION, exactly)`, () => {
    const low = perRule(result.findings)
      .filter((r) => r.findings >= MIN_FINDINGS && r.precision < MIN_PRECISION)
      .map((r) => r.rule.split(' ')[1]);
    expect(low.sort()).toEqual([...LOW_PRECISION].sort());
  });

  it('finds every actionlint finding that holds up, except known-gaps.json (exactly: remove a gap once closed)', () => {
    const missed = ACTIONLINT.filter((f) => VERDICTS.actionlint[actionlintKey(f)]?.verdict)
      .filter((f) => !isMatched(f, VERDICTS.actionlint[actionlintKey(f)], asActionlint.findings))
      .map(actionlintKey);
    const unique = [...new Set(missed)].sort();
    expect({ newMisses: unique.filter((k) => !KNOWN_GAPS.includes(k)), closedGaps: KNOWN_GAPS.filter((k) => !unique.includes(k)) }).toEqual({ newMisses: [], closedGaps: [] });
  });

  // `npm run corpus-report`: the figures of the closing note.
  afterAll(() => {
    if (!process.env.PG_CORPUS_REPORT || !result) return;
    const rules = perRule(result.findings);
    const trueFindings = ACTIONLINT.filter((f) => VERDICTS.actionlint[actionlintKey(f)]?.verdict);
    const kinds = new Map<string, { findings: number; true: number; matched: number }>();
    for (const f of ACTIONLINT) {
      const v = VERDICTS.actionlint[actionlintKey(f)];
      const k = kinds.get(f.kind) ?? { findings: 0, true: 0, matched: 0 };
      k.findings++;
      if (v?.verdict) {
        k.true++;
        if (isMatched(f, v, asActionlint.findings)) k.matched++;
      }
      kinds.set(f.kind, k);
    }
    const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
    const zizmor = {
      audits: ZIZMOR_AUDITS.length,
      covered: ZIZMOR_AUDITS.filter((a) => a.rules.length).length,
      planned: ZIZMOR_AUDITS.filter((a) => !a.rules.length && a.planned?.length).length
    };
    const actionlintChecks = {
      checks: ACTIONLINT_CHECKS.length,
      covered: ACTIONLINT_CHECKS.filter((a) => a.rules.length).length,
      planned: ACTIONLINT_CHECKS.filter((a) => !a.rules.length && a.planned?.length).length
    };
    const lines = [
      `corpus: ${REPOS.length} repositories, ${result.files} files linted; ours ${result.findings.length} findings, actionlint ${ACTIONLINT.length}`,
      '',
      'ours, per rule: findings / true / false / precision',
      ...rules.map((r) => `  ${r.rule.padEnd(36)} ${String(r.findings).padStart(4)} ${String(r.true).padStart(4)} ${String(r.false).padStart(4)}  ${pct(r.precision)}${r.findings >= MIN_FINDINGS && r.precision < MIN_PRECISION ? '  < 95%' : ''}`),
      '',
      `actionlint, per kind: findings / true / matched by ours / missed (true ${trueFindings.length} of ${ACTIONLINT.length})`,
      ...[...kinds].sort().map(([k, v]) => `  ${k.padEnd(36)} ${String(v.findings).padStart(4)} ${String(v.true).padStart(4)} ${String(v.matched).padStart(4)} ${String(v.true - v.matched).padStart(4)}`),
      '',
      `actionlint checks: ${actionlintChecks.checks}, covered by a rule ${actionlintChecks.covered}, planned ${actionlintChecks.planned}, not planned ${actionlintChecks.checks - actionlintChecks.covered - actionlintChecks.planned}`,
      `zizmor audits: ${zizmor.audits}, covered by a rule ${zizmor.covered}, planned ${zizmor.planned}, not planned ${zizmor.audits - zizmor.covered - zizmor.planned}`
    ];
    process.stdout.write(lines.join('\n') + '\n');
  });
});
