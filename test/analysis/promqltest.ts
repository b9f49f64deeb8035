/**
 * A reader of Prometheus's PromQL test scripts (promql/promqltest/testdata/*.test; the language is
 * described in promql/promqltest/README.md): `load <interval>` series with the expanding point
 * notation (`0+5x10`, `1x4`, `_x3`, `stale`), `clear`, and `eval instant at <time> <query>` with
 * its expected samples. Only what the embedded evaluator's golden test needs: range evals are
 * listed and not run; native histogram points (`{{…}}`) are marked so their cases can be skipped.
 */
import type { Scrape, Series } from '../../src/core/analysis/promql.js';

export interface LoadedSeries {
  name: string;
  labels: Record<string, string>;
  /** [ms, value or 'stale'] in time order. */
  points: Array<[number, number | 'stale']>;
}

export interface EvalCase {
  file: string;
  line: number;
  atMs: number;
  query: string;
  expectFail: boolean;
  /** `expect string`, `expect range vector`, or a native histogram in the expected output. */
  unsupportedExpectation?: string;
  /** Expected samples; a scalar result is one sample with `labels: null`. */
  expected: Array<{ labels: Record<string, string> | null; value: number }>;
  /** The data loaded when the case runs. */
  series: LoadedSeries[];
  /** Metric names loaded as native histograms (load_with_nhcb, `{{…}}` points). */
  nativeNames: Set<string>;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

export function durationMs(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  let total = 0;
  const re = /(\d+)(ms|s|m|h|d|w|y)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(text))) {
    total += Number(m[1]) * UNITS[m[2]];
    at = re.lastIndex;
  }
  if (at !== text.length) throw new Error(`not a duration: ${text}`);
  return total;
}

function parseNumber(t: string): number {
  if (/^[+-]?inf$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(t)) return NaN;
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`not a number: ${t}`);
  return n;
}

/** `name{a="b", "c.d"="e"}` → name and labels; returns the rest of the line. */
export function parseMetric(text: string): { name: string; labels: Record<string, string>; rest: string } {
  let i = 0;
  const nm = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(text);
  let name = nm ? nm[0] : '';
  i = name.length;
  const labels: Record<string, string> = {};
  const readString = (): string => {
    const q = text[i++];
    let out = '';
    while (i < text.length && text[i] !== q) {
      if (text[i] === '\\') {
        const n = text[i + 1];
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        i += 2;
      } else out += text[i++];
    }
    i++;
    return out;
  };
  if (text[i] === '{') {
    i++;
    for (;;) {
      while (/[\s,]/.test(text[i] ?? '')) i++;
      if (text[i] === '}') {
        i++;
        break;
      }
      let key: string;
      if (text[i] === '"' || text[i] === "'") key = readString();
      else {
        const km = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(text.slice(i));
        if (!km) throw new Error(`bad label set: ${text}`);
        key = km[0];
        i += key.length;
      }
      while (text[i] === ' ') i++;
      if (text[i] !== '=') {
        // A quoted metric name alone: {"metric.name", …}.
        name = key;
        continue;
      }
      i++;
      while (text[i] === ' ') i++;
      labels[key] = readString();
    }
  }
  if ('__name__' in labels) {
    name = labels.__name__;
    delete labels.__name__;
  }
  return { name, labels, rest: text.slice(i).trim() };
}

/** Expands `1 2+3x2 _ stale _x3 1x4` into points every `stepMs` from 0. */
export function expandPoints(text: string, stepMs: number): Array<[number, number | 'stale']> {
  const out: Array<[number, number | 'stale']> = [];
  let t = 0;
  for (const tok of text.split(/\s+/).filter(Boolean)) {
    let m: RegExpExecArray | null;
    if (tok === '_') t += stepMs;
    else if (tok === 'stale') {
      out.push([t, 'stale']);
      t += stepMs;
    } else if ((m = /^_x(\d+)$/.exec(tok))) t += Number(m[1]) * stepMs;
    else if ((m = /^(-?[^+\-x]+|[+-]?Inf|NaN)(?:([+-])([^x]+))?x(\d+)$/.exec(tok))) {
      const start = parseNumber(m[1]);
      const delta = m[2] ? (m[2] === '-' ? -1 : 1) * parseNumber(m[3]) : 0;
      for (let k = 0; k <= Number(m[4]); k++) {
        out.push([t, start + k * delta]);
        t += stepMs;
      }
    } else {
      out.push([t, parseNumber(tok)]);
      t += stepMs;
    }
  }
  return out;
}

