/**
 * What the steps of a job do with the `GITHUB_TOKEN`'s write scopes, for excessive-permissions
 * (PG216): the scopes a known action uses, and what a `run:` script can reach. Precision first:
 * anything this module cannot account for (an action not in the table, a local or Docker action,
 * a script that gets the token) is `unknown`, "may use every scope".
 */
import { isLiteral, isMapping } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Entries, JobModel, StepModel, WorkflowModel } from '../../model.js';
import { entryOf, textOf } from '../injection/tokens.js';
import { parseUses } from '../supply-chain/uses.js';

/** The scopes a step may use with the token, or `unknown`. */
export type ScopeUse = ReadonlySet<string> | 'unknown';

const NONE: readonly string[] = [];

/**
 * Actions by `owner/repo` (or `owner/repo/path`; `owner/repo/*` for every path), lower case → the
 * write scopes they use with the job's token by default (from their action.yml and README), or a
 * function of the step when an input decides. An action absent from the table is `unknown`.
 */
const ACTIONS: ReadonlyMap<string, readonly string[] | ((step: StepModel) => readonly string[])> = new Map<string, readonly string[] | ((step: StepModel) => readonly string[])>([
  // Set-up, cache and artifact actions: the token only reads (downloads of tools, artifacts of this run).
  ...[
    'actions/checkout', 'actions/setup-node', 'actions/setup-python', 'actions/setup-go', 'actions/setup-java', 'actions/setup-dotnet',
    'actions/cache', 'actions/cache/restore', 'actions/cache/save', 'actions/upload-artifact', 'actions/download-artifact',
    'actions/upload-pages-artifact', 'actions/configure-pages', 'actions/setup-ruby', 'ruby/setup-ruby', 'dtolnay/rust-toolchain',
    'swatinem/rust-cache', 'astral-sh/setup-uv', 'pnpm/action-setup', 'oven-sh/setup-bun', 'docker/setup-buildx-action',
    'docker/setup-qemu-action', 'docker/metadata-action', 'docker/build-push-action', 'docker/bake-action', 'gradle/actions/setup-gradle',
    'gradle/actions/wrapper-validation', 'gradle/wrapper-validation-action', 'actions-rust-lang/setup-rust-toolchain', 'taiki-e/install-action',
    'sigstore/cosign-installer', 'anchore/sbom-action/download-syft', 'jdx/mise-action', 'mlugg/setup-zig', 'actions/setup-haskell',
    'haskell-actions/setup', 'erlef/setup-beam', 'shivammathur/setup-php', 'julia-actions/setup-julia', 'r-lib/actions/setup-r',
    'conda-incubator/setup-miniconda', 'mamba-org/setup-micromamba', 'denoland/setup-deno', 'hashicorp/setup-terraform',
    'azure/setup-helm', 'azure/setup-kubectl', 'docker/setup-docker-action', 'crazy-max/ghaction-upx', 'goto-bus-stop/setup-zig'
  ].map((name) => [name, NONE] as const),
  // Releases, commits and pages branches.
  ['softprops/action-gh-release', ['contents', 'discussions']],
  ...['actions/create-release', 'actions/upload-release-asset', 'ncipollo/release-action', 'svenstaro/upload-release-action', 'stefanzweifel/git-auto-commit-action', 'endbug/add-and-commit', 'jamesives/github-pages-deploy-action', 'peaceiris/actions-gh-pages'].map((name) => [name, ['contents']] as const),
  ['goreleaser/goreleaser-action', ['contents', 'packages', 'id-token', 'attestations']],
  // Pull requests, issues and comments.
  ...['peter-evans/create-pull-request', 'googleapis/release-please-action', 'google-github-actions/release-please-action', 'changesets/action', 'release-drafter/release-drafter'].map((name) => [name, ['contents', 'pull-requests', 'issues']] as const),
  ...['peter-evans/create-or-update-comment', 'marocchino/sticky-pull-request-comment', 'thollander/actions-comment-pull-request', 'actions/labeler', 'actions/first-interaction', 'actions/dependency-review-action'].map((name) => [name, ['pull-requests', 'issues']] as const),
  ['actions/stale', ['issues', 'pull-requests', 'actions']],
  // Registries: docker/login-action uses the token only for ghcr.io, or when given it.
  ['docker/login-action', (step: StepModel) => (/ghcr\.io/i.test(textOf(step.with.get('registry')?.value) ?? '') || tokenIn(textOf(step.with.get('password')?.value)) ? ['packages'] : NONE)],
  // OpenID Connect: the job's id-token scope.
  ...['aws-actions/configure-aws-credentials', 'google-github-actions/auth', 'azure/login', 'hashicorp/vault-action', 'pypa/gh-action-pypi-publish', 'sigstore/gh-action-sigstore-python', 'codecov/codecov-action', 'rust-lang/crates-io-auth-action'].map((name) => [name, ['id-token']] as const),
  ...['actions/attest-build-provenance', 'actions/attest', 'actions/attest-sbom'].map((name) => [name, ['id-token', 'attestations']] as const),
  ['actions/deploy-pages', ['pages', 'id-token']],
  ['github/codeql-action/*', ['security-events', 'actions']]
]);

/** The inputs through which the actions of the table take the token for their own use. */
const TOKEN_INPUTS = new Set(['token', 'github-token', 'github_token', 'repo-token', 'repo_token']);

/** Whether a text names the job's token (`${{ github.token }}`, `secrets.GITHUB_TOKEN`, `$GITHUB_TOKEN`, `GH_TOKEN`). */
export function tokenIn(text: string | undefined): boolean {
  return !!text && /\bgithub\.token\b|\bGITHUB_TOKEN\b|\bGH_TOKEN\b|\bgithub\[\s*'token'\s*\]/i.test(text);
}

