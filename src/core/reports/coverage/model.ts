/**
 * Coverage merged across formats, files and shards: per source file and line, summing hits as the
 * producing tools do when they merge (lcov -a, coverage combine, istanbul merge), never averaging
 * percentages. Line and numeric branch data are stored as sorted varint runs (a few bytes an entry) so
 * that a 100 MB LCOV stays within a few tens of MB.
 *
 * A file may instead hold a *deferred* record ({@link DeferredCoverage}): only its totals and a way to
 * rebuild the detail. Per-line detail is only needed to merge a second record of the same source
 * file, which most reports never have, so a streaming parser can skip storing it; the first detailed
 * addition to such a file rebuilds the detail first (see {@link FileCoverage.materialize}).
 */

export interface Ratio {
  covered: number;
  total: number;
}

export interface CoverageTotals {
  lines: Ratio;
  branches: Ratio;
  functions: Ratio;
  statements: Ratio;
}

export type CoverageMetric = keyof CoverageTotals;

const METRICS: readonly CoverageMetric[] = ['lines', 'branches', 'functions', 'statements'];

function emptyRatio(): Ratio {
  return { covered: 0, total: 0 };
}

export function emptyTotals(): CoverageTotals {
  return { lines: emptyRatio(), branches: emptyRatio(), functions: emptyRatio(), statements: emptyRatio() };
}

/** Percentage with two decimals kept exact enough for gates (null when nothing was instrumented). */
export function percent(r: Ratio): number | null {
  return r.total === 0 ? null : (r.covered / r.total) * 100;
}

/** Shared scratch for encoding; grown on demand, never shrunk (one per process, parsing is sequential). */
let scratch = new Uint8Array(1 << 16);

