export const id = 809;
export const ids = [809];
export const modules = {

/***/ 7809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCalendar: () => (/* binding */ loadCalendar)
/* harmony export */ });
/* unused harmony exports MAX_CALENDAR_BYTES, MAX_OCCURRENCES, HolidayCalendar */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6512);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4358);
/**
 * Holiday calendars in freeze windows: iCalendar files (RFC 5545) as Google, Apple, Thunderbird or
 * a company's HR system export them, parsed with ical.js (loaded only when a calendar is given).
 * All-day events (`DTSTART;VALUE=DATE`) cover their dates on the deploy's wall clock (`timezone`);
 * timed events cover their instants (UTC, their VTIMEZONE, an IANA TZID, or floating in `timezone`).
 * Recurrences (RRULE, RDATE, EXDATE, moved instances) are expanded up to the moment of the deploy,
 * no further; cancelled events and instances are ignored. Internal to deploy.
 */



/** Calendars larger than this are refused: a national holiday calendar over ten years is ~100 KB. */
const MAX_CALENDAR_BYTES = 4 * 1024 * 1024;
/** Occurrences of one event expanded at most (a daily rule from 1970 to 2100 stays below). */
const MAX_OCCURRENCES = 50_000;
const DAY_MS = 86_400_000;
const HINT = 'give the path of an iCalendar (.ics) file in the workspace, e.g. a holiday calendar exported from Google Calendar or Thunderbird';
/** A loaded calendar. */
class HolidayCalendar {
    ical;
    file;
    series;
    input;
    constructor(ical, 
    /** The file as shown to the user. */
    file, series, input) {
        this.ical = ical;
        this.file = file;
        this.series = series;
        this.input = input;
    }
    /** How many event series it holds (moved instances belong to their series). */
    get size() {
        return this.series.length;
    }
    /**
     * The first occurrence that covers `instant` (its date on the wall clock of `zone` being `date`),
     * or that starts within the `daysBefore` days after that date.
     */
    find(instant, date, zone, daysBefore = 0) {
        const today = dayNumber(date);
        const now = instant.getTime();
        for (const s of this.series) {
            const hit = this.findIn(s, now, today, zone, daysBefore);
            if (hit)
                return hit;
        }
        return undefined;
    }
    findIn(s, now, today, zone, daysBefore) {
        const { event } = s;
        let iterator;
        try {
            iterator = event.iterator();
        }
        catch (err) {
            throw this.eventError(s, err);
        }
        for (let n = 0; n < MAX_OCCURRENCES; n++) {
            let details;
            let periodEnd;
            try {
                let next = iterator.next();
                if (!next)
                    return undefined;
                // An RDATE;VALUE=PERIOD comes out of ical.js's expansion as a Period: its start is the
                // occurrence, its end (or duration) the end.
                if (next instanceof this.ical.Period) {
                    periodEnd = next.getEnd();
                    next = next.start;
                }
                details = event.getOccurrenceDetails(next);
            }
            catch (err) {
                throw this.eventError(s, err);
            }
            const { startDate, item } = details;
            const endDate = periodEnd ?? details.endDate;
            if (statusOf(item.component) === 'CANCELLED') {
                if (startDate.isDate ? dayOf(startDate) - daysBefore > today : this.instant(startDate, s, zone) > now + (daysBefore + 1) * DAY_MS)
                    return undefined;
                continue;
            }
            if (startDate.isDate) {
                const first = dayOf(startDate);
                // DTEND is exclusive; a missing, equal or date-time end (real exports have them) is one day.
                const last = Math.max(first, dayOf(endDate) - (endDate.isDate ? 1 : 0));
                if (first - daysBefore > today)
                    return undefined;
                if (today >= first && today <= last)
                    return { summary: summaryOf(item.component, s.summary), when: dateRange(first, last), before: false, file: this.file };
                if (today >= first - daysBefore && today < first)
                    return { summary: summaryOf(item.component, s.summary), when: dateRange(first, last), before: true, file: this.file };
                continue;
            }
            const start = this.instant(startDate, s, zone);
            const end = Math.max(start, this.instant(endDate, s, zone));
            if (start > now + (daysBefore + 1) * DAY_MS)
                return undefined;
            const when = `${isoMinute(start)}-${isoMinute(end).slice(11)} UTC`;
            if (now >= start && now < end)
                return { summary: summaryOf(item.component, s.summary), when, before: false, file: this.file };
            if (daysBefore > 0) {
                // The days before a timed holiday: whole days on the deploy's wall clock.
                const startDay = dayNumber(localDate(new Date(start), zone));
                if (today >= startDay - daysBefore && today < startDay)
                    return { summary: summaryOf(item.component, s.summary), when, before: true, file: this.file };
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${this.file}: event "${s.summary}" recurs more than ${MAX_OCCURRENCES} times before the deploy; give a calendar of holidays, not of minutes`, { input: this.input, file: this.file });
    }
    /** The instant of a date-time: its UTC or VTIMEZONE offset, an IANA TZID through Intl, or floating on `zone`'s clock. */
    instant(t, s, zone) {
        const { Timezone } = this.ical;
        if (t.zone === Timezone.utcTimezone)
            return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
        if (t.zone && t.zone !== Timezone.localTimezone)
            return t.toUnixTime() * 1000;
        return zonedToUtc(t, s.tzid && knownZone(s.tzid) ? s.tzid : zone);
    }
    eventError(s, err) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${this.file}: event "${s.summary}": ${err.message}`, { input: this.input, file: this.file, hint: 'check its RRULE, RDATE and EXDATE' });
    }
}
/**
 * Reads and parses a calendar given by `input` (a path in the workspace). Anything that is not a
 * readable iCalendar file with events — missing, a directory, binary, too large, not iCalendar, a
 * line ical.js cannot parse — is one UserError naming the input and the file (and the line when
 * one can be told).
 */
async function loadCalendar(workspace, given, input) {
    const file = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInWorkspace */ .z1)(workspace, given, input);
    const shown = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(workspace, file);
    const fail = (message, line) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(message, { input, file: shown, line, hint: HINT });
    let bytes;
    try {
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file);
        if (!stat.isFile())
            throw fail('not a regular file');
        if (stat.size > MAX_CALENDAR_BYTES)
            throw fail(`${stat.size} bytes, more than the ${MAX_CALENDAR_BYTES} a calendar may have`);
        bytes = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y)
            throw err;
        const code = err.code;
        throw fail(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`);
    }
    if (bytes.includes(0))
        throw fail('a binary file, not iCalendar');
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (!/^\s*BEGIN:VCALENDAR\b/i.test(text)) {
        throw fail('not an iCalendar file: it does not begin with BEGIN:VCALENDAR', 1);
    }
    const ical = (await __webpack_require__.e(/* import() */ 571).then(__webpack_require__.bind(__webpack_require__, 9571))).default;
    let root;
    try {
        const parsed = ical.parse(text);
        // Several calendars in one file: ical.js returns them all; the first is read.
        const jcal = (Array.isArray(parsed[0]) ? parsed[0] : parsed);
        root = new ical.Component(jcal);
    }
    catch (err) {
        const message = err.message.replace(/\s+/g, ' ').trim();
        throw fail(`not iCalendar: ${message}`, lineOf(text, message));
    }
    if (root.name !== 'vcalendar')
        throw fail(`not iCalendar: the file holds a ${root.name.toUpperCase()}, not a VCALENDAR`, 1);
    const vevents = root.getAllSubcomponents('vevent');
    if (!vevents.length)
        throw fail('holds no event (VEVENT): it would freeze nothing');
    // Masters first, then their moved or cancelled instances (RECURRENCE-ID), related by UID.
    const series = [];
    const byUid = new Map();
    const exceptions = [];
    for (const v of vevents) {
        if (v.hasProperty('recurrence-id')) {
            exceptions.push(v);
            continue;
        }
        let event;
        try {
            event = new ical.Event(v);
            event.startDate; // Decodes DTSTART now: a bad one is an error of the file, found before the deploy.
        }
        catch (err) {
            throw fail(`an event that cannot be read: ${err.message}`);
        }
        const summary = summaryOf(v, '(no SUMMARY)');
        if (!event.startDate)
            throw fail(`event "${summary}" has no DTSTART`);
        if (statusOf(v) === 'CANCELLED')
            continue;
        const tzid = v.getFirstProperty('dtstart')?.getParameter('tzid');
        const s = { event, summary, tzid: typeof tzid === 'string' ? tzid : undefined };
        series.push(s);
        const uid = v.getFirstPropertyValue('uid');
        if (typeof uid === 'string')
            byUid.set(uid, s);
    }
    for (const v of exceptions) {
        const uid = v.getFirstPropertyValue('uid');
        const master = typeof uid === 'string' ? byUid.get(uid) : undefined;
        try {
            if (master)
                master.event.relateException(v);
            else
                series.push({ event: new ical.Event(v), summary: summaryOf(v, '(no SUMMARY)') });
        }
        catch (err) {
            throw fail(`an event that cannot be read: ${err.message}`);
        }
    }
    return new HolidayCalendar(ical, shown, series, input);
}
/** The line of `text` ical.js quotes in its message (`Invalid parameters in 'LINE'`), if any. */
function lineOf(text, message) {
    const quoted = /'([^']{3,})'/.exec(message)?.[1];
    if (!quoted)
        return undefined;
    const lines = text.split(/\r?\n/);
    const probe = quoted.slice(0, 60);
    const at = lines.findIndex((l) => l.includes(probe));
    return at >= 0 ? at + 1 : undefined;
}
function statusOf(c) {
    const v = c.getFirstPropertyValue('status');
    return typeof v === 'string' ? v.toUpperCase() : '';
}
function summaryOf(c, fallback) {
    const v = c.getFirstPropertyValue('summary');
    return typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : fallback;
}
/** Days since 1970-01-01 of `YYYY-MM-DD`. */
function dayNumber(date) {
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}
function dayOf(t) {
    return Date.UTC(t.year, t.month - 1, t.day) / DAY_MS;
}
function dateOfDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function dateRange(first, last) {
    return first === last ? dateOfDay(first) : `${dateOfDay(first)}..${dateOfDay(last)}`;
}
function isoMinute(ms) {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}
function knownZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** `YYYY-MM-DD` on the wall clock of `zone` at `instant`. */
function localDate(instant, zone) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
/** How far `zone`'s wall clock is ahead of UTC at `ms`, in ms. */
function offsetAt(ms, zone) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(ms));
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}
/** The instant a wall-clock time of `zone` names (the earlier one in a fall-back hour). */
function zonedToUtc(t, zone) {
    const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
    const first = wall - offsetAt(wall, zone);
    return wall - offsetAt(first, zone);
}


/***/ })

};
