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
  GatesReport: 'gates-report.json'
} as const;

export const GATES_REPORT_SCHEMA = 'phase-gates/gates-report@1';
