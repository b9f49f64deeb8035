/** PG217 cache-poisoning: a release workflow that restores a cache a pull request or branch run could have written. */
import { isMapping, isSequence } from '@actions/workflow-parser';
import { Binary, FunctionCall, Grouping, Literal, Logical, Unary, type Expr } from '@actions/expressions/ast';
import type { Rule } from '../../rule.js';
import { type JobModel, type Node, type StepModel, type WorkflowModel } from '../../model.js';
import { parseExpression } from '../../expressions.js';
import { entryOf, posOf, textOf } from '../injection/tokens.js';
import { contextPath } from '../injection/expr-tree.js';
import { lineOf } from '../syntax/tokens.js';
import type { SourceFile } from '../../source.js';
import { commentVersion } from './online.js';
import { parseUses, type RepositoryUses } from './uses.js';
import { reachable } from '../deployment/deploy-jobs.js';

/** How an input controls caching, as zizmor's ControlExpr: opt-in turns it on, opt-out turns it off. */
type Control =
  | { field: string; toggle: 'in' | 'out'; type: 'bool' | 'string' | readonly string[]; byDefault: boolean }
  | { below: number }
  | { atLeast: number }
  | { all: readonly Control[] }
  | { any: readonly Control[] };

type Eval = 'on' | 'off' | 'maybe';

interface CacheAction {
  /** `owner/repo` or `owner/repo/path`, lower case; a bare repository matches no subpath (zizmor's ExactRepo). */
  uses: string;
  /** Undefined: the action always restores a cache. */
  control?: Control;
}

const field = (name: string, toggle: 'in' | 'out', type: 'bool' | 'string' | readonly string[], byDefault: boolean): Control => ({ field: name, toggle, type, byDefault });

/** zizmor's KNOWN_CACHE_AWARE_ACTIONS (crates/zizmor/src/audit/cache_poisoning.rs at 11bbf7e), plus actions/cache/restore. */
const CACHE_ACTIONS: readonly CacheAction[] = [
  { uses: 'actions/cache', control: field('lookup-only', 'out', 'bool', true) },
  // Not in zizmor's table (its pattern matches no subpath): restore is the read a poisoned entry feeds.
  { uses: 'actions/cache/restore', control: field('lookup-only', 'out', 'bool', true) },
  { uses: 'actions/setup-java', control: field('cache', 'in', 'string', false) },
  { uses: 'actions/setup-go', control: field('cache', 'in', 'bool', true) },
  // Without `cache:`, v5+ caches only for a package.json that names npm in packageManager, which the workflow does not show:
  // `package-manager-cache` counts when set (zizmor takes it as on by default, for every version).
  { uses: 'actions/setup-node', control: { any: [field('cache', 'in', ['npm', 'yarn', 'pnpm'], false), { all: [{ atLeast: 5 }, field('package-manager-cache', 'in', 'bool', false)] }] } },
  { uses: 'actions/setup-python', control: field('cache', 'in', 'string', false) },
  { uses: 'actions/setup-dotnet', control: field('cache', 'in', 'bool', false) },
  { uses: 'astral-sh/setup-uv', control: { any: [field('enable-cache', 'in', ['true'], false), { all: [{ below: 10 }, field('enable-cache', 'in', 'bool', true)] }] } },
  { uses: 'swatinem/rust-cache', control: field('lookup-only', 'out', 'bool', true) },
  { uses: 'ruby/setup-ruby', control: field('bundler-cache', 'in', 'bool', false) },
  { uses: 'pyo3/maturin-action', control: field('sccache', 'in', 'bool', false) },
  { uses: 'mlugg/setup-zig', control: field('use-cache', 'in', 'bool', true) },
  { uses: 'oven-sh/setup-bun', control: field('no-cache', 'out', 'bool', true) },
  { uses: 'determinatesystems/magic-nix-cache-action', control: field('use-gha-cache', 'in', 'bool', true) },
  { uses: 'graalvm/setup-graalvm', control: field('cache', 'in', 'string', false) },
  { uses: 'gradle/actions/setup-gradle', control: field('cache-disabled', 'out', 'bool', true) },
  { uses: 'docker/setup-buildx-action', control: { all: [field('cache-binary', 'in', 'bool', true), field('version', 'in', 'string', false)] } },
  { uses: 'actions-rust-lang/setup-rust-toolchain', control: field('cache', 'in', 'bool', true) },
  { uses: 'mozilla-actions/sccache-action' },
  { uses: 'nix-community/cache-nix-action' },
  { uses: 'jdx/mise-action', control: field('cache', 'in', 'bool', true) },
  { uses: 'ramsey/composer-install', control: field('ignore-cache', 'out', ['yes', 'true', '1'], true) },
  { uses: 'awalsh128/cache-apt-pkgs-action' }
];

