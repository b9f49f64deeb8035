/**
 * The expression language of `successCondition` / `failureCondition` and of a range query's
 * `start` / `end`, as Argo Rollouts evaluates them.
 *
 * Argo compiles each condition with expr-lang (github.com/expr-lang/expr) against the environment
 * of `utils/evaluate/evaluate.go` (argoproj/argo-rollouts, `EvalCondition`): `result` (the
 * provider's value: a float64, a []float64 for a Prometheus vector, nil), `asInt`, `asFloat`,
 * `isNaN` (math.IsNaN), `isInf` (math.IsInf(f, 0)), `isNil` and `default`, beside expr-lang's own
 * builtins (`len`, `all`, `any`, `now()`, `duration("5m")`, …). A range query's `start` and `end`
 * go through `EvalTime`: the same language with `isNaN` / `isInf` only, and the value must be a time.
 *
 * Why hand-written: no npm package implements expr-lang. jexl, filtrex and expr-eval (the field's
 * expression packages) each differ where real templates need it: filtrex has `and`/`or`/`not` but
 * no `&&`/`||`/`!`; jexl and expr-eval have no `#` predicates (`all(result, {# < 0.5})`), no
 * `and`/`not` keywords beside the symbols, and none keep expr-lang's integer/float rules (`7 / 2`
 * is 3.5, `%` only on integers, `1 == 1.0`). Every condition of Argo's documentation and examples
 * (test/fixtures/analysis/argo) compiles and evaluates here as expr-lang does; the parser is a
 * Pratt parser with expr-lang's operator precedences (parser/operator/operator.go).
 *
 * Checked against expr-lang v1.17.8 itself (the version Argo pins), run in Argo's environment over
 * 1,120 conditions × results (test/fixtures/analysis/expr-lang): the same truth, or an error where
 * expr-lang errs (at compile time, from the types of the environment, or when run). One choice of
 * ours: the shared contract's `null` result (a Prometheus query with no series) is an empty vector
 * to `len`, `all`, `any`, indexing — what Argo's Prometheus provider passes (`[]float64{}`) — and
 * nil to `default`, `isNil` and `==`, as Argo's nil result is.
 *
 * Integers are BigInts (expr-lang's `int`), floats JS numbers (`float64`), so that `7 / 2`,
 * `7 % 2`, `asInt(result[0])` follow Go. Bounded: text ≤ 2000 characters, nesting ≤ 64.
 */
import { UserError } from '../errors.js';
import { didYouMean } from '../suggest.js';

export const MAX_CONDITION_CHARS = 2000;
export const MAX_CONDITION_DEPTH = 64;
/** Most steps one evaluation takes (nested predicates over long vectors multiply). */
export const MAX_EVALUATION_STEPS = 1_000_000;

export interface ConditionWhere {
  input: string;
  file?: string;
  line?: number;
}

export interface Condition {
  /** The text as written. */
  readonly text: string;
  /** True or false for this result; throws an Error naming the problem (index out of range, wrong type). */
  evaluate(result: number | number[] | null): boolean;
}

/** A duration value (`duration("5m")`, a time minus a time). */
class Duration {
  constructor(readonly ms: number) {}
}

type Value = number | bigint | string | boolean | null | Date | Duration | Value[];

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'id'; name: string }
  | { k: 'ptr' }
  | { k: 'arr'; items: Node[] }
  | { k: 'un'; op: string; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'tern'; c: Node; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'mem'; x: Node; name: string; opt: boolean }
  | { k: 'idx'; x: Node; i: Node }
  | { k: 'closure'; body: Node };

/** expr-lang's binary operators and precedences (parser/operator/operator.go). */
const BINARY: Record<string, { p: number; right?: boolean }> = {
  or: { p: 10 },
  '||': { p: 10 },
  and: { p: 15 },
  '&&': { p: 15 },
  '==': { p: 20 },
  '!=': { p: 20 },
  '<': { p: 20 },
  '>': { p: 20 },
  '>=': { p: 20 },
  '<=': { p: 20 },
  in: { p: 20 },
  'not in': { p: 20 },
  contains: { p: 20 },
  startsWith: { p: 20 },
  endsWith: { p: 20 },
  '+': { p: 30 },
  '-': { p: 30 },
  '*': { p: 60 },
  '/': { p: 60 },
  '%': { p: 60 },
  '**': { p: 100, right: true },
  '^': { p: 100, right: true },
  '??': { p: 500 }
};
const UNARY: Record<string, number> = { not: 50, '!': 50, '-': 90, '+': 90 };

