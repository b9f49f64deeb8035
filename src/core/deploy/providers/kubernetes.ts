/**
 * Provider `kubernetes`: kubectl against the cluster of the runner's kubeconfig.
 *
 * - direct: `kubectl set image deployment/<d> <container>=<image>:<version>`, then
 *   `kubectl rollout status deployment/<d> --timeout=…` (its exit code is the step's status).
 * - blue-green: two Deployments `<d>-blue` and `<d>-green` behind one Service whose selector holds
 *   `slot: blue|green`. The slot to deploy must not be the one the Service selects (read first:
 *   the cluster is the truth about which slot is live); its Deployment gets the new image and
 *   must become available with at least one replica; the switch patches the Service selector (`kubectl patch --type merge`), and rolling back patches
 *   it back, which is instant because the old slot still runs.
 * - canary is refused: a Service balances over ready Pods, so without a mesh or an ingress
 *   controller that splits by weight there is no way to give a version a set share of requests.
 */
import type { Provider, ProviderCommand, ProviderStep, StepOutcome, ProviderRuntime } from '../provider.js';
import type { StrategyName } from '../strategy.js';
import { IMAGE_REPOSITORY, OptionReader, RULES, StepError, imageRef, parseJson, percent, planRef, record, rollbackVersion, show, step, str } from './common.js';

export const KUBERNETES_CANARY_REFUSAL =
  'kubernetes has no traffic split of its own: a Service spreads requests over all ready Pods, so a canary share would only follow replica counts. ' +
  'Use blue-green, or run your mesh or ingress tooling (Istio, Linkerd, NGINX canary annotations, Argo Rollouts) through provider command';

export interface KubernetesOptions {
  deployment: string;
  container: string;
  image: string;
  namespace: string;
  context: string;
  kubeconfig: string;
  rolloutTimeout: string;
  service: string;
  slotLabel: string;
  slotUrl: string;
}

const DURATION = { pattern: /^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/, says: 'a duration such as 90s, 10m or 1h30m' };
const LABEL_KEY = {
  pattern: /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/,
  says: 'a label key such as slot or example.com/slot'
};
const SLOT_URL = { pattern: /^https?:\/\/[^\s]*\{slot\}[^\s]*$/, says: 'an http(s) URL holding {slot}, e.g. https://web-{slot}.internal.example.com' };

/** Reads and checks `provider-options` for kubernetes. */
export function kubernetesOptions(options: Record<string, unknown>, input: string): KubernetesOptions {
  const r = new OptionReader('kubernetes', options, input);
  const deployment = r.string('deployment', { required: true, meaning: 'the Deployment to update; blue-green uses <deployment>-blue and <deployment>-green', rule: RULES.dnsSubdomain });
  const o: KubernetesOptions = {
    deployment,
    container: r.string('container', { required: true, meaning: 'the container of the Deployment whose image is set', rule: RULES.dnsLabel }),
    image: r.string('image', { required: true, meaning: 'the image repository; the version is its tag', rule: IMAGE_REPOSITORY }),
    namespace: r.string('namespace', { meaning: 'the namespace (default: the kubeconfig context\'s)', rule: RULES.dnsLabel }),
    context: r.string('context', { meaning: 'the kubeconfig context to use', rule: RULES.text }),
    kubeconfig: r.string('kubeconfig', { meaning: 'path of the kubeconfig file', rule: RULES.text }),
    rolloutTimeout: r.string('rollout-timeout', { meaning: 'how long kubectl rollout status waits', rule: DURATION }) || '10m',
    service: r.string('service', { meaning: 'the Service whose selector picks the live slot (blue-green; default: the deployment name)', rule: RULES.dns1035 }),
    slotLabel: r.string('slot-label', { meaning: 'the Pod label that tells the slots apart (blue-green; default slot)', rule: LABEL_KEY }) || 'slot',
    slotUrl: r.string('slot-url', { meaning: 'where one slot can be reached directly, for verification', rule: SLOT_URL })
  };
  r.done();
  return o;
}

class KubernetesProvider implements Provider {
  readonly name = 'kubernetes' as const;
  readonly strategies: readonly StrategyName[] = ['direct', 'blue-green'];
  readonly programs = ['kubectl'] as const;

  constructor(private readonly o: KubernetesOptions) {}

  plan(step: ProviderStep): ProviderCommand[] {
    try {
      return this.commands(step, 'plan').map((op) => op.command);
    } catch (err) {
      if (err instanceof StepError) return [];
      throw err;
    }
  }

