/**
 * `.github/phase-gates.yml`, the rule settings of workflows-validation (internal):
 *
 * ```yaml
 * rules:
 *   PG112: warning                 # change a level (error, warning, note)
 *   needs-cycle: off               # disable, by id or name
 * ignore:
 *   - test/fixtures/**             # files never checked
 * allow:
 *   owners: [acme]                 # trusted owners (security rules)
 *   actions: [docker/build-push-action]
 * forbidden-uses:                  # zizmor's forbidden-uses: allow OR deny repository patterns
 *   deny: [some-org/*]             # (*, owner/*, owner/repo/*, owner/repo[/path][@ref])
 * runners:
 *   self-hosted: [gpu, linux-arm64-*]  # labels of your own and larger runners (runs-on:)
 * shellcheck:
 *   severity: style                # lowest shellcheck level reported: error, warning (default), info, style
 *   path: /usr/bin/shellcheck      # the executable (default: shellcheck on PATH)
 * ```
 *
 * Every error names the config file and line, all collected before failing.
 */
import { promises as fs } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { checkYamlBounds, oversizeProblem, YAML_BOUNDS } from '../yaml-bounds.js';
import { UserError } from '../errors.js';
import type { RuleSetting } from './lint.js';
import type { Rule, RuleSettings } from './rule.js';
import { validUsesPattern } from './rules/supply-chain/uses.js';

export interface ValidationConfig {
  rules: Map<string, RuleSetting>;
  ignore: string[];
  settings: RuleSettings;
  /** The config file, when one was read. */
  file?: string;
}

export const EMPTY_CONFIG: ValidationConfig = { rules: new Map(), ignore: [], settings: { allowActions: [], allowOwners: [] } };

const LEVELS = ['error', 'warning', 'note', 'off'];
/** shellcheck's levels, for `shellcheck.severity`. */
const SHELLCHECK_LEVELS = ['error', 'warning', 'info', 'style'];

/**
 * Reads the config at `abs` (shown as `shown`). A missing file is no config unless `explicit`
 * (the user named it). `input` is the input errors are attributed to.
 */
export async function loadConfig(abs: string, shown: string, input: string, explicit: boolean, rules: readonly Rule[]): Promise<ValidationConfig> {
  let text: string;
  try {
    const stat = await fs.stat(abs);
    if (stat.size > YAML_BOUNDS.config.maxBytes) {
      const problem = await oversizeProblem(abs, stat.size, YAML_BOUNDS.config);
      throw new UserError(problem.message, { input, file: shown, line: problem.line });
    }
    text = await fs.readFile(abs, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return EMPTY_CONFIG;
    throw new UserError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'config file not found' : 'cannot read the config file', { input, file: shown });
  }
  return parseConfig(text, shown, input, rules);
}

