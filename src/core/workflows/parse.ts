/**
 * Parsing with GitHub's own `@actions/workflow-parser` (internal to workflows-validation): its
 * messages, positioned, and the model built from its token tree. A file that cannot be read or
 * parsed still yields a {@link ParsedFile}, with its problems and no model, so that one broken file
 * never hides the findings of the others.
 */
import { parseWorkflow, NoOperationTraceWriter, convertWorkflowTemplate, isMapping, isString } from '@actions/workflow-parser';
import { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import type { TemplateParseResult } from '@actions/workflow-parser';
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context';
import { workflowSchema, actionSchema } from './schema.js';
import { aliasBomb, boundsOf, boundsProblem, kindKeys, notThisKind, readSource, kindOf, type SourceFile } from './source.js';
import { buildAction, buildWorkflow, type DependabotModel, type FileModel, type Pos } from './model.js';
import { buildDependabot } from './dependabot.js';

/** Where a parser message came from: reading the bytes, or GitHub's parser and converter. */
export type ProblemStage = 'read' | 'parser';

/** A message of the reader or of GitHub's parser, positioned. */
export interface ParseProblem {
  stage: ProblemStage;
  /** The message without the parser's `file (Line: n, Col: m):` prefix. */
  message: string;
  at: Pos;
}

export interface ParsedFile {
  source: SourceFile;
  problems: ParseProblem[];
  /** The model, when the file parsed far enough to have one. */
  model?: FileModel;
  /** The model of a Dependabot configuration (a file of kind `dependabot`). */
  dependabot?: DependabotModel;
}

/**
 * Most messages of GitHub's parser kept for one file (GitHub's own template reader keeps 10): a
 * file of many faults would otherwise hold hundreds of thousands of error objects. The others are
 * counted and said in one more message.
 */
export const MAX_PARSER_MESSAGES = 1000;
/** Longest parser message kept (GitHub's template reader cuts at 500 characters). */
const MAX_PARSER_MESSAGE_CHARS = 1000;

/** The parser's error list, keeping the first {@link MAX_PARSER_MESSAGES} and counting the rest. */
class BoundedErrors extends TemplateValidationErrors {
  dropped = 0;

  constructor() {
    super(MAX_PARSER_MESSAGES, MAX_PARSER_MESSAGE_CHARS);
  }

  override add(err: Parameters<TemplateValidationErrors['add']>[0]): void {
    const before = this.count;
    super.add(err);
    this.dropped += (Array.isArray(err) ? err.length : 1) - (this.count - before);
  }
}

/**
 * Most jobs of a workflow analysed. GitHub's converter checks `needs:` in time quadratic in the
 * jobs (its validateNeeds rescans every waiting job each time one is satisfied: 2 s for 14,000
 * jobs here, about the most 500 KB holds), and nothing of ours should be; 10,000 is far above any
 * real workflow (a matrix alone may make at most 256 jobs of a run).
 */
export const MAX_JOBS = 10_000;

/** The refusal of a workflow of more than {@link MAX_JOBS} jobs, at its `jobs:` key. */
function tooManyJobs(root: TemplateToken | undefined): { message: string; at: { line: number; column: number } } | undefined {
  if (!root || !isMapping(root)) return undefined;
  for (const pair of root) {
    if (!isString(pair.key) || pair.key.value !== 'jobs' || !isMapping(pair.value) || pair.value.count <= MAX_JOBS) continue;
    const at = pair.key.range ? { line: pair.key.range.start.line, column: pair.key.range.start.column } : { line: 1, column: 1 };
    return { message: `a workflow of ${pair.value.count.toLocaleString('en-US')} jobs is more than the ${MAX_JOBS.toLocaleString('en-US')} analysed; not analysed`, at };
  }
  return undefined;
}

/** Parses text already read (tests and fixtures use this directly). */
export async function parseSource(source: SourceFile): Promise<ParsedFile> {
  const bomb = boundsProblem(source) ?? aliasBomb(source.text);
  if (bomb) return { source, problems: [{ stage: 'read', message: bomb.message, at: { line: bomb.line, column: bomb.column } }] };
  if (source.kind === 'dependabot') {
    const { model, problems } = buildDependabot(source);
    return { source, problems, dependabot: model };
  }
  const file = { name: source.path, content: source.text };
  const errors = new BoundedErrors();
  const context = new TemplateContext(errors, source.kind === 'action' ? actionSchema() : workflowSchema(), new NoOperationTraceWriter());
  let result: TemplateParseResult;
  try {
    result = source.kind === 'action' ? parseAction(file, context) : parseWorkflow(file, context);
    const tooMany = source.kind === 'workflow' ? tooManyJobs(result.value) : undefined;
    if (tooMany) return { source, problems: [{ stage: 'read', ...tooMany }] };
    if (source.kind === 'workflow' && result.value) {
      // The converter adds GitHub's semantic checks (cron, step ids, if: conditions, …); its
      // results are discarded, only its messages kept. No file provider: local reusable workflows
      // are checked by our own rules, which know the workspace.
      await convertWorkflowTemplate(result.context, result.value, undefined, { errorPolicy: ErrorPolicy.TryConversion });
    }
  } catch (err) {
    return { source, problems: [{ stage: 'parser', message: `the workflow parser failed: ${(err as Error).message}`, at: { line: 1, column: 1 } }] };
  }
  const problems: ParseProblem[] = result.context.errors.getErrors().map((e) => ({
    stage: 'parser' as const,
    // YAML errors come with a multi-line snippet; a finding is one line.
    message: e.rawMessage.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, ''),
    at: e.range ? { line: e.range.start.line, column: e.range.start.column } : prefixPos(e.prefix)
  }));
  if (errors.dropped) {
    problems.push({
      stage: 'parser',
      message: `${errors.dropped.toLocaleString('en-US')} more messages of GitHub's parser in this file, not listed (the first ${MAX_PARSER_MESSAGES.toLocaleString('en-US')} are)`,
      at: { line: 1, column: 1 }
    });
  }
  if (problems.length && !ofItsKind(source, result.value)) {
    // A file that is not of this kind at all gets one line saying so, not the parser's many.
    const other = notThisKind(source);
    if (other) return { source, problems: [{ stage: 'read', message: other.message, at: { line: other.line, column: other.column } }] };
  }
  if (source.kind === 'action' && result.value) {
    // Descriptions are documentation: the runner never evaluates a `${{ }}` written in them
    // (e.g. an example value), though the action schema's parser checks it.
    const docs = descriptionRanges(result.value);
    for (let i = problems.length - 1; i >= 0; i--) if (docs.some((r) => inside(problems[i].at, r))) problems.splice(i, 1);
  }
  let model: FileModel | undefined;
  if (result.value && isMapping(result.value)) {
    model = source.kind === 'action' ? buildAction(source, result.value) : buildWorkflow(source, result.value);
  }
  return { source, problems, model };
}

