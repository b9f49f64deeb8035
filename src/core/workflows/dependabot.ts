/**
 * Dependabot's configuration (`.github/dependabot.yml`), read with the `yaml` package and a
 * LineCounter (as config.ts reads ours) into a positioned model for the dependabot rules. Only the
 * keys those rules read are modelled; a file that is no YAML mapping is one problem, not a model.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { DependabotModel, DependabotUpdate, Pos, Scalar } from './model.js';
import type { ParseProblem } from './parse.js';
import type { SourceFile } from './source.js';

/** Most `updates:` entries read (GitHub allows a few hundred; this is a bound, not a limit). */
export const MAX_DEPENDABOT_UPDATES = 10_000;

export function buildDependabot(source: SourceFile): { model?: DependabotModel; problems: ParseProblem[] } {
  const lineCounter = new LineCounter();
  // Aliases are never expanded: only nodes are read.
  const doc = parseDocument(source.text, { lineCounter, uniqueKeys: true });
  const posOf = (node: YamlNode | null | undefined): Pos => {
    const p = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { problems: [{ stage: 'read', message: `invalid YAML: ${e.message.split('\n')[0]}`, at: e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : { line: 1, column: 1 } }] };
  }
  const root = doc.contents;
  if (!isMap(root)) return { problems: [{ stage: 'read', message: 'not a Dependabot configuration: its top level is not a mapping with version: and updates:', at: posOf(root) }] };
  const get = (map: unknown, key: string): { key: YamlNode; value: YamlNode | null } | undefined => {
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    return pair ? { key: pair.key as YamlNode, value: pair.value as YamlNode | null } : undefined;
  };
  const scalar = (node: YamlNode | null | undefined): Scalar | undefined => (node && isScalar(node) ? { value: String(node.value), at: posOf(node) } : undefined);
  const updates: DependabotUpdate[] = [];
  const list = get(root, 'updates')?.value;
  for (const item of isSeq(list) ? list.items.slice(0, MAX_DEPENDABOT_UPDATES) : []) {
    if (!isMap(item)) continue;
    const first = item.items[0]?.key as YamlNode | undefined;
    const cooldown = get(item, 'cooldown');
    const days = get(cooldown?.value, 'default-days');
    const execution = get(item, 'insecure-external-code-execution');
    updates.push({
      at: posOf(first ?? (item as YamlNode)),
      ecosystem: scalar(get(item, 'package-ecosystem')?.value),
      directory: scalar(get(item, 'directory')?.value),
      cooldownKey: cooldown && { value: 'cooldown', at: posOf(cooldown.key) },
      cooldownDefaultDays: days && { value: 'default-days', at: posOf(days.key), days: isScalar(days.value) ? String(days.value.value) : '' },
      insecureExternalCodeExecution: execution && { value: 'insecure-external-code-execution', at: posOf(execution.key), setting: isScalar(execution.value) ? String(execution.value.value) : '' }
    });
  }
  return { model: { kind: 'dependabot', file: source, updates }, problems: [] };
}
