/**
 * Provider `gcp-cloudrun`: a Cloud Run service deployed with gcloud.
 *
 * - direct: `gcloud run deploy <svc> --image <ref>`, then `update-traffic --to-latest` (a deploy
 *   does not take traffic while it is pinned to a revision, e.g. after a rollback), then
 *   `services describe` for the service URL.
 * - blue-green / canary: `gcloud run deploy --no-traffic --tag <tag>` (a revision that serves
 *   nothing, reachable at its tag URL, read from `services describe --format=json`), then
 *   `update-traffic --to-tags <tag>=<percent>` for each step. The last step also uses the tag
 *   (`<tag>=100`), so that the revision that was verified is the one that takes all traffic.
 * - rollback: the newest ready revision running the previous version's image (from
 *   `gcloud run revisions list --format=json`) gets `--to-revisions <revision>=100`; when none
 *   is left, the previous image is deployed again.
 *
 * The slot names blue/green do not appear on Cloud Run: revisions are told apart by their tags.
 */
import type { Provider, ProviderCommand, ProviderStep, StepOutcome, ProviderRuntime } from '../provider.js';
import type { StrategyName } from '../strategy.js';
import { IMAGE_REPOSITORY, OptionReader, StepError, StepRunner, imageRef, list, parseJson, percent, planRef, record, rollbackVersion, show, step, str } from './common.js';

export interface CloudRunOptions {
  service: string;
  image: string;
  region: string;
  project: string;
}

