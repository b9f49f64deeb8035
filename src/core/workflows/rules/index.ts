/**
 * Every rule of workflows-validation, once. Rules live by family, one directory each
 * (syntax, scripts, supply-chain, injection, permissions, deployment, required-checks), one rule a
 * module with its fixtures under test/fixtures/rules/<family>/<rule>/; each family's index.ts
 * lists its rules. The visitor, the SARIF `rules` table and docs/rules.md all read this registry.
 */
import type { Family, Rule } from '../rule.js';
import syntax from './syntax/index.js';
import scripts from './scripts/index.js';
import supplyChain from './supply-chain/index.js';
import injection from './injection/index.js';
import permissions from './permissions/index.js';
import deployment from './deployment/index.js';
import requiredChecks from './required-checks/index.js';

/** The families, in the order docs/rules.md presents them. */
export const FAMILIES: readonly Family[] = [syntax, scripts, supplyChain, injection, permissions, deployment, requiredChecks];

/** Every rule, in id order. */
// Ids are ASCII (`PG123`): a plain comparison, not localeCompare, whose ICU collator costs tens of ms at start-up.
export const RULES: readonly Rule[] = FAMILIES.flatMap((f) => f.rules).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const FAMILY_OF = new Map<Rule, Family>(FAMILIES.flatMap((f) => f.rules.map((r) => [r, f] as const)));

/** The family a rule belongs to. */
export function familyOf(rule: Rule): Family {
  const family = FAMILY_OF.get(rule);
  if (!family) throw new Error(`rule ${rule.id} is in no family`);
  return family;
}

/** The rule with this id or kebab-case name. */
export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim();
  return RULES.find((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key);
}

/** The docs anchor of a rule: its heading in docs/rules.md. */
export function docsAnchor(rule: Rule): string {
  return `${rule.id.toLowerCase()}-${rule.name}`;
}
