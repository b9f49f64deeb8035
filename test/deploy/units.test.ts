/** deploy's parsers: freeze windows (with daylight saving), versions, script words, the audit line format. */
import { activeFreeze, checkTimeZone, parseFreezeWindows, wallClock } from '../../src/core/deploy/freeze.js';
import { assertVersionSyntax, classifyVersion } from '../../src/core/deploy/version.js';
import { shellWords } from '../../src/core/deploy/shell-words.js';
import { formatEvent } from '../../src/core/deploy/audit-log.js';
import { Redactor } from '../../src/core/secrets.js';
import { UserError } from '../../src/core/errors.js';
import { createStrategy, idleSlot, parseCanarySteps } from '../../src/core/deploy/strategy.js';
import { commandOptions, readOutputFile } from '../../src/core/deploy/command-provider.js';
import { showCommand } from '../../src/core/deploy/engine.js';
import { LedgerStore } from '../../src/core/deploy/ledger.js';
import { environmentHistory } from '../../src/core/deploy/store.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const frozen = (windows: string, iso: string, zone = 'UTC') => activeFreeze(parseFreezeWindows(windows, 'freeze-windows'), wallClock(new Date(iso), zone))?.text;

describe('freeze windows', () => {
  it('holds the default weekend window from Friday 00:00 to Monday 00:00', () => {
    expect(frozen('Fri 00:00-Mon 00:00', '2026-11-26T23:59:00Z')).toBeUndefined(); // Thu
    expect(frozen('Fri 00:00-Mon 00:00', '2026-11-27T00:00:00Z')).toBe('Fri 00:00-Mon 00:00');
    expect(frozen('Fri 00:00-Mon 00:00', '2026-11-29T23:59:00Z')).toBeDefined(); // Sun
    expect(frozen('Fri 00:00-Mon 00:00', '2026-11-30T00:00:00Z')).toBeUndefined(); // Mon
  });

  it('reads the wall clock of the zone in winter and in summer (daylight saving)', () => {
    // New York: UTC-5 in November, UTC-4 in July. 18:00 local is 23:00Z, then 22:00Z.
    const w = 'Fri 18:00-Mon 00:00';
    expect(frozen(w, '2026-11-06T22:30:00Z', 'America/New_York')).toBeUndefined();
    expect(frozen(w, '2026-11-06T23:30:00Z', 'America/New_York')).toBe(w);
    expect(frozen(w, '2026-07-10T21:30:00Z', 'America/New_York')).toBeUndefined();
    expect(frozen(w, '2026-07-10T22:30:00Z', 'America/New_York')).toBe(w);
    // The night clocks go forward in Berlin (2026-03-29 02:00 → 03:00): 01:30Z is 03:30 local.
    expect(wallClock(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin').text).toBe('Sun 2026-03-29 03:30');
    expect(frozen('Sun 03:00-04:00', '2026-03-29T00:59:00Z', 'Europe/Berlin')).toBeUndefined(); // 01:59 CET
    expect(frozen('Sun 03:00-04:00', '2026-03-29T01:00:00Z', 'Europe/Berlin')).toBeDefined(); // 03:00 CEST
  });

  it('reads date ranges, whole days, day ranges and daily windows', () => {
    expect(frozen('2026-12-24..2026-12-26', '2026-12-26T23:00:00Z')).toBeDefined();
    expect(frozen('2026-12-24..2026-12-26', '2026-12-27T00:00:00Z')).toBeUndefined();
    // The date is the zone's: 23:30Z on the 23rd is already the 24th in Berlin.
    expect(frozen('2026-12-24', '2026-12-23T23:30:00Z', 'Europe/Berlin')).toBeDefined();
    expect(frozen('Sat-Sun', '2026-11-29T12:00:00Z')).toBeDefined();
    expect(frozen('Sat-Sun', '2026-11-30T00:00:00Z')).toBeUndefined();
    expect(frozen('Wed', '2026-11-25T12:00:00Z')).toBeDefined();
    expect(frozen('22:00-06:00', '2026-11-25T05:59:00Z')).toBeDefined();
    expect(frozen('22:00-06:00', '2026-11-25T06:00:00Z')).toBeUndefined();
    expect(frozen('Fri 22:00-02:00', '2026-11-28T01:00:00Z')).toBeDefined(); // Saturday 01:00
    expect(parseFreezeWindows('none', 'freeze-windows')).toEqual([]);
  });

  it('refuses bad syntax and unknown zones, naming the input', () => {
    for (const bad of ['Fri 25:00-Mon 00:00', 'Friday-ish', '2026-02-30', '2026-12-26..2026-12-24', 'Fri 00:00-Fri 00:00']) {
      expect(() => parseFreezeWindows(bad, 'freeze-windows')).toThrow(UserError);
    }
    expect(() => parseFreezeWindows('Fri 00:00-Mon 00:00, nope, 2026-13-01', 'freeze-windows')).toThrow(UserError);
    expect(allMessages(() => parseFreezeWindows('Fri 00:00-Mon 00:00, nope, 2026-13-01', 'freeze-windows'))).toEqual([
      expect.stringMatching(/^freeze-windows: not a freeze window: "nope"/),
      expect.stringMatching(/^freeze-windows: not a freeze window: "2026-13-01"/)
    ]);
    expect(() => checkTimeZone('Mars/Olympus_Mons', 'timezone')).toThrow(/^unknown time zone/);
    expect(checkTimeZone('Europe/Berlin', 'timezone')).toBe('Europe/Berlin');
  });
});

describe('versions', () => {
  it('accepts SHAs, semver tags and digests, and refuses moving tags', () => {
    for (const ok of ['0123456789abcdef0123456789abcdef01234567', 'abc1234', 'v1.2.3', '1.2.3-rc.1+build.5', 'sha256:' + 'a'.repeat(64), 'ghcr.io/acme/app:v2.0.1', 'ghcr.io/acme/app@sha256:' + 'b'.repeat(64)]) {
      expect(classifyVersion(ok)).toMatchObject({ immutable: true });
    }
    for (const moving of ['latest', 'stable', 'main', 'MASTER', 'feature/login', 'refs/heads/main', 'ghcr.io/acme/app:latest', 'nightly', 'my-branch']) {
      expect(classifyVersion(moving)).toMatchObject({ immutable: false });
    }
  });

  it('refuses shell metacharacters as bad input', () => {
    for (const bad of ['v1;rm -rf /', '$(id)', 'v1`x`', 'v1 v2', 'a|b', 'v1\n']) {
      expect(() => assertVersionSyntax(bad, 'version')).toThrow(UserError);
    }
    expect(() => assertVersionSyntax('v1.2.3', 'version')).not.toThrow();
  });
});

describe('script words', () => {
  it('splits like a shell without expanding anything', () => {
    expect(shellWords(`./deploy.sh --msg 'a b' "c \\"d\\"" e\\ f`, 'run')).toEqual(['./deploy.sh', '--msg', 'a b', 'c "d"', 'e f']);
    expect(shellWords(`echo '$HOME' # comment`, 'run')).toEqual(['echo', '$HOME']);
  });

  it('refuses shell syntax it would not honour', () => {
    for (const bad of ['a && b', 'a | b', 'a > f', 'echo $HOME', 'echo "$HOME"', 'a `b`', "echo 'open", 'a\nb']) {
      expect(() => shellWords(bad, 'run')).toThrow(UserError);
    }
  });
});

describe('audit log lines', () => {
  it('writes time, level, event and key=value fields on one line', () => {
    const line = formatEvent(new Date('2026-01-02T03:04:05.678Z'), 'INFO', 'check', { check: 'gates', result: 'pass', detail: 'a "b"\nc', n: 3, skip: undefined });
    expect(line).toBe('2026-01-02T03:04:05.678Z INFO check check=gates result=pass detail="a \\"b\\"\\nc" n=3');
  });

  it('redacts secrets, also line by line for multi-line values', () => {
    const r = new Redactor();
    r.add('hunter2-long-secret');
    r.add('line-one-of-key\nline-two-of-key');
    expect(r.redact('x hunter2-long-secret y line-two-of-key')).toBe('x *** y ***');
  });
});

/** Every message of the UserError that `fn` throws; fails the test when `fn` throws nothing. */
function allMessages(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).renderAll();
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** The one-line message a user sees for a UserError thrown by `fn`. */
function rendered(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as UserError).render();
  }
  return '(nothing thrown)';
}

