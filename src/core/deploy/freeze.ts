/**
 * Freeze windows: when deploys are refused. Windows are wall-clock ranges in an IANA time zone,
 * compared with the wall clock of that zone at the moment of the deploy (read through
 * Intl.DateTimeFormat), so `Fri 18:00` means 18:00 on the local clock in winter and summer alike,
 * and a range across a daylight saving change is as long as the clocks say. A window may also be an
 * iCalendar file of holidays (see calendar.ts), optionally with the days before each holiday.
 */
import { UserError } from '../errors.js';
import type { HolidayCalendar, HolidayHit } from './calendar.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MINUTES_PER_WEEK = 7 * 1440;
/** How many days before each holiday of a calendar a window may also freeze. */
export const MAX_DAYS_BEFORE = 14;

/** One freeze window, as parsed. */
export type FreezeWindow =
  | {
      kind: 'weekly';
      /** The text the user wrote, for messages. */
      text: string;
      /** Minutes since Monday 00:00 (inclusive). */
      start: number;
      /** Minutes since Monday 00:00 (exclusive); smaller than `start` when it wraps over Sunday night. */
      end: number;
    }
  | {
      kind: 'daily';
      text: string;
      /** Minutes since midnight (inclusive). */
      start: number;
      /** Minutes since midnight (exclusive); smaller than `start` when it wraps past midnight. */
      end: number;
    }
  | {
      kind: 'dates';
      text: string;
      /** `YYYY-MM-DD`, inclusive. */
      from: string;
      /** `YYYY-MM-DD`, inclusive. */
      to: string;
    }
  | {
      kind: 'calendar';
      text: string;
      /** The .ics file as given (relative to the workspace). */
      path: string;
      /** Days before each holiday that are frozen too (`and 2 days before`). */
      daysBefore: number;
      /** Set by {@link loadCalendars} before the checks run. */
      calendar?: HolidayCalendar;
    };

/** The window a deploy falls in; for a calendar, the holiday. */
export type ActiveFreeze = FreezeWindow & { holiday?: HolidayHit };

/**
 * The default of the `freeze-windows` input for production environments (see isProduction): no
 * deploys over the weekend, Friday included. Other environments have no freeze window by default.
 */
export const DEFAULT_FREEZE = 'Fri 00:00-Mon 00:00';

function parseDay(word: string): number | undefined {
  const w = word.toLowerCase();
  const short = DAYS.indexOf(w as (typeof DAYS)[number]);
  if (short >= 0) return short;
  const full = FULL_DAYS.indexOf(w);
  return full >= 0 ? full : undefined;
}

function parseTime(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

function validDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

const SYNTAX_HINT =
  'write e.g. "Fri 00:00-Mon 00:00", "Sat-Sun", "Fri 16:00-18:00", "22:00-06:00", "2026-12-24..2026-12-26", "holidays.ics", "holidays.ics and the day before" or "none"';

/** `[ics:] path.ics [and the day before | and N days before]`. */
const CALENDAR = /^(?:ics: ?)?(\S(?:.*?\S)?\.ics)(?: and (?:the day|(\d{1,2}) days?) before)?$/i;

/** Parses one window (see {@link parseFreezeWindows}); undefined when it is not one. */
function parseWindow(text: string): FreezeWindow | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  // A holiday calendar, and perhaps the days before each holiday.
  const ics = CALENDAR.exec(t);
  if (ics) {
    const daysBefore = ics[2] === undefined ? (/ before$/i.test(t) ? 1 : 0) : Number(ics[2]);
    if (daysBefore > MAX_DAYS_BEFORE || (ics[2] !== undefined && daysBefore < 1)) return undefined;
    return { kind: 'calendar', text: t, path: ics[1], daysBefore };
  }
  // Dates: YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.
  const dates = /^(\d{4}-\d{2}-\d{2})(?: ?\.\. ?(\d{4}-\d{2}-\d{2}))?$/.exec(t);
  if (dates) {
    const from = dates[1];
    const to = dates[2] ?? from;
    if (!validDate(from) || !validDate(to) || to < from) return undefined;
    return { kind: 'dates', text: t, from, to };
  }
  // Every day: HH:MM-HH:MM (wrapping past midnight when the end is earlier).
  const daily = /^(\d{1,2}:\d{2}) ?- ?(\d{1,2}:\d{2})$/.exec(t);
  if (daily) {
    const s = parseTime(daily[1]);
    const e = parseTime(daily[2]);
    if (s === undefined || e === undefined || s === e) return undefined;
    return { kind: 'daily', text: t, start: s, end: e % 1440 };
  }
  // Day [HH:MM] - [Day] [HH:MM].
  const m = /^([A-Za-z]+)(?: (\d{1,2}:\d{2}))?(?: ?- ?(?:([A-Za-z]+))? ?(\d{1,2}:\d{2})?)?$/.exec(t);
  if (!m) return undefined;
  const [, d1, t1, d2, t2] = m;
  const startDay = parseDay(d1);
  if (startDay === undefined) return undefined;
  const hasRange = /-/.test(t);
  if (!hasRange) {
    if (t1 !== undefined) return undefined;
    return { kind: 'weekly', text: t, start: startDay * 1440, end: ((startDay + 1) * 1440) % MINUTES_PER_WEEK };
  }
  const startMin = t1 === undefined ? 0 : parseTime(t1);
  if (startMin === undefined || startMin === 1440) return undefined;
  let endDay: number;
  let endMin: number | undefined;
  if (d2 !== undefined) {
    const parsed = parseDay(d2);
    if (parsed === undefined) return undefined;
    endDay = parsed;
    if (t2 === undefined) {
      // Sat-Sun: whole days, the end day included.
      if (t1 !== undefined) return undefined;
      endDay = endDay + 1;
      endMin = 0;
    } else endMin = parseTime(t2);
  } else {
    if (t2 === undefined || t1 === undefined) return undefined;
    endMin = parseTime(t2);
    endDay = startDay;
    // Fri 22:00-02:00 ends on the next day.
    if (endMin !== undefined && endMin <= startMin) endDay = startDay + 1;
  }
  if (endMin === undefined) return undefined;
  const start = startDay * 1440 + startMin;
  const end = (endDay * 1440 + endMin) % MINUTES_PER_WEEK;
  if (start === end) return undefined;
  return { kind: 'weekly', text: t, start, end };
}

