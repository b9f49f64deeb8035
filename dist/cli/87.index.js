export const id = 87;
export const ids = [87];
export const modules = {

/***/ 7087:
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
var core_files = __webpack_require__(4358);
// EXTERNAL MODULE: ./.build/src/core/deploy/provider.js
var provider = __webpack_require__(1518);
;// CONCATENATED MODULE: ./.build/src/core/init/pins.js
/**
 * Every third-party action and tool that `phase-gates init` writes into a workflow, pinned once
 * (internal). Actions are pinned by the full commit SHA of a release tag, with the tag in the
 * trailing comment, so that Dependabot or Renovate can move both together.
 *
 * How each pin was read (2026-12-05): GitHub's runners made Node 24 the default for actions in
 * June 2026 and dropped Node 20 in September 2026, so every pin is the newest release tag of the
 * action's current major whose action.yml says `runs.using: node24`. For each action, a git mirror
 * of its own repository (github:OWNER/REPO) was read with
 *   git tag --sort=-v:refname            the newest vX.Y.Z tag
 *   git rev-parse vX.Y.Z^{commit}        the commit it names (an annotated tag peeled to its commit)
 *   git show vX.Y.Z:action.yml           `runs.using` and the inputs the written steps pass
 * The checkout, setup-node, upload-artifact, AWS and Google pins are the ones issue 12 gives; the
 * mirrors gave the same SHAs. Azure, setup-python, setup-go and osv-scanner-action were read the
 * same way (see `source` of each). `source` records where each SHA ↔ tag pair was confirmed;
 * .github/workflows/ci.yml uses the same checkout and setup-node pins.
 */
const MIRROR = (repo, tag, using) => `git mirror of github.com/${repo}: ${tag} is its newest tag; rev-parse ${tag}^{commit}; action.yml at ${tag} runs ${using}`;
/** The pins, by action. */
const ACTION_PINS = {
    checkout: {
        action: 'actions/checkout',
        sha: '3d3c42e5aac5ba805825da76410c181273ba90b1',
        version: 'v7.0.1',
        source: MIRROR('actions/checkout', 'v7.0.1', 'node24')
    },
    setupNode: {
        action: 'actions/setup-node',
        sha: '820762786026740c76f36085b0efc47a31fe5020',
        version: 'v7.0.0',
        source: MIRROR('actions/setup-node', 'v7.0.0', 'node24')
    },
    setupPython: {
        action: 'actions/setup-python',
        sha: '5fda3b95a4ea91299a34e894583c3862153e4b97',
        version: 'v7.0.0',
        source: MIRROR('actions/setup-python', 'v7.0.0', 'node24')
    },
    setupGo: {
        action: 'actions/setup-go',
        sha: 'b7ad1dad31e06c5925ef5d2fc7ad053ef454303e',
        version: 'v7.0.0',
        source: MIRROR('actions/setup-go', 'v7.0.0', 'node24')
    },
    uploadArtifact: {
        action: 'actions/upload-artifact',
        sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f',
        version: 'v7.0.0',
        source: MIRROR('actions/upload-artifact', 'v7.0.0', 'node24')
    },
    awsCredentials: {
        action: 'aws-actions/configure-aws-credentials',
        sha: 'e6de054238d6b7531b4efff3b6587d9aade6a06c',
        version: 'v6.2.3',
        source: MIRROR('aws-actions/configure-aws-credentials', 'v6.2.3', 'node24')
    },
    azureLogin: {
        action: 'azure/login',
        sha: 'f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca',
        version: 'v3.0.1',
        // An annotated tag (tag object 858f4093…, not a commit): peeled with ^{commit}.
        source: MIRROR('Azure/login', 'v3.0.1', 'node24') + ' (annotated tag, peeled)'
    },
    gcpAuth: {
        action: 'google-github-actions/auth',
        sha: '7c6bc770dae815cd3e89ee6cdf493a5fab2cc093',
        version: 'v3.0.0',
        source: MIRROR('google-github-actions/auth', 'v3.0.0', 'node24')
    },
    setupGcloud: {
        action: 'google-github-actions/setup-gcloud',
        sha: 'aa5489c8933f4cc7a4f7d45035b3b1440c9c10db',
        version: 'v3.0.1',
        source: MIRROR('google-github-actions/setup-gcloud', 'v3.0.1', 'node24')
    },
    setupKubectl: {
        action: 'azure/setup-kubectl',
        sha: '829323503d1be3d00ca8346e5391ca0b07a9ab0d',
        version: 'v5.1.0',
        // The repository also has tags `vv4.0.0` and `vv4` (typos, node20, February 2025): not releases to pin.
        source: MIRROR('Azure/setup-kubectl', 'v5.1.0', 'node24') + '; its stray tags vv4.0.0/vv4 (node20) ignored'
    },
    osvScanner: {
        action: 'google/osv-scanner-action/osv-scanner-action',
        sha: '8deb546fdb875b9996d27d4950be7312dac076a1',
        version: 'v2.5.0',
        // A docker action: its image is ghcr.io/google/osv-scanner-action:v2.5.0, fixed by this commit.
        source: MIRROR('google/osv-scanner-action', 'v2.5.0', 'docker (image ghcr.io/google/osv-scanner-action:v2.5.0)')
    }
};
/** Versions of tools the workflow installs; never `latest`, so that a run is repeatable. */
const TOOL_VERSIONS = {
    /** Node.js for the tests and the vercel CLI: Node 20 reached its end of life in April 2026. */
    node: '24',
    /**
     * kubectl installed by azure/setup-kubectl: the newest patch of Kubernetes 1.36 (the k8s.io
     * modules of December 2026 are at v0.36.6 and v0.37.2), so that clusters on 1.35 to 1.37 are
     * within kubectl's one-minor skew; 1.31, pinned before, is out of support.
     */
    kubectl: 'v1.36.6',
    /** The Cloud SDK installed by google-github-actions/setup-gcloud. */
    gcloud: '502.0.0',
    /** The vercel CLI, from npm. */
    vercel: '64.0.2',
    /** c8, for Node test runners without coverage of their own, when the project has no c8 (npm). */
    c8: '12.0.0',
    /** Python for a Python project without a .python-version file. */
    python: '3.13',
    /** coverage.py and pytest, installed when the project declares no pytest-cov (PyPI). */
    coverage: '7.17.3',
    pytest: '9.2.0'
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

/** A literal block scalar (`|`), for scripts and embedded YAML; `strip` (`|-`) keeps no final newline. */
class Block {
    text;
    strip;
    constructor(text, strip = false) {
        this.text = text;
        this.strip = strip;
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
            lines.push(`${key} |${value.strip ? '-' : ''}${trailing}`);
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
 * Which repository and commit of phase-gates the written workflow pins our own actions to
 * (internal), and how that was found, for the printout:
 *   1. the `ref` flag, `OWNER/REPO@SHA`;
 *   2. else the git checkout this phase-gates runs from (its package root must be the top level of
 *      the checkout): the repository from the URL of its remote `origin`, the commit `HEAD`, and
 *      the release tag at HEAD for the comment (`git describe --tags` when HEAD is not a release);
 *   3. else, installed without git (from npm, a tarball), its package.json: `repository` and
 *      `gitHead`, the comment from `version`.
 * With none of them, one line asks for `--ref`. Nothing is made up: no default owner.
 */





const SHA = /^[0-9a-f]{40}$/;
const REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})@([0-9a-fA-F]{40})$/;
const RELEASE_TAG = /^v?\d+\.\d+\.\d+$/;
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
/** git without a shell, PATH as this process has it; undefined on any failure (no git, not a repository). */
function runGit(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, env: process.env, timeout: 10_000, windowsHide: true }, (err, stdout) => {
            resolve(err ? undefined : String(stdout).trim());
        });
    });
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
    git: runGit
};
/**
 * `owner/repo` of a GitHub repository URL as git remotes and package.json write it
 * (`https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@github.com/o/r`,
 * `git+https://…`, npm's `github:o/r` and `o/r`); undefined for another host or a local path,
 * which a workflow's `uses:` cannot name.
 */
