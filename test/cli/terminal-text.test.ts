/** The summary as a terminal shows it: what a user reads instead of the job summary's Markdown. */
import { displayWidth, markdownToText } from '../../src/host/terminal-text.js';

describe('markdownToText', () => {
  it('aligns a table by what a terminal draws (✅ takes two columns: "Result" is as wide as "✅ pass"), without its pipes or escapes', () => {
    const md = ['## Deploy `v1.2.3`', '', '| Check | Result | Detail |', '| --- | :---: | --- |', '| Gates | ✅ pass | a \\| b |', '| Freeze window | ❌ fail | **Fri** 00:00 |', ''].join('\n');
    const lines = markdownToText(md).split('\n');
    expect(lines).toEqual([
      'Deploy v1.2.3',
      '',
      'Check          Result   Detail',
      '-------------  -------  ---------',
      'Gates          ✅ pass  a | b',
      'Freeze window  ❌ fail  Fri 00:00'
    ]);
  });

  it('reads <sub> as parentheses and links as text and address, and keeps <placeholders> that are not tags', () => {
    expect(markdownToText('75% <sub>3/4 lines</sub> — see [the docs](https://example.com/d) for <project-key>')).toBe(
      '75% (3/4 lines) — see the docs (https://example.com/d) for <project-key>'
    );
  });
});
