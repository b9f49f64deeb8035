/**
 * Go coverprofiles (`go test -coverprofile`): `mode: set|count|atomic`, then
 * `file:startLine.startCol,endLine.endCol numStmt count` per block. Identical blocks — from several
 * profiles, or one profile listing a block twice — merge as `go tool cover` does: `set` ORs the
 * counts, `count`/`atomic` sum them (either way covered when any is above 0).
 *
 * - statements are weighted by numStmt, so the total equals `go tool cover -func`'s `total:` line;
 * - lines are derived, since Go reports blocks, not lines: every line from a block's start to its end
 *   counts once, covered when any block with numStmt > 0 spanning it ran. Lines that only hold a
 *   closing brace or a comment inside a block count too, so the line figure is an approximation;
 *   gate on `coverage_statements` for Go's own number.
 *
 * Several profiles concatenated (with their `mode:` lines) are accepted when the modes agree.
 */
import { UserError } from '../../errors.js';
import { forEachLine } from '../../files.js';
import type { FormatModule } from '../types.js';
import type { CoverageAccumulator } from './model.js';
import { countText, lineNumber, unitsOfLine } from '../domain.js';

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

export const goCoverprofile: FormatModule<CoverageAccumulator> = {
  id: 'go-coverprofile',
  kind: 'coverage',
  description: 'Go coverprofile (go test -coverprofile)',
  detect(head) {
    return /^mode: (set|count|atomic)\r?(\n|$)/.test(head);
  },
  async parse(ctx, acc) {
    let mode = '';
    await forEachLine(ctx.file, ctx.shown, ctx.input, (line, lineNo) => {
      const fail = (message: string): never => {
        throw new UserError(message, { input: ctx.input, file: ctx.shown, line: lineNo });
      };
      if (line.startsWith('mode: ')) {
        const m = line.slice(6).trim();
        if (m !== 'set' && m !== 'count' && m !== 'atomic') fail(`unknown coverprofile mode: ${m}`);
        if (mode && m !== mode) fail(`mode: ${m} after mode: ${mode} (profiles of different modes cannot merge)`);
        mode = m;
        return;
      }
      if (line.trim() === '') return;
      if (!mode) fail('a coverprofile starts with a mode: line');
      const b = BLOCK.exec(line);
      if (!b) fail(`not a coverprofile block: ${JSON.stringify(line.slice(0, 80))}`);
      const [, name, sl, sc, el, ec, ns, c] = b!;
      const startLine = lineNumber(countText(sl, 'start line'), 'start line');
      const endLine = lineNumber(countText(el, 'end line'), 'end line');
      const numStmt = unitsOfLine(countText(ns, 'statement count'), 'statement count of one block');
      const count = countText(c, 'count');
      if (endLine < startLine) fail('block ends before it starts');
      const file = acc.file(name);
      const key = `${sl}.${sc},${el}.${ec}`;
      // One entry per block standing for its numStmt statements, so that merging stays per block and
      // the total is NumStmt-weighted. Summing is right for set mode too: covered means any count > 0.
      file.addStatements(key, numStmt, count);
      if (numStmt > 0) file.addLineRange(startLine, endLine, count);
    });
    if (!mode) throw new UserError('empty coverprofile (no mode: line)', { input: ctx.input, file: ctx.shown });
  }
};
