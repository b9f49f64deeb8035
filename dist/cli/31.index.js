export const id = 31;
export const ids = [31];
export const modules = {

/***/ 5031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NOW_ENV: () => (/* binding */ NOW_ENV),
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var files = __webpack_require__(2739);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
;// CONCATENATED MODULE: ./.build/src/core/deploy/freeze.js
/**
 * Freeze windows: when deploys are refused. Windows are wall-clock ranges in an IANA time zone,
 * compared with the wall clock of that zone at the moment of the deploy (read through
 * Intl.DateTimeFormat), so `Fri 18:00` means 18:00 on the local clock in winter and summer alike,
 * and a range across a daylight saving change is as long as the clocks say.
 */

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MINUTES_PER_WEEK = 7 * 1440;
/** The default of the `freeze-windows` input: no deploys over the weekend, Friday included. */
const DEFAULT_FREEZE = 'Fri 00:00-Mon 00:00';
function parseDay(word) {
    const w = word.toLowerCase();
    const short = DAYS.indexOf(w);
    if (short >= 0)
        return short;
    const full = FULL_DAYS.indexOf(w);
    return full >= 0 ? full : undefined;
}
function parseTime(text) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!m)
        return undefined;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (min > 59 || h > 24 || (h === 24 && min !== 0))
        return undefined;
    return h * 60 + min;
}
function validDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text;
}
const SYNTAX_HINT = 'write e.g. "Fri 00:00-Mon 00:00", "Sat-Sun", "Fri 16:00-18:00", "22:00-06:00", "2026-12-24..2026-12-26" or "none"';
/** Parses one window (see {@link parseFreezeWindows}); undefined when it is not one. */
function parseWindow(text) {
    const t = text.trim().replace(/\s+/g, ' ');
    // Dates: YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.
    const dates = /^(\d{4}-\d{2}-\d{2})(?: ?\.\. ?(\d{4}-\d{2}-\d{2}))?$/.exec(t);
    if (dates) {
        const from = dates[1];
        const to = dates[2] ?? from;
        if (!validDate(from) || !validDate(to) || to < from)
            return undefined;
        return { kind: 'dates', text: t, from, to };
    }
    // Every day: HH:MM-HH:MM (wrapping past midnight when the end is earlier).
    const daily = /^(\d{1,2}:\d{2}) ?- ?(\d{1,2}:\d{2})$/.exec(t);
    if (daily) {
        const s = parseTime(daily[1]);
        const e = parseTime(daily[2]);
        if (s === undefined || e === undefined || s === e)
            return undefined;
        return { kind: 'daily', text: t, start: s, end: e % 1440 };
    }
    // Day [HH:MM] - [Day] [HH:MM].
    const m = /^([A-Za-z]+)(?: (\d{1,2}:\d{2}))?(?: ?- ?(?:([A-Za-z]+))? ?(\d{1,2}:\d{2})?)?$/.exec(t);
    if (!m)
        return undefined;
    const [, d1, t1, d2, t2] = m;
    const startDay = parseDay(d1);
    if (startDay === undefined)
        return undefined;
    const hasRange = /-/.test(t);
    if (!hasRange) {
        if (t1 !== undefined)
            return undefined;
        return { kind: 'weekly', text: t, start: startDay * 1440, end: ((startDay + 1) * 1440) % MINUTES_PER_WEEK };
    }
    const startMin = t1 === undefined ? 0 : parseTime(t1);
    if (startMin === undefined || startMin === 1440)
        return undefined;
    let endDay;
    let endMin;
    if (d2 !== undefined) {
        const parsed = parseDay(d2);
        if (parsed === undefined)
            return undefined;
        endDay = parsed;
        if (t2 === undefined) {
            // Sat-Sun: whole days, the end day included.
            if (t1 !== undefined)
                return undefined;
            endDay = endDay + 1;
            endMin = 0;
        }
        else
            endMin = parseTime(t2);
    }
    else {
        if (t2 === undefined || t1 === undefined)
            return undefined;
        endMin = parseTime(t2);
        endDay = startDay;
        // Fri 22:00-02:00 ends on the next day.
        if (endMin !== undefined && endMin <= startMin)
            endDay = startDay + 1;
    }
    if (endMin === undefined)
        return undefined;
    const start = startDay * 1440 + startMin;
    const end = (endDay * 1440 + endMin) % MINUTES_PER_WEEK;
    if (start === end)
        return undefined;
    return { kind: 'weekly', text: t, start, end };
}
/**
 * Parses the `freeze-windows` input: windows separated by commas or lines. `none` (alone) disables
 * freezes. Every bad window is reported at once, each naming the input.
 */