/**
 * A top level the parser read as a mapping with a key of the file's kind (`on:`/`jobs:`, `runs:` …):
 * surely of its kind, so that {@link notThisKind} need not parse the file a second time.
 */
function ofItsKind(source: SourceFile, root: TemplateToken | undefined): boolean {
  if (!root || !isMapping(root) || !/\.ya?ml$/i.test(source.path)) return false;
  const keys = kindKeys(source.kind);
  for (const pair of root) if (isString(pair.key) && keys.includes(pair.key.value)) return true;
  return false;
}

/** `name (Line: 3, Col: 5)` → its position, for the few messages that carry no range. */
function prefixPos(prefix: string | undefined): Pos {
  const m = /\(Line: (\d+), Col: (\d+)\)/.exec(prefix ?? '');
  return m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 };
}

/** Reads and parses one file; `path` is relative to the workspace with forward slashes. */
export async function loadFile(abs: string, path: string): Promise<ParsedFile> {
  const kind = kindOf(path);
  const read = await readSource(abs, boundsOf(kind));
  if ('problem' in read) {
    const source: SourceFile = { path, abs, kind, text: '' };
    return { source, problems: [{ stage: 'read', message: read.problem.message, at: { line: read.problem.line, column: read.problem.column } }] };
  }
  return parseSource({ path, abs, kind, text: read.text });
}

type Range = { start: Pos; end: Pos };

function inside(p: Pos, r: Range): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.column >= r.start.column);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.column <= r.end.column);
  return afterStart && beforeEnd;
}

/** Ranges of every `description:` value of action metadata. */
function descriptionRanges(root: TemplateToken): Range[] {
  const ranges: Range[] = [];
  for (const [parent, token, key] of TemplateToken.traverse(root)) {
    if (parent && key && isString(key) && key.value === 'description' && token !== key && token.range) ranges.push(token.range);
  }
  return ranges;
}
