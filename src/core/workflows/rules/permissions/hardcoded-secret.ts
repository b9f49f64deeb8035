/** PG204 hardcoded-secret: credentials written into a workflow or action file. */
import { isMapping, isSequence, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { Pos } from '../../model.js';

/** Credentials recognisable by their shape; the message names the kind, never the value. */
const KINDS: { kind: string; re: RegExp }[] = [
  { kind: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'a GitHub token', re: /\bgh[opsu]_[A-Za-z0-9]{36,}\b/g },
  { kind: 'a GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g },
  { kind: 'a private key', re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { kind: 'a Slack webhook URL', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/g }
];

/** Keys whose value is a credential: `*_KEY`, `*_TOKEN`, `*_SECRET` (or `-key`, …) and `*PASSWORD*`. */
const SECRET_KEY = /(?:^|[_-])(?:key|token|secret)$|password|passwd/i;

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

/**
 * A literal that looks generated rather than written: long, no spaces, mixed letters and digits,
 * high entropy, and a run of 12 characters or more without a separator (a written name such as
 * `v1-rust-workspace`, the cache key prefix of Swatinem/rust-cache in astral-sh/uv, is words
 * joined by hyphens; a token's random part is not).
 */
function highEntropy(value: string): boolean {
  const v = value.trim();
  if (v.length < 16 || /\s/.test(v) || v.includes('${{')) return false;
  if (!/[A-Za-z]/.test(v) || !/\d/.test(v)) return false;
  if (!v.split(/[-_.:/@]+/).some((part) => part.length >= 12)) return false;
  return entropy(v) >= 3.5;
}

function lineColumn(text: string, offset: number): Pos {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const rule: Rule = {
  id: 'PG204',
  name: 'hardcoded-secret',
  level: 'error',
  description: 'A credential written into the file: AWS access key ids, GitHub tokens, private keys, Slack tokens, or a high-entropy literal assigned to a `*_KEY`, `*_TOKEN`, `*_SECRET` or `*PASSWORD*` key.',
  help: 'Everything in a workflow file is readable by everyone who can read the repository, forever (in its history too), and is not masked in logs. Revoke the credential, remove it, and pass it as a secret (`${{ secrets.NAME }}`) or, better, use OIDC (`aws-actions/configure-aws-credentials` with `role-to-assume`). Literal values of secret-named keys are reported when they look generated (16 characters or more, letters and digits, high entropy); expressions are never reported. The finding names the kind and the key, never the value.',
  create(context) {
    return {
      file(parsed) {
        const text = parsed.source.text ?? '';
        const shaped = new Set<number>();
        for (const { kind, re } of KINDS) {
          for (const m of text.matchAll(re)) {
            const at = lineColumn(text, m.index ?? 0);
            shaped.add(at.line);
            context.report(parsed.source, { at }, `${kind} is written into the file; revoke it and pass it as a secret (secrets.NAME) instead`);
          }
        }
        if (!parsed.model) return;
        const visit = (token: TemplateToken, where: string): void => {
          if (isSequence(token)) {
            let i = 0;
            for (const item of token) visit(item, `${where}[${i++}]`);
            return;
          }
          if (!isMapping(token)) return;
          for (const pair of token) {
            if (!isString(pair.key)) continue;
            const key = pair.key.value;
            const value = pair.value;
            if (isString(value) && SECRET_KEY.test(key) && highEntropy(value.value)) {
              const at = value.range ? { line: value.range.start.line, column: value.range.start.column } : { line: 1, column: 1 };
              if (!shaped.has(at.line)) context.report(parsed.source, { at }, `"${where ? `${where}.` : ''}${key}" is assigned a literal high-entropy value that looks like a credential; pass it as a secret (secrets.NAME) instead`);
            } else visit(value, where ? `${where}.${key}` : key);
          }
        };
        visit(parsed.model.root, '');
      }
    };
  }
};
export default rule;