/** Reads a test script into its instant eval cases (each with the data loaded at that point). */
export function readTestScript(text: string, file: string): { cases: EvalCase[]; rangeEvals: number } {
  const lines = text.split('\n');
  let series: LoadedSeries[] = [];
  let nativeNames = new Set<string>();
  const cases: EvalCase[] = [];
  let rangeEvals = 0;
  const body = (from: number): { end: number; items: Array<{ text: string; line: number }> } => {
    const items: Array<{ text: string; line: number }> = [];
    let j = from;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (!l.trim()) break;
      if (!/^\s/.test(l) && !/^expect\b/.test(l)) break;
      if (l.trim().startsWith('#')) continue;
      items.push({ text: l.trim(), line: j + 1 });
    }
    return { end: j, items };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m: RegExpExecArray | null;
    if ((m = /^load(_with_nhcb)? (\S+)\s*$/.exec(line))) {
      const step = durationMs(m[2]);
      const { end, items } = body(i + 1);
      series = [...series];
      for (const it of items) {
        const { name, labels, rest } = parseMetric(it.text);
        if (rest.includes('{{')) {
          nativeNames = new Set([...nativeNames, name]);
          continue;
        }
        if (m[1]) nativeNames = new Set([...nativeNames, name.replace(/_(bucket|sum|count)$/, '')]);
        series.push({ name, labels, points: expandPoints(rest, step) });
      }
      i = end - 1;
    } else if (/^clear\s*$/.test(line)) {
      series = [];
      nativeNames = new Set();
    } else if (/^eval(_fail|_ordered|_warn|_info)? range /.test(line)) rangeEvals++;
    else if ((m = /^eval(_fail|_ordered|_warn|_info)? instant at (\S+) (.*)$/.exec(line))) {
      const c: EvalCase = { file, line: i + 1, atMs: durationMs(m[2]), query: m[3], expectFail: m[1] === '_fail', expected: [], series, nativeNames };
      const { end, items } = body(i + 1);
      for (const it of items) {
        if (/^expect fail\b/.test(it.text)) c.expectFail = true;
        else if (/^expect (string|range vector)\b/.test(it.text)) c.unsupportedExpectation = it.text;
        else if (/^expect\b/.test(it.text)) continue;
        else if (it.text.includes('{{')) c.unsupportedExpectation = 'a native histogram in the expected result';
        else if (/^[-+]?(\d|\.\d|Inf|NaN)/i.test(it.text) && !/\s/.test(it.text)) c.expected.push({ labels: null, value: parseNumber(it.text) });
        else {
          const { name, labels, rest } = parseMetric(it.text);
          if (name) labels.__name__ = name;
          c.expected.push({ labels, value: parseNumber(rest) });
        }
      }
      cases.push(c);
      i = end - 1;
    }
  }
  return { cases, rangeEvals };
}

/** The scrape an instant query at `atMs` sees: each series' latest point within 5 minutes (not stale). */
export function scrapeAt(series: LoadedSeries[], atMs: number): Scrape {
  const out: Series[] = [];
  for (const s of series) {
    let last: [number, number | 'stale'] | undefined;
    for (const p of s.points) {
      if (p[0] > atMs) break;
      last = p;
    }
    if (!last || last[0] <= atMs - 300_000 || last[1] === 'stale') continue;
    out.push({ name: s.name, labels: s.labels, value: last[1] });
  }
  return { at: atMs, series: out };
}
