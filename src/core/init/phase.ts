/**
 * The phase document `phase-gates init` writes (internal): the seed's Phase 06 (SPEC,
 * `reference/phase-06-deployment.md`), with the same YAML front matter and gates, filled in for
 * the repository: its name and default branch, the provider, the checks to require, and Run
 * Commands that work as written in a checkout of it (the tests with coverage as the workflow runs
 * them, the audit, then our validation and gates on the same files).
 */
import type { ProviderProfile } from './providers.js';
import type { ActionsRef } from './ref.js';
import type { TargetRepository } from './target.js';
import { auditCommands, type TestPlan } from './project.js';
import { GATES_OVERRIDE, INIT_PATHS, JOBS } from './workflow.js';
import { Defaults } from '../constants.js';

/** The seed's gates, as its front matter writes them. */
export const SEED_GATES = '{ coverage: ">=80%", perf_p95_ms: "<=500", vulns_critical: 0 }';

export interface PhaseOptions {
  profile: ProviderProfile;
  plan: TestPlan;
  target: TargetRepository;
  ref: ActionsRef;
  /** The check names the default branch should require, as GitHub shows them. */
  requiredChecks: readonly string[];
}

/** A shell word: quoted only when it must be. */
function sh(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The commands of Run Commands, one a line; `#` lines are comments for the reader. */
export function runCommands(o: PhaseOptions): string[] {
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
export function phaseDocument(o: PhaseOptions): string {
  const { profile, target, plan } = o;
  const branch = target.defaultBranch;
  return `---
title: "Phase 06: Deployment"
phase: 6
triggers: ["phase-06","deploy","release","production"]
scope: "project-rules"
inputs: ["UAT-approved build","Gates satisfied from Phase 05"]
outputs: ["Deployed environment","Post-deploy report"]
artifacts: ["${Defaults.DeployLog}","${Defaults.SmokeReport}"]
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
- ${Defaults.DeployLog}
- ${Defaults.SmokeReport}
- ${Defaults.GatesReport}
- ${Defaults.ValidationSarif}

Gate to Phase 07
- [ ] CI jobs green on base branch
- [ ] Deployment completed without critical errors
- [ ] Smoke tests pass; alerts nominal
`;
}
