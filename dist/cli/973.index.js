export const id = 973;
export const ids = [973];
export const modules = {

/***/ 5973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InitInputs: () => (/* reexport */ init_inputs/* InitInputs */.q7),
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
// EXTERNAL MODULE: ./.build/src/core/files.js + 1 modules
var core_files = __webpack_require__(2739);
// EXTERNAL MODULE: ./.build/src/core/deploy/provider.js
var provider = __webpack_require__(1518);
;// CONCATENATED MODULE: ./.build/src/core/init/pins.js
/**
 * Every third-party action and tool that `phase-gates init` writes into a workflow, pinned once
 * (internal). Actions are pinned by the full commit SHA of a release tag, with the tag in the
 * trailing comment, so that Dependabot or Renovate can move both together.
 *
 * How each SHA was checked: `actions/checkout` and `actions/setup-node` are the pins of this
 * repository's own CI (.github/workflows/ci.yml). The others were found in public workflows pinned
 * by SHA with the tag in a comment, the same SHA and tag in several unrelated repositories each
 * (a public code search for `owner/repo@<sha>`); where one source disagreed on the patch
 * version, the majority is kept. Tool versions were checked to exist (the npm registry for vercel;
 * published `gcloud --version` output for the Cloud SDK).
 */
/** The pins, by action. */
const ACTION_PINS = {
    checkout: {
        action: 'actions/checkout',
        sha: '11bd71901bbe5b1630ceea73d27597364c9af683',
        version: 'v4.2.2',
        source: 'this repository: .github/workflows/ci.yml'
    },
    setupNode: {
        action: 'actions/setup-node',
        sha: '39370e3970a6d050c480ffad4ff0ed4d3fdee5af',
        version: 'v4.1.0',
        source: 'this repository: .github/workflows/ci.yml'
    },
    uploadArtifact: {
        action: 'actions/upload-artifact',
        sha: 'b4b15b8c7c6ac21ea08fcf65892d2ee8f75cf882',
        version: 'v4.4.3',
        source: 'public workflows pinning this SHA as v4.4.3 (code search, several repositories)'
    },
    awsCredentials: {
        action: 'aws-actions/configure-aws-credentials',
        sha: 'e3dd6a429d7300a6a4c196c26e071d42e0343502',
        version: 'v4.0.2',
        source: 'public workflows pinning this SHA as v4.0.2 (code search, several repositories)'
    },
    azureLogin: {
        action: 'azure/login',
        sha: 'a65d910e8af852a8061c627c456678983e180302',
        version: 'v2.2.0',
        source: 'public workflows and pin lists pinning this SHA as v2.2.0 (code search, several repositories)'
    },
    gcpAuth: {
        action: 'google-github-actions/auth',
        sha: '6fc4af4b145ae7821d527454aa9bd537d1f2dc5f',
        version: 'v2.1.7',
        source: 'public workflows pinning this SHA as v2.1.7 (code search, several repositories)'
    },
    setupGcloud: {
        action: 'google-github-actions/setup-gcloud',
        sha: '6189d56e4096ee891640bb02ac264be376592d6a',
        version: 'v2.1.2',
        source: 'public workflows pinning this SHA as v2.1.2 (code search, several repositories)'
    },
    setupKubectl: {
        action: 'azure/setup-kubectl',
        sha: '3e0aec4d80787158d308d7b364cb1b702e7feb7f',
        version: 'v4.0.0',
        source: 'public workflows and pin maps pinning this SHA as v4.0.0 (code search, several repositories)'
    }
};
/** Versions of tools the workflow installs; never `latest`, so that a run is repeatable. */
const TOOL_VERSIONS = {
    /** Node.js for the tests and the vercel CLI. */
    node: '20',
    /** kubectl installed by azure/setup-kubectl. */
    kubectl: 'v1.31.0',
    /** The Cloud SDK installed by google-github-actions/setup-gcloud. */
    gcloud: '502.0.0',
    /** The vercel CLI, from npm. */
    vercel: '64.0.2'
};
/** `owner/repo@sha # version`, the value and comment of a `uses:` line. */
function usesLine(pin) {
    return `${pin.action}@${pin.sha} # ${pin.version}`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/src/core/init/yaml-text.js
/**
 * A small emitter of workflow YAML text (internal): mappings written key by key, so that the file
 * keeps what a reader needs (`# v4.2.2` after each pinned action, a comment on why above a step,
 * blank lines between jobs), while every scalar is quoted by the `yaml` package itself.
 */

/** A literal block scalar (`|`), for scripts and embedded YAML. */
class Block {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** A flow sequence of scalars on one line (`[main]`). */
class Flow {
    items;
    constructor(items) {
        this.items = items;
    }
}
/** A block sequence of mappings (steps). */
class Seq {
    items;
    constructor(items) {
        this.items = items;
    }
}
/** An ordered mapping. */
class Mapping {
    entries = [];
    /** Adds `key: value` (nothing when value is undefined); returns the mapping for chaining. */
    set(key, value, options = {}) {
        if (value !== undefined)
            this.entries.push({ key, value, ...options });
        return this;
    }
}
/** A mapping from plain pairs, in order; undefined values are left out. */
function mapping(pairs) {
    const m = new Mapping();
    for (const [k, v] of Object.entries(pairs))
        m.set(k, v);
    return m;
}
/** One scalar as the `yaml` package writes it on one line (quoted only when it must be). */
function scalar(value) {
    if (typeof value !== 'string')
        return String(value);
    if (/[\r\n]/.test(value))
        throw new Error('a multi-line value must be a Block');
    return (0,dist/* stringify */.As)(value, { lineWidth: 0, minContentWidth: 0 }).trimEnd();
}
/**
 * Writes the entries of a mapping whose keys start at column `indent`. For a list item, `dash`
 * is true: the first key is written after `- ` (two columns to the left of `indent`).
 */
function writeEntries(lines, entries, indent, dash = false) {
    entries.forEach((entry, i) => {
        const pad = ' '.repeat(indent);
        const first = dash && i === 0;
        const outer = first ? ' '.repeat(indent - 2) : pad;
        if (entry.blank)
            lines.push('');
        for (const line of entry.above ?? [])
            lines.push(`${outer}# ${line}`);
        const key = `${first ? `${outer}- ` : pad}${scalar(entry.key)}:`;
        const trailing = entry.trailing ? ` # ${entry.trailing}` : '';
        const value = entry.value;
        if (value instanceof Block) {
            lines.push(`${key} |${trailing}`);
            for (const line of value.text.replace(/\n+$/, '').split('\n'))
                lines.push(line === '' ? '' : `${pad}  ${line}`);
        }
        else if (value instanceof Mapping) {
            // An empty mapping is written as a key without a value (`workflow_dispatch:`).
            lines.push(`${key}${trailing}`);
            writeEntries(lines, value.entries, indent + 2);
        }
        else if (value instanceof Seq) {
            lines.push(`${key}${trailing}`);
            for (const item of value.items)
                writeEntries(lines, item.entries, indent + 4, true);
        }
        else if (value instanceof Flow) {
            lines.push(`${key} [${value.items.map(scalar).join(', ')}]${trailing}`);
        }
        else {
            lines.push(`${key} ${scalar(value)}${trailing}`);
        }
    });
}
/** A mapping as YAML text, ending with a newline. */
function writeMapping(m) {
    const lines = [];
    writeEntries(lines, m.entries, 0);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/src/core/init/providers.js
/**
 * What `phase-gates init` writes for each provider (internal): how a deploy job logs in, which
 * provider options it passes, the production strategy, the secrets a DevOps lead creates in each
 * GitHub environment (what logs in), and the settings of each deploy job (what is deployed:
 * cluster, service, app, URL), written into the job's `env:` with example values to edit.
 */



/** A pinned `uses:` step. */
function usesStep(name, pin, withs) {
    const [ref, version] = usesLine(pin).split(' # ');
    return new Mapping()
        .set('name', name)
        .set('uses', ref, { trailing: version })
        .set('with', withs ? mapping(withs) : undefined);
}
/** The URL of each environment, given to the deploy's `environment-url`; smoke tests run against it. */
const URL_SETTING = {
    name: 'APP_URL',
    what: 'the URL of the environment (smoke tests run against it)',
    value: (environment) => (environment === 'production' ? 'https://www.example.com' : 'https://staging.example.com')
};
function providers_image(registry) {
    return { name: 'IMAGE', what: 'image repository, no tag (your build pushes IMAGE:<commit sha>)', value: registry };
}
const APP_NAME = { name: 'APP_NAME', what: 'the name of the application (deployment, container)', value: (_e, app) => app };
const PROFILES = {
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
                .set('run', new Block([
                'if [ -z "$KUBE_CONFIG" ]; then echo "::error::secret KUBE_CONFIG is not set in this environment"; exit 1; fi',
                'umask 077',
                'printf \'%s\\n\' "$KUBE_CONFIG" > "$RUNNER_TEMP/kubeconfig"',
                'echo "KUBECONFIG=$RUNNER_TEMP/kubeconfig" >> "$GITHUB_ENV"'
            ].join('\n')))
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
            providers_image((_e, app) => `registry.example.com/${app}`)
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
            providers_image((_e, app) => `123456789012.dkr.ecr.us-east-1.amazonaws.com/${app}`)
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
            providers_image((_e, app) => `${app.replace(/-/g, '')}.azurecr.io/${app}`)
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
            providers_image((e, app) => `europe-west1-docker.pkg.dev/${app}-${e}/${app}/${app}`)
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
function profile(name) {
    return provider/* PROVIDERS */.x.includes(name) ? PROFILES[name] : undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./.build/src/core/init/ref.js
/**
 * Which commit of phase-gates the written workflow pins our own actions to (internal): the `ref`
 * flag (`OWNER/REPO@SHA`), or else the commit of the phase-gates checkout this code runs from
 * (`git rev-parse` in the package root, without a shell), in the repository
 * `phase-gates/phase-gates`. The comment after the SHA is the package version.
 */





/** The repository of our actions when `ref` is not given. */
const DEFAULT_ACTIONS_REPOSITORY = 'phase-gates/phase-gates';
const SHA = /^[0-9a-f]{40}$/;
const REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})@([0-9a-fA-F]{40})$/;
/** The package.json of phase-gates above `start`, or undefined. */
function findPackageRoot(start) {
    let dir = start;
    for (;;) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, 'package.json'), 'utf8'));
            if (pkg.name === 'phase-gates')
                return dir;
        }
        catch {
            // no package.json here (or not JSON): look further up
        }
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The real machine: this file's location (in src/ or inside a dist/ bundle), and git. */
const SYSTEM_REF_ENVIRONMENT = {
    packageRoot() {
        const starts = [external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url))];
        if (process.argv[1])
            starts.push(external_node_path_.dirname(external_node_path_.resolve(process.argv[1])));
        for (const start of starts) {
            const root = findPackageRoot(start);
            if (root)
                return root;
        }
        return undefined;
    },
    gitHead(root) {
        return new Promise((resolve) => {
            // Without a shell; the top level must be the package root itself, not a repository that
            // merely contains it (phase-gates installed in node_modules of another checkout).
            // The environment is passed explicitly: PATH (where git is looked up) is the one of this process.
            (0,external_node_child_process_.execFile)('git', ['rev-parse', '--show-toplevel', 'HEAD'], { cwd: root, env: process.env, timeout: 10_000, windowsHide: true }, (err, stdout) => {
                if (err)
                    return resolve(undefined);
                const [top, head] = String(stdout).trim().split(/\r?\n/);
                try {
                    if (!top || (0,external_node_fs_.realpathSync)(top) !== (0,external_node_fs_.realpathSync)(root))
                        return resolve(undefined);
                }
                catch {
                    return resolve(undefined);
                }
                resolve(head && SHA.test(head.trim()) ? head.trim() : undefined);
            });
        });
    }
};
/** The version of the phase-gates package at `root`, as a tag (`v0.1.0`). */
function packageVersion(root) {
    if (!root)
        return undefined;
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(root, 'package.json'), 'utf8')).version;
        return typeof v === 'string' && v ? `v${v.replace(/^v/, '')}` : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Our actions' ref: from `given` (the `ref` input) when set, else from the running checkout.
 * Refuses with a one-line error naming `input` when neither works.
 */
