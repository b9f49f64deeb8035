/**
 * A plain list of latency samples: one number a line, in milliseconds unless it ends in `ms` or
 * `s` (seconds, converted), blank lines and `#` comments ignored, e.g. what
 * `curl -w '%{time_total}s\n'` in a loop writes. Streamed. It carries no error information, so it
 * feeds percentiles only.
 */
import type { FormatModule, ParseContext } from '../types.js';
import type { PerfAccumulator } from './model.js';
import { forEachLine } from '../../files.js';
import { reportError, stripBom } from './internal/common.js';

/** A sample: a decimal number (sign accepted so negatives get a precise error), then a unit. */
const SAMPLE = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(ms|s)?$/i;

/** The line without its comment and surrounding blanks. */
function content(line: string): string {
  const hash = line.indexOf('#');
  return (hash < 0 ? line : line.slice(0, hash)).trim();
}

export const latencySamples: FormatModule<PerfAccumulator> = {
  id: 'latency-samples',
  kind: 'perf',
  description: 'plain list of latency samples, one a line (ms, or with an ms/s unit)',

  detect(head: string): boolean {
    // The first data line decides: later garbage is reported with its line by parse.
    for (const line of head.split('\n')) {
      const text = content(line);
      if (text === '') continue;
      return SAMPLE.test(text);
    }
    return false;
  },

  async parse(ctx: ParseContext, sink: PerfAccumulator): Promise<void> {
    let samples = 0;
    await forEachLine(ctx.file, ctx.shown, ctx.input, (line, lineNo) => {
      const text = content(lineNo === 1 ? stripBom(line) : line);
      if (text === '') return;
      const m = SAMPLE.exec(text);
      if (!m) throw reportError(ctx, `not a latency sample: ${JSON.stringify(text.slice(0, 80))}`, lineNo, 'one number a line, optionally followed by ms or s');
      const n = Number(m[1]);
      if (n < 0) throw reportError(ctx, `negative latency: ${text}`, lineNo);
      sink.addSample(m[2]?.toLowerCase() === 's' ? n * 1000 : n);
      samples++;
    });
    if (samples === 0) throw reportError(ctx, 'no latency sample in the file', 1);
  }
};