/** zizmor's KNOWN_PUBLISHER_ACTIONS: a step of one makes the job a publishing job whatever its triggers. */
const PUBLISHERS: readonly CacheAction[] = [
  'pypa/gh-action-pypi-publish', 'rubygems/release-gem', 'jreleaser/release-action', 'goreleaser/goreleaser-action',
  'softprops/action-gh-release', 'release-drafter/release-drafter', 'googleapis/release-please-action',
  'redhat-actions/push-to-registry', 'aws-actions/amazon-ecs-deploy-task-definition', 'aws-actions/aws-cloudformation-github-deploy',
  'azure/aci-deploy', 'azure/container-apps-deploy-action', 'azure/functions-action', 'azure/sql-action', 'cloudflare/wrangler-action',
  'google-github-actions/deploy-appengine', 'google-github-actions/deploy-cloudrun', 'google-github-actions/deploy-cloud-functions'
].map((uses): CacheAction => ({ uses })).concat([
  // `push` defaults to false in docker/build-push-action's action.yml (zizmor takes it as true).
  { uses: 'docker/build-push-action', control: field('push', 'in', 'bool', false) }
]);

/** More publishing actions, for whether a job of a release workflow publishes (not in zizmor's table). */
const MORE_PUBLISHERS: readonly CacheAction[] = [
  'ncipollo/release-action', 'actions/create-release', 'actions/upload-release-asset', 'svenstaro/upload-release-action',
  'actions/deploy-pages', 'peaceiris/actions-gh-pages', 'jamesives/github-pages-deploy-action', 'changesets/action',
  'crazy-max/ghaction-github-pages', 'helm/chart-releaser-action', 'js-devtools/npm-publish'
].map((uses) => ({ uses }));

/** A `run:` that publishes: a package upload, a release, an image push, a site deploy. */
const PUBLISH_COMMAND =
  /\b(?:(?:npm|pnpm|bun|poetry|uv|flit|hatch|cargo|vsce|ovsx|lerna|changeset|jlpm)\s+publish|yarn\s+(?:npm\s+)?publish|twine\s+upload|gh\s+release\s+(?:create|upload|edit)|docker\s+(?:image\s+)?push|docker\s+buildx\s+(?:build|bake)\b[^\n]*--push|goreleaser\s+release\b|semantic-release|gem\s+push|nuget\s+push|mvn\b[^\n]*\bdeploy|gradlew?\b[^\n]*\bpublish\w*|mkdocs\s+gh-deploy|ghp-import|helm\s+push|wrangler\s+(?:deploy|publish|pages\s+deploy))\b/;

/** The artifact names of the `actions/<kind>-artifact` steps: a download's `pattern:` as written, `*` for a download of every artifact or of a name set by an expression. */
function artifactNames(steps: readonly StepModel[], kind: 'upload' | 'download'): string[] {
  const names: string[] = [];
  for (const s of steps) {
    if (!new RegExp(`^actions/${kind}-artifact@`, 'i').test(s.uses?.value.trim() ?? '')) continue;
    const name = textOf(s.with.get('name')?.value) ?? (kind === 'upload' ? 'artifact' : textOf(s.with.get('pattern')?.value) ?? '*');
    names.push(kind === 'download' && name.includes('${{') ? '*' : name);
  }
  return names;
}

