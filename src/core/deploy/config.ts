/**
 * The inputs of deploy, read and validated all at once before anything else happens: every bad
 * value is reported together, each naming its input, and nothing is created or run.
 */
import { parse as parseYaml } from 'yaml';
import { checkYamlBounds, YAML_BOUNDS } from '../yaml-bounds.js';
import type { Host } from '../host.js';
import { UserError, collecting } from '../errors.js';
import { DeployInputs as I, Defaults, DEPLOY_LEDGER_DEFAULT } from '../constants.js';
import { input, booleanInput } from '../inputs.js';
import { resolveInWorkspace, resolveOutputInWorkspace, splitList } from '../files.js';
import { DEFAULT_FREEZE, checkTimeZone, parseFreezeWindows, type FreezeWindow } from './freeze.js';
import { assertVersionSyntax } from './version.js';
import { findOnPath, parseScript, type Script } from './script.js';
import { createStrategy, parseCanarySteps, type Strategy } from './strategy.js';
import { PROVIDERS, type Provider, type ProviderName } from './provider.js';
import { CommandProvider, commandOptions } from './command-provider.js';
import { createProvider, strategyRefusal } from './providers/index.js';
import { readAttestationConfig, type AttestationConfig } from './attestation.js';
import { readAnalysisConfig, EMBEDDED_DEFAULTS, type AnalysisConfig } from '../analysis/release.js';
import { readMigrationsConfig, type MigrationsConfig } from './migrations/index.js';
import { APPROVAL_REQUIREMENTS, type ApprovalRequirement } from '../github/environment-protection.js';


/** Everything deploy was asked to do. */
export interface DeployConfig {
  environment: string;
  mode: 'deploy' | 'rollback';
  providerName: ProviderName;
  provider: Provider;
  providerOptions: Record<string, unknown>;
  /** The version asked for (deploy mode); rollback mode takes it from the history. */
  version: string;
  run?: Script;
  rollbackRun?: Script;
  migrateRun?: Script;
  /** `migrate-check` with migrate-database-url, migrate-allow and expand-contract: the migrations rehearsed before the deploy. */
  migrations?: MigrationsConfig;
  strategy: Strategy;
  /** `verify-checks` as given (a YAML list or a file path); loaded by the command. */
  verifyChecks: string;
  /** `analysis` (with analysis-args, on-inconclusive, analysis-report-path): judged between canary steps and after a blue-green switch. */
  analysis?: AnalysisConfig;
  gatesReport: string;
  /** verify-attestation and its inputs (the `attestation` check); undefined when not asked. */
  attestation?: AttestationConfig;
  requireGates: boolean;
  stagingEnvironment: string;
  requireStaging: boolean;
  /**
   * `rehearse-rollback`: `true` rehearses the rollback in the staging environment; `required`
   * refuses a version whose rollback was not rehearsed there. `defaulted`: not given (production's
   * `required` then applies only once the staging environment has a deployment).
   */
  rehearseRollback: { mode: 'true' | 'false' | 'required'; defaulted: boolean };
  production: boolean;
  freezeWindows: FreezeWindow[];
  freezeText: string;
  /** Whether freeze-windows was given, or is the default of this environment. */
  freezeDefault: boolean;
  timezone: string;
  freezeOverride: string;
  /** `changelog` as given (shown in details) and resolved in the workspace; it may not exist. */
  changelog: string;
  changelogFile: string;
  /** `require-changelog`: the version has a change log entry or a GitHub release (default: production). */
  requireChangelog: boolean;
  requiredSecrets: string[];
  region: string;
  allowedRegions: string[];
  environmentUrl: string;
  timeoutMs: number;
  /** How old the last status of a deployment in progress may be before it stops blocking (lock-stale-minutes). */
  lockStaleMs: number;
  dryRun: boolean;
  /** Absolute paths inside the workspace. */
  logFile: string;
  ledgerFile: string;
  token: string;
  sha: string;
  /** `require-ci-green`: the deployed commit's check runs and statuses are green (default true). */
  requireCiGreen: boolean;
  /** `ci-wait-minutes`, in ms: how long pending checks are waited for. */
  ciWaitMs: number;
  /** `require-approval`: `reviewers` for production environments by default, `false` elsewhere. */
  requireApproval: ApprovalRequirement;
}

