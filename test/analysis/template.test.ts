import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILTIN_ARGS, loadAnalysis, parseAnalysis, parseDuration, renderArgs, resolveArgs } from '../../src/core/analysis/template.js';
import { UserError } from '../../src/core/errors.js';

const ARGO = path.join(process.cwd(), 'test/fixtures/analysis/argo');
const opts = { source: 'analysis', input: 'analysis' };

/** The YAML blocks of a markdown file, with the line each starts on. */
function yamlBlocks(file: string): Array<{ text: string; line: number }> {
  const lines = readFileSync(path.join(ARGO, file), 'utf8').split('\n');
  const blocks: Array<{ text: string; line: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    // Fences may be indented (mkdocs tabs: `=== "AnalysisTemplate"`): the block is dedented by as much.
    const fence = /^(\s*)```yaml\s*$/.exec(lines[i]);
    if (!fence) continue;
    const start = i + 1;
    while (++i < lines.length && lines[i].trim() !== '```');
    blocks.push({ text: lines.slice(start, i).map((l) => l.slice(fence[1].length)).join('\n'), line: start + 1 });
  }
  return blocks;
}

function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('no error');
}

/**
 * What the Prometheus AnalysisTemplate blocks of docs/features/analysis.md give: the single
 * measurement example loads; the background example (interval 5m, no count) is refused because an
 * analysis here must end; the blocks composing two or three templates are refused as more than one
 * analysis.
 */
const OUTCOMES = ['2 AnalysisTemplates', '2 AnalysisTemplates', '3 AnalysisTemplates', 'count missing', 'loaded'];