function ensureScratch(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/** Cursor of {@link readVarint}; module state so that decoding allocates nothing. */
let cursor = 0;

function writeVarint(out: Uint8Array, at: number, value: number): number {
  if (value < 0x10000000) {
    // Below 2^28, shifts are exact and much cheaper than division (the common case by far).
    let v = value >>> 0;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[at++] = v;
    return at;
  }
  // Counts can exceed 2^32 (hot loops), so the upper part uses arithmetic rather than bit operations.
  let v = value;
  while (v >= 0x80) {
    out[at++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  out[at++] = v;
  return at;
}

/** Writes one entry of a run: the key's delta from the previous one, the rest of the key, the hits. */
function writeEntry(out: Uint8Array, at: number, delta: number, arity: 1 | 3, k1: number, k2: number, hits: number): number {
  let w = at;
  if (delta < 0x80) out[w++] = delta;
  else w = writeVarint(out, w, delta);
  if (arity === 3) {
    if (k1 < 0x80) out[w++] = k1;
    else w = writeVarint(out, w, k1);
    if (k2 < 0x80) out[w++] = k2;
    else w = writeVarint(out, w, k2);
  }
  if (hits < 0x80) out[w++] = hits;
  else w = writeVarint(out, w, hits);
  return w;
}

function readVarint(data: Uint8Array): number {
  let b = data[cursor++];
  if (b < 0x80) return b;
  let v = b & 0x7f;
  let scale = 0x80;
  for (;;) {
    b = data[cursor++];
    v += (b & 0x7f) * scale;
    if (b < 0x80) return v;
    scale *= 0x80;
  }
}

/** Size of the blocks that hold packed runs. */
const ARENA_BLOCK = 1 << 20;
let arena = new Uint8Array(ARENA_BLOCK);
let arenaUsed = 0;
/** Offset of the run {@link park} stored last. */
let parkedAt = 0;

/**
 * Where compact() writes a run of at most `worst` bytes: the free tail of the current arena block
 * (a new block when it does not fit), or for a very large run a scratch buffer copied out after.
 * Runs of thousands of files share a few blocks instead of each being its own ArrayBuffer: fewer,
 * larger objects keep the young generation of the heap small, which is most of the peak RSS on a
 * large LCOV. A run replaced by a merge leaves its bytes behind in its block; that waste is bounded
 * by the size of the merged shards. Returns the buffer; the offset is left in {@link parkedAt}.
 */
function reserve(worst: number): Uint8Array {
  if (worst > ARENA_BLOCK / 8) {
    parkedAt = 0;
    return ensureScratch(worst);
  }
  if (arenaUsed + worst > arena.length) {
    arena = new Uint8Array(ARENA_BLOCK);
    arenaUsed = 0;
  }
  parkedAt = arenaUsed;
  return arena;
}

/** Ends a {@link reserve}: the run written is `length` bytes long. Returns where it lives. */
function commit(buffer: Uint8Array, length: number): Uint8Array {
  if (buffer !== arena) return buffer.slice(0, length);
  arenaUsed += length;
  return arena;
}

interface Staging {
  owner: PackedCounts | null;
  keys: Uint32Array;
  hits: Float64Array;
}

/** One staging area per key arity, lent to one {@link PackedCounts} at a time. */
const STAGING: Record<1 | 3, Staging> = {
  1: { owner: null, keys: new Uint32Array(1024), hits: new Float64Array(1024) },
  3: { owner: null, keys: new Uint32Array(3 * 1024), hits: new Float64Array(1024) }
};

/**
 * Hits keyed by a tuple of 1 or 3 unsigned integers (a line; or line, block, branch), kept as one
 * sorted run of varints with repeated keys summed. New entries go to a small staging area that
 * {@link compact} folds into the run, so a file costs a few bytes per entry at rest; that is what
 * keeps a 100 MB LCOV of millions of lines and branches well under 100 MB of heap. Internal.
 */
class PackedCounts {
  /** The run: bytes [start, start + length) of an arena block (see {@link park}). */
  private data: Uint8Array | null = null;
  private start = 0;
  private entries = 0;
  private coveredEntries = 0;
  private keys: Uint32Array | null = null;
  private hits: Float64Array | null = null;
  private staged = 0;
  private sorted = true;

  constructor(private readonly arity: 1 | 3) {}

  add(k0: number, k1: number, k2: number, hits: number): void {
    const a = this.arity;
    if (!this.keys) this.borrow();
    if (this.staged === this.hits!.length) this.grow();
    const keys = this.keys!;
    const at = this.staged * a;
    keys[at] = k0;
    if (a === 3) {
      keys[at + 1] = k1;
      keys[at + 2] = k2;
    }
    if (this.sorted && this.staged > 0) {
      const prev = keys[at - a];
      // Equal keys may stay in place: they are adjacent, and compact() sums adjacent equal keys.
      if (prev > k0 || (a === 3 && prev === k0 && this.compare(this.staged - 1, this.staged) > 0)) this.sorted = false;
    }
    this.hits![this.staged] = hits > 0 ? hits : 0;
    this.staged++;
  }

  /**
   * Takes the shared staging area of this arity when no other instance holds it, else fresh arrays.
   * Streaming parsers fill one file and compact it before the next, so they always get the shared
   * one: without it a 100 MB LCOV churns through hundreds of MB of short-lived typed arrays, whose
   * off-heap memory shows in the peak RSS long before a GC frees it.
   */
  private borrow(): void {
    const shared = STAGING[this.arity];
    if (!shared.owner) {
      shared.owner = this;
      this.keys = shared.keys;
      this.hits = shared.hits;
    } else {
      this.keys = new Uint32Array(64 * this.arity);
      this.hits = new Float64Array(64);
    }
  }

  private grow(): void {
    const cap = this.hits!.length * 2;
    const keys = new Uint32Array(cap * this.arity);
    const hits = new Float64Array(cap);
    keys.set(this.keys!);
    hits.set(this.hits!);
    this.keys = keys;
    this.hits = hits;
    const shared = STAGING[this.arity];
    if (shared.owner === this) {
      shared.keys = keys;
      shared.hits = hits;
    }
  }

  /** Ends an encode: the run is bytes [first, end) of `out`; frees the staging area. */
  private finishRun(out: Uint8Array, first: number, end: number, entries: number, covered: number): void {
    this.data = commit(out, end - first);
    this.start = out === arena ? first : 0;
    this.entries = entries;
    this.coveredEntries = covered;
    this.release();
  }

  private release(): void {
    const shared = STAGING[this.arity];
    if (shared.owner === this) shared.owner = null;
    this.keys = null;
    this.hits = null;
    this.staged = 0;
    this.sorted = true;
  }

  /**
   * Adds `n` entries of arity 1 at once (the DA lines of one LCOV record). A strictly increasing
   * run into an empty instance — a source file's first record, nearly always — is encoded straight
   * into its packed form, without staging or sorting.
   */
  addRun(keys: Uint32Array, hits: Float64Array, n: number): void {
    if (this.arity === 1 && this.staged === 0 && !this.data && n > 0) {
      let increasing = true;
      for (let i = 1; i < n; i++) {
        if (keys[i] <= keys[i - 1]) {
          increasing = false;
          break;
        }
      }
      if (increasing) {
        const out = reserve(n * 13);
        const first = parkedAt;
        let w = first;
        let prev = 0;
        let covered = 0;
        for (let i = 0; i < n; i++) {
          const line = keys[i];
          const d = line - prev;
          prev = line;
          if (d < 0x80) out[w++] = d;
          else w = writeVarint(out, w, d);
          const h = hits[i];
          if (h > 0) {
            covered++;
            if (h < 0x80) out[w++] = h < 1 ? 1 : h;
            else w = writeVarint(out, w, h);
          } else out[w++] = 0;
        }
        this.data = commit(out, w - first);
        this.start = out === arena ? first : 0;
        this.entries = n;
        this.coveredEntries = covered;
        return;
      }
    }
    for (let i = 0; i < n; i++) this.add(keys[i], 0, 0, hits[i]);
  }

  /** Orders staged entries i and j by key tuple. */
  private compare(i: number, j: number): number {
    const k = this.keys!;
    const a = this.arity;
    const d = k[i * a] - k[j * a];
    if (d !== 0 || a === 1) return d;
    return k[i * a + 1] - k[j * a + 1] || k[i * a + 2] - k[j * a + 2];
  }

  /** Folds the staging area into the packed run and frees it. */
  compact(): void {
    if (this.staged === 0) return;
    const a = this.arity;
    const old = this.data;
    // Shards of a file already read, staged in key order (as LCOV, Cobertura and JaCoCo list
    // them): one linear merge with the old run. A shard naming every file again merges millions of
    // entries, which a sort of the two runs together made the larger part of the parse.
    if (old && this.sorted) {
      this.merge(old);
      return;
    }
    // Otherwise decode the old run into the staging area and sort and re-encode all.
    if (old) {
      const oldEntries = this.entries;
      this.data = null;
      this.entries = 0;
      cursor = this.start;
      let line = 0;
      for (let i = 0; i < oldEntries; i++) {
        line += readVarint(old);
        const k1 = a === 3 ? readVarint(old) : 0;
        const k2 = a === 3 ? readVarint(old) : 0;
        const h = readVarint(old);
        const saved = cursor;
        this.add(line, k1, k2, h);
        cursor = saved;
      }
      this.sorted = false;
    }
    const n = this.staged;
    const keys = this.keys!;
    const hits = this.hits!;
    let order: Uint32Array | null = null;
    if (!this.sorted) {
      order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((x, y) => this.compare(x, y) || x - y);
    }
    // Worst case: every entry kept, each up to 5 bytes a key and 8 for hits.
    const out = reserve(n * (a * 5 + 8));
    const first = parkedAt;
    let w = first;
    let entries = 0;
    let covered = 0;
    let prevLine = 0;
    let k = 0;
    while (k < n) {
      const si = order ? order[k] : k;
      const line = keys[si * a];
      const k1 = a === 3 ? keys[si * a + 1] : 0;
      const k2 = a === 3 ? keys[si * a + 2] : 0;
      let h = hits[si];
      k++;
      // Repeated keys are adjacent once sorted: sum them.
      while (k < n) {
        const sj = order ? order[k] : k;
        if (keys[sj * a] !== line || (a === 3 && (keys[sj * a + 1] !== k1 || keys[sj * a + 2] !== k2))) break;
        h += hits[sj];
        k++;
      }
      w = writeEntry(out, w, line - prevLine, a, k1, k2, h);
      prevLine = line;
      entries++;
      if (h > 0) covered++;
    }
    this.finishRun(out, first, w, entries, covered);
  }

  /**
   * Merges the staged entries, in key order (equal keys adjacent), with the packed run `old`:
   * equal keys summed, the result packed in place of both.
   */
  private merge(old: Uint8Array): void {
    const a = this.arity;
    const n = this.staged;
    const keys = this.keys!;
    const hits = this.hits!;
    const oldEntries = this.entries;
    // Worst case: no key in common, each entry up to 5 bytes a key and 8 for hits. Written past the
    // old run (reserve() gives the free tail of a block, or a new block), never over it.
    const out = reserve((n + oldEntries) * (a * 5 + 8));
    const first = parkedAt;
    let w = first;
    let entries = 0;
    let covered = 0;
    let prevLine = 0;
    // The next old entry, decoded ahead: (oLine, o1, o2) and its hits.
    cursor = this.start;
    let left = oldEntries;
    let oLine = 0;
    let o1 = 0;
    let o2 = 0;
    let oHits = 0;
    if (left > 0) {
      oLine = readVarint(old);
      if (a === 3) {
        o1 = readVarint(old);
        o2 = readVarint(old);
      }
      oHits = readVarint(old);
    }
    let k = 0;
    while (left > 0 || k < n) {
      let line: number;
      let k1: number;
      let k2: number;
      let h = 0;
      let d: number;
      if (left === 0) d = 1;
      else if (k === n) d = -1;
      else {
        const at = k * a;
        d = oLine - keys[at];
        if (d === 0 && a === 3) d = o1 - keys[at + 1] || o2 - keys[at + 2];
      }
      if (d <= 0) {
        // The old entry comes first (or its key is staged too: summed below).
        line = oLine;
        k1 = o1;
        k2 = o2;
        h = oHits;
        if (--left > 0) {
          oLine += readVarint(old);
          if (a === 3) {
            o1 = readVarint(old);
            o2 = readVarint(old);
          }
          oHits = readVarint(old);
        }
      } else {
        const at = k * a;
        line = keys[at];
        k1 = a === 3 ? keys[at + 1] : 0;
        k2 = a === 3 ? keys[at + 2] : 0;
      }
      if (d >= 0) {
        // Staged entries of this key (adjacent, as they are in order): summed.
        while (k < n && keys[k * a] === line && (a === 1 || (keys[k * a + 1] === k1 && keys[k * a + 2] === k2))) h += hits[k++];
      }
      w = writeEntry(out, w, line - prevLine, a, k1, k2, h);
      prevLine = line;
      entries++;
      if (h > 0) covered++;
    }
    this.finishRun(out, first, w, entries, covered);
  }

  get size(): number {
    this.compact();
    return this.entries;
  }

  /** Nothing added yet (neither packed nor staged); does not compact. */
  get isEmpty(): boolean {
    return this.data === null && this.staged === 0;
  }

  get covered(): number {
    this.compact();
    return this.coveredEntries;
  }

  /** Every entry in key order, repeated keys summed. */
  forEach(fn: (k0: number, k1: number, k2: number, hits: number) => void): void {
    this.compact();
    const data = this.data;
    if (!data) return;
    cursor = this.start;
    let line = 0;
    for (let i = 0; i < this.entries; i++) {
      line += readVarint(data);
      let k1 = 0;
      let k2 = 0;
      if (this.arity === 3) {
        k1 = readVarint(data);
        k2 = readVarint(data);
      }
      const h = readVarint(data);
      const saved = cursor;
      fn(line, k1, k2, h);
      cursor = saved;
    }
  }
}

/**
 * One record of a source file held as totals only, with the means to rebuild its detail. The totals
 * are distinct keys as the detailed model would count them (repeated keys summed before counting
 * covered ones), so that {@link FileCoverage.totals} is the same whether or not the record was ever
 * materialized.
 */
export interface DeferredCoverage {
  readonly linesCovered: number;
  readonly linesTotal: number;
  readonly branchesCovered: number;
  readonly branchesTotal: number;
  readonly functionsCovered: number;
  readonly functionsTotal: number;
  /**
   * Adds the record's detail to `into` through the detailed adders (`addLineRun`, `addBranchAt`,
   * `addFunctionHash`, …), exactly as if it had been parsed in detail in the first place. Called at
   * most once, after the deferred state is cleared (so those adders do not recurse into it).
   */
  rebuild(into: FileCoverage): void;
}

/** Hit counts of one source file, keyed by line, branch, function and statement. */
export class FileCoverage {
  private readonly lineData = new PackedCounts(1);
  /** A record kept as totals only; while set, every detailed structure below is empty. */
  private deferred?: DeferredCoverage;
  private numericBranches?: PackedCounts;
  private branches?: Map<string, number>;
  private functions?: Map<string, number>;
  private hashedFunctions?: PackedCounts;
  private statements?: Map<string, number>;
  /** Statements a key stands for, where more than one (a Go block of numStmt statements). */
  private statementWeights?: Map<string, number>;
  /** Anonymous branches per line (JaCoCo, Cobertura, Istanbul's Clover): line → [covered, total]. */
  private lineBranches?: Map<number, [number, number]>;
  /** Line ranges as [start, end, hits] triples, each line of a range counted once (Go blocks). */
  private lineRanges?: number[];
  /** Totals of formats that give only counts for a file (a summary), per metric. */
  private summary?: Partial<CoverageTotals>;

  constructor(readonly path: string) {}

  /** Adds `hits` executions of `line` (1-based). The same line added twice sums. */
  addLine(line: number, hits: number): void {
    if (this.deferred) this.materialize();
    this.lineData.add(line, 0, 0, hits);
  }

  /** Adds `n` lines at once, as {@link addLine} each would (the fast path of streaming parsers). */
  addLineRun(lines: Uint32Array, hits: Float64Array, n: number): void {
    if (this.deferred) this.materialize();
    this.lineData.addRun(lines, hits, n);
  }

  /**
   * Adds executions of one branch outcome. `key` identifies the outcome within the file
   * (e.g. `id:index` for Istanbul); the same key sums.
   */
  addBranch(key: string, taken: number): void {
    if (this.deferred) this.materialize();
    this.branches ??= new Map();
    this.branches.set(key, (this.branches.get(key) ?? 0) + (taken > 0 ? taken : 0));
  }

  /**
   * Adds executions of one branch outcome identified by numbers (LCOV `BRDA:line,block,branch`,
   * JaCoCo and Cobertura line and index): the same as {@link addBranch} with a compact key, for
   * reports with millions of branches. Outcomes added here and through `addBranch` never match.
   */
  addBranchAt(line: number, block: number, branch: number, taken: number): void {
    if (this.deferred) this.materialize();
    this.numericBranches ??= new PackedCounts(3);
    this.numericBranches.add(line, block, branch, taken);
  }

  /** Adds executions of a function, keyed by name (or name and line where names repeat). */
  addFunction(key: string, hits: number): void {
    if (this.deferred) this.materialize();
    this.functions ??= new Map();
    this.functions.set(key, (this.functions.get(key) ?? 0) + (hits > 0 ? hits : 0));
  }

  /**
   * Adds executions of a function identified by a 64-bit hash of its name, given as two 32-bit
   * halves: what a streaming parser uses instead of {@link addFunction} so that it need not make a
   * string of every name (a 100 MB LCOV names a quarter of a million functions twice). Functions
   * added here and through `addFunction` never match.
   */
  addFunctionHash(high: number, low: number, hits: number): void {
    if (this.deferred) this.materialize();
    this.hashedFunctions ??= new PackedCounts(3);
    this.hashedFunctions.add(high >>> 0, low >>> 0, 0, hits);
  }

  /** Adds executions of a statement, keyed by its position (e.g. `12:3-12:40`). */
  addStatement(key: string, hits: number): void {
    if (this.deferred) this.materialize();
    this.statements ??= new Map();
    this.statements.set(key, (this.statements.get(key) ?? 0) + (hits > 0 ? hits : 0));
  }

  /**
   * Adds executions of `count` statements that run together, keyed by their block (a Go block's
   * numStmt): counted as `count` statements, stored as one entry, whatever the count.
   */
  addStatements(key: string, count: number, hits: number): void {
    if (count <= 0) return;
    this.addStatement(key, hits);
    if (count !== 1) {
      this.statementWeights ??= new Map();
      this.statementWeights.set(key, Math.max(count, this.statementWeights.get(key) ?? 0));
    }
  }

  /**
   * Branches of a line whose report says only how many there are and how many were taken (JaCoCo
   * `mb`/`cb`, Cobertura `condition-coverage`, Istanbul's Clover `truecount`/`falsecount`): the
   * first `covered` of them count as taken, so two reports of the line merge to the larger of each.
   * Kept as two numbers, whatever the count.
   */
  addLineBranches(line: number, covered: number, total: number): void {
    if (total <= 0) return;
    if (this.deferred) this.materialize();
    this.lineBranches ??= new Map();
    const prev = this.lineBranches.get(line);
    const c = Math.min(covered, total);
    if (!prev) this.lineBranches.set(line, [c, total]);
    else {
      prev[0] = Math.max(prev[0], c);
      prev[1] = Math.max(prev[1], total);
    }
  }

  /**
   * Adds `hits` executions of every line from `start` to `end` (a Go block): stored as one range,
   * whatever its length; a line in several ranges or also added by {@link addLine} counts once,
   * covered when any of them ran.
   */
  addLineRange(start: number, end: number, hits: number): void {
    if (this.deferred) this.materialize();
    if (start === end) {
      this.lineData.add(start, 0, 0, hits);
      return;
    }
    (this.lineRanges ??= []).push(start, end, hits > 0 ? hits : 0);
  }

  /**
   * For formats that give only counts (Istanbul coverage-summary.json, report-level counters):
   * the covered and total count of a metric for this file. Several summaries of one file keep the
   * most complete one (the largest total, then the most covered), as shards of one file measure the
   * same lines. A deferred record stays deferred: summaries are kept apart from the detail and only
   * stand in where it has nothing, which its stored totals tell as well as the detail would.
   */
  addSummary(metric: CoverageMetric, covered: number, total: number): void {
    this.summary ??= {};
    const prev = this.summary[metric];
    if (!prev || total > prev.total || (total === prev.total && covered > prev.covered)) {
      this.summary[metric] = { covered: Math.min(covered, total), total };
    }
  }

  /**
   * Folds lines and numeric branches added since the last call into their compact form. Optional
   * (reads compact on demand); streaming parsers call it after each record to keep memory low.
   */
  compact(): void {
    if (this.deferred) return;
    this.lineData.compact();
    this.numericBranches?.compact();
    this.hashedFunctions?.compact();
  }

  /**
   * Line numbers and their summed hits, one entry per line, in order. Lines of ranges are listed
   * one by one (a range's hits added to each): one entry per line, so for reading a file's lines,
   * never for totals (see {@link totals}).
   */
  lines(): Array<[number, number]> {
    if (this.deferred) this.materialize();
    const hits = new Map<number, number>();
    this.lineData.forEach((line, _b, _c, h) => {
      hits.set(line, h);
    });
    const r = this.lineRanges ?? [];
    for (let i = 0; i < r.length; i += 3) for (let l = r[i]; l <= r[i + 1]; l++) hits.set(l, (hits.get(l) ?? 0) + r[i + 2]);
    return [...hits].sort((a, b) => a[0] - b[0]);
  }

  /**
   * Branches per line: line → [covered, total], counted as {@link totals} counts them (numbered
   * outcomes, then a line's anonymous branches beyond them, then keyed outcomes whose key starts
   * with their line: Istanbul's `line|col|…:i`, LCOV's `line:block…`). Outcomes with no line (an
   * Istanbul branch without a location) are left out. Materializes a deferred record: for the few
   * files a caller reads line by line (those a pull request changed), never for a whole report.
   */
  branchesByLine(): Map<number, [number, number]> {
    if (this.deferred) this.materialize();
    const out = new Map<number, [number, number]>();
    const bump = (line: number, covered: number, total: number) => {
      const e = out.get(line);
      if (e) {
        e[0] += covered;
        e[1] += total;
      } else out.set(line, [covered, total]);
    };
    this.numericBranches?.forEach((line, _b, _c, hits) => bump(line, hits > 0 ? 1 : 0, 1));
    if (this.lineBranches) {
      for (const [line, [covered, total]] of this.lineBranches) {
        const n = out.get(line);
        // As countLineBranches: only what this reading adds beyond the numbered outcomes of the line.
        if (n) bump(line, Math.max(covered, n[0]) - n[0], Math.max(total, n[1]) - n[1]);
        else bump(line, covered, total);
      }
    }
    if (this.branches) {
      for (const [key, hits] of this.branches) {
        const m = /^(\d+)[|:]/.exec(key);
        if (m) bump(Number(m[1]), hits > 0 ? 1 : 0, 1);
      }
    }
    return out;
  }

  /**
   * True when no detail has been added and no record is deferred (summaries do not count: they are
   * kept apart). A streaming parser may then keep a record of this file as totals only.
   */
  get isEmpty(): boolean {
    return (
      !this.deferred &&
      this.lineData.isEmpty &&
      (this.numericBranches?.isEmpty ?? true) &&
      (this.hashedFunctions?.isEmpty ?? true) &&
      !this.branches?.size &&
      !this.lineBranches?.size &&
      !this.lineRanges?.length &&
      !this.functions?.size &&
      !this.statements?.size
    );
  }

  /** True while a record is held as totals only (see {@link defer}). */
  get isDeferred(): boolean {
    return this.deferred !== undefined;
  }

  /**
   * Keeps a record of this file as totals only, to be rebuilt in detail if anything else is ever
   * added to the file. Only for a file that {@link isEmpty}: the totals stand for the file's whole
   * detail.
   */
  defer(record: DeferredCoverage): void {
    if (!this.isEmpty) throw new Error(`internal: deferring a record of ${this.path}, which already has coverage`);
    this.deferred = record;
  }

  /**
   * Rebuilds the detail of a deferred record, so that further additions merge with it per line,
   * branch and function. Every detailed adder calls this first, so no format can merge into totals
   * alone; a no-op when nothing is deferred.
   */
  materialize(): void {
    const record = this.deferred;
    if (!record) return;
    // Cleared first: rebuild() adds through the same adders, which must not come back here.
    this.deferred = undefined;
    record.rebuild(this);
  }

  totals(): CoverageTotals {
    const t = emptyTotals();
    const d = this.deferred;
    if (d) {
      // The detailed structures are empty while a record is deferred: its totals are the file's.
      t.lines = { covered: d.linesCovered, total: d.linesTotal };
      t.branches = { covered: d.branchesCovered, total: d.branchesTotal };
      t.functions = { covered: d.functionsCovered, total: d.functionsTotal };
      this.applySummary(t);
      return t;
    }
    if (this.lineRanges) this.countLinesWithRanges(this.lineRanges, t.lines);
    else {
      t.lines.total = this.lineData.size;
      t.lines.covered = this.lineData.covered;
    }
    count(this.branches, t.branches);
    if (this.numericBranches) {
      t.branches.total += this.numericBranches.size;
      t.branches.covered += this.numericBranches.covered;
    }
    if (this.lineBranches) this.countLineBranches(t.branches);
    count(this.functions, t.functions);
    if (this.hashedFunctions) {
      t.functions.total += this.hashedFunctions.size;
      t.functions.covered += this.hashedFunctions.covered;
    }
    count(this.statements, t.statements, this.statementWeights);
    this.applySummary(t);
    return t;
  }

  /**
   * Adds the anonymous branches of lines ({@link addLineBranches}). A line that also has numbered
   * outcomes (LCOV BRDA of the same run) counts as the larger of the two readings, as two reports
   * of one line merge to the larger of each: Cobertura and LCOV of one file do not count it twice.
   */
  private countLineBranches(into: Ratio): void {
    let numbered: Map<number, [number, number]> | undefined;
    if (this.numericBranches && !this.numericBranches.isEmpty) {
      numbered = new Map();
      const perLine = numbered;
      this.numericBranches.forEach((line, _b, _c, hits) => {
        const e = perLine.get(line) ?? [0, 0];
        e[1]++;
        if (hits > 0) e[0]++;
        perLine.set(line, e);
      });
    }
    for (const [line, [covered, total]] of this.lineBranches!) {
      const n = numbered?.get(line);
      // The numbered outcomes are counted already: only what this reading adds beyond them.
      into.total += n ? Math.max(total, n[1]) - n[1] : total;
      into.covered += n ? Math.max(covered, n[0]) - n[0] : covered;
    }
  }

  /**
   * Lines when ranges were added: the union of the ranges and the single lines, in time
   * O(n log n) of the ranges and lines added, never one entry per line of a range.
   */
  private countLinesWithRanges(triples: number[], into: Ratio): void {
    const all: Array<[number, number]> = [];
    const ran: Array<[number, number]> = [];
    for (let i = 0; i < triples.length; i += 3) {
      all.push([triples[i], triples[i + 1]]);
      if (triples[i + 2] > 0) ran.push([triples[i], triples[i + 1]]);
    }
    const union = mergeRanges(all);
    const covered = mergeRanges(ran);
    into.total = rangeLength(union);
    into.covered = rangeLength(covered);
    this.lineData.forEach((line, _b, _c, hits) => {
      if (!inRanges(union, line)) into.total++;
      if (hits > 0 && !inRanges(covered, line)) into.covered++;
    });
  }

  /**
   * Adds this file's {@link totals} to `into`. The same figures, but a lazy record's without
   * allocating: a report of tens of thousands of files would otherwise spend more time building
   * and dropping per-file totals objects than reading some of them.
   */
  addTotalsTo(into: CoverageTotals): void {
    const d = this.deferred;
    if (d && !this.summary) {
      into.lines.covered += d.linesCovered;
      into.lines.total += d.linesTotal;
      into.branches.covered += d.branchesCovered;
      into.branches.total += d.branchesTotal;
      into.functions.covered += d.functionsCovered;
      into.functions.total += d.functionsTotal;
      return;
    }
    const t = this.totals();
    for (const metric of METRICS) {
      into[metric].covered += t[metric].covered;
      into[metric].total += t[metric].total;
    }
  }

  /** Summary counts stand in only where the detailed data says nothing about a metric. */
  private applySummary(t: CoverageTotals): void {
    if (!this.summary) return;
    for (const metric of Object.keys(this.summary) as CoverageMetric[]) {
      const s = this.summary[metric]!;
      if (t[metric].total === 0) t[metric] = { ...s };
    }
  }
}

function count(map: Map<string, number> | undefined, into: Ratio, weights?: Map<string, number>): void {
  if (!map) return;
  if (weights) {
    for (const [key, hits] of map) {
      const w = weights.get(key) ?? 1;
      into.total += w;
      if (hits > 0) into.covered += w;
    }
    return;
  }
  into.total += map.size;
  for (const hits of map.values()) if (hits > 0) into.covered++;
}

/** Inclusive ranges sorted and merged where they overlap or touch. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function rangeLength(ranges: Array<[number, number]>): number {
  let n = 0;
  for (const [s, e] of ranges) n += e - s + 1;
  return n;
}

/** Whether `line` is in one of the merged, sorted `ranges` (binary search). */
function inRanges(ranges: Array<[number, number]>, line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < ranges[mid][0]) hi = mid - 1;
    else if (line > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * A copy of `s` that owns its characters. A name read from a streamed report (an XML attribute) is
 * a slice of the 256 KB chunk it came in, and keeping the slice as a file's key or a function's
 * name keeps the whole chunk alive: a 340 MB Cobertura report stayed in memory whole. Strings
 * shorter than 13 characters are never slices in V8, so they are returned as they are.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Paths as the same file whatever report named them: forward slashes, no leading `./`. */
export function normalizeSourcePath(p: string): string {
  // Most paths need nothing: skip the regex (a large LCOV names tens of thousands of files).
  let s = p.indexOf('\\') < 0 ? p : p.replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  return s;
}

/** All coverage read so far, per source file. */
export class CoverageAccumulator {
  private readonly files = new Map<string, FileCoverage>();
  /** Totals a report states only for itself as a whole (see {@link addReportTotals}). */
  private readonly reportTotals = emptyTotals();
  /** `${workspace}/`, when known: absolute paths under it are keyed relative to it. */
  private readonly root?: string;

  /**
   * `workspace`, when given, is the directory reports' relative paths are taken from: an absolute
   * path inside it (an LCOV `SF:` under `$GITHUB_WORKSPACE`) names the same file as the relative one
   * (Cobertura's `filename` resolved against its `<source>`).
   */
  constructor(readonly workspace?: string) {
    if (workspace) this.root = normalizeSourcePath(workspace).replace(/\/+$/, '') + '/';
  }

  /** The record of one source file, created on first use; every format merges through this. */
  file(sourcePath: string): FileCoverage {
    let key = this.keyOf(sourcePath);
    let f = this.files.get(key);
    if (!f) {
      key = ownString(key);
      f = new FileCoverage(key);
      this.files.set(key, f);
    }
    return f;
  }

  /**
   * Counts a report gives only for itself as a whole, with nothing per file (a Cobertura header's
   * `branches-valid`/`branches-covered` with no branch on any line, a Clover `<project><metrics>`
   * with no `<file>`): added to the totals as they are; they merge with nothing.
   */
  addReportTotals(metric: CoverageMetric, covered: number, total: number): void {
    this.reportTotals[metric].covered += Math.min(covered, total);
    this.reportTotals[metric].total += total;
  }

  /** The record of a source file when the reports named it (no record is created). */
  existing(sourcePath: string): FileCoverage | undefined {
    return this.files.get(this.keyOf(sourcePath));
  }

  /** The key of a source path: normalized, and relative to the workspace when inside it. */
  private keyOf(sourcePath: string): string {
    const key = normalizeSourcePath(sourcePath);
    return this.root && key.startsWith(this.root) ? normalizeSourcePath(key.slice(this.root.length)) : key;
  }

  get fileCount(): number {
    return this.files.size;
  }

  fileNames(): string[] {
    return [...this.files.keys()];
  }

  /** Totals over every file: covered and total counts summed. */
  totals(): CoverageTotals {
    const t = emptyTotals();
    for (const f of this.files.values()) f.addTotalsTo(t);
    for (const metric of METRICS) {
      t[metric].covered += this.reportTotals[metric].covered;
      t[metric].total += this.reportTotals[metric].total;
    }
    return t;
  }
}