async function resolveActionsRef(given, input, env = SYSTEM_REF_ENVIRONMENT) {
    const root = env.packageRoot();
    const version = packageVersion(root);
    if (given) {
        const m = REF.exec(given);
        if (!m) {
            throw new errors/* UserError */.y(`must be OWNER/REPO@SHA with a full 40-hex commit SHA, not ${JSON.stringify(given)}`, {
                input,
                hint: `e.g. ${DEFAULT_ACTIONS_REPOSITORY}@<40-hex sha>`
            });
        }
        const sha = m[3].toLowerCase();
        return { repository: `${m[1]}/${m[2]}`, sha, version: version ?? sha.slice(0, 7), origin: 'flag' };
    }
    const sha = root ? await env.gitHead(root) : undefined;
    if (!sha || !version) {
        throw new errors/* UserError */.y('cannot tell which commit of phase-gates to pin its actions to (this copy of phase-gates is not a git checkout)', {
            input,
            hint: `give --${input} OWNER/REPO@SHA, e.g. --${input} ${DEFAULT_ACTIONS_REPOSITORY}@<40-hex sha of a release>`
        });
    }
    return { repository: DEFAULT_ACTIONS_REPOSITORY, sha, version, origin: 'checkout' };
}

// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
;// CONCATENATED MODULE: ./.build/src/core/init/workflow.js
/**
 * The deploy workflow `phase-gates init` writes (internal): the chain of SPEC "The chain" for one
 * provider. `gates_enforcer` tests with coverage and enforces the phase document's gates; then
 * `deploy_staging`, then `deploy_production`, each bound to its GitHub environment, serialized per
 * environment, with least-privilege permissions, followed by a smoke test and rolled back when a
 * step after a successful deploy fails. Every action is pinned by commit SHA.
 */




