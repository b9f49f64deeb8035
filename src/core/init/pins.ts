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

/** A pinned action: `uses: <action>@<sha> # <version>`. */
export interface ActionPin {
  action: string;
  sha: string;
  version: string;
  /** Where the SHA ↔ version pair was confirmed. */
  source: string;
}

/** The pins, by action. */
export const ACTION_PINS = {
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
} as const satisfies Record<string, ActionPin>;

/** Versions of tools the workflow installs; never `latest`, so that a run is repeatable. */
export const TOOL_VERSIONS = {
  /** Node.js for the tests and the vercel CLI. */
  node: '20',
  /** kubectl installed by azure/setup-kubectl. */
  kubectl: 'v1.31.0',
  /** The Cloud SDK installed by google-github-actions/setup-gcloud. */
  gcloud: '502.0.0',
  /** The vercel CLI, from npm. */
  vercel: '64.0.2'
} as const;

/** `owner/repo@sha # version`, the value and comment of a `uses:` line. */
export function usesLine(pin: ActionPin): string {
  return `${pin.action}@${pin.sha} # ${pin.version}`;
}