/** A job that publishes, needs (directly or not) `job` and downloads an artifact `job` uploads. */
function feedsPublisher(job: JobModel, workflow: WorkflowModel, file: SourceFile): JobModel | undefined {
  const uploads = artifactNames(job.steps, 'upload');
  if (!uploads.length) return undefined;
  // An uploaded name with `${{ }}` matches the downloaded names its literal parts allow.
  const patterns = uploads.map((u) => new RegExp(`^${u.split(/\$\{\{.*?\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));
  // A download pattern (`pydantic_core_pypi_files_*`) may take an upload when their literal beginnings agree.
  const prefixes = uploads.map((u) => u.split('${{')[0]);
  const globTakes = (glob: string) => prefixes.some((p) => glob.split(/[*?[]/)[0].startsWith(p) || p.startsWith(glob.split(/[*?[]/)[0]));
  const takes = (other: JobModel) => artifactNames(other.steps, 'download').some((n) => n === '*' || (/[*?[]/.test(n) ? globTakes(n) : patterns.some((p) => p.test(n))));
  const searches = (searchesMade.get(workflow) ?? 0) + 1;
  searchesMade.set(workflow, searches);
  if (searches > FEED_SEARCHES_PER_WORKFLOW) return undefined;
  for (const other of reachable(workflow, [job], 'downstream')) {
    if (other !== job && !other.uses && takes(other) && publishingJob(other, workflow, file)) return other;
  }
  return undefined;
}

/**
 * Most searches for a publishing job downstream of an uploading one in a workflow: each walks the
 * jobs after it, so thousands of caching jobs that upload in a workflow of thousands would be
 * quadratic. Past it a job is taken as feeding none (no finding: precision first).
 */
const FEED_SEARCHES_PER_WORKFLOW = 200;
const searchesMade = new WeakMap<WorkflowModel, number>();

/** A job named for publishing: `publish`, `release-pypi`, `Deploy docs` (not `goreleaser-check`). */
const PUBLISHING_NAME = /(?:^|[^a-z])(?:publish|release|deploy)/i;

/** Write scopes that release jobs hold: to push tags and releases, packages, or to sign and publish with OIDC. */
const RELEASE_SCOPES = ['contents', 'packages', 'id-token', 'attestations', 'deployments', 'pages'];

/**
 * What makes a job of a release workflow a publishing one: a deployment environment (where release
 * secrets live), a write scope releases use, or a publishing step.
 */
function publishingJob(job: JobModel, workflow: WorkflowModel, file: SourceFile): Node | undefined {
  if (job.environment) return { at: posOf(job.environment) };
  if (PUBLISHING_NAME.test(job.id.value)) return job.id;
  if (job.name && PUBLISHING_NAME.test(job.name.value)) return job.name;
  const perms = job.permissions ?? workflow.permissions?.value;
  if (perms && isMapping(perms)) {
    for (const pair of perms) if (RELEASE_SCOPES.includes(textOf(pair.key) ?? '') && textOf(pair.value) === 'write') return { at: posOf(pair.key) };
  } else if (perms && textOf(perms) === 'write-all') return { at: posOf(perms) };
  return publishes(job.steps, file);
}

/** Whether steps publish: a publishing action (its use not turned off) or a publishing command. */
function publishes(steps: readonly StepModel[], file: SourceFile): StepModel | undefined {
  return steps.find((s) => usage(PUBLISHERS, s, file) || usage(MORE_PUBLISHERS, s, file) || (s.run && (textOf(entryOf(s.token, 'run')?.value) ?? s.run.value).split('\n').some((line) => PUBLISH_COMMAND.test(line) && !/--dry-run|--snapshot/.test(line))));
}

function matches(entry: CacheAction, uses: RepositoryUses): boolean {
  const name = `${uses.owner}/${uses.repo}`.toLowerCase();
  const [owner, repo, ...rest] = entry.uses.split('/');
  return name === `${owner}/${repo}` && uses.path === rest.join('/');
}

/** `v10`, `1.2.3` → [major, minor, patch]; undefined when not a version (zizmor's Version::parse). */
function version(text: string | undefined): number[] | undefined {
  const m = text && /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text);
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

/** Whether a whole value is one `${{ }}` (zizmor's ExtractedExpr::from_fenced). */
function fenced(text: string): string | undefined {
  const t = text.trim();
  return t.startsWith('${{') && t.endsWith('}}') ? t.slice(3, -2) : undefined;
}

function evaluate(control: Control, step: StepModel, uses: RepositoryUses, comment: string | undefined): Eval {
  if ('all' in control) {
    const parts = control.all.map((c) => evaluate(c, step, uses, comment));
    return parts.includes('off') ? 'off' : parts.includes('maybe') ? 'maybe' : 'on';
  }
  if ('any' in control) {
    const parts = control.any.map((c) => evaluate(c, step, uses, comment));
    return parts.includes('on') ? 'on' : parts.includes('maybe') ? 'maybe' : 'off';
  }
  if ('below' in control || 'atLeast' in control) {
    const v = version(/^[0-9a-f]{40}$/i.test(uses.ref) ? commentVersion(comment) : uses.ref);
    if (!v) return 'maybe';
    return ('below' in control ? v[0] < control.below : v[0] >= control.atLeast) ? 'on' : 'off';
  }
  const entry = step.with.get(control.field);
  if (!entry) return control.byDefault ? 'on' : 'off';
  const text = textOf(entry.value) ?? '';
  let value: boolean | undefined;
  if (control.type === 'bool') value = text === 'true' ? true : text === 'false' ? false : fenced(text) !== undefined ? undefined : true;
  else if (control.type === 'string') value = text !== '';
  else value = fenced(text) !== undefined ? undefined : control.type.includes(text);
  if (value === undefined) return 'maybe';
  return value === (control.toggle === 'in') ? 'on' : 'off';
}

/** A step's use of an entry of `table`: on, maybe (an expression decides), or undefined (none). */
function usage(table: readonly CacheAction[], step: StepModel, file: SourceFile): { entry: CacheAction; eval: Eval } | undefined {
  const uses = parseUses(step.uses?.value);
  const entry = uses && table.find((e) => matches(e, uses));
  if (!uses || !entry) return undefined;
  if (!entry.control) return { entry, eval: 'on' };
  const withToken = entryOf(step.token, 'with')?.value;
  if (withToken && !isMapping(withToken)) return { entry, eval: 'maybe' };
  const line = lineOf(file, step.uses?.at.line ?? 1);
  const comment = /\s#(.*)$/.exec(line.slice((step.uses?.at.column ?? 1) - 1))?.[1]?.trim();
  const result = evaluate(entry.control, step, uses, comment);
  return result === 'off' ? undefined : { entry, eval: result };
}

type Trigger = 'tag push' | 'release branch push' | 'release';

/** The triggers of release workflows, as zizmor reads them: a release, a push of tags, a push of release branches. */
function releaseTriggers(workflow: WorkflowModel): Trigger[] {
  const out: Trigger[] = [];
  const push = workflow.on.get('push')?.value;
  if (push && isMapping(push)) {
    if (entryOf(push, 'tags') || entryOf(push, 'tags-ignore')) out.push('tag push');
    const branches = entryOf(push, 'branches')?.value;
    const names: string[] = [];
    if (branches && isSequence(branches)) for (const t of branches) names.push(textOf(t) ?? '');
    else names.push(textOf(branches) ?? '');
    if (names.some((b) => b.toLowerCase().includes('release'))) out.push('release branch push');
  }
  if (workflow.on.has('release')) out.push('release');
  return out;
}

/** The boolean-like fields of a control (`cache`, setup-uv's `enable-cache` whose values are true, false or auto). */
function toggleFields(control: Control): { field: string; toggle: 'in' | 'out' }[] {
  if ('field' in control) return control.type === 'bool' || (Array.isArray(control.type) && control.type.includes('true')) ? [control] : [];
  if ('all' in control) return control.all.flatMap(toggleFields);
  if ('any' in control) return control.any.flatMap(toggleFields);
  return [];
}

/**
 * Whether a `${{ }}` toggle turns the cache off in a tag-push run (`enable-cache: ${{
 * !startsWith(github.ref, 'refs/tags/') }}`, pydantic's ci.yml), read with zizmor's heuristic.
 */
function offOnTagPush(control: Control, step: StepModel): boolean {
  return toggleFields(control).some(({ field: name, toggle }) => {
    const value = textOf(step.with.get(name)?.value);
    const inner = value !== undefined ? fenced(value) : undefined;
    const tree = inner !== undefined ? parseExpression(inner) : undefined;
    const tag = tree && forTagPush(tree);
    return tag !== undefined && tag !== (toggle === 'in');
  });
}

/** zizmor's heuristic: `${{ startsWith(github.ref, 'refs/tags/') }}`, `github.event_name == 'push' && github.ref_type == 'tag'`, literals and `!`, evaluated for a tag push. */
function forTagPush(e: Expr): boolean | undefined {
  if (e instanceof Grouping) return forTagPush(e.group);
  if (e instanceof Literal && (e.token.lexeme === 'true' || e.token.lexeme === 'false')) return e.token.lexeme === 'true';
  if (e instanceof Unary && e.operator.lexeme === '!') {
    const inner = forTagPush(e.expr);
    return inner === undefined ? undefined : !inner;
  }
  if (e instanceof FunctionCall && e.functionName.lexeme.toLowerCase() === 'startswith' && e.args.length === 2) {
    const [lhs, rhs] = e.args;
    if (contextPath(lhs) === 'github.ref' && rhs instanceof Literal && String(rhs.token.value).toLowerCase() === 'refs/tags/') return true;
    return undefined;
  }
  if (e instanceof Logical && e.operator.lexeme === '&&' && e.args.length === 2) {
    const eq = (x: Expr): string | undefined => {
      if (!(x instanceof Binary) || x.operator.lexeme !== '==') return undefined;
      const sides = [x.left, x.right];
      const ctx = sides.find((s) => contextPath(s));
      const lit = sides.find((s): s is Literal => s instanceof Literal);
      return ctx && lit ? `${contextPath(ctx)}=${String(lit.token.value ?? lit.token.lexeme)}` : undefined;
    };
    const got = e.args.map(eq).sort().join(' ');
    if (got === 'github.event_name=push github.ref_type=tag') return true;
  }
  return undefined;
}

const rule: Rule = {
  id: 'PG217',
  name: 'cache-poisoning',
  level: 'warning',
  description: 'A job that publishes (in a release or tag-push workflow, or with a publishing step) restores a GitHub Actions cache, which a pull request or branch run could have poisoned.',
  help: 'Caches are shared across the runs of a repository: an entry written by a run on any branch, or by a workflow an attacker can trigger, is restored by a later release run whose key matches, and what it holds (dependencies, compilers, build outputs) runs in the release job and goes into what it publishes. A workflow counts as a release one when it runs on `release`, on a push of tags, or on a push of branches whose name contains "release"; in it, a job is reported when it publishes (a publishing step such as `pypa/gh-action-pypi-publish`, `softprops/action-gh-release`, `goreleaser/goreleaser-action`, `npm publish`, `twine upload`, `gh release create`, `docker push`; a deployment environment; a `contents`, `packages`, `id-token`, `attestations`, `deployments` or `pages` write scope; or a name with publish, release or deploy), or uploads an artifact a publishing job downloads. In any other workflow (a `workflow_dispatch` release flow, a nightly), a job with a publishing step is reported, as zizmor does for its publishing actions. The caching steps are zizmor\'s table: `actions/cache`, `actions/setup-go` (caches by default), `actions/setup-node` with `cache:`, `actions/setup-python`/`setup-java` with `cache:`, `Swatinem/rust-cache`, `astral-sh/setup-uv`, `ruby/setup-ruby` with `bundler-cache`, and more, with zizmor\'s reading of `${{ }}` toggles in tag-push workflows. Turn caching off in the publishing job (`cache: false`, `lookup-only: true`, drop `cache:`) and build from a clean state. Differences from zizmor\'s cache-poisoning, on purpose: a test or check job of a release workflow that publishes nothing and feeds no publishing job is not reported (zizmor reports every job); `actions/cache/restore` is reported too; `setup-node` without `cache:` is not reported (v5+ caches then only for a package.json naming npm as `packageManager`, which the workflow does not show); `docker/build-push-action` publishes only with `push: true` (its default is false).',
  create(context) {
    return {
      jobPre(job, workflow) {
        if (job.uses) return;
        const triggers = releaseTriggers(workflow);
        const file = workflow.file;
        // Any trigger (a workflow_dispatch release flow, a schedule): a job with a publishing step publishes.
        const publisher = triggers.length ? undefined : publishes(job.steps, file);
        if (!triggers.length && !publisher) return;
        // A release workflow also runs tests and checks: only a job that publishes, or builds artifacts a publishing job takes, feeds a release.
        const feeds = triggers.length ? publishingJob(job, workflow, file) ?? feedsPublisher(job, workflow, file) : publisher;
        if (!feeds) return;
        const onlyTags = triggers.length > 0 && triggers.every((t) => t !== 'release branch push');
        for (const step of job.steps) {
          const used = usage(CACHE_ACTIONS, step, file);
          if (!used) continue;
          const control = used.entry.control;
          if (used.eval === 'maybe' && onlyTags && control && offOnTagPush(control, step)) continue;
          const key = entryOf(step.token, 'uses')?.key ?? step;
          const name = step.uses!.value.trim().split('@')[0];
          const why = triggers.length
            ? `runs on ${[...new Set(triggers)].join(', ')}, in a job that ${'steps' in feeds ? `feeds job "${(feeds as JobModel).id.value}", which publishes` : `publishes (line ${feeds.at.line})`}`
            : `publishes (${publisher!.uses ? `"${publisher!.uses.value.trim().split('@')[0]}"` : 'a publishing command'}, line ${publisher!.at.line})`;
          const how = !control ? 'it always restores a cache; drop it from this workflow' : used.eval === 'maybe' ? 'its cache may be on (an expression or the action\'s version decides); turn caching off here' : 'turn caching off here';
          context.report(workflow.file, key, `"${name}" restores a cache in a workflow that ${why}: an entry a pull request or branch run wrote could end up in the published artifacts; ${how}`);
        }
      }
    };
  }
};
export default rule;