function parseFreezeWindows(value, input) {
    const items = value
        .split(/[\n,;]/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
    if (items.length === 1 && items[0].toLowerCase() === 'none')
        return [];
    const errors = [];
    const windows = [];
    for (const item of items) {
        const w = item.toLowerCase() === 'none' ? undefined : parseWindow(item);
        if (w)
            windows.push(w);
        else
            errors.push(new core_errors/* UserError */.y(`not a freeze window: ${JSON.stringify(item)}`, { input, hint: SYNTAX_HINT }));
    }
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return windows;
}
/** Checks an IANA zone name; a UserError naming `input` when Intl does not know it. */
function checkTimeZone(zone, input) {
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    }
    catch {
        throw new core_errors/* UserError */.y(`unknown time zone ${JSON.stringify(zone)}`, { input, hint: 'an IANA name such as UTC, Europe/Berlin or America/New_York' });
    }
}
/** Reads the wall clock of an IANA zone at an instant, daylight saving included. */
function wallClock(instant, zone) {
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
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
    const day = parseDay(get('weekday')) ?? 0;
    const hour = Number(get('hour')) % 24;
    const minute = Number(get('minute'));
    const date = `${get('year')}-${get('month')}-${get('day')}`;
    const hh = String(hour).padStart(2, '0');
    const mm = String(minute).padStart(2, '0');
    return { date, day, minutes: hour * 60 + minute, text: `${DAYS[day][0].toUpperCase()}${DAYS[day].slice(1)} ${date} ${hh}:${mm}` };
}
/** The first window that holds the wall clock, if any. */
function activeFreeze(windows, clock) {
    const week = clock.day * 1440 + clock.minutes;
    for (const w of windows) {
        if (w.kind === 'dates') {
            if (clock.date >= w.from && clock.date <= w.to)
                return w;
            continue;
        }
        if (w.kind === 'daily') {
            const m = clock.minutes;
            if (w.start < w.end ? m >= w.start && m < w.end : m >= w.start || m < w.end)
                return w;
            continue;
        }
        const inside = w.start < w.end ? week >= w.start && week < w.end : week >= w.start || week < w.end;
        if (inside)
            return w;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/version.js
/**
 * Immutable versions. A deploy names the artifact it ships by something that cannot move under
 * it: a commit SHA, a semantic version tag, or a content digest. Moving names (`latest`, `stable`,
 * a branch) are refused, and so is anything a shell would read specially.
 */

/** Tags that are moved by convention: registries, npm dist-tags and branch names. */
const MOVING = new Set([
    'latest', 'stable', 'main', 'master', 'trunk', 'develop', 'development', 'dev', 'head', 'edge', 'nightly',
    'current', 'release', 'next', 'canary', 'beta', 'alpha', 'rc', 'lts', 'prod', 'production', 'staging', 'test', 'preview'
]);
const SHA = /^[0-9a-f]{7,40}$|^[0-9a-f]{64}$/i;
const DIGEST = /^sha(256|384|512):[0-9a-f]{32,128}$/i;
// Semantic versions with an optional v (v1.2.3, 1.2.3-rc.1+build.5) and shorter numeric ones (v1.2, 2024.06.01).
const SEMVER = /^v?\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** Characters a shell gives a meaning to, and control characters. Versions never need them. */
const SHELL_META = /[\s;&|<>()$`\\"'*?[\]{}!#~%^\x00-\x1f\x7f]/;
/**
 * Refuses (as bad input naming `input`) a version holding shell metacharacters, control characters
 * or nothing at all: such a value is never passed on, even to the checks.
 */
function assertVersionSyntax(version, input) {
    if (!version)
        throw new core_errors/* UserError */.y('no version: give one or set GITHUB_SHA', { input });
    if (version.length > 256)
        throw new core_errors/* UserError */.y('longer than 256 characters', { input });
    const bad = SHELL_META.exec(version);
    if (bad) {
        const shown = bad[0].charCodeAt(0) < 0x20 || bad[0] === '\x7f' ? `\\x${bad[0].charCodeAt(0).toString(16).padStart(2, '0')}` : bad[0];
        throw new core_errors/* UserError */.y(`holds the character ${JSON.stringify(shown)}, which a shell would interpret`, {
            input,
            hint: 'a commit SHA, a semver tag such as v1.2.3, or a digest such as sha256:…'
        });
    }
}
/** Whether a version names an immutable artifact, and what kind of name it is. */
function classifyVersion(version) {
    // An image reference: judge its tag or digest (registry/app:1.2.3, app@sha256:…).
    const at = version.lastIndexOf('@');
    if (at > 0) {
        const digest = version.slice(at + 1);
        return DIGEST.test(digest) ? { immutable: true, kind: 'image digest' } : { immutable: false, kind: 'not a digest after @' };
    }
    if (DIGEST.test(version))
        return { immutable: true, kind: 'digest' };
    const colon = version.lastIndexOf(':');
    const slash = version.lastIndexOf('/');
    let tag = version;
    if (colon > slash && colon > 0)
        tag = version.slice(colon + 1);
    else if (slash >= 0)
        return { immutable: false, kind: 'a branch-like name' };
    if (tag.startsWith('refs/'))
        return { immutable: false, kind: 'a Git ref' };
    if (MOVING.has(tag.toLowerCase()))
        return { immutable: false, kind: `"${tag}" is a moving tag` };
    if (SHA.test(tag) && /\d/.test(tag))
        return { immutable: true, kind: 'commit sha' };
    if (SEMVER.test(tag))
        return { immutable: true, kind: 'semver tag' };
    return { immutable: false, kind: 'neither a commit SHA, a semver tag nor a digest' };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/src/core/deploy/shell-words.js
/**
 * Splits a script input (`run: ./deploy.sh --region eu`) into an argument vector the way a POSIX
 * shell splits words, without a shell: quotes group, backslashes escape, and nothing is expanded.
 * Operators a user might expect a shell to honour (`&&`, `|`, `>`, `$VAR`, backquotes) are refused
 * rather than passed on as literal words, so that a value means the same here as in a terminal.
 */

const OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')', '`', '$', '\n', '\r']);
/** The argument vector of `value`; a UserError naming `input` for what a shell would read differently. */
function shellWords(value, input) {
    const words = [];
    let current = '';
    let inWord = false;
    const hint = 'one command with its arguments, e.g. `./deploy.sh --fast`; put pipelines and variables in a script';
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (ch === "'") {
            const end = value.indexOf("'", i + 1);
            if (end < 0)
                throw new core_errors/* UserError */.y('unterminated single quote', { input, hint });
            current += value.slice(i + 1, end);
            inWord = true;
            i = end;
        }
        else if (ch === '"') {
            inWord = true;
            let j = i + 1;
            for (; j < value.length && value[j] !== '"'; j++) {
                const c = value[j];
                if (c === '\\' && j + 1 < value.length && '"\\$`\n'.includes(value[j + 1])) {
                    if (value[j + 1] !== '\n')
                        current += value[j + 1];
                    j++;
                }
                else if (c === '$' || c === '`') {
                    throw new core_errors/* UserError */.y(`expansion ${JSON.stringify(c)} inside double quotes is not supported`, { input, hint });
                }
                else
                    current += c;
            }
            if (j >= value.length)
                throw new core_errors/* UserError */.y('unterminated double quote', { input, hint });
            i = j;
        }
        else if (ch === '\\') {
            if (i + 1 >= value.length)
                throw new core_errors/* UserError */.y('a backslash ends the value', { input, hint });
            if (value[i + 1] !== '\n') {
                current += value[i + 1];
                inWord = true;
            }
            i++;
        }
        else if (ch === ' ' || ch === '\t') {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else if (OPERATORS.has(ch)) {
            const shown = ch === '\n' || ch === '\r' ? 'a line break' : JSON.stringify(ch);
            throw new core_errors/* UserError */.y(`shell syntax ${shown} is not supported: the script runs without a shell`, { input, hint });
        }
        else if (ch === '#' && !inWord) {
            break; // a comment, as in a shell
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/script.js
/**
 * Runs the user's scripts (`run`, `rollback-run`, `migrate-run`) as argument vectors — never
 * through a shell — in their own process group, so that a timeout or a cancellation ends the
 * script and whatever it started in the foreground. Output is relayed line by line, redacted.
 */





/**
 * Parses a script input and checks that its program exists and is executable — before anything
 * changes. A program with a slash is a file relative to the workspace; a bare name is looked up
 * on PATH, as a shell would.
 */
function parseScript(value, input, workspace, env) {
    const argv = shellWords(value, input);
    if (argv.length === 0)
        throw new core_errors/* UserError */.y('no command', { input });
    const [program, ...args] = argv;
    let file;
    if (program.includes('/')) {
        file = external_node_path_.resolve(workspace, program);
        let isFile = false;
        try {
            isFile = (0,external_node_fs_.statSync)(file).isFile();
        }
        catch {
            throw new core_errors/* UserError */.y(`${program}: no such file`, { input, hint: 'script paths are relative to the workspace' });
        }
        if (!isFile)
            throw new core_errors/* UserError */.y(`${program}: not a file`, { input });
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new core_errors/* UserError */.y(`${program}: not executable`, { input, hint: `chmod +x ${program}, or run it through its interpreter, e.g. bash ${program}` });
        }
    }
    else {
        if (!findOnPath(program, env))
            throw new core_errors/* UserError */.y(`${program}: command not found on PATH`, { input });
        file = program;
    }
    return { input, file, args, shown: argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ') };
}
/** The executable file a bare program name means on PATH, as a shell finds it; undefined when there is none. */
function findOnPath(program, env) {
    return (env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter(Boolean)
        .map((dir) => external_node_path_.join(dir, program))
        .find((candidate) => {
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return (0,external_node_fs_.statSync)(candidate).isFile();
        }
        catch {
            return false;
        }
    });
}
/** A line longer than this is relayed in pieces (output without newlines must not grow memory). */
const MAX_LINE = 64 * 1024;
/** Runs a script to its end, a timeout or a cancellation. Never throws for the script's own failures. */
async function runScript(script, options) {
    const started = Date.now();
    if (options.signal.aborted)
        return { outcome: 'cancelled', code: null, signal: null, ms: 0 };
    const child = (0,external_node_child_process_.spawn)(script.file, script.args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group: killing -pid reaches the children it started in the foreground.
        detached: true,
        shell: false
    });
    const pending = { stdout: '', stderr: '' };
    const feed = (stream) => (chunk) => {
        let text = pending[stream] + chunk;
        let nl;
        while ((nl = text.indexOf('\n')) >= 0) {
            options.onLine(text.slice(0, nl).replace(/\r$/, ''), stream);
            text = text.slice(nl + 1);
        }
        while (text.length > MAX_LINE) {
            options.onLine(text.slice(0, MAX_LINE), stream);
            text = text.slice(MAX_LINE);
        }
        pending[stream] = text;
    };
    child.stdout.setEncoding('utf8').on('data', feed('stdout'));
    child.stderr.setEncoding('utf8').on('data', feed('stderr'));
    let outcome;
    let killTimer;
    const killGroup = (why) => {
        if (outcome)
            return;
        outcome = why;
        signalGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.killGraceMs ?? 3000);
    };
    const timer = setTimeout(() => killGroup('timeout'), options.timeoutMs);
    const onAbort = () => killGroup('cancelled');
    options.signal.addEventListener('abort', onAbort, { once: true });
    // Registered now: 'close' may follow 'exit' before the code after the exit await runs.
    const closed = new Promise((resolve) => child.once('close', resolve));
    const exit = await new Promise((resolve) => {
        child.once('error', (err) => resolve({ code: null, signal: null, spawnError: err }));
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    // A background process the script started may hold the pipes open: wait briefly, then let go.
    await Promise.race([
        closed,
        new Promise((resolve) => setTimeout(resolve, 500))
    ]);
    child.stdout.destroy();
    child.stderr.destroy();
    if (outcome) {
        // What the script left running in its group goes too (the grace timer may still be pending).
        signalGroup(child.pid, 'SIGKILL');
    }
    if (killTimer)
        clearTimeout(killTimer);
    for (const stream of ['stdout', 'stderr'])
        if (pending[stream])
            options.onLine(pending[stream], stream);
    if (exit.spawnError) {
        options.onLine(`cannot start ${script.shown}: ${exit.spawnError.message}`, 'stderr');
        return { outcome: 'failed', code: null, signal: null, ms: Date.now() - started };
    }
    return { outcome: outcome ?? (exit.code === 0 ? 'ok' : 'failed'), code: exit.code, signal: exit.signal, ms: Date.now() - started };
}
function signalGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is gone already.
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/strategy.js
/**
 * Deployment strategies: the steps by which a version is brought into service once migrations
 * ran. A strategy only plans; the engine applies each step through the provider, verifies where
 * the plan says so (the smoke-test core), and rolls back when a step or a verification fails.
 *
 * - `direct`: one step, all traffic at once.
 * - `blue-green`: deploy to the idle slot with no traffic, verify the slot, switch all traffic to
 *   it, verify the environment; the old slot keeps running for an instant rollback.
 * - `canary`: deploy to the idle slot with the first share of `canary-steps`, then raise the share
 *   step by step; after each, the slot and the environment are verified.
 */

/** Strategy names of the `strategy` input. */
const STRATEGIES = ['direct', 'blue-green', 'canary'];
/** The two slots of blue-green and canary. */
const SLOTS = ['blue', 'green'];
/** The slot a slotted strategy deploys to: the one not serving now (blue when none is). */
function idleSlot(active) {
    return active === 'blue' ? 'green' : 'blue';
}
/** `direct`: one step, all traffic; verified on the environment when verify-checks are given. */
class DirectStrategy {
    name = 'direct';
    slotted = false;
    plan() {
        return [{ action: 'deploy', slot: '', trafficPercent: 100, verifySlot: false, verifyEnvironment: true }];
    }
}
/** `blue-green`: the idle slot is deployed and verified with no traffic, then takes all of it. */
class BlueGreenStrategy {
    name = 'blue-green';
    slotted = true;
    plan(slot) {
        return [
            { action: 'deploy', slot, trafficPercent: 0, verifySlot: true, verifyEnvironment: false },
            { action: 'traffic', slot, trafficPercent: 100, verifySlot: false, verifyEnvironment: true }
        ];
    }
}
/** `canary`: the idle slot takes the shares of `canary-steps` in turn, verified after each. */
class CanaryStrategy {
    steps;
    name = 'canary';
    slotted = true;
    constructor(steps) {
        this.steps = steps;
    }
    plan(slot) {
        return this.steps.map((p, i) => ({ action: i === 0 ? 'deploy' : 'traffic', slot, trafficPercent: p, verifySlot: true, verifyEnvironment: true }));
    }
}
/**
 * Parses `canary-steps`: increasing percentages above 0, ending at 100 (`10,50,100`; `%` signs
 * and spaces allowed). At most 20 steps.
 */
function parseCanarySteps(value, input) {
    const parts = value
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (parts.length === 0)
        throw new core_errors/* UserError */.y('no steps', { input, hint: 'e.g. 10,50,100' });
    if (parts.length > 20)
        throw new core_errors/* UserError */.y(`${parts.length} steps; at most 20`, { input });
    const steps = [];
    for (const part of parts) {
        const m = /^(\d+(?:\.\d+)?)%?$/.exec(part);
        const n = m ? Number(m[1]) : NaN;
        if (!Number.isFinite(n) || n <= 0 || n > 100)
            throw new core_errors/* UserError */.y(`${JSON.stringify(part)} is not a percentage above 0 and at most 100`, { input, hint: 'e.g. 10,50,100' });
        if (steps.length && n <= steps[steps.length - 1])
            throw new core_errors/* UserError */.y(`steps must increase: ${steps[steps.length - 1]} then ${n}`, { input, hint: 'e.g. 10,50,100' });
        steps.push(n);
    }
    if (steps[steps.length - 1] !== 100)
        throw new core_errors/* UserError */.y(`the last step must be 100 (all traffic), got ${steps[steps.length - 1]}`, { input, hint: `e.g. ${[...steps, 100].join(',')}` });
    return steps;
}
/** The strategy of the `strategy` input (`canary-steps` already parsed). */
function createStrategy(name, input, canarySteps = [10, 50, 100]) {
    if (name === 'direct')
        return new DirectStrategy();
    if (name === 'blue-green')
        return new BlueGreenStrategy();
    if (name === 'canary')
        return new CanaryStrategy(canarySteps);
    throw new core_errors/* UserError */.y(`unknown strategy ${JSON.stringify(name)}`, { input, hint: `one of ${STRATEGIES.join(', ')}` });
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/provider.js
/** Names of the `provider` input. */
const PROVIDERS = ['command', 'kubernetes', 'aws-ecs', 'azure-webapp', 'gcp-cloudrun', 'vercel'];

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/src/core/deploy/command-provider.js
/**
 * Provider `command`: the user's own scripts. `run` brings a step about, `rollback-run` (or `run`
 * with the previous version) a rollback. Each call gets the step in PHASE_GATES_* variables (set
 * by the engine) and a file in PHASE_GATES_OUTPUT where it may write `url=…`, the address at which
 * the slot it deployed can be reached for verification, as a step writes GITHUB_OUTPUT.
 */





/** Reads the `provider-options` of `command`: only `slot-urls` is known. */
function commandOptions(options, input) {
    const unknown = Object.keys(options).filter((k) => k !== 'slot-urls');
    if (unknown.length)
        throw new core_errors/* UserError */.y(`unknown key${unknown.length > 1 ? 's' : ''} for provider command: ${unknown.join(', ')}`, { input, hint: 'provider command knows slot-urls' });
    const raw = options['slot-urls'];
    const slotUrls = {};
    if (raw === undefined || raw === null)
        return { slotUrls };
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new core_errors/* UserError */.y('slot-urls must be a mapping of blue and green to URLs', { input });
    for (const [slot, url] of Object.entries(raw)) {
        if (!SLOTS.includes(slot))
            throw new core_errors/* UserError */.y(`slot-urls: unknown slot ${JSON.stringify(slot)}`, { input, hint: 'blue or green' });
        if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url))
            throw new core_errors/* UserError */.y(`slot-urls.${slot} is not an http(s) URL`, { input });
        slotUrls[slot] = url;
    }
    return { slotUrls };
}
/** Reads `name=value` lines (and `name<<EOF` blocks) of an output file, as the runner does. */
function readOutputFile(text) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
            const value = [];
            while (++i < lines.length && lines[i] !== heredoc[2])
                value.push(lines[i]);
            out[heredoc[1]] = value.join('\n');
            continue;
        }
        const at = lines[i].indexOf('=');
        if (at > 0)
            out[lines[i].slice(0, at).trim()] = lines[i].slice(at + 1).trim();
    }
    return out;
}
/** The `command` provider. */
class CommandProvider {
    run;
    rollbackRun;
    options;
    name = 'command';
    strategies = ['direct', 'blue-green', 'canary'];
    programs = [];
    constructor(run, rollbackRun, options = { slotUrls: {} }) {
        this.run = run;
        this.rollbackRun = rollbackRun;
        this.options = options;
    }
    script(step) {
        return step.action === 'rollback' ? (this.rollbackRun ?? this.run) : this.run;
    }
    command(step, script, env = {}) {
        const what = step.action === 'rollback' ? `roll back to ${step.version || '(nothing)'}` : step.action === 'traffic' ? `move ${step.trafficPercent}% of traffic to ${step.slot}` : `deploy ${step.version}${step.slot ? ` to ${step.slot}` : ''}`;
        return { program: script.file, args: script.args, env, purpose: `${script.input}: ${what}`, input: script.input };
    }
    plan(step) {
        const script = this.script(step);
        return script ? [this.command(step, script)] : [];
    }
    async apply(step, runtime) {
        const script = this.script(step);
        if (!script)
            return { outcome: 'failed', detail: 'no run or rollback-run script' };
        const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'phase-gates-output-'));
        const file = external_node_path_.join(dir, 'output');
        try {
            const result = await runtime.exec(this.command(step, script, { PHASE_GATES_OUTPUT: file }));
            let written = {};
            try {
                written = readOutputFile((0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 64 * 1024));
            }
            catch {
                // The script wrote nothing.
            }
            const url = written.url && /^https?:\/\/\S+$/.test(written.url) ? written.url : step.slot ? this.options.slotUrls[step.slot] : undefined;
            if (result.outcome === 'ok')
                return { outcome: 'ok', url };
            if (result.outcome === 'cancelled')
                return { outcome: 'cancelled' };
            return { outcome: 'failed', url, detail: result.outcome === 'timeout' ? `${script.input} timed out` : `${script.input} exited with ${result.code ?? 'a signal'}` };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/config.js
/**
 * The inputs of deploy, read and validated all at once before anything else happens: every bad
 * value is reported together, each naming its input, and nothing is created or run.
 */












/** Whether an environment name means production (`production`, `prod`, `production-eu`, …). */
function isProduction(environment) {
    return /^prod(uction)?([-_/.].*)?$/i.test(environment);
}
/** Reads and checks every input; throws one UserError carrying all problems found. */
function readDeployConfig(host) {
    const errors = [];
    const attempt = (fn, fallback) => {
        try {
            return fn();
        }
        catch (err) {
            if (!(err instanceof core_errors/* UserError */.y))
                throw err;
            errors.push(err, ...err.more);
            return fallback;
        }
    };
    const ws = host.workspace;
    const environment = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Environment);
        if (!v)
            throw new core_errors/* UserError */.y('required and not supplied', { input: constants/* DeployInputs */.L2.Environment, hint: 'e.g. staging or production' });
        if (!/^[\w.\-/ ]{1,255}$/.test(v))
            throw new core_errors/* UserError */.y(`not an environment name: ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Environment });
        return v;
    }, '');
    const mode = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Mode, 'deploy');
        if (v !== 'deploy' && v !== 'rollback')
            throw new core_errors/* UserError */.y(`must be deploy or rollback, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Mode });
        return v;
    }, 'deploy');
    const providerName = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Provider, 'command');
        if (v === 'command')
            return v;
        if (PROVIDERS.includes(v)) {
            throw new core_errors/* UserError */.y(`provider ${v} is not available in this version`, { input: constants/* DeployInputs */.L2.Provider, hint: 'use command with your own run script' });
        }
        throw new core_errors/* UserError */.y(`unknown provider ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.Provider, hint: `one of ${PROVIDERS.join(', ')}` });
    }, 'command');
    const providerOptions = attempt(() => {
        const v = host.getInput(constants/* DeployInputs */.L2.ProviderOptions).trim();
        if (!v)
            return {};
        let parsed;
        try {
            parsed = (0,dist/* parse */.qg)(v);
        }
        catch (err) {
            throw new core_errors/* UserError */.y(`not YAML: ${err.message.split('\n')[0]}`, { input: constants/* DeployInputs */.L2.ProviderOptions });
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new core_errors/* UserError */.y('must be a YAML mapping', { input: constants/* DeployInputs */.L2.ProviderOptions });
        return parsed;
    }, {});
    const sha = (host.env.GITHUB_SHA ?? '').trim();
    const version = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Version, sha);
        if (mode === 'deploy')
            assertVersionSyntax(v, constants/* DeployInputs */.L2.Version);
        else if (v)
            assertVersionSyntax(v, constants/* DeployInputs */.L2.Version);
        return v;
    }, '');
    const script = (name) => attempt(() => {
        const v = host.getInput(name).trim();
        return v ? parseScript(v, name, ws, host.env) : undefined;
    }, undefined);
    const run = script(constants/* DeployInputs */.L2.Run);
    const rollbackRun = script(constants/* DeployInputs */.L2.RollbackRun);
    const migrateRun = script(constants/* DeployInputs */.L2.MigrateRun);
    if (providerName === 'command' && mode === 'deploy' && !host.getInput(constants/* DeployInputs */.L2.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('required for provider command and not supplied', { input: constants/* DeployInputs */.L2.Run, hint: 'the deploy script, e.g. ./deploy.sh' }));
    }
    if (providerName === 'command' && mode === 'rollback' && !host.getInput(constants/* DeployInputs */.L2.RollbackRun).trim() && !host.getInput(constants/* DeployInputs */.L2.Run).trim()) {
        errors.push(new core_errors/* UserError */.y('mode rollback needs rollback-run (or run, called with the previous version)', { input: constants/* DeployInputs */.L2.RollbackRun }));
    }
    const canarySteps = attempt(() => parseCanarySteps((0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.CanarySteps, '10,50,100'), constants/* DeployInputs */.L2.CanarySteps), [10, 50, 100]);
    const strategy = attempt(() => createStrategy((0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Strategy, 'direct'), constants/* DeployInputs */.L2.Strategy, canarySteps), createStrategy('direct', constants/* DeployInputs */.L2.Strategy));
    const provider = attempt(() => {
        if (providerName !== 'command')
            return undefined;
        return new CommandProvider(run, rollbackRun, commandOptions(providerOptions, constants/* DeployInputs */.L2.ProviderOptions));
    }, undefined);
    if (provider && !provider.strategies.includes(strategy.name)) {
        errors.push(new core_errors/* UserError */.y(`provider ${provider.name} does not support strategy ${strategy.name}`, { input: constants/* DeployInputs */.L2.Strategy, hint: `with ${provider.name}: ${provider.strategies.join(', ')}` }));
    }
    for (const program of provider?.programs ?? []) {
        if (!findOnPath(program, host.env))
            errors.push(new core_errors/* UserError */.y(`${program}: command not found on PATH (provider ${provider.name} runs it)`, { input: constants/* DeployInputs */.L2.Provider, hint: `install ${program} on the runner, or set up its action before this step` }));
    }
    const production = isProduction(environment);
    const requireGates = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.RequireGates, production), production);
    const stagingEnvironment = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.StagingEnvironment, 'staging');
    const requireStaging = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.RequireStaging, production), production);
    const freezeText = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.FreezeWindows, DEFAULT_FREEZE);
    const freezeWindows = attempt(() => parseFreezeWindows(freezeText, constants/* DeployInputs */.L2.FreezeWindows), []);
    const timezone = attempt(() => checkTimeZone((0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Timezone, 'UTC'), constants/* DeployInputs */.L2.Timezone), 'UTC');
    const freezeOverride = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.FreezeOverride);
    const requiredSecrets = attempt(() => {
        const names = (0,files/* splitList */.ry)(host.getInput(constants/* DeployInputs */.L2.RequiredSecrets));
        const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
        if (bad.length)
            throw new core_errors/* UserError */.y(`not environment variable names: ${bad.map((b) => JSON.stringify(b)).join(', ')}`, { input: constants/* DeployInputs */.L2.RequiredSecrets, hint: 'give the names of variables, not their values' });
        return names;
    }, []);
    const region = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Region);
    const allowedRegions = (0,files/* splitList */.ry)(host.getInput(constants/* DeployInputs */.L2.AllowedRegions));
    const environmentUrl = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.EnvironmentUrl);
        if (!v)
            return '';
        let url;
        try {
            url = new URL(v);
        }
        catch {
            throw new core_errors/* UserError */.y(`not a URL: ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.EnvironmentUrl });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new core_errors/* UserError */.y('must be an http or https URL', { input: constants/* DeployInputs */.L2.EnvironmentUrl });
        return v;
    }, '');
    const timeoutMs = attempt(() => {
        const v = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.TimeoutMinutes, '30');
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0 || n > 360)
            throw new core_errors/* UserError */.y(`must be a number of minutes above 0 and at most 360, got ${JSON.stringify(v)}`, { input: constants/* DeployInputs */.L2.TimeoutMinutes });
        return Math.round(n * 60_000);
    }, 30 * 60_000);
    const dryRun = attempt(() => (0,inputs/* booleanInput */.tE)(host, constants/* DeployInputs */.L2.DryRun, false), false);
    const logFile = attempt(() => (0,files/* resolveInWorkspace */.z1)(ws, (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.LogPath, constants/* Defaults */.Hw.DeployLog), constants/* DeployInputs */.L2.LogPath), '');
    const ledgerFile = attempt(() => (0,files/* resolveInWorkspace */.z1)(ws, (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.LedgerPath, constants/* DEPLOY_LEDGER_DEFAULT */.ID), constants/* DeployInputs */.L2.LedgerPath), '');
    const token = (0,inputs/* input */.hF)(host, constants/* DeployInputs */.L2.Token);
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return {
        environment,
        mode,
        providerName,
        provider: provider,
        providerOptions,
        version,
        run,
        rollbackRun,
        migrateRun,
        strategy,
        verifyChecks: host.getInput(constants/* DeployInputs */.L2.VerifyChecks).trim(),
        gatesReport: host.getInput(constants/* DeployInputs */.L2.GatesReport).trim(),
        requireGates,
        stagingEnvironment,
        requireStaging,
        production,
        freezeWindows,
        freezeText,
        timezone,
        freezeOverride,
        requiredSecrets,
        region,
        allowedRegions,
        environmentUrl,
        timeoutMs,
        dryRun,
        logFile,
        ledgerFile,
        token,
        sha
    };
}

