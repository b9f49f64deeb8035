/** Input and output names, once. Each notes the actions that use it. */

/** Inputs of gates-enforcer (and the root action). */
export const GatesInputs = {
  PhaseFile: 'phase-file',
  Gates: 'gates',
  CoverageFiles: 'coverage-files',
  PerfFiles: 'perf-files',
  VulnFiles: 'vuln-files',
  GithubAlerts: 'github-alerts',
  SmokeReport: 'smoke-report',
  Metrics: 'metrics',
  FailOnMissing: 'fail-on-missing',
  Fail: 'fail',
  CheckName: 'check-name',
  ReportPath: 'report-path',
  Token: 'token',
  BaseRef: 'base-ref',
  BaseReport: 'base-report',
  BaseArtifact: 'base-artifact',
  Comment: 'comment',
  AnalysisReport: 'analysis-report'
} as const;

/** Outputs of gates-enforcer. */
export const GatesOutputs = {
  Passed: 'passed',
  FailedGates: 'failed-gates',
  Report: 'report',
  ReportPath: 'report-path'
} as const;

/** Default artifact paths (SPEC, "Artifacts"). */
export const Defaults = {
  GatesReport: 'gates-report.json',
  ValidationSarif: 'workflows-validation.sarif',
  DeployLog: 'ci/deploy-logs.txt',
  SmokeReport: 'post-deploy/smoke-report.json',
  /** The artifact whose gates report of the base branch relative gates compare with. */
  BaseArtifact: 'gates-report'
} as const;

export const GATES_REPORT_SCHEMA = 'phase-gates/gates-report@1';

/** Inputs of workflows-validation. */
export const ValidationInputs = {
  Paths: 'paths',
  RequiredChecks: 'required-checks',
  BaseBranch: 'base-branch',
  Config: 'config',
  FailOn: 'fail-on',
  SarifPath: 'sarif-path',
  Token: 'token'
} as const;

/** Outputs of workflows-validation. */
export const ValidationOutputs = {
  Valid: 'valid',
  ErrorCount: 'error-count',
  WarningCount: 'warning-count',
  SarifPath: 'sarif-path',
  Report: 'report'
} as const;

/** Inputs of smoke-test (and the root action). */
export const SmokeInputs = {
  Url: 'url',
  Checks: 'checks',
  WaitForReady: 'wait-for-ready',
  Retries: 'retries',
  RetryDelayMs: 'retry-delay-ms',
  TimeoutMs: 'timeout-ms',
  FollowRedirects: 'follow-redirects',
  Samples: 'samples',
  Concurrency: 'concurrency',
  P95Ms: 'p95-ms',
  MaxErrorRate: 'max-error-rate',
  MonitorSeconds: 'monitor-seconds',
  ReportPath: 'report-path',
  DeploymentId: 'deployment-id',
  Analysis: 'analysis',
  AnalysisArgs: 'analysis-args',
  OnInconclusive: 'on-inconclusive',
  AnalysisReportPath: 'analysis-report-path',
  LogPath: 'log-path',
  Token: 'token'
} as const;

/** Outputs of smoke-test. */
export const SmokeOutputs = {
  Passed: 'passed',
  ReportPath: 'report-path',
  P95Ms: 'p95-ms',
  ErrorRate: 'error-rate',
  FailedChecks: 'failed-checks'
} as const;

export const SMOKE_REPORT_SCHEMA = 'phase-gates/smoke-report@1';