/** Functions with a predicate (closure) as second argument. */
const PREDICATE_FUNCTIONS = new Set(['all', 'any', 'none', 'one', 'filter', 'map', 'count']);

/** Functions: name → [min args, max args]. */
const FUNCTIONS: Record<string, [number, number]> = {
  // Argo's environment (utils/evaluate/evaluate.go)
  asInt: [1, 1],
  asFloat: [1, 1],
  isNaN: [1, 1],
  isInf: [1, 1],
  isNil: [1, 1],
  default: [2, 2],
  // expr-lang builtins
  len: [1, 1],
  all: [2, 2],
  any: [2, 2],
  none: [2, 2],
  one: [2, 2],
  filter: [2, 2],
  map: [2, 2],
  count: [2, 2],
  sum: [1, 1],
  mean: [1, 1],
  min: [1, 99],
  max: [1, 99],
  abs: [1, 1],
  ceil: [1, 1],
  floor: [1, 1],
  round: [1, 1],
  int: [1, 1],
  float: [1, 1],
  first: [1, 1],
  last: [1, 1],
  now: [0, 0],
  duration: [1, 1]
};
/** What `EvalTime` offers (no `result`, no Argo helpers but isNaN / isInf). */
const TIME_EXCLUDED = new Set(['asInt', 'asFloat', 'isNil', 'default']);

const TOKEN = /\s*(?:(0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|([A-Za-z_$][\w$]*)|(\*\*|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\.\.|[-+*/%^<>!()[\]{},.?:#]))/y;

interface Token {
  t: 'num' | 'str' | 'id' | 'op' | 'end';
  v: string;
  at: number;
}

function tokenize(text: string, fail: (message: string) => never): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      const at = pos + (text.slice(pos).length - text.slice(pos).trimStart().length);
      fail(`unexpected character ${JSON.stringify(text[at])} at column ${at + 1}`);
    }
    const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3] ?? m[4]).length;
    if (m[1] !== undefined) tokens.push({ t: 'num', v: m[1], at });
    else if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2], at });
    else if (m[3] !== undefined) tokens.push({ t: 'id', v: m[3], at });
    else tokens.push({ t: 'op', v: m[4], at });
    pos = TOKEN.lastIndex;
  }
  tokens.push({ t: 'end', v: '', at: text.length });
  return tokens;
}