function githubRepository(url) {
    if (!url)
        return undefined;
    const u = url.trim();
    const name = '([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]+?)';
    const patterns = [
        new RegExp(`^(?:git\\+)?(?:https?|ssh|git)://(?:[^@/]+@)?github\\.com(?::\\d+)?/${name}(?:\\.git)?/?(?:#.*)?$`, 'i'),
        new RegExp(`^(?:[^@/]+@)?github\\.com:${name}(?:\\.git)?/?$`, 'i'),
        new RegExp(`^(?:github:)?${name}(?:#.*)?$`)
    ];
    for (const re of patterns) {
        const m = re.exec(u);
        if (m)
            return `${m[1]}/${m[2]}`;
    }
    return undefined;
}
/** The package.json in `root`, or undefined when there is none or it is not JSON. */
function readPackage(root) {
    if (!root)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(root, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The version of the phase-gates package at `root`, as a tag (`v0.1.0`). */
function packageVersion(root) {
    const v = readPackage(root)?.version;
    return typeof v === 'string' && v ? `v${v.replace(/^v/, '')}` : undefined;
}
/** package.json's `repository`, a string or `{ url }`. */
function packageRepository(pkg) {
    const r = pkg?.repository;
    if (typeof r === 'string')
        return r;
    if (r && typeof r === 'object' && typeof r.url === 'string')
        return r.url;
    return undefined;
}
/** The newest release tag (vX.Y.Z) among `tags`, else the first tag, else undefined. */
function pickTag(tags) {
    const releases = tags.filter((t) => RELEASE_TAG.test(t));
    const key = (t) => t.replace(/^v/, '').split('.').map(Number);
    releases.sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        for (let i = 0; i < 3; i++)
            if (x[i] !== y[i])
                return y[i] - x[i];
        return 0;
    });
    return releases[0] ?? tags[0];
}
/** Whether `root` is the top level of a git checkout (not a folder inside another project's repository). */
async function isCheckoutRoot(git, root) {
    const top = await git(root, ['rev-parse', '--show-toplevel']);
    if (!top)
        return false;
    try {
        return (0,external_node_fs_.realpathSync)(top) === (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return false;
    }
}
function refusal(input, why) {
    return new errors/* UserError */.y(`cannot tell which repository and commit of phase-gates to pin its actions to: ${why}`, {
        input,
        hint: `give --${input} OWNER/REPO@SHA, the repository you use phase-gates from and the 40-hex commit of a release tag`
    });
}
/** From the git checkout at `root`; undefined when `root` is not the top of one. */
async function fromCheckout(env, root, input) {
    if (!(await isCheckoutRoot(env.git, root)))
        return undefined;
    const head = await env.git(root, ['rev-parse', 'HEAD']);
    if (!head || !SHA.test(head))
        throw refusal(input, `the git checkout at ${root} has no commit`);
    const url = await env.git(root, ['remote', 'get-url', 'origin']);
    let repository = githubRepository(url);
    let where = url ? `remote origin ${url}` : 'no remote origin';
    if (!repository) {
        // A clone of a local path or another host: package.json may still say where it is published.
        const declared = packageRepository(readPackage(root));
        repository = githubRepository(declared);
        if (!repository) {
            throw refusal(input, `the git checkout at ${root} has ${url ? `remote origin ${url}, not a GitHub repository` : 'no remote origin'}, and its package.json names no GitHub repository`);
        }
        where = `${where}, so the repository of package.json (${declared})`;
    }
    const tags = ((await env.git(root, ['tag', '--points-at', 'HEAD'])) ?? '').split('\n').filter(Boolean);
    const tag = pickTag(tags);
    if (tag) {
        return { repository, sha: head, version: tag, origin: 'checkout', release: RELEASE_TAG.test(tag), from: `the git checkout at ${root}: ${where}, tag ${tag} at HEAD` };
    }
    const described = await env.git(root, ['describe', '--tags', 'HEAD']);
    const version = described || `untagged ${head.slice(0, 7)}`;
    return {
        repository,
        sha: head,
        version,
        origin: 'checkout',
        release: false,
        from: `the git checkout at ${root}: ${where}, HEAD ${described ? `is ${described} (not a release tag)` : 'has no tag'}`
    };
}
/**
 * Our actions' ref: from `given` (the `ref` input) when set, else from the running phase-gates.
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
                hint: 'e.g. acme/phase-gates@<40-hex sha of a release tag>'
            });
        }
        const sha = m[3].toLowerCase();
        // The tag of that commit, when the checkout this phase-gates runs from has it; else the
        // version of this phase-gates, and the printout says it is a guess.
        const checkout = root && (await isCheckoutRoot(env.git, root));
        const tag = checkout ? pickTag(((await env.git(root, ['tag', '--points-at', sha])) ?? '').split('\n').filter(Boolean)) : undefined;
        return {
            repository: `${m[1]}/${m[2]}`,
            sha,
            version: tag ?? version ?? sha.slice(0, 7),
            origin: 'flag',
            release: tag ? RELEASE_TAG.test(tag) : true,
            from: tag ? `--${input} (tag ${tag} of that commit in ${root})` : `--${input} (the comment is the version of this phase-gates: the tag of that commit is not known here)`
        };
    }
    if (!root)
        throw refusal(input, 'the package.json of this phase-gates was not found');
    const checkout = await fromCheckout(env, root, input);
    if (checkout)
        return checkout;
    const pkg = readPackage(root);
    const declared = packageRepository(pkg);
    const repository = githubRepository(declared);
    const gitHead = typeof pkg?.gitHead === 'string' ? pkg.gitHead.trim().toLowerCase() : '';
    if (!repository || !SHA.test(gitHead)) {
        const missing = [!repository && (declared ? `repository ${JSON.stringify(declared)} is not on GitHub` : 'no repository'), !SHA.test(gitHead) && 'no gitHead'].filter(Boolean);
        throw refusal(input, `${root} is not a git checkout, and its package.json has ${missing.join(' and ')}`);
    }
    return {
        repository,
        sha: gitHead,
        version: version ?? gitHead.slice(0, 7),
        origin: 'package',
        release: Boolean(version),
        from: `the package.json of ${root}: repository ${declared}, gitHead, version ${version ?? 'unknown'}`
    };
}

// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
;// CONCATENATED MODULE: ./.build/src/core/init/workflow.js
/**
 * The workflow `phase-gates init` writes (internal): the chain of SPEC "The chain" for one
 * provider. On every pull request and push, `workflows_validation` checks the workflows and
 * `gates_enforcer` tests with coverage and enforces the phase document's gates: the two checks the
 * default branch requires. Only on a push to the default branch (or a manual run), `deploy_staging`,
 * then `deploy_production`, each bound to its GitHub environment, serialized per environment, with
 * least-privilege permissions, followed by a smoke test and rolled back when a step after a
 * successful deploy fails. Every action is pinned by commit SHA.
 */




/** Paths the generated files share. */
const INIT_PATHS = {
    workflow: '.github/workflows/deploy.yml',
    phase: 'docs/phases/06-deployment.md',
    config: '.github/phase-gates.yml',
    deployScript: 'deploy.sh',
    rollbackScript: 'rollback.sh',
    gitignore: '.gitignore'
};
/** Job ids; each job's `name:` is its id, so the check GitHub shows is the id too. */
const JOBS = {
    validation: 'workflows_validation',
    gates: 'gates_enforcer',
    staging: 'deploy_staging',
    production: 'deploy_production'
};
/** The jobs whose checks the default branch should require: they run on every pull request. */
const REQUIRED_JOBS = [JOBS.validation, JOBS.gates];
/** The gates step drops perf_p95_ms: the smoke test after each deploy enforces it (its p95-ms). */
const GATES_OVERRIDE = '{ perf_p95_ms: ~ }';
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
/** A `'…'` string literal of a GitHub expression. */
function literal(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
function validationJob(o) {
    const validate = ours(o.ref, 'workflows-validation');
    const steps = [
        checkout(),
        new Mapping()
            .set('name', JOBS.validation, { above: ['Our workflows and the settings in .github/phase-gates.yml; also checks that the base branch requires these checks.'] })
            .set('uses', validate.uses, { trailing: validate.version })
            .set('with', mapping({ 'required-checks': REQUIRED_JOBS.join(', ') })),
        pinned(new Mapping().set('name', 'Keep the SARIF log').set('if', 'always()'), ACTION_PINS.uploadArtifact).set('with', mapping({ name: 'workflows-validation', path: constants/* Defaults */.Hw.ValidationSarif, 'if-no-files-found': 'ignore' }))
    ];
    return new Mapping()
        .set('name', JOBS.validation)
        .set('runs-on', 'ubuntu-latest')
        .set('timeout-minutes', 10)
        .set('permissions', mapping({ contents: 'read' }))
        .set('steps', new Seq(steps));
}
function gatesJob(o) {
    const gates = ours(o.ref, 'gates-enforcer');
    const { plan } = o;
    const audit = plan.audit === 'npm'
        ? [
            new Mapping()
                .set('name', 'Dependency audit', { above: ['npm audit exits non-zero when it finds anything: the vulns_critical gate decides, not this step.'] })
                .set('run', new Block(`mkdir -p .phase-gates\nnpm audit --json > ${plan.vulnFile} || true`))
        ]
        : [
            new Mapping().set('name', 'Directory of the vulnerability report').set('run', 'mkdir -p .phase-gates'),
            pinned(new Mapping().set('name', 'Dependency audit (osv-scanner)', {
                above: ['osv-scanner exits non-zero when it finds anything: the vulns_critical gate decides; a missing report fails the gate.']
            }), ACTION_PINS.osvScanner)
                .set('continue-on-error', true)
                // `|-`: the action passes each line as an argument, and a final empty line would be one.
                .set('with', mapping({ 'scan-args': new Block(`--format=json\n--output=${plan.vulnFile}\n--recursive\n./`, true) }))
        ];
    const steps = [
        checkout(),
        ...plan.setup,
        plan.install ? new Mapping().set('name', 'Install').set('run', plan.install.includes('\n') ? new Block(plan.install) : plan.install) : undefined,
        new Mapping()
            .set('name', 'Tests with coverage', {
            above: [
                plan.runner === 'none'
                    ? `No tests found (${plan.evidence}): make this step run them with coverage into ${plan.coverage}, the coverage-files of the gates.`
                    : `Phase 05 evidence: ${plan.runner} (from ${plan.evidence}) writes ${plan.coverage}, the coverage-files of the gates.`
            ]
        })
            .set('run', plan.test.includes('\n') ? new Block(plan.test) : plan.test),
        ...audit,
        new Mapping()
            .set('id', 'gates', { above: ['The gates of the phase document; perf_p95_ms is enforced after each deploy, by smoke-test (p95-ms).'] })
            .set('name', JOBS.gates)
            .set('uses', gates.uses, { trailing: gates.version })
            .set('with', mapping({
            'phase-file': INIT_PATHS.phase,
            gates: GATES_OVERRIDE,
            'coverage-files': plan.coverage,
            'vuln-files': plan.vulnFile
        })),
        pinned(new Mapping().set('name', 'Keep the gates report').set('if', 'always()'), ACTION_PINS.uploadArtifact).set('with', mapping({ name: 'gates-report', path: constants/* Defaults */.Hw.GatesReport, 'if-no-files-found': 'ignore' }))
    ].filter((s) => s !== undefined);
    return new Mapping()
        .set('name', JOBS.gates)
        .set('runs-on', 'ubuntu-latest')
        .set('timeout-minutes', 30)
        .set('permissions', mapping({ contents: 'read' }))
        .set('outputs', mapping({ report: '${{ steps.gates.outputs.report }}' }))
        .set('steps', new Seq(steps));
}
/** The events a deploy job runs for: never a pull request. */
const DEPLOY_EVENTS = "(github.event_name == 'push' || github.event_name == 'workflow_dispatch')";
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
        .set('required-secrets', p.requiredSecrets?.length ? p.requiredSecrets.join(', ') : undefined)
        .set('rehearse-rollback', production ? undefined : true, {
        above: production ? undefined : ['Staging rehearses the rollback: deploy, roll back, verify, deploy again. Production refuses a version that was not rehearsed.']
    });
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
    // checks and statuses: read, for deploy's `ci` check (CI green); actions: read, for the `approval`
    // check of production (the environment's reviewers and branch policy).
    const permissions = mapping({ contents: 'read', deployments: 'write', checks: 'read', statuses: 'read', actions: production ? 'read' : undefined, 'id-token': p.oidc ? 'write' : undefined });
    return new Mapping()
        .set('name', `deploy (${environment})`)
        .set('needs', new Flow(production ? [JOBS.validation, JOBS.gates, JOBS.staging] : [JOBS.validation, JOBS.gates]))
        .set('if', production ? `${DEPLOY_EVENTS} && github.ref == ${literal(`refs/heads/${o.target.defaultBranch}`)}` : DEPLOY_EVENTS, {
        above: [
            production
                ? `Never for a pull request; production only from ${o.target.defaultBranch}, whatever branch a manual run picks.`
                : `Never for a pull request: on a push to ${o.target.defaultBranch} or a manual run.`
        ]
    })
        .set('runs-on', 'ubuntu-latest')
        .set('timeout-minutes', 60)
        .set('environment', mapping({ name: environment, url: '${{ steps.deploy.outputs.environment-url }}' }), {
        above: production ? [`Give this environment required reviewers and limit it to the ${o.target.defaultBranch} branch.`] : undefined
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
    // No paths or branches filter on pull_request: a required check that a filter leaves unstarted
    // keeps a pull request waiting forever (PG402).
    const on = new Mapping()
        .set('push', mapping({ branches: new Flow([o.target.defaultBranch]) }))
        .set('pull_request', new Mapping())
        .set('workflow_dispatch', new Mapping());
    const jobs = new Mapping()
        .set(JOBS.validation, validationJob(o))
        .set(JOBS.gates, gatesJob(o), { blank: true })
        .set(JOBS.staging, deployJob(o, 'staging'), { blank: true })
        .set(JOBS.production, deployJob(o, 'production'), { blank: true });
    const root = new Mapping()
        .set('name', 'deploy', {
        above: [
            `Written by \`${o.command}\` (phase-gates ${o.ref.version}): Phase 06 for ${o.profile.title}.`,
            `Pull requests and pushes: ${REQUIRED_JOBS.join(' and ')} (the required checks). Pushes to ${o.target.defaultBranch}`,
            `and manual runs then deploy: staging → smoke test → production → smoke test; rollback on failure.`,
            'Checked by phase-gates validate (workflows-validation) with the settings in .github/phase-gates.yml.'
        ]
    })
        .set('on', on, { blank: true })
        .set('permissions', mapping({ contents: 'read' }), { blank: true })
        .set('jobs', jobs, { blank: true });
    return writeMapping(root);
}

;// CONCATENATED MODULE: ./.build/src/core/init/project.js
/**
 * How the repository's tests run with coverage (internal): what `phase-gates init` writes into the
 * tests step of `gates_enforcer` and into the phase document's Run Commands. The repository
 * decides, not a default: its package.json `test` script and test runner (Jest, Vitest, c8, nyc,
 * `node --test`, mocha, …), a Python project (pytest with pytest-cov, pytest, unittest) or a Go
 * module. Each plan names the coverage file the command writes, which is the file the gates read,
 * and the vulnerability report of its ecosystem (npm audit, else osv-scanner).
 */




/** Where the vulnerability reports go: inside `.phase-gates/`, which init adds to .gitignore. */
const VULN_REPORTS = { npm: '.phase-gates/npm-audit.json', osv: '.phase-gates/osv-scanner.json' };
/** The npm scaffold's script, which only fails. */
const NPM_PLACEHOLDER = /no test specified/;
function read(dir, file) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_.join(dir, file), 'utf8');
    }
    catch {
        return undefined; // absent (or unreadable): the next source decides
    }
}
function setupNode(lockfile) {
    const [uses, version] = usesLine(ACTION_PINS.setupNode).split(' # ');
    return new Mapping()
        .set('name', 'Set up Node.js')
        .set('uses', uses, { trailing: version })
        // npm's cache is keyed on the lockfile; setup-node refuses `cache: npm` without one.
        .set('with', mapping({ 'node-version': TOOL_VERSIONS.node, cache: lockfile ? 'npm' : undefined }));
}
function nodePlan(dir, pkg) {
    const deps = { ...(pkg.dependencies ?? {}), ...(pkg.devDependencies ?? {}) };
    const has = (name) => Object.prototype.hasOwnProperty.call(deps, name);
    const script = typeof pkg.scripts?.test === 'string' ? pkg.scripts.test : '';
    const lockfile = (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'package-lock.json')) || (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'npm-shrinkwrap.json'));
    const notes = [];
    if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'yarn.lock')) || (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'pnpm-lock.yaml'))) {
        notes.push('The repository has a yarn or pnpm lockfile: the written steps use npm; change the install and test commands to your package manager.');
    }
    const base = {
        ecosystem: 'node',
        setup: [setupNode(lockfile)],
        // `npm ci` installs exactly the lockfile; without one, `npm install` writes it (npm audit needs it).
        install: lockfile ? 'npm ci' : 'npm install',
        vulnFile: VULN_REPORTS.npm,
        audit: 'npm',
        coverage: 'coverage/lcov.info',
        evidence: script ? `package.json "test": ${JSON.stringify(script)}` : 'package.json has no "test" script'
    };
    const c8 = has('c8') ? 'npx --no-install c8' : `npx --yes c8@${TOOL_VERSIONS.c8}`;
    const wrapped = `${c8} --reporter=lcov --reporter=text-summary npm test`;
    if (!script || NPM_PLACEHOLDER.test(script)) {
        return {
            ...base,
            runner: 'none',
            test: wrapped,
            notes: [...notes, 'package.json has no test script that runs tests: write one (the tests step runs `npm test` under c8 for coverage).']
        };
    }
    if (/\bjest\b/.test(script)) {
        const dirSetting = typeof pkg.jest?.coverageDirectory === 'string' ? pkg.jest.coverageDirectory.replace(/^<rootDir>\/?/, '').replace(/\/+$/, '') : '';
        return {
            ...base,
            runner: 'jest',
            // Arguments after `--` reach jest through the script.
            test: 'npm test -- --coverage --coverageReporters=lcov --coverageReporters=text-summary',
            coverage: `${dirSetting || 'coverage'}/lcov.info`,
            notes
        };
    }
    if (/\bvitest\b/.test(script)) {
        const once = /\bvitest\s+(?:run\b|[^|&;]*--run\b)/.test(script);
        if (!has('@vitest/coverage-v8') && !has('@vitest/coverage-istanbul')) {
            notes.push('Vitest needs a coverage provider: add @vitest/coverage-v8 at the exact version of vitest (npm install -D -E @vitest/coverage-v8@<vitest version>).');
        }
        return {
            ...base,
            runner: 'vitest',
            test: `npm test -- ${once ? '' : '--run '}--coverage.enabled --coverage.reporter=lcov --coverage.reporter=text-summary`,
            notes
        };
    }
    // The script already measures coverage: keep it, and have the same tool write LCOV from its data.
    if (/\bc8\b/.test(script)) {
        return { ...base, runner: 'c8', test: `npm test\nnpx --no-install c8 report --reporter=lcov --reporter=text-summary`, notes };
    }
    if (/\bnyc\b/.test(script)) {
        return { ...base, runner: 'nyc', test: `npm test\nnpx --no-install nyc report --reporter=lcov --reporter=text-summary`, notes };
    }
    // Runners without coverage of their own (node --test, mocha, ava, tape, …): c8 measures the
    // V8 coverage of every Node process npm test starts.
    const runner = /\bnode\b[^|&;]*\s--test\b/.test(script) ? 'node --test' : /\bmocha\b/.test(script) ? 'mocha' : 'npm test';
    return { ...base, runner, test: wrapped, notes };
}
const PYTHON_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'pytest.ini', 'tox.ini', 'Pipfile'];
const REQUIREMENTS = ['requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'requirements-test.txt', 'test-requirements.txt'];
function pythonPlan(dir) {
    const found = PYTHON_FILES.filter((f) => (0,external_node_fs_.existsSync)(external_node_path_.join(dir, f)));
    const text = [...PYTHON_FILES, ...REQUIREMENTS].map((f) => read(dir, f) ?? '').join('\n');
    const requirements = REQUIREMENTS.filter((f) => (0,external_node_fs_.existsSync)(external_node_path_.join(dir, f)));
    const pyproject = read(dir, 'pyproject.toml') ?? '';
    const installs = ['python -m pip install --upgrade pip'];
    if (requirements.length)
        installs.push(`python -m pip install ${requirements.map((r) => `-r ${r}`).join(' ')}`);
    else if (pyproject || (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'setup.py'))) {
        const extra = /^\s*(test|tests|dev)\s*=\s*\[/m.exec(pyproject)?.[1];
        installs.push(`python -m pip install -e ".${extra ? `[${extra}]` : ''}"`);
    }
    const pytestCov = /pytest[-_]cov/i.test(text);
    // Without a coverage configuration, measure the repository only: coverage.py would otherwise
    // also count code a .pth file runs at start (Debian's _distutils_hack, say).
    const configured = (0,external_node_fs_.existsSync)(external_node_path_.join(dir, '.coveragerc')) || /\[tool\.coverage\./.test(pyproject) || /\[coverage:run\]/.test(`${read(dir, 'setup.cfg') ?? ''}${read(dir, 'tox.ini') ?? ''}`);
    const pytest = pytestCov || /\bpytest\b/i.test(text) || (0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'conftest.py'));
    const declaresPytest = /^\s*["']?pytest\b/im.test(text);
    const version = (0,external_node_fs_.existsSync)(external_node_path_.join(dir, '.python-version')) ? { 'python-version-file': '.python-version' } : { 'python-version': TOOL_VERSIONS.python };
    const [uses, tag] = usesLine(ACTION_PINS.setupPython).split(' # ');
    const cacheable = requirements.includes('requirements.txt') || Boolean(pyproject);
    const setup = new Mapping()
        .set('name', 'Set up Python')
        .set('uses', uses, { trailing: tag })
        .set('with', mapping({ ...version, cache: cacheable ? 'pip' : undefined }));
    const base = { ecosystem: 'python', setup: [setup], coverage: 'coverage.xml', vulnFile: VULN_REPORTS.osv, audit: 'osv', notes: [] };
    const evidence = found.length ? found.join(', ') : 'conftest.py';
    if (pytestCov) {
        return {
            ...base,
            runner: 'pytest (pytest-cov)',
            evidence: `${evidence} (pytest-cov declared)`,
            install: installs.join('\n'),
            test: `python -m pytest ${configured ? '--cov' : '--cov=.'} --cov-report=xml:coverage.xml --cov-report=term`
        };
    }
    const tools = [`coverage==${TOOL_VERSIONS.coverage}`, ...(pytest && !declaresPytest ? [`pytest==${TOOL_VERSIONS.pytest}`] : [])];
    installs.push(`python -m pip install ${tools.join(' ')}`);
    const run = `python -m coverage run${configured ? '' : ' --source=.'} -m ${pytest ? 'pytest' : 'unittest discover'}`;
    return {
        ...base,
        runner: pytest ? 'pytest (coverage.py)' : 'unittest (coverage.py)',
        evidence,
        install: installs.join('\n'),
        test: `${run}\npython -m coverage xml -o coverage.xml\npython -m coverage report`
    };
}
function goPlan() {
    const [uses, tag] = usesLine(ACTION_PINS.setupGo).split(' # ');
    return {
        ecosystem: 'go',
        runner: 'go test',
        evidence: 'go.mod',
        setup: [new Mapping().set('name', 'Set up Go').set('uses', uses, { trailing: tag }).set('with', mapping({ 'go-version-file': 'go.mod' }))],
        test: 'go test -coverprofile=coverage.out ./...',
        coverage: 'coverage.out',
        vulnFile: VULN_REPORTS.osv,
        audit: 'osv',
        notes: []
    };
}
/** The test plan of the repository at `dir`. */
function testPlan(dir) {
    const text = read(dir, 'package.json');
    let pkg;
    if (text !== undefined) {
        try {
            const parsed = JSON.parse(text);
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                pkg = parsed;
        }
        catch {
            pkg = undefined; // not JSON: judged by the other files, and said below when nothing else fits
        }
    }
    const script = typeof pkg?.scripts?.test === 'string' && !NPM_PLACEHOLDER.test(pkg.scripts.test);
    // A package.json with real tests decides; a Go or Python project with a package.json for tooling only does not.
    if (pkg && script)
        return nodePlan(dir, pkg);
    if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'go.mod')))
        return goPlan();
    if ([...PYTHON_FILES, 'conftest.py'].some((f) => (0,external_node_fs_.existsSync)(external_node_path_.join(dir, f))))
        return pythonPlan(dir);
    if (pkg)
        return nodePlan(dir, pkg);
    return {
        ecosystem: 'unknown',
        runner: 'none',
        evidence: text === undefined ? 'no package.json, go.mod or Python project file' : 'package.json is not valid JSON',
        setup: [],
        test: 'echo "::error::write the command that runs the tests with coverage here (and its report in coverage-files)"; exit 1',
        coverage: 'coverage/lcov.info',
        vulnFile: VULN_REPORTS.osv,
        audit: 'osv',
        notes: ['No package.json, go.mod or Python project was found: write the tests step of gates_enforcer (it fails until you do) and the coverage file it writes.']
    };
}
/** The audit as commands (the workflow runs osv-scanner through its action instead). */
function auditCommands(plan) {
    return plan.audit === 'npm'
        ? ['mkdir -p .phase-gates', `npm audit --json > ${plan.vulnFile} || true`]
        : ['mkdir -p .phase-gates', `osv-scanner --format=json --output=${plan.vulnFile} --recursive ./ || true`];
}