/**
 * Parses the `freeze-windows` input: windows separated by commas or lines. `none` (alone) disables
 * freezes. Every bad window is reported at once, each naming the input.
 */
export function parseFreezeWindows(value: string, input: string): FreezeWindow[] {
  const items = value
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
  if (items.length === 1 && items[0].toLowerCase() === 'none') return [];
  const errors: UserError[] = [];
  const windows: FreezeWindow[] = [];
  for (const item of items) {
    const w = item.toLowerCase() === 'none' ? undefined : parseWindow(item);
    if (w) windows.push(w);
    else errors.push(new UserError(`not a freeze window: ${JSON.stringify(item)}`, { input, hint: SYNTAX_HINT }));
  }
  if (errors.length) throw UserError.several(errors);
  return windows;
}

/** Checks an IANA zone name; a UserError naming `input` when Intl does not know it. */
export function checkTimeZone(zone: string, input: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(`unknown time zone ${JSON.stringify(zone)}`, { input, hint: 'an IANA name such as UTC, Europe/Berlin or America/New_York' });
  }
}

/** The wall clock of `zone` at `instant`. */
export interface WallClock {
  /** `YYYY-MM-DD`. */
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** e.g. `Fri 2026-12-25 14:05`. */
  text: string;
  /** The instant read, and the zone it was read in (for calendars of timed events). */
  instant: Date;
  zone: string;
}

/** Reads the wall clock of an IANA zone at an instant, daylight saving included. */
export function wallClock(instant: Date, zone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = parseDay(get('weekday')) ?? 0;
  const hour = Number(get('hour')) % 24;
  const minute = Number(get('minute'));
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return { date, day, minutes: hour * 60 + minute, text: `${DAYS[day][0].toUpperCase()}${DAYS[day].slice(1)} ${date} ${hh}:${mm}`, instant, zone };
}

/**
 * Loads the calendars of calendar windows (ical.js is imported only then). A calendar that cannot
 * be read is a UserError naming `input` and the file.
 */
export async function loadCalendars(windows: FreezeWindow[], workspace: string, input: string): Promise<void> {
  const calendars = windows.filter((w): w is Extract<FreezeWindow, { kind: 'calendar' }> => w.kind === 'calendar');
  if (!calendars.length) return;
  const { loadCalendar } = await import('./calendar.js');
  const errors: UserError[] = [];
  for (const w of calendars) {
    try {
      w.calendar = await loadCalendar(workspace, w.path, input);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      errors.push(err);
    }
  }
  if (errors.length) throw UserError.several(errors);
}

/**
 * What the deploy's moment is to a freeze, for the check's detail: `is inside the freeze window
 * "Sat-Sun"`, `falls on the holiday "Christmas Day" (2026-12-25, holidays.ics)`, or `falls on the day
 * before the holiday …`.
 */
export function describeFreeze(frozen: ActiveFreeze): string {
  const h = frozen.holiday;
  if (!h || frozen.kind !== 'calendar') return `is inside the freeze window "${frozen.text}"`;
  const before = frozen.daysBefore === 1 ? 'the day before ' : `the ${frozen.daysBefore} days before `;
  return `falls on ${h.before ? before : ''}the holiday "${h.summary}" (${h.when}, ${h.file})`;
}

/** The first window that holds the wall clock, if any. */
export function activeFreeze(windows: FreezeWindow[], clock: WallClock): ActiveFreeze | undefined {
  const week = clock.day * 1440 + clock.minutes;
  for (const w of windows) {
    if (w.kind === 'calendar') {
      if (!w.calendar) throw new Error(`calendar ${w.path} was not loaded (loadCalendars)`);
      const holiday = w.calendar.find(clock.instant, clock.date, clock.zone, w.daysBefore);
      if (holiday) return { ...w, holiday };
      continue;
    }
    if (w.kind === 'dates') {
      if (clock.date >= w.from && clock.date <= w.to) return w;
      continue;
    }
    if (w.kind === 'daily') {
      const m = clock.minutes;
      if (w.start < w.end ? m >= w.start && m < w.end : m >= w.start || m < w.end) return w;
      continue;
    }
    const inside = w.start < w.end ? week >= w.start && week < w.end : week >= w.start || week < w.end;
    if (inside) return w;
  }
  return undefined;
}