function unquote(raw: string): string {
  if (raw[0] === '`') return raw.slice(1, -1);
  return raw.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

function parseNumber(raw: string): number | bigint {
  const s = raw.replace(/_/g, '');
  if (/^0[xX]/.test(s)) return BigInt(s);
  if (/[.eE]/.test(s)) return Number(s);
  return BigInt(s);
}

/** Parses `text` into a tree; `names` are the identifiers the environment offers. */
function parse(text: string, names: Set<string>, functions: Set<string>, fail: (message: string) => never): Node {
  if (text.length > MAX_CONDITION_CHARS) fail(`longer than ${MAX_CONDITION_CHARS} characters`);
  if (text.trim() === '') fail('empty expression');
  const tokens = tokenize(text, fail);
  let i = 0;
  let depth = 0;
  let closures = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const isOp = (v: string) => peek().t === 'op' && peek().v === v;
  const expect = (v: string) => {
    const t = next();
    if (t.t !== 'op' || t.v !== v) fail(`expected "${v}" at column ${t.at + 1}${t.t === 'end' ? ' (the expression ended)' : `, found ${JSON.stringify(t.v)}`}`);
  };
  const deeper = () => {
    if (++depth > MAX_CONDITION_DEPTH) fail(`nested deeper than ${MAX_CONDITION_DEPTH} levels`);
  };

  function binaryOp(): string | undefined {
    const t = peek();
    if (t.t === 'op' && t.v in BINARY && t.v !== '?.' && t.v !== '..') return t.v;
    if (t.t === 'id') {
      if (t.v === 'not' && tokens[i + 1].t === 'id' && tokens[i + 1].v === 'in') return 'not in';
      if (t.v in BINARY) return t.v;
    }
    return undefined;
  }

  function expression(minPrec: number): Node {
    deeper();
    let left = unary();
    let previous: string | undefined;
    for (;;) {
      const op = binaryOp();
      if (op !== undefined) {
        const { p, right } = BINARY[op];
        if (p < minPrec) break;
        // parser/parser.go: an operator after `??` at the same level is refused.
        if (previous === '??' && op !== '??') fail(`Operator (${op}) and coalesce expressions (??) cannot be mixed. Wrap either by parentheses.`);
        previous = op;
        i += op === 'not in' ? 2 : 1;
        const rhs = expression(right ? p : p + 1);
        left = { k: 'bin', op, a: left, b: rhs };
        continue;
      }
      if (isOp('?') && minPrec === 0) {
        next();
        const a = expression(0);
        expect(':');
        const b = expression(0);
        left = { k: 'tern', c: left, a, b };
        continue;
      }
      break;
    }
    depth--;
    return left;
  }

  function unary(): Node {
    const t = peek();
    const op = t.t === 'op' && (t.v === '!' || t.v === '-' || t.v === '+') ? t.v : t.t === 'id' && t.v === 'not' ? 'not' : undefined;
    if (op !== undefined) {
      next();
      deeper();
      const x = expression(UNARY[op]);
      depth--;
      return { k: 'un', op, x };
    }
    return postfix(primary());
  }

  function postfix(node: Node): Node {
    for (;;) {
      if (isOp('.') || isOp('?.')) {
        const opt = next().v === '?.';
        const name = next();
        if (name.t !== 'id') fail(`expected a field name at column ${name.at + 1}`);
        node = { k: 'mem', x: node, name: name.v, opt };
      } else if (isOp('[')) {
        next();
        deeper();
        const index = expression(0);
        depth--;
        expect(']');
        node = { k: 'idx', x: node, i: index };
      } else return node;
    }
  }

  function args(name: string): Node[] {
    const list: Node[] = [];
    expect('(');
    while (!isOp(')')) {
      if (list.length) expect(',');
      if (list.length === 1 && PREDICATE_FUNCTIONS.has(name)) {
        // expr-lang's closure: `{# < 0.5}` or a bare predicate `# < 0.5`.
        closures++;
        let body: Node;
        if (isOp('{')) {
          next();
          body = expression(0);
          expect('}');
        } else body = expression(0);
        closures--;
        list.push({ k: 'closure', body });
      } else list.push(expression(0));
    }
    expect(')');
    return list;
  }

  function primary(): Node {
    const t = next();
    if (t.t === 'num') return { k: 'lit', v: parseNumber(t.v) };
    if (t.t === 'str') return { k: 'lit', v: unquote(t.v) };
    if (t.t === 'op') {
      if (t.v === '(') {
        const e = expression(0);
        expect(')');
        return e;
      }
      if (t.v === '[') {
        const items: Node[] = [];
        while (!isOp(']')) {
          if (items.length) expect(',');
          items.push(expression(0));
        }
        expect(']');
        return { k: 'arr', items };
      }
      if (t.v === '#') {
        if (closures === 0) fail(`"#" outside a predicate at column ${t.at + 1} (it stands for the element in all(result, {# < 1}))`);
        return { k: 'ptr' };
      }
      fail(t.v === '' ? 'unexpected end of expression' : `unexpected ${JSON.stringify(t.v)} at column ${t.at + 1}`);
    }
    if (t.t === 'end') fail('unexpected end of expression');
    const name = t.v;
    if (name === 'true' || name === 'false') return { k: 'lit', v: name === 'true' };
    if (name === 'nil') return { k: 'lit', v: null };
    if (isOp('(')) {
      if (!functions.has(name)) fail(`unknown function ${name}()${didYouMean(name, functions)} at column ${t.at + 1}`);
      const list = args(name);
      const [min, max] = FUNCTIONS[name];
      if (list.length < min || list.length > max) {
        fail(`${name}() takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, given ${list.length}`);
      }
      return { k: 'call', name, args: list };
    }
    if (!names.has(name)) fail(`unknown name ${name}${didYouMean(name, names)} at column ${t.at + 1}`);
    return { k: 'id', name };
  }

  const tree = expression(0);
  const rest = peek();
  if (rest.t !== 'end') fail(`unexpected ${JSON.stringify(rest.v)} at column ${rest.at + 1}`);
  return tree;
}

/** Go's name of a value's type, as expr-lang's messages write it. */
function typeName(v: Value | undefined): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof Date) return 'time.Time';
  if (v instanceof Duration) return 'time.Duration';
  return v.every((x) => typeof x === 'number') && v.length > 0 ? '[]float64' : '[]interface {}';
}

