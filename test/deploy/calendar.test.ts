/**
 * Holiday calendars in freeze windows, on real .ics files (test/fixtures/calendars/README.md): the
 * clock is fixed by giving the instant to the wall clock, as deploy's freeze check reads it.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { activeFreeze, describeFreeze, loadCalendars, parseFreezeWindows, wallClock } from '../../src/core/deploy/freeze.js';
import { MAX_CALENDAR_BYTES } from '../../src/core/deploy/calendar.js';
import { UserError } from '../../src/core/errors.js';

const FIXTURES = path.resolve('test/fixtures/calendars');
const ws = mkdtempSync(path.join(tmpdir(), 'pg-calendar-'));
cpSync(FIXTURES, path.join(ws, 'cal'), { recursive: true });

/** What a deploy at `iso` (wall clock of `zone`) is to the windows: the check's words, or undefined. */
async function at(windows: string, iso: string, zone = 'UTC'): Promise<string | undefined> {
  const parsed = parseFreezeWindows(windows, 'freeze-windows');
  await loadCalendars(parsed, ws, 'freeze-windows');
  const frozen = activeFreeze(parsed, wallClock(new Date(iso), zone));
  return frozen && describeFreeze(frozen);
}

async function loadError(windows: string): Promise<string> {
  try {
    await loadCalendars(parseFreezeWindows(windows, 'freeze-windows'), ws, 'freeze-windows');
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).render();
  }
  throw new Error('loaded');
}

