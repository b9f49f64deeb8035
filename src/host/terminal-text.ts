/**
 * The job summary as a terminal shows it: the same content as the Markdown the runner renders,
 * without its markup — headings as plain lines, tables as aligned columns, `<sub>` as parentheses,
 * code spans and emphasis as their text, links as `text (url)`.
 */

/** Tags the summaries use for layout; anything else that looks like a tag (`<project-key>`) is text. */
const LAYOUT_TAGS = /<\/?(?:b|i|em|strong|code|kbd|p|div|span|details|summary|sup)\b[^>]*>/gi;

/** One line of Markdown inline text as plain text. */
function inline(text: string): string {
  return text
    .replace(/<sub>(.*?)<\/sub>/gi, '($1)')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(LAYOUT_TAGS, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\|`*_[\]#<>])/g, '$1')
    .replace(/&(lt|gt|amp|quot|#124);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#124': '|' })[e] ?? '')
    .replace(/\s+$/, '');
}

/** Columns a string takes on a terminal: emoji and other wide characters 2, combining marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x300 && cp <= 0x36f)) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      // The dingbats and symbols the summaries use that terminals draw as emoji (✅ ❌ ➖ ⏳ ⌛ ⛔ …).
      [0x231a, 0x231b, 0x23e9, 0x23ea, 0x23eb, 0x23ec, 0x23f0, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615, 0x26a1, 0x26aa, 0x26ab, 0x26bd,
        0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26d4, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26fa, 0x26fd, 0x2705, 0x270a, 0x270b, 0x2728, 0x274c,
        0x274e, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27b0, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b55].includes(cp);
    width += wide ? 2 : 1;
  }
  return width;
}

/** The cells of a table row, split on `|` that is not escaped. */
function cells(row: string): string[] {
  const body = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => inline(c.trim()));
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A Markdown table as columns two spaces apart, the header underlined. */
function table(rows: string[]): string[] {
  const parsed = rows.filter((r) => !SEPARATOR.test(r)).map(cells);
  const columns = Math.max(...parsed.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...parsed.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - displayWidth(c))))
      .join('  ')
      .replace(/\s+$/, '');
  const [head, ...body] = parsed;
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)];
}

/** `markdown` (a job summary) as plain text for a terminal. */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*\|/.test(line)) {
      const rows: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      i--;
      out.push(...table(rows));
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push(inline(heading[1]));
      continue;
    }
    if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) {
      out.push('');
      continue;
    }
    out.push(inline(line));
  }
  // No runs of blank lines where tags were dropped, and no blank lines at the ends.
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}
