/**
 * One secret masker (src/core/secrets.ts) for everything phase-gates writes: a secret and the forms
 * a careless script prints it in — base64 at any byte offset, URL, form, JSON, XML and shell
 * escapes, hex, a line of a multi-line secret, a secret split across two writes — never reach the
 * step log, the outputs, the summary, the audit log or the ledger; a URL a script reports with a
 * secret in it is recorded masked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, commandMessage, makeWorkspace, type ActionRun } from '../support/action.js';
import { Redactor, secretForms, MASK } from '../../src/core/secrets.js';
import { closeAll, ok, startServer } from '../smoke/servers.js';
import { deployWorkspace, SHA } from './support.js';

/** A secret with the characters every encoding changes. */
const SECRET = 'p@ss w0rd/"quoted"&<x>+=\'$';

describe('the secret masker', () => {
  const r = new Redactor();
  r.add(SECRET);
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it('masks base64 of the secret whatever precedes or follows it (every byte alignment), and base64url', () => {
    for (const before of ['', 'u', 'us', 'user:', 'Basic dXNlcjo']) {
      for (const after of ['', '\n', ':x', '@host']) {
        const text = b64(before + SECRET + after);
        const masked = r.redact(`Authorization: ${text}`);
        // What is left cannot be decoded back to the secret.
        expect([before, after, masked.includes(MASK)]).toEqual([before, after, true]);
        const left = masked.split(MASK).map((part) => Buffer.from(part.replace(/^Authorization: /, ''), 'base64').toString('latin1'));
        for (const part of left) expect(part).not.toContain('w0rd');
      }
    }
    const url = Buffer.from('xx' + SECRET).toString('base64url');
    expect(r.redact(url)).toContain(MASK);
  });

  it('masks the URL, form, JSON, XML, shell and expression escapes, hex, and the lines of a multi-line secret', () => {
    const forms = [
      encodeURIComponent(SECRET),
      encodeURIComponent(SECRET).replace(/%20/g, '+'),
      JSON.stringify({ token: SECRET }),
      SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
      SECRET.replace(/[\\"'$`]/g, '\\$&'),
      `'${SECRET.replace(/'/g, "''")}'`,
      Buffer.from(SECRET).toString('hex'),
      Buffer.from(SECRET).toString('hex').toUpperCase()
    ];
    for (const f of forms) expect([f, r.redact(f).includes('w0rd') || r.redact(f).includes('77307264')]).toEqual([f, false]);
    const key = new Redactor();
    key.add('-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----');
    expect(key.redact('line: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')).toBe(`line: ${MASK}`);
  });

  it('a declared secret is trimmed and masked whatever its length; a blank one is none; a guessed credential counts from 3 characters', () => {
    const declared = new Redactor();
    declared.add('  k9 \n');
    declared.add(' \t ');
    expect(declared.redact('key=k9, next=k9x')).toBe('key=***, next=***x');
    expect(declared.values()).toEqual(['k9']);
    const guessed = new Redactor();
    expect(guessed.maskUrl('https://u:pw@h.example/?token=t0k')).toBe('https://***@h.example/?token=***');
    expect(guessed.values()).toEqual(['t0k']);
  });

  it('leaves text without the secret alone; short encodings are not registered', () => {
    expect(r.redact('deploying v1.2.3 to staging')).toBe('deploying v1.2.3 to staging');
    expect(secretForms('abc').every((f) => f.length >= 3)).toBe(true);
    expect(secretForms('abc')).toEqual(['abc']);
  });
});

describe('smoke-test masks with the same masker', () => {
  it('a credential of a header or URL is masked in its encoded forms too, in what smoke-test writes', () => {
    const registered: string[] = [];
    const secrets = new Redactor((v) => registered.push(v));
    secrets.addHeader('Authorization', `Bearer ${SECRET}`);
    expect(registered).toContain(SECRET);
    const body = `upstream said: {"token":${JSON.stringify(SECRET)}} auth=${Buffer.from('u:' + SECRET).toString('base64')} q=${encodeURIComponent(SECRET)}`;
    expect(secrets.redact(body)).not.toMatch(/w0rd|dzByZ|%40ss/);
  });
});

describe('deploy and smoke-test mask a secret alike', () => {
  afterEach(closeAll);

  /** The values an action asked the runner to mask, in order. */
  const masks = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));

  it('the same pasted value (white space around it, two lines) is registered with the runner in the same forms by both, and kept out of what each writes', async () => {
    // As a secret is often pasted: surrounded by white space, here with a second line.
    const value = `  ${SECRET}\nsecond-line-of-it \n`;
    const ws = deployWorkspace();
    const deployed = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', run: './mark.sh', 'freeze-windows': 'none', 'required-secrets': 'DEPLOY_TOKEN' },
      env: { GITHUB_SHA: SHA, DEPLOY_TOKEN: value },
      timeoutMs: 30000
    });
    expect(deployed.code).toBe(0);

    const server = await startServer({ '/': ok('hello') });
    const smokeWs = makeWorkspace();
    const smoked = await runAction('smoke-test', {
      workspace: smokeWs,
      inputs: { url: server.url, token: value, 'wait-for-ready': '0', samples: '1', retries: '0' },
      timeoutMs: 20000
    });
    expect(smoked.code).toBe(0);

    // One rule set: trimmed, the whole and each line, every encoded form — the same list from both.
    expect(masks(deployed).length).toBeGreaterThan(2);
    expect(masks(smoked)).toEqual(masks(deployed));
    // (add-mask escapes a newline as %0A.) The whole value, trimmed, and each of its lines on its own.
    expect(masks(deployed)).toEqual(expect.arrayContaining([`${SECRET}%0Asecond-line-of-it`, SECRET, 'second-line-of-it']));
    expect(masks(deployed).some((m) => m.startsWith(' ') || m.endsWith(' '))).toBe(false);

    // And in the files each writes: the script printed it on both streams; nothing of it is left.
    const written = [
      deployed.stdout.replace(/^::add-mask::.*$/gm, ''),
      deployed.summary,
      readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8'),
      smoked.summary,
      readFileSync(path.join(smokeWs, 'post-deploy/smoke-report.json'), 'utf8')
    ].join('\n');
    expect(deployed.stdout).toMatch(/using token +\*\*\*/);
    expect(written).not.toMatch(/w0rd|second-line-of-it/);
  });
});

