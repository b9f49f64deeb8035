/** Seeded mutation of real inputs, shared by the fuzz tests: a failure is reproduced by its seed. */
import path from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { UserError } from '../../src/core/errors.js';

/** mulberry32: a small seeded generator, so that a failure is reproduced by its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One mutation of `text`'s lines or bytes. */
export function mutate(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(rand() * lines.length);
  switch (Math.floor(rand() * 7)) {
    case 0: // drop a line
      lines.splice(pick(), 1);
      return lines.join('\n');
    case 1: // duplicate a line
      {
        const i = pick();
        lines.splice(i, 0, lines[i]);
      }
      return lines.join('\n');
    case 2: // truncate
      return text.slice(0, Math.floor(rand() * text.length));
    case 3: // change a number
      {
        const i = pick();
        lines[i] = lines[i].replace(/\d+/, (d) => String(Number(d) + 1 + Math.floor(rand() * 50)));
      }
      return lines.join('\n');
    case 4: // an unknown record or key
      lines.splice(pick(), 0, rand() < 0.5 ? 'DT:3,0' : 'XX: 1');
      return lines.join('\n');
    case 5: // flip a character
      {
        const at = Math.floor(rand() * text.length);
        return text.slice(0, at) + String.fromCharCode(33 + Math.floor(rand() * 90)) + text.slice(at + 1);
      }
    default: // swap two lines
      {
        const i = pick();
        const j = pick();
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return lines.join('\n');
  }
}

/** Every report the fixtures keep from real tools (READMEs name them), by kind; malformed and unknown ones aside. */
export function realReports(kind: 'coverage' | 'perf' | 'vulns'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const f = path.join(d, name);
      if (statSync(f).isDirectory()) {
        if (!['malformed', 'unknown', 'src', 'node_modules'].includes(name)) walk(f);
      } else if (/\.(json|xml|csv|jtl|log|sarif|txt|out|info)$/.test(name) && !/^(README|package\.json$)/.test(name) && statSync(f).size < 2_000_000) out.push(f);
    }
  };
  walk(path.join(process.cwd(), 'test/fixtures', kind));
  return out.sort();
}


/** Numbers an adversary writes where a count, line, latency or score belongs. */
export const EXTREMES = ['1e309', '-1', '-99', '1e20', '100000000', '4294967296', '9007199254740993', '1.7976931348623157e308', 'NaN', 'Infinity', '0x10', '1e-320', '99999999999999999999'];

/**
 * One hostile mutation: a plain one of {@link mutate}, a number replaced by an extreme, nesting or
 * repetition inserted (up to a few thousand levels or copies: files stay under 1 MB), or a token
 * made very long.
 */
export function mutateHostile(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(rand() * lines.length);
  switch (Math.floor(rand() * 6)) {
    case 0:
    case 1: {
      // a number (in an attribute, a field or a value) becomes an extreme
      const i = pick();
      const extreme = EXTREMES[Math.floor(rand() * EXTREMES.length)];
      const matches = [...lines[i].matchAll(/\d+(\.\d+)?/g)];
      if (matches.length === 0) return mutate(text, rand);
      const m = matches[Math.floor(rand() * matches.length)];
      lines[i] = lines[i].slice(0, m.index) + extreme + lines[i].slice(m.index! + m[0].length);
      return lines.join('\n');
    }
    case 2: {
      // nesting: brackets, braces, tags or indentation, a few thousand deep
      const depth = 1 + Math.floor(rand() * 5000);
      const at = Math.floor(rand() * text.length);
      const kinds = ['[', '{', '<a>', '- ', '  '];
      const k = kinds[Math.floor(rand() * kinds.length)];
      return text.slice(0, at) + (k === '  ' ? Array.from({ length: Math.min(depth, 300) }, (_, d) => `${'  '.repeat(d)}k${d}:\n`).join('') : k.repeat(depth)) + text.slice(at);
    }
    case 3: {
      // one line repeated many times
      const i = pick();
      const copies = Math.min(1 + Math.floor(rand() * 5000), Math.floor(500_000 / (lines[i].length + 1)));
      lines.splice(i, 0, ...Array<string>(copies).fill(lines[i]));
      return lines.join('\n');
    }
    case 4: {
      // a very long token
      const at = Math.floor(rand() * text.length);
      return text.slice(0, at) + 'x'.repeat(1 + Math.floor(rand() * 200_000)) + text.slice(at);
    }
    default:
      return mutate(text, rand);
  }
}

/** Resident memory in MB now. */
export function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

/** Bounds of one hostile mutant: far above what any takes, far below what a hostile input used to cost. */
export const MUTANT_LIMIT_MS = 10_000;
export const MUTANT_LIMIT_MB = 300;

/** Mutants refused and read, and the worst time and memory growth seen. */
export class Tally {
  refused = 0;
  read = 0;
  worstMs = 0;
  worstMb = 0;

  /**
   * Runs `read` on one mutant: a UserError must be one line; anything else fails with where it
   * came from. Time and the growth of resident memory are measured against the bounds.
   */
  async attempt(what: string, read: () => Promise<void> | void): Promise<void> {
    const before = rssMb();
    const started = performance.now();
    try {
      await read();
      this.read++;
    } catch (err) {
      if (!(err instanceof UserError)) throw new Error(`${what}: not a UserError: ${(err as Error).stack}`);
      const line = err.render();
      if (line.includes('\n')) throw new Error(`${what}: a refusal of several lines: ${line}`);
      this.refused++;
    }
    const ms = performance.now() - started;
    const mb = rssMb() - before;
    this.worstMs = Math.max(this.worstMs, ms);
    this.worstMb = Math.max(this.worstMb, mb);
    if (ms > MUTANT_LIMIT_MS) throw new Error(`${what}: took ${Math.round(ms)} ms`);
    if (mb > MUTANT_LIMIT_MB) throw new Error(`${what}: grew resident memory by ${Math.round(mb)} MB`);
  }

  /** One log line: `kind: N hostile mutants, R refused in one line, K <read>; worst …`. */
  report(kind: string, readAs: string): void {
    console.log(`${kind}: ${this.refused + this.read} hostile mutants, ${this.refused} refused in one line, ${this.read} ${readAs}; worst ${Math.round(this.worstMs)} ms, +${Math.round(this.worstMb)} MB`);
  }
}
