// LCOV → Cobertura XML, streaming: one record of the LCOV in memory at a time (its DA lines) and one
// package of the output (its classes), so memory stays bounded on the 92 MB LCOV of the benches.
// Line coverage only: every DA line becomes a `<line number hits>` (hits summed over repeated DA of
// one line, as lcov and diff-cover do), lines-valid/lines-covered count them as `lcov --summary`
// does. Branches and functions are not carried over (branch-rate 0, branches-valid 0, no methods).
// A package is a run of consecutive records in one directory; a source file named by two records
// is refused (lcov would merge them, this converter does not keep the files it has written).
import { createReadStream, createWriteStream, openSync, writeSync, closeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';

const rate = (covered, valid) => (valid === 0 ? '1' : (covered / valid).toFixed(6));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The root element's attributes are written last, over a placeholder of this many bytes. */
const HEADER_BYTES = 400;

/**
 * Converts `input` (LCOV) to `output` (Cobertura XML, paths as written in SF, `<source>.</source>`).
 * `onFile(path, lines)` sees each record's DA lines (Map line → hits) as it is read.
 * Returns the totals written into the root element: { files, linesValid, linesCovered, lineRate }.
 */
export async function lcovToCobertura(input, output, { onFile } = {}) {
  const out = createWriteStream(output);
  const write = (s) => (out.write(s) ? undefined : new Promise((r) => out.once('drain', r)));
  const prolog = '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n';
  await write(prolog + ' '.repeat(HEADER_BYTES) + '\n  <sources>\n    <source>.</source>\n  </sources>\n  <packages>\n');

  const totals = { files: 0, linesValid: 0, linesCovered: 0 };
  const seen = new Set();
  let pkg = null; // { name, valid, covered, classes: string[] }
  let file = null; // { path, lines: Map }
  let lineNo = 0;

  const flushPackage = async () => {
    if (!pkg) return;
    const name = esc(pkg.name.split('/').join('.'));
    await write(`    <package name="${name}" line-rate="${rate(pkg.covered, pkg.valid)}" branch-rate="0" complexity="0">\n      <classes>\n`);
    for (const c of pkg.classes) await write(c);
    await write('      </classes>\n    </package>\n');
    pkg = null;
  };

  const endRecord = async () => {
    const lines = [...file.lines].sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let body = '';
    for (const [n, hits] of lines) {
      if (hits > 0) covered++;
      body += `            <line number="${n}" hits="${hits}"/>\n`;
    }
    onFile?.(file.path, file.lines);
    const dir = path.posix.dirname(file.path);
    if (pkg && pkg.name !== dir) await flushPackage();
    pkg ??= { name: dir, valid: 0, covered: 0, classes: [] };
    pkg.valid += lines.length;
    pkg.covered += covered;
    pkg.classes.push(
      `        <class name="${esc(path.posix.basename(file.path))}" filename="${esc(file.path)}" line-rate="${rate(covered, lines.length)}" branch-rate="0" complexity="0">\n` +
        `          <methods/>\n          <lines>\n${body}          </lines>\n        </class>\n`
    );
    totals.files++;
    totals.linesValid += lines.length;
    totals.linesCovered += covered;
    file = null;
  };

  const rl = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
  for await (const raw of rl) {
    lineNo++;
    const line = raw.trim();
    if (line.startsWith('SF:')) {
      const p = line.slice(3);
      if (seen.has(p)) throw new Error(`${input}:${lineNo}: ${p} has a second record (not merged by this converter)`);
      seen.add(p);
      file = { path: p, lines: new Map() };
    } else if (line.startsWith('DA:')) {
      const m = /^DA:(\d+),(\d+)/.exec(line);
      if (!m || !file) throw new Error(`${input}:${lineNo}: DA line outside a record or unreadable: ${line}`);
      const n = Number(m[1]);
      file.lines.set(n, (file.lines.get(n) ?? 0) + Number(m[2]));
    } else if (line === 'end_of_record') {
      if (!file) throw new Error(`${input}:${lineNo}: end_of_record without SF`);
      await endRecord();
    }
  }
  if (file) await endRecord();
  await flushPackage();
  await write('  </packages>\n</coverage>\n');
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));

  const lineRate = rate(totals.linesCovered, totals.linesValid);
  const header =
    `<coverage line-rate="${lineRate}" branch-rate="0" lines-covered="${totals.linesCovered}" lines-valid="${totals.linesValid}" ` +
    `branches-covered="0" branches-valid="0" complexity="0" version="lcov-to-cobertura (phase-gates bench)" timestamp="0">`;
  if (header.length > HEADER_BYTES) throw new Error('Cobertura header longer than its placeholder');
  const fd = openSync(output, 'r+');
  try {
    // Spaces between attributes and '>' are allowed by XML: the placeholder keeps its length.
    writeSync(fd, header.slice(0, -1) + ' '.repeat(HEADER_BYTES - header.length) + '>', Buffer.byteLength(prolog));
  } finally {
    closeSync(fd);
  }
  return { ...totals, lineRate: Number(lineRate) };
}
