/**
 * The README's analysis examples load as written: each YAML block of "Analysis from telemetry"
 * that holds metrics parses with the analysis parser, and each scrape query compiles in the
 * embedded provider's PromQL subset. So does the template behind `analysis: embedded`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnalysis } from '../../src/core/analysis/template.js';
import { compileQuery, loadPromql } from '../../src/core/analysis/promql.js';
import { EMBEDDED_DEFAULTS, embeddedTemplate } from '../../src/core/analysis/release.js';
import { ROOT } from '../support/action.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function section(title: string): string {
  const start = README.indexOf(`### ${title}`);
  expect(start).toBeGreaterThan(0);
  const end = README.indexOf('\n### ', start + 4);
  return README.slice(start, end);
}

function yamlBlocks(text: string): string[] {
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

beforeAll(() => loadPromql());

describe('README: analysis from telemetry', () => {
  const blocks = yamlBlocks(section('Analysis from telemetry')).filter((b) => /^\s*(spec:|metrics:)/m.test(b));

  it('has the Prometheus example and the embedded one', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.some((b) => b.includes('prometheus:'))).toBe(true);
    expect(blocks.some((b) => b.includes('scrape:'))).toBe(true);
  });

  it('every example loads with the analysis parser, and every scrape query compiles', () => {
    for (const text of blocks) {
      const spec = parseAnalysis(text, { source: 'README.md', input: 'analysis' });
      expect(spec.metrics.length).toBeGreaterThan(0);
      for (const m of spec.metrics) {
        if (m.provider.kind === 'scrape') expect(() => compileQuery(m.provider.query, { input: 'analysis' })).not.toThrow();
      }
    }
  });

  it('the Prometheus example holds what the text promises: a gate metric, a compare metric and alerts', () => {
    const spec = parseAnalysis(blocks.find((b) => b.includes('prometheus:'))!, { source: 'README.md', input: 'analysis' });
    expect(spec.metrics.find((m) => m.gate === 'error_rate')).toBeDefined();
    expect(spec.metrics.find((m) => m.compare)?.compare).toMatchObject({ tolerancePct: 10, direction: 'increase' });
    expect(spec.alerts?.matchers).toEqual(['service=shop', 'env=production']);
  });

  it('`analysis: embedded` is a template of two scrape metrics feeding error_rate and p95_ms', () => {
    const spec = parseAnalysis(embeddedTemplate({ interval: '2s', count: '4', 'p95-ms': '300' }, EMBEDDED_DEFAULTS), { source: 'embedded', input: 'analysis' });
    expect(spec.metrics.map((m) => [m.gate, m.provider.kind, m.intervalMs, m.count])).toEqual([
      ['error_rate', 'scrape', 2000, 4],
      ['p95_ms', 'scrape', 2000, 4]
    ]);
    for (const m of spec.metrics) expect(() => compileQuery(m.provider.query, { input: 'analysis' })).not.toThrow();
    expect(spec.metrics[1].failureCondition).toContain('300');
  });
});
