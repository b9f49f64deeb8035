/**
 * The corpus of test/fixtures/workflows/: clean repositories give no finding; in faulty ones every
 * line marked `# fault: PGxxx` gets a finding of that rule, and no unmarked line gets any.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runValidate } from '../../src/core/commands/validate.js';
import { RecordingHost } from './host.js';

const CORPUS = path.join(process.cwd(), 'test/fixtures/workflows');
const PATHS = '.github/workflows/*\n.github/actions/*/action.yml';

async function validate(dir: string) {
  // The SARIF file goes to a scratch copy's path: the corpus stays untouched.
  const host = new RecordingHost(dir, { paths: PATHS, 'sarif-path': '.pg-corpus.sarif', 'fail-on': 'never' });
  const result = await runValidate(host);
  rmSync(path.join(dir, '.pg-corpus.sarif'), { force: true });
  return result;
}

/** `file:line` → rule ids the fault markers there expect. */
function markers(dir: string, files: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const file of files) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /# fault: (PG\d{3}(?:,\s*PG\d{3})*)/.exec(line);
        if (m) map.set(`${file}:${i + 1}`, m[1].split(/,\s*/));
      });
  }
  return map;
}

describe('workflow corpus', () => {
  it('clean repository: no finding', async () => {
    const result = await validate(path.join(CORPUS, 'clean'));
    expect(result.report.files.length).toBeGreaterThanOrEqual(4);
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column}: [${f.ruleId}] ${f.message}`)).toEqual([]);
  });

  it('faulty repository: every seeded fault found, nothing else', async () => {
    const dir = path.join(CORPUS, 'faulty');
    const result = await validate(dir);
    const expected = markers(dir, result.report.files);
    const found = new Map<string, Set<string>>();
    for (const f of result.findings) {
      const key = `${f.file}:${f.line}`;
      if (!found.has(key)) found.set(key, new Set());
      found.get(key)!.add(f.ruleId);
    }
    const missed = [...expected].flatMap(([key, ids]) => ids.filter((id) => !found.get(key)?.has(id)).map((id) => `${key} ${id}`));
    const unexpected = result.findings.filter((f) => !expected.get(`${f.file}:${f.line}`)?.includes(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.column}: [${f.ruleId}] ${f.message}`);
    expect({ missed, unexpected }).toEqual({ missed: [], unexpected: [] });
    expect(expected.size).toBeGreaterThanOrEqual(12);
  });
});
