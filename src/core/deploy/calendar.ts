/**
 * Holiday calendars in freeze windows: iCalendar files (RFC 5545) as Google, Apple, Thunderbird or
 * a company's HR system export them, parsed with ical.js (loaded only when a calendar is given).
 * All-day events (`DTSTART;VALUE=DATE`) cover their dates on the deploy's wall clock (`timezone`);
 * timed events cover their instants (UTC, their VTIMEZONE, an IANA TZID, or floating in `timezone`).
 * Recurrences (RRULE, RDATE, EXDATE, moved instances) are expanded up to the moment of the deploy,
 * no further; cancelled events and instances are ignored. Internal to deploy.
 */
import { promises as fs } from 'node:fs';
import type ICALModule from 'ical.js';
import { UserError } from '../errors.js';
import { displayPath, resolveInWorkspace } from '../files.js';

type ICAL = typeof ICALModule;
type Component = InstanceType<ICAL['Component']>;
type Event = InstanceType<ICAL['Event']>;
type Time = InstanceType<ICAL['Time']>;
type Period = InstanceType<ICAL['Period']>;

/** Calendars larger than this are refused: a national holiday calendar over ten years is ~100 KB. */
export const MAX_CALENDAR_BYTES = 4 * 1024 * 1024;
/** Occurrences of one event expanded at most (a daily rule from 1970 to 2100 stays below). */
export const MAX_OCCURRENCES = 50_000;

const DAY_MS = 86_400_000;
const HINT = 'give the path of an iCalendar (.ics) file in the workspace, e.g. a holiday calendar exported from Google Calendar or Thunderbird';

/** The holiday (event occurrence) a deploy falls on, or the days before it. */
export interface HolidayHit {
  /** The event's SUMMARY. */
  summary: string;
  /** When it is: `2026-12-25`, `2026-12-24..2026-12-26`, or `2026-12-25 10:00-12:00 UTC`. */
  when: string;
  /** The day(s) before it, not the holiday itself. */
  before: boolean;
  /** The calendar, as shown to the user (a workspace path). */
  file: string;
}

/** One VEVENT series: the master and its moved or cancelled instances (same UID). */
interface Series {
  event: Event;
  summary: string;
  /** The TZID of DTSTART when ical.js found no VTIMEZONE for it (then read as an IANA name). */
  tzid?: string;
}

/** A loaded calendar. */
export class HolidayCalendar {
  constructor(
    private readonly ical: ICAL,
    /** The file as shown to the user. */
    readonly file: string,
    private readonly series: Series[],
    private readonly input: string
  ) {}

  /** How many event series it holds (moved instances belong to their series). */
  get size(): number {
    return this.series.length;
  }

  /**
   * The first occurrence that covers `instant` (its date on the wall clock of `zone` being `date`),
   * or that starts within the `daysBefore` days after that date.
   */
  find(instant: Date, date: string, zone: string, daysBefore = 0): HolidayHit | undefined {
    const today = dayNumber(date);
    const now = instant.getTime();
    for (const s of this.series) {
      const hit = this.findIn(s, now, today, zone, daysBefore);
      if (hit) return hit;
    }
    return undefined;
  }