  apply(s: ProviderStep, runtime: ProviderRuntime): Promise<StepOutcome> {
    return step(runtime, async (run) => {
      for (const op of this.commands(s, 'apply')) {
        const stdout = await run.run(op.command);
        op.check?.(stdout);
      }
      const url = s.slot && this.o.slotUrl ? this.o.slotUrl.replaceAll('{slot}', s.slot) : undefined;
      return url ? { outcome: 'ok', url } : { outcome: 'ok' };
    });
  }

  /** The commands of a step, each with an optional check of its output. */
  private commands(s: ProviderStep, mode: 'plan' | 'apply'): Array<{ command: ProviderCommand; check?: (stdout: string) => void }> {
    const ref = (version: string) => (mode === 'plan' ? planRef(this.o.image, version) : imageRef(this.o.image, version));
    const p = percent(s);
    if (s.slot && s.slot !== 'blue' && s.slot !== 'green') throw new StepError(`unknown slot ${show(s.slot)}: kubernetes slots are blue and green`);
    if (s.action === 'rollback') {
      if (s.slot) return [{ command: this.switchTo(s.slot) }];
      return this.rollout(this.o.deployment, ref(mode === 'plan' ? s.version : rollbackVersion(s)));
    }
    if (!s.slot) return this.rollout(this.o.deployment, ref(s.version));
    if (p !== 0 && p !== 100) throw new StepError(`kubernetes cannot give slot ${s.slot} ${p}% of the traffic: ${KUBERNETES_CANARY_REFUSAL}`);
    if (s.action === 'traffic') return p === 100 ? [{ command: this.switchTo(s.slot) }] : [];
    const target = `${this.o.deployment}-${s.slot}`;
    const service = this.service();
    const slot = s.slot;
    const ops = [
      {
        command: this.kubectl(['get', `service/${service}`, '--output=json'], `check that slot ${slot} is not the one service/${service} sends traffic to`),
        check: (stdout: string) => {
          const selector = record(record(record(parseJson(stdout, `kubectl get service/${service}`))?.spec)?.selector);
          const live = str(selector?.[this.o.slotLabel]);
          if (!live) throw new StepError(`service/${service} does not select on the label ${this.o.slotLabel}: blue-green needs ${this.o.slotLabel}: blue or green in its selector`);
          if (live === slot) throw new StepError(`slot ${slot} is live (service/${service} selects ${this.o.slotLabel}=${slot}): deploying into it would not be blue-green; the deployment history and the cluster disagree`);
        }
      },
      ...this.rollout(target, ref(s.version)),
      {
        command: this.kubectl(['get', `deployment/${target}`, '--output=jsonpath={.status.availableReplicas}'], `check that deployment/${target} has available replicas`),
        check: (stdout: string) => {
          const n = Number.parseInt(stdout.trim() || '0', 10);
          if (!(n > 0)) throw new StepError(`deployment/${target} has no available replica: the idle slot must be scaled up before traffic can move to it`);
        }
      }
    ];
    if (p === 100) ops.push({ command: this.switchTo(slot) });
    return ops;
  }

  private rollout(deployment: string, ref: string): Array<{ command: ProviderCommand }> {
    return [
      { command: this.kubectl(['set', 'image', `deployment/${deployment}`, `${this.o.container}=${ref}`], `set the image of container ${this.o.container} of deployment/${deployment} to ${ref}`) },
      { command: this.kubectl(['rollout', 'status', `deployment/${deployment}`, `--timeout=${this.o.rolloutTimeout}`], `wait for the rollout of deployment/${deployment}`) }
    ];
  }

  /** The Service of blue-green. */
  private service(): string {
    const service = this.o.service || this.o.deployment;
    if (!RULES.dns1035.pattern.test(service) || service.length > 63) {
      throw new StepError(`the Service name defaults to the deployment name ${show(service)}, which is not a valid Service name: set provider-options service`);
    }
    return service;
  }

  private switchTo(slot: string): ProviderCommand {
    const service = this.service();
    const patch = JSON.stringify({ spec: { selector: { [this.o.slotLabel]: slot } } });
    return this.kubectl(['patch', `service/${service}`, '--type', 'merge', '--patch', patch], `point service/${service} at slot ${slot}`);
  }

  private kubectl(args: string[], purpose: string): ProviderCommand {
    const scope: string[] = [];
    if (this.o.namespace) scope.push('--namespace', this.o.namespace);
    if (this.o.context) scope.push('--context', this.o.context);
    if (this.o.kubeconfig) scope.push('--kubeconfig', this.o.kubeconfig);
    return { program: 'kubectl', args: [...args, ...scope], purpose };
  }
}

/** The kubernetes provider from its options. */
export function createKubernetesProvider(options: Record<string, unknown>, context: { input: string; environment: string }): Provider {
  return new KubernetesProvider(kubernetesOptions(options, context.input));
}