const SERVICE = { pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/, maxLength: 63, says: 'a Cloud Run service name: lower-case letters, digits and "-", starting with a letter, not ending with "-", at most 63 characters' };
const REGION = { pattern: /^[a-z]+-[a-z]+[0-9]+$/, says: 'a Cloud Run region such as europe-west1' };
const PROJECT = { pattern: /^([a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/, says: 'a project ID: 6 to 30 lower-case letters, digits and "-", starting with a letter' };

/** Cloud Run's limit on a traffic tag and the service name together (they form one DNS label of the tag URL). */
const TAG_AND_SERVICE_MAX = 46;

/** Reads and checks `provider-options` for gcp-cloudrun. */
export function cloudRunOptions(options: Record<string, unknown>, input: string): CloudRunOptions {
  const r = new OptionReader('gcp-cloudrun', options, input);
  const o: CloudRunOptions = {
    service: r.string('service', { required: true, meaning: 'the Cloud Run service', rule: SERVICE }),
    image: r.string('image', { required: true, meaning: 'the image repository, e.g. europe-docker.pkg.dev/acme/web/api; the version is its tag', rule: IMAGE_REPOSITORY }),
    region: r.string('region', { required: true, meaning: 'the region of the service', rule: REGION }),
    project: r.string('project', { meaning: 'the Google Cloud project (default: gcloud\'s configured one)', rule: PROJECT })
  };
  r.done();
  return o;
}

/**
 * The traffic tag of a version: lower-case letters, digits and "-", starting with a letter
 * (`v1.2.3` → `v1-2-3`, `3f2a9c1` → `v3f2a9c1`), cut so that tag and service name together stay
 * within Cloud Run's 46 characters. '' when the service name leaves no room for one.
 */
export function trafficTag(version: string, service: string): string {
  let tag = version.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(tag)) tag = `v${tag}`;
  const max = Math.min(63, TAG_AND_SERVICE_MAX - service.length);
  tag = tag.slice(0, max).replace(/-+$/, '');
  return tag.length >= 3 ? tag : '';
}

class CloudRunProvider implements Provider {
  readonly name = 'gcp-cloudrun' as const;
  readonly strategies: readonly StrategyName[] = ['direct', 'blue-green', 'canary'];
  readonly programs = ['gcloud'] as const;
  /** The tag URL of the revision this run deployed. */
  private tagUrl = '';

  constructor(private readonly o: CloudRunOptions) {}

  plan(s: ProviderStep): ProviderCommand[] {
    const ref = planRef(this.o.image, s.version);
    if (s.action === 'rollback') return [this.listRevisions(), this.trafficTo('--to-revisions', '<revision-of-previous-version>=100')];
    if (!s.slot) return [this.deploy(ref, ''), this.trafficTo('--to-latest'), this.describe()];
    const tag = trafficTag(s.version, this.o.service) || '<tag>';
    if (s.action === 'traffic') return [this.trafficTo('--to-tags', `${tag}=${s.trafficPercent}`)];
    const out = [this.deploy(ref, tag), this.describe()];
    if (s.trafficPercent > 0) out.push(this.trafficTo('--to-tags', `${tag}=${s.trafficPercent}`));
    return out;
  }

  apply(s: ProviderStep, runtime: ProviderRuntime): Promise<StepOutcome> {
    return step(runtime, async (run) => {
      const p = percent(s);
      if (s.action === 'rollback') return this.rollback(run, rollbackVersion(s));
      if (!s.slot) {
        await run.run(this.deploy(imageRef(this.o.image, s.version), ''));
        await run.run(this.trafficTo('--to-latest'));
        const described = await run.read(this.describe());
        const url = described === undefined ? '' : str(record(record(safeJson(described))?.status)?.url);
        return url ? { outcome: 'ok', url } : { outcome: 'ok' };
      }
      const tag = trafficTag(s.version, this.o.service);
      if (!tag) throw new StepError(`no traffic tag fits beside service name ${show(this.o.service)} (Cloud Run allows ${TAG_AND_SERVICE_MAX} characters for both): use a shorter service name, or strategy direct`);
      if (s.action === 'deploy') {
        await run.run(this.deploy(imageRef(this.o.image, s.version), tag));
        this.tagUrl = this.readTagUrl(await run.run(this.describe()), tag);
      }
      if (s.action === 'traffic' || p > 0) await run.run(this.trafficTo('--to-tags', `${tag}=${p}`));
      return this.tagUrl ? { outcome: 'ok', url: this.tagUrl } : { outcome: 'ok' };
    });
  }

  private async rollback(run: StepRunner, version: string): Promise<StepOutcome> {
    const ref = imageRef(this.o.image, version);
    const revision = newestRevisionWith(parseJson(await run.run(this.listRevisions()), 'gcloud run revisions list'), ref);
    if (revision) {
      await run.run(this.trafficTo('--to-revisions', `${revision}=100`));
      return { outcome: 'ok' };
    }
    // No revision of it is left: deploy the previous image again.
    await run.run(this.deploy(ref, ''));
    await run.run(this.trafficTo('--to-latest'));
    return { outcome: 'ok' };
  }

  private readTagUrl(stdout: string, tag: string): string {
    const service = record(parseJson(stdout, 'gcloud run services describe'));
    const entry = list(record(service?.status)?.traffic)
      .map((t) => record(t) ?? {})
      .find((t) => t.tag === tag);
    const url = str(entry?.url);
    if (!url) throw new StepError(`the revision tagged ${tag} has no URL in the service's status.traffic`);
    return url;
  }

  private scope(): string[] {
    return ['--region', this.o.region, ...(this.o.project ? ['--project', this.o.project] : [])];
  }

  private deploy(ref: string, tag: string): ProviderCommand {
    const args = ['run', 'deploy', this.o.service, '--image', ref];
    if (tag) args.push('--no-traffic', '--tag', tag);
    return {
      program: 'gcloud',
      args: [...args, ...this.scope(), '--quiet'],
      purpose: tag ? `deploy ${ref} to service ${this.o.service} as a revision tagged ${tag}, without traffic` : `deploy ${ref} to service ${this.o.service}`
    };
  }

  private trafficTo(flag: string, value?: string): ProviderCommand {
    return {
      program: 'gcloud',
      args: ['run', 'services', 'update-traffic', this.o.service, flag, ...(value === undefined ? [] : [value]), ...this.scope(), '--quiet'],
      purpose: `set the traffic of service ${this.o.service} to ${value ?? 'the latest revision'}`
    };
  }

  private describe(): ProviderCommand {
    return { program: 'gcloud', args: ['run', 'services', 'describe', this.o.service, ...this.scope(), '--format=json'], purpose: `read service ${this.o.service}` };
  }

  private listRevisions(): ProviderCommand {
    return { program: 'gcloud', args: ['run', 'revisions', 'list', '--service', this.o.service, ...this.scope(), '--format=json'], purpose: `list the revisions of service ${this.o.service}` };
  }
}

function safeJson(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

/** The name of the newest ready revision with a container running `ref`, from `gcloud run revisions list --format=json`. */
export function newestRevisionWith(revisions: unknown, ref: string): string {
  let best = '';
  let bestTime = '';
  for (const item of list(revisions)) {
    const rev = record(item);
    const meta = record(rev?.metadata);
    const name = str(meta?.name);
    const images = list(record(rev?.spec)?.containers).map((c) => str(record(c)?.image));
    if (!name || !images.includes(ref)) continue;
    const ready = list(record(rev?.status)?.conditions)
      .map((c) => record(c) ?? {})
      .find((c) => c.type === 'Ready');
    if (ready && ready.status !== 'True') continue;
    const created = str(meta?.creationTimestamp);
    if (!best || created > bestTime) {
      best = name;
      bestTime = created;
    }
  }
  return best;
}

/** The gcp-cloudrun provider from its options. */
export function createCloudRunProvider(options: Record<string, unknown>, context: { input: string; environment: string }): Provider {
  return new CloudRunProvider(cloudRunOptions(options, context.input));
}