  private findIn(s: Series, now: number, today: number, zone: string, daysBefore: number): HolidayHit | undefined {
    const { event } = s;
    let iterator;
    try {
      iterator = event.iterator();
    } catch (err) {
      throw this.eventError(s, err);
    }
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      let details;
      let periodEnd: Time | undefined;
      try {
        let next: Time | Period | null = iterator.next();
        if (!next) return undefined;
        // An RDATE;VALUE=PERIOD comes out of ical.js's expansion as a Period: its start is the
        // occurrence, its end (or duration) the end.
        if (next instanceof this.ical.Period) {
          periodEnd = next.getEnd();
          next = next.start;
        }
        details = event.getOccurrenceDetails(next);
      } catch (err) {
        throw this.eventError(s, err);
      }
      const { startDate, item } = details;
      const endDate = periodEnd ?? details.endDate;
      if (statusOf(item.component) === 'CANCELLED') {
        if (startDate.isDate ? dayOf(startDate) - daysBefore > today : this.instant(startDate, s, zone) > now + (daysBefore + 1) * DAY_MS) return undefined;
        continue;
      }
      if (startDate.isDate) {
        const first = dayOf(startDate);
        // DTEND is exclusive; a missing, equal or date-time end (real exports have them) is one day.
        const last = Math.max(first, dayOf(endDate) - (endDate.isDate ? 1 : 0));
        if (first - daysBefore > today) return undefined;
        if (today >= first && today <= last) return { summary: summaryOf(item.component, s.summary), when: dateRange(first, last), before: false, file: this.file };
        if (today >= first - daysBefore && today < first) return { summary: summaryOf(item.component, s.summary), when: dateRange(first, last), before: true, file: this.file };
        continue;
      }
      const start = this.instant(startDate, s, zone);
      const end = Math.max(start, this.instant(endDate, s, zone));
      if (start > now + (daysBefore + 1) * DAY_MS) return undefined;
      const when = `${isoMinute(start)}-${isoMinute(end).slice(11)} UTC`;
      if (now >= start && now < end) return { summary: summaryOf(item.component, s.summary), when, before: false, file: this.file };
      if (daysBefore > 0) {
        // The days before a timed holiday: whole days on the deploy's wall clock.
        const startDay = dayNumber(localDate(new Date(start), zone));
        if (today >= startDay - daysBefore && today < startDay) return { summary: summaryOf(item.component, s.summary), when, before: true, file: this.file };
      }
    }
    throw new UserError(`${this.file}: event "${s.summary}" recurs more than ${MAX_OCCURRENCES} times before the deploy; give a calendar of holidays, not of minutes`, { input: this.input, file: this.file });
  }

  /** The instant of a date-time: its UTC or VTIMEZONE offset, an IANA TZID through Intl, or floating on `zone`'s clock. */
  private instant(t: Time, s: Series, zone: string): number {
    const { Timezone } = this.ical;
    if (t.zone === Timezone.utcTimezone) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
    if (t.zone && t.zone !== Timezone.localTimezone) return t.toUnixTime() * 1000;
    return zonedToUtc(t, s.tzid && knownZone(s.tzid) ? s.tzid : zone);
  }

  private eventError(s: Series, err: unknown): UserError {
    return new UserError(`${this.file}: event "${s.summary}": ${(err as Error).message}`, { input: this.input, file: this.file, hint: 'check its RRULE, RDATE and EXDATE' });
  }
}

/**
 * Reads and parses a calendar given by `input` (a path in the workspace). Anything that is not a
 * readable iCalendar file with events — missing, a directory, binary, too large, not iCalendar, a
 * line ical.js cannot parse — is one UserError naming the input and the file (and the line when
 * one can be told).
 */
