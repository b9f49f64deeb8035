/**
 * Provider `azure-webapp`: an App Service web app deployed with the Azure CLI, as a container
 * (`image`) or as a package (`package`, zip deploy).
 *
 * - direct: the production slot gets the new version (`az webapp config container set
 *   --container-image-name <ref>`, or `az webapp deploy --src-path <package>`).
 * - blue-green: the staging slot gets it, is verified at its own host name, then
 *   `az webapp deployment slot swap --slot <staging> --target-slot production`. The previous
 *   version stays in the staging slot, so a rollback is the same swap again.
 * - canary: staging gets it, then `az webapp traffic-routing set --distribution <staging>=<p>`
 *   per step; at 100% the slots are swapped and the routing rule is cleared
 *   (`az webapp traffic-routing clear`).
 *
 * Blue and green are not App Service names: the app has its production slot and a staging slot,
 * and a swap exchanges their contents. `slot` of a step only tells a slot step from a direct one.
 */
import type { Provider, ProviderCommand, ProviderStep, StepOutcome, ProviderRuntime } from '../provider.js';
import type { StrategyName } from '../strategy.js';
import { IMAGE_REPOSITORY, OptionReader, RULES, StepError, StepRunner, imageRef, percent, planRef, rollbackVersion, step } from './common.js';

export interface AzureWebAppOptions {
  app: string;
  resourceGroup: string;
  slot: string;
  image: string;
  package: string;
  subscription: string;
}

const APP = { pattern: /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/, maxLength: 60, says: 'an App Service name: 2 to 60 letters, digits and "-", not starting or ending with "-"' };
const RESOURCE_GROUP = { pattern: /^[-\w.()]*[-\w()]$/u, maxLength: 90, says: 'a resource group name: up to 90 letters, digits, "_", "-", ".", "(" and ")", not ending with "."' };
const SLOT = { pattern: /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/, maxLength: 59, says: 'a slot name: letters, digits and "-"' };
const SUBSCRIPTION = { pattern: /^[^\x00-\x1f\x7f]{1,128}$/, says: 'a subscription name or ID' };

/** Reads and checks `provider-options` for azure-webapp. */
export function azureWebAppOptions(options: Record<string, unknown>, input: string): AzureWebAppOptions {
  const r = new OptionReader('azure-webapp', options, input);
  const o: AzureWebAppOptions = {
    app: r.string('app', { required: true, meaning: 'the web app', rule: APP }),
    resourceGroup: r.string('resource-group', { required: true, meaning: 'the resource group of the web app', rule: RESOURCE_GROUP }),
    slot: r.string('slot', { meaning: 'the deployment slot that blue-green and canary deploy to (default staging)', rule: SLOT }) || 'staging',
    image: r.string('image', { meaning: 'the image repository of a container app; the version is its tag', rule: IMAGE_REPOSITORY }),
    package: r.string('package', { meaning: 'the zip (or war, jar) to deploy, for a code app', rule: RULES.text }),
    subscription: r.string('subscription', { meaning: 'the Azure subscription (default: the logged-in one)', rule: SUBSCRIPTION })
  };
  if (o.app.length === 1) r.fail('azure-webapp "app" must be at least 2 characters');
  if (o.slot.toLowerCase() === 'production') r.fail('azure-webapp "slot" must name a deployment slot, not production', 'e.g. staging');
  if (r.has('image') && r.has('package')) r.fail('azure-webapp takes "image" or "package", not both', 'image for a container app, package for zip deploy');
  else if (!r.has('image') && !r.has('package')) r.fail('azure-webapp needs "image" (a container app) or "package" (zip deploy)');
  r.done();
  return o;
}

class AzureWebAppProvider implements Provider {
  readonly name = 'azure-webapp' as const;
  readonly strategies: readonly StrategyName[] = ['direct', 'blue-green', 'canary'];
  readonly programs = ['az'] as const;
  /** What this run did to production: deployed into the staging slot, routed a share to it, swapped. */
  private staged = false;
  private routed = false;
  private swapped = false;
  /** Where the staging slot answers. */
  private slotUrl = '';

  constructor(private readonly o: AzureWebAppOptions) {}

  plan(s: ProviderStep): ProviderCommand[] {
    if (s.action === 'rollback') {
      if (s.slot) return [this.swap('swap the slots back'), this.clearRouting()];
      return this.o.package ? [] : [this.deployVersion(s.version, '', 'plan')];
    }
    if (!s.slot) return [this.deployVersion(s.version, '', 'plan'), this.show('')];
    if (s.action === 'traffic') return s.trafficPercent >= 100 ? [this.swap(), this.clearRouting(), this.show('')] : [this.route(s.trafficPercent)];
    return [this.deployVersion(s.version, this.o.slot, 'plan'), this.show(this.o.slot), ...(s.trafficPercent > 0 ? this.plan({ ...s, action: 'traffic' }) : [])];
  }