/** Parses config text; all errors at once, each with file and line. */
export function parseConfig(text: string, shown: string, input: string, rules: readonly Rule[]): ValidationConfig {
  checkYamlBounds(text, YAML_BOUNDS.config, { input, file: shown });
  const lineCounter = new LineCounter();
  // Aliases are never expanded here: only nodes are read, so an alias bomb costs nothing.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors: UserError[] = [];
  const lineOf = (node: YamlNode | null | undefined): number | undefined => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const fail = (message: string, node: YamlNode | null | undefined, hint?: string) => errors.push(new UserError(message, { input, file: shown, line: lineOf(node), hint }));
  for (const e of doc.errors) errors.push(new UserError(`invalid YAML: ${e.message.split('\n')[0]}`, { input, file: shown, line: e.linePos?.[0].line }));
  if (errors.length) throw UserError.several(errors);

  const config: ValidationConfig = { rules: new Map(), ignore: [], settings: { allowActions: [], allowOwners: [] }, file: shown };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return config;
  if (!isMap(root)) {
    fail('the config must be a mapping with rules:, ignore:, allow:, forbidden-uses:, runners: and shellcheck:', root);
    throw UserError.several(errors);
  }
  const strings = (node: unknown, what: string): string[] => {
    const n = node as YamlNode;
    if (isScalar(n) && typeof n.value === 'string') return [n.value];
    if (!isSeq(n)) {
      fail(`${what} must be a list of strings`, n);
      return [];
    }
    const out: string[] = [];
    for (const item of n.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) out.push(item.value.trim());
      else fail(`${what} must hold strings`, item as YamlNode);
    }
    return out;
  };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key === 'rules') {
      if (!isMap(value)) {
        fail('rules: must map rule ids or names to a level (error, warning, note) or off', value ?? (pair.key as YamlNode));
        continue;
      }
      for (const r of value.items) {
        const name = isScalar(r.key) ? String(r.key.value) : '';
        const rule = rules.find((x) => x.id.toLowerCase() === name.toLowerCase() || x.name === name);
        if (!rule) {
          fail(`unknown rule "${name}"`, r.key as YamlNode, `rules are ${rules.map((x) => x.id).join(', ')}`);
          continue;
        }
        let setting: unknown = isScalar(r.value) ? r.value.value : undefined;
        if (isMap(r.value)) {
          const level = r.value.items.find((p) => isScalar(p.key) && p.key.value === 'level');
          setting = level && isScalar(level.value) ? level.value.value : undefined;
        }
        if (setting === false) setting = 'off';
        if (typeof setting !== 'string' || !LEVELS.includes(setting)) {
          fail(`rule ${rule.id}: level must be error, warning, note or off`, (r.value as YamlNode) ?? (r.key as YamlNode));
          continue;
        }
        config.rules.set(rule.id, setting as RuleSetting);
      }
    } else if (key === 'ignore') {
      config.ignore = strings(value, 'ignore:');
    } else if (key === 'allow') {
      if (!isMap(value)) {
        fail('allow: must be a mapping with owners: and actions:', value ?? (pair.key as YamlNode));
        continue;
      }
      for (const a of value.items) {
        const k = isScalar(a.key) ? String(a.key.value) : '';
        if (k === 'owners') config.settings = { ...config.settings, allowOwners: strings(a.value, 'allow.owners') };
        else if (k === 'actions') config.settings = { ...config.settings, allowActions: strings(a.value, 'allow.actions') };
        else fail(`unknown key allow.${k}`, a.key as YamlNode, 'allow: takes owners and actions');
      }
    } else if (key === 'forbidden-uses') {
      const modes = isMap(value) ? value.items : [];
      const mode = modes.length === 1 && isScalar(modes[0].key) ? String(modes[0].key.value) : '';
      if (mode !== 'allow' && mode !== 'deny') {
        fail('forbidden-uses: must be a mapping with either allow: or deny: (a list of repository patterns)', (modes[0]?.key as YamlNode) ?? value ?? (pair.key as YamlNode));
        continue;
      }
      const patterns = strings(modes[0].value, `forbidden-uses.${mode}`);
      const items = isSeq(modes[0].value) ? modes[0].value.items : [modes[0].value];
      patterns.forEach((p, i) => {
        if (!validUsesPattern(p)) fail(`forbidden-uses.${mode}: "${p}" is not a repository pattern`, items[i] as YamlNode, 'patterns are *, owner/*, owner/repo/*, owner/repo, owner/repo/path, the last two optionally @ref');
      });
      config.settings = { ...config.settings, forbiddenUses: { mode, patterns } };
    } else if (key === 'runners') {
      if (!isMap(value)) {
        fail('runners: must be a mapping with self-hosted:', value ?? (pair.key as YamlNode));
        continue;
      }
      for (const a of value.items) {
        const k = isScalar(a.key) ? String(a.key.value) : '';
        if (k === 'self-hosted') config.settings = { ...config.settings, selfHostedRunners: strings(a.value, 'runners.self-hosted') };
        else fail(`unknown key runners.${k}`, a.key as YamlNode, 'runners: takes self-hosted (a list of runner labels)');
      }
    } else if (key === 'shellcheck') {
      if (!isMap(value)) {
        fail('shellcheck: must be a mapping with severity: and path:', value ?? (pair.key as YamlNode));
        continue;
      }
      for (const a of value.items) {
        const k = isScalar(a.key) ? String(a.key.value) : '';
        const v = isScalar(a.value) ? a.value.value : undefined;
        if (k === 'severity' && typeof v === 'string' && SHELLCHECK_LEVELS.includes(v)) {
          config.settings = { ...config.settings, shellcheck: { ...config.settings.shellcheck, severity: v as 'error' | 'warning' | 'info' | 'style' } };
        } else if (k === 'severity') fail('shellcheck.severity must be error, warning, info or style', (a.value as YamlNode) ?? (a.key as YamlNode));
        else if (k === 'path' && typeof v === 'string' && v.trim()) config.settings = { ...config.settings, shellcheck: { ...config.settings.shellcheck, path: v.trim() } };
        else if (k === 'path') fail('shellcheck.path must be the path of the shellcheck executable', (a.value as YamlNode) ?? (a.key as YamlNode));
        else fail(`unknown key shellcheck.${k}`, a.key as YamlNode, 'shellcheck: takes severity and path');
      }
    } else {
      fail(`unknown key "${key}"`, pair.key as YamlNode, 'the config takes rules, ignore, allow, forbidden-uses, runners and shellcheck');
    }
  }
  if (errors.length) throw UserError.several(errors);
  return config;
}

/** A glob of `ignore:` as a regular expression: `**` any path, `*` and `?` within a segment. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      i++;
      if (g[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A directory pattern covers everything below it.
  return new RegExp(`^${re}(?:/.*)?$`);
}