/** Inputs of deploy (and the root action). */
export const DeployInputs = {
  Environment: 'environment',
  Production: 'production',
  Mode: 'mode',
  Provider: 'provider',
  ProviderOptions: 'provider-options',
  Version: 'version',
  Run: 'run',
  RollbackRun: 'rollback-run',
  MigrateRun: 'migrate-run',
  // The release checklist (issue 18): each a pre-deploy check.
  RequireCiGreen: 'require-ci-green',
  CiWaitMinutes: 'ci-wait-minutes',
  RequireApproval: 'require-approval',
  VerifyAttestation: 'verify-attestation',
  AttestationBundle: 'attestation-bundle',
  AttestationTrustedRoot: 'attestation-trusted-root',
  AttestationSigner: 'attestation-signer',
  AttestationKey: 'attestation-key',
  AttestationRepository: 'attestation-repository',
  RehearseRollback: 'rehearse-rollback',
  MigrateCheck: 'migrate-check',
  MigrateDatabaseUrl: 'migrate-database-url',
  MigrateAllow: 'migrate-allow',
  ExpandContract: 'expand-contract',
  Changelog: 'changelog',
  RequireChangelog: 'require-changelog',
  Strategy: 'strategy',
  CanarySteps: 'canary-steps',
  VerifyChecks: 'verify-checks',
  Analysis: 'analysis',
  AnalysisArgs: 'analysis-args',
  OnInconclusive: 'on-inconclusive',
  AnalysisReportPath: 'analysis-report-path',
  GatesReport: 'gates-report',
  RequireGates: 'require-gates',
  StagingEnvironment: 'staging-environment',
  RequireStaging: 'require-staging',
  FreezeWindows: 'freeze-windows',
  Timezone: 'timezone',
  FreezeOverride: 'freeze-override',
  RequiredSecrets: 'required-secrets',
  Region: 'region',
  AllowedRegions: 'allowed-regions',
  EnvironmentUrl: 'environment-url',
  TimeoutMinutes: 'timeout-minutes',
  LockStaleMinutes: 'lock-stale-minutes',
  DryRun: 'dry-run',
  LogPath: 'log-path',
  LedgerPath: 'ledger-path',
  Token: 'token'
} as const;

/** Outputs of deploy. */
export const DeployOutputs = {
  DeploymentId: 'deployment-id',
  EnvironmentUrl: 'environment-url',
  Version: 'version',
  PreviousVersion: 'previous-version',
  Status: 'status',
  RollbackPerformed: 'rollback-performed',
  RollbackSkipped: 'rollback-skipped',
  LogPath: 'log-path',
  FailedChecks: 'failed-checks'
} as const;

/** The local deployments ledger of deploy, used without a token (inside the workspace). */
export const DEPLOY_LEDGER_DEFAULT = '.phase-gates/deployments.jsonl';

/**
 * Inputs of the root action (action.yml: gates → deploy → smoke-test → rollback → Phase 07 gate).
 * Each keeps the name its action gives it; where two actions share a name with different
 * meanings, the plain name keeps the gates-enforcer meaning and the other is prefixed
 * (`smoke-report-path` is smoke-test's `report-path`). `token` is shared by every stage. Not
 * inputs, because the chain wires them: deploy's `mode`, `gates-report` and `require-gates`,
 * smoke-test's `deployment-id` and `log-path` (deploy's audit log), and the Phase 07 gate's
 * `analysis-report`.
 */