/** Paths the generated files share. */
const INIT_PATHS = {
    workflow: '.github/workflows/deploy.yml',
    phase: 'docs/phases/06-deployment.md',
    config: '.github/phase-gates.yml',
    deployScript: 'deploy.sh',
    rollbackScript: 'rollback.sh',
    coverage: 'coverage/lcov.info',
    npmAudit: 'reports/npm-audit.json'
};
/** Job ids (the gates job id is also the required status check it produces). */
const JOBS = { gates: 'gates_enforcer', staging: 'deploy_staging', production: 'deploy_production' };
/** `uses:` of one of our actions. */
function ours(ref, action) {
    return { uses: `${ref.repository}/actions/${action}@${ref.sha}`, version: ref.version };
}
function pinned(m, pin) {
    const [ref, version] = usesLine(pin).split(' # ');
    return m.set('uses', ref, { trailing: version });
}
function checkout() {
    return pinned(new Mapping().set('name', 'Check out'), ACTION_PINS.checkout).set('with', mapping({ 'persist-credentials': false }));
}
/** The provider options as the YAML block of `provider-options`. */
function optionsBlock(options) {
    const m = mapping(options);
    return m.entries.length ? new Block(writeMapping(m)) : undefined;
}
function gatesJob(o) {
    const gates = ours(o.ref, 'gates-enforcer');
    const steps = [
        checkout(),
        pinned(new Mapping().set('name', 'Set up Node.js'), ACTION_PINS.setupNode).set('with', mapping({ 'node-version': TOOL_VERSIONS.node, cache: 'npm' })),
        new Mapping().set('name', 'Install').set('run', 'npm ci'),
        new Mapping()
            .set('name', 'Tests with coverage', {
            above: ['Phase 05 evidence. Any coverage format works (LCOV, Cobertura, JaCoCo, Go, Istanbul): adjust the command and coverage-files.']
        })
            .set('run', 'npm test -- --coverage --coverageReporters=lcov --coverageReporters=text-summary'),
        new Mapping()
            .set('name', 'Dependency audit', { above: ['npm audit exits non-zero when it finds anything: the vulns_critical gate decides, not this step.'] })
            .set('run', new Block(`mkdir -p reports\nnpm audit --json > ${INIT_PATHS.npmAudit} || true`)),
        new Mapping()
            .set('id', 'gates', { above: ['The gates of the phase document; perf_p95_ms is enforced after each deploy, by smoke-test (p95-ms).'] })
            .set('name', 'gates_enforcer')
            .set('uses', gates.uses, { trailing: gates.version })
            .set('with', mapping({
            'phase-file': INIT_PATHS.phase,
            gates: '{ perf_p95_ms: ~ }',
            'coverage-files': INIT_PATHS.coverage,
            'vuln-files': INIT_PATHS.npmAudit
        })),
        pinned(new Mapping().set('name', 'Keep the gates report').set('if', 'always()'), ACTION_PINS.uploadArtifact).set('with', mapping({ name: 'gates-report', path: constants/* Defaults */.Hw.GatesReport, 'if-no-files-found': 'ignore' }))
    ];
    return new Mapping()
        .set('name', JOBS.gates)
        .set('runs-on', 'ubuntu-latest')
        .set('timeout-minutes', 30)
        .set('permissions', mapping({ contents: 'read' }))
        .set('outputs', mapping({ report: '${{ steps.gates.outputs.report }}' }))
        .set('steps', new Seq(steps));
}
function deployJob(o, environment) {
    const { profile: p } = o;
    const production = environment === 'production';
    const deploy = ours(o.ref, 'deploy');
    const smoke = ours(o.ref, 'smoke-test');
    const strategy = production ? p.productionStrategy : 'direct';
    const options = optionsBlock(p.options);
    const env = p.stepEnv ? mapping(p.stepEnv) : undefined;
    const command = p.name === 'command';
    const deployWith = new Mapping()
        .set('environment', environment)
        .set('provider', p.name)
        .set('provider-options', options)
        .set('version', '${{ github.sha }}', { above: command ? undefined : ['the commit: the image tagged with it (or give an image digest, sha256:…)'] })
        .set('strategy', strategy)
        .set('canary-steps', strategy === 'canary' ? '10,50,100' : undefined)
        .set('verify-checks', strategy === 'direct' ? undefined : new Block('- name: home\n  path: /\n'))
        .set('run', command ? `./${INIT_PATHS.deployScript}` : undefined)
        .set('rollback-run', command ? `./${INIT_PATHS.rollbackScript}` : undefined)
        .set('gates-report', `\${{ needs.${JOBS.gates}.outputs.report }}`)
        .set('environment-url', `\${{ env.${URL_SETTING.name} }}`)
        .set('required-secrets', p.requiredSecrets?.length ? p.requiredSecrets.join(', ') : undefined);
    const rollbackWith = new Mapping()
        .set('environment', environment)
        .set('mode', 'rollback')
        .set('provider', p.name)
        .set('provider-options', options)
        .set('rollback-run', command ? `./${INIT_PATHS.rollbackScript}` : undefined);
    const steps = [
        checkout(),
        ...p.setup(),
        new Mapping()
            .set('id', 'deploy')
            .set('name', `Deploy to ${environment}`)
            .set('uses', deploy.uses, { trailing: deploy.version })
            .set('env', env)
            .set('with', deployWith),
        new Mapping()
            .set('id', 'smoke')
            .set('name', 'Smoke test')
            .set('uses', smoke.uses, { trailing: smoke.version })
            .set('with', mapping({
            url: '${{ steps.deploy.outputs.environment-url }}',
            'deployment-id': '${{ steps.deploy.outputs.deployment-id }}',
            'p95-ms': 500
        })),
        new Mapping()
            .set('name', `Roll back ${environment}`, { above: ['A step after a successful deploy failed (the smoke test): back to the last good version.'] })
            .set('if', "failure() && steps.deploy.outputs.status == 'success'")
            .set('uses', deploy.uses, { trailing: deploy.version })
            .set('env', env)
            .set('with', rollbackWith),
        pinned(new Mapping().set('name', 'Keep the evidence').set('if', 'always()'), ACTION_PINS.uploadArtifact).set('with', mapping({
            name: `deploy-evidence-${environment}`,
            path: new Block(`${constants/* Defaults */.Hw.DeployLog}\n${constants/* Defaults */.Hw.SmokeReport}\n`),
            'if-no-files-found': 'ignore'
        }))
    ];
    const settings = new Mapping();
    for (const s of [URL_SETTING, ...p.settings])
        settings.set(s.name, s.value(environment, o.app), { trailing: s.what });
    const permissions = mapping({ contents: 'read', deployments: 'write', 'id-token': p.oidc ? 'write' : undefined });
    return new Mapping()
        .set('name', `deploy (${environment})`)
        .set('needs', production ? new Flow([JOBS.gates, JOBS.staging]) : JOBS.gates)
        .set('if', production ? "github.ref == 'refs/heads/main'" : undefined, {
        above: production ? ['Production only from main, whatever branch a manual run picks.'] : undefined
    })
        .set('runs-on', 'ubuntu-latest')
        .set('timeout-minutes', 60)
        .set('environment', mapping({ name: environment, url: '${{ steps.deploy.outputs.environment-url }}' }), {
        above: production ? ['Give this environment required reviewers and limit it to the main branch.'] : undefined
    })
        .set('concurrency', mapping({ group: `deploy-${environment}`, 'cancel-in-progress': false }), {
        above: ['One deploy per environment at a time; a newer run waits, never cancels one half-way.']
    })
        .set('permissions', permissions)
        .set('env', settings, { above: [`What ${environment} is (not secrets): edit these values.`] })
        .set('steps', new Seq(steps));
}
/** The text of `.github/workflows/deploy.yml`. */
function deployWorkflow(o) {
    const on = new Mapping().set('push', mapping({ branches: new Flow(['main']) })).set('workflow_dispatch', new Mapping());
    const jobs = new Mapping()
        .set(JOBS.gates, gatesJob(o))
        .set(JOBS.staging, deployJob(o, 'staging'), { blank: true })
        .set(JOBS.production, deployJob(o, 'production'), { blank: true });
    const root = new Mapping()
        .set('name', 'deploy', {
        above: [
            `Written by \`${o.command}\` (phase-gates ${o.ref.version}): Phase 06 for ${o.profile.title}.`,
            `Gates (${INIT_PATHS.phase}) → staging → smoke test → production → smoke test; rollback on failure.`,
            'Checked by phase-gates validate (workflows-validation) with the settings in .github/phase-gates.yml.'
        ]
    })
        .set('on', on, { blank: true })
        .set('permissions', mapping({ contents: 'read' }), { blank: true })
        .set('jobs', jobs, { blank: true });
    return writeMapping(root);
}