;// CONCATENATED MODULE: ./.build/src/core/init/phase.js



/** The seed's gates, as its front matter writes them. */
const SEED_GATES = '{ coverage: ">=80%", perf_p95_ms: "<=500", vulns_critical: 0 }';
/** A shell word: quoted only when it must be. */
function sh(word) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The commands of Run Commands, one a line; `#` lines are comments for the reader. */
function runCommands(o) {
    const { plan } = o;
    const gates = ['phase-gates', 'gates', '--phase-file', INIT_PATHS.phase, '--gates', GATES_OVERRIDE, '--coverage-files', plan.coverage, '--vuln-files', plan.vulnFile];
    return [
        `# Ensure CI checks are required (${o.requiredChecks.join(', ')})`,
        '# Trigger deployment via CI workflow or approved manual run',
        `# Locally, as ${JOBS.gates} runs them, in a checkout with its dependencies installed${plan.install ? ` (${plan.install.split('\n').join('; ')})` : ''}`,
        `# and phase-gates on PATH (npm install -g github:${o.ref.repository}#${o.ref.sha}):`,
        ...plan.test.split('\n'),
        ...auditCommands(plan),
        'phase-gates validate',
        gates.map(sh).join(' ')
    ];
}
/** The text of `docs/phases/06-deployment.md`. */
function phaseDocument(o) {
    const { profile, target, plan } = o;
    const branch = target.defaultBranch;
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
Deploys ${target.name} to ${profile.title} through \`${INIT_PATHS.workflow}\`: on each push to \`${branch}\`, gates, staging, smoke test, production, smoke test, rollback on failure.

## Prerequisites
- UAT sign-off; secrets available in target environment
- GitHub environments \`staging\` and \`production\` with their secrets; \`production\` with required reviewers and limited to \`${branch}\`
- \`${branch}\` requires the status checks ${o.requiredChecks.map((c) => `\`${c}\``).join(' and ')}