// EXTERNAL MODULE: ./.build/src/core/schemas.js + 2 modules
var schemas = __webpack_require__(8623);
;// CONCATENATED MODULE: ./.build/src/core/deploy/store.js
/**
 * Where deployments are recorded: GitHub's Deployments API (src/core/deploy/github-store.ts) or,
 * without a token, a local ledger file (src/core/deploy/ledger.ts). Both keep the same facts — a
 * deployment of a version to an environment, and the statuses it went through — so that history,
 * staging-first, the lock and rollback are computed once, here, for both.
 */
/** How many deployments of an environment the history queries read at most. */
const HISTORY_LIMIT = 100;
/**
 * How long an unfinished deployment holds the lock: a run that died without a final status (a
 * runner lost, a SIGKILL) must not block its environment for ever. GitHub ends jobs after 6 hours.
 */
const LOCK_STALE_MS = 6 * 60 * 60 * 1000;
const FINAL_BAD = ['failure', 'error'];
async function withStates(store, record) {
    if (!record.states) {
        const { states, updatedAt } = await store.states(record);
        record.states = states;
        record.updatedAt = updatedAt ?? record.createdAt;
    }
    return record;
}
/**
 * Whether a deployment succeeded and still counts: it reached `success` (GitHub later marks it
 * `inactive` when a newer one succeeds, which does not undo it), was not failed afterwards, and
 * was not rolled back.
 */