export const PipelineInputs = {
  // gates-enforcer (Phase 05 → 06)
  PhaseFile: 'phase-file',
  Gates: 'gates',
  CoverageFiles: 'coverage-files',
  PerfFiles: 'perf-files',
  VulnFiles: 'vuln-files',
  GithubAlerts: 'github-alerts',
  SmokeReport: 'smoke-report',
  Metrics: 'metrics',
  FailOnMissing: 'fail-on-missing',
  Fail: 'fail',
  CheckName: 'check-name',
  BaseRef: 'base-ref',
  BaseReport: 'base-report',
  BaseArtifact: 'base-artifact',
  Comment: 'comment',
  ReportPath: 'report-path',
  // deploy
  Environment: 'environment',
  Production: 'production',
  Provider: 'provider',
  ProviderOptions: 'provider-options',
  Version: 'version',
  Run: 'run',
  RollbackRun: 'rollback-run',
  MigrateRun: 'migrate-run',
  RequireCiGreen: 'require-ci-green',
  CiWaitMinutes: 'ci-wait-minutes',
  RequireApproval: 'require-approval',
  VerifyAttestation: 'verify-attestation',
  AttestationBundle: 'attestation-bundle',
  AttestationTrustedRoot: 'attestation-trusted-root',
  AttestationSigner: 'attestation-signer',
  AttestationKey: 'attestation-key',
  AttestationRepository: 'attestation-repository',
  RehearseRollback: 'rehearse-rollback',
  MigrateCheck: 'migrate-check',
  MigrateDatabaseUrl: 'migrate-database-url',
  MigrateAllow: 'migrate-allow',
  ExpandContract: 'expand-contract',
  Changelog: 'changelog',
  RequireChangelog: 'require-changelog',
  Strategy: 'strategy',
  CanarySteps: 'canary-steps',
  VerifyChecks: 'verify-checks',
  // analysis (deploy between canary steps and after a blue-green switch; smoke-test's bake)
  Analysis: 'analysis',
  AnalysisArgs: 'analysis-args',
  OnInconclusive: 'on-inconclusive',
  AnalysisReportPath: 'analysis-report-path',
  StagingEnvironment: 'staging-environment',
  RequireStaging: 'require-staging',
  FreezeWindows: 'freeze-windows',
  Timezone: 'timezone',
  FreezeOverride: 'freeze-override',
  RequiredSecrets: 'required-secrets',
  Region: 'region',
  AllowedRegions: 'allowed-regions',
  EnvironmentUrl: 'environment-url',
  TimeoutMinutes: 'timeout-minutes',
  LockStaleMinutes: 'lock-stale-minutes',
  DryRun: 'dry-run',
  LogPath: 'log-path',
  LedgerPath: 'ledger-path',
  // smoke-test
  Url: 'url',
  Checks: 'checks',
  WaitForReady: 'wait-for-ready',
  Retries: 'retries',
  RetryDelayMs: 'retry-delay-ms',
  TimeoutMs: 'timeout-ms',
  FollowRedirects: 'follow-redirects',
  Samples: 'samples',
  Concurrency: 'concurrency',
  P95Ms: 'p95-ms',
  MaxErrorRate: 'max-error-rate',
  MonitorSeconds: 'monitor-seconds',
  SmokeReportPath: 'smoke-report-path',
  // the Phase 07 gate
  Phase07Gates: 'phase-07-gates',
  Phase07ReportPath: 'phase-07-report-path',
  // every stage
  Token: 'token'
} as const;

/** Outputs of the root action: each stage's, named after the stage where the plain name is taken. */
export const PipelineOutputs = {
  // gates-enforcer (Phase 05 → 06)
  GatesPassed: 'gates-passed',
  FailedGates: 'failed-gates',
  Report: 'report',
  ReportPath: 'report-path',
  // deploy (and the rollback after a failed smoke test)
  DeploymentId: 'deployment-id',
  EnvironmentUrl: 'environment-url',
  Version: 'version',
  PreviousVersion: 'previous-version',
  DeployStatus: 'deploy-status',
  RollbackPerformed: 'rollback-performed',
  RollbackSkipped: 'rollback-skipped',
  LogPath: 'log-path',
  DeployFailedChecks: 'deploy-failed-checks',
  // smoke-test
  SmokePassed: 'smoke-passed',
  SmokeReportPath: 'smoke-report-path',
  P95Ms: 'p95-ms',
  ErrorRate: 'error-rate',
  FailedChecks: 'failed-checks',
  // the Phase 07 gate
  Phase07Passed: 'phase-07-passed',
  Phase07FailedGates: 'phase-07-failed-gates',
  Phase07Report: 'phase-07-report',
  Phase07ReportPath: 'phase-07-report-path',
  // the whole chain
  Passed: 'passed',
  FailedStage: 'failed-stage'
} as const;

/** Where the root action writes the Phase 07 gates report (beside the smoke report; Phase 05's stays gates-report.json). */
export const PHASE_07_REPORT_DEFAULT = 'post-deploy/gates-report.json';
