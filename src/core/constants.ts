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
  Token: 'token'
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
  SmokeReport: 'post-deploy/smoke-report.json'
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
  Samples: 'samples',
  Concurrency: 'concurrency',
  P95Ms: 'p95-ms',
  MaxErrorRate: 'max-error-rate',
  MonitorSeconds: 'monitor-seconds',
  ReportPath: 'report-path',
  DeploymentId: 'deployment-id',
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
  Mode: 'mode',
  Provider: 'provider',
  ProviderOptions: 'provider-options',
  Version: 'version',
  Run: 'run',
  RollbackRun: 'rollback-run',
  MigrateRun: 'migrate-run',
  Strategy: 'strategy',
  CanarySteps: 'canary-steps',
  VerifyChecks: 'verify-checks',
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
  LogPath: 'log-path'
} as const;

/** The local deployments ledger of deploy, used without a token (inside the workspace). */
export const DEPLOY_LEDGER_DEFAULT = '.phase-gates/deployments.jsonl';
