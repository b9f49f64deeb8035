/** JaCoCo against its own counters; hostile and broken XML refused quickly with file and line. */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir, cleanup, load, FIXTURES } from '../fixtures/coverage/helpers.js';
import { UserError } from '../../src/core/errors.js';

const JACOCO = path.join(FIXTURES, 'jacoco', 'jacoco.xml');

describe('JaCoCo XML', () => {
  it('parses despite its DOCTYPE and equals the report-level LINE, BRANCH and METHOD counters', async () => {
    const xml = readFileSync(JACOCO, 'utf8');
    expect(xml).toContain('<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">');
    // The report-level counters are the last ones, right before </report>.
    const tail = xml.slice(xml.lastIndexOf('</package>'));
    const counter = (type: string): { covered: number; total: number } => {
      const m = new RegExp(`<counter type="${type}" missed="(\\d+)" covered="(\\d+)"/>`).exec(tail)!;
      return { covered: Number(m[2]), total: Number(m[1]) + Number(m[2]) };
    };
    const { formats, totals } = await load([JACOCO]);
    expect(formats).toEqual(['jacoco']);
    expect(totals.lines).toEqual(counter('LINE'));
    expect(totals.branches).toEqual(counter('BRANCH'));
    expect(totals.functions).toEqual(counter('METHOD'));
  });
});

describe('hostile and broken XML', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  async function refused(name: string, text: string): Promise<UserError> {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const started = Date.now();
    try {
      await load([file]);
    } catch (err) {
      // Against a hang (an expanded bomb); a refusal takes milliseconds, bench/ measures speed.
      expect(Date.now() - started).toBeLessThan(10000);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).file).toBe(name);
      return err as UserError;
    }
    throw new Error('expected a UserError');
  }

  it('refuses an entity bomb (billion laughs) fast', async () => {
    let dtd = '<!ENTITY a0 "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const err = await refused('bomb.xml', `<?xml version="1.0"?>\n<!DOCTYPE coverage [${dtd}]>\n<coverage line-rate="1"><sources><source>&a9;</source></sources></coverage>\n`);
    expect(err.message).toMatch(/DTD|entit/i);
    expect(err.line).toBeGreaterThan(0);
  });

  it('refuses an external entity without reading it', async () => {
    const err = await refused(
      'xxe.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE report [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<report name="&xxe;"><sessioninfo id="x" start="0" dump="0"/></report>\n'
    );
    expect(err.message).not.toMatch(/root:/);
  });

  it('refuses an undeclared entity reference in a report', async () => {
    await refused('undeclared.xml', '<?xml version="1.0"?>\n<coverage line-rate="1">\n<packages>&xxe;</packages>\n</coverage>\n');
  });

  it('refuses a truncated report, naming its file and a line', async () => {
    const xml = readFileSync(JACOCO, 'utf8');
    const err = await refused('truncated.xml', xml.slice(0, Math.floor(xml.length / 2)));
    expect(err.message).toMatch(/truncated|malformed/);
    expect(err.line).toBeGreaterThan(0);
  });

  it('refuses a Cobertura line without hits, naming the line', async () => {
    const err = await refused(
      'nohits.xml',
      '<?xml version="1.0"?>\n<coverage line-rate="0.5">\n<packages><package name="p"><classes>\n<class name="a" filename="a.py"><methods/><lines>\n<line number="3"/>\n</lines></class></classes></package></packages></coverage>\n'
    );
    expect(err.message).toMatch(/hits/);
    expect(err.line).toBe(5);
  });
});

describe('JSON reports', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  it('refuses truncated coverage-final.json with file and line', async () => {
    const file = path.join(dir, 'coverage-final.json');
    writeFileSync(file, '{"/src/a.js": {"path": "/src/a.js",\n "statementMap": {"0": {"start": {"line": 1, "column": 0},\n');
    await expect(load([file])).rejects.toMatchObject({ constructor: UserError, file: 'coverage-final.json', line: 2 });
  });
});