describe('deploy with a script that prints the secret in every form', () => {
  it('no form of it reaches the step log, outputs, summary, audit log or ledger; the URL it reports is recorded masked', async () => {
    const leak = `const s = process.env.DEPLOY_TOKEN;
const b = Buffer.from(s);
const lines = [
  'raw ' + s,
  'basic ' + Buffer.from('user:' + s).toString('base64'),
  'shifted ' + Buffer.from('xy' + s + 'tail').toString('base64'),
  'b64url ' + Buffer.from('z' + s).toString('base64url'),
  'json ' + JSON.stringify({ token: s }),
  'url ' + encodeURIComponent(s),
  'form ' + new URLSearchParams({ t: s }).toString(),
  'hex ' + b.toString('hex') + ' ' + b.toString('hex').toUpperCase(),
  'xml <t>' + s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;') + '</t>',
  'shell ' + s.replace(/[\\\\"'$\`]/g, '\\\\$&')
];
for (const l of lines) { process.stdout.write(l + '\\n'); process.stderr.write('err ' + l + '\\n'); }
// Half a line, a pause, the other half: one line, two writes.
process.stdout.write('split ' + s.slice(0, 7));
setTimeout(() => {
  process.stdout.write(s.slice(7) + ' end\\n');
  require('node:fs').appendFileSync(process.env.PHASE_GATES_OUTPUT, 'url=http://user:' + encodeURIComponent(s) + '@127.0.0.1:9/\\n');
}, 200);
`;
    const ws = deployWorkspace({ 'leak.cjs': leak });
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', run: 'node leak.cjs', 'freeze-windows': 'none', 'required-secrets': 'DEPLOY_TOKEN' },
      env: { GITHUB_SHA: SHA, DEPLOY_TOKEN: SECRET },
      timeoutMs: 30_000
    });
    expect(run.code).toBe(0);
    // The script really printed them: the masked lines are there.
    const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(stdout.filter((l) => l.includes('[run]') && l.includes(MASK)).length).toBeGreaterThanOrEqual(10);
    expect(stdout).toContainEqual(expect.stringMatching(/\[run\] split \*\*\* end$/));
    const where: Record<string, string> = {
      'step log': stdout.join('\n') + run.stderr,
      outputs: JSON.stringify(run.outputs),
      summary: run.summary,
      'audit log': readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8'),
      ledger: readFileSync(path.join(ws, '.phase-gates/deployments.jsonl'), 'utf8')
    };
    const probes = [SECRET, 'w0rd', ...secretForms(SECRET).filter((f) => f !== SECRET)];
    for (const [name, text] of Object.entries(where)) for (const p of probes) expect([name, p, text.includes(p)]).toEqual([name, p, false]);
    // The reported URL: used, and recorded masked, with a warning saying so.
    expect(run.outputs['environment-url']).toBe(`http://user:${MASK}@127.0.0.1:9/`);
    expect(run.warnings.map(commandMessage)).toContainEqual(expect.stringMatching(/^the URL the command step reported holds a secret: it is used as it is, and recorded masked/));
  });

  it('a secret where an over-long line (over 64 KiB) is cut into pieces is masked whole, not left in halves', async () => {
    // The secret starts 5 characters before the cut at 65,536: each piece would hold a half of it.
    const ws = deployWorkspace({ 'long.cjs': "process.stdout.write('x'.repeat(65536 - 5) + process.env.DEPLOY_TOKEN + 'y'.repeat(10) + '\\n');\n" });
    const run = await runAction('deploy', {
      workspace: ws,
      inputs: { environment: 'staging', version: 'v1.0.0', run: 'node long.cjs', 'freeze-windows': 'none', 'required-secrets': 'DEPLOY_TOKEN' },
      env: { GITHUB_SHA: SHA, DEPLOY_TOKEN: SECRET },
      timeoutMs: 30_000
    });
    expect(run.code).toBe(0);
    const log = readFileSync(path.join(ws, 'ci/deploy-logs.txt'), 'utf8');
    const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [log, stdout]) {
      expect(text).not.toContain('w0rd');
      expect(text).toContain(`x${MASK}y`);
    }
  });
});
