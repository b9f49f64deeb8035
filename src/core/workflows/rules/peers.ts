/**
 * Where each check of the two peer linters stands here (issue 15): every actionlint check (the
 * sections of its docs/checks.md, rhysd/actionlint at 011a6d1) and every zizmor audit (the sections
 * of its docs/audits.md, zizmorcore/zizmor at 11bbf7e) → the rule(s) that find the same faults, the
 * rule name planned for it, or why not. docs/rules.md renders this table (test/rules/docs.test.ts);
 * test/rules/peers.test.ts checks that every rule named exists and every planned name does not yet.
 * test/validate/real-corpus.test.ts matches actionlint's findings (by `kind`) to ours through it.
 */

export interface PeerCheck {
  /** The check's anchor in actionlint's docs/checks.md, or the zizmor audit's name. */
  check: string;
  title: string;
  /** Names of existing rules that find these faults. */
  rules: readonly string[];
  /** Rule names planned for these faults (work in progress), kebab-case. */
  planned?: readonly string[];
  /** What the rules leave out, or why there is no rule. */
  note?: string;
  /** actionlint only: the `kind` its findings of this check carry. */
  kinds?: readonly string[];
  /** The check's section in the peer's documentation. */
  url: string;
}

type Entry = Omit<PeerCheck, 'url'>;

const AL = 'https://github.com/rhysd/actionlint/blob/main/docs/checks.md';
const ZZ = 'https://docs.zizmor.sh/audits/';