function entriesText(entries: Entries | undefined): string {
  return [...(entries ?? new Map()).values()].map((e) => `${e.key.value}=${textOf(e.value) ?? ''}`).join('\n');
}

/** `env:` of a job or workflow mapping. */
function envText(token: TemplateToken | undefined): string {
  if (!token || !isMapping(token)) return '';
  for (const pair of token) {
    if (isLiteral(pair.key) && pair.key.toString() === 'env') {
      const env = pair.value;
      if (!isMapping(env)) return textOf(env) ?? '';
      return [...env].map((p) => `${textOf(p.key) ?? ''}=${textOf(p.value) ?? ''}`).join('\n');
    }
  }
  return '';
}

/** Programs that run what the repository says (its scripts, task runners): anything could run, `git push` or an OIDC exchange included. */
const OPAQUE = /(?:^|[\s;&|(`])(?:\.{0,2}\/[\w./-]+|\S+\.(?:sh|py|js|mjs|ts|rb|pl|ps1)\b|make|just|task|npx|bunx|pnpx|npm\s+(?:run|exec|publish)|yarn(?!\s+(?:install|--frozen-lockfile|--immutable)\b)|pnpm(?!\s+(?:install|i)\b)|bun\s+(?:run|x|publish)|uv\s+(?:run|publish)|poetry\s+(?:run|publish)|nox|tox|invoke|rake|bundle\s+exec|cargo\s+(?:run|publish|release|xtask|make)|go\s+run|gradlew?|mvnw?|ant|sbt|dotnet\s+(?:run|nuget)|pwsh|powershell)(?=$|[\s;&|)`])/m;
/** Commands that write through git or the GitHub API with the credentials a checkout left. */
const GIT_WRITE = /\bgit\s+(?:push|tag|commit|remote|config|credential)|\bgh\s|\bhub\s|semantic-release|changeset|lerna|release-it|standard-version|bumpversion|bump-my-version|goreleaser|ghr\b/;
/** OpenID Connect consumers: registries and clouds that exchange the job's ID token. */
const OIDC = /ACTIONS_ID_TOKEN|\boidc\b|id-token|\b(?:npm|pnpm|yarn|bun|twine|uv|poetry|flit|hatch|cargo|gem|dotnet|nuget)\b[^\n]*\b(?:publish|push|upload)\b|cosign|sigstore|\battest|\baws\b|gcloud|\baz\b|vault|terraform|tofu|pulumi|helm|kubectl|docker\s+(?:push|login)|crane|ko\s+build|goreleaser|jf\b|jfrog|codecov/;

/**
 * The scopes a step may use: a known action's, or a script's. A script gets the token only through
 * an expression or an environment variable (then: `unknown`); it reaches `contents` through the
 * credentials a checkout left in `.git/config` (`git push`, or a program of the repository), and
 * `id-token` through the runner's `ACTIONS_ID_TOKEN_REQUEST_*` variables (an OIDC consumer, or a
 * program of the repository).
 */
export function stepScopes(step: StepModel, job: JobModel, workflow: WorkflowModel, credentialsLeft: boolean): ScopeUse {
  if (step.uses) {
    const uses = parseUses(step.uses.value);
    if (!uses) return 'unknown';
    const name = `${uses.owner}/${uses.repo}`.toLowerCase();
    const full = uses.path ? `${name}/${uses.path.toLowerCase()}` : name;
    const entry = ACTIONS.get(full) ?? ACTIONS.get(`${name}/*`);
    if (!entry) return 'unknown';
    // The token handed over another way than the action's own token input (a build secret, an environment variable): anything may use it.
    const handed = [...step.with].filter(([key]) => !TOKEN_INPUTS.has(key) && key !== 'password').map(([, e]) => textOf(e.value) ?? '');
    if (tokenIn(handed.join('\n')) || tokenIn(entriesText(step.env))) return 'unknown';
    return new Set(typeof entry === 'function' ? entry(step) : entry);
  }
  // The script as written: a run: with `${{ }}` is an expression whose display text stops at its first line.
  const script = textOf(entryOf(step.token, 'run')?.value) ?? step.run?.value ?? '';
  const env = [entriesText(step.env), envText(job.token), envText(workflow.root)].join('\n');
  if (tokenIn(script) || tokenIn(env)) return 'unknown';
  const scopes = new Set<string>();
  const opaque = OPAQUE.test(script);
  if (credentialsLeft && (opaque || GIT_WRITE.test(script))) scopes.add('contents');
  if (opaque || OIDC.test(script)) scopes.add('id-token');
  return scopes;
}

/** True for an `actions/checkout` that leaves the token in `.git/config` (no `persist-credentials: false`). */
export function leavesCredentials(step: StepModel): boolean {
  const uses = parseUses(step.uses?.value);
  if (!uses || `${uses.owner}/${uses.repo}`.toLowerCase() !== 'actions/checkout') return false;
  return textOf(step.with.get('persist-credentials')?.value)?.trim() !== 'false';
}

/** The scopes the steps of a job may use with its token, or `unknown`. */
export function jobScopes(job: JobModel, workflow: WorkflowModel): ScopeUse {
  if (job.uses) return 'unknown';
  const used = new Set<string>();
  let credentials = false;
  for (const step of job.steps) {
    const scopes = stepScopes(step, job, workflow, credentials);
    if (scopes === 'unknown') return 'unknown';
    for (const s of scopes) used.add(s);
    credentials ||= leavesCredentials(step);
  }
  return used;
}
