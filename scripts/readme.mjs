#!/usr/bin/env node
// The Inputs and Outputs tables of README.md, generated from the five action.yml files.
//
//   node scripts/readme.mjs           rewrites the tables in README.md
//   node scripts/readme.mjs --check   changes nothing; exits 1 listing every table that differs
//
// Each table sits between marker comments, `<!-- inputs:deploy -->` … `<!-- /inputs:deploy -->`
// (and `outputs:…`), named after the action's directory; the root action.yml is `root`. Text
// outside the markers is left as it is. Descriptions are copied verbatim from action.yml, with
// `|` escaped and line breaks folded into spaces. A comment line before a key of `inputs:` or
// `outputs:` (as in the root action.yml: `# deploy`) starts a group: its own small table under
// the comment's text in bold. test/project/readme.test.ts runs the same functions.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The actions whose tables the README holds: marker id and metadata file. */
export const ACTIONS = [
  { id: 'root', file: 'action.yml' },
  { id: 'gates-enforcer', file: 'actions/gates-enforcer/action.yml' },
  { id: 'workflows-validation', file: 'actions/workflows-validation/action.yml' },
  { id: 'deploy', file: 'actions/deploy/action.yml' },
  { id: 'smoke-test', file: 'actions/smoke-test/action.yml' }
];

/** Folds line breaks (and the spaces around them) into one space and escapes `|` for a table cell. */
export function cell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

/** A value as inline code, with a longer fence when it holds a backtick. */
function code(text) {
  const value = cell(text);
  if (!value.includes('`')) return `\`${value}\``;
  return `\`\` ${value} \`\``;
}

/**
 * Reads one action.yml: its inputs and outputs in file order, each with the group it belongs to
 * (the text of the comment line above it, or '' before any comment).
 */
export function readAction(text, file = 'action.yml') {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message.split('\n')[0]}`);
  const entries = (section) => {
    const map = doc.get(section, true);
    if (map === undefined || map === null) return [];
    if (!Array.isArray(map.items)) throw new Error(`${file}: ${section} is not a mapping`);
    let group = (map.commentBefore ?? '').trim();
    return map.items.map((pair) => {
      const comment = (pair.key?.commentBefore ?? '').trim();
      if (comment) group = comment;
      const name = String(pair.key?.value ?? pair.key);
      const value = pair.value?.toJSON ? pair.value.toJSON() : (pair.value ?? {});
      const spec = value && typeof value === 'object' ? value : {};
      return {
        name,
        group: group.split('\n').map((l) => l.trim()).join(' '),
        description: spec.description ?? '',
        default: spec.default,
        required: spec.required === true || spec.required === 'true'
      };
    });
  };
  return { inputs: entries('inputs'), outputs: entries('outputs') };
}

/** Splits entries into runs of the same group, in order. */
function groups(entries) {
  const out = [];
  for (const e of entries) {
    const last = out[out.length - 1];
    if (last && last.group === e.group) last.entries.push(e);
    else out.push({ group: e.group, entries: [e] });
  }
  return out;
}

/** Default cell: the default as code, `(required)` for a required input without one, else empty. */
function defaultCell(input) {
  if (input.default !== undefined && input.default !== null && String(input.default).trim() !== '') return code(input.default);
  return input.required ? '(required)' : '';
}

function tables(entries, header, row) {
  const parts = [];
  const grouped = groups(entries);
  for (const g of grouped) {
    const lines = [];
    if (g.group) lines.push(`**${cell(g.group)}**`, '');
    lines.push(...header, ...g.entries.map(row));
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

/** The `| input | default | meaning |` table(s) of an action. */
export function inputsTable(action) {
  return tables(action.inputs, ['| input | default | meaning |', '| --- | --- | --- |'], (i) => `| \`${i.name}\` | ${defaultCell(i)} | ${cell(i.description)} |`);
}

/** The `| output | meaning |` table(s) of an action. */
export function outputsTable(action) {
  return tables(action.outputs, ['| output | meaning |', '| --- | --- |'], (o) => `| \`${o.name}\` | ${cell(o.description)} |`);
}

/** Reads the five action.yml files under `root`. */
export function loadActions(root = ROOT) {
  return ACTIONS.map(({ id, file }) => ({ id, file, ...readAction(readFileSync(path.join(root, file), 'utf8'), file) }));
}

