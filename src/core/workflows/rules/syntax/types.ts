/**
 * The types of expressions, ported from actionlint's expr_type.go and expr_sema.go: `any`, `null`,
 * `number`, `bool`, `string`, objects (strict with known properties, a map `{string => T}`, or
 * loose when unknown) and arrays. {@link checkExpression} types one `${{ }}` in a {@link Scope}
 * (the type of each context there) and lists what is wrong with it: unknown properties, comparisons
 * that are always false, arguments of the wrong type, dereferences of non-objects. What cannot be
 * known is `any`, which is never wrong.
 */
import { Lexer, Parser } from '@actions/expressions';
import { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Unary, type Expr } from '@actions/expressions/ast';
import { Kind } from '@actions/expressions/data/expressiondata';
import { TokenType, type Token } from '@actions/expressions/lexer';
import { ErrorType, ExpressionError } from '@actions/expressions/errors';
import type { ExpressionSite } from '../../expressions.js';
import type { Pos } from '../../model.js';
import { didYouMean } from '../../../suggest.js';

export type Type =
  | { kind: 'any' }
  | { kind: 'null' }
  | { kind: 'number' }
  | { kind: 'bool' }
  | { kind: 'string' }
  /**
   * `mapped` undefined: strict (only `props`); `any`: loose; another type: a map of it. Props in lower case.
   * `nullable`: the value may be null instead (a webhook payload's `milestone`), so comparing it with a string is not always false.
   */
  | { kind: 'object'; props: Map<string, Type>; mapped?: Type; nullable?: boolean }
  /** `deref`: the result of a `.*` filter, whose properties are taken element-wise. */
  | { kind: 'array'; elem: Type; deref?: boolean };
export type ObjectType = Extract<Type, { kind: 'object' }>;

export const ANY: Type = { kind: 'any' };
export const NULL: Type = { kind: 'null' };
export const NUMBER: Type = { kind: 'number' };
export const BOOL: Type = { kind: 'bool' };
export const STRING: Type = { kind: 'string' };

/** A strict object: exactly these properties. */
export function strictObject(props: Record<string, Type> | Map<string, Type> = {}): ObjectType {
  return { kind: 'object', props: props instanceof Map ? props : new Map(Object.entries(props)) };
}
/** An object with these properties and any others (of any type). */
export function looseObject(props: Record<string, Type> = {}): ObjectType {
  return { kind: 'object', props: new Map(Object.entries(props)), mapped: ANY };
}
/** `{string => T}`: any property, each of type T. */
export function mapOf(t: Type): ObjectType {
  return { kind: 'object', props: new Map(), mapped: t };
}
export function arrayOf(elem: Type, deref = false): Type {
  return { kind: 'array', elem, deref };
}

/** The type as actionlint writes it: `{a: string; b: number}`, `{string => string}`, `object`, `array<T>`. */
export function typeName(t: Type, depth = 0, mostProps = Infinity): string {
  if (depth > 8) return '…';
  switch (t.kind) {
    case 'object': {
      if (t.mapped) return t.mapped.kind === 'any' ? 'object' : `{string => ${typeName(t.mapped, depth + 1, mostProps)}}`;
      const names = [...t.props.keys()].sort();
      const shown = names.slice(0, mostProps).map((n) => `${n}: ${typeName(t.props.get(n)!, depth + 1, mostProps)}`);
      if (names.length > shown.length) shown.push(`… ${names.length - shown.length} more`);
      return `{${shown.join('; ')}}`;
    }
    case 'array':
      return `array<${typeName(t.elem, depth + 1, mostProps)}>`;
    default:
      return t.kind;
  }
}

/** Most characters of a type a message spells out (`github.event` is a tree of hundreds of properties). */
const MESSAGE_TYPE_CHARS = 160;

/** The type for a message: whole when short, else its kind (`object`, `array`). */
export function briefTypeName(t: Type): string {
  const s = typeName(t);
  return s.length <= MESSAGE_TYPE_CHARS ? s : t.kind;
}