## Steps

### Step 1: Pre-Deploy Checks
Action: Confirm CI green, gates met, migrations ready
(on every pull request and push: job \`${JOBS.validation}\` checks the workflows; job \`${JOBS.gates}\` runs the tests with
coverage (${plan.runner}, into \`${plan.coverage}\`), the dependency audit and the gates above; the deploy action then checks
the gates report, freeze windows, staging first, an immutable version, secrets and a rollback path)
Acceptance:
- [ ] All gates green; rollback plan ready

### Step 2: Configure Environment
Action: Provision infra/secrets; update env vars
(the secrets of each GitHub environment; the settings at the top of each deploy job)
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
- Artifacts of each run: \`gates-report\`, \`workflows-validation\`, \`deploy-evidence-staging\`, \`deploy-evidence-production\`

## Failure Modes & Troubleshooting
- Rollout failure → rollback plan; verify secrets and infra quota
- Smoke test flakiness → re-run; check dependencies and feature flags

## Overall Acceptance
- [ ] Deployment completed without critical errors
- [ ] Smoke tests pass
- [ ] Alerts nominal post-deploy
- [ ] Related Phases: 05 (gates input), 07/10 (operations)

Variables
- PROJ=${target.name}
${target.slug ? `- REPOSITORY=${target.slug}\n` : ''}- DEFAULT_BRANCH=${branch}
- PROVIDER=${profile.name}
- COVERAGE=${plan.coverage}

Run Commands
\`\`\`
${runCommands(o).join('\n')}
\`\`\`

Generated/Updated Files
- ${constants/* Defaults */.Hw.DeployLog}
- ${constants/* Defaults */.Hw.SmokeReport}
- ${constants/* Defaults */.Hw.GatesReport}
- ${constants/* Defaults */.Hw.ValidationSarif}

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
;// CONCATENATED MODULE: ./.build/src/core/init/target.js
/**
 * The repository `phase-gates init` writes into (internal): its name, its GitHub `owner/repo` and
 * its default branch, read from its own git checkout and package.json so that the written files
 * name this repository instead of placeholders.
 */


/** package.json's name without its scope; undefined without package.json or a name. */
function packageName(workspace) {
    const name = readPackage(workspace)?.name;
    return typeof name === 'string' && name ? name.replace(/^@[^/]*\//, '') : undefined;
}
/** What init needs to know of the workspace's repository. */
async function readTarget(workspace, git = runGit) {
    // Only a checkout whose top level is the workspace speaks for it (not a parent repository).
    const own = await isCheckoutRoot(git, workspace);
    const slug = own ? githubRepository(await git(workspace, ['remote', 'get-url', 'origin'])) : undefined;
    const originHead = own ? await git(workspace, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']) : undefined;
    let branch = originHead?.replace(/^origin\//, '');
    let branchFrom = 'the HEAD of remote origin';
    if (!branch && own) {
        // No clone of a remote yet: the one of main and master that the repository has.
        const local = [];
        for (const b of ['main', 'master'])
            if (await git(workspace, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}`]))
                local.push(b);
        if (local.length === 1)
            [branch, branchFrom] = [local[0], `the repository's only branch of main and master (no origin/HEAD)`];
    }
    const name = slug?.split('/')[1] ?? packageName(workspace) ?? external_node_path_.basename(external_node_path_.resolve(workspace));
    return {
        name,
        slug,
        defaultBranch: branch || 'main',
        branchFrom: branch ? branchFrom : 'not known from git (no origin/HEAD): main assumed'
    };
}
/** `name` as a lowercase identifier for example settings (`shop`), `app` when nothing is left. */
function appName(name) {
    const clean = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
    return /^[a-z]/.test(clean) ? clean : 'app';
}

