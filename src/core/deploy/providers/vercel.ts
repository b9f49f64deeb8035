/**
 * Provider `vercel`: a Vercel project deployed with the Vercel CLI.
 *
 * Every deploy is a *staged production deployment*: `vercel deploy --prod --skip-domain`
 * builds with the production environment but assigns no production domain, and prints the
 * deployment URL on stdout; `vercel promote <url>` then points the production domains at it
 * without a rebuild. (Promoting a preview deployment instead would rebuild it, so what was
 * verified would not be what serves.) direct runs both at once; blue-green verifies the
 * deployment URL between them.
 *
 * Each deployment carries `--meta phaseGatesVersion=<version>`, so that a rollback finds the
 * previous version's production deployment (`vercel list --meta … --environment production`)
 * and returns to it with `vercel rollback <url>` (Instant Rollback, no rebuild).
 *
 * The token comes from the environment variable VERCEL_TOKEN, which the CLI reads itself
 * (vercel/vercel#14831); it is never put on a command line, where the process list and the
 * log would show it.
 *
 * canary is refused: Vercel's traffic split is Rolling Releases, whose stages are a project
 * setting that Vercel advances itself.
 */
import type { Provider, ProviderCommand, ProviderStep, StepOutcome, ProviderRuntime } from '../provider.js';
import type { StrategyName } from '../strategy.js';
import { OptionReader, RULES, StepError, StepRunner, firstUrl, percent, rollbackVersion, show, step } from './common.js';

export const VERCEL_CANARY_REFUSAL =
  'vercel sends a share of traffic to a deployment only through Rolling Releases, whose stages are a project setting that Vercel advances itself (Pro and Enterprise plans). ' +
  'Use blue-green, or configure Rolling Releases and deploy with strategy direct';

/** The deployment metadata key that records the version. */
export const VERCEL_VERSION_META = 'phaseGatesVersion';

export interface VercelOptions {
  project: string;
  scope: string;
  prebuilt: boolean;
  cwd: string;
}

const PROJECT = { pattern: /^([a-z0-9._-]{1,100}|prj_[A-Za-z0-9]{1,64})$/, says: 'a project name (lower-case letters, digits, ".", "_" and "-", at most 100) or a prj_… ID' };
const SCOPE = { pattern: /^[A-Za-z0-9_-]{1,100}$/, says: 'a team slug or team ID' };

/** Reads and checks `provider-options` for vercel. */
export function vercelOptions(options: Record<string, unknown>, input: string): VercelOptions {
  const r = new OptionReader('vercel', options, input);
  const o: VercelOptions = {
    project: r.string('project', { meaning: 'the project name or ID (default: the linked project, .vercel/project.json or VERCEL_PROJECT_ID)', rule: PROJECT }),
    scope: r.string('scope', { meaning: 'the team that owns the project', rule: SCOPE }),
    prebuilt: r.bool('prebuilt', 'deploy the output of an earlier `vercel build --prod` instead of building on Vercel'),
    cwd: r.string('cwd', { meaning: 'the project directory (default: the working directory)', rule: RULES.text })
  };
  r.done();
  return o;
}

class VercelProvider implements Provider {
  readonly name = 'vercel' as const;
  readonly strategies: readonly StrategyName[] = ['direct', 'blue-green'];
  readonly programs = ['vercel'] as const;
  /** Whether this run deployed, the deployment it created, and whether it was promoted. */
  private deployed = false;
  private url = '';
  private promoted = false;

  constructor(private readonly o: VercelOptions) {}

  plan(s: ProviderStep): ProviderCommand[] {
    if (s.action === 'rollback') return [this.list(s.version || '<previous-version>'), this.rollbackTo('<deployment-url-of-previous-version>')];
    if (s.action === 'traffic') return s.trafficPercent === 100 ? [this.promote(this.url || '<deployment-url>')] : [];
    return [this.deploy(s.version), ...(!s.slot || s.trafficPercent === 100 ? [this.promote('<deployment-url>')] : [])];
  }

  apply(s: ProviderStep, runtime: ProviderRuntime): Promise<StepOutcome> {
    return step(runtime, async (run) => {
      const p = percent(s);
      if (s.action === 'rollback') return this.rollback(run, s);
      if (p !== 0 && p !== 100) throw new StepError(`vercel cannot give a deployment ${p}% of the traffic: ${VERCEL_CANARY_REFUSAL}`);
      if (s.action === 'deploy') {
        this.deployed = true;
        const stdout = await run.run(this.deploy(s.version));
        const url = firstUrl(stdout);
        if (!url) throw new StepError('vercel deploy printed no deployment URL on stdout');
        this.url = url;
        this.promoted = false;
      }
      if (!s.slot || p === 100) {
        const url = this.url || (await this.find(run, s.version));
        this.url = url;
        // Counted as promoted from the attempt on: a promotion that outlives the CLI's wait still completes.
        this.promoted = true;
        await run.run(this.promote(url));
      }
      return { outcome: 'ok', url: this.url };
    });
  }

  private async rollback(run: StepRunner, s: ProviderStep): Promise<StepOutcome> {
    // This run's deployment (staged, without production domains) never served production: nothing to undo.
    if (this.deployed && !this.promoted) return { outcome: 'ok' };
    const url = await this.find(run, rollbackVersion(s));
    await run.run(this.rollbackTo(url));
    this.promoted = false;
    return { outcome: 'ok', url };
  }

  /** The newest production deployment of `version` made by phase-gates. */
  private async find(run: StepRunner, version: string): Promise<string> {
    const url = firstUrl(await run.run(this.list(version)));
    if (!url) {
      throw new StepError(
        `no production deployment with ${VERCEL_VERSION_META}=${version} was found: it was not deployed by phase-gates, or it was deleted. ` +
          `Roll back in the Vercel dashboard or with vercel rollback <url>`
      );
    }
    return url;
  }

  private vercel(args: string[], purpose: string): ProviderCommand {
    const tail: string[] = [];
    if (this.o.scope) tail.push('--scope', this.o.scope);
    if (this.o.cwd) tail.push('--cwd', this.o.cwd);
    return { program: 'vercel', args: [...args, ...tail], purpose };
  }

  private deploy(version: string): ProviderCommand {
    const args = ['deploy'];
    if (this.o.prebuilt) args.push('--prebuilt');
    args.push('--prod', '--skip-domain', '--meta', `${VERCEL_VERSION_META}=${version}`, '--yes');
    if (this.o.project) args.push('--project', this.o.project);
    return this.vercel(args, `create a staged production deployment of ${version}${this.o.project ? ` in project ${this.o.project}` : ''}`);
  }

  private promote(url: string): ProviderCommand {
    return this.vercel(['promote', url, '--yes'], `point the production domains at ${url}`);
  }

  private list(version: string): ProviderCommand {
    const args = ['list'];
    if (this.o.project) args.push(this.o.project);
    args.push('--meta', `${VERCEL_VERSION_META}=${version}`, '--environment', 'production', '--yes');
    return this.vercel(args, `find the production deployment of ${show(version)}`);
  }

  private rollbackTo(url: string): ProviderCommand {
    return this.vercel(['rollback', url, '--yes'], `roll the production domains back to ${url}`);
  }
}

/** The vercel provider from its options. */
export function createVercelProvider(options: Record<string, unknown>, context: { input: string; environment: string }): Provider {
  return new VercelProvider(vercelOptions(options, context.input));
}