/** Whether a value of type `other` may be given where `to` is expected (actionlint's Assignable). */
export function assignable(to: Type, other: Type): boolean {
  if (other.kind === 'any') return true;
  switch (to.kind) {
    case 'any':
    case 'bool':
      return true;
    case 'null':
      return other.kind === 'null';
    case 'number':
      return other.kind === 'number';
    case 'string':
      return other.kind === 'string' || other.kind === 'number';
    case 'array':
      return other.kind === 'array' && assignable(to.elem, other.elem);
    case 'object': {
      if (other.kind !== 'object') return false;
      if (to.mapped) {
        if (other.mapped) return assignable(to.mapped, other.mapped);
        return [...other.props.values()].every((t) => assignable(to.mapped!, t));
      }
      if (other.mapped) return [...to.props.values()].every((t) => assignable(t, other.mapped!));
      return [...other.props].every(([n, r]) => to.props.has(n) && assignable(to.props.get(n)!, r));
    }
  }
}

/** The type of a value that is one of `a` or `b` (actionlint's Merge). */
export function merge(a: Type, b: Type): Type {
  switch (a.kind) {
    case 'any':
      return a;
    case 'null':
      return b.kind === 'null' ? a : ANY;
    case 'number':
    case 'bool':
      return b.kind === a.kind ? a : b.kind === 'string' ? b : ANY;
    case 'string':
      return b.kind === 'string' || b.kind === 'number' || b.kind === 'bool' ? a : ANY;
    case 'array':
      if (b.kind !== 'array') return ANY;
      if (a.elem.kind === 'any') return a;
      if (b.elem.kind === 'any') return b;
      return arrayOf(merge(a.elem, b.elem));
    case 'object': {
      if (b.kind !== 'object') return ANY;
      if (a.props.size === 0 && b.mapped?.kind === 'any') return b;
      if (b.props.size === 0 && a.mapped?.kind === 'any') return a;
      let mapped = a.mapped === undefined ? b.mapped : b.mapped !== undefined ? merge(a.mapped, b.mapped) : a.mapped;
      const props = new Map(a.props);
      for (const [n, r] of b.props) {
        const l = props.get(n);
        if (l) props.set(n, merge(l, r));
        else {
          props.set(n, r);
          if (mapped) mapped = merge(mapped, r);
        }
      }
      return a.nullable || b.nullable ? { kind: 'object', props, mapped, nullable: true } : { kind: 'object', props, mapped };
    }
  }
}

/** The type of a JSON value (for `fromJSON('…')` of a literal). */
export function typeOfJSON(v: unknown, depth = 0): Type {
  if (depth > 32) return ANY;
  if (v === null) return NULL;
  if (typeof v === 'boolean') return BOOL;
  if (typeof v === 'number') return NUMBER;
  if (typeof v === 'string') return STRING;
  if (Array.isArray(v)) {
    let elem: Type | undefined;
    for (const e of v) elem = elem ? merge(elem, typeOfJSON(e, depth + 1)) : typeOfJSON(e, depth + 1);
    return arrayOf(elem ?? ANY);
  }
  const props = new Map<string, Type>();
  for (const [k, e] of Object.entries(v as object)) props.set(k.toLowerCase(), typeOfJSON(e, depth + 1));
  return strictObject(props);
}

// --- functions --------------------------------------------------------------------------------

export interface Signature {
  name: string;
  ret: Type;
  params: Type[];
  /** The last parameter repeats. */
  variadic?: boolean;
}

const sig = (name: string, ret: Type, params: Type[], variadic = false): Signature => ({ name, ret, params, variadic });

/** Every function of GitHub's expressions by lower-case name, with its overloads. */
export const FUNCTIONS: ReadonlyMap<string, readonly Signature[]> = new Map([
  ['contains', [sig('contains', BOOL, [STRING, STRING]), sig('contains', BOOL, [arrayOf(ANY), ANY])]],
  ['startswith', [sig('startsWith', BOOL, [STRING, STRING])]],
  ['endswith', [sig('endsWith', BOOL, [STRING, STRING])]],
  ['format', [sig('format', STRING, [STRING, ANY], true)]],
  ['join', [sig('join', STRING, [arrayOf(STRING), STRING]), sig('join', STRING, [arrayOf(STRING)])]],
  ['tojson', [sig('toJSON', STRING, [ANY])]],
  ['fromjson', [sig('fromJSON', ANY, [STRING])]],
  ['hashfiles', [sig('hashFiles', STRING, [STRING], true)]],
  ['success', [sig('success', BOOL, [])]],
  ['always', [sig('always', BOOL, [])]],
  ['cancelled', [sig('cancelled', BOOL, [])]],
  ['failure', [sig('failure', BOOL, [])]],
  ['case', [sig('case', ANY, [BOOL, ANY, ANY], true)]]
]);