// EXTERNAL MODULE: ./.build/src/core/workflows/parse.js + 3 modules
var parse = __webpack_require__(9873);
// EXTERNAL MODULE: ./.build/src/core/workflows/rules/required-checks/required-checks.js
var required_checks = __webpack_require__(9829);
;// CONCATENATED MODULE: ./.build/src/core/init/checks.js
/**
 * The status checks `phase-gates init` asks the user to require (internal), read from the written
 * workflow as GitHub names them, with the same logic as the required-checks rules (PG400–PG402):
 * a job's `name:` (matrix values expanded), else its id. Reading them back from the text, instead
 * of repeating the job ids, keeps the next steps true if a job is ever renamed.
 */



/** The check names the jobs of REQUIRED_JOBS produce in `text`, in that order. */
async function requiredCheckNames(text, file) {
    const parsed = await (0,parse/* parseSource */.PJ)({ path: file, abs: file, kind: 'workflow', text });
    const produced = (0,required_checks/* producedChecks */.QP)({ files: [parsed], local: () => undefined });
    return REQUIRED_JOBS.map((id) => {
        const checks = produced.filter((c) => c.job.id.value === id);
        // Our own workflow: one plain check per job that no pull request can skip.
        if (checks.length !== 1 || checks[0].pattern || checks[0].skip) {
            throw new Error(`internal: job ${id} of the written workflow gives checks ${JSON.stringify(checks.map((c) => c.name))}${checks[0]?.skip ? ' that a pull request can skip' : ''}`);
        }
        return checks[0].name;
    });
}