;// CONCATENATED MODULE: ./.build/src/core/init/phase.js


/** The seed's gates, as its front matter writes them. */
const SEED_GATES = '{ coverage: ">=80%", perf_p95_ms: "<=500", vulns_critical: 0 }';
/** The text of `docs/phases/06-deployment.md`. */
function phaseDocument(profile) {
    return `---
title: "Phase 06: Deployment"
phase: 6
triggers: ["phase-06","deploy","release","production"]
scope: "project-rules"
inputs: ["UAT-approved build","Gates satisfied from Phase 05"]
outputs: ["Deployed environment","Post-deploy report"]
artifacts: ["${constants/* Defaults */.Hw.DeployLog}","${constants/* Defaults */.Hw.SmokeReport}"]
gates: ${SEED_GATES}
owner: "DevOps Lead"
---

# Deployment Workflow

## Overview
Prepare and execute deployment with pre-deploy checks, environment configuration, and post-deploy verification.
Deploys to ${profile.title} through \`${INIT_PATHS.workflow}\`: gates, staging, smoke test, production, smoke test, rollback on failure.

## Prerequisites
- UAT sign-off; secrets available in target environment
- GitHub environments \`staging\` and \`production\` with their secrets and variables; \`production\` with required reviewers

## Steps

### Step 1: Pre-Deploy Checks
Action: Confirm CI green, gates met, migrations ready
(job \`${JOBS.gates}\`: the gates above, from coverage and vulnerability reports; the deploy action then checks
the gates report, freeze windows, staging first, an immutable version, secrets and a rollback path)
Acceptance:
- [ ] All gates green; rollback plan ready

### Step 2: Configure Environment
Action: Provision infra/secrets; update env vars
Acceptance:
- [ ] Secrets and configs verified

### Step 3: Execute Deploy
Action: Use generated CI deploy workflow (\`${INIT_PATHS.workflow}\`, provider \`${profile.name}\`) or manual
(staging directly, production with the ${profile.productionStrategy} strategy, after staging holds the same commit)
Acceptance:
- [ ] Deployment completes without critical errors

### Step 4: Post-Deploy Verification
Action: Run smoke tests; monitor errors
(smoke-test after each deploy; its p95 threshold is the perf_p95_ms gate; a failure rolls the environment back)
Acceptance:
- [ ] Smoke tests pass; no critical alerts

## Evidence
- CI deploy logs; post-deploy report; runbook
- Artifacts of each run: \`gates-report\`, \`deploy-evidence-staging\`, \`deploy-evidence-production\`

## Failure Modes & Troubleshooting
- Rollout failure → rollback plan; verify secrets and infra quota
- Smoke test flakiness → re-run; check dependencies and feature flags

## Overall Acceptance
- [ ] Deployment completed without critical errors
- [ ] Smoke tests pass
- [ ] Alerts nominal post-deploy
- [ ] Related Phases: 05 (gates input), 07/10 (operations)

Variables
- PROJ=<project-key>

Run Commands
\`\`\`
# Ensure CI checks are required (workflows_validation, gates_enforcer)
# Trigger deployment via CI workflow or approved manual run
phase-gates validate
phase-gates gates --phase-file ${INIT_PATHS.phase} --coverage-files ${INIT_PATHS.coverage}
\`\`\`

Generated/Updated Files
- ${constants/* Defaults */.Hw.DeployLog}
- ${constants/* Defaults */.Hw.SmokeReport}

Gate to Phase 07
- [ ] CI jobs green on base branch
- [ ] Deployment completed without critical errors
- [ ] Smoke tests pass; alerts nominal
`;
}