export function signatureText(s: Signature): string {
  return `${s.name}(${s.params.map((p) => typeName(p)).join(', ')}${s.variadic ? '...' : ''}) -> ${typeName(s.ret)}`;
}

// --- checking ---------------------------------------------------------------------------------

/** The type of each context (lower-case name) where an expression is evaluated. */
export type Scope = ReadonlyMap<string, Type>;

/**
 * What is wrong in an expression. `property`: a property the object type does not have; `type`:
 * a value of the wrong type; `call`: a function call whose arguments do not fit it (format
 * placeholders, broken JSON).
 */
export interface TypeProblem {
  kind: 'property' | 'type' | 'call';
  message: string;
  at: Pos;
  /** For `property`: the context the chain starts at and the properties before the unknown one. */
  path?: string[];
  /** For `property`: the unknown property (lower case). */
  name?: string;
}

export interface Typed {
  type: Type;
  problems: TypeProblem[];
}

/** Most retries of a parse with a name the parser did not know (reported by the parser rules). */
const MAX_UNKNOWN_NAMES = 16;
const BUILTIN_CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
const EXTRA_FUNCTIONS = ['hashFiles', 'success', 'always', 'cancelled', 'failure'];

/**
 * The tree of an expression, whatever names it uses: unknown contexts and functions are the
 * parser rules' business (PG103, PG104), and must not hide the types of the rest.
 */
export function parseLenient(text: string): Expr | undefined {
  const contexts = [...BUILTIN_CONTEXTS];
  const functions = EXTRA_FUNCTIONS.map((name) => ({ name, description: '', minArgs: 0, maxArgs: 255 }));
  for (let i = 0; i <= MAX_UNKNOWN_NAMES; i++) {
    try {
      return new Parser(new Lexer(text).lex().tokens, contexts, functions).parse();
    } catch (err) {
      if (!(err instanceof ExpressionError)) return undefined;
      const { typ, tok } = err as unknown as { typ: ErrorType; tok: Token };
      const name = tok.lexeme;
      if (typ === ErrorType.ErrorUnrecognizedContext || typ === ErrorType.ErrorUnrecognizedNamedValue) contexts.push(name);
      else if (typ === ErrorType.ErrorUnrecognizedFunction) functions.push({ name, description: '', minArgs: 0, maxArgs: 255 });
      else return undefined;
    }
  }
  return undefined;
}

/** Most properties of an object type a message spells out (`github` has 44). */
const MESSAGE_PROPS = 12;

function ordinal(i: number): string {
  const s = i % 10 === 1 && i % 100 !== 11 ? 'st' : i % 10 === 2 && i % 100 !== 12 ? 'nd' : i % 10 === 3 && i % 100 !== 13 ? 'rd' : 'th';
  return `${i}${s}`;
}

/** The placeholders `{n}` of a format string (`{{` escapes a brace), as actionlint reads them. */
export function formatPlaceholders(f: string): Set<number> {
  const out = new Set<number>();
  for (const m of f.replace(/\{\{|\}\}/g, '  ').matchAll(/\{(\d+)\}/g)) out.add(Number(m[1]));
  return out;
}

const COMPARISONS = new Map([
  [TokenType.EQUAL_EQUAL, '=='],
  [TokenType.BANG_EQUAL, '!='],
  [TokenType.LESS, '<'],
  [TokenType.LESS_EQUAL, '<='],
  [TokenType.GREATER, '>'],
  [TokenType.GREATER_EQUAL, '>=']
]);