function counts(record, rolledBack) {
    const states = record.states ?? [];
    if (!states.includes('success') || rolledBack.has(record.id))
        return false;
    const last = states[states.length - 1];
    return !FINAL_BAD.includes(last);
}
/** Reads the history of `environment` and derives current, previous and in-progress deployments. */
async function environmentHistory(store, environment, now) {
    const records = await store.list(environment, HISTORY_LIMIT);
    const out = {};
    const rolledBack = new Set();
    for (const r of records) {
        await withStates(store, r);
        const states = r.states ?? [];
        const last = states[states.length - 1];
        if (r.rollbackOf && states.includes('success'))
            rolledBack.add(r.rollbackOf);
        if (!out.inProgress && (last === 'in_progress' || last === 'queued' || last === 'pending' || last === undefined)) {
            const age = now.getTime() - Date.parse(r.updatedAt ?? r.createdAt);
            if (age < LOCK_STALE_MS)
                out.inProgress = r;
        }
        if (!counts(r, rolledBack))
            continue;
        if (!out.current)
            out.current = r;
        else if (r.version !== out.current.version) {
            out.previous = r;
            break;
        }
    }
    return out;
}
/** The newest deployment of `version` to `environment` that succeeded and counts. */
async function successfulDeploymentOf(store, environment, version) {
    const records = await store.list(environment, HISTORY_LIMIT);
    const rolledBack = new Set();
    for (const r of records) {
        await withStates(store, r);
        if (r.rollbackOf && (r.states ?? []).includes('success'))
            rolledBack.add(r.rollbackOf);
        if (r.version === version && counts(r, rolledBack))
            return r;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/checks.js
/**
 * The pre-deploy checks. Each one runs, whatever the others found, and reports pass, fail or
 * skip with a reason; a deploy goes ahead only when none failed. Nothing here changes anything.
 */







/**
 * Reads the `gates-report` input: the `report` output of gates-enforcer (one-line JSON) or a file
 * holding it. A value that is not such a report is bad input naming the input.
 */
async function loadGatesReport(value, workspace) {
    if (!value)
        return undefined;
    let data;
    let origin = 'the gates-report input';
    let file;
    if (value.startsWith('{') || value.startsWith('[')) {
        try {
            data = JSON.parse(value);
        }
        catch (err) {
            throw new core_errors/* UserError */.y(`not JSON (${err.message.replace(/ in JSON at position.*$/s, '')})`, { input: constants/* DeployInputs */.L2.GatesReport, hint: 'give the report output of gates-enforcer or the path of gates-report.json' });
        }
    }
    else {
        const resolved = (0,files/* resolveInWorkspace */.z1)(workspace, value, constants/* DeployInputs */.L2.GatesReport);
        file = (0,files/* displayPath */.Gt)(workspace, resolved);
        try {
            data = (await (0,files/* readJsonText */.gb)(resolved, file, constants/* DeployInputs */.L2.GatesReport)).value;
        }
        catch (err) {
            if (err.code === 'ENOENT')
                throw new core_errors/* UserError */.y('file not found', { input: constants/* DeployInputs */.L2.GatesReport, file });
            throw err;
        }
        origin = file;
    }
    const problems = (0,schemas/* schemaErrors */.d)('gates-report', data);
    if (problems.length) {
        const schema = data?.schema;
        const what = typeof schema === 'string' && schema !== 'phase-gates/gates-report@1' ? `a ${JSON.stringify(schema)} document` : problems.slice(0, 3).join('; ');
        throw new core_errors/* UserError */.y(`not a phase-gates gates report (${what})`, { input: constants/* DeployInputs */.L2.GatesReport, file, hint: 'give the report output of gates-enforcer' });
    }
    const report = data;
    return { passed: report.passed, sha: report.sha, failed: report.gates.filter((g) => !g.passed).map((g) => g.name), origin };
}
/** Runs every check; never stops at the first failure. */
async function runChecks(ctx) {
    const { config } = ctx;
    const rollback = config.mode === 'rollback';
    const results = [];
    // Gates: the verdict of Phase 05, for this very commit.
    if (rollback)
        results.push({ id: 'gates', title: 'Gates passed', status: 'skip', detail: 'rollback to a version that passed before' });
    else if (!ctx.gates) {
        results.push(config.requireGates
            ? { id: 'gates', title: 'Gates passed', status: 'fail', detail: `no gates report, required for ${config.environment} (give gates-report, or require-gates: false)` }
            : { id: 'gates', title: 'Gates passed', status: 'skip', detail: 'no gates report given and none required' });
    }
    else if (!ctx.gates.passed) {
        results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: `the gates report failed: ${ctx.gates.failed.join(', ') || 'passed is false'}` });
    }
    else if (!config.sha) {
        results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: 'GITHUB_SHA is not set: cannot tell which commit the report is for' });
    }
    else if (ctx.gates.sha !== config.sha) {
        results.push({ id: 'gates', title: 'Gates passed', status: 'fail', detail: `the report is for commit ${ctx.gates.sha ?? 'unknown'}, not ${config.sha}` });
    }
    else
        results.push({ id: 'gates', title: 'Gates passed', status: 'pass', detail: `passed for ${config.sha.slice(0, 12)} (${ctx.gates.origin})` });
    // Freeze windows, on the wall clock of the configured zone.
    const clock = wallClock(ctx.now, config.timezone);
    const at = `${clock.text} ${config.timezone}${ctx.nowSource ? ` (${ctx.nowSource})` : ''}`;
    const frozen = activeFreeze(config.freezeWindows, clock);
    if (rollback)
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: `a rollback is allowed in a freeze (${at})` });
    else if (!config.freezeWindows.length)
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'skip', detail: 'freeze-windows: none' });
    else if (!frozen)
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `${at} is outside ${config.freezeText}` });
    else if (config.freezeOverride) {
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'pass', detail: `inside "${frozen.text}" at ${at}; overridden: ${config.freezeOverride}` });
    }
    else
        results.push({ id: 'freeze', title: 'Outside freeze windows', status: 'fail', detail: `${at} is inside the freeze window "${frozen.text}" (freeze-override with a reason allows it)` });
    // Staging first: this version succeeded in the staging environment.
    if (rollback)
        results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: 'rollback' });
    else if (config.environment === config.stagingEnvironment)
        results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `${config.environment} is the staging environment` });
    else {
        const found = await successfulDeploymentOf(ctx.store, config.stagingEnvironment, ctx.version);
        if (found)
            results.push({ id: 'staging', title: 'Staging first', status: 'pass', detail: `${ctx.version} succeeded in ${config.stagingEnvironment} (deployment ${found.id})` });
        else if (config.requireStaging) {
            results.push({ id: 'staging', title: 'Staging first', status: 'fail', detail: `${ctx.version} has no successful deployment in ${config.stagingEnvironment} (${ctx.store.kind})` });
        }
        else
            results.push({ id: 'staging', title: 'Staging first', status: 'skip', detail: `not required for ${config.environment} (${ctx.version} is not in ${config.stagingEnvironment})` });
    }
    // An immutable version.
    if (!ctx.version)
        results.push({ id: 'version', title: 'Immutable version', status: 'fail', detail: 'no previous successful version to roll back to' });
    else {
        const v = classifyVersion(ctx.version);
        results.push({ id: 'version', title: 'Immutable version', status: v.immutable ? 'pass' : 'fail', detail: v.immutable ? `${ctx.version} (${v.kind})` : `${ctx.version}: ${v.kind}; deploy a commit SHA, a semver tag or a digest` });
    }
    // Secrets: set and not empty (their values are registered as secrets by the caller).
    if (!config.requiredSecrets.length)
        results.push({ id: 'secrets', title: 'Required secrets', status: 'skip', detail: 'none required' });
    else {
        const missing = config.requiredSecrets.filter((name) => !ctx.env[name]?.trim());
        results.push(missing.length
            ? { id: 'secrets', title: 'Required secrets', status: 'fail', detail: `not set or empty: ${missing.join(', ')}` }
            : { id: 'secrets', title: 'Required secrets', status: 'pass', detail: `${config.requiredSecrets.join(', ')} set and masked` });
    }
    // Data residency.
    if (!config.region && !config.allowedRegions.length)
        results.push({ id: 'region', title: 'Region allowed', status: 'skip', detail: 'no region given' });
    else if (!config.region)
        results.push({ id: 'region', title: 'Region allowed', status: 'fail', detail: `allowed-regions is set (${config.allowedRegions.join(', ')}) but no region is given` });
    else if (!config.allowedRegions.length)
        results.push({ id: 'region', title: 'Region allowed', status: 'skip', detail: `${config.region}; no allowed-regions to check against` });
    else if (config.allowedRegions.includes(config.region))
        results.push({ id: 'region', title: 'Region allowed', status: 'pass', detail: `${config.region} is in ${config.allowedRegions.join(', ')}` });
    else
        results.push({ id: 'region', title: 'Region allowed', status: 'fail', detail: `${config.region} is not in allowed-regions (${config.allowedRegions.join(', ')})` });
    // A way back.
    const previous = rollback ? ctx.history.previous : ctx.history.current;
    if (rollback) {
        results.push(previous
            ? { id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `back to ${previous.version} (deployment ${previous.id}) with ${config.rollbackRun ? 'rollback-run' : 'run'}` }
            : { id: 'rollback-path', title: 'Rollback path', status: 'fail', detail: `no earlier successful version of ${config.environment} in the ${ctx.store.kind}` });
    }
    else if (config.rollbackRun) {
        results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `rollback-run${previous ? `, back to ${previous.version}` : ''}` });
    }
    else if (previous) {
        results.push({ id: 'rollback-path', title: 'Rollback path', status: 'pass', detail: `run again with the previous version ${previous.version}` });
    }
    else {
        results.push({ id: 'rollback-path', title: 'Rollback path', status: 'fail', detail: `no rollback-run and no previous successful version of ${config.environment}` });
    }
    // The lock: no other deployment of this environment under way.
    const busy = ctx.history.inProgress;
    results.push(busy
        ? { id: 'lock', title: 'No deployment in progress', status: 'fail', detail: `deployment ${busy.id} of ${busy.version} to ${config.environment} is still ${busy.states?.at(-1) ?? 'pending'} (${ctx.store.kind})` }
        : { id: 'lock', title: 'No deployment in progress', status: 'pass', detail: `none in ${config.environment} (${ctx.store.kind} ${ctx.store.where})` });
    return results;
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/redact.js
/**
 * Secret redaction for everything deploy writes itself (the audit log, the summary, outputs, the
 * lines it relays from scripts). The runner masks what reaches stdout, but not files.
 */