;// CONCATENATED MODULE: ./.build/src/core/init/config.js
/**
 * The workflows-validation settings `phase-gates init` writes (`.github/phase-gates.yml`, format in
 * src/core/workflows/config.ts; internal). The written workflow passes every rule at its default
 * level; these settings make the rules it satisfies by construction errors instead of warnings,
 * so that a later edit that drops a pin, the permissions, an environment, the smoke test or the
 * concurrency group fails the check instead of warning.
 */

/** Rules raised to `error`: name and id. */
const RAISED_RULES = [
    { name: 'unpinned-action', id: 'PG201' },
    { name: 'missing-permissions', id: 'PG202' },
    { name: 'mutable-image', id: 'PG205' },
    { name: 'deploy-without-environment', id: 'PG301' },
    { name: 'deploy-without-smoke-test', id: 'PG302' },
    { name: 'deploy-without-concurrency', id: 'PG303' }
];
/** The text of `.github/phase-gates.yml`. */
function validationConfig() {
    const width = Math.max(...RAISED_RULES.map((r) => r.name.length));
    return [
        '# Settings of phase-gates workflows-validation (`phase-gates validate`), written by `phase-gates init`.',
        `# ${INIT_PATHS.workflow} passes every rule; the rules it meets by construction are errors here, so`,
        '# that an edit dropping a SHA pin, the permissions, an environment, the smoke test or the',
        '# concurrency group fails validation. Rules can be set to error, warning, note or off (by id or name).',
        'rules:',
        ...RAISED_RULES.map((r) => `  ${`${r.name}:`.padEnd(width + 1)} error # ${r.id}`),
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/src/core/init/scripts.js
/**
 * The `deploy.sh` and `rollback.sh` skeletons `phase-gates init --provider command` writes when
 * they do not exist yet (internal). They read the PHASE_GATES_* variables the deploy action sets
 * (SPEC, "deploy") and fail until they are filled in, so that a skeleton never reports a deploy
 * that did not happen.
 */
const HEADER = `# The phase-gates deploy action runs this file as a program (never through a shell string), with:
#   PHASE_GATES_ENVIRONMENT       the environment (staging, production)
#   PHASE_GATES_VERSION           the version: the commit SHA (or the artifact id) to put in service
#   PHASE_GATES_PREVIOUS_VERSION  the version in service before this run (empty on the first deploy)
#   PHASE_GATES_DEPLOYMENT_ID     the GitHub deployment id
#   PHASE_GATES_STRATEGY          direct, blue-green or canary
#   PHASE_GATES_STEP              deploy (start the version), traffic (only move traffic) or rollback
#   PHASE_GATES_SLOT              blue or green with blue-green and canary; empty when direct
#   PHASE_GATES_OTHER_SLOT        the other slot, which gets the rest of the traffic
#   PHASE_GATES_TRAFFIC_PERCENT   the share of traffic the slot has after this call (0-100)
#   PHASE_GATES_MODE              deploy, rollback or migrate
#   PHASE_GATES_OUTPUT            a file: write url=<the slot's own URL> to it, for verification
# and the variables of required-secrets (DEPLOY_TOKEN). It writes its log to stdout/stderr (the
# action records it in ci/deploy-logs.txt, secrets masked) and exits non-zero on any failure.`;
/** The text of `deploy.sh`. */
function deployScript() {
    return `#!/usr/bin/env bash
# Deploys one version (written by \`phase-gates init --provider command\`: fill in the two functions).
${HEADER}
# On a failure the action runs rollback.sh automatically.
set -euo pipefail

environment="\${PHASE_GATES_ENVIRONMENT:?run by the phase-gates deploy action}"
version="\${PHASE_GATES_VERSION:?no version to deploy}"
slot="\${PHASE_GATES_SLOT:-}"
traffic="\${PHASE_GATES_TRAFFIC_PERCENT:-100}"

# Starts \$2 (a version) in slot \$1 ('' when direct) of the environment, without waiting for traffic.
start_version() {
  echo "::error::deploy.sh is a skeleton: write how to start version $2 in $environment\${1:+ (slot $1)}" >&2
  return 1
}

# Sends \$2 percent of the traffic of the environment to slot \$1 (the rest to the other slot).
route_traffic() {
  echo "::error::deploy.sh is a skeleton: write how to send $2% of $environment's traffic to slot $1" >&2
  return 1
}

echo "deploying $version to $environment (deployment \${PHASE_GATES_DEPLOYMENT_ID:-none}, previous \${PHASE_GATES_PREVIOUS_VERSION:-none}, slot \${slot:-none}, \${traffic}% of traffic)"
if [ -z "$slot" ]; then
  start_version "" "$version"
elif [ "$traffic" = "0" ]; then
  # blue-green, first call: the idle slot gets the new version; the action verifies it next.
  start_version "$slot" "$version"
else
  # blue-green switch (100) or a canary step (10, 50, ...): the slot already runs the version.
  route_traffic "$slot" "$traffic"
fi
`;
}
/** The text of `rollback.sh`. */
function rollbackScript() {
    return `#!/usr/bin/env bash
# Returns the environment to its last good version (written by \`phase-gates init --provider command\`).
${HEADER}
# Here PHASE_GATES_VERSION is the version to restore and PHASE_GATES_PREVIOUS_VERSION the one that failed.
set -euo pipefail

environment="\${PHASE_GATES_ENVIRONMENT:?run by the phase-gates deploy action}"
restore="\${PHASE_GATES_VERSION:-}"
failed="\${PHASE_GATES_PREVIOUS_VERSION:-}"

if [ -z "$restore" ]; then
  echo "::error::no earlier good version of $environment to return to" >&2
  exit 1
fi

echo "rolling $environment back from \${failed:-unknown} to $restore"
# With two slots, sending all traffic back to the slot that still runs $restore is instant;
# otherwise deploy $restore again.
echo "::error::rollback.sh is a skeleton: write how to put $restore back in service in $environment" >&2
exit 1
`;
}

// EXTERNAL MODULE: ./.build/src/core/init/inputs.js
var init_inputs = __webpack_require__(6921);
;// CONCATENATED MODULE: ./.build/src/core/commands/init.js
/**
 * `phase-gates init --provider P`: writes a deploy workflow (gates → staging → production, with
 * smoke tests and rollback), the Phase 06 document and the workflows-validation settings into the
 * workspace, plus `deploy.sh` / `rollback.sh` skeletons for provider `command`. Every target is
 * checked before anything is written: an existing file is refused without `force`, and nothing is
 * written then. Files are written atomically.
 */














/** The application's name for example settings: the workspace's package.json name, else its directory's. */
async function appName(workspace) {
    let name = '';
    try {
        const pkg = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_.join(workspace, 'package.json'), 'utf8'));
        if (typeof pkg.name === 'string')
            name = pkg.name.replace(/^@[^/]*\//, '');
    }
    catch {
        // no package.json: the directory name
    }
    if (!name)
        name = external_node_path_.basename(external_node_path_.resolve(workspace));
    const clean = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
    return /^[a-z]/.test(clean) ? clean : 'app';
}
function targets(p, ref, app) {
    const list = [
        {
            path: INIT_PATHS.workflow,
            content: deployWorkflow({ profile: p, ref, app, command: `phase-gates init --provider ${p.name}` }),
            what: `the deploy workflow: ${JOBS.gates} → ${JOBS.staging} → ${JOBS.production}`
        },
        { path: INIT_PATHS.phase, content: phaseDocument(p), what: 'the Phase 06 document and its gates' },
        { path: INIT_PATHS.config, content: validationConfig(), what: 'workflows-validation settings' }
    ];
    if (p.name === 'command') {
        list.push({ path: INIT_PATHS.deployScript, content: deployScript(), executable: true, onlyIfAbsent: true, what: 'deploy script skeleton: fill it in' }, { path: INIT_PATHS.rollbackScript, content: rollbackScript(), executable: true, onlyIfAbsent: true, what: 'rollback script skeleton: fill it in' });
    }
    return list;
}
async function existing(file, shown) {
    try {
        const stat = await external_node_fs_.promises.stat(file);
        return stat.isDirectory() ? 'directory' : 'file';
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ENOTDIR')
            throw new errors/* UserError */.y('a parent of this path is a file; nothing written', { file: shown });
        throw err;
    }
}
function nextSteps(p, ref) {
    const settings = (list) => list.map((s) => `     - ${s.name}: ${s.what}`);
    const steps = [];
    steps.push('1. Create the GitHub environments `staging` and `production` (Settings → Environments). Give `production`', '   required reviewers and limit its deployment branches to `main`.');
    if (p.secrets.length)
        steps.push('2. In each environment, create the secrets (each environment its own values):', ...settings(p.secrets));
    steps.push(`${p.secrets.length ? 3 : 2}. Edit the settings at the top of each deploy job of ${INIT_PATHS.workflow} (env:, example values):`, ...settings([URL_SETTING, ...p.settings]));
    let n = p.secrets.length ? 4 : 3;
    if (p.oidc) {
        steps.push(`${n++}. Trust GitHub OIDC for this repository's environments only (subjects repo:OWNER/REPO:environment:staging`, '   and repo:OWNER/REPO:environment:production), with the least privileges the deploy needs.');
    }
    if (p.name === 'command')
        steps.push(`${n++}. Fill in ${INIT_PATHS.deployScript} and ${INIT_PATHS.rollbackScript}: they fail until you do.`);
    if (p.name !== 'command' && p.name !== 'vercel')
        steps.push(`${n++}. Have your build push the image IMAGE:<commit sha> before this workflow deploys it.`);
    steps.push(`${n++}. Check the tests step of ${JOBS.gates} (it runs npm test with coverage) and the provider options in the workflow.`, `${n++}. Make ${JOBS.gates} and workflows_validation required status checks of main (run them on pull requests too).`, `${n++}. Run \`phase-gates validate\`, then commit the files.`);
    if (ref.origin === 'checkout')
        steps.push(`   Our actions are pinned to ${ref.repository}@${ref.sha} (${ref.version}, the commit of this phase-gates): it must be pushed there.`);
    return steps;
}
async function runInit(host, deps = { ref: SYSTEM_REF_ENVIRONMENT }) {
    const providerName = (0,inputs/* input */.hF)(host, init_inputs/* InitInputs */.q7.Provider);
    if (!providerName)
        throw new errors/* UserError */.y('required and not supplied', { input: init_inputs/* InitInputs */.q7.Provider, hint: `one of ${provider/* PROVIDERS */.x.join(', ')}` });
    const p = profile(providerName);
    if (!p)
        throw new errors/* UserError */.y(`unknown provider ${JSON.stringify(providerName)}`, { input: init_inputs/* InitInputs */.q7.Provider, hint: `one of ${provider/* PROVIDERS */.x.join(', ')}` });
    const force = (0,inputs/* booleanInput */.tE)(host, init_inputs/* InitInputs */.q7.Force, false);
    const workspace = host.workspace;
    if ((await existing(external_node_path_.resolve(workspace), workspace).catch(() => undefined)) !== 'directory') {
        throw new errors/* UserError */.y(`not a directory: ${workspace}`, { input: 'workspace' });
    }
    const ref = await resolveActionsRef((0,inputs/* input */.hF)(host, init_inputs/* InitInputs */.q7.Ref), init_inputs/* InitInputs */.q7.Ref, deps.ref);
    // Every target first: nothing is written unless all of them can be.
    const plan = [];
    const conflicts = [];
    for (const target of targets(p, ref, await appName(workspace))) {
        const abs = (0,core_files/* resolveInWorkspace */.z1)(workspace, target.path, 'workspace');
        const kind = await existing(abs, target.path);
        if (kind === 'directory')
            throw new errors/* UserError */.y('is a directory; nothing written', { file: target.path });
        if (kind && !target.onlyIfAbsent)
            conflicts.push(target.path);
        plan.push({ target, abs, exists: kind !== undefined });
    }
    if (conflicts.length && !force) {
        const [first, ...rest] = conflicts;
        throw new errors/* UserError */.y(`already exists${rest.length ? ` (and ${rest.join(', ')})` : ''}; nothing written`, {
            file: first,
            hint: 'use --force to overwrite'
        });
    }
    const files = [];
    for (const { target, abs, exists } of plan) {
        if (exists && target.onlyIfAbsent) {
            files.push({ path: target.path, status: 'kept', what: 'already there, left as it is' });
            continue;
        }
        await (0,core_files/* writeFileAtomic */.Zf)(abs, target.content, target.executable ? 0o755 : 0o644);
        files.push({ path: target.path, status: exists ? 'overwritten' : 'written', what: target.what });
    }
    const width = Math.max(...files.map((f) => f.path.length));
    const lines = [
        `phase-gates init --provider ${p.name} (${p.title}), in ${workspace}:`,
        ...files.map((f) => `  ${f.status.padEnd(11)} ${f.path.padEnd(width)}  ${f.what}`),
        '',
        `Production strategy: ${p.productionStrategy}; our actions pinned to ${ref.repository}@${ref.sha} # ${ref.version}.`,
        '',
        'Next steps:',
        ...nextSteps(p, ref)
    ];
    await host.appendSummary(lines.join('\n'));
    host.setOutput('files', files.filter((f) => f.status !== 'kept').map((f) => f.path).join(','));
    return { ok: true, files, ref };
}


/***/ }),