/** Whether `l op r` can ever be true (actionlint's validateCompareOpOperands). */
function comparable(op: TokenType, l: Type, r: Type): boolean {
  // An object that may be null compares with a scalar as null does (`null == ''` is true).
  const composite = (t: Type) => (t.kind === 'object' && !t.nullable) || t.kind === 'array';
  if (op === TokenType.EQUAL_EQUAL || op === TokenType.BANG_EQUAL) {
    switch (l.kind) {
      case 'any':
      case 'null':
        return true;
      case 'number':
      case 'bool':
      case 'string':
        return !composite(r);
      case 'object':
        return r.kind === 'object' || r.kind === 'null' || r.kind === 'any' || (l.nullable === true && !composite(r));
      case 'array':
        return r.kind === 'array' ? comparable(op, l.elem, r.elem) : r.kind === 'null' || r.kind === 'any';
    }
  }
  if (l.kind === 'any' || l.kind === 'number' || l.kind === 'string') return !(r.kind === 'null' || r.kind === 'bool' || composite(r));
  return false;
}

/** Types `site` in `scope`. An expression that does not parse has type `any` and no problems (PG102 says why). */
export function checkExpression(site: ExpressionSite, scope: Scope): Typed {
  const tree = parseLenient(site.text);
  if (!tree) return { type: ANY, problems: [] };
  return new Checker(site, scope).run(tree);
}

/** The type of an expression in a scope, for rules that need to know it. */
export function typeOf(site: ExpressionSite, scope: Scope): Type {
  return checkExpression(site, scope).type;
}

class Checker {
  readonly problems: TypeProblem[] = [];

  constructor(
    private readonly site: ExpressionSite,
    private readonly scope: Scope
  ) {}

  run(tree: Expr): Typed {
    const type = this.check(tree, 0);
    return { type, problems: this.problems };
  }

  private pos(p: { line: number; column: number }): Pos {
    const at = this.site.at;
    return p.line === 0 ? { line: at.line, column: at.column + p.column } : { line: at.line + p.line, column: p.column + 1 };
  }

  /** The first token of a node, where actionlint reports it. */
  private start(e: Expr): Pos {
    const token = (t: Token) => this.pos(t.range.start);
    if (e instanceof Literal) return token(e.token);
    if (e instanceof ContextAccess) return token(e.name);
    if (e instanceof FunctionCall) return token(e.functionName);
    if (e instanceof Unary) return token(e.operator);
    if (e instanceof Binary) return this.start(e.left);
    if (e instanceof Logical) return this.start(e.args[0]);
    if (e instanceof Grouping) return this.start(e.group);
    if (e instanceof IndexAccess) return this.start(e.expr);
    return this.site.at;
  }

  private report(kind: TypeProblem['kind'], e: Expr | Pos, message: string, path?: string[], name?: string): void {
    this.problems.push({ kind, message, at: 'line' in e ? e : this.start(e), path, name });
  }

  private check(e: Expr, depth: number): Type {
    if (depth > 100) return ANY;
    if (e instanceof Literal) {
      switch (e.literal.kind) {
        case Kind.Null:
          return NULL;
        case Kind.Boolean:
          return BOOL;
        case Kind.Number:
          return NUMBER;
        default:
          return STRING;
      }
    }
    if (e instanceof ContextAccess) return this.scope.get(e.name.lexeme.toLowerCase()) ?? ANY;
    if (e instanceof Grouping) return this.check(e.group, depth + 1);
    if (e instanceof Unary) {
      this.check(e.expr, depth + 1);
      return BOOL;
    }
    if (e instanceof Logical) return e.args.map((a) => this.check(a, depth + 1)).reduce((a, b) => merge(a, b));
    if (e instanceof Binary) {
      const l = this.check(e.left, depth + 1);
      const r = this.check(e.right, depth + 1);
      const op = COMPARISONS.get(e.operator.type);
      if (op && !comparable(e.operator.type, l, r)) {
        const outcome = op === '==' ? 'it is always false' : op === '!=' ? 'it is always true' : 'only numbers and strings have an order';
        this.report('type', e, `"${briefTypeName(l)}" value cannot be compared to "${briefTypeName(r)}" value with "${op}" operator: ${outcome}`);
      }
      return BOOL;
    }
    if (e instanceof IndexAccess) return this.index(e, depth);
    if (e instanceof FunctionCall) return this.call(e, depth);
    return ANY;
  }