/** actionlint's checks, in the order of its docs/checks.md. */
export const ACTIONLINT_CHECKS: readonly PeerCheck[] = (
  [
  { check: 'check-unexpected-keys', title: 'Unexpected keys', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
  { check: 'check-missing-required-duplicate-keys', title: 'Missing required keys and key duplicates', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
  { check: 'check-empty-mapping', title: 'Unexpected empty mappings', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
  { check: 'check-mapping-values', title: 'Unexpected mapping values', rules: ['workflow-syntax'], kinds: ['syntax-check'] },
  { check: 'check-syntax-expression', title: 'Syntax check for expression `${{ }}`', rules: ['expression-syntax'], kinds: ['expression'] },
  { check: 'check-type-check-expression', title: 'Type checks for expression syntax in `${{ }}`', rules: ['type-mismatch', 'function-arguments', 'unknown-property'], note: 'beyond actionlint, `github.event` is typed by the workflow\'s triggers (GitHub\'s webhooks OpenAPI spec)', kinds: ['expression'] },
  { check: 'check-contexts-and-builtin-func', title: 'Contexts and built-in functions', rules: ['unknown-context', 'unknown-function'], kinds: ['expression'] },
  { check: 'check-contextual-step-object', title: 'Contextual typing for `steps.<step_id>` objects', rules: ['step-outputs-reference'], kinds: ['expression'] },
  { check: 'check-contextual-matrix-object', title: 'Contextual typing for `matrix` object', rules: ['unknown-property'], kinds: ['expression'] },
  { check: 'check-contextual-needs-object', title: 'Contextual typing for `needs` object', rules: ['needs-outputs-reference', 'needs-unknown-job'], kinds: ['expression'] },
  { check: 'check-comparison-types', title: 'Strict type checks for comparison operators', rules: ['type-mismatch'], kinds: ['expression'] },
  { check: 'check-shellcheck-integ', title: 'shellcheck integration for `run:`', rules: ['shellcheck'], kinds: ['shellcheck'] },
  { check: 'check-pyflakes-integ', title: 'pyflakes integration for `run:`', rules: [], note: 'not planned: needs pyflakes on the runner, and `shell: python` steps are rare in real workflows (none in the corpus)', kinds: ['pyflakes'] },
  { check: 'untrusted-inputs', title: 'Script injection by potentially untrusted inputs', rules: ['untrusted-input-in-script'], kinds: ['expression'] },
  { check: 'check-job-deps', title: 'Job dependencies validation', rules: ['needs-unknown-job', 'needs-cycle'], kinds: ['job-needs'] },
  { check: 'check-matrix-values', title: 'Matrix values', rules: ['matrix-values'], kinds: ['matrix'] },
  { check: 'check-webhook-events', title: 'Webhook events validation', rules: ['workflow-syntax'], note: 'event names and activity types, from GitHub\'s workflow schema', kinds: ['events'] },
  { check: 'check-workflow-dispatch-events', title: 'Workflow dispatch event validation', rules: ['workflow-syntax', 'unknown-property'], note: 'input definitions from the schema; `inputs.*` references typed from them', kinds: ['events'] },
  { check: 'check-glob-pattern', title: 'Glob filter pattern syntax validation', rules: ['filter-glob'], kinds: ['glob'] },
  { check: 'check-cron-syntax-and-timezone', title: 'CRON syntax and IANA timezone string at `on.schedule`', rules: ['workflow-syntax'], note: 'cron syntax from GitHub\'s parser; the timezone string is not checked', kinds: ['events'] },
  { check: 'check-runner-labels', title: 'Runner labels', rules: ['runner-label'], kinds: ['runner-label'] },
  { check: 'check-action-format', title: 'Action format in `uses:`', rules: ['workflow-syntax', 'uses-syntax', 'missing-local-file'], kinds: ['action'] },
  { check: 'check-local-action-inputs', title: 'Local action inputs validation at `with:`', rules: ['local-action-inputs'], kinds: ['action'] },
  { check: 'check-popular-action-inputs', title: 'Popular action inputs validation at `with:`', rules: ['popular-action-inputs'], kinds: ['action'] },
  { check: 'detect-outdated-popular-actions', title: 'Outdated popular actions detection at `uses:`', rules: ['outdated-action-runtime'], kinds: ['action'] },
  { check: 'check-shell-names', title: 'Shell name validation at `shell:`', rules: ['shell-name'], kinds: ['shell-name'] },
  { check: 'check-job-step-ids', title: 'Job ID and step ID uniqueness', rules: ['workflow-syntax'], note: 'duplicate keys and step ids, from GitHub\'s parser', kinds: ['id'] },
  { check: 'check-hardcoded-credentials', title: 'Hardcoded credentials', rules: ['hardcoded-secret'], kinds: ['credentials'] },
  { check: 'check-env-var-names', title: 'Environment variable names', rules: ['env-var-name'], kinds: ['env-var'] },
  { check: 'permissions', title: 'Permissions', rules: ['workflow-syntax'], note: 'scopes and values from GitHub\'s workflow schema', kinds: ['permissions'] },
  { check: 'check-reusable-workflows', title: 'Reusable workflows', rules: ['reusable-workflow-call', 'required-input-default'], kinds: ['workflow-call', 'expression', 'events'] },
  { check: 'id-naming-convention', title: 'ID naming convention', rules: ['workflow-syntax'], note: 'job and step id format, from GitHub\'s parser', kinds: ['id'] },
  { check: 'ctx-spfunc-availability', title: 'Availability of contexts and special functions', rules: ['unknown-context', 'unknown-function', 'function-not-allowed'], kinds: ['expression'] },
  { check: 'check-deprecated-workflow-commands', title: 'Check deprecated workflow commands', rules: ['deprecated-commands'], kinds: ['deprecated-commands'] },
  { check: 'if-cond-constant', title: 'Constant conditions at `if:`', rules: ['constant-if', 'unsound-condition'], kinds: ['if-cond'] },
  { check: 'action-metadata-syntax', title: 'Action metadata syntax validation', rules: ['workflow-syntax'], note: 'action.yml is linted on its own (actionlint checks it only through a workflow that uses it)', kinds: ['action'] },
  { check: 'deprecated-inputs-usage', title: 'Deprecated inputs usage', rules: ['popular-action-inputs'], kinds: ['action'] },
  { check: 'yaml-anchors', title: 'YAML anchors', rules: [], planned: ['yaml-anchors'], note: 'an undefined alias is already a workflow-syntax error', kinds: ['syntax-check'] }
  ] satisfies Entry[]
).map((c: Entry) => ({ ...c, url: `${AL}#${c.check}` }));

/** zizmor's audits, in the order of its docs/audits.md. */
export const ZIZMOR_AUDITS: readonly PeerCheck[] = (
  [
  { check: 'adhoc-packages', title: 'Ad-hoc package installs in `run:` steps', rules: [], planned: ['adhoc-packages'] },
  { check: 'anonymous-definition', title: 'Workflows or actions without a name:', rules: ['anonymous-definition'], note: 'opt-in: a style preference (pedantic in zizmor)' },
  { check: 'archived-uses', title: 'Actions from archived repositories', rules: ['archived-uses'], note: 'with the token, through the GitHub API' },
  { check: 'artipacked', title: 'Credentials persisted by actions/checkout', rules: ['artipacked'] },
  { check: 'bot-conditions', title: 'Spoofable bot-actor conditions', rules: ['bot-conditions'] },
  { check: 'cache-poisoning', title: 'Cache poisoning in release workflows', rules: ['cache-poisoning'] },
  { check: 'concurrency-limits', title: 'Workflows without a concurrency limit', rules: ['deploy-without-concurrency'], note: 'deploy jobs only; concurrency elsewhere is a cost choice' },
  { check: 'dangerous-triggers', title: 'pull_request_target and workflow_run', rules: ['dangerous-triggers', 'untrusted-checkout'] },
  { check: 'dependabot-cooldown', title: 'Dependabot updates without a cooldown', rules: ['dependabot-cooldown'] },
  { check: 'dependabot-execution', title: 'Dependabot allowed to execute code', rules: ['dependabot-execution'] },
  { check: 'excessive-permissions', title: 'Overly broad permissions', rules: ['missing-permissions', 'excessive-permissions'], note: 'missing-permissions: the default token and write-all; excessive-permissions: read-all, workflow-level write scopes, and write scopes no step of the job uses (zizmor does not look at the steps)' },
  { check: 'forbidden-uses', title: 'Actions forbidden by configuration', rules: ['forbidden-uses'] },
  { check: 'github-app', title: 'Dangerous uses of GitHub App installation tokens', rules: [], planned: ['github-app'] },
  { check: 'github-env', title: 'Writes of untrusted data to GITHUB_ENV / GITHUB_PATH', rules: ['github-env'] },
  { check: 'hardcoded-container-credentials', title: 'Hardcoded container registry credentials', rules: ['hardcoded-secret'] },
  { check: 'impostor-commit', title: 'Commits from a fork network posing as the action\'s', rules: ['impostor-commit'], note: 'with the token, through the GitHub API' },
  { check: 'insecure-commands', title: 'ACTIONS_ALLOW_UNSECURE_COMMANDS', rules: ['insecure-commands'] },
  { check: 'insecure-url-scheme', title: 'http:// and other insecure URLs', rules: [], planned: ['insecure-url-scheme'] },
  { check: 'known-vulnerable-actions', title: 'Actions with published advisories', rules: ['known-vulnerable-actions'], note: 'with the token, GitHub\'s advisory database through the API' },
  { check: 'misfeature', title: 'GitHub Actions misfeatures (e.g. `shell: cmd`, pip --extra-index-url)', rules: ['misfeature'] },
  { check: 'obfuscation', title: 'Obfuscated uses: and expressions', rules: ['obfuscation'] },
  { check: 'overprovisioned-secrets', title: 'The whole secrets context (toJSON(secrets))', rules: ['overprovisioned-secrets'] },
  { check: 'ref-confusion', title: 'Refs that are both a tag and a branch', rules: ['ref-confusion'], note: 'with the token, through the GitHub API' },
  { check: 'ref-version-mismatch', title: 'Version comments that do not match the pinned commit', rules: ['ref-version-mismatch'], note: 'with the token, through the GitHub API' },
  { check: 'secrets-inherit', title: '`secrets: inherit` in reusable workflow calls', rules: ['secrets-inherit'] },
  { check: 'secrets-outside-env', title: 'Secrets used outside a deployment environment', rules: [], planned: ['secrets-outside-env'] },
  { check: 'self-hosted-runner', title: 'Self-hosted runners', rules: ['self-hosted-runner'] },
  { check: 'self-repository', title: 'Actions of this repository used by remote ref', rules: [], planned: ['self-repository'] },
  { check: 'stale-action-refs', title: 'Pinned commits that no tag points at', rules: ['stale-action-refs'], note: 'with the token, through the GitHub API' },
  { check: 'superfluous-actions', title: 'Actions that duplicate what the runner already does', rules: ['superfluous-actions'] },
  { check: 'template-injection', title: 'Expressions expanded into scripts', rules: ['untrusted-input-in-script'] },
  { check: 'typosquat-uses', title: 'Typosquatted action names', rules: [], planned: ['typosquat-uses'] },
  { check: 'undocumented-permissions', title: 'Permissions without an explaining comment', rules: ['undocumented-permissions'], note: 'opt-in (pedantic in zizmor)' },
  { check: 'unpinned-images', title: 'Container images not pinned by digest', rules: ['mutable-image', 'unpinned-action'], note: 'mutable-image for job/service containers and `docker://` steps by tag; unpinned-action for `docker://` not by digest' },
  { check: 'unpinned-tools', title: 'Actions that install an unpinned external tool', rules: [], planned: ['unpinned-tools'] },
  { check: 'unpinned-uses', title: 'Actions not pinned to a commit', rules: ['unpinned-action'] },
  { check: 'unredacted-secrets', title: 'Secrets parsed with fromJSON, so not redacted', rules: ['unredacted-secrets'] },
  { check: 'unsound-condition', title: '`if:` conditions that are always true', rules: ['unsound-condition'] },
  { check: 'unsound-contains', title: 'contains() on a string, bypassable', rules: ['unsound-contains'] },
  { check: 'unsound-ternary', title: '`a && b || c` where b can be falsy', rules: [], planned: ['unsound-ternary'] },
  { check: 'use-trusted-publishing', title: 'Package publishing with a long-lived token', rules: ['use-trusted-publishing'] }
  ] satisfies Entry[]
).map((c: Entry) => ({ ...c, url: `${ZZ}#${c.check}` }));

/** Names of the rules (existing or planned) that report faults of an actionlint finding's `kind`. */
export function rulesForActionlintKind(kind: string): Set<string> {
  return new Set(ACTIONLINT_CHECKS.filter((c) => c.kinds?.includes(kind)).flatMap((c) => [...c.rules, ...(c.planned ?? [])]));
}

/** A markdown table of the peer checks: check → rules, planned, or why not. */
export function peersTable(checks: readonly PeerCheck[], anchorOf: (ruleName: string) => string | undefined): string[] {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const link = (name: string) => {
    const anchor = anchorOf(name);
    return anchor ? `[\`${name}\`](#${anchor})` : `\`${name}\``;
  };
  return [
    '| check | ours | note |',
    '| --- | --- | --- |',
    ...checks.map((c) => {
      const ours = [...c.rules.map(link), ...(c.planned ?? []).map((p) => `planned: \`${p}\``)].join(', ') || '—';
      return `| [${cell(c.title)}](${c.url}) | ${ours} | ${cell(c.note ?? '')} |`;
    })
  ];
}