describe('strategies', () => {
  it('reads canary-steps: increasing shares ending at 100, with % signs and spaces', () => {
    expect(parseCanarySteps('10,50,100', 'canary-steps')).toEqual([10, 50, 100]);
    expect(parseCanarySteps('5% 25% 100%', 'canary-steps')).toEqual([5, 25, 100]);
    expect(parseCanarySteps('100', 'canary-steps')).toEqual([100]);
    expect(rendered(() => parseCanarySteps('10,50', 'canary-steps'))).toContain('canary-steps: the last step must be 100 (all traffic), got 50');
    expect(rendered(() => parseCanarySteps('50,10,100', 'canary-steps'))).toContain('canary-steps: steps must increase: 50 then 10');
    expect(rendered(() => parseCanarySteps('0,100', 'canary-steps'))).toContain('canary-steps: "0" is not a percentage above 0 and at most 100');
    expect(rendered(() => parseCanarySteps('ten,100', 'canary-steps'))).toContain('"ten" is not a percentage');
    expect(rendered(() => parseCanarySteps('', 'canary-steps'))).toContain('canary-steps: no steps');
  });

  it('plans blue-green as a silent deploy to the idle slot, then the switch; canary as its shares', () => {
    expect(idleSlot(undefined)).toBe('blue');
    expect(idleSlot('blue')).toBe('green');
    expect(idleSlot('green')).toBe('blue');
    expect(createStrategy('blue-green', 'strategy').plan('green')).toEqual([
      { action: 'deploy', slot: 'green', trafficPercent: 0, verifySlot: true, verifyEnvironment: false },
      { action: 'traffic', slot: 'green', trafficPercent: 100, verifySlot: false, verifyEnvironment: true }
    ]);
    expect(createStrategy('canary', 'strategy', [10, 100]).plan('blue').map((s) => [s.action, s.trafficPercent])).toEqual([
      ['deploy', 10],
      ['traffic', 100]
    ]);
    expect(createStrategy('direct', 'strategy').plan('')).toEqual([{ action: 'deploy', slot: '', trafficPercent: 100, verifySlot: false, verifyEnvironment: true }]);
    expect(rendered(() => createStrategy('rolling', 'strategy'))).toContain('strategy: unknown strategy "rolling"');
  });

  it('reads provider-options of command: slot-urls only', () => {
    expect(commandOptions({ 'slot-urls': { blue: 'http://127.0.0.1:1', green: 'https://green.example' } }, 'provider-options').slotUrls).toEqual({ blue: 'http://127.0.0.1:1', green: 'https://green.example' });
    expect(rendered(() => commandOptions({ cluster: 'x' }, 'provider-options'))).toContain('provider-options: unknown key for provider command: cluster');
    expect(rendered(() => commandOptions({ 'slot-urls': { red: 'http://x' } }, 'provider-options'))).toContain('slot-urls: unknown slot "red"');
    expect(rendered(() => commandOptions({ 'slot-urls': { blue: 'ftp://x' } }, 'provider-options'))).toContain('slot-urls.blue is not an http(s) URL');
  });

  it('reads what a script writes to PHASE_GATES_OUTPUT as the runner reads GITHUB_OUTPUT', () => {
    expect(readOutputFile('url=http://127.0.0.1:8081\nnote<<EOF\ntwo\nlines\nEOF\n')).toEqual({ url: 'http://127.0.0.1:8081', note: 'two\nlines' });
  });

  it('shows commands as typed, scripts relative to the workspace', () => {
    expect(showCommand({ program: '/ws/app/deploy.sh', args: ['--fast', 'a b'] }, '/ws')).toBe('app/deploy.sh --fast "a b"');
    expect(showCommand({ program: '/ws/deploy.sh', args: [] }, '/ws')).toBe('./deploy.sh');
    expect(showCommand({ program: 'kubectl', args: ['rollout', 'status', 'deployment/web'] }, '/ws')).toBe('kubectl rollout status deployment/web');
  });
});

