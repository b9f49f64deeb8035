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

/** A pinned action: `uses: <action>@<sha> # <version>`. */
export interface ActionPin {
  action: string;
  sha: string;
  version: string;
  /** Where the SHA ↔ version pair was confirmed. */
  source: string;
}

const MIRROR = (repo: string, tag: string, using: string) =>
  `git mirror of github.com/${repo}: ${tag} is its newest tag; rev-parse ${tag}^{commit}; action.yml at ${tag} runs ${using}`;

/** The pins, by action. */
export const ACTION_PINS = {
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
} as const satisfies Record<string, ActionPin>;

/** Versions of tools the workflow installs; never `latest`, so that a run is repeatable. */
export const TOOL_VERSIONS = {
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
} as const;

/** `owner/repo@sha # version`, the value and comment of a `uses:` line. */
export function usesLine(pin: ActionPin): string {
  return `${pin.action}@${pin.sha} # ${pin.version}`;
}