/** Every marked block the README must hold: `inputs:<id>` and `outputs:<id>` with their text. */
export function blocks(actions) {
  const out = [];
  for (const a of actions) {
    out.push({ key: `inputs:${a.id}`, file: a.file, body: inputsTable(a) });
    out.push({ key: `outputs:${a.id}`, file: a.file, body: outputsTable(a) });
  }
  return out;
}

const MARKER = /<!--\s*(\/?)((?:inputs|outputs):[a-z0-9-]+)\s*-->/g;

/**
 * Puts each block between its markers. Returns the new text and the problems found: a marker
 * missing, repeated, unclosed or unknown, and every block whose current text differs.
 */
export function apply(readme, wanted) {
  const problems = [];
  const byKey = new Map(wanted.map((b) => [b.key, b]));
  const seen = new Map();
  const opens = [];
  for (const m of readme.matchAll(MARKER)) {
    const [whole, close, key] = m;
    if (!close) {
      opens.push({ key, start: m.index, end: m.index + whole.length });
      continue;
    }
    const open = opens.pop();
    if (!open || open.key !== key) {
      problems.push(`<!-- /${key} --> closes no <!-- ${key} -->`);
      if (open) opens.push(open);
      continue;
    }
    if (seen.has(key)) problems.push(`<!-- ${key} --> appears more than once`);
    else seen.set(key, { innerStart: open.end, innerEnd: m.index });
  }
  for (const open of opens) problems.push(`<!-- ${open.key} --> is not closed by <!-- /${open.key} -->`);
  for (const key of seen.keys()) if (!byKey.has(key)) problems.push(`<!-- ${key} --> names no action (known: ${[...new Set(wanted.map((b) => b.key.split(':')[1]))].join(', ')})`);

  const edits = [];
  for (const b of wanted) {
    const at = seen.get(b.key);
    if (!at) {
      problems.push(`${b.key}: no <!-- ${b.key} --> … <!-- /${b.key} --> in README.md (the table of ${b.file})`);
      continue;
    }
    const current = readme.slice(at.innerStart, at.innerEnd);
    const next = `\n\n${b.body}\n\n`;
    if (current !== next) {
      problems.push(`${b.key}: differs from ${b.file}${describe(current, next)}`);
      edits.push({ ...at, text: next });
    }
  }
  let text = readme;
  for (const e of edits.sort((a, b) => b.innerStart - a.innerStart)) text = text.slice(0, e.innerStart) + e.text + text.slice(e.innerEnd);
  return { text, problems };
}

/** The rows that differ, briefly: `-` as the README has them, `+` as action.yml says. */
function describe(current, next) {
  const have = current.split('\n').filter(Boolean);
  const want = next.split('\n').filter(Boolean);
  const gone = have.filter((l) => !want.includes(l));
  const added = want.filter((l) => !have.includes(l));
  const lines = [...gone.map((l) => `    - ${l}`), ...added.map((l) => `    + ${l}`)];
  if (!lines.length) return ' (blank lines or order)';
  const shown = lines.slice(0, 12);
  if (lines.length > shown.length) shown.push(`    … and ${lines.length - shown.length} more`);
  return `:\n${shown.join('\n')}`;
}

async function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    process.stderr.write(`usage: node scripts/readme.mjs [--check]\nunexpected argument ${JSON.stringify(unknown[0])}\n`);
    return 2;
  }
  const file = path.join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const { text, problems } = apply(readme, blocks(loadActions(ROOT)));
  const structural = problems.filter((p) => !/: differs from /.test(p));
  if (check) {
    if (!problems.length) {
      process.stdout.write('README.md: every Inputs and Outputs table matches its action.yml\n');
      return 0;
    }
    process.stderr.write(`README.md is not what the action.yml files generate (run node scripts/readme.mjs):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  if (text !== readme) writeFileSync(file, text);
  const changed = problems.length - structural.length;
  process.stdout.write(changed ? `README.md: ${changed} table${changed === 1 ? '' : 's'} rewritten\n` : 'README.md: tables already current\n');
  if (structural.length) {
    process.stderr.write(`${structural.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`scripts/readme.mjs: ${err.message}\n`);
      process.exitCode = 1;
    }
  );
}