/** The mask, as the runner prints it. */
const MASK = '***';
/** Holds the secret values of one run and replaces them in text. */
class Redactor {
    secrets = [];
    /** Registers a value (ignoring empty ones); longer values are replaced first. */
    add(value) {
        if (!value)
            return;
        // A multi-line secret (a key) is also masked line by line, since output is relayed per line.
        for (const v of [value, ...value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= 4)]) {
            if (!this.secrets.includes(v))
                this.secrets.push(v);
        }
        this.secrets.sort((a, b) => b.length - a.length);
    }
    /** `text` with every registered value replaced by {@link MASK}. */
    redact(text) {
        let s = text;
        for (const secret of this.secrets)
            if (s.includes(secret))
                s = s.split(secret).join(MASK);
        return s;
    }
    /** The values, for hosts that mask on their own (registered once each). */
    values() {
        return this.secrets;
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/audit-log.js
/**
 * The audit log (`ci/deploy-logs.txt`): one event a line, `ISO-time LEVEL event key=value …`,
 * appended with one write(2) per line on a file descriptor, so a line is in the file the moment it
 * is logged and survives a cancelled or killed step. Every line goes through the redactor first.
 */


function formatValue(value) {
    const s = String(value);
    if (s !== '' && /^[^\s"=\\]+$/.test(s))
        return s;
    return JSON.stringify(s);
}
/** Formats one event line (without its newline). Exported for tests of the format. */
function formatEvent(time, level, event, fields = {}) {
    let line = `${time.toISOString()} ${level} ${event}`;
    for (const [key, value] of Object.entries(fields)) {
        if (value === undefined)
            continue;
        line += ` ${key}=${formatValue(value)}`;
    }
    return line.replace(/[\r\n]+/g, ' ');
}
/** An open audit log. */
class AuditLog {
    redactor;
    file;
    fd;
    constructor(fd, redactor, 
    /** The file, absolute. */
    file) {
        this.redactor = redactor;
        this.file = file;
        this.fd = fd;
    }
    /** Opens (creating its directory) `file` for appending. */
    static open(file, redactor) {
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
        return new AuditLog((0,external_node_fs_.openSync)(file, 'a', 0o644), redactor, file);
    }
    /** Appends one event, redacted; written to the file before this returns. */
    write(level, event, fields = {}) {
        if (this.fd === undefined)
            return;
        const line = this.redactor.redact(formatEvent(new Date(), level, event, fields)) + '\n';
        (0,external_node_fs_.writeSync)(this.fd, line);
    }
    info(event, fields) {
        this.write('INFO', event, fields);
    }
    warn(event, fields) {
        this.write('WARN', event, fields);
    }
    error(event, fields) {
        this.write('ERROR', event, fields);
    }
    /** Flushes to the disk and closes; later writes are dropped. */
    close() {
        if (this.fd === undefined)
            return;
        try {
            (0,external_node_fs_.fsyncSync)(this.fd);
        }
        catch {
            // Some file systems (pipes, /dev/stdout) cannot sync; the lines are written all the same.
        }
        (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/ledger.js
/**
 * The local deployments ledger: the Deployments API's facts in an append-only JSON-lines file, for
 * runs without a GitHub token (the command line, local runs). A line is a deployment or a status;
 * nothing is ever rewritten. Writers take a lock file (created exclusively, holding the writer's
 * pid) and append each line with one write(2) on an O_APPEND descriptor, then fsync.
 */



/** How long a writer waits for the lock before giving up. */
const LOCK_WAIT_MS = 10_000;
/** A lock older than this whose holder is gone is taken over. */
const ledger_LOCK_STALE_MS = 30_000;
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** The ledger at `file` (absolute; created on the first write). */
class LedgerStore {
    file;
    where;
    kind = 'ledger';
    constructor(file, 
    /** The path shown in messages. */
    where) {
        this.file = file;
        this.where = where;
    }
    /** Every entry, in file order. A line that is not an entry is bad input naming the file. */
    read() {
        if (!(0,external_node_fs_.existsSync)(this.file))
            return [];
        const lines = (0,external_node_fs_.readFileSync)(this.file, 'utf8').split('\n');
        const entries = [];
        lines.forEach((line, i) => {
            if (!line.trim())
                return;
            let entry;
            try {
                entry = JSON.parse(line);
            }
            catch {
                // A torn last line (a writer killed mid-write on a file system without atomic appends) is
                // skipped: every complete line before it still holds.
                if (i === lines.length - 1 || (i === lines.length - 2 && lines[lines.length - 1] === ''))
                    return;
                throw new core_errors/* UserError */.y('not a ledger line (invalid JSON)', { file: this.where, line: i + 1 });
            }
            if (entry?.type !== 'deployment' && entry?.type !== 'status')
                throw new core_errors/* UserError */.y('not a ledger line', { file: this.where, line: i + 1 });
            entries.push(entry);
        });
        return entries;
    }
    async list(environment, limit) {
        const entries = this.read();
        const records = [];
        const byId = new Map();
        for (const e of entries) {
            if (e.type === 'deployment') {
                const r = { id: e.id, environment: e.environment, version: e.version, sha: e.sha, createdAt: e.createdAt, rollbackOf: e.rollbackOf, slot: e.slot, states: [] };
                byId.set(e.id, r);
                if (e.environment === environment)
                    records.push(r);
            }
            else {
                const r = byId.get(e.deployment);
                if (r) {
                    r.states.push(e.state);
                    r.updatedAt = e.createdAt;
                }
            }
        }
        return records.reverse().slice(0, limit);
    }
    async states(record) {
        const found = (await this.list(record.environment, Number.MAX_SAFE_INTEGER)).find((r) => r.id === record.id);
        return { states: found?.states ?? [], updatedAt: found?.updatedAt };
    }
    async create(d) {
        return this.locked(() => {
            const entries = this.read();
            const ids = entries.filter((e) => e.type === 'deployment').map((e) => Number(e.id));
            const id = String(ids.length ? Math.max(...ids) + 1 : 1);
            const createdAt = new Date().toISOString();
            this.append({ type: 'deployment', id, environment: d.environment, version: d.version, sha: d.sha, description: d.description, rollbackOf: d.rollbackOf, slot: d.slot || undefined, production: d.production, createdAt, pid: process.pid });
            return { id, environment: d.environment, version: d.version, sha: d.sha, createdAt, rollbackOf: d.rollbackOf, slot: d.slot || undefined, states: [] };
        });
    }
    async setStatus(id, update) {
        await this.locked(() => this.append({
            type: 'status',
            deployment: id,
            state: update.state,
            description: update.description,
            environmentUrl: update.environmentUrl,
            logUrl: update.logUrl,
            createdAt: new Date().toISOString(),
            pid: process.pid
        }));
    }
    append(entry) {
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(this.file), { recursive: true });
        const fd = (0,external_node_fs_.openSync)(this.file, 'a', 0o644);
        try {
            (0,external_node_fs_.writeSync)(fd, JSON.stringify(entry) + '\n');
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Runs `fn` holding `<ledger>.lock`, waiting for another writer (bounded) and taking over a dead one's. */
    async locked(fn) {
        const lock = this.file + '.lock';
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(lock), { recursive: true });
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (;;) {
            try {
                const fd = (0,external_node_fs_.openSync)(lock, 'wx', 0o644);
                (0,external_node_fs_.writeSync)(fd, `${process.pid} ${Date.now()}\n`);
                (0,external_node_fs_.closeSync)(fd);
                break;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                let holder = 0;
                let since = 0;
                try {
                    [holder, since] = (0,external_node_fs_.readFileSync)(lock, 'utf8').trim().split(' ').map(Number);
                }
                catch {
                    // Gone between open and read: try again.
                }
                if (holder && !alive(holder) && Date.now() - since > 0)
                    (0,external_node_fs_.rmSync)(lock, { force: true });
                else if (since && Date.now() - since > ledger_LOCK_STALE_MS)
                    (0,external_node_fs_.rmSync)(lock, { force: true });
                else if (Date.now() > deadline) {
                    throw new core_errors/* UserError */.y(`the ledger is locked by process ${holder || '?'}`, { file: this.where + '.lock', hint: 'another deploy is writing it; remove the lock file if none runs' });
                }
                else
                    await sleep(50);
            }
        }
        try {
            return fn();
        }
        finally {
            (0,external_node_fs_.rmSync)(lock, { force: true });
        }
    }
}

// EXTERNAL MODULE: ./.build/src/core/smoke/checks.js
var smoke_checks = __webpack_require__(4700);
// EXTERNAL MODULE: ./.build/src/core/smoke/http.js
var smoke_http = __webpack_require__(5857);
// EXTERNAL MODULE: ./.build/src/core/smoke/engine.js
var smoke_engine = __webpack_require__(7595);
// EXTERNAL MODULE: ./.build/src/core/smoke/report.js
var smoke_report = __webpack_require__(6123);
;// CONCATENATED MODULE: ./.build/src/core/deploy/verify.js




/** How verification measures: shorter than a smoke test, as it runs at every step. */
const VERIFY_SETTINGS = {
    waitForReadySeconds: 10,
    retries: 2,
    retryDelayMs: 250,
    timeoutMs: 5000,
    samples: 3,
    concurrency: 2,
    maxErrorRate: 0,
    monitorSeconds: 0
};
/** Runs `checks` against `url`; never throws for a failing target. */
async function verifyUrl(url, checks, options) {
    const settings = { target: url, checks, p95Ms: options.p95Ms ?? Number.MAX_SAFE_INTEGER, ...VERIFY_SETTINGS };
    const http = new smoke_http/* HttpClient */.Qq({ timeoutMs: settings.timeoutMs, env: options.env });
    try {
        const engine = new smoke_engine/* SmokeEngine */.wb(settings, { send: (req) => http.send(req), log: options.log });
        const outcome = await engine.run(() => false);
        const report = (0,smoke_report/* buildReport */.FK)(outcome, settings, { startedAt: new Date(0), finishedAt: new Date(0), sha: null, repository: null, runId: null, deploymentId: null }, new smoke_report/* Secrets */.Sb());
        const failed = report.checks.find((c) => !c.passed);
        return {
            url,
            passed: report.passed,
            requests: report.totals.requests,
            failures: report.totals.failures,
            p95Ms: report.totals.p95Ms,
            detail: report.passed ? undefined : failed ? `${failed.name}: ${failed.error ?? 'failed'}` : (report.message ?? `error rate ${(0,smoke_report/* formatPercent */.l9)(report.totals.errorRate ?? 1)}`)
        };
    }
    finally {
        await http.close();
    }
}

;// CONCATENATED MODULE: ./.build/src/core/deploy/engine.js










/** Variables of the runner a script must not inherit: the action's inputs (the token among them) and runtime credentials. */
const WITHHELD = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_|ACTIONS_CACHE_|ACTIONS_RESULTS_)/;
function icon(status) {
    return status === 'pass' ? '✅ pass' : status === 'fail' ? '❌ fail' : '➖ skip';
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Runs deploy and returns its outcome; outputs, summary and log are written as it goes. */
async function executeDeploy(ctx) {
    const { host, config, store, log, redactor, signal } = ctx;
    const rollbackMode = config.mode === 'rollback';
    const summary = [];
    const setOutput = (name, value) => host.setOutput(name, redactor.redact(value));
    const logUrl = runUrl(host.env) ?? (0,files/* displayPath */.Gt)(host.workspace, config.logFile);
    log.info('deploy.start', {
        environment: config.environment,
        mode: config.mode,
        version: rollbackMode ? undefined : config.version,
        sha: config.sha || undefined,
        strategy: config.strategy.name,
        provider: config.providerName,
        store: `${store.kind}:${store.where}`,
        dry_run: config.dryRun,
        actor: host.env.GITHUB_ACTOR,
        run: runUrl(host.env)
    });
    if (ctx.nowSource)
        log.warn('clock', { now: ctx.now.toISOString(), source: ctx.nowSource });
    // 1. History and checks: read only.
    const history = await environmentHistory(store, config.environment, ctx.now);
    const version = rollbackMode ? (history.previous?.version ?? '') : config.version;
    const previousVersion = history.current?.version ?? '';
    const checks = await runChecks({ config, env: host.env, gates: ctx.gates, store, history, version, now: ctx.now, nowSource: ctx.nowSource });
    for (const c of checks)
        log.write(c.status === 'fail' ? 'ERROR' : 'INFO', 'check', { check: c.id, result: c.status, detail: c.detail });
    if (config.freezeOverride && checks.some((c) => c.id === 'freeze' && c.detail.includes('overridden'))) {
        log.warn('freeze.override', { reason: config.freezeOverride, actor: host.env.GITHUB_ACTOR });
        host.annotate('warning', `Deploying inside a freeze window; override: ${redactor.redact(config.freezeOverride)}`, { title: 'phase-gates deploy' });
    }
    for (const c of checks)
        host.info(`${c.status.padEnd(4)} ${c.title}: ${c.detail}`);
    const title = rollbackMode ? `Rollback of ${config.environment} to ${version || '(none)'}` : `Deploy ${version} to ${config.environment}`;
    summary.push(`## ${title}`, '', '| Check | Result | Detail |', '| --- | --- | --- |');
    for (const c of checks)
        summary.push(`| ${c.title} | ${icon(c.status)} | ${cell(c.detail)} |`);
    summary.push('');
    setOutput(constants/* DeployOutputs */.kV.Version, version);
    setOutput(constants/* DeployOutputs */.kV.PreviousVersion, previousVersion);
    setOutput(constants/* DeployOutputs */.kV.LogPath, (0,files/* displayPath */.Gt)(host.workspace, config.logFile));
    setOutput(constants/* DeployOutputs */.kV.EnvironmentUrl, config.environmentUrl);
    const base = { checks, version, previousVersion, rollbackPerformed: false };
    const finish = async (outcome) => {
        setOutput(constants/* DeployOutputs */.kV.Status, outcome.status);
        setOutput(constants/* DeployOutputs */.kV.RollbackPerformed, String(outcome.rollbackPerformed));
        summary.push(`**Status:** \`${outcome.status}\`${outcome.message ? ` — ${cell(outcome.message)}` : ''}`, '');
        await host.appendSummary(redactor.redact(summary.join('\n')));
        return outcome;
    };
    const failed = checks.filter((c) => c.status === 'fail');
    if (failed.length) {
        const message = `pre-deploy checks failed: ${failed.map((c) => `${c.id} (${c.detail})`).join('; ')}`;
        log.error('refused', { failed: failed.map((c) => c.id).join(','), detail: 'nothing was changed' });
        return finish({ ...base, ok: false, status: 'failure', message: redactor.redact(message) });
    }
    if (signal.aborted)
        return finish(cancelled(ctx, base, undefined));
    // 2. The plan.
    const activeSlot = slotOf(history.current);
    const slot = !rollbackMode && config.strategy.slotted ? idleSlot(activeSlot) : '';
    const planned = rollbackMode ? [] : config.strategy.plan(slot);
    const base2 = { environment: config.environment, deploymentId: '' };
    const rollbackStep = (to, from, fromSlot) => ({
        ...base2,
        action: 'rollback',
        version: to?.version ?? '',
        previousVersion: from,
        slot: slotOf(to),
        otherSlot: fromSlot,
        trafficPercent: 100
    });
    const toStep = (p) => ({ ...base2, action: p.action, version, previousVersion, slot: p.slot, otherSlot: p.slot ? (p.slot === 'blue' ? 'green' : 'blue') : '', trafficPercent: p.trafficPercent });
    const verifying = ctx.verifyChecks.length > 0 || config.strategy.slotted;
    const plan = [];
    const commandsOf = (step) => config.provider.plan(step).map((c) => `\`${showCommand(c, host.workspace)}\``).join(', then ') || '(nothing to run)';
    plan.push(`1. record a deployment of \`${version}\` to \`${config.environment}\`${slot ? ` in slot ${slot}` : ''} (${store.kind} ${store.where})`);
    if (!rollbackMode && config.migrateRun)
        plan.push(`${plan.length + 1}. migrations: \`${config.migrateRun.shown}\``);
    if (rollbackMode)
        plan.push(`${plan.length + 1}. roll back from \`${previousVersion}\`${slotOf(history.previous) ? ` to slot ${slotOf(history.previous)}` : ''}: ${commandsOf(rollbackStep(history.previous, previousVersion, activeSlot))}`);
    for (const p of planned) {
        const what = p.slot ? `${p.action === 'deploy' ? `deploy to slot ${p.slot}` : `move traffic to slot ${p.slot}`}, ${p.trafficPercent}% of traffic` : 'deploy, all traffic';
        const checks = verifying && (p.verifySlot || p.verifyEnvironment) ? `; verify ${[p.verifySlot ? 'the slot' : '', p.verifyEnvironment ? 'the environment' : ''].filter(Boolean).join(' and ')}` : '';
        plan.push(`${plan.length + 1}. ${config.strategy.name}: ${what}: ${commandsOf(toStep(p))}${checks}`);
    }
    if (!rollbackMode) {
        const back = rollbackStep(history.current, version, slot);
        plan.push(`${plan.length + 1}. on failure: roll back${previousVersion ? ` to \`${previousVersion}\`${back.slot ? ` (slot ${back.slot} keeps running it)` : ''}` : ''}: ${commandsOf(back)}`);
    }
    summary.push('### Plan', '', ...plan, '');
    if (config.dryRun) {
        log.info('dry-run', { detail: 'every check passed; nothing was changed' });
        host.info('dry-run: every check passed; nothing was changed');
        return finish({ ...base, ok: true, status: 'skipped', message: 'dry run: nothing was changed' });
    }
    // 3. The deployment record.
    const recordSlot = rollbackMode ? slotOf(history.previous) : slot;
    const deployment = await store.create({
        environment: config.environment,
        version,
        sha: config.sha,
        description: rollbackMode ? `phase-gates: roll back to ${version}` : `phase-gates: deploy ${version}`,
        rollbackOf: rollbackMode ? history.current?.id : undefined,
        slot: recordSlot || undefined,
        production: config.production
    });
    base2.deploymentId = deployment.id;
    setOutput(constants/* DeployOutputs */.kV.DeploymentId, deployment.id);
    log.info('deployment.created', { id: deployment.id, version, slot: recordSlot || undefined, store: store.kind });
    let environmentUrl = config.environmentUrl;
    const setStatus = async (state, description) => {
        await store.setStatus(deployment.id, { state, description: redactor.redact(description), environmentUrl: environmentUrl || undefined, logUrl });
        log.write(state === 'failure' || state === 'error' ? 'ERROR' : 'INFO', 'deployment.status', { id: deployment.id, state, description });
    };
    await setStatus('in_progress', rollbackMode ? `rolling back to ${version}` : `deploying ${version}`);
    const withDeployment = { ...base, deploymentId: deployment.id };
    const scriptEnv = (step, mode, extra = {}) => {
        const env = {};
        for (const [k, v] of Object.entries(host.env))
            if (v !== undefined && !WITHHELD.test(k))
                env[k] = v;
        return {
            ...env,
            PHASE_GATES_ENVIRONMENT: config.environment,
            PHASE_GATES_DEPLOYMENT_ID: deployment.id,
            PHASE_GATES_MODE: mode,
            PHASE_GATES_VERSION: step?.version ?? version,
            PHASE_GATES_PREVIOUS_VERSION: step?.previousVersion ?? previousVersion,
            PHASE_GATES_STEP: step?.action ?? mode,
            PHASE_GATES_SLOT: step?.slot ?? '',
            PHASE_GATES_OTHER_SLOT: step?.otherSlot ?? '',
            PHASE_GATES_TRAFFIC_PERCENT: String(step?.trafficPercent ?? 100),
            PHASE_GATES_STRATEGY: config.strategy.name,
            ...extra
        };
    };
    const exec = async (phase, command, env) => {
        const input = command.input ?? config.providerName;
        const shown = showCommand(command, host.workspace);
        log.info('script.start', { phase, input, command: shown, purpose: command.purpose, version: env.PHASE_GATES_VERSION, slot: env.PHASE_GATES_SLOT || undefined, traffic: env.PHASE_GATES_SLOT ? env.PHASE_GATES_TRAFFIC_PERCENT : undefined });
        host.info(`→ ${redactor.redact(command.purpose)}: ${redactor.redact(shown)}`);
        let stdout = '';
        const result = await runScript({ input, file: command.program, args: command.args, shown }, {
            cwd: host.workspace,
            env: { ...env, ...command.env },
            timeoutMs: config.timeoutMs,
            signal,
            onLine: (line, stream) => {
                if (stream === 'stdout' && stdout.length < MAX_STDOUT)
                    stdout += line.slice(0, MAX_STDOUT - stdout.length) + '\n';
                const clean = redactor.redact(line);
                host.info(`[${input}] ${clean}`);
                log.write(stream === 'stderr' ? 'WARN' : 'INFO', 'output', { phase, stream, line: clean });
            }
        });
        const fields = { phase, input, outcome: result.outcome, code: result.code ?? undefined, signal: result.signal ?? undefined, ms: result.ms };
        log.write(result.outcome === 'ok' ? 'INFO' : 'ERROR', 'script.end', fields);
        if (result.outcome === 'timeout')
            host.annotate('error', `${input} timed out after ${config.timeoutMs / 60000} minutes (timeout-minutes)`);
        return { outcome: result.outcome, code: result.code, stdout };
    };
    const applyStep = (phase, step, mode) => config.provider.apply(step, { exec: (command) => exec(phase, command, scriptEnv(step, mode)) });
    const stepRows = [];
    const finishSteps = () => {
        if (stepRows.length)
            summary.push('### Steps', '', '| Step | Slot | Traffic | Result |', '| --- | --- | --- | --- |', ...stepRows, '');
    };
    const finishAll = (outcome) => {
        finishSteps();
        return finish(outcome);
    };
    // 4a. Rollback on demand.
    if (rollbackMode) {
        const step = rollbackStep(history.previous, previousVersion, activeSlot);
        const r = await applyStep('rollback', step, 'rollback');
        stepRows.push(`| rollback to ${version} | ${step.slot || '—'} | ${step.trafficPercent}% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
        if (r.outcome === 'cancelled' || signal.aborted)
            return finishAll(await cancelledAfterChange(ctx, withDeployment, setStatus));
        if (r.outcome === 'ok') {
            await setStatus('success', `rolled back from ${previousVersion} to ${version}`);
            log.info('deploy.end', { status: 'rolled_back', version, slot: step.slot || undefined });
            return finishAll({ ...withDeployment, ok: true, status: 'rolled_back', rollbackPerformed: true, message: `${config.environment} rolled back to ${version}` });
        }
        await setStatus('error', `rollback to ${version} failed`);
        log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
        return finishAll({ ...withDeployment, ok: false, status: 'failure', message: `rollback of ${config.environment} to ${version} failed${r.detail ? `: ${r.detail}` : ''}` });
    }
    // 4b. Migrations: a failure stops here, with nothing deployed.
    if (config.migrateRun) {
        const m = config.migrateRun;
        const r = await exec('migrate', { program: m.file, args: m.args, purpose: 'migrations', input: m.input }, scriptEnv(undefined, 'migrate'));
        if (r.outcome === 'cancelled')
            return finishAll(await cancelledAfterChange(ctx, withDeployment, setStatus));
        if (r.outcome !== 'ok') {
            await setStatus('failure', 'migrations failed; nothing deployed');
            log.error('deploy.end', { status: 'failure', detail: 'migrations failed; nothing deployed' });
            return finishAll({ ...withDeployment, ok: false, status: 'failure', message: 'migrations failed (migrate-run); nothing was deployed' });
        }
    }
    // 5. The strategy: each step applied, then verified where the plan says so.
    let failure;
    let cancelledDuring = false;
    for (const [i, p] of planned.entries()) {
        const step = toStep(p);
        const label = planned.length > 1 ? `step ${i + 1}/${planned.length}` : 'deploy';
        host.info(`${config.strategy.name} ${label}: ${p.slot ? `slot ${p.slot} at ${p.trafficPercent}% of traffic` : `${version}, all traffic`}`);
        const r = await applyStep('deploy', step, 'deploy');
        if (r.outcome === 'cancelled' || signal.aborted) {
            cancelledDuring = true;
            break;
        }
        if (r.outcome !== 'ok') {
            failure = `${label} failed: ${r.detail ?? 'the provider failed'}`;
            stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ❌ ${cell(r.detail ?? 'failed')} |`);
            break;
        }
        if (!config.environmentUrl && !p.slot && r.url) {
            environmentUrl = r.url;
            setOutput(constants/* DeployOutputs */.kV.EnvironmentUrl, r.url);
        }
        const v = await verifyStep(ctx, p, r.url, label);
        if (signal.aborted) {
            cancelledDuring = true;
            break;
        }
        stepRows.push(`| ${label} | ${p.slot || '—'} | ${p.trafficPercent}% | ${v.ok ? '✅' : '❌'} ${cell(v.detail)} |`);
        if (!v.ok) {
            failure = `${label}: verification failed: ${v.detail}`;
            break;
        }
    }
    if (cancelledDuring || signal.aborted)
        return finishAll(await cancelledAfterChange(ctx, withDeployment, setStatus));
    if (!failure) {
        await setStatus('success', `deployed ${version}${slot ? ` (slot ${slot})` : ''}`);
        log.info('deploy.end', { status: 'success', version, slot: slot || undefined, deployment: deployment.id });
        return finishAll({ ...withDeployment, ok: true, status: 'success', message: `${version} is live in ${config.environment}${slot ? ` (slot ${slot})` : ''}` });
    }
    host.annotate('error', redactor.redact(failure), { title: 'phase-gates deploy' });
    // 6. Automatic rollback to the previous successful version.
    const back = history.current;
    const canRollBack = config.providerName === 'command' ? Boolean(config.rollbackRun || back) : Boolean(back);
    if (!canRollBack) {
        await setStatus('failure', `deploy of ${version} failed; no rollback path`);
        log.error('deploy.end', { status: 'failure', detail: 'no rollback path' });
        return finishAll({ ...withDeployment, ok: false, status: 'failure', message: `${failure}; there is nothing to roll back to` });
    }
    const step = rollbackStep(back, version, slot);
    log.warn('rollback.start', { from: version, to: back?.version ?? '', slot: step.slot || undefined });
    const r = await applyStep('rollback', step, 'rollback');
    stepRows.push(`| rollback to ${back?.version ?? '(nothing)'} | ${step.slot || '—'} | 100% | ${r.outcome === 'ok' ? '✅' : '❌'} ${cell(r.detail ?? r.outcome)} |`);
    if (r.outcome === 'cancelled' || signal.aborted)
        return finishAll(await cancelledAfterChange(ctx, { ...withDeployment, rollbackPerformed: true }, setStatus));
    if (r.outcome === 'ok') {
        await setStatus('failure', `deploy of ${version} failed; rolled back to ${back?.version ?? 'the state before'}`);
        log.warn('deploy.end', { status: 'rolled_back', version: back?.version ?? '', slot: step.slot || undefined });
        return finishAll({ ...withDeployment, ok: false, status: 'rolled_back', rollbackPerformed: true, message: `${failure}; rolled back to ${back?.version ?? 'the state before'}` });
    }
    await setStatus('error', `deploy of ${version} failed and the rollback failed too`);
    log.error('deploy.end', { status: 'failure', detail: 'rollback failed' });
    return finishAll({ ...withDeployment, ok: false, status: 'failure', rollbackPerformed: true, message: `${failure}; the rollback${back ? ` to ${back.version}` : ''} failed too` });
}
/** Longest standard output of one command kept for its provider (status, URLs). */
const MAX_STDOUT = 1024 * 1024;
/** A record's slot, when it is one of blue and green. */
function slotOf(record) {
    return record?.slot === 'blue' || record?.slot === 'green' ? record.slot : '';
}
/** A command as a user would type it; a program inside the workspace shown relative to it. */
function showCommand(command, workspace) {
    let program = command.program;
    if (external_node_path_.isAbsolute(program)) {
        const rel = external_node_path_.relative(workspace, program);
        if (rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel))
            program = rel.includes('/') ? rel : `./${rel}`;
    }
    return [program, ...command.args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
/**
 * Verifies one step: the slot at its own URL and the environment at environment-url, as the plan
 * says, with `verify-checks` (or, for blue-green and canary, smoke-test's default `GET /`).
 */
async function verifyStep(ctx, p, slotUrl, label) {
    const { config, log, host, redactor } = ctx;
    const checks = ctx.verifyChecks.length ? ctx.verifyChecks : config.strategy.slotted ? [(0,smoke_checks/* defaultCheck */.I0)(constants/* DeployInputs */.L2.VerifyChecks)] : [];
    if (!checks.length)
        return { ok: true, detail: 'done' };
    const targets = [];
    if (p.verifySlot) {
        if (slotUrl)
            targets.push({ what: `slot ${p.slot}`, url: slotUrl });
        else if (config.strategy.name === 'blue-green') {
            return { ok: false, detail: `slot ${p.slot} cannot be verified before the switch: no URL for it (write url=… to $PHASE_GATES_OUTPUT, or set provider-options slot-urls)` };
        }
        else
            log.warn('verify', { stage: label, detail: `no URL for slot ${p.slot}; only the environment is verified` });
    }
    if (p.verifyEnvironment && config.environmentUrl)
        targets.push({ what: 'environment', url: config.environmentUrl });
    if (!targets.length) {
        if (config.strategy.name === 'canary')
            return { ok: false, detail: 'nothing to verify the canary on: set environment-url, or give the slot URL (url=… in $PHASE_GATES_OUTPUT, or provider-options slot-urls)' };
        return { ok: true, detail: 'done (no URL to verify)' };
    }
    const results = [];
    for (const t of targets) {
        host.info(`verifying ${t.what} at ${redactor.redact(t.url)} (${checks.length} check${checks.length === 1 ? '' : 's'})`);
        const v = await verifyUrl(t.url, checks, { env: host.env, log: (m) => host.info(`  ${redactor.redact(m)}`) });
        log.write(v.passed ? 'INFO' : 'ERROR', 'verify', { stage: label, target: t.what, url: t.url, passed: v.passed, requests: v.requests, failures: v.failures, p95_ms: v.p95Ms ?? undefined, detail: v.detail });
        if (!v.passed)
            return { ok: false, detail: `${t.what} failed verification: ${v.detail ?? 'failed'}` };
        results.push(`${t.what} verified (${v.requests} requests, p95 ${v.p95Ms ?? '—'} ms)`);
    }
    return { ok: true, detail: results.join('; ') };
}
function signalName(signal) {
    return typeof signal.reason === 'string' ? signal.reason : 'a signal';
}
/** Cancelled before anything changed: the log says so last. */
function cancelled(ctx, base, _record) {
    ctx.log.warn('cancelled', { signal: signalName(ctx.signal), detail: 'nothing was changed' });
    return { ...base, ok: false, status: 'failure', message: `cancelled (${signalName(ctx.signal)}) before anything changed` };
}
/** Cancelled after the deployment began: its status is set to `error`, then the log says `cancelled` last. */
async function cancelledAfterChange(ctx, base, setStatus) {
    const why = signalName(ctx.signal);
    try {
        await setStatus('error', `cancelled (${why})`);
    }
    catch (err) {
        ctx.log.error('deployment.status', { id: base.deploymentId, error: err.message });
    }
    ctx.log.warn('cancelled', { signal: why, deployment: base.deploymentId });
    return { ...base, ok: false, status: 'failure', message: `cancelled (${why}); deployment ${base.deploymentId} set to error` };
}
/** The URL of the workflow run, when the runner tells it. */
function runUrl(env) {
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    if (!repo || !id)
        return undefined;
    return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}

;// CONCATENATED MODULE: ./.build/src/core/commands/deploy.js










/** Environment variable that fixes the clock of the freeze check (an ISO time); recorded in the log when used. */
const NOW_ENV = 'PHASE_GATES_NOW';
async function openStore(host, config) {
    if (!config.token)
        return new LedgerStore(config.ledgerFile, (0,files/* displayPath */.Gt)(host.workspace, config.ledgerFile));
    const { createGitHubClient, clientOptionsFromEnv, repoFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(59), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
    const { GitHubStore } = await Promise.all(/* import() */[__webpack_require__.e(59), __webpack_require__.e(348)]).then(__webpack_require__.bind(__webpack_require__, 348));
    try {
        const repo = repoFromEnv(host.env);
        const client = createGitHubClient({ token: config.token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
        return new GitHubStore(client, repo, constants/* DeployInputs */.L2.Token);
    }
    catch (err) {
        throw core_errors/* UserError */.y.attribute(err, { input: constants/* DeployInputs */.L2.Token });
    }
}
function clock(env) {
    const fixed = env[NOW_ENV]?.trim();
    if (!fixed)
        return { now: new Date() };
    const t = Date.parse(fixed);
    if (Number.isNaN(t))
        throw new core_errors/* UserError */.y(`${NOW_ENV} is not an ISO time: ${JSON.stringify(fixed)}`);
    return { now: new Date(t), source: NOW_ENV };
}
/** Runs deploy on a host. */
async function runDeploy(host, options = {}) {
    // Everything a user can get wrong is found before anything is written or run.
    const config = readDeployConfig(host);
    const gates = await loadGatesReport(config.gatesReport, host.workspace);
    const verifyChecks = config.verifyChecks ? await (0,smoke_checks/* loadChecks */.o$)(config.verifyChecks, constants/* DeployInputs */.L2.VerifyChecks, host.workspace) : [];
    const { now, source } = clock(host.env);
    const redactor = new Redactor();
    const secret = (value) => {
        if (!value)
            return;
        host.setSecret(value);
        redactor.add(value);
    };
    secret(config.token);
    for (const name of config.requiredSecrets)
        secret(host.env[name]);
    const store = await openStore(host, config);
    const log = AuditLog.open(config.logFile, redactor);
    let signal = options.signal;
    const controller = new AbortController();
    const handlers = [];
    if (!signal) {
        signal = controller.signal;
        for (const name of ['SIGINT', 'SIGTERM']) {
            const handler = () => {
                // Logged at once, synchronously: the runner follows SIGINT with SIGTERM, then SIGKILL. Only
                // the first is logged, so that the log still ends with `cancelled`.
                if (controller.signal.aborted)
                    return;
                log.warn('signal', { signal: name });
                controller.abort(name);
            };
            process.on(name, handler);
            handlers.push([name, handler]);
        }
    }
    try {
        const outcome = await executeDeploy({ host, config, gates, store, log, redactor, signal, verifyChecks, now, nowSource: source });
        return { ok: outcome.ok, message: outcome.message, outcome };
    }
    catch (err) {
        log.error('internal', { error: err instanceof core_errors/* UserError */.y ? err.render() : err.message });
        throw err;
    }
    finally {
        log.close();
        for (const [name, handler] of handlers)
            process.off(name, handler);
    }
}


/***/ })

};