  /** `a.b`, `a['b']`, `a[0]` and `a.*`. */
  private index(e: IndexAccess, depth: number): Type {
    const receiver = this.check(e.expr, depth + 1);
    const index = e.index;
    if (index.constructor.name === 'Star') return this.filter(e, receiver);
    if (index instanceof Literal && index.token.type === TokenType.IDENTIFIER) return this.property(e, receiver, index.token.lexeme.toLowerCase());
    const idx = this.check(index, depth + 1);
    switch (receiver.kind) {
      case 'any':
        return ANY;
      case 'array':
        if (idx.kind === 'any' || idx.kind === 'number') return receiver.elem;
        this.report('type', index, `index access of array must be type of number but got "${briefTypeName(idx)}"`);
        return ANY;
      case 'object':
        if (idx.kind === 'any') return ANY;
        if (idx.kind === 'string') {
          if (index instanceof Literal) {
            const name = index.literal.coerceString().toLowerCase();
            const prop = receiver.props.get(name);
            if (prop) return prop;
            if (!receiver.mapped) this.unknownProperty(e, receiver, name);
          }
          return receiver.mapped ?? ANY;
        }
        this.report('type', index, `property access of object must be type of string but got "${briefTypeName(idx)}"`);
        return ANY;
      default:
        this.report('type', e, `index access operand must be type of object or array but got "${briefTypeName(receiver)}"`);
        return ANY;
    }
  }

  private property(e: IndexAccess, receiver: Type, name: string): Type {
    switch (receiver.kind) {
      case 'any':
        return ANY;
      case 'object': {
        const t = receiver.props.get(name);
        if (t) return t;
        if (receiver.mapped) {
          if (e.expr instanceof ContextAccess && e.expr.name.lexeme.toLowerCase() === 'vars') this.variableName(e, name);
          return receiver.mapped;
        }
        this.unknownProperty(e, receiver, name);
        return ANY;
      }
      case 'array': {
        if (!receiver.deref) {
          this.report('type', e, `receiver of object dereference "${name}" must be type of object but got "${briefTypeName(receiver)}"`);
          return ANY;
        }
        const et = receiver.elem;
        if (et.kind === 'any') return receiver;
        if (et.kind === 'object') {
          const t = et.props.get(name) ?? et.mapped;
          if (!t) this.unknownProperty(e, et, name, ' as element of filtered array');
          return arrayOf(t ?? ANY, true);
        }
        this.report('type', e, `property filtered by "${name}" at object filtering must be type of object but got "${briefTypeName(et)}"`);
        return ANY;
      }
      default:
        this.report('type', e, `receiver of object dereference "${name}" must be type of object but got "${briefTypeName(receiver)}"`);
        return ANY;
    }
  }

  private unknownProperty(e: IndexAccess, receiver: ObjectType, name: string, where = ''): void {
    const path = chainPath(e.expr);
    const hint = didYouMean(name, receiver.props.keys());
    // A deep object (a webhook payload) is named by its own properties only.
    let shown = typeName(receiver, 0, MESSAGE_PROPS);
    if (shown.length > MESSAGE_TYPE_CHARS * 2) shown = typeName({ ...receiver, props: new Map([...receiver.props].map(([k, t]) => [k, shallow(t)])) }, 0, MESSAGE_PROPS);
    this.report('property', e, `property "${name}" is not defined in object type ${shown}${where}${hint}`, path, name);
  }

  /** `vars.<name>`: a configuration variable can have no other name (actionlint's checkConfigVariables). */
  private variableName(e: IndexAccess, name: string): void {
    const see = 'see https://docs.github.com/en/actions/learn-github-actions/variables#naming-conventions-for-configuration-variables';
    if (name.startsWith('github_')) this.report('property', e, `configuration variable name "${name}" must not start with the GITHUB_ prefix (case insensitive); ${see}`, ['vars'], name);
    else if (/[^0-9a-z_]/.test(name)) this.report('property', e, `configuration variable name "${name}" can only contain letters, digits and '_'; ${see}`, ['vars'], name);
  }