;// CONCATENATED MODULE: ./.build/src/core/init/gitignore.js
/**
 * The lines `phase-gates init` adds to the repository's `.gitignore` (internal): the files our
 * actions and Run Commands write into a checkout, which are evidence of a run, not source. Only
 * missing lines are appended; a line already there (with or without a leading `/`) is not
 * written again, so running init twice changes nothing.
 */

/** Our outputs: reports, logs, the local deploy ledger and vulnerability reports (`.phase-gates/`). */
const PHASE_GATES_OUTPUTS = [
    constants/* Defaults */.Hw.ValidationSarif,
    constants/* Defaults */.Hw.GatesReport,
    `${constants/* Defaults */.Hw.DeployLog.split('/')[0]}/`,
    `${constants/* Defaults */.Hw.SmokeReport.split('/')[0]}/`,
    '.phase-gates/'
];
const gitignore_HEADER = '# phase-gates: reports and logs its actions and Run Commands write (added by phase-gates init)';
/** The entries to ignore: ours, and the coverage report the tests step writes. */
function ignoreEntries(plan) {
    const coverage = plan.coverage.includes('/') ? `${plan.coverage.split('/')[0]}/` : plan.coverage;
    return [...PHASE_GATES_OUTPUTS, ...(PHASE_GATES_OUTPUTS.includes(coverage) ? [] : [coverage])];
}
/**
 * The new text of `.gitignore` (`current` undefined when there is none), or undefined when every
 * entry is already there.
 */
