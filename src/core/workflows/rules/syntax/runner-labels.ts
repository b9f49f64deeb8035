/**
 * Runner labels (PG140): GitHub-hosted labels as of December 2026 (GitHub's docs "GitHub-hosted
 * runners" and actionlint's rule_runner_label.go at 011a6d1), the preset labels of self-hosted
 * runners, and the labels GitHub retired.
 */

export const GITHUB_HOSTED = [
  'ubuntu-latest',
  'ubuntu-slim',
  'ubuntu-26.04',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-26.04-arm',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'ubuntu-latest-4-cores',
  'ubuntu-latest-8-cores',
  'ubuntu-latest-16-cores',
  'windows-latest',
  'windows-2025',
  'windows-2025-vs2026',
  'windows-2022',
  'windows-11-arm',
  'windows-latest-8-cores',
  'macos-latest',
  'macos-latest-large',
  'macos-latest-xlarge',
  'macos-26',
  'macos-26-intel',
  'macos-26-large',
  'macos-26-xlarge',
  'macos-15',
  'macos-15-intel',
  'macos-15-large',
  'macos-15-xlarge',
  'macos-14',
  'macos-14-large',
  'macos-14-xlarge'
];

/** Labels every self-hosted runner has (https://docs.github.com/en/actions/how-tos/manage-runners/self-hosted-runners/use-in-a-workflow). */
export const SELF_HOSTED_PRESETS = ['self-hosted', 'linux', 'macos', 'windows', 'x64', 'arm', 'arm64'];

/** GitHub-hosted labels GitHub retired (a job on one never starts), with a current replacement. */
export const RETIRED: Record<string, string> = {
  'ubuntu-16.04': 'ubuntu-24.04',
  'ubuntu-18.04': 'ubuntu-24.04',
  'ubuntu-20.04': 'ubuntu-24.04',
  'macos-10.15': 'macos-15',
  'macos-11': 'macos-15',
  'macos-12': 'macos-15',
  'macos-13': 'macos-15-intel',
  'macos-13-large': 'macos-15-large',
  'macos-13-xlarge': 'macos-15-xlarge',
  'windows-2016': 'windows-2025',
  'windows-2019': 'windows-2025'
};

/**
 * Label prefixes of third-party runner services, as their docs name their runners: Blacksmith
 * (`blacksmith-4vcpu-ubuntu-2404`), Depot (`depot-ubuntu-24.04-4`), Namespace
 * (`namespace-profile-…`, `nscloud-…`), BuildJet (`buildjet-2vcpu-ubuntu-2204`), Ubicloud
 * (`ubicloud-standard-2`), WarpBuild (`warp-ubuntu-latest-x64-2x`), RunsOn (`runs-on=…`), Cirun
 * (`cirun-…`), CodSpeed (`codspeed-macro`), actuated (`actuated-…`). Found in pnpm, uv, k6 and cosign.
 */
export const THIRD_PARTY_PREFIXES = ['blacksmith', 'depot-', 'namespace-profile-', 'nscloud-', 'buildjet-', 'ubicloud', 'warp-', 'runs-on=', 'runs-on/', 'cirun-', 'codspeed-', 'actuated-'];

/** A label glob of the config (`linux-arm64-*`) as a regular expression; case-insensitive. */
export function labelPattern(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
}
