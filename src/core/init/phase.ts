/**
 * The phase document `phase-gates init` writes (internal): the seed's Phase 06 (SPEC,
 * `reference/phase-06-deployment.md`), with the same YAML front matter and gates, its steps
 * pointing at the workflow written beside it.
 */
import type { ProviderProfile } from './providers.js';
import { INIT_PATHS, JOBS } from './workflow.js';
import { Defaults } from '../constants.js';

/** The seed's gates, as its front matter writes them. */
export const SEED_GATES = '{ coverage: ">=80%", perf_p95_ms: "<=500", vulns_critical: 0 }';

/** The text of `docs/phases/06-deployment.md`. */
export function phaseDocument(profile: ProviderProfile): string {
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
- ${Defaults.DeployLog}
- ${Defaults.SmokeReport}

Gate to Phase 07
- [ ] CI jobs green on base branch
- [ ] Deployment completed without critical errors
- [ ] Smoke tests pass; alerts nominal
`;
}