  /** `.*` */
  private filter(e: IndexAccess, receiver: Type): Type {
    switch (receiver.kind) {
      case 'any':
        return arrayOf(ANY, true);
      case 'array':
        return { ...receiver, deref: true };
      case 'object':
        if (receiver.mapped) {
          if (receiver.mapped.kind === 'any') return arrayOf(ANY, true);
          if (receiver.mapped.kind === 'object') return arrayOf(receiver.mapped, true);
          this.report('type', e, `elements of object at receiver of object filtering \`.*\` must be type of object but got "${briefTypeName(receiver.mapped)}"`);
          return ANY;
        }
        if (![...receiver.props.values()].some((t) => t.kind === 'object')) {
          this.report('type', e, `object type "${briefTypeName(receiver)}" cannot be filtered by object filtering \`.*\` since it has no object element`);
          return ANY;
        }
        return arrayOf(ANY, true);
      default:
        this.report('type', e, `receiver of object filtering \`.*\` must be type of array or object but got "${briefTypeName(receiver)}"`);
        return ANY;
    }
  }

  private call(e: FunctionCall, depth: number): Type {
    const name = e.functionName.lexeme.toLowerCase();
    const args = e.args.map((a) => this.check(a, depth + 1));
    const sigs = FUNCTIONS.get(name);
    // An unknown function, or a wrong number of arguments: the parser says so (PG104, PG102).
    if (!sigs) return ANY;
    let mismatch: TypeProblem | undefined;
    for (const s of sigs) {
      const n = s.params.length;
      if (s.variadic ? args.length < n : args.length !== n) continue;
      const bad = args.findIndex((a, i) => !assignable(s.params[Math.min(i, n - 1)], a));
      if (bad < 0) return this.special(e, name, s);
      const p = s.params[Math.min(bad, n - 1)];
      mismatch ??= {
        kind: 'type',
        at: this.start(e.args[bad]),
        message: `${ordinal(bad + 1)} argument of function call is not assignable: "${briefTypeName(args[bad])}" cannot be assigned to "${briefTypeName(p)}"; called function type is "${signatureText(s)}"`
      };
    }
    if (mismatch) this.problems.push(mismatch);
    return ANY;
  }

  /** The checks of format(), fromJSON() and case() beyond their types. */
  private special(e: FunctionCall, name: string, s: Signature): Type {
    const first = e.args[0];
    const literal = first instanceof Literal && first.literal.kind === Kind.String ? String(first.literal.coerceString()) : undefined;
    if (name === 'format' && literal !== undefined) {
      const holders = formatPlaceholders(literal);
      const given = e.args.length - 1;
      for (let i = 0; i < given; i++) {
        if (!holders.delete(i)) this.report('call', e, `format string "${literal}" does not contain placeholder {${i}}; remove the argument, which is unused`);
      }
      for (const i of holders) this.report('call', e, `format string "${literal}" contains placeholder {${i}} but only ${given} arguments are given to format`);
    } else if (name === 'fromjson' && literal !== undefined) {
      try {
        return typeOfJSON(JSON.parse(literal));
      } catch (err) {
        this.report('call', first, `broken JSON string is passed to fromJSON(): ${(err as Error).message}`);
      }
    }
    return s.ret;
  }
}

/** A type with the properties of its objects left out: `object`, `array<object>`. */
function shallow(t: Type): Type {
  if (t.kind === 'object') return looseObject();
  if (t.kind === 'array') return arrayOf(shallow(t.elem));
  return t;
}

/** `matrix.os` → ["matrix", "os"]; undefined when the receiver is not a plain chain of names. */
function chainPath(e: Expr): string[] | undefined {
  const path: string[] = [];
  let cur: Expr = e;
  for (let i = 0; i < 64; i++) {
    if (cur instanceof ContextAccess) return [cur.name.lexeme.toLowerCase(), ...path];
    if (!(cur instanceof IndexAccess) || !(cur.index instanceof Literal)) return undefined;
    path.unshift(String(cur.index.token.type === TokenType.IDENTIFIER ? cur.index.token.lexeme : cur.index.literal.coerceString()).toLowerCase());
    cur = cur.expr;
  }
  return undefined;
}
