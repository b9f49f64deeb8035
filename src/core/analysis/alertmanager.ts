/**
 * Alertmanager during an analysis: label matchers as Alertmanager writes them, and the alerts that
 * fire (active, neither silenced nor inhibited) matching them, through Alertmanager's API v2.
 *
 * The matcher syntax is what Alertmanager reads by default (matcher/compat/parse.go,
 * FallbackMatchersParser, since 0.27): its UTF-8 parser (matcher/parse), falling back to the
 * classic one (pkg/labels/parse.go) — and wherever the classic parser succeeds, its result is the
 * one kept (on disagreement too). So: the classic parser first, ported rule for rule (all that
 * Alertmanager 0.25 reads, in amtool, `filter=` and the config's `*_matchers`); only what it
 * refuses goes to the UTF-8 grammar (quoted label names such as `{"service"="shop"}`, Go string
 * escapes such as `\t` or `\U0001f642` in quoted values); an input both refuse gets the classic
 * parser's message, as Alertmanager gives it. Regular expressions are checked as Alertmanager
 * compiles them: RE2, anchored (`^(?:…)$`), with re2js (a port of RE2, already this project's
 * engine for user patterns).
 */
import { RE2JS } from 're2js';
import { UserError } from '../errors.js';
import { apiGet, parseJson } from './api-get.js';
import type { FiringAlert } from './types.js';

export type MatchType = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  type: MatchType;
  value: string;
}

/** Where matchers came from, for errors. */
export interface MatcherSource {
  input: string;
  file?: string;
  line?: number;
}

// As pkg/labels/parse.go: '=~' before '=', lazy value, surrounding white space (Go's ASCII \s) dropped.
const MATCHER = /^[\t\n\f\r ]*([a-zA-Z_:][a-zA-Z0-9_:]*)[\t\n\f\r ]*(=~|=|!=|!~)[\t\n\f\r ]*([\s\S]*?)[\t\n\f\r ]*$/;
const HINT = 'matchers as Alertmanager writes them: service=shop, env!=dev, severity=~"page|critical"';

/** Splits a list at commas outside double quotes, as ParseMatchers does (a `\"` does not open or close a quote). */
function splitMatchers(s: string): string[] {
  s = s.startsWith('{') ? s.slice(1) : s;
  s = s.endsWith('}') ? s.slice(0, -1) : s;
  const tokens: string[] = [];
  let insideQuotes = false;
  let escaped = false;
  let token = '';
  for (const r of s) {
    if (r === ',') {
      if (!insideQuotes) {
        tokens.push(token);
        token = '';
        continue;
      }
    } else if (r === '"') {
      if (!escaped) insideQuotes = !insideQuotes;
      else escaped = false;
    } else if (r === '\\') {
      escaped = !escaped;
    } else {
      escaped = false;
    }
    token += r;
  }
  if (token.trim() !== '') tokens.push(token.trim());
  return tokens;
}

/** One matcher, as ParseMatcher; throws Alertmanager's own message. */
function parseOne(s: string): Matcher {
  const ms = MATCHER.exec(s);
  if (!ms) throw new Error(`bad matcher format: ${s}`);
  const [, name, type, raw] = ms;
  let rawValue = raw;
  let expectTrailingQuote = false;
  if (rawValue.startsWith('"')) {
    rawValue = rawValue.slice(1);
    expectTrailingQuote = true;
  }
  let value = '';
  let escaped = false;
  const chars = Array.from(rawValue);
  for (let i = 0; i < chars.length; i++) {
    const r = chars[i];
    if (escaped) {
      escaped = false;
      if (r === 'n') value += '\n';
      else if (r === '"' || r === '\\') value += r;
      else value += '\\' + r; // a spurious escape: the backslash is literal
      continue;
    }
    if (r === '\\') {
      if (i < chars.length - 1) escaped = true;
      else value += '\\'; // a last backslash is literal
    } else if (r === '"') {
      if (!expectTrailingQuote || i < chars.length - 1) throw new Error(`matcher value contains unescaped double quote: ${raw}`);
      expectTrailingQuote = false;
    } else {
      value += r;
    }
  }
  if (expectTrailingQuote) throw new Error(`matcher value contains unescaped double quote: ${raw}`);
  if (type === '=~' || type === '!~') {
    try {
      RE2JS.compile(`^(?:${value})$`);
    } catch (err) {
      const m = (err as Error).message;
      throw new Error(m.charAt(0).toLowerCase() + m.slice(1));
    }
  }
  return { name, type: type as MatchType, value };
}