describe("Argo's own templates", () => {
  const prometheus = yamlBlocks('docs_analysis_prometheus.md');

  it('the range-query example loads as written', () => {
    const spec = parseAnalysis(prometheus[1].text, opts);
    expect(spec.args).toEqual([
      { name: 'service-name', line: 7 },
      { name: 'lookback-duration', value: '5m', line: 8 }
    ]);
    const [m] = spec.metrics;
    expect(m).toMatchObject({
      name: 'success-rate',
      count: 1, // no count and no interval: Argo's EffectiveCount is 1
      intervalMs: 0,
      failureLimit: 3,
      inconclusiveLimit: 0,
      consecutiveErrorLimit: 4,
      successCondition: 'all(result, # < 1000)',
      dryRun: false,
      provider: {
        kind: 'prometheus',
        address: 'http://prometheus.example.com:9090',
        query: 'http_latency_ms{service="{{args.service-name}}"}',
        timeoutMs: 30_000,
        range: { start: 'now() - duration("{{args.lookback-duration}}")', end: 'now()', step: '1m' },
        headers: {}
      }
    });
    expect(m.line).toBe(11);
  });

  it('the first example (interval 5m, no count) is refused: an analysis must end; with a count it loads', () => {
    const e = refusal(() => parseAnalysis(prometheus[0].text, { ...opts, file: 'docs/analysis/prometheus.md' }));
    expect(e.render()).toBe('analysis: docs/analysis/prometheus.md:10: metric success-rate: count missing (an analysis must end: give count with interval)');
    const spec = parseAnalysis(prometheus[0].text.replace('interval: 5m', 'interval: 5m\n    count: 4'), opts);
    expect(spec.metrics[0]).toMatchObject({ intervalMs: 300_000, count: 4, failureLimit: 3, provider: { timeoutMs: 40_000, headers: { 'X-Scope-OrgID': 'tenant_a' } } });
  });

  it('a Kubernetes file with a Rollout, a Secret and an AnalysisTemplate: the template is read, its secret arg refused at its line', () => {
    const text = readFileSync(path.join(ARGO, 'test_e2e_functional_rollout-bg-analysis-withArgs.yaml'), 'utf8');
    const e = refusal(() => parseAnalysis(text, opts));
    expect(e.message).toBe('args secret-url: valueFrom (Kubernetes secretKeyRef / fieldRef) is not supported here');
    expect(text.split('\n')[(e.line ?? 0) - 1]).toContain('valueFrom');
  });

  it.each([
    ['examples_cluster-analysis-templates.yaml', 'provider job is not supported here; phase-gates measures with prometheus or scrape'],
    ['test_e2e_functional_analysistemplate-web-background-inconclusive.yaml', 'provider web is not supported here; phase-gates measures with prometheus or scrape'],
    ['examples_analysis-templates.yaml', '2 AnalysisTemplates (pass, random-fail); give one per analysis']
  ])('%s: %s', (file, message) => {
    const text = readFileSync(path.join(ARGO, file), 'utf8');
    const e = refusal(() => parseAnalysis(text, opts));
    expect(e.message).toContain(message);
    expect(e.line).toBeGreaterThan(1);
  });

  it('every Prometheus template of the analysis docs loads, or is refused in one line at a line of its block', () => {
    const blocks = yamlBlocks('docs_features_analysis.md').filter((b) => /kind: AnalysisTemplate/.test(b.text) && /prometheus:/.test(b.text));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const outcome = blocks.map((b) => {
      try {
        parseAnalysis(b.text, opts);
        return 'loaded';
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        const u = e as UserError;
        expect(u.line).toBeGreaterThanOrEqual(1);
        expect(u.render()).not.toMatch(/\n/);
        return u.message.replace(/^metric [\w-]+: /, '').replace(/ \(.*$/, '');
      }
    });
    expect(outcome.sort()).toEqual(OUTCOMES);
  });
});

const BASE = `metrics:
- name: error-ratio
  interval: 30s
  count: 3
  failureLimit: 1
  failureCondition: result[0] > 0.05
  provider:
    prometheus:
      address: http://127.0.0.1:9090
      query: sum(rate(errors{slot="{{args.slot}}"}[1m]))
`;

describe('phase-gates additions', () => {
  it('reads scrape, compare, gate and alerts', () => {
    const spec = parseAnalysis(
      `args:
- name: service
  value: shop
alerts:
  address: http://127.0.0.1:9093
  matchers: service={{args.service}}, env=production
metrics:
- name: p95
  interval: 10s
  count: 5
  gate: p95_ms
  compare: { tolerance: "20%", direction: increase, confidence: 0.9, minSamples: 4 }
  provider:
    scrape:
      url: "{{args.url}}/metrics"
      query: histogram_quantile(0.95, rate(http_request_duration_seconds_bucket[1m])) * 1000
      timeout: 5s
      headers: { Authorization: "Bearer x" }
`,
      opts
    );
    expect(spec.alerts).toEqual({ address: 'http://127.0.0.1:9093', matchers: ['service={{args.service}}', 'env=production'], intervalMs: 10_000, timeoutMs: 30_000, headers: {}, line: 5 });
    expect(spec.metrics[0]).toMatchObject({
      gate: 'p95_ms',
      compare: { tolerancePct: 20, direction: 'increase', confidence: 0.9, minSamples: 4, baselineArgs: { slot: '{{args.stable-slot}}', version: '{{args.previous-version}}', url: '{{args.stable-url}}' } },
      provider: { kind: 'scrape', url: '{{args.url}}/metrics', timeoutMs: 5000, headers: { Authorization: 'Bearer x' } }
    });
  });

  it('resolves int-or-string from an arg default, and dryRun by regular expression', () => {
    const spec = parseAnalysis(`args: [{ name: n, value: "4" }]\n${BASE.replace('count: 3', 'count: "{{args.n}}"')}dryRun:\n- metricName: error-.*\n`, opts);
    expect(spec.metrics[0]).toMatchObject({ count: 4, dryRun: true });
  });
});

describe('refusals, each at its line', () => {
  it.each([
    [BASE.replace('interval: 30s', 'intervall: 30s'), 2 + 1, 'metric: unknown key "intervall" (did you mean "interval"?)'],
    [BASE.replace('30s', '30 seconds'), 3, 'bad duration "30 seconds": write a Go duration such as 30s, 1m30s, 500ms, 2h'],
    [BASE.replace('count: 3', 'count: 0'), 4, 'metric error-ratio: count must be 1 or more, not 0'],
    [BASE.replace('count: 3', 'count: 1001'), 4, 'metric error-ratio: count 1001 is over the limit of 1000'],
    [BASE.replace('count: 3', 'count: three'), 4, 'metric error-ratio: count must be an integer, not "three"'],
    [BASE.replace('count: 3', 'count: "{{args.n}}"'), 4, 'metric error-ratio: count {{args.n}} cannot be resolved when the analysis loads'],
    [BASE.replace('  interval: 30s\n', ''), 3, 'metric error-ratio: interval missing (count 3 needs the time between measurements)'],
    [BASE.replace('interval: 30s', 'interval: 10h'), 3, 'metric error-ratio: interval × count is over 24h'],
    [BASE.replace('result[0] > 0.05', 'reslt[0] > 0.05'), 6, 'does not compile: unknown name reslt (did you mean "result"?)'],
    [BASE.replace('{{args.slot}}', '{{args.slott}}'), 10, 'unknown arg "slott" in {{args.slott}} (did you mean "slot"?)'],
    [BASE.replace('prometheus:\n', 'datadog:\n'), 8, 'metric error-ratio: provider datadog is not supported here; phase-gates measures with prometheus or scrape'],
    [BASE.replace('prometheus:\n', 'newRelic:\n'), 8, 'provider newRelic is not supported here'],
    [BASE.replace('prometheus:\n', 'prometeus:\n'), 8, 'unknown provider "prometeus" (did you mean "prometheus"?)'],
    [BASE.replace('  provider:\n', '  provider:\n    scrape: { url: "http://127.0.0.1/metrics", query: up }\n'), 9, 'two providers (scrape, prometheus); give one'],
    [BASE.replace(/ {2}provider:[\s\S]*/, ''), 2, 'metric error-ratio: provider missing'],
    [`${BASE}${BASE.replace('metrics:\n', '')}`, 11, 'metric error-ratio: duplicate name'],
    ['metrics: []\n', 1, 'no metrics: an analysis measures at least one'],
    [`${BASE}dryRun:\n- metricName: latency\n`, 12, 'dryRun metricName "latency" matches no metric'],
    [BASE.replace('failureLimit: 1', 'failureLimit: -1'), 5, 'failureLimit must be 0 or more'],
    [`${BASE}alerts:\n  address: http://127.0.0.1:9093\n  matchers: [service]\n`, 13, 'alerts: matcher "service" is not name=value'],
    ['metrics:\n- name: a\n  provider: { prometheus: { address: "http://x", query: "up" } }\n  gate: error-rate\n', 4, 'gate must be error_rate or p95_ms, not "error-rate" (did you mean "error_rate"?)'],
    [BASE.replace('query: sum', 'rangeQuery: { start: \'now() - duration("5 minutes")\', end: now(), step: 1m }\n      query: sum'), 10, 'rangeQuery.start "now() - duration(\\"5 minutes\\")": time: invalid duration "5 minutes"'],
    [BASE.replace('query: sum', 'rangeQuery: { start: now(), end: now() - 5, step: 1m }\n      query: sum'), 10, 'rangeQuery.end "now() - 5": invalid operation: - (mismatched types time.Time and int)'],
    ['metrics: [\n', 2, 'invalid YAML']
  ])('%#: %s', (text, line, message) => {
    const e = refusal(() => parseAnalysis(text, { ...opts, file: 'analysis.yml' }));
    expect(e.message).toContain(message);
    expect(e.line).toBe(line);
    expect(e.input).toBe('analysis');
    expect(e.file).toBe('analysis.yml');
  });

  it('bounds the YAML before parsing it', () => {
    const e = refusal(() => parseAnalysis(`${'['.repeat(100)}`, opts));
    expect(e.message).toContain('nested deeper than 64 levels');
  });
});

describe('args', () => {
  const spec = parseAnalysis(`args:\n- name: service\n- name: window\n  value: 5m\n${BASE}`, opts);

  it('declared defaults, then given values; a missing one is named with its line', () => {
    expect(resolveArgs(spec, { service: 'shop', slot: 'green' }, 'analysis')).toEqual({ window: '5m', service: 'shop', slot: 'green' });
    expect(resolveArgs(spec, { service: 'shop', window: '10m' }, 'analysis').window).toBe('10m');
    const e = refusal(() => resolveArgs(spec, {}, 'analysis'));
    expect(e.render()).toBe('analysis: line 2: args service has no value (give it a value in the template, or pass it at run time)');
  });

  it('renders {{args.x}} and {{ args.x }}; an unknown arg is named', () => {
    expect(renderArgs('rate(x{svc="{{args.service}}",w="{{ args.window }}"}[1m])', { service: 'shop', window: '5m' }, { input: 'analysis' })).toBe('rate(x{svc="shop",w="5m"}[1m])');
    expect(refusal(() => renderArgs('{{args.servce}}', { service: 'shop' }, { input: 'analysis', line: 3 })).render()).toBe(
      'analysis: line 3: unknown arg "servce" in {{args.servce}} (did you mean "service"?)'
    );
  });

  it('the built-in args are those deploy gives', () => {
    expect(BUILTIN_ARGS).toEqual(['environment', 'version', 'previous-version', 'slot', 'stable-slot', 'deployment-id', 'url', 'stable-url']);
  });
});

describe('parseDuration (Go syntax)', () => {
  it.each([
    ['30s', 30_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['2h', 7_200_000],
    ['1.5h', 5_400_000],
    ['0', 0]
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text, { input: 'analysis' })).toBe(ms);
  });
  it.each(['30', '5 m', 'm', '-5s', '1d'])('refuses %s', (text) => {
    expect(() => parseDuration(text, { input: 'analysis' })).toThrow(UserError);
  });
});