const isNum = (v: Value): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';

function show(v: Value): string {
  if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`;
  if (v === null) return '<nil>';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Duration) return `${v.ms}ms`;
  return String(v);
}

interface Env {
  result: Value;
  now: () => Date;
  ptr: Value[];
  steps: number;
}

function mismatched(op: string, a: Value, b: Value): Error {
  return new Error(`invalid operation: ${op} (mismatched types ${typeName(a)} and ${typeName(b)})`);
}

/** Go's kind of a value for expr-lang's type check of `==` (nil compares with anything). */
function kind(v: Value): string {
  return isNum(v) ? 'number' : Array.isArray(v) ? 'array' : v instanceof Date ? 'time' : v instanceof Duration ? 'duration' : typeof v;
}

function equal(a: Value, b: Value, op = '=='): boolean {
  // expr-lang's checker refuses `==` between different types: `result == 'true'` with a number.
  if (a !== null && b !== null && kind(a) !== kind(b)) throw mismatched(op, a, b);
  if (isNum(a) && isNum(b)) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, j) => equal(x, b[j]));
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Duration && b instanceof Duration) return a.ms === b.ms;
  return a === b;
}

function toBool(v: Value, what: string): boolean {
  if (typeof v !== 'boolean') throw new Error(`${what}: expected bool, but got ${typeName(v)}`);
  return v;
}

function arith(op: string, a: Value, b: Value): Value {
  if (isNum(a) && isNum(b)) {
    if (typeof a === 'bigint' && typeof b === 'bigint' && op !== '/' && op !== '**' && op !== '^') {
      if (op === '+') return a + b;
      if (op === '-') return a - b;
      if (op === '*') return a * b;
      if (op === '%') {
        if (b === 0n) throw new Error('integer divide by zero');
        return a % b;
      }
    }
    if (op === '%') throw mismatched(op, a, b);
    const x = Number(a);
    const y = Number(b);
    if (op === '+') return x + y;
    if (op === '-') return x - y;
    if (op === '*') return x * y;
    if (op === '/') return x / y;
    return x ** y;
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (a instanceof Date && b instanceof Duration && (op === '+' || op === '-')) return new Date(a.getTime() + (op === '+' ? b.ms : -b.ms));
  if (a instanceof Duration && b instanceof Date && op === '+') return new Date(b.getTime() + a.ms);
  if (a instanceof Date && b instanceof Date && op === '-') return new Duration(a.getTime() - b.getTime());
  if (a instanceof Duration && b instanceof Duration && (op === '+' || op === '-')) return new Duration(op === '+' ? a.ms + b.ms : a.ms - b.ms);
  if (a instanceof Duration && isNum(b) && op === '*') return new Duration(a.ms * Number(b));
  if (isNum(a) && b instanceof Duration && op === '*') return new Duration(Number(a) * b.ms);
  throw mismatched(op, a, b);
}

function compare(op: string, a: Value, b: Value): boolean {
  let x: number | string;
  let y: number | string;
  if (isNum(a) && isNum(b)) [x, y] = [Number(a), Number(b)];
  else if (typeof a === 'string' && typeof b === 'string') [x, y] = [a, b];
  else if (a instanceof Date && b instanceof Date) [x, y] = [a.getTime(), b.getTime()];
  else if (a instanceof Duration && b instanceof Duration) [x, y] = [a.ms, b.ms];
  else throw mismatched(op, a, b);
  return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
}

/** The elements of `v` for a builtin over arrays; a null result is an empty vector (see below). */
function elements(v: Value, fn: string): Value[] {
  if (v === null) return [];
  if (!Array.isArray(v)) throw new Error(`${fn}(): cannot iterate over ${typeName(v)}`);
  return v;
}

function number(v: Value, fn: string): number {
  if (!isNum(v)) throw new Error(`${fn}(): expected a number, got ${typeName(v)} ${show(v)}`);
  return Number(v);
}

/** Go's `time.ParseDuration` (shared with the template's durations). */
export function goDurationMs(text: string): number | undefined {
  const s = text.trim();
  if (s === '0') return 0;
  const m = /^([-+]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(s);
  if (!m) return undefined;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const part of m[2].matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(part[1]) * unit[part[2]];
  return m[1] === '-' ? -total : total;
}

function call(node: { name: string; args: Node[] }, env: Env): Value {
  const { name, args } = node;
  if (PREDICATE_FUNCTIONS.has(name)) {
    const list = elements(ev(args[0], env), name);
    const body = (args[1] as { body: Node }).body;
    const test = (x: Value) => {
      env.ptr.push(x);
      try {
        return ev(body, env);
      } finally {
        env.ptr.pop();
      }
    };
    if (name === 'map') return list.map(test);
    const truth = (x: Value) => toBool(test(x), `${name}() predicate`);
    if (name === 'all') return list.every(truth);
    if (name === 'any') return list.some(truth);
    if (name === 'none') return !list.some(truth);
    const hits = list.filter(truth);
    if (name === 'filter') return hits;
    if (name === 'count') return BigInt(hits.length);
    return hits.length === 1; // one
  }
  if (name === 'now') return env.now();
  const values = args.map((a) => ev(a, env));
  const [v] = values;
  switch (name) {
    // Argo's `default` and `isNil` look at `result`, whatever their first argument (evaluate.go: defaultFunc, isNilFunc).
    case 'default':
      return env.result === null ? values[1] : env.result;
    case 'isNil':
      return env.result === null;
    case 'isNaN':
      return Number.isNaN(number(v, name));
    case 'isInf': {
      const x = number(v, name);
      return x === Infinity || x === -Infinity;
    }
    case 'asInt':
    case 'int': {
      if (typeof v === 'bigint') return v;
      if (typeof v === 'string' && /^[-+]?\d+$/.test(v.trim())) return BigInt(v.trim());
      if (typeof v === 'string') throw new Error(`${name}(): strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
      const x = number(v, name);
      // Go's int64(x) of NaN, ±Inf or a float out of range is 0x8000000000000000 on amd64 (CVTTSD2SI).
      if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 63) return -(2n ** 63n);
      return BigInt(Math.trunc(x));
    }
    case 'asFloat':
    case 'float': {
      if (typeof v === 'string') {
        const x = Number(v.trim());
        if (v.trim() === '' || Number.isNaN(x)) throw new Error(`${name}(): strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
        return x;
      }
      return number(v, name);
    }
    case 'len':
      // A null result is the empty vector Prometheus returned (len(result) == 0, as Argo's docs use it).
      if (v === null) return 0n;
      if (typeof v === 'string') return BigInt([...v].length);
      if (Array.isArray(v)) return BigInt(v.length);
      throw new Error(`invalid argument for len (type ${typeName(v)})`);
    case 'sum':
    case 'mean': {
      const list = (isNum(v) && name === 'mean' ? [v] : elements(v, name)).map((x) => number(x, name));
      const total = list.reduce((s, x) => s + x, 0);
      if (name === 'sum') return list.length === 0 ? 0n : total;
      return list.length ? total / list.length : 0;
    }
    case 'min':
    case 'max': {
      const list = (values.length === 1 && (Array.isArray(v) || v === null) ? elements(v, name) : values).map((x) => number(x, name));
      if (!list.length) return null;
      return name === 'min' ? Math.min(...list) : Math.max(...list);
    }
    case 'abs':
      return typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(number(v, name));
    case 'ceil':
      return Math.ceil(number(v, name));
    case 'floor':
      return Math.floor(number(v, name));
    case 'round':
      return Math.sign(number(v, name)) * Math.round(Math.abs(number(v, name)));
    case 'first':
    case 'last': {
      const list = elements(v, name);
      return list.length ? list[name === 'first' ? 0 : list.length - 1] : null;
    }
    case 'duration': {
      if (typeof v !== 'string') throw new Error(`duration(): expected a string, got ${typeName(v)}`);
      const ms = goDurationMs(v);
      if (ms === undefined) throw new Error(`time: invalid duration ${JSON.stringify(v)}`);
      return new Duration(ms);
    }
  }
  throw new Error(`unknown function ${name}`);
}

function ev(node: Node, env: Env): Value {
  if (++env.steps > MAX_EVALUATION_STEPS) throw new Error(`evaluation took more than ${MAX_EVALUATION_STEPS.toLocaleString('en-US')} steps`);
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'id':
      return env.result;
    case 'ptr':
      return env.ptr[env.ptr.length - 1];
    case 'arr':
      return node.items.map((n) => ev(n, env));
    case 'tern':
      return toBool(ev(node.c, env), 'ternary condition') ? ev(node.a, env) : ev(node.b, env);
    case 'call':
      return call(node, env);
    case 'un': {
      const x = ev(node.x, env);
      if (node.op === '!' || node.op === 'not') return !toBool(x, `operator ${node.op}`);
      if (!isNum(x)) throw new Error(`invalid operation: ${node.op} (mismatched type ${typeName(x)})`);
      return node.op === '-' ? -x : x;
    }
    case 'mem': {
      const x = ev(node.x, env);
      if (x === null && node.opt) return null;
      throw new Error(`cannot fetch ${node.name} from ${typeName(x)}`);
    }
    case 'idx': {
      const x = ev(node.x, env);
      const index = ev(node.i, env);
      const list = x === null ? [] : x;
      if (!Array.isArray(list)) throw new Error(`cannot fetch ${show(index)} from ${typeName(x)}`);
      if (typeof index !== 'bigint' && !(typeof index === 'number' && Number.isInteger(index))) throw new Error(`non-integer index ${show(index)}`);
      const n = Number(index);
      const at = n < 0 ? list.length + n : n;
      if (at < 0 || at >= list.length) throw new Error(`index out of range: ${n} (array length is ${list.length})`);
      return list[at];
    }
    case 'bin': {
      const { op } = node;
      if (op === '||' || op === 'or') return toBool(ev(node.a, env), `operator ${op}`) || toBool(ev(node.b, env), `operator ${op}`);
      if (op === '&&' || op === 'and') return toBool(ev(node.a, env), `operator ${op}`) && toBool(ev(node.b, env), `operator ${op}`);
      if (op === '??') {
        const a = ev(node.a, env);
        return a === null ? ev(node.b, env) : a;
      }
      const a = ev(node.a, env);
      const b = ev(node.b, env);
      switch (op) {
        case '==':
          return equal(a, b);
        case '!=':
          return !equal(a, b, '!=');
        case '<':
        case '>':
        case '<=':
        case '>=':
          return compare(op, a, b);
        case 'in':
        case 'not in': {
          if (!Array.isArray(b) && b !== null) throw mismatched(op, a, b);
          const found = (b ?? []).some((x) => a !== null && x !== null && kind(a) === kind(x) && equal(a, x));
          return op === 'in' ? found : !found;
        }
        case 'contains':
        case 'startsWith':
        case 'endsWith':
          if (typeof a !== 'string' || typeof b !== 'string') throw mismatched(op, a, b);
          return op === 'contains' ? a.includes(b) : op === 'startsWith' ? a.startsWith(b) : a.endsWith(b);
        default:
          return arith(op, a, b);
      }
    }
    case 'closure':
      return ev(node.body, env);
  }
}

function failer(where: ConditionWhere, text: string) {
  return (message: string): never => {
    throw new UserError(`condition ${JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text)} does not compile: ${message}`, where);
  };
}

/**
 * Compiles a `successCondition` / `failureCondition`; a condition that does not compile is a
 * UserError at `where` (the condition's own message: unknown name, unexpected token, …).
 */
export function compileCondition(text: string, where: ConditionWhere): Condition {
  const functions = new Set(Object.keys(FUNCTIONS));
  const tree = parse(text, new Set(['result']), functions, failer(where, text));
  return {
    text,
    evaluate(result) {
      const value = ev(tree, { result: result === null ? null : Array.isArray(result) ? [...result] : result, now: () => new Date(), ptr: [], steps: 0 });
      // evaluate.go: a condition must be a bool ("expected bool, but got float64").
      if (typeof value !== 'boolean') throw new Error(`expected bool, but got ${typeName(value)}`);
      return value;
    }
  };
}

/**
 * Compiles a range query's `start` / `end` (Argo's `EvalTime`): `now() - duration("5m")`. The
 * value is a time; anything else errs when evaluated ("expected time.Time, but got …").
 */
export function compileTimeExpression(text: string, where: ConditionWhere): (now: Date) => Date {
  const functions = new Set(Object.keys(FUNCTIONS).filter((f) => !TIME_EXCLUDED.has(f)));
  const tree = parse(text, new Set(), functions, failer(where, text));
  return (now) => {
    const value = ev(tree, { result: null, now: () => now, ptr: [], steps: 0 });
    if (!(value instanceof Date)) throw new Error(`expected time.Time, but got ${typeName(value)}`);
    return value;
  };
}

/** A value as a measurement message shows it (`[0.081]`, `NaN`, `<nil>`). */
export function showResult(result: number | number[] | null): string {
  return show(result as Value);
}