/** Go's unicode.IsSpace. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** The UTF-8 lexer's reserved runes (matcher/parse/lexer.go isReserved), besides white space. */
const RESERVED = '{}!=~,\\"\'`';

type Token = { kind: '{' | '}' | ',' | 'op' | 'quoted' | 'unquoted'; text: string };

/** Go's strconv.Unquote of a double-quoted literal, requiring valid UTF-8; undefined when Go refuses it. */
function goUnquote(lit: string): string | undefined {
  const body = lit.slice(1, -1);
  if (body.includes('\n')) return undefined;
  const bytes: number[] = [];
  const enc = new TextEncoder();
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (ch === '"') return undefined;
      bytes.push(...enc.encode(ch));
      i += ch.length;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return undefined;
    if (e in simple) {
      bytes.push(simple[e]);
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined;
      const v = parseInt(hex, 16);
      if (e === 'x') bytes.push(v);
      else if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
      else bytes.push(...enc.encode(String.fromCodePoint(v)));
      i += 2 + n;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return undefined;
      bytes.push(parseInt(oct, 8));
      i += 4;
    } else {
      return undefined;
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** The tokens of the UTF-8 lexer (matcher/parse/lexer.go), or undefined where it errs. */
function lexUtf8(input: string): Token[] | undefined {
  const chars = Array.from(input);
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; ) {
    const r = chars[i];
    if (r === '{' || r === '}' || r === ',') {
      tokens.push({ kind: r, text: r });
      i++;
    } else if (r === '=' || r === '!') {
      const two = r + (chars[i + 1] ?? '');
      if (two === '=~' || two === '!=' || two === '!~') {
        tokens.push({ kind: 'op', text: two });
        i += 2;
      } else if (r === '=') {
        tokens.push({ kind: 'op', text: '=' });
        i++;
      } else return undefined;
    } else if (r === '"') {
      let j = i + 1;
      for (let escaped = false; j < chars.length; j++) {
        if (escaped) escaped = false;
        else if (chars[j] === '\\') escaped = true;
        else if (chars[j] === '"') break;
      }
      if (j >= chars.length) return undefined; // missing end "
      tokens.push({ kind: 'quoted', text: chars.slice(i, j + 1).join('') });
      i = j + 1;
    } else if (GO_SPACE.test(r)) {
      i++;
    } else if (RESERVED.includes(r)) {
      return undefined; // invalid input
    } else {
      let j = i;
      while (j < chars.length && !GO_SPACE.test(chars[j]) && !RESERVED.includes(chars[j])) j++;
      tokens.push({ kind: 'unquoted', text: chars.slice(i, j).join('') });
      i = j;
    }
  }
  return tokens;
}

/**
 * The UTF-8 parser's grammar (matcher/parse/parse.go): `{`? (matcher (`,` matcher)* `,`?)? `}`?,
 * braces paired, a matcher being name operator value with name and value quoted or not. Its
 * matchers, or undefined where it refuses the input (its messages are never shown: the classic
 * parser's are, as in Alertmanager's fallback).
 */
function parseUtf8(input: string): Matcher[] | undefined {
  const tokens = lexUtf8(input);
  if (!tokens) return undefined;
  let i = 0;
  const open = tokens[0]?.kind === '{';
  if (open) i++;
  const out: Matcher[] = [];
  const text = (t: Token | undefined) => (t?.kind === 'quoted' ? goUnquote(t.text) : t?.kind === 'unquoted' ? t.text : undefined);
  while (i < tokens.length && tokens[i].kind !== '}') {
    const name = text(tokens[i]);
    const op = tokens[i + 1];
    const value = text(tokens[i + 2]);
    if (name === undefined || op?.kind !== 'op' || value === undefined) return undefined;
    if (op.text === '=~' || op.text === '!~') {
      try {
        RE2JS.compile(`^(?:${value})$`);
      } catch {
        return undefined;
      }
    }
    out.push({ name, type: op.text as MatchType, value });
    i += 3;
    if (tokens[i]?.kind === ',') i++;
    else if (i < tokens.length && tokens[i].kind !== '}') return undefined;
  }
  if (open !== (tokens[i]?.kind === '}')) return undefined;
  if (open) i++;
  return i === tokens.length ? out : undefined;
}

/** One list of matchers as Alertmanager's default (fallback) parser reads it; throws the classic parser's message. */
function parseList(input: string): Matcher[] {
  try {
    return splitMatchers(input).map(parseOne);
  } catch (err) {
    const utf8 = parseUtf8(input);
    if (utf8) return utf8;
    throw err;
  }
}

/** The classic parser alone (Alertmanager 0.25, and `--enable-feature=classic-mode`); throws its message. */
export function parseClassicMatchers(input: string): Matcher[] {
  return splitMatchers(input).map(parseOne);
}

/**
 * Matchers from an input: one string (`{service="shop", env="production"}`, braces optional,
 * comma separated) or several, each a list. Bad input → UserError naming the input (and file, line).
 */
export function parseMatchers(value: string | string[], where: MatcherSource): Matcher[] {
  const out: Matcher[] = [];
  for (const item of typeof value === 'string' ? [value] : value) {
    try {
      out.push(...parseList(item));
    } catch (err) {
      throw new UserError((err as Error).message.replace(/[\r\n]+/g, ' '), { input: where.input, file: where.file, line: where.line, hint: HINT });
    }
  }
  return out;
}

/**
 * A matcher as Alertmanager prints it: `name="value"` with the escapes both parsers read (`\\`,
 * `\"`, `\n`); a name the classic parser cannot read is quoted too (only Alertmanager 0.27 and
 * later read that, and only they can hold such a label).
 */
export function formatMatcher(m: Matcher): string {
  const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  return `${/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(m.name) ? m.name : quote(m.name)}${m.type}${quote(m.value)}`;
}

export interface FetchAlertsOptions {
  timeoutMs: number;
  headers?: Record<string, string>;
  signal: AbortSignal;
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read. */
  env?: Readonly<Record<string, string | undefined>>;
}

interface GettableAlert {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: string;
  fingerprint?: string;
  status?: { state?: string };
}

/**
 * The alerts firing now that match every matcher: `GET /api/v2/alerts` with `active`, not
 * `silenced`, `inhibited` nor `unprocessed`, and one `filter` per matcher (Alertmanager matches);
 * `status.state` is checked to be `active` here too. Errors are one line naming the server.
 */
export async function fetchFiringAlerts(address: string, matchers: Matcher[], opts: FetchAlertsOptions): Promise<FiringAlert[]> {
  let base: URL;
  try {
    base = new URL(address);
  } catch {
    throw new UserError(`the Alertmanager address ${JSON.stringify(address)} is not a URL`, { hint: 'e.g. http://alertmanager.monitoring:9093' });
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new UserError(`the Alertmanager address ${address} is not http(s)`);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL('api/v2/alerts', base);
  url.search = '';
  for (const [k, v] of [['active', 'true'], ['silenced', 'false'], ['inhibited', 'false'], ['unprocessed', 'false']]) url.searchParams.set(k, v);
  for (const m of matchers) url.searchParams.append('filter', formatMatcher(m));
  const where = `Alertmanager at ${base.origin}`;
  const answer = await apiGet(url, { what: 'Alertmanager', headers: opts.headers, timeoutMs: opts.timeoutMs, signal: opts.signal, env: opts.env });
  if (answer.status < 200 || answer.status >= 300) {
    // API v2 errors are a JSON string or plain text (`"bad matcher format: …"`).
    let why = answer.body.trim();
    try {
      const parsed = JSON.parse(why) as unknown;
      why = typeof parsed === 'string' ? parsed : ((parsed as { message?: string }).message ?? why);
    } catch {
      // plain text
    }
    throw new UserError(`${where} answered ${answer.status}: ${why.slice(0, 300)}`.replace(/[\r\n]+/g, ' '));
  }
  const body = parseJson(answer, where);
  if (!Array.isArray(body)) throw new UserError(`${where} answered something other than a list of alerts`);
  const firing: FiringAlert[] = [];
  for (const a of body as GettableAlert[]) {
    if (!a || a.status?.state !== 'active') continue;
    const labels = a.labels ?? {};
    const summary = a.annotations?.summary ?? a.annotations?.description;
    firing.push({
      name: labels.alertname ?? '',
      labels,
      startsAt: a.startsAt ?? '',
      ...(summary !== undefined ? { summary } : {}),
      fingerprint: a.fingerprint ?? ''
    });
  }
  return firing;
}