describe('environment history', () => {
  async function deployed(store: LedgerStore, version: string, states: Array<'in_progress' | 'success' | 'failure'>, rollbackOf?: string): Promise<string> {
    const d = await store.create({ environment: 'production', version, sha: 'a'.repeat(40), description: version, production: true, rollbackOf });
    for (const state of states) await store.setStatus(d.id, { state, description: state });
    return d.id;
  }

  it('a release failed afterwards (by a smoke test) is still what serves; rollback goes to the last good one', async () => {
    const store = new LedgerStore(path.join(mkdtempSync(path.join(tmpdir(), 'pg-ledger-')), 'ledger.jsonl'), 'ledger.jsonl');
    await deployed(store, 'v1', ['in_progress', 'success']);
    await deployed(store, 'v2', ['in_progress', 'success']);
    const v3 = await deployed(store, 'v3', ['in_progress', 'success', 'failure']);
    let h = await environmentHistory(store, 'production', new Date());
    expect([h.current?.version, h.previous?.version, h.lastGood?.version]).toEqual(['v3', 'v2', 'v2']);

    // Rolled back on demand to v2: v3 no longer counts at all.
    await deployed(store, 'v2', ['in_progress', 'success'], v3);
    h = await environmentHistory(store, 'production', new Date());
    expect([h.current?.version, h.previous?.version, h.lastGood?.version]).toEqual(['v2', 'v1', 'v2']);

    // A deploy that never succeeded is not current.
    await deployed(store, 'v4', ['in_progress', 'failure']);
    h = await environmentHistory(store, 'production', new Date());
    expect([h.current?.version, h.previous?.version, h.lastGood?.version]).toEqual(['v2', 'v1', 'v2']);
  });
});