describe('freeze-windows: holiday calendars', () => {
  it('parses calendar items beside the other windows', () => {
    const [a, b, c, d] = parseFreezeWindows('Fri 00:00-Mon 00:00, cal/us.ics, ics: cal/de.ics and the day before, cal/x.ics and 3 days before', 'freeze-windows');
    expect(a.kind).toBe('weekly');
    expect(b).toEqual({ kind: 'calendar', text: 'cal/us.ics', path: 'cal/us.ics', daysBefore: 0 });
    expect(c).toMatchObject({ kind: 'calendar', path: 'cal/de.ics', daysBefore: 1 });
    expect(d).toMatchObject({ kind: 'calendar', path: 'cal/x.ics', daysBefore: 3 });
    for (const bad of ['cal/us.ics and 0 days before', 'cal/us.ics and 15 days before', 'cal/us.ics before']) {
      expect(() => parseFreezeWindows(bad, 'freeze-windows')).toThrow(/^not a freeze window/);
    }
  });

  it('Thunderbird US holidays (all-day, yearly RRULE with COUNT): inside a holiday refused, the day before when asked, an ordinary day passes', async () => {
    const us = 'cal/thunderbird-USHolidays.ics';
    // Thanksgiving 2026 (4th Thursday of November), late evening in New York.
    expect(await at(us, '2026-11-27T03:30:00Z', 'America/New_York')).toBe(`falls on the holiday "Thanksgiving Day" (2026-11-26, ${us})`);
    // The same instant is already Friday in UTC: Black Friday, also in the calendar.
    expect(await at(us, '2026-11-27T03:30:00Z', 'UTC')).toBe(`falls on the holiday "Black Friday - day after Thanksgiving" (2026-11-27, ${us})`);
    // Wednesday before Thanksgiving: free, unless the day before is frozen too.
    expect(await at(us, '2026-11-25T15:00:00Z', 'America/New_York')).toBeUndefined();
    expect(await at(`${us} and the day before`, '2026-11-25T15:00:00Z', 'America/New_York')).toBe(`falls on the day before the holiday "Thanksgiving Day" (2026-11-26, ${us})`);
    // An ordinary Tuesday.
    expect(await at(`${us} and the day before`, '2026-12-08T12:00:00Z', 'America/New_York')).toBeUndefined();
    // COUNT=10 from 2021: the rule ends with 2030.
    expect(await at(us, '2030-12-25T12:00:00Z')).toBe(`falls on the holiday "Christmas Day" (2030-12-25, ${us})`);
    expect(await at(us, '2031-12-25T12:00:00Z')).toBeUndefined();
  });

  it('Thunderbird German holidays (yearly RRULE since 2006, no end): a later year is refused in the zone of the deploy', async () => {
    const de = 'cal/thunderbird-GermanHolidays.ics';
    expect(await at(de, '2041-12-25T09:00:00Z', 'Europe/Berlin')).toBe(`falls on the holiday "1. Weihnachtstag" (2041-12-25, ${de})`);
    // 23:30 UTC on the 24th is already the 25th in Berlin, and not yet in UTC.
    expect(await at(de, '2026-12-24T23:30:00Z', 'Europe/Berlin')).toMatch(/"1\. Weihnachtstag" \(2026-12-25/);
    expect(await at(de, '2026-12-24T23:30:00Z', 'UTC')).toBe(`falls on the holiday "Heiliger Abend" (2026-12-24, ${de})`);
    expect(await at(de, '2026-12-09T12:00:00Z', 'Europe/Berlin')).toBeUndefined();
  });

  it('multi-day all-day events (school holidays from SabreDAV) cover each of their dates, DTEND excluded', async () => {
    const f = 'cal/node-ical-sabredav-school-holidays.ics';
    expect(await at(f, '2018-07-02T08:00:00Z', 'Europe/Berlin')).toBe(`falls on the holiday "Sommerferien Sachsen" (2018-07-02..2018-08-10, ${f})`);
    expect(await at(f, '2018-08-10T20:00:00Z', 'Europe/Berlin')).toMatch(/Sommerferien/);
    expect(await at(f, '2018-08-11T08:00:00Z', 'Europe/Berlin')).toBeUndefined();
    expect(await at(`${f} and 2 days before`, '2018-06-30T08:00:00Z', 'Europe/Berlin')).toMatch(/^falls on the 2 days before the holiday "Sommerferien Sachsen"/);
  });

  it('timed events in their VTIMEZONE, with EXDATE and a moved instance (ical.js sample)', async () => {
    const f = 'cal/icaljs-recur_instances.ics';
    // First Tuesday of November 2012, 10:00-10:30 in Los Angeles (PST, UTC-8).
    expect(await at(f, '2012-11-06T18:15:00Z')).toBe(`falls on the holiday "Crazy Event Thingy!" (2012-11-06 18:00-18:30 UTC, ${f})`);
    expect(await at(f, '2012-11-06T18:45:00Z')).toBeUndefined();
    // 2012-12-04 is an EXDATE.
    expect(await at(f, '2012-12-04T18:15:00Z')).toBeUndefined();
    // The October instance was moved to 15:00 PDT (22:00 UTC).
    expect(await at(f, '2012-10-02T17:15:00Z')).toBeUndefined();
    expect(await at(f, '2012-10-02T22:15:00Z')).toMatch(/"Crazy Event Thingy!" \(2012-10-02 22:00-22:30 UTC/);
    // RDATE;VALUE=PERIOD:20231125T090000Z/20231125T123000Z, expanded past (ical.js hands it over as a Period).
    expect(await at(f, '2023-11-25T12:00:00Z')).toBe(`falls on the holiday "Crazy Event Thingy!" (2023-11-25 09:00-12:30 UTC, ${f})`);
    // Years later the monthly rule still holds: first Tuesday of June 2036, 10:15 PDT.
    expect(await at(f, '2036-06-03T17:15:00Z')).toMatch(/\(2036-06-03 17:00-17:30 UTC/);
    expect(await at(f, '2036-06-04T17:15:00Z')).toBeUndefined();
  });

  it('ignores CANCELLED events (an Apple Calendar export)', async () => {
    const f = 'cal/node-ical-tentative-apple-calendar.ics';
    // 13:00-14:00 in Vancouver (PDT): cancelled.
    expect(await at(f, '2022-07-06T20:30:00Z')).toBeUndefined();
    expect(await at(f, '2022-07-07T16:30:00Z')).toMatch(/^falls on the holiday "No Status" \(2022-07-07 16:00-17:00 UTC/);
  });

  it('an unreadable calendar is one line naming the input and the file', async () => {
    writeFileSync(path.join(ws, 'binary.ics'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    writeFileSync(path.join(ws, 'notes.ics'), '# holidays\nChristmas: 2026-12-25\n');
    writeFileSync(path.join(ws, 'broken.ics'), 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY;X-BROKEN\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    writeFileSync(path.join(ws, 'empty.ics'), 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
    writeFileSync(path.join(ws, 'huge.ics'), Buffer.alloc(MAX_CALENDAR_BYTES + 1, 'A'));
    expect(await loadError('missing.ics')).toMatch(/^freeze-windows: missing\.ics: file not found/);
    expect(await loadError('binary.ics')).toMatch(/^freeze-windows: binary\.ics: a binary file, not iCalendar/);
    expect(await loadError('notes.ics')).toMatch(/^freeze-windows: notes\.ics:1: not an iCalendar file: it does not begin with BEGIN:VCALENDAR/);
    expect(await loadError('broken.ics')).toMatch(/^freeze-windows: broken\.ics:5: not iCalendar: /);
    expect(await loadError('empty.ics')).toMatch(/^freeze-windows: empty\.ics: holds no event \(VEVENT\)/);
    expect(await loadError('huge.ics')).toMatch(/^freeze-windows: huge\.ics: \d+ bytes, more than the 4194304 a calendar may have/);
    expect(await loadError('../outside.ics')).toMatch(/^freeze-windows: path escapes the workspace: \.\.\/outside\.ics/);
  });
});