/** Whether an environment name means production (`production`, `prod`, `production-eu`, …). */
export function isProduction(environment: string): boolean {
  return /^prod(uction)?([-_/.].*)?$/i.test(environment);
}

/** Reads and checks every input; throws one UserError carrying all problems found. */
export function readDeployConfig(host: Host): DeployConfig {
  const errors: UserError[] = [];
  const attempt = collecting(errors);
  const ws = host.workspace;

  const environment = attempt(() => {
    const v = input(host, I.Environment);
    if (!v) throw new UserError('required and not supplied', { input: I.Environment, hint: 'e.g. staging or production' });
    // GitHub takes up to 255 characters; ours are letters, digits, `_ . - /` and inner spaces, and
    // no part between slashes is empty, `.` or `..` (a name is never a path out of anywhere).
    if (!/^[\w.\-/ ]{1,255}$/.test(v) || v !== v.trim() || v.split('/').some((part) => part === '' || part === '.' || part === '..')) {
      throw new UserError(`not an environment name: ${JSON.stringify(v)}`, { input: I.Environment, hint: 'letters, digits, _ . - / and inner spaces, up to 255 characters, no empty, . or .. part between slashes' });
    }
    return v;
  }, '');
  const mode = attempt(() => {
    const v = input(host, I.Mode, 'deploy');
    if (v !== 'deploy' && v !== 'rollback') throw new UserError(`must be deploy or rollback, got ${JSON.stringify(v)}`, { input: I.Mode });
    return v;
  }, 'deploy' as const);
  const providerName = attempt<ProviderName>(() => {
    const v = input(host, I.Provider, 'command');
    if (v === 'command') return v;
    if ((PROVIDERS as readonly string[]).includes(v)) return v as ProviderName;
    throw new UserError(`unknown provider ${JSON.stringify(v)}`, { input: I.Provider, hint: `one of ${PROVIDERS.join(', ')}` });
  }, 'command');
  const providerOptions = attempt(() => {
    const v = host.getInput(I.ProviderOptions).trim();
    if (!v) return {};
    let parsed: unknown;
    try {
      checkYamlBounds(v, YAML_BOUNDS.input, { input: I.ProviderOptions });
      parsed = parseYaml(v, { maxAliasCount: YAML_BOUNDS.input.maxAliases });
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`not YAML: ${(err as Error).message.split('\n')[0]}`, { input: I.ProviderOptions });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UserError('must be a YAML mapping', { input: I.ProviderOptions });
    return parsed as Record<string, unknown>;
  }, {});

  const sha = (host.env.GITHUB_SHA ?? '').trim();
  const version = attempt(() => {
    const v = input(host, I.Version, sha);
    if (mode === 'deploy') assertVersionSyntax(v, I.Version);
    else if (v) assertVersionSyntax(v, I.Version);
    return v;
  }, '');

  const script = (name: string) =>
    attempt(() => {
      const v = host.getInput(name).trim();
      return v ? parseScript(v, name, ws, host.env) : undefined;
    }, undefined);
  const run = script(I.Run);
  const rollbackRun = script(I.RollbackRun);
  const migrateRun = script(I.MigrateRun);
  const migrations = attempt(() => readMigrationsConfig(host), undefined);
  if (providerName === 'command' && mode === 'deploy' && !host.getInput(I.Run).trim()) {
    errors.push(new UserError('required for provider command and not supplied', { input: I.Run, hint: 'the deploy script, e.g. ./deploy.sh' }));
  }
  if (providerName === 'command' && mode === 'rollback' && !host.getInput(I.RollbackRun).trim() && !host.getInput(I.Run).trim()) {
    errors.push(new UserError('mode rollback needs rollback-run (or run, called with the previous version)', { input: I.RollbackRun }));
  }

  const canarySteps = attempt(() => parseCanarySteps(input(host, I.CanarySteps, '10,50,100'), I.CanarySteps), [10, 50, 100]);
  const strategy = attempt(() => createStrategy(input(host, I.Strategy, 'direct'), I.Strategy, canarySteps), createStrategy('direct', I.Strategy));
  const provider = attempt<Provider | undefined>(() => {
    if (providerName === 'command') return new CommandProvider(run, rollbackRun, commandOptions(providerOptions, I.ProviderOptions));
    return createProvider(providerName, providerOptions, { input: I.ProviderOptions, environment });
  }, undefined);
  if (provider && !(provider.strategies as readonly string[]).includes(strategy.name)) {
    const why = providerName === 'command' ? undefined : strategyRefusal(providerName, strategy.name);
    errors.push(new UserError(`provider ${provider.name} does not support strategy ${strategy.name}${why ? `: ${why}` : ''}`, { input: I.Strategy, hint: `with ${provider.name}: ${provider.strategies.join(', ')}` }));
  }
  if (providerName !== 'command') {
    for (const name of [I.Run, I.RollbackRun] as const) {
      if (host.getInput(name).trim()) errors.push(new UserError(`only for provider command; provider ${providerName} runs its CLI`, { input: name, hint: 'remove it, or use migrate-run for steps of your own before the deploy' }));
    }
  }
  for (const program of provider?.programs ?? []) {
    if (!findOnPath(program, host.env)) errors.push(new UserError(`${program}: command not found on PATH (provider ${provider!.name} runs it)`, { input: I.Provider, hint: `install ${program} on the runner, or set up its action before this step` }));
  }
  // Production by its name (production, prod, production-eu), or as the workflow says (`production: true` for `live`).
  const production = attempt(() => booleanInput(host, I.Production, isProduction(environment)), isProduction(environment));
  const requireGates = attempt(() => booleanInput(host, I.RequireGates, production), production);
  const stagingEnvironment = input(host, I.StagingEnvironment, 'staging');
  const requireStaging = attempt(() => booleanInput(host, I.RequireStaging, production), production);
  const rehearseRollback = attempt(() => readRehearseRollback(host, { environment, stagingEnvironment, production, mode }), { mode: 'false' as const, defaulted: true });
  // The weekend freeze guards production by default; staging and the others take deploys any day.
  const freezeDefault = input(host, I.FreezeWindows) === '';
  const freezeText = input(host, I.FreezeWindows, production ? DEFAULT_FREEZE : 'none');
  const freezeWindows = attempt(() => parseFreezeWindows(freezeText, I.FreezeWindows), []);
  const timezone = attempt(() => checkTimeZone(input(host, I.Timezone, 'UTC'), I.Timezone), 'UTC');
  const freezeOverride = input(host, I.FreezeOverride);
  const changelog = input(host, I.Changelog, 'CHANGELOG.md');
  const changelogFile = attempt(() => resolveInWorkspace(ws, changelog, I.Changelog), '');
  const requireChangelog = attempt(() => booleanInput(host, I.RequireChangelog, production), production);

  const requiredSecrets = attempt(() => {
    const names = splitList(host.getInput(I.RequiredSecrets));
    const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
    if (bad.length) throw new UserError(`not environment variable names: ${bad.map((b) => JSON.stringify(b)).join(', ')}`, { input: I.RequiredSecrets, hint: 'give the names of variables, not their values' });
    return names;
  }, [] as string[]);
  const region = input(host, I.Region);
  const allowedRegions = splitList(host.getInput(I.AllowedRegions));
  const environmentUrl = attempt(() => {
    const v = input(host, I.EnvironmentUrl);
    if (!v) return '';
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      throw new UserError(`not a URL: ${JSON.stringify(v)}`, { input: I.EnvironmentUrl });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('must be an http or https URL', { input: I.EnvironmentUrl });
    return v;
  }, '');
  const timeoutMs = attempt(() => {
    const v = input(host, I.TimeoutMinutes, '30');
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || n > 360) throw new UserError(`must be a number of minutes above 0 and at most 360, got ${JSON.stringify(v)}`, { input: I.TimeoutMinutes });
    return Math.round(n * 60_000);
  }, 30 * 60_000);
  const lockStaleMs = attempt(() => {
    const v = input(host, I.LockStaleMinutes, '60');
    const n = Number(v);
    if (!Number.isFinite(n) || n < 1 || n > 1440) throw new UserError(`must be a number of minutes from 1 to 1440, got ${JSON.stringify(v)}`, { input: I.LockStaleMinutes });
    return Math.round(n * 60_000);
  }, 60 * 60_000);
  const dryRun = attempt(() => booleanInput(host, I.DryRun, false), false);
  const logFile = attempt(() => resolveOutputInWorkspace(ws, input(host, I.LogPath, Defaults.DeployLog), I.LogPath), '');
  const ledgerFile = attempt(() => resolveOutputInWorkspace(ws, input(host, I.LedgerPath, DEPLOY_LEDGER_DEFAULT), I.LedgerPath), '');
  const token = input(host, I.Token);
  const requireCiGreen = attempt(() => booleanInput(host, I.RequireCiGreen, true), true);
  const ciWaitMs = attempt(() => {
    const v = input(host, I.CiWaitMinutes, '10');
    const n = Number(v);
    if (v === '' || !Number.isFinite(n) || n < 0 || n > 360) throw new UserError(`must be a number of minutes from 0 to 360, got ${JSON.stringify(v)}`, { input: I.CiWaitMinutes, hint: '0 does not wait for pending checks' });
    return Math.round(n * 60_000);
  }, 10 * 60_000);
  const requireApproval = attempt<ApprovalRequirement>(() => {
    const v = input(host, I.RequireApproval, production ? 'reviewers' : 'false');
    if ((APPROVAL_REQUIREMENTS as readonly string[]).includes(v)) return v as ApprovalRequirement;
    throw new UserError(`must be one of ${APPROVAL_REQUIREMENTS.join(', ')}, got ${JSON.stringify(v)}`, { input: I.RequireApproval });
  }, production ? 'reviewers' : 'false');
  const analysis = attempt(
    () => readAnalysisConfig(host, { analysis: I.Analysis, args: I.AnalysisArgs, onInconclusive: I.OnInconclusive, reportPath: I.AnalysisReportPath }, EMBEDDED_DEFAULTS),
    undefined
  );

  const attestation = attempt(() => readAttestationConfig(host), undefined);

  if (strategy.name === 'canary' && providerName === 'command' && !environmentUrl && !providerOptions['slot-urls']) {
    // Each share is verified before the next: with nothing to verify on, a canary cannot be told
    // from an outage, so it is refused before anything runs.
    errors.push(new UserError('canary needs a URL to verify each step on: set environment-url (or provider-options slot-urls)', { input: I.Strategy }));
  }
  if (errors.length) throw UserError.several(errors);
  return {
    environment,
    mode,
    providerName,
    provider: provider!,
    providerOptions,
    version,
    run,
    rollbackRun,
    migrateRun,
    migrations,
    strategy,
    verifyChecks: host.getInput(I.VerifyChecks).trim(),
    analysis,
    gatesReport: host.getInput(I.GatesReport).trim(),
    attestation,
    requireGates,
    stagingEnvironment,
    requireStaging,
    rehearseRollback,
    production,
    freezeWindows,
    freezeText,
    freezeDefault,
    timezone,
    freezeOverride,
    changelog,
    changelogFile,
    requireChangelog,
    requiredSecrets,
    region,
    allowedRegions,
    environmentUrl,
    timeoutMs,
    lockStaleMs,
    dryRun,
    logFile,
    ledgerFile,
    token,
    sha,
    requireCiGreen,
    ciWaitMs,
    requireApproval
  };
}

/**
 * `rehearse-rollback`. `true` is refused outside the staging environment: a rehearsal takes the
 * environment back to the previous version for a while, which production must not see; there,
 * `required` asks for the staging rehearsal instead.
 */
function readRehearseRollback(
  host: Host,
  at: { environment: string; stagingEnvironment: string; production: boolean; mode: 'deploy' | 'rollback' }
): DeployConfig['rehearseRollback'] {
  const v = input(host, I.RehearseRollback).toLowerCase();
  if (v === '') return { mode: at.production ? 'required' : 'false', defaulted: true };
  if (v !== 'true' && v !== 'false' && v !== 'required') throw new UserError(`must be true, false or required, got ${JSON.stringify(v)}`, { input: I.RehearseRollback });
  if (v === 'true' && at.mode === 'deploy' && at.environment !== at.stagingEnvironment) {
    throw new UserError(`true rehearses the rollback in the staging environment (${at.stagingEnvironment}), not in ${at.environment}`, {
      input: I.RehearseRollback,
      hint: `rehearse in ${at.stagingEnvironment}; here use required to refuse a version whose rollback was not rehearsed`
    });
  }
  return { mode: v, defaulted: false };
}