describe('loadAnalysis', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'analysis-'));
    mkdirSync(path.join(workspace, 'deploy'));
    writeFileSync(path.join(workspace, 'deploy/analysis.yaml'), BASE);
    writeFileSync(path.join(workspace, 'big.yml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    writeFileSync(path.join(workspace, 'bin.yml'), Buffer.from([0x6d, 0x3a, 0x00, 0x01]));
    symlinkSync(os.tmpdir(), path.join(workspace, 'out'));
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  const load = (value: string) => loadAnalysis(value, { input: 'analysis', workspace });

  it('reads a file of the workspace, naming it as the source', () => {
    const spec = load('deploy/analysis.yaml');
    expect(spec.source).toBe('deploy/analysis.yaml');
    expect(spec.metrics[0].name).toBe('error-ratio');
  });
  it('reads inline YAML', () => {
    expect(load(BASE).source).toBe('analysis');
  });
  it.each([
    ['big.yml', 'larger than the limit of 1,048,576 bytes'],
    ['bin.yml', 'binary file'],
    ['../x.yml', 'path escapes the workspace'],
    ['out/x.yml', 'path escapes the workspace through a link'],
    ['missing.yml', 'file not found'],
    ['analysis.json', 'an analysis file must end in .yml or .yaml']
  ])('refuses %s in one line', (value, message) => {
    const e = refusal(() => load(value));
    expect(e.render()).toContain(message);
    expect(e.render()).not.toMatch(/\n/);
  });
});