/***/ 1518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/** Names of the `provider` input. */
const PROVIDERS = ['command', 'kubernetes', 'aws-ecs', 'azure-webapp', 'gcp-cloudrun', 'vercel'];


/***/ }),

/***/ 2739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MV: () => (/* binding */ MAX_LINE),
  Gt: () => (/* binding */ displayPath),
  GE: () => (/* binding */ expandGlobs),
  FF: () => (/* binding */ forEachLine),
  zy: () => (/* binding */ readHead),
  Vh: () => (/* binding */ readJson),
  gb: () => (/* binding */ readJsonText),
  z1: () => (/* binding */ resolveInWorkspace),
  ry: () => (/* binding */ splitList),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: HEAD_BYTES, MAX_JSON_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 32 modules
var glob = __webpack_require__(3660);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var errors = __webpack_require__(6512);
;// CONCATENATED MODULE: ./.build/src/core/json-position.js
/**
 * Where JSON text stops being valid, for error messages: Node 20's JSON.parse often names no
 * position. Run only after JSON.parse has failed; walks the text once without building values.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
            i++;
    };
    const fail = () => {
        throw i;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else if (i + word.length > n && word.startsWith(text.slice(i))) {
            i = n; // the file ends inside the word: truncated
            fail();
        }
        else
            fail();
    };
    const string = () => {
        i++; // opening quote
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 34) {
                i++;
                return;
            }
            if (c === 92)
                i += 2;
            else if (c < 32)
                fail();
            else
                i++;
        }
        fail();
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            fail();
        i += m[0].length;
    };
    // An explicit stack instead of recursion: deeply nested hostile input must not overflow.
    const stack = [];
    const key = () => {
        ws();
        if (text[i] !== '"')
            fail();
        string();
        ws();
        if (text[i] !== ':')
            fail();
        i++;
    };
    try {
        let expectValue = true;
        for (;;) {
            ws();
            const c = text[i];
            if (expectValue) {
                expectValue = false;
                if (c === '{' || c === '[') {
                    i++;
                    ws();
                    if (text[i] === (c === '{' ? '}' : ']'))
                        i++;
                    else {
                        stack.push(c);
                        if (c === '{')
                            key();
                        expectValue = true;
                    }
                }
                else if (c === '"')
                    string();
                else if (c === 't')
                    literal('true');
                else if (c === 'f')
                    literal('false');
                else if (c === 'n')
                    literal('null');
                else if (c === '-' || (c >= '0' && c <= '9'))
                    number();
                else
                    fail();
                continue;
            }
            if (stack.length === 0) {
                if (i < n)
                    fail();
                return n;
            }
            const top = stack[stack.length - 1];
            if (c === ',') {
                i++;
                if (top === '{')
                    key();
                expectValue = true;
            }
            else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
                stack.pop();
                i++;
            }
            else
                fail();
        }
    }
    catch (at) {
        if (typeof at === 'number')
            return Math.min(at, n);
        throw at;
    }
}

;// CONCATENATED MODULE: ./.build/src/core/files.js
/**
 * Files named by inputs: globs resolved inside the workspace, heads sniffed, lines streamed with
 * bounded memory, reports written atomically.
 */