  apply(s: ProviderStep, runtime: ProviderRuntime): Promise<StepOutcome> {
    return step(runtime, async (run) => {
      const p = percent(s);
      if (s.action === 'rollback') return this.rollback(run, s);
      if (!s.slot) {
        await run.run(this.deployVersion(s.version, '', 'apply'));
        return this.withUrl(run, '');
      }
      if (s.action === 'deploy') {
        await run.run(this.deployVersion(s.version, this.o.slot, 'apply'));
        this.staged = true;
        this.slotUrl = (await this.withUrl(run, this.o.slot)).url ?? '';
      }
      if (s.action === 'traffic' || p > 0) await this.shift(run, p);
      // After the swap the new version answers at production's address, and staging holds the old one.
      if (p >= 100) return this.withUrl(run, '');
      return this.slotUrl ? { outcome: 'ok', url: this.slotUrl } : { outcome: 'ok' };
    });
  }

  private async shift(run: StepRunner, p: number): Promise<void> {
    if (p < 100) {
      await run.run(this.route(p));
      this.routed = true;
      return;
    }
    await run.run(this.swap());
    this.swapped = true;
    await run.run(this.clearRouting());
    this.routed = false;
  }

  private async rollback(run: StepRunner, s: ProviderStep): Promise<StepOutcome> {
    if (!s.slot) {
      if (this.o.package) {
        throw new StepError('zip deploy keeps no earlier package to deploy again: roll back a package app with blue-green (a slot swap), or deploy the previous build');
      }
      await run.run(this.deployVersion(rollbackVersion(s), '', 'apply'));
      return { outcome: 'ok' };
    }
    if (this.swapped) {
      // The previous version is in the staging slot since the swap: swap it back.
      await run.run(this.swap('swap the slots back'));
      this.swapped = false;
      await run.run(this.clearRouting());
      this.routed = false;
    } else if (this.routed) {
      await run.run(this.clearRouting());
      this.routed = false;
    } else if (!this.staged) {
      // A rollback run: the last deploy swapped the previous version into the staging slot.
      await run.run(this.swap('swap the slots back'));
      await run.run(this.clearRouting());
    }
    return { outcome: 'ok' };
  }

  /** The step's outcome with the slot's address (its default host name, or the classic pattern when it cannot be read). */
  private async withUrl(run: StepRunner, slot: string): Promise<StepOutcome> {
    const host = (await run.read(this.show(slot)))?.trim().split(/\r?\n/)[0]?.trim() ?? '';
    const url = /^[a-z0-9.-]+$/i.test(host) ? `https://${host}` : `https://${this.o.app}${slot ? `-${slot}` : ''}.azurewebsites.net`;
    return { outcome: 'ok', url };
  }

  private az(args: string[], purpose: string, slot = ''): ProviderCommand {
    const tail = ['--name', this.o.app, '--resource-group', this.o.resourceGroup];
    if (slot) tail.push('--slot', slot);
    if (this.o.subscription) tail.push('--subscription', this.o.subscription);
    return { program: 'az', args: [...args, ...tail], purpose };
  }

  private deployVersion(version: string, slot: string, mode: 'plan' | 'apply'): ProviderCommand {
    const where = slot ? `slot ${slot} of ${this.o.app}` : this.o.app;
    if (this.o.package) {
      return this.az(['webapp', 'deploy', '--src-path', this.o.package], `deploy ${this.o.package} to ${where}`, slot);
    }
    const ref = mode === 'plan' ? planRef(this.o.image, version) : imageRef(this.o.image, version);
    return this.az(['webapp', 'config', 'container', 'set', '--container-image-name', ref], `run ${ref} in ${where}`, slot);
  }

  private show(slot: string): ProviderCommand {
    return this.az(['webapp', 'show', '--query', 'defaultHostName', '--output', 'tsv'], `read the host name of ${slot ? `slot ${slot} of ` : ''}${this.o.app}`, slot);
  }

  private swap(purpose = `swap slot ${this.o.slot} into production`): ProviderCommand {
    const command = this.az(['webapp', 'deployment', 'slot', 'swap'], purpose, this.o.slot);
    command.args.push('--target-slot', 'production');
    return command;
  }

  private route(p: number): ProviderCommand {
    return this.az(['webapp', 'traffic-routing', 'set', '--distribution', `${this.o.slot}=${p}`], `send ${p}% of the traffic of ${this.o.app} to slot ${this.o.slot}`);
  }

  private clearRouting(): ProviderCommand {
    return this.az(['webapp', 'traffic-routing', 'clear'], `send all traffic of ${this.o.app} to production`);
  }
}

/** The azure-webapp provider from its options. */
export function createAzureWebAppProvider(options: Record<string, unknown>, context: { input: string; environment: string }): Provider {
  return new AzureWebAppProvider(azureWebAppOptions(options, context.input));
}