function mergeGitignore(current, entries) {
    const present = new Set((current ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.replace(/^\//, '')));
    const missing = entries.filter((e) => !present.has(e) && !present.has(e.replace(/\/$/, '')));
    if (!missing.length)
        return undefined;
    const base = current ?? '';
    const eol = base.includes('\r\n') ? '\r\n' : '\n';
    const lead = base === '' ? '' : base.endsWith('\n') ? eol : eol + eol;
    // A blank line between the user's entries and ours.
    return `${base}${lead}${[gitignore_HEADER, ...missing].join(eol)}${eol}`;
}

;// CONCATENATED MODULE: ./.build/src/core/commands/init.js
/**
 * `phase-gates init --provider P`: writes a workflow (on pull requests: workflows_validation and
 * gates_enforcer, the required checks; on pushes to the default branch: staging then production,
 * with smoke tests and rollback), the Phase 06 document and the workflows-validation settings into
 * the workspace, adds our output files to its .gitignore, plus `deploy.sh` / `rollback.sh`
 * skeletons for provider `command`. What it writes fits the repository: its test runner, its name
 * and default branch. Every target is checked before anything is written: an existing file is
 * refused without `force`, and nothing is written then. Files are written atomically.
 */


















/** Files a provider writes besides the shared ones, with the text init writes into them. */
function providerFiles(name) {
    if (name !== 'command')
        return [];
    return [
        { path: INIT_PATHS.deployScript, content: deployScript(), executable: true, onlyIfAbsent: true, what: 'deploy script skeleton: fill it in' },
        { path: INIT_PATHS.rollbackScript, content: rollbackScript(), executable: true, onlyIfAbsent: true, what: 'rollback script skeleton: fill it in' }
    ];
}
/** The provider an existing workflow was written for, from its header or its deploy step. */
function writtenFor(workflow) {
    const name = /^# Written by `phase-gates init --provider ([a-z0-9-]+)`/m.exec(workflow)?.[1] ?? /^\s+provider: ([a-z0-9-]+)\s*$/m.exec(workflow)?.[1];
    return name && provider/* PROVIDERS */.x.includes(name) ? name : undefined;
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
function nextSteps({ p, ref, target, plan, requiredChecks }) {
    const settings = (list) => list.map((s) => `     - ${s.name}: ${s.what}`);
    const branch = target.defaultBranch;
    const steps = [];
    let n = 1;
    steps.push(`${n++}. Create the GitHub environments \`staging\` and \`production\` (Settings → Environments). Give \`production\``, `   required reviewers and limit its deployment branches to \`${branch}\`: deploy's Approvals check refuses`, `   production until it has both.`);
    if (p.secrets.length)
        steps.push(`${n++}. In each environment, create the secrets (each environment its own values):`, ...settings(p.secrets));
    steps.push(`${n++}. Edit the settings at the top of each deploy job of ${INIT_PATHS.workflow} (env:, example values):`, ...settings([URL_SETTING, ...p.settings]));
    if (p.oidc) {
        const repo = target.slug ?? 'OWNER/REPO';
        steps.push(`${n++}. Trust GitHub OIDC for this repository's environments only (subjects repo:${repo}:environment:staging`, `   and repo:${repo}:environment:production), with the least privileges the deploy needs.`);
    }
    if (p.name === 'command')
        steps.push(`${n++}. Fill in ${INIT_PATHS.deployScript} and ${INIT_PATHS.rollbackScript}: they fail until you do.`);
    if (p.name !== 'command' && p.name !== 'vercel')
        steps.push(`${n++}. Have your build push the image IMAGE:<commit sha> before this workflow deploys it.`);
    steps.push(`${n++}. The tests step of ${JOBS.gates} runs ${plan.runner === 'none' ? 'no tests yet' : plan.runner} (${plan.evidence}) and the gates read ${plan.coverage}:`);
    steps.push(...plan.test.split('\n').map((l) => `     ${l}`));
    for (const note of plan.notes)
        steps.push(`   ${note}`);
    steps.push(`${n++}. Protect ${branch} (Settings → Branches or Rules) and require these status checks, which the workflow runs on`, `   every pull request: ${requiredChecks.join(', ')}`, `${n++}. Keep a CHANGELOG.md (Keep a Changelog) with an entry for each release tag: production refuses a tagged`, `   version without one (require-changelog). Staging rehearses each release's rollback, which production requires.`, `${n++}. Run \`phase-gates validate\`, then commit the files.`);
    if (!ref.release) {
        steps.push(`   Our actions are pinned to ${ref.repository}@${ref.sha}, which is not a release tag: prefer --ref ${ref.repository}@<sha of a release tag>.`);
    }
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
    const target = await readTarget(workspace, deps.ref.git);
    const plan = testPlan(workspace);
    const workflow = deployWorkflow({ profile: p, ref, app: appName(target.name), plan, target, command: `phase-gates init --provider ${p.name}` });
    const requiredChecks = await requiredCheckNames(workflow, INIT_PATHS.workflow);
    const targets = [
        { path: INIT_PATHS.workflow, content: workflow, what: `the workflow: ${JOBS.validation} and ${JOBS.gates} on pull requests; ${JOBS.staging} → ${JOBS.production} on ${target.defaultBranch}` },
        { path: INIT_PATHS.phase, content: phaseDocument({ profile: p, plan, target, ref, requiredChecks }), what: 'the Phase 06 document, its gates and Run Commands' },
        { path: INIT_PATHS.config, content: validationConfig(), what: 'workflows-validation settings' },
        ...providerFiles(p.name)
    ];
    // Every target first: nothing is written unless all of them can be.
    const plans = [];
    const conflicts = [];
    for (const t of targets) {
        const abs = (0,core_files/* resolveInWorkspace */.z1)(workspace, t.path, 'workspace');
        const kind = await existing(abs, t.path);
        if (kind === 'directory')
            throw new errors/* UserError */.y('is a directory; nothing written', { file: t.path });
        if (kind && !t.onlyIfAbsent)
            conflicts.push(t.path);
        plans.push({ target: t, abs, exists: kind !== undefined });
    }
    if (conflicts.length && !force) {
        const [first, ...rest] = conflicts;
        throw new errors/* UserError */.y(`already exists${rest.length ? ` (and ${rest.join(', ')})` : ''}; nothing written`, {
            file: first,
            hint: 'use --force to overwrite'
        });
    }
    const gitignoreAbs = (0,core_files/* resolveInWorkspace */.z1)(workspace, INIT_PATHS.gitignore, 'workspace');
    const gitignoreKind = await existing(gitignoreAbs, INIT_PATHS.gitignore);
    if (gitignoreKind === 'directory')
        throw new errors/* UserError */.y('is a directory; nothing written', { file: INIT_PATHS.gitignore });
    const gitignoreBefore = gitignoreKind ? await external_node_fs_.promises.readFile(gitignoreAbs, 'utf8') : undefined;
    const gitignoreAfter = mergeGitignore(gitignoreBefore, ignoreEntries(plan));
    // Switching providers: what the previous one wrote and this one does not write goes, if it is
    // still what init wrote; a script the user has edited is theirs, and stays.
    const removals = [];
    const workflowPlan = plans[0];
    const previous = workflowPlan.exists ? writtenFor(await external_node_fs_.promises.readFile(workflowPlan.abs, 'utf8')) : undefined;
    if (previous && previous !== p.name) {
        const now = new Set(targets.map((t) => t.path));
        for (const old of providerFiles(previous).filter((t) => !now.has(t.path))) {
            const abs = (0,core_files/* resolveInWorkspace */.z1)(workspace, old.path, 'workspace');
            if ((await existing(abs, old.path)) !== 'file')
                continue;
            const unchanged = (await external_node_fs_.promises.readFile(abs, 'utf8')) === old.content;
            removals.push({
                abs: unchanged ? abs : '',
                file: unchanged
                    ? { path: old.path, status: 'removed', what: `written for provider ${previous}, unused by ${p.name}` }
                    : { path: old.path, status: 'kept', what: `edited since init wrote it for provider ${previous}; unused by ${p.name}: remove it yourself` }
            });
        }
    }
    const files = [];
    for (const { target: t, abs, exists } of plans) {
        if (exists && t.onlyIfAbsent) {
            files.push({ path: t.path, status: 'kept', what: 'already there, left as it is' });
            continue;
        }
        await (0,core_files/* writeFileAtomic */.Zf)(abs, t.content, t.executable ? 0o755 : 0o644);
        files.push({ path: t.path, status: exists ? 'overwritten' : 'written', what: t.what });
    }
    if (gitignoreAfter !== undefined)
        await (0,core_files/* writeFileAtomic */.Zf)(gitignoreAbs, gitignoreAfter, 0o644);
    files.push({
        path: INIT_PATHS.gitignore,
        status: gitignoreAfter === undefined ? 'kept' : gitignoreBefore === undefined ? 'written' : 'updated',
        what: gitignoreAfter === undefined ? 'already ignores the files phase-gates writes' : 'ignores the files phase-gates writes'
    });
    for (const r of removals) {
        if (r.abs)
            await external_node_fs_.promises.rm(r.abs);
        files.push(r.file);
    }
    const width = Math.max(...files.map((f) => f.path.length));
    const lines = [
        `phase-gates init --provider ${p.name} (${p.title}), in ${workspace}:`,
        ...files.map((f) => `  ${f.status.padEnd(11)} ${f.path.padEnd(width)}  ${f.what}`),
        '',
        `Repository: ${target.slug ?? target.name}; deploys from ${target.defaultBranch} (${target.branchFrom}).`,
        `Tests: ${plan.runner === 'none' ? 'none found' : plan.runner} (${plan.evidence}), coverage in ${plan.coverage}.`,
        `Production strategy: ${p.productionStrategy}.`,
        `Our actions: ${ref.repository}@${ref.sha} # ${ref.version}, from ${ref.from}.`,
        '',
        'Next steps:',
        ...nextSteps({ p, ref, target, plan, requiredChecks })
    ];
    await host.appendSummary(lines.join('\n'));
    host.setOutput('files', files.filter((f) => f.status !== 'kept').map((f) => f.path).join(','));
    return { ok: true, files, ref, target, plan, requiredChecks };
}


/***/ }),

/***/ 1518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/** Names of the `provider` input. */
const PROVIDERS = ['command', 'kubernetes', 'aws-ecs', 'azure-webapp', 'gcp-cloudrun', 'vercel'];


/***/ })

};