/** Splits a list input: one item per line or comma-separated (commas inside `{…}` belong to the glob). */
function splitList(value) {
    const items = [];
    for (const line of value.split(/\r?\n/)) {
        let depth = 0;
        let current = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                items.push(current);
                current = '';
            }
            else
                current += ch;
        }
        items.push(current);
    }
    return items.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith('#'));
}
function isInside(root, candidate) {
    const rel = external_node_path_.relative(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
function realWorkspace(workspace) {
    try {
        return (0,external_node_fs_.realpathSync)(workspace);
    }
    catch {
        return external_node_path_.resolve(workspace);
    }
}
/** The path relative to the workspace, with forward slashes, for reports and messages. */
function displayPath(workspace, file) {
    const rel = external_node_path_.relative(realWorkspace(workspace), file);
    return (rel && !rel.startsWith('..') ? rel : file).split(external_node_path_.sep).join('/');
}
/**
 * Resolves a path given by `input` against the workspace and refuses one that escapes it,
 * through `..`, an absolute path elsewhere, or a symbolic link.
 */
function resolveInWorkspace(workspace, given, input) {
    const root = realWorkspace(workspace);
    const resolved = external_node_path_.resolve(root, given);
    if (!isInside(root, resolved)) {
        throw new errors/* UserError */.y(`path escapes the workspace: ${given}`, { input });
    }
    // Follow links of the part that exists: a link inside the workspace may point outside it.
    let probe = resolved;
    for (;;) {
        try {
            const real = (0,external_node_fs_.realpathSync)(probe);
            if (!isInside(root, real))
                throw new errors/* UserError */.y(`path escapes the workspace through a link: ${given}`, { input });
            break;
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            const parent = external_node_path_.dirname(probe);
            if (parent === probe)
                break;
            probe = parent;
        }
    }
    return resolved;
}
/**
 * Expands the globs of a list input (one per line or comma-separated, `!` to exclude) into
 * files inside the workspace. A pattern that escapes the workspace or matches nothing is an error.
 */
async function expandGlobs(workspace, value, input) {
    const root = realWorkspace(workspace);
    const patterns = splitList(value);
    const found = new Set();
    const excludes = patterns.filter((p) => p.startsWith('!'));
    for (const pattern of patterns) {
        if (pattern.startsWith('!'))
            continue;
        const base = pattern.replace(/^\.\//, '');
        resolveInWorkspace(root, globPrefix(base), input);
        const absolute = external_node_path_.isAbsolute(base) ? base : external_node_path_.join(root, base);
        const globber = await glob/* create */.v([absolute, ...excludes.map((e) => '!' + external_node_path_.join(root, e.slice(1)))].join('\n'), {
            followSymbolicLinks: false,
            implicitDescendants: false,
            matchDirectories: false
        });
        const matches = await globber.glob();
        if (matches.length === 0) {
            throw new errors/* UserError */.y(`no file matches ${JSON.stringify(pattern)}`, { input });
        }
        for (const match of matches.sort()) {
            const real = (0,external_node_fs_.realpathSync)(match);
            if (!isInside(root, real))
                throw new errors/* UserError */.y(`path escapes the workspace: ${displayPath(root, match)}`, { input });
            found.add(real);
        }
    }
    return [...found];
}
/** The literal directory part of a glob (up to the first segment holding a wildcard). */
function globPrefix(pattern) {
    const segments = pattern.split('/');
    const literal = [];
    for (const segment of segments) {
        if (/[*?[\]{}]/.test(segment))
            break;
        literal.push(segment);
    }
    return literal.join('/') || '.';
}
/** Bytes read from the start of a report to recognise its format. */
const HEAD_BYTES = 64 * 1024;
/** Reads the head of a report; refuses empty and binary files with a message naming them. */
async function readHead(file, shown, input) {
    let handle;
    try {
        handle = await external_node_fs_.promises.open(file, 'r');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.y(code === 'ENOENT' ? 'file not found' : `cannot read (${code})`, { input, file: shown });
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors/* UserError */.y('not a regular file', { input, file: shown });
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const bytes = buffer.subarray(0, bytesRead);
        if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
            throw new errors/* UserError */.y('empty report', { input, file: shown });
        }
        if (bytes.includes(0))
            throw new errors/* UserError */.y('binary file, not a report', { input, file: shown });
        let text = bytes.toString('utf8');
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        return { text, size: stat.size };
    }
    finally {
        await handle.close();
    }
}
/** Longest line accepted by {@link forEachLine}; longer ones mean a file that is not a line-based report. */
const MAX_LINE = 1024 * 1024;
/**
 * Calls `onLine` for every line of a file (without its line ending), streaming it in chunks so that
 * memory stays bounded whatever the size. A NUL byte or an over-long line ends it with a UserError.
 */
async function forEachLine(file, shown, input, onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let pending = '';
    let lineNo = 0;
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 });
    for await (const chunk of stream) {
        if (chunk.includes(0)) {
            stream.destroy();
            throw new errors/* UserError */.y('binary data in a text report', { input, file: shown, line: lineNo + 1 });
        }
        let text = pending + decoder.write(chunk);
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            if (nl < 0)
                break;
            let end = nl;
            if (end > start && text.charCodeAt(end - 1) === 13)
                end--;
            lineNo++;
            onLine(text.slice(start, end), lineNo);
            start = nl + 1;
        }
        pending = text.slice(start);
        text = '';
        if (pending.length > MAX_LINE) {
            stream.destroy();
            throw new errors/* UserError */.y(`line longer than ${MAX_LINE} characters`, { input, file: shown, line: lineNo + 1 });
        }
    }
    pending += decoder.end();
    if (pending.length > 0) {
        if (pending.charCodeAt(pending.length - 1) === 13)
            pending = pending.slice(0, -1);
        lineNo++;
        onLine(pending, lineNo);
    }
    return lineNo;
}
/** Largest JSON report read whole (JSON formats are parsed in one piece). */
const MAX_JSON_BYTES = 256 * 1024 * 1024;
/**
 * Reads and parses a JSON report whole, naming the file and line of a syntax error (found by
 * {@link jsonErrorOffset} when V8 gives no position) and calling a file that ends inside a value
 * truncated.
 */
