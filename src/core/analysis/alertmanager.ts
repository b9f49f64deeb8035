/**
 * Alertmanager during an analysis: label matchers as Alertmanager writes them, and the alerts that
 * fire (active, neither silenced nor inhibited) matching them, through Alertmanager's API v2.
 *
 * The matcher syntax is Alertmanager's classic one (pkg/labels/parse.go: ParseMatchers and
 * ParseMatcher), ported rule for rule: what amtool, `filter=` of the API and the config's
 * `*_matchers` of Alertmanager 0.25 read, and what later versions still accept in their default
 * fallback mode. Regular expressions are checked as Alertmanager compiles them: RE2, anchored
 * (`^(?:…)$`), with re2js (a port of RE2, already this project's engine for user patterns).
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

/**
 * Matchers from an input: one string (`{service="shop", env="production"}`, braces optional,
 * comma separated) or several, each a list. Bad input → UserError naming the input (and file, line).
 */
export function parseMatchers(value: string | string[], where: MatcherSource): Matcher[] {
  const out: Matcher[] = [];
  for (const item of typeof value === 'string' ? [value] : value) {
    try {
      for (const token of splitMatchers(item)) out.push(parseOne(token));
    } catch (err) {
      throw new UserError((err as Error).message.replace(/[\r\n]+/g, ' '), { input: where.input, file: where.file, line: where.line, hint: HINT });
    }
  }
  return out;
}

/** A matcher as Alertmanager prints it (`name="value"`, OpenMetrics escapes), which its parser reads back. */
export function formatMatcher(m: Matcher): string {
  const escaped = m.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  return `${m.name}${m.type}"${escaped}"`;
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