export async function loadCalendar(workspace: string, given: string, input: string): Promise<HolidayCalendar> {
  const file = resolveInWorkspace(workspace, given, input);
  const shown = displayPath(workspace, file);
  const fail = (message: string, line?: number) => new UserError(message, { input, file: shown, line, hint: HINT });
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw fail('not a regular file');
    if (stat.size > MAX_CALENDAR_BYTES) throw fail(`${stat.size} bytes, more than the ${MAX_CALENDAR_BYTES} a calendar may have`);
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`);
  }
  if (bytes.includes(0)) throw fail('a binary file, not iCalendar');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR\b/i.test(text)) {
    throw fail('not an iCalendar file: it does not begin with BEGIN:VCALENDAR', 1);
  }
  const ical = (await import('ical.js')).default;
  let root: Component;
  try {
    const parsed = ical.parse(text);
    // Several calendars in one file: ical.js returns them all; the first is read.
    const jcal = (Array.isArray(parsed[0]) ? parsed[0] : parsed) as unknown[];
    root = new ical.Component(jcal as ConstructorParameters<typeof ical.Component>[0]);
  } catch (err) {
    const message = (err as Error).message.replace(/\s+/g, ' ').trim();
    throw fail(`not iCalendar: ${message}`, lineOf(text, message));
  }
  if (root.name !== 'vcalendar') throw fail(`not iCalendar: the file holds a ${root.name.toUpperCase()}, not a VCALENDAR`, 1);
  const vevents = root.getAllSubcomponents('vevent');
  if (!vevents.length) throw fail('holds no event (VEVENT): it would freeze nothing');

  // Masters first, then their moved or cancelled instances (RECURRENCE-ID), related by UID.
  const series: Series[] = [];
  const byUid = new Map<string, Series>();
  const exceptions: Component[] = [];
  for (const v of vevents) {
    if (v.hasProperty('recurrence-id')) {
      exceptions.push(v);
      continue;
    }
    let event: Event;
    try {
      event = new ical.Event(v);
      event.startDate; // Decodes DTSTART now: a bad one is an error of the file, found before the deploy.
    } catch (err) {
      throw fail(`an event that cannot be read: ${(err as Error).message}`);
    }
    const summary = summaryOf(v, '(no SUMMARY)');
    if (!event.startDate) throw fail(`event "${summary}" has no DTSTART`);
    if (statusOf(v) === 'CANCELLED') continue;
    const tzid = v.getFirstProperty('dtstart')?.getParameter('tzid');
    const s: Series = { event, summary, tzid: typeof tzid === 'string' ? tzid : undefined };
    series.push(s);
    const uid = v.getFirstPropertyValue('uid');
    if (typeof uid === 'string') byUid.set(uid, s);
  }
  for (const v of exceptions) {
    const uid = v.getFirstPropertyValue('uid');
    const master = typeof uid === 'string' ? byUid.get(uid) : undefined;
    try {
      if (master) master.event.relateException(v);
      else series.push({ event: new ical.Event(v), summary: summaryOf(v, '(no SUMMARY)') });
    } catch (err) {
      throw fail(`an event that cannot be read: ${(err as Error).message}`);
    }
  }
  return new HolidayCalendar(ical, shown, series, input);
}

/** The line of `text` ical.js quotes in its message (`Invalid parameters in 'LINE'`), if any. */
function lineOf(text: string, message: string): number | undefined {
  const quoted = /'([^']{3,})'/.exec(message)?.[1];
  if (!quoted) return undefined;
  const lines = text.split(/\r?\n/);
  const probe = quoted.slice(0, 60);
  const at = lines.findIndex((l) => l.includes(probe));
  return at >= 0 ? at + 1 : undefined;
}

function statusOf(c: Component): string {
  const v = c.getFirstPropertyValue('status');
  return typeof v === 'string' ? v.toUpperCase() : '';
}

function summaryOf(c: Component, fallback: string): string {
  const v = c.getFirstPropertyValue('summary');
  return typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : fallback;
}

/** Days since 1970-01-01 of `YYYY-MM-DD`. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function dayOf(t: Time): number {
  return Date.UTC(t.year, t.month - 1, t.day) / DAY_MS;
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function dateRange(first: number, last: number): string {
  return first === last ? dateOfDay(first) : `${dateOfDay(first)}..${dateOfDay(last)}`;
}

function isoMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `YYYY-MM-DD` on the wall clock of `zone` at `instant`. */
function localDate(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** How far `zone`'s wall clock is ahead of UTC at `ms`, in ms. */
function offsetAt(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}

/** The instant a wall-clock time of `zone` names (the earlier one in a fall-back hour). */
function zonedToUtc(t: Time, zone: string): number {
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const first = wall - offsetAt(wall, zone);
  return wall - offsetAt(first, zone);
}