async function readJsonText(file, shown, input) {
    const stat = await external_node_fs_.promises.stat(file);
    if (stat.size > MAX_JSON_BYTES) {
        throw new errors/* UserError */.y(`JSON report larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`, { input, file: shown });
    }
    let text = await external_node_fs_.promises.readFile(file, 'utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    try {
        return { value: JSON.parse(text), text };
    }
    catch (err) {
        const offset = jsonErrorOffset(text);
        const end = text.trimEnd().length;
        const truncated = offset >= end;
        const line = text.slice(0, Math.min(offset, Math.max(0, end - 1)) + 1).split('\n').length;
        const reason = err.message.replace(/ in JSON at position \d+.*$/s, '').replace(/[,:]? *"[\s\S]*$/, '');
        throw new errors/* UserError */.y(truncated ? 'truncated JSON (the file ends inside a value)' : `invalid JSON (${reason})`, { input, file: shown, line });
    }
}
/** Reads and parses a JSON report (see {@link readJsonText}). */
async function readJson(file, shown, input) {
    return (await readJsonText(file, shown, input)).value;
}
/**
 * Writes a file atomically: a temporary file beside it, flushed, then renamed over the target,
 * so that a reader sees the old content or the new one, never half of it. `mode` 0o755 writes an
 * executable.
 */
async function writeFileAtomic(target, content, mode = 0o644) {
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(target), { recursive: true });
    const temp = external_node_path_.join(external_node_path_.dirname(target), `.${external_node_path_.basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await external_node_fs_.promises.open(temp, 'w', mode);
    try {
        await handle.writeFile(content, 'utf8');
        // The mode is set before the rename (the umask may have narrowed it), so no reader sees the file without it.
        if (mode !== 0o644)
            await handle.chmod(mode);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await external_node_fs_.promises.rename(temp, target);
    }
    catch (err) {
        await external_node_fs_.promises.rm(temp, { force: true });
        throw err;
    }
}


/***/ }),

/***/ 5146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YF: () => (/* binding */ requiredInput),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6512);

/** A trimmed input value, or `fallback` when unset. */
function input(host, name, fallback = '') {
    const v = host.getInput(name).trim();
    return v === '' ? fallback : v;
}
/** A boolean input as the runner's YAML 1.2 core schema reads it (true/True/TRUE, false/False/FALSE). */
function booleanInput(host, name, fallback) {
    const v = host.getInput(name).trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`not a boolean: ${JSON.stringify(v)}`, { input: name, hint: 'write true or false' });
}
/** A required input. */
function requiredInput(host, name) {
    const v = input(host, name);
    if (!v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('required and not supplied', { input: name });
    return v;
}


/***/ })

};
