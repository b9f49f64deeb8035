#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 2053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 5599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ FLAGS),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated by scripts/gen-cli-help.mjs from package.json and the action.yml files: do not edit.
/** The package version, as `phase-gates --version` prints it. */
const VERSION = "0.1.0";
/** Every command's flags, in the order of its action.yml. */
const FLAGS = {
    "gates": [
        {
            "name": "phase-file",
            "description": "Phase document (Markdown with YAML front matter) whose `gates:` mapping sets the gates, e.g. docs/phases/06-deployment.md."
        },
        {
            "name": "gates",
            "description": "YAML mapping of gates, e.g. `{ coverage: \">=80%\", perf_p95_ms: \"<=500\", vulns_critical: 0 }`. Overrides phase-file key by key; an empty value (`perf_p95_ms: ~`) removes a gate."
        },
        {
            "name": "coverage-files",
            "description": "Coverage reports, globs one per line or comma-separated: LCOV, Cobertura XML, Clover XML, JaCoCo XML, Istanbul coverage-summary.json / coverage-final.json, Go coverprofile. The format is detected from the content; several files merge by summing counts."
        },
        {
            "name": "perf-files",
            "description": "Load-test reports, globs: k6 --summary-export / handleSummary JSON, k6 --out json NDJSON, Artillery JSON, Locust *_stats.csv, JMeter JTL (CSV), Gatling stats.json, autocannon JSON, a smoke report, or a plain list of latency samples."
        },
        {
            "name": "vuln-files",
            "description": "Vulnerability reports, globs: SARIF 2.1.0, Trivy JSON, Grype JSON, npm audit --json, osv-scanner JSON, Snyk JSON. A finding in several files counts once."
        },
        {
            "name": "github-alerts",
            "description": "`dependabot`, `code-scanning` or both: count open alerts of this repository through the API into vulns_*."
        },
        {
            "name": "smoke-report",
            "description": "A smoke report (post-deploy/smoke-report.json) for the smoke_passed, smoke_p95_ms and smoke_error_rate gates."
        },
        {
            "name": "analysis-report",
            "description": "An analysis report (post-deploy/analysis-report.json, written by deploy and smoke-test) for the alerts_firing, error_rate and p95_ms gates: the figures of its post-deploy bake."
        },
        {
            "name": "metrics",
            "description": "YAML mapping of extra metric values, e.g. `deploy_status: ${{ needs.deploy.outputs.status }}`."
        },
        {
            "name": "fail-on-missing",
            "description": "A gate whose metric has no data fails. `false` lets it pass as \"no data\".",
            "default": "true"
        },
        {
            "name": "fail",
            "description": "`false` reports the verdict without failing the step.",
            "default": "true"
        },
        {
            "name": "check-name",
            "description": "Also publish the verdict as a check run with this name (e.g. gates_enforcer). Needs `checks: write`."
        },
        {
            "name": "report-path",
            "description": "Where the gates report (JSON, schema phase-gates/gates-report@1) is written, inside the workspace.",
            "default": "gates-report.json"
        },
        {
            "name": "base-ref",
            "description": "Branch (or commit) the change is measured against, for coverage_new: the merge base of it and HEAD. Empty: the pull request's base branch. A shallow checkout is fetched deeper; `fetch-depth: 0` avoids that."
        },
        {
            "name": "base-report",
            "description": "The base branch's gates report (JSON, phase-gates/gates-report@1) for coverage_delta, perf_*_regression and vulns_new_*. Empty: with a token, the base-artifact of the base branch's latest successful run of this workflow, else the report embedded in the check-name check run of the base commit."
        },
        {
            "name": "base-artifact",
            "description": "Name of the artifact that holds the base branch's gates report (upload gates-report.json under this name on pushes to the base branch); `none` disables the lookup. Needs `actions: read`.",
            "default": "gates-report"
        },
        {
            "name": "comment",
            "description": "On a pull request, one comment with the gates, the new lines left uncovered and the new vulnerabilities, created once and updated on every run. Needs `pull-requests: write`; a fork's read-only token gets a notice instead. `false` disables it.",
            "default": "true"
        },
        {
            "name": "token",
            "description": "Token for github-alerts (`security-events: read` / Dependabot alerts read), check-name (`checks: write`), the base report (`actions: read`), the pull request's files and its comment (`pull-requests: write`)."
        }
    ],
    "validate": [
        {
            "name": "paths",
            "description": "Workflows and action metadata to check, globs or paths (absolute ones inside the workspace too) one per line or comma-separated (`!` excludes). A directory means the workflows (`.github/workflows/*.yml`) and `action.yml` files under it. A pattern you give must match a file.",
            "default": ".github/workflows/*.yml .github/workflows/*.yaml .github/**/action.yml .github/**/action.yaml action.yml action.yaml actions/*/action.yml actions/*/action.yaml "
        },
        {
            "name": "required-checks",
            "description": "Status checks the base branch must require, comma-separated (e.g. workflows_validation, gates_enforcer).",
            "default": "workflows_validation, gates_enforcer"
        },
        {
            "name": "base-branch",
            "description": "Branch whose protection and rulesets are read. Empty means the pull request base, else the default branch."
        },
        {
            "name": "config",
            "description": "Rule settings: disable a rule, change its level, ignore paths, allow-list owners or actions. Missing is fine at the default path.",
            "default": ".github/phase-gates.yml"
        },
        {
            "name": "fail-on",
            "description": "Fail the step on findings of this level or worse: `error`, `warning` or `never`.",
            "default": "error"
        },
        {
            "name": "sarif-path",
            "description": "Where the SARIF 2.1.0 log is written (inside the workspace), for github/codeql-action/upload-sarif.",
            "default": "workflows-validation.sarif"
        },
        {
            "name": "token",
            "description": "Token that reads branch protection and rulesets (administration: read for protection; rulesets are public to readers), and for the online supply-chain rules (PG240–PG245) the repositories, tags, branches and security advisories of the actions the workflows use (public data: github.token is enough). Empty: those rules do not run, and the log says so once."
        }
    ],
    "smoke": [
        {
            "name": "url",
            "description": "Base URL to check, usually the deploy action's environment-url output. Check paths are appended to its path.",
            "required": true
        },
        {
            "name": "checks",
            "description": "YAML list of checks, inline or the path of a file holding one. Each check: name, path or url, method, headers (values that look like credentials are masked), body (text, or a mapping sent as JSON), expect (status as 200, a list or 2xx; body-contains; body-matches, a regular expression, plain or /…/i, run in linear time with RE2 syntax, so backreferences and lookaround are refused; json, a mapping of path such as $.status to value; headers, name to expected text or true/false), max-latency-ms. Empty: GET / expecting 2xx."
        },
        {
            "name": "wait-for-ready",
            "description": "Seconds to poll the first check until it passes, before measuring. 0 measures at once.",
            "default": "60"
        },
        {
            "name": "retries",
            "description": "Attempts per request beyond the first, with exponential back-off and jitter. A check that fails and then passes on a retry is reported as flaky and does not fail the run.",
            "default": "3"
        },
        {
            "name": "retry-delay-ms",
            "description": "First back-off delay in ms; each further retry doubles it (half of each wait is random jitter).",
            "default": "1000"
        },
        {
            "name": "timeout-ms",
            "description": "Deadline of each request in ms: connect, redirects and the whole body.",
            "default": "5000"
        },
        {
            "name": "follow-redirects",
            "description": "Which redirects a check follows: `same-origin` (the default: a smoke test verifies the deployment it was given, and nothing a check sends reaches another site unless you say so) follows those to the same scheme, host and port and fails the check on a redirect to another origin, naming it; `any` follows every redirect but drops credential headers (Authorization, Proxy-Authorization, Cookie and any header whose name or value looks like a credential, as in `checks`) on a hop to another origin, as curl and browsers do; `none` follows none, so the check sees the 3xx. A check that expects a 3xx status never follows.",
            "default": "same-origin"
        },
        {
            "name": "samples",
            "description": "Requests per check for the latency figures.",
            "default": "5"
        },
        {
            "name": "concurrency",
            "description": "Requests in flight at once.",
            "default": "4"
        },
        {
            "name": "p95-ms",
            "description": "Latency threshold: p95 over every answer, in ms (the seed's perf_p95_ms gate).",
            "default": "500"
        },
        {
            "name": "max-error-rate",
            "description": "Share of failed requests allowed, e.g. 0% or 1.5% (a bare number is a percentage). Applies to the whole run and to each check.",
            "default": "0%"
        },
        {
            "name": "monitor-seconds",
            "description": "After passing, keep checking every check once a second for this long, failing on the first breach (a failed request or an answer over max-latency-ms), with progress in the log.",
            "default": "0"
        },
        {
            "name": "analysis",
            "description": "The post-deploy bake: once the checks passed, judge the release from telemetry (the same analysis YAML as deploy's `analysis`, or `embedded`: the service's own /metrics at `url`). A failed analysis fails the smoke test, so the release is rolled back."
        },
        {
            "name": "analysis-args",
            "description": "YAML mapping of template arguments (`{{args.name}}`); smoke-test gives url and deployment-id. For `analysis: embedded`: interval, count, failure-limit, max-error-rate (a ratio) and p95-ms."
        },
        {
            "name": "on-inconclusive",
            "description": "What an inconclusive analysis does: `fail` fails the smoke test (and the root action leaves the release deployed for a decision), `pass` passes with a warning, `rollback` fails it (and the root action rolls back).",
            "default": "fail"
        },
        {
            "name": "analysis-report-path",
            "description": "The analysis report (JSON, schema phase-gates/analysis-report@1) the bake's run is added to, inside the workspace.",
            "default": "post-deploy/analysis-report.json"
        },
        {
            "name": "log-path",
            "description": "An audit log (deploy's log-path) to append the bake's measurements and verdict to; none when empty."
        },
        {
            "name": "report-path",
            "description": "Where the smoke report (JSON, schema phase-gates/smoke-report@1) is written, inside the workspace. Give it to gates-enforcer's smoke-report input.",
            "default": "post-deploy/smoke-report.json"
        },
        {
            "name": "deployment-id",
            "description": "A deployment (the deploy action's deployment-id output) to post the verdict on as a deployment status (success or failure). Needs token with `deployments: write`."
        },
        {
            "name": "token",
            "description": "Token for posting the deployment status."
        }
    ],
    "deploy": [
        {
            "name": "environment",
            "description": "The environment to deploy to, e.g. `staging` or `production`. Names like `production`, `prod` or `production-eu` count as production (see production).",
            "required": true
        },
        {
            "name": "production",
            "description": "Whether environment is a production environment: it then requires a passed gates report and staging first (require-gates, require-staging) and freezes on weekends by default (freeze-windows), and the deployment is marked production. Default: true for names like `production`, `prod` or `production-eu`, false otherwise; set it for another name (`live`)."
        },
        {
            "name": "mode",
            "description": "`deploy`, or `rollback` to return the environment to its last successful version before the current one. With no such version (a first deploy) it changes nothing and fails with one line: rollback skipped: no earlier successful deployment of the environment.",
            "default": "deploy"
        },
        {
            "name": "provider",
            "description": "How to deploy: `command` (your scripts: run, rollback-run), or `kubernetes` (kubectl), `aws-ecs` (aws), `azure-webapp` (az), `gcp-cloudrun` (gcloud), `vercel` (vercel): the official CLI, already installed and logged in on the runner, driven from provider-options (see docs/providers.md).",
            "default": "command"
        },
        {
            "name": "provider-options",
            "description": "YAML mapping of provider settings (cluster, service, app, region, …). For `command`: `slot-urls: { blue: URL, green: URL }` when the script does not write url= to PHASE_GATES_OUTPUT; for the cloud providers see docs/providers.md."
        },
        {
            "name": "version",
            "description": "The immutable artifact to deploy: a commit SHA, a semver tag or a digest. Moving tags (`latest`, `stable`, branch names) and shell metacharacters are refused.",
            "default": "the commit (GITHUB_SHA, else git rev-parse HEAD)"
        },
        {
            "name": "run",
            "description": "The deploy command for provider `command`, e.g. `./deploy.sh --fast`. Split into arguments like a shell would, but run without one: no expansion, no pipes. Called once per step with PHASE_GATES_ENVIRONMENT, PHASE_GATES_VERSION, PHASE_GATES_PREVIOUS_VERSION, PHASE_GATES_DEPLOYMENT_ID, PHASE_GATES_STRATEGY, PHASE_GATES_STEP (`deploy`, `traffic` or `rollback`), PHASE_GATES_SLOT and PHASE_GATES_OTHER_SLOT (`blue`/`green`, empty for direct) and PHASE_GATES_TRAFFIC_PERCENT: afterwards the slot must run the version and get that share of traffic. It may write `url=<the slot's own URL>` to the file PHASE_GATES_OUTPUT, for verification."
        },
        {
            "name": "rollback-run",
            "description": "The rollback command; PHASE_GATES_VERSION is the version to restore and PHASE_GATES_PREVIOUS_VERSION the one that failed. Without it, `run` is called again with the previous version."
        },
        {
            "name": "migrate-run",
            "description": "Database migrations, run before the deploy; a failure stops the deploy with nothing deployed."
        },
        {
            "name": "migrate-check",
            "description": "The migrations directory (golang-migrate `<version>_<name>.up.sql`/`.down.sql`, dbmate `-- migrate:up`/`-- migrate:down`, or Flyway `V<version>__<description>.sql` with undo `U<version>__…`) to rehearse before the deploy: on a scratch database of migrate-database-url, the migrations of the last good deployment (read from its commit with git: check out with fetch-depth 0), then this release's up migrations, their down migrations in reverse, and the up migrations again; the down must restore the previous schema. Destructive statements fail the check unless migrate-allow allows them."
        },
        {
            "name": "migrate-database-url",
            "description": "A PostgreSQL server to rehearse on (e.g. a `services: postgres` container), as `postgres://user:password@host:5432/postgres`; its role needs CREATEDB. The check creates a database `phase_gates_<random>`, works only there and drops it at the end; no existing database is touched. DATABASE_URL is not read (it is often the production database). Without it, migrate-check fails for production and is skipped elsewhere. The password is masked everywhere."
        },
        {
            "name": "migrate-allow",
            "description": "Destructive statements allowed, one a line: `<file>: <kind>: <reason>`; kinds drop-table, drop-column, alter-type (a type change that is not a widening), rename, index-not-concurrent (CREATE INDEX without CONCURRENTLY on an existing table), set-not-null, add-not-null (expand-contract: ADD COLUMN … NOT NULL without a default). A reason is required."
        },
        {
            "name": "expand-contract",
            "description": "The previous release's schema must still work with the new one: after this release's migrations, every table and column it had still exists with a compatible type, and no NOT NULL column without a default is added to an existing table.",
            "default": "false"
        },
        {
            "name": "strategy",
            "description": "`direct` (one step, all traffic), `blue-green` (deploy to the idle slot with no traffic, verify it, switch; the old slot keeps running for an instant rollback) or `canary` (the idle slot takes the shares of canary-steps in turn, verified after each). A failed step or verification rolls back.",
            "default": "direct"
        },
        {
            "name": "canary-steps",
            "description": "Traffic percentages for `canary`, increasing and ending at 100, each verified before the next.",
            "default": "10,50,100"
        },
        {
            "name": "verify-checks",
            "description": "Smoke checks (smoke-test `checks` syntax, inline YAML or a file) run on the slot before a blue-green switch, on the environment after it, and on both after each canary step. Default for blue-green and canary: `GET /` expecting 2xx."
        },
        {
            "name": "analysis",
            "description": "Judge the release from telemetry between canary steps (below 100 %) and after a blue-green switch: an analysis in Argo Rollouts' AnalysisTemplate form (inline YAML or a .yml file): metrics from Prometheus (`provider.prometheus`) or from the service's own /metrics (`provider.scrape`), with successCondition/failureCondition, interval, count and failureLimit; Alertmanager's firing alerts (`alerts`); canary against baseline (`compare`, Mann–Whitney U). `embedded` scrapes the slot's /metrics with a built-in template (5xx share and p95 of prom-client's http_requests_total and http_request_duration_seconds). A failed analysis rolls back."
        },
        {
            "name": "analysis-args",
            "description": "YAML mapping of template arguments (`{{args.name}}`). Given by deploy: environment, version, previous-version, slot, stable-slot, deployment-id, url, stable-url (from provider-options slot-urls). For `analysis: embedded`: interval, count, failure-limit, max-error-rate (a ratio) and p95-ms."
        },
        {
            "name": "on-inconclusive",
            "description": "What an inconclusive analysis (Prometheus unreachable, a bad query, too few samples) does: `fail` stops the release where it is and fails the step (no rollback: someone decides), `pass` goes on with a warning, `rollback` rolls back.",
            "default": "fail"
        },
        {
            "name": "analysis-report-path",
            "description": "Where every analysis run of the release is written (JSON, schema phase-gates/analysis-report@1), inside the workspace; smoke-test's bake adds its run, the Phase 07 gate reads it.",
            "default": "post-deploy/analysis-report.json"
        },
        {
            "name": "gates-report",
            "description": "The `report` output of gates-enforcer (or the path of gates-report.json). It must have passed and be for this commit."
        },
        {
            "name": "require-gates",
            "description": "Refuse to deploy without a passed gates report. Default: true for production, false otherwise."
        },
        {
            "name": "verify-attestation",
            "description": "The artifact to deploy, checked for a Sigstore signature before anything runs (check \"Signed artifact\"): a file path (its sha256 and sha512 are computed) or an image digest `sha256:<hex>`. Empty: the check is skipped. A GitHub artifact attestation (actions/attest-build-provenance) passes when its in-toto subject holds the digest; a cosign `sign-blob --bundle` signature when it signs the file."
        },
        {
            "name": "attestation-bundle",
            "description": "The Sigstore bundle(s) for verify-attestation: a bundle JSON (v0.1 to v0.3) or JSON Lines as `gh attestation download` writes them (`sha256:<digest>.jsonl`); one bundle that verifies is enough. Up to 8 MiB and 256 bundles."
        },
        {
            "name": "attestation-trusted-root",
            "description": "The trusted root to verify against, offline and against this file only: the JSON Lines of `gh attestation trusted-root` (Sigstore public good and GitHub) or one trusted_root.json. A certificate is verified against each root in turn with the policy gh attestation verify gives its instance: public good (a log entry and an SCT), GitHub's (a signed timestamp), any other (a trusted time, and a log entry when the root has a log). Required unless attestation-key is given."
        },
        {
            "name": "attestation-signer",
            "description": "Who must have signed: `owner/repo/.github/workflows/release.yml` (any ref, as `gh attestation verify --signer-workflow`; `github.com/` or another host may lead), with `@refs/tags/v1` for that ref only, a whole identity (`https://…` or an email, as cosign --certificate-identity), or `/regular expression/` searched in the identity (as cosign --certificate-identity-regexp; anchor it with ^ and $). A second line `issuer: URL` sets the OIDC issuer (default https://token.actions.githubusercontent.com). Empty: any identity of that issuer from attestation-repository."
        },
        {
            "name": "attestation-repository",
            "description": "The repository that must have built the artifact (`owner/repo` or its URL), checked against the certificate's SourceRepositoryURI as `gh attestation verify --repo` does, and against a SLSA provenance's source. `*`: no repository is checked. Default: this repository (GITHUB_REPOSITORY)."
        },
        {
            "name": "attestation-key",
            "description": "A PEM public key (the text or a file path) for signatures made with a key (`cosign sign-blob --key`): the key is then the identity, and attestation-signer is not used. Without attestation-trusted-root no transparency log entry is required."
        },
        {
            "name": "require-ci-green",
            "description": "Refuse to deploy unless every check run and commit status on the deployed commit (GITHUB_SHA) is completed and successful (neutral and skipped count as passing, as in the merge box) and every check the base branch requires (branch protection and rulesets) is among them. The base branch is the branch pushed or dispatched on, else the pull request's base, else the default branch. Jobs of this workflow run still running are not waited for. Needs `checks: read` and `statuses: read`; without a token (a local run on the local ledger) it is skipped, saying so; with a token that cannot read them, or without GITHUB_REPOSITORY, production fails.",
            "default": "true"
        },
        {
            "name": "ci-wait-minutes",
            "description": "How long pending check runs and statuses are waited for (polled with a growing pause) before require-ci-green fails; 0 does not wait. A dry run does not wait.",
            "default": "10"
        },
        {
            "name": "require-approval",
            "description": "What the GitHub environment must have: `reviewers` (required reviewers and a deployment branch policy), `reviewers-or-wait-timer` (either, and a branch policy), or `false` (not checked). Read with the Environments API (`actions: read`); an environment that does not exist, or cannot be read with the token given, fails; without a token (a local run) the check is skipped, saying so. Default: `reviewers` for production, `false` otherwise."
        },
        {
            "name": "staging-environment",
            "description": "The environment that must hold a successful deployment of this version before production.",
            "default": "staging"
        },
        {
            "name": "require-staging",
            "description": "Refuse to deploy unless staging-environment has a successful deployment of this version. Default: true for production, false otherwise."
        },
        {
            "name": "rehearse-rollback",
            "description": "Rehearse the rollback (check \"Rollback rehearsed\"). `true`, in staging-environment only: after the version deploys and verifies, roll back to the previous version, verify it (verify-checks, or `GET /` on environment-url), deploy the version again and verify it; the deploy succeeds only when all of it passed, and the rehearsal is recorded with the deployment (ledger, or the GitHub deployment payload). `required`: refuse, before anything runs, a version whose successful staging deployment carries no passed rehearsal. `false`: neither. Default: `required` for production once staging-environment has any deployment, `false` otherwise."
        },
        {
            "name": "freeze-windows",
            "description": "Windows in which deploys are refused, comma- or line-separated: `Fri 00:00-Mon 00:00`, `Sat-Sun`, `Fri 16:00-18:00`, `22:00-06:00` (daily), dates `2026-12-24..2026-12-26`, an iCalendar file of holidays in the workspace `holidays.ics` (all-day events on the timezone's dates, timed events at their times, recurrences expanded, cancelled events ignored), also freezing the days before each holiday with `holidays.ics and the day before` or `holidays.ics and 2 days before`; `none` disables. Default: `Fri 00:00-Mon 00:00` for production environments, none for others (staging deploys any day); a value given applies to every environment."
        },
        {
            "name": "timezone",
            "description": "IANA time zone of freeze-windows, e.g. `Europe/Berlin` (daylight saving time is followed).",
            "default": "UTC"
        },
        {
            "name": "freeze-override",
            "description": "A reason (and approver) that allows a deploy inside a freeze window; recorded in the audit log."
        },
        {
            "name": "changelog",
            "description": "The change log (Keep a Changelog: `## [1.2.0] - 2026-12-01`, `## v1.2.0`; `[Unreleased]` and empty entries do not count) in which the version must have an entry, unless a published GitHub release of its tag exists (looked up with token). A commit SHA is checked through its tag: the tag of a tag-push run (GITHUB_REF), or with token the tags pointing at it; a commit no tag points at, and a digest, are skipped with that reason.",
            "default": "CHANGELOG.md"
        },
        {
            "name": "require-changelog",
            "description": "Refuse a version with no change log entry and no GitHub release (`false` skips the check). Default: true for production environments, false otherwise."
        },
        {
            "name": "required-secrets",
            "description": "Names of environment variables that must be set and non-empty, comma- or line-separated; their values are masked everywhere."
        },
        {
            "name": "region",
            "description": "The region deployed to, checked against allowed-regions (data residency)."
        },
        {
            "name": "allowed-regions",
            "description": "Regions a deploy may target, comma- or line-separated."
        },
        {
            "name": "environment-url",
            "description": "The URL of the deployed environment, recorded on the deployment and given to smoke-test."
        },
        {
            "name": "timeout-minutes",
            "description": "Time limit of each script, in minutes.",
            "default": "30"
        },
        {
            "name": "lock-stale-minutes",
            "description": "One deploy of an environment at a time. A deployment still in progress whose run is provably gone (the local ledger: its process ended on this machine) stops blocking at once; otherwise it blocks until its last status is older than this.",
            "default": "60"
        },
        {
            "name": "dry-run",
            "description": "Run every pre-deploy check (the freeze window included) and print the plan: what would be deployed, where, with which strategy, and which checks would fail and why. Changes nothing and ends well (status `skipped`), whatever the checks found.",
            "default": "false"
        },
        {
            "name": "log-path",
            "description": "The audit log, inside the workspace: one event a line, flushed on every line, never a secret value.",
            "default": "ci/deploy-logs.txt"
        },
        {
            "name": "ledger-path",
            "description": "The local deployments ledger (JSON lines, inside the workspace), used instead of the Deployments API when token is empty.",
            "default": ".phase-gates/deployments.jsonl"
        },
        {
            "name": "token",
            "description": "Token for the GitHub Deployments API (needs `deployments: write`; `checks: read`, `statuses: read` and `actions: read` for require-ci-green and require-approval). Empty: the local ledger is used."
        }
    ],
    "pipeline": [
        {
            "name": "phase-file",
            "description": "Phase document (Markdown with YAML front matter) whose `gates:` mapping sets the gates, e.g. docs/phases/06-deployment.md."
        },
        {
            "name": "gates",
            "description": "YAML mapping of gates, e.g. `{ coverage: \">=80%\", perf_p95_ms: \"<=500\", vulns_critical: 0 }`. Overrides phase-file key by key; an empty value (`perf_p95_ms: ~`) removes a gate."
        },
        {
            "name": "coverage-files",
            "description": "Coverage reports, globs one per line or comma-separated: LCOV, Cobertura XML, Clover XML, JaCoCo XML, Istanbul coverage-summary.json / coverage-final.json, Go coverprofile. The format is detected from the content; several files merge by summing counts."
        },
        {
            "name": "perf-files",
            "description": "Load-test reports, globs: k6 --summary-export / handleSummary JSON, k6 --out json NDJSON, Artillery JSON, Locust *_stats.csv, JMeter JTL (CSV), Gatling stats.json, autocannon JSON, a smoke report, or a plain list of latency samples."
        },
        {
            "name": "vuln-files",
            "description": "Vulnerability reports, globs: SARIF 2.1.0, Trivy JSON, Grype JSON, npm audit --json, osv-scanner JSON, Snyk JSON. A finding in several files counts once."
        },
        {
            "name": "github-alerts",
            "description": "`dependabot`, `code-scanning` or both: count open alerts of this repository through the API into vulns_*."
        },
        {
            "name": "smoke-report",
            "description": "A smoke report (post-deploy/smoke-report.json) for the smoke_passed, smoke_p95_ms and smoke_error_rate gates. Read by the Phase 05 gates; the Phase 07 gate reads the smoke report this action writes (smoke-report-path)."
        },
        {
            "name": "metrics",
            "description": "YAML mapping of extra metric values, e.g. `{ error_budget_left: 12 }`. Given to the Phase 05 and the Phase 07 gates; for Phase 07, deploy_status is the status this action ended with."
        },
        {
            "name": "fail-on-missing",
            "description": "A gate whose metric has no data fails. `false` lets it pass as \"no data\". Applies to the Phase 05 and the Phase 07 gates.",
            "default": "true"
        },
        {
            "name": "fail",
            "description": "`false` reports the verdicts of the Phase 05 and Phase 07 gates without failing the step. A failed Phase 05 gate still stops the chain: nothing is deployed.",
            "default": "true"
        },
        {
            "name": "check-name",
            "description": "Also publish the Phase 05 verdict as a check run with this name (e.g. gates_enforcer). Needs `checks: write`."
        },
        {
            "name": "base-ref",
            "description": "Branch (or commit) the change is measured against, for coverage_new: the merge base of it and HEAD. Empty: the pull request's base branch. A shallow checkout is fetched deeper; `fetch-depth: 0` avoids that."
        },
        {
            "name": "base-report",
            "description": "The base branch's gates report (JSON, phase-gates/gates-report@1) for coverage_delta, perf_*_regression and vulns_new_*. Empty: with a token, the base-artifact of the base branch's latest successful run of this workflow, else the report embedded in the check-name check run of the base commit."
        },
        {
            "name": "base-artifact",
            "description": "Name of the artifact that holds the base branch's gates report (upload gates-report.json under this name on pushes to the base branch); `none` disables the lookup. Needs `actions: read`.",
            "default": "gates-report"
        },
        {
            "name": "comment",
            "description": "On a pull request, one comment with the gates, the new lines left uncovered and the new vulnerabilities, created once and updated on every run. Needs `pull-requests: write`; a fork's read-only token gets a notice instead. `false` disables it.",
            "default": "true"
        },
        {
            "name": "report-path",
            "description": "Where the Phase 05 gates report (JSON, schema phase-gates/gates-report@1) is written, inside the workspace; it is the gates-report of the deploy.",
            "default": "gates-report.json"
        },
        {
            "name": "environment",
            "description": "The environment to deploy to, e.g. `staging` or `production`. Names like `production`, `prod` or `production-eu` count as production (see production).",
            "required": true
        },
        {
            "name": "production",
            "description": "Whether environment is a production environment: it then requires a passed gates report and staging first (require-gates, require-staging) and freezes on weekends by default (freeze-windows), and the deployment is marked production. Default: true for names like `production`, `prod` or `production-eu`, false otherwise; set it for another name (`live`)."
        },
        {
            "name": "provider",
            "description": "How to deploy: `command` (your scripts: run, rollback-run), or `kubernetes` (kubectl), `aws-ecs` (aws), `azure-webapp` (az), `gcp-cloudrun` (gcloud), `vercel` (vercel): the official CLI, already installed and logged in on the runner, driven from provider-options (see docs/providers.md).",
            "default": "command"
        },
        {
            "name": "provider-options",
            "description": "YAML mapping of provider settings (cluster, service, app, region, …). For `command`: `slot-urls: { blue: URL, green: URL }` when the script does not write url= to PHASE_GATES_OUTPUT; for the cloud providers see docs/providers.md."
        },
        {
            "name": "version",
            "description": "The immutable artifact to deploy: a commit SHA, a semver tag or a digest. Moving tags (`latest`, `stable`, branch names) and shell metacharacters are refused.",
            "default": "the commit (GITHUB_SHA, else git rev-parse HEAD)"
        },
        {
            "name": "run",
            "description": "The deploy command for provider `command`, e.g. `./deploy.sh --fast`. Split into arguments like a shell would, but run without one: no expansion, no pipes. Called once per step with PHASE_GATES_ENVIRONMENT, PHASE_GATES_VERSION, PHASE_GATES_PREVIOUS_VERSION, PHASE_GATES_DEPLOYMENT_ID, PHASE_GATES_STRATEGY, PHASE_GATES_STEP (`deploy`, `traffic` or `rollback`), PHASE_GATES_SLOT and PHASE_GATES_OTHER_SLOT (`blue`/`green`, empty for direct) and PHASE_GATES_TRAFFIC_PERCENT: afterwards the slot must run the version and get that share of traffic. It may write `url=<the slot's own URL>` to the file PHASE_GATES_OUTPUT, for verification."
        },
        {
            "name": "rollback-run",
            "description": "The rollback command; PHASE_GATES_VERSION is the version to restore and PHASE_GATES_PREVIOUS_VERSION the one that failed. Without it, `run` is called again with the previous version."
        },
        {
            "name": "migrate-run",
            "description": "Database migrations, run before the deploy; a failure stops the deploy with nothing deployed."
        },
        {
            "name": "migrate-check",
            "description": "The migrations directory (golang-migrate `<version>_<name>.up.sql`/`.down.sql`, dbmate `-- migrate:up`/`-- migrate:down`, or Flyway `V<version>__<description>.sql` with undo `U<version>__…`) to rehearse before the deploy: on a scratch database of migrate-database-url, the migrations of the last good deployment (read from its commit with git: check out with fetch-depth 0), then this release's up migrations, their down migrations in reverse, and the up migrations again; the down must restore the previous schema. Destructive statements fail the check unless migrate-allow allows them."
        },
        {
            "name": "migrate-database-url",
            "description": "A PostgreSQL server to rehearse on (e.g. a `services: postgres` container), as `postgres://user:password@host:5432/postgres`; its role needs CREATEDB. The check creates a database `phase_gates_<random>`, works only there and drops it at the end; no existing database is touched. DATABASE_URL is not read (it is often the production database). Without it, migrate-check fails for production and is skipped elsewhere. The password is masked everywhere."
        },
        {
            "name": "migrate-allow",
            "description": "Destructive statements allowed, one a line: `<file>: <kind>: <reason>`; kinds drop-table, drop-column, alter-type (a type change that is not a widening), rename, index-not-concurrent (CREATE INDEX without CONCURRENTLY on an existing table), set-not-null, add-not-null (expand-contract: ADD COLUMN … NOT NULL without a default). A reason is required."
        },
        {
            "name": "expand-contract",
            "description": "The previous release's schema must still work with the new one: after this release's migrations, every table and column it had still exists with a compatible type, and no NOT NULL column without a default is added to an existing table.",
            "default": "false"
        },
        {
            "name": "strategy",
            "description": "`direct` (one step, all traffic), `blue-green` (deploy to the idle slot with no traffic, verify it, switch; the old slot keeps running for an instant rollback) or `canary` (the idle slot takes the shares of canary-steps in turn, verified after each). A failed step or verification rolls back.",
            "default": "direct"
        },
        {
            "name": "canary-steps",
            "description": "Traffic percentages for `canary`, increasing and ending at 100, each verified before the next.",
            "default": "10,50,100"
        },
        {
            "name": "verify-checks",
            "description": "Smoke checks (smoke-test `checks` syntax, inline YAML or a file) run on the slot before a blue-green switch, on the environment after it, and on both after each canary step. Default for blue-green and canary: `GET /` expecting 2xx."
        },
        {
            "name": "analysis",
            "description": "Judge the release from telemetry between canary steps (below 100 %) and after a blue-green switch: an analysis in Argo Rollouts' AnalysisTemplate form (inline YAML or a .yml file): metrics from Prometheus (`provider.prometheus`) or from the service's own /metrics (`provider.scrape`), with successCondition/failureCondition, interval, count and failureLimit; Alertmanager's firing alerts (`alerts`); canary against baseline (`compare`, Mann–Whitney U). `embedded` scrapes the slot's /metrics with a built-in template (5xx share and p95 of prom-client's http_requests_total and http_request_duration_seconds). Also run as smoke-test's post-deploy bake, whose figures the Phase 07 gate reads (alerts_firing, error_rate, p95_ms). A failed analysis rolls back."
        },
        {
            "name": "analysis-args",
            "description": "YAML mapping of template arguments (`{{args.name}}`). Given by deploy: environment, version, previous-version, slot, stable-slot, deployment-id, url, stable-url (from provider-options slot-urls). For `analysis: embedded`: interval, count, failure-limit, max-error-rate (a ratio) and p95-ms."
        },
        {
            "name": "on-inconclusive",
            "description": "What an inconclusive analysis (Prometheus unreachable, a bad query, too few samples) does: `fail` stops the release where it is and fails the step (no rollback: someone decides), `pass` goes on with a warning, `rollback` rolls back.",
            "default": "fail"
        },
        {
            "name": "analysis-report-path",
            "description": "Where every analysis run of the release is written (JSON, schema phase-gates/analysis-report@1), inside the workspace; smoke-test's bake adds its run, the Phase 07 gate reads it.",
            "default": "post-deploy/analysis-report.json"
        },
        {
            "name": "verify-attestation",
            "description": "The artifact to deploy, checked for a Sigstore signature before anything runs (check \"Signed artifact\"): a file path (its sha256 and sha512 are computed) or an image digest `sha256:<hex>`. Empty: the check is skipped. A GitHub artifact attestation (actions/attest-build-provenance) passes when its in-toto subject holds the digest; a cosign `sign-blob --bundle` signature when it signs the file."
        },
        {
            "name": "attestation-bundle",
            "description": "The Sigstore bundle(s) for verify-attestation: a bundle JSON (v0.1 to v0.3) or JSON Lines as `gh attestation download` writes them (`sha256:<digest>.jsonl`); one bundle that verifies is enough. Up to 8 MiB and 256 bundles."
        },
        {
            "name": "attestation-trusted-root",
            "description": "The trusted root to verify against, offline and against this file only: the JSON Lines of `gh attestation trusted-root` (Sigstore public good and GitHub) or one trusted_root.json. A certificate is verified against each root in turn with the policy gh attestation verify gives its instance: public good (a log entry and an SCT), GitHub's (a signed timestamp), any other (a trusted time, and a log entry when the root has a log). Required unless attestation-key is given."
        },
        {
            "name": "attestation-signer",
            "description": "Who must have signed: `owner/repo/.github/workflows/release.yml` (any ref, as `gh attestation verify --signer-workflow`; `github.com/` or another host may lead), with `@refs/tags/v1` for that ref only, a whole identity (`https://…` or an email, as cosign --certificate-identity), or `/regular expression/` searched in the identity (as cosign --certificate-identity-regexp; anchor it with ^ and $). A second line `issuer: URL` sets the OIDC issuer (default https://token.actions.githubusercontent.com). Empty: any identity of that issuer from attestation-repository."
        },
        {
            "name": "attestation-repository",
            "description": "The repository that must have built the artifact (`owner/repo` or its URL), checked against the certificate's SourceRepositoryURI as `gh attestation verify --repo` does, and against a SLSA provenance's source. `*`: no repository is checked. Default: this repository (GITHUB_REPOSITORY)."
        },
        {
            "name": "attestation-key",
            "description": "A PEM public key (the text or a file path) for signatures made with a key (`cosign sign-blob --key`): the key is then the identity, and attestation-signer is not used. Without attestation-trusted-root no transparency log entry is required."
        },
        {
            "name": "require-ci-green",
            "description": "Refuse to deploy unless every check run and commit status on the deployed commit (GITHUB_SHA) is completed and successful (neutral and skipped count as passing, as in the merge box) and every check the base branch requires (branch protection and rulesets) is among them. The base branch is the branch pushed or dispatched on, else the pull request's base, else the default branch. Jobs of this workflow run still running are not waited for. Needs `checks: read` and `statuses: read`; without a token (a local run on the local ledger) it is skipped, saying so; with a token that cannot read them, or without GITHUB_REPOSITORY, production fails.",
            "default": "true"
        },
        {
            "name": "ci-wait-minutes",
            "description": "How long pending check runs and statuses are waited for (polled with a growing pause) before require-ci-green fails; 0 does not wait. A dry run does not wait.",
            "default": "10"
        },
        {
            "name": "require-approval",
            "description": "What the GitHub environment must have: `reviewers` (required reviewers and a deployment branch policy), `reviewers-or-wait-timer` (either, and a branch policy), or `false` (not checked). Read with the Environments API (`actions: read`); an environment that does not exist, or cannot be read with the token given, fails; without a token (a local run) the check is skipped, saying so. Default: `reviewers` for production, `false` otherwise."
        },
        {
            "name": "staging-environment",
            "description": "The environment that must hold a successful deployment of this version before production.",
            "default": "staging"
        },
        {
            "name": "require-staging",
            "description": "Refuse to deploy unless staging-environment has a successful deployment of this version. Default: true for production, false otherwise."
        },
        {
            "name": "rehearse-rollback",
            "description": "Rehearse the rollback (check \"Rollback rehearsed\"). `true`, in staging-environment only: after the version deploys and verifies, roll back to the previous version, verify it (verify-checks, or `GET /` on environment-url), deploy the version again and verify it; the deploy succeeds only when all of it passed, and the rehearsal is recorded with the deployment (ledger, or the GitHub deployment payload). `required`: refuse, before anything runs, a version whose successful staging deployment carries no passed rehearsal. `false`: neither. Default: `required` for production once staging-environment has any deployment, `false` otherwise."
        },
        {
            "name": "freeze-windows",
            "description": "Windows in which deploys are refused, comma- or line-separated: `Fri 00:00-Mon 00:00`, `Sat-Sun`, `Fri 16:00-18:00`, `22:00-06:00` (daily), dates `2026-12-24..2026-12-26`; `none` disables. Default: `Fri 00:00-Mon 00:00` for production environments, none for others (staging deploys any day); a value given applies to every environment."
        },
        {
            "name": "timezone",
            "description": "IANA time zone of freeze-windows, e.g. `Europe/Berlin` (daylight saving time is followed).",
            "default": "UTC"
        },
        {
            "name": "freeze-override",
            "description": "A reason (and approver) that allows a deploy inside a freeze window; recorded in the audit log."
        },
        {
            "name": "changelog",
            "description": "The change log (Keep a Changelog: `## [1.2.0] - 2026-12-01`, `## v1.2.0`; `[Unreleased]` and empty entries do not count) in which the version must have an entry, unless a published GitHub release of its tag exists (looked up with token). A commit SHA is checked through its tag: the tag of a tag-push run (GITHUB_REF), or with token the tags pointing at it; a commit no tag points at, and a digest, are skipped with that reason.",
            "default": "CHANGELOG.md"
        },
        {
            "name": "require-changelog",
            "description": "Refuse a version with no change log entry and no GitHub release (`false` skips the check). Default: true for production environments, false otherwise."
        },
        {
            "name": "required-secrets",
            "description": "Names of environment variables that must be set and non-empty, comma- or line-separated; their values are masked everywhere."
        },
        {
            "name": "region",
            "description": "The region deployed to, checked against allowed-regions (data residency)."
        },
        {
            "name": "allowed-regions",
            "description": "Regions a deploy may target, comma- or line-separated."
        },
        {
            "name": "environment-url",
            "description": "The URL of the deployed environment: environment-url, or for direct deploys the url= the script (or provider) reported."
        },
        {
            "name": "timeout-minutes",
            "description": "Time limit of each script, in minutes.",
            "default": "30"
        },
        {
            "name": "lock-stale-minutes",
            "description": "One deploy of an environment at a time. A deployment still in progress whose run is provably gone (the local ledger: its process ended on this machine) stops blocking at once; otherwise it blocks until its last status is older than this.",
            "default": "60"
        },
        {
            "name": "dry-run",
            "description": "Run the gates and every pre-deploy check (the freeze window included) and print the plan: what would be deployed, where, with which strategy, and which checks would fail and why. Changes nothing and ends well; `passed` says whether the deploy would go ahead. The smoke test, the rollback and the Phase 07 gate are skipped.",
            "default": "false"
        },
        {
            "name": "log-path",
            "description": "The audit log, inside the workspace: one event a line, flushed on every line, never a secret value.",
            "default": "ci/deploy-logs.txt"
        },
        {
            "name": "ledger-path",
            "description": "The local deployments ledger (JSON lines, inside the workspace), used instead of the Deployments API when token is empty.",
            "default": ".phase-gates/deployments.jsonl"
        },
        {
            "name": "url",
            "description": "Base URL to check (smoke-test url). Empty: the environment-url of the deploy. Check paths are appended to its path."
        },
        {
            "name": "checks",
            "description": "YAML list of checks, inline or the path of a file holding one. Each check: name, path or url, method, headers (values that look like credentials are masked), body (text, or a mapping sent as JSON), expect (status as 200, a list or 2xx; body-contains; body-matches, a regular expression, plain or /…/i, run in linear time with RE2 syntax, so backreferences and lookaround are refused; json, a mapping of path such as $.status to value; headers, name to expected text or true/false), max-latency-ms. Empty: GET / expecting 2xx."
        },
        {
            "name": "wait-for-ready",
            "description": "Seconds to poll the first check until it passes, before measuring. 0 measures at once.",
            "default": "60"
        },
        {
            "name": "retries",
            "description": "Attempts per request beyond the first, with exponential back-off and jitter. A check that fails and then passes on a retry is reported as flaky and does not fail the run.",
            "default": "3"
        },
        {
            "name": "retry-delay-ms",
            "description": "First back-off delay in ms; each further retry doubles it (half of each wait is random jitter).",
            "default": "1000"
        },
        {
            "name": "timeout-ms",
            "description": "Deadline of each request in ms: connect, redirects and the whole body.",
            "default": "5000"
        },
        {
            "name": "follow-redirects",
            "description": "Which redirects a check follows: `same-origin` (the default: a smoke test verifies the deployment it was given, and nothing a check sends reaches another site unless you say so) follows those to the same scheme, host and port and fails the check on a redirect to another origin, naming it; `any` follows every redirect but drops credential headers (Authorization, Proxy-Authorization, Cookie and any header whose name or value looks like a credential, as in `checks`) on a hop to another origin, as curl and browsers do; `none` follows none, so the check sees the 3xx. A check that expects a 3xx status never follows.",
            "default": "same-origin"
        },
        {
            "name": "samples",
            "description": "Requests per check for the latency figures.",
            "default": "5"
        },
        {
            "name": "concurrency",
            "description": "Requests in flight at once.",
            "default": "4"
        },
        {
            "name": "p95-ms",
            "description": "Latency threshold: p95 over every answer, in ms (the seed's perf_p95_ms gate).",
            "default": "500"
        },
        {
            "name": "max-error-rate",
            "description": "Share of failed requests allowed, e.g. 0% or 1.5% (a bare number is a percentage). Applies to the whole run and to each check.",
            "default": "0%"
        },
        {
            "name": "monitor-seconds",
            "description": "After passing, keep checking every check once a second for this long, failing on the first breach (a failed request or an answer over max-latency-ms), with progress in the log.",
            "default": "0"
        },
        {
            "name": "smoke-report-path",
            "description": "Where the smoke report (JSON, schema phase-gates/smoke-report@1) is written, inside the workspace. The Phase 07 gate reads it. (smoke-test report-path.)",
            "default": "post-deploy/smoke-report.json"
        },
        {
            "name": "phase-07-gates",
            "description": "YAML mapping of the gates checked after the deploy, over smoke_passed, smoke_p95_ms, smoke_error_rate (the smoke report this action writes), deploy_status and metrics. Overrides the default `{ smoke_passed: true, deploy_status: success }` key by key; an empty value (`deploy_status: ~`) removes a gate. With a token, `base_ci_green: true` joins the defaults: every check run and status on the head of the base branch completed and successful, with its required checks, judged as deploy's require-ci-green judges the deployed commit (\"CI jobs green on base branch\")."
        },
        {
            "name": "phase-07-report-path",
            "description": "Where the Phase 07 gates report (JSON, schema phase-gates/gates-report@1) is written, inside the workspace; the Phase 05 report stays at report-path.",
            "default": "post-deploy/gates-report.json"
        },
        {
            "name": "token",
            "description": "Token for every stage: the GitHub Deployments API of deploy (`deployments: write`; empty: the local ledger is used), and github-alerts (`security-events: read`) and check-name (`checks: write`) of the Phase 05 gates."
        }
    ]
};


/***/ }),

/***/ 8613:
/***/ ((__webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   iW: () => (/* binding */ main),
/* harmony export */   pW: () => (/* binding */ takeFormat)
/* harmony export */ });
/* harmony import */ var _host_early_signals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(993);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _host_cli_host_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6179);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6161);
/* harmony import */ var _generated_meta_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5599);
/* harmony import */ var _host_run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9427);
/* harmony import */ var _core_constants_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(906);
/* harmony import */ var _core_init_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6921);
/**
 * The `phase-gates` command line: the same core as the actions, with flags named as the inputs.
 * Only this file exits.
 */








const COMMANDS = {
    gates: {
        summary: 'enforce coverage, latency and vulnerability gates from reports (gates-enforcer)',
        inputs: Object.values(_core_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .GatesInputs */ .wI),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(677), __nccwpck_require__.e(216), __nccwpck_require__.e(664), __nccwpck_require__.e(534)]).then(__nccwpck_require__.bind(__nccwpck_require__, 534))).runGates
    },
    validate: {
        summary: 'check workflows and action.yml files: syntax, expressions, references (workflows-validation)',
        inputs: Object.values(_core_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ValidationInputs */ .PY),
        positional: _core_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ValidationInputs */ .PY.Paths,
        formats: ['text', 'json', 'sarif'],
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(456), __nccwpck_require__.e(216), __nccwpck_require__.e(317), __nccwpck_require__.e(953)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1953))).runValidate
    },
    smoke: {
        summary: 'check a deployed URL: readiness, latency percentiles, error rate, monitoring (smoke-test)',
        inputs: Object.values(_core_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .SmokeInputs */ .Nx),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(763), __nccwpck_require__.e(856), __nccwpck_require__.e(216), __nccwpck_require__.e(664), __nccwpck_require__.e(617), __nccwpck_require__.e(329), __nccwpck_require__.e(968)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6975))).runSmoke,
        handlesCancel: true
    },
    deploy: {
        summary: 'pre-deploy checks, a recorded deployment, migrations, rollback and an audit log (deploy)',
        inputs: Object.values(_core_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .DeployInputs */ .L2),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(763), __nccwpck_require__.e(856), __nccwpck_require__.e(216), __nccwpck_require__.e(664), __nccwpck_require__.e(617), __nccwpck_require__.e(329), __nccwpck_require__.e(687), __nccwpck_require__.e(214)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3687))).runDeploy,
        handlesCancel: true
    },
    pipeline: {
        summary: 'the whole Phase 06: gates, deploy, smoke test, rollback on failure, the Phase 07 gate (the root action)',
        inputs: Object.values(_core_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineInputs */ .IO),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(763), __nccwpck_require__.e(856), __nccwpck_require__.e(677), __nccwpck_require__.e(216), __nccwpck_require__.e(664), __nccwpck_require__.e(617), __nccwpck_require__.e(329), __nccwpck_require__.e(687), __nccwpck_require__.e(534), __nccwpck_require__.e(274)]).then(__nccwpck_require__.bind(__nccwpck_require__, 274))).runPipeline,
        handlesCancel: true
    },
    init: {
        summary: 'write a gated staging → production deploy workflow, the Phase 06 document and validation settings',
        inputs: Object.values(_core_init_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InitInputs */ .q7),
        booleans: _core_init_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .INIT_BOOLEAN_FLAGS */ .AR,
        help: _core_init_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .INIT_HELP */ .Fb,
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(763), __nccwpck_require__.e(456), __nccwpck_require__.e(216), __nccwpck_require__.e(317), __nccwpck_require__.e(87)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7087))).runInit
    }
};
/** Flags every command takes, beside its action's inputs. */
const COMMON_FLAGS = [
    { name: 'workspace', value: 'DIR', description: 'The directory every path must stay inside.', default: 'the current directory' },
    { name: 'json', description: "Print the command's report as one JSON document on stdout, and nothing else there (messages go to stderr)." },
    { name: 'outputs', description: "Also print the action's outputs as name=value lines on stdout, as the runner would set them." },
    { name: 'help', description: 'Show this help.' }
];
const GLOBAL_BOOLEANS = ['json', 'outputs'];
const USAGE = `usage: phase-gates <command> [--flag value ...]
       phase-gates --version

commands:
${Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
    .join('\n')}

Flags are named as the action inputs (e.g. --coverage-files coverage/lcov.info); \`phase-gates
<command> --help\` lists them with their defaults. Every command also takes --workspace DIR,
--json (the report as JSON on stdout) and --outputs (the outputs as name=value lines).
Exit codes: 0 passed, 1 a gate, check or deploy failed or an input is bad, 2 a usage error.`;
/** Wraps `text` at `width` columns, every line after the first indented by `indent`. */
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${indent}`);
}
/** `phase-gates <name> --help`: every flag with its description and default. */
function commandHelp(name) {
    const spec = COMMANDS[name];
    const own = spec.help
        ? spec.help
        : (_generated_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .FLAGS */ .W[name] ?? [])
            .map((f) => {
            const tail = f.required ? ' (required)' : f.default !== undefined ? ` (default: ${f.default})` : '';
            return `  --${f.name}\n      ${wrap(f.description + tail, 88, '      ')}`;
        })
            .join('\n');
    const common = COMMON_FLAGS.map((f) => {
        const head = `--${f.name}${'value' in f ? ` ${f.value}` : ''}`;
        const tail = 'default' in f ? ` (default: ${f.default})` : '';
        return `  ${head}\n      ${wrap(f.description + tail, 88, '      ')}`;
    }).join('\n');
    const format = spec.formats
        ? `\n  --format ${spec.formats.join('|')}\n      ${wrap(`What stdout gets: ${spec.formats.map((f) => FORMAT_HELP[f]).join('; ')}. (default: ${spec.formats[0]})`, 88, '      ')}`
        : '';
    return `usage: phase-gates ${name} [flags]${spec.positional ? ` [${spec.positional}...]` : ''}\n\n${spec.summary}\n\nflags:\n${own}${format}\n\ncommon flags:\n${common}\n`;
}
/** What `--format` prints, by value. */
const FORMAT_HELP = {
    text: '`text` nothing (the findings go to stderr, one file:line:col: message [PGxxx] line each)',
    json: '`json` the report as one JSON document (as --json)',
    sarif: '`sarif` the SARIF 2.1.0 log, as written to --sarif-path'
};
/** A usage error: one line, exit 2. */
class UsageError extends Error {
}
/** Takes `--format X` / `--format=X` out of `argv`: the format and the other arguments. */
function takeFormat(argv, formats) {
    const rest = [];
    let format;
    for (let i = 0; i < argv.length; i++) {
        const m = /^--format(?:=(.*))?$/s.exec(argv[i]);
        if (!m || !formats) {
            rest.push(argv[i]);
            continue;
        }
        let value = m[1];
        if (value === undefined) {
            if (i + 1 >= argv.length)
                throw new UsageError('--format needs a value');
            value = argv[++i];
        }
        if (!formats.includes(value))
            throw new UsageError(`--format must be ${formats.join(', ')}, not ${JSON.stringify(value)}${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .didYouMean */ .a)(value, formats)}`);
        format = value;
    }
    return { format, rest };
}
/**
 * Parses `--name value` and `--name=value` pairs; a repeated flag joins its values with newlines.
 * A flag of `booleans` given without `=value` means `true` and takes no value.
 */
function parseFlags(argv, allowed, positional, booleans = []) {
    const inputs = {};
    let workspace;
    let help = false;
    const globals = { json: false, outputs: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
        if (!m) {
            if (!positional || arg.startsWith('-'))
                throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`);
            inputs[positional] = inputs[positional] !== undefined ? `${inputs[positional]}\n${arg}` : arg;
            continue;
        }
        const name = m[1];
        let value = m[2];
        if (GLOBAL_BOOLEANS.includes(name)) {
            globals[name] = value === undefined || value === 'true';
            continue;
        }
        if (!allowed.includes(name) && name !== 'workspace') {
            throw new UsageError(`unknown flag --${name}${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .didYouMean */ .a)(name, [...allowed, 'workspace', ...GLOBAL_BOOLEANS, 'help']).replace(/"([^"]+)"/, '--$1')}`);
        }
        if (value === undefined && booleans.includes(name))
            value = 'true';
        if (value === undefined) {
            if (i + 1 >= argv.length)
                throw new UsageError(`--${name} needs a value`);
            value = argv[++i];
        }
        if (name === 'workspace') {
            workspace = value;
            continue;
        }
        inputs[name] = inputs[name] !== undefined ? `${inputs[name]}\n${value}` : value;
    }
    return { inputs, workspace, help, json: globals.json, outputs: globals.outputs };
}
/** Commands whose report names a commit: without GITHUB_SHA, the host reads it from git and says so. */
const COMMIT_COMMANDS = new Set(['gates', 'smoke', 'deploy', 'pipeline']);
/** Commands that need one (the version deployed, the commit a gates report is for): they say when there is none. */
const NEEDS_COMMIT = new Set(['deploy', 'pipeline']);
/** What a command printed as its result for `--json`: its report, else its outputs. */
function jsonOf(result, outputs) {
    for (const key of ['report', 'outcome'])
        if (result[key] !== undefined)
            return result[key];
    if (result.stages !== undefined)
        return { ok: result.ok, outputs, stages: result.stages };
    return outputs;
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-V') {
        process.stdout.write(`${_generated_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}\n`);
        return 0;
    }
    if (!name) {
        // A usage error: the usage on stderr, so that a script's stdout stays empty.
        process.stderr.write(USAGE + '\n');
        return 2;
    }
    if (name === '--help' || name === '-h' || (name === 'help' && !rest.length)) {
        process.stdout.write(USAGE + '\n');
        return 0;
    }
    // `phase-gates help gates` is `phase-gates gates --help`.
    const command = name === 'help' ? rest[0] : name;
    const spec = COMMANDS[command];
    if (!spec) {
        const hint = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .didYouMean */ .a)(command, Object.keys(COMMANDS));
        process.stderr.write(`phase-gates: unknown command ${JSON.stringify(command)}${hint}; see phase-gates --help\n`);
        return 2;
    }
    if (name === 'help') {
        process.stdout.write(commandHelp(command));
        return 0;
    }
    let parsed;
    let format;
    try {
        const taken = takeFormat(rest, spec.formats);
        format = taken.format;
        parsed = parseFlags(taken.rest, spec.inputs, spec.positional, spec.booleans);
        if (format === 'json')
            parsed.json = true;
    }
    catch (err) {
        if (!(err instanceof UsageError))
            throw err;
        process.stderr.write(`phase-gates ${name}: ${err.message}; see phase-gates ${name} --help\n`);
        return 2;
    }
    if (parsed.help) {
        process.stdout.write(commandHelp(name));
        return 0;
    }
    const err = (t) => process.stderr.write(t);
    const host = new _host_cli_host_js__WEBPACK_IMPORTED_MODULE_2__/* .CliHost */ .F({
        inputs: parsed.inputs,
        workspace: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(parsed.workspace ?? process.cwd()),
        commitFromGit: COMMIT_COMMANDS.has(name),
        // With --json the summary is not printed: the JSON holds everything it says.
        out: parsed.json || format === 'sarif' ? () => undefined : undefined,
        // On a terminal the summary is text; redirected, it is the Markdown of the job summary.
        summary: process.stdout.isTTY ? 'text' : 'markdown',
        err,
        color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR
    });
    const commit = host.commitLine();
    if (commit && (host.commit?.sha || NEEDS_COMMIT.has(name)))
        err(commit + '\n');
    let result;
    const code = await (0,_host_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runCommand */ .d)(host, async (h) => (result = (await (await spec.load())(h))), spec.handlesCancel);
    if (format === 'sarif') {
        if (result?.sarif !== undefined)
            process.stdout.write(JSON.stringify(host.maskValue(result.sarif), null, 2) + '\n');
    }
    else if (parsed.json) {
        if (result)
            process.stdout.write(JSON.stringify(host.maskValue(jsonOf(result, host.outputs)), null, 2) + '\n');
    }
    else if (parsed.outputs)
        host.flushOutputs();
    return code;
}
// Libraries written for the runner (@actions/github with a proxy) may print `::debug::` lines; they mean nothing on a terminal.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk, ...args) => {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::') && !process.env.PHASE_GATES_DEBUG)
        return true;
    return write(chunk, ...args);
});
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ onCancel),
/* harmony export */   Ur: () => (/* binding */ claimSignals),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   xE: () => (/* binding */ sleepUnlessCancelled),
/* harmony export */   yD: () => (/* binding */ signalName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6512);
/* harmony import */ var _early_signals_key_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6554);
/**
 * Cancellation as the runner does it: a cancelled job's step gets SIGINT, then SIGTERM, then
 * SIGKILL a few seconds apart. Commands turn the first signal into an aborted AbortSignal (its
 * `reason` is the signal's name), stop what runs, record that they were cancelled, and end.
 */


/** A run stopped by cancellation. One line, exit 1, like any error a user sees. */
class Cancelled extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    signalName;
    constructor(signalName, message) {
        super(`cancelled (${signalName}): ${message}`);
        this.signalName = signalName;
        this.name = 'Cancelled';
    }
}
/** The name of the signal that aborted `signal` ("a signal" when it was aborted otherwise). */
function signalName(signal) {
    return typeof signal.reason === 'string' ? signal.reason : 'a signal';
}
const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Takes SIGINT and SIGTERM over from the start-up handlers of src/host/early-signals.ts: `handler`
 * gets every later signal, and at once each one received before (a cancel during start-up is not
 * lost). The returned function gives them back to the start-up handlers, which keep what comes after.
 */
function claimSignals(handler) {
    const early = globalThis[_early_signals_key_js__WEBPACK_IMPORTED_MODULE_1__/* .EARLY_SIGNALS */ ._];
    for (const name of SIGNALS) {
        process.on(name, handler);
        if (early)
            process.off(name, early.handler);
    }
    for (const name of early?.pending.splice(0) ?? [])
        handler(name);
    return () => {
        for (const name of SIGNALS) {
            process.off(name, handler);
            if (early)
                process.on(name, early.handler);
        }
    };
}
/**
 * Aborts the returned signal on the first SIGINT or SIGTERM of this process (also one received
 * during start-up, before this was called), after calling `first` (synchronously: the runner's
 * SIGKILL may follow in seconds). Later signals are ignored, so that the run can finish recording.
 * `dispose` removes the handlers.
 */
function onCancel(first = () => undefined) {
    const controller = new AbortController();
    const dispose = claimSignals((name) => {
        if (controller.signal.aborted)
            return;
        first(name);
        controller.abort(name);
    });
    return { signal: controller.signal, dispose };
}
/** Waits `ms`, or throws {@link Cancelled} as soon as `signal` is aborted. */
function sleepUnlessCancelled(ms, signal, what) {
    if (!signal)
        return new Promise((resolve) => setTimeout(resolve, ms));
    if (signal.aborted)
        return Promise.reject(new Cancelled(signalName(signal), what));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(new Cancelled(signalName(signal), what));
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ SmokeOutputs),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   ID: () => (/* binding */ DEPLOY_LEDGER_DEFAULT),
/* harmony export */   IO: () => (/* binding */ PipelineInputs),
/* harmony export */   L2: () => (/* binding */ DeployInputs),
/* harmony export */   LG: () => (/* binding */ PipelineOutputs),
/* harmony export */   MZ: () => (/* binding */ ValidationOutputs),
/* harmony export */   Nx: () => (/* binding */ SmokeInputs),
/* harmony export */   PY: () => (/* binding */ ValidationInputs),
/* harmony export */   Tf: () => (/* binding */ SMOKE_REPORT_SCHEMA),
/* harmony export */   Zi: () => (/* binding */ PHASE_07_REPORT_DEFAULT),
/* harmony export */   bU: () => (/* binding */ GatesOutputs),
/* harmony export */   kV: () => (/* binding */ DeployOutputs),
/* harmony export */   sd: () => (/* binding */ GATES_REPORT_SCHEMA),
/* harmony export */   wI: () => (/* binding */ GatesInputs)
/* harmony export */ });
/** Input and output names, once. Each notes the actions that use it. */
/** Inputs of gates-enforcer (and the root action). */
const GatesInputs = {
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
};
/** Outputs of gates-enforcer. */
const GatesOutputs = {
    Passed: 'passed',
    FailedGates: 'failed-gates',
    Report: 'report',
    ReportPath: 'report-path'
};
/** Default artifact paths (SPEC, "Artifacts"). */
const Defaults = {
    GatesReport: 'gates-report.json',
    ValidationSarif: 'workflows-validation.sarif',
    DeployLog: 'ci/deploy-logs.txt',
    SmokeReport: 'post-deploy/smoke-report.json',
    /** The artifact whose gates report of the base branch relative gates compare with. */
    BaseArtifact: 'gates-report'
};
const GATES_REPORT_SCHEMA = 'phase-gates/gates-report@1';
/** Inputs of workflows-validation. */
const ValidationInputs = {
    Paths: 'paths',
    RequiredChecks: 'required-checks',
    BaseBranch: 'base-branch',
    Config: 'config',
    FailOn: 'fail-on',
    SarifPath: 'sarif-path',
    Token: 'token'
};
/** Outputs of workflows-validation. */
const ValidationOutputs = {
    Valid: 'valid',
    ErrorCount: 'error-count',
    WarningCount: 'warning-count',
    SarifPath: 'sarif-path',
    Report: 'report'
};
/** Inputs of smoke-test (and the root action). */
const SmokeInputs = {
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
};
/** Outputs of smoke-test. */
const SmokeOutputs = {
    Passed: 'passed',
    ReportPath: 'report-path',
    P95Ms: 'p95-ms',
    ErrorRate: 'error-rate',
    FailedChecks: 'failed-checks'
};
const SMOKE_REPORT_SCHEMA = 'phase-gates/smoke-report@1';
/** Inputs of deploy (and the root action). */
const DeployInputs = {
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
};
/** Outputs of deploy. */
const DeployOutputs = {
    DeploymentId: 'deployment-id',
    EnvironmentUrl: 'environment-url',
    Version: 'version',
    PreviousVersion: 'previous-version',
    Status: 'status',
    RollbackPerformed: 'rollback-performed',
    RollbackSkipped: 'rollback-skipped',
    LogPath: 'log-path',
    FailedChecks: 'failed-checks'
};
/** The local deployments ledger of deploy, used without a token (inside the workspace). */
const DEPLOY_LEDGER_DEFAULT = '.phase-gates/deployments.jsonl';
/**
 * Inputs of the root action (action.yml: gates → deploy → smoke-test → rollback → Phase 07 gate).
 * Each keeps the name its action gives it; where two actions share a name with different
 * meanings, the plain name keeps the gates-enforcer meaning and the other is prefixed
 * (`smoke-report-path` is smoke-test's `report-path`). `token` is shared by every stage. Not
 * inputs, because the chain wires them: deploy's `mode`, `gates-report` and `require-gates`,
 * smoke-test's `deployment-id` and `log-path` (deploy's audit log), and the Phase 07 gate's
 * `analysis-report`.
 */
const PipelineInputs = {
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
};
/** Outputs of the root action: each stage's, named after the stage where the plain name is taken. */
const PipelineOutputs = {
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
};
/** Where the root action writes the Phase 07 gates report (beside the smoke report; Phase 05's stays gates-report.json). */
const PHASE_07_REPORT_DEFAULT = 'post-deploy/gates-report.json';


/***/ }),

/***/ 6554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ EARLY_SIGNALS)
/* harmony export */ });
/** Where the start-up signal handlers (src/host/early-signals.ts) leave what they caught: one global, shared across bundle chunks. */
const EARLY_SIGNALS = Symbol.for('phase-gates.early-signals');


/***/ }),

/***/ 6512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ collecting),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
class UserError extends Error {
    input;
    file;
    line;
    hint;
    constructor(message, options = {}) {
        super(message);
        this.name = 'UserError';
        this.input = options.input;
        this.file = options.file;
        this.line = options.line;
        this.hint = options.hint;
    }
    /** `input: file:line: message (hint)` — one line, whatever the message held. */
    render() {
        let where = '';
        if (this.input)
            where += `${this.input}: `;
        if (this.file)
            where += this.line ? `${this.file}:${this.line}: ` : `${this.file}: `;
        else if (this.line)
            where += `line ${this.line}: `;
        const text = `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
        return text.replace(/[\r\n]+/g, ' ');
    }
    /** Further errors found in the same pass, so that a user sees them all at once. */
    more = [];
    /** One error carrying all of `errors` (the first is the headline). */
    static several(errors) {
        const [first, ...rest] = errors;
        // A nested reader's error arrives with its `more` already collected beside it: each once.
        for (const e of rest)
            if (e !== first && !first.more.includes(e))
                first.more.push(e);
        return first;
    }
    /** Every error of this one, itself first, each rendered as one line. */
    renderAll() {
        return [this.render(), ...this.more.map((e) => e.render())];
    }
    /** The same error, attributed to an input and/or file when it did not say yet. */
    static attribute(err, options) {
        if (!(err instanceof UserError))
            return err;
        if ((options.input && !err.input) || (options.file && !err.file) || (options.line && !err.line && !err.file)) {
            const copy = new UserError(err.message, {
                input: err.input ?? options.input,
                file: err.file ?? options.file,
                line: err.line ?? options.line,
                hint: err.hint ?? options.hint
            });
            copy.more = err.more;
            return copy;
        }
        return err;
    }
}
/**
 * `attempt(fn, fallback)`: runs `fn`; a UserError it throws (with its `more`) is pushed to `errors`
 * and `fallback` returned, so that every bad input is found before one error reports them all.
 */
function collecting(errors) {
    return (fn, fallback) => {
        try {
            return fn();
        }
        catch (err) {
            if (!(err instanceof UserError))
                throw err;
            errors.push(err, ...err.more);
            return fallback;
        }
    };
}


/***/ }),

/***/ 6921:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ INIT_BOOLEAN_FLAGS),
/* harmony export */   Fb: () => (/* binding */ INIT_HELP),
/* harmony export */   q7: () => (/* binding */ InitInputs)
/* harmony export */ });
/** Flags of `phase-gates init` (the command line only; no action runs init). */
const InitInputs = {
    Provider: 'provider',
    Force: 'force',
    Ref: 'ref'
};
/** Flags of `phase-gates init` that take no value (`--force`). */
const INIT_BOOLEAN_FLAGS = [InitInputs.Force];
/** What `phase-gates init --help` says beyond the flag names. */
const INIT_HELP = `  --provider P
      Where to deploy: command, kubernetes, aws-ecs, azure-webapp, gcp-cloudrun or vercel (required)
  --force
      Overwrite files that exist (deploy.sh and rollback.sh are never overwritten); with another
      provider, remove the unedited files the previous one wrote (default: false)
  --ref OWNER/REPO@SHA
      The repository and commit of phase-gates to pin its actions to (default: this checkout's
      remote origin and HEAD, with the tag at HEAD; installed without git, package.json's
      repository and gitHead)`;


/***/ }),

/***/ 4434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports MASK, MIN_ENCODED, MIN_LINE, MIN_GUESSED, secretValue, secretForms */
/**
 * The one secret masker of phase-gates: deploy, smoke-test, the pipeline and both hosts register
 * secrets here and mask with it, in every file, output, summary, log line and ledger record they
 * write. The runner masks what reaches the step log, but not our files.
 *
 * One rule set, the runner's where it has one (actions/runner: src/Sdk/DTLogging/Logging/
 * SecretMasker.cs `AddValue` at 157e03616e677ba45b5faa9fe4ffee8d5906ad5f, which skips only an
 * empty value and has no minimum length; src/Runner.Worker/Worker.cs `InitializeSecretMasker` at
 * 0944b5b614b660d7311b5629210eb84b9de78bc7, which trims a secret variable and adds it whole and
 * line by line; src/Runner.Worker/ActionCommandManager.cs `AddMaskCommandExtension` at
 * 02523b9a60a24fe13364739abefe2255c5a6b758, which refuses a blank add-mask with a warning):
 * - A value is trimmed of surrounding white space, as the runner trims a secret variable: a token
 *   pasted with a trailing newline is printed by tools without it. A blank value is not a secret
 *   (the runner warns of an empty add-mask and registers nothing).
 * - A value given as a secret (a token input, a required secret, `setSecret`) is masked whatever
 *   its length, as the runner masks it in the step log: leaving a short one in our files would
 *   put in the ledger what the log hides. Parts we only guess are credentials (the value after
 *   `Bearer`, a cookie's value, a URL's user, password and credential-named query values) are
 *   registered from {@link MIN_GUESSED} characters: a user `u` is no secret, and masking every `u`
 *   would garble every report.
 * - Each line of a multi-line secret is masked on its own (the runner adds every line: a child
 *   process prints one line at a time), from {@link MIN_LINE} characters: a PEM's lone `}` or `-`
 *   line would otherwise mask punctuation everywhere.
 * - Like the runner's value encoders (src/Sdk/DTLogging/Logging/ValueEncoders.cs at
 *   3f7a01af939560ceb1222bca97d1ca4bee1ed843:
 *   Base64StringEscape and its shifts by one and two bytes, JsonStringEscape, UriDataEscape,
 *   XmlDataEscape, ExpressionStringEscape, TrimDoubleQuotes), a secret is masked in the forms a
 *   script is likely to print it in; beyond them: base64url, form encoding, hex, backslash (shell)
 *   escapes. Encoded forms shorter than {@link MIN_ENCODED} are not registered.
 *
 * Base64 of a secret inside a longer text depends on what precedes it (mod 3 bytes) and on what
 * follows it: for each of the three alignments, only the characters that the secret's own bytes
 * decide are registered (a partial last group is left out), so `base64("user:" + secret)` is masked
 * whatever comes before or after.
 */
/** Header and query parameter names whose values are credentials. */
const SECRET_NAME = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|passw|api[-_]?key|^key$|session|credential|signature|auth/i;
/** Whether a header or query parameter name holds a credential (its value is masked; smoke-test keeps it from other origins). */
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/** The mask, as the runner prints it. */
const MASK = '***';
/** Shortest encoded form registered: shorter ones would mask ordinary text. */
const MIN_ENCODED = 8;
/** Shortest line of a multi-line secret masked on its own. */
const MIN_LINE = 4;
/** Shortest part of a header or URL registered as a guessed credential. */
const MIN_GUESSED = 3;
/**
 * A value as the masker registers it: trimmed, or undefined when blank. Hosts that register
 * secrets on their own (the runner's `add-mask`) use it too, so the runner's log and our files
 * hide the same thing.
 */
function secretValue(value) {
    const v = value?.trim();
    return v ? v : undefined;
}
function base64Stable(bytes) {
    const out = [];
    for (let shift = 0; shift < 3; shift++) {
        const part = bytes.subarray(shift);
        const whole = part.length - (part.length % 3);
        if (whole === 0)
            continue;
        const b64 = part.subarray(0, whole).toString('base64');
        out.push(b64, b64.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return out;
}
/** RFC 3986 escaping of every character that is not unreserved, as .NET's Uri.EscapeDataString does. */
function escapeDataString(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function xmlEscape(value) {
    return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}
/** The forms a secret is masked in, longest first, raw value included. */
function secretForms(value) {
    const forms = new Set([value]);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= MIN_LINE)
            forms.add(line.trim());
    const bytes = Buffer.from(value, 'utf8');
    const encoded = [
        ...base64Stable(bytes),
        JSON.stringify(value).slice(1, -1),
        encodeURIComponent(value),
        escapeDataString(value),
        encodeURIComponent(value).replace(/%20/g, '+'),
        new URLSearchParams({ v: value }).toString().slice(2),
        xmlEscape(value),
        value.replace(/'/g, "''"),
        value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : '',
        bytes.toString('hex'),
        bytes.toString('hex').toUpperCase(),
        value.replace(/[\\"'$`]/g, '\\$&')
    ];
    for (const form of encoded)
        if (form.length >= MIN_ENCODED)
            forms.add(form);
    return [...forms].sort((a, b) => b.length - a.length);
}
/**
 * Holds the secret values of one run and replaces them, in every form, in text. One per run,
 * shared by everything that run writes; `register` passes each new value on to the host (the
 * runner's `add-mask`, the CLI's own masking).
 */
class Redactor {
    register;
    forms = [];
    raw = [];
    constructor(register = () => undefined) {
        this.register = register;
    }
    /** Registers a secret (trimmed; blank ones are not secrets) with its encoded forms, whatever its length. */
    add(value) {
        const v = secretValue(value);
        if (!v || this.raw.includes(v))
            return;
        this.raw.push(v);
        for (const form of secretForms(v))
            if (!this.forms.includes(form))
                this.forms.push(form);
        this.forms.sort((a, b) => b.length - a.length);
        this.register(v);
    }
    /** A part guessed to be a credential: registered from {@link MIN_GUESSED} characters. */
    guess(value) {
        const v = secretValue(value);
        if (v && v.length >= MIN_GUESSED)
            this.add(v);
    }
    /** A header value, when its name holds a credential: the whole of it, and the credential after an auth scheme (`Bearer x` → `x`) or in a cookie. */
    addHeader(name, value) {
        if (!isSecretName(name))
            return;
        this.guess(value);
        const m = /^\s*[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);
        if (m && /^(authorization|proxy-authorization)$/i.test(name))
            this.guess(m[1]);
        if (/cookie/i.test(name))
            for (const part of value.split(';'))
                this.guess(part.split('=').slice(1).join('='));
    }
    /** Registers a URL's user, password and credential-named query values; returns the URL with them masked. */
    maskUrl(url) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return this.redact(url);
        }
        if (u.password)
            this.guess(decodeURIComponent(u.password));
        if (u.username)
            this.guess(decodeURIComponent(u.username));
        for (const [k, v] of u.searchParams)
            if (isSecretName(k))
                this.guess(v);
        if (u.username || u.password) {
            u.username = '';
            u.password = '';
            return this.redact(u.href.replace('://', '://***@'));
        }
        return this.redact(u.href);
    }
    /** `text` with every registered form replaced by {@link MASK}. */
    redact(text) {
        let s = text;
        for (const form of this.forms)
            if (s.includes(form))
                s = s.split(form).join(MASK);
        return s;
    }
    /** A copy of a JSON value with every string redacted. */
    redactDeep(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactDeep(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactDeep(v)]));
        }
        return value;
    }
    /** Whether `text` holds a registered secret in any form. */
    holdsSecret(text) {
        return this.forms.some((form) => text.includes(form));
    }
    /** Length of the longest registered form (0 without secrets). */
    longest() {
        return this.forms[0]?.length ?? 0;
    }
    /** Every form, for hosts that mask on their own (the runner's log). */
    values() {
        return this.forms;
    }
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/**
 * "Did you mean" hints for names a user typed: rule inputs, gate metrics, command-line flags and
 * commands share one measure of a near miss.
 */
/** The candidate closest to `name` when it is a near miss (a typo), else undefined. */
function nearest(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const limit = Math.max(1, Math.floor(name.length / 3));
    return best !== undefined && bestDistance <= Math.min(limit, 3) ? best : undefined;
}
/** ` (did you mean "x"?)` for a near miss of `name` among `candidates`, else an empty string. */
function didYouMean(name, candidates) {
    const best = nearest(name, candidates);
    return best !== undefined ? ` (did you mean "${best}"?)` : '';
}
/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions as one edit, since
 * `buidl` for `build` is the commonest typo there is.
 */
function distance(a, b) {
    if (a === b)
        return 0;
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            let d = Math.min(rows[i - 1][j] + 1, cur[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            cur[j] = d;
        }
        rows.push(cur);
    }
    return rows[a.length][b.length];
}


/***/ }),

/***/ 6179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ CliHost)
});

// UNUSED EXPORTS: gitHead

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./.build/src/host/terminal-text.js
/**
 * The job summary as a terminal shows it: the same content as the Markdown the runner renders,
 * without its markup — headings as plain lines, tables as aligned columns, `<sub>` as parentheses,
 * code spans and emphasis as their text, links as `text (url)`.
 */
/** Tags the summaries use for layout; anything else that looks like a tag (`<project-key>`) is text. */
const LAYOUT_TAGS = /<\/?(?:b|i|em|strong|code|kbd|p|div|span|details|summary|sup)\b[^>]*>/gi;
/** One line of Markdown inline text as plain text. */
function inline(text) {
    return text
        .replace(/<sub>(.*?)<\/sub>/gi, '($1)')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(LAYOUT_TAGS, '')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, url) => (label === url ? url : `${label} (${url})`))
        .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\([\\|`*_[\]#<>])/g, '$1')
        .replace(/&(lt|gt|amp|quot|#124);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#124': '|' })[e] ?? '')
        .replace(/\s+$/, '');
}
/** Columns a string takes on a terminal: emoji and other wide characters 2, combining marks 0. */
function displayWidth(text) {
    let width = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x300 && cp <= 0x36f))
            continue;
        const wide = (cp >= 0x1100 && cp <= 0x115f) ||
            (cp >= 0x2e80 && cp <= 0xa4cf) ||
            (cp >= 0xac00 && cp <= 0xd7a3) ||
            (cp >= 0xf900 && cp <= 0xfaff) ||
            (cp >= 0xff00 && cp <= 0xff60) ||
            (cp >= 0x1f300 && cp <= 0x1faff) ||
            // The dingbats and symbols the summaries use that terminals draw as emoji (✅ ❌ ➖ ⏳ ⌛ ⛔ …).
            [0x231a, 0x231b, 0x23e9, 0x23ea, 0x23eb, 0x23ec, 0x23f0, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615, 0x26a1, 0x26aa, 0x26ab, 0x26bd,
                0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26d4, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26fa, 0x26fd, 0x2705, 0x270a, 0x270b, 0x2728, 0x274c,
                0x274e, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27b0, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b55].includes(cp);
        width += wide ? 2 : 1;
    }
    return width;
}
/** The cells of a table row, split on `|` that is not escaped. */
function cells(row) {
    const body = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
    return body.split(/(?<!\\)\|/).map((c) => inline(c.trim()));
}
const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** A Markdown table as columns two spaces apart, the header underlined. */
function table(rows) {
    const parsed = rows.filter((r) => !SEPARATOR.test(r)).map(cells);
    const columns = Math.max(...parsed.map((r) => r.length));
    const widths = Array.from({ length: columns }, (_, i) => Math.max(...parsed.map((r) => displayWidth(r[i] ?? ''))));
    const line = (r) => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - displayWidth(c))))
        .join('  ')
        .replace(/\s+$/, '');
    const [head, ...body] = parsed;
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(head), rule, ...body.map(line)];
}
/** `markdown` (a job summary) as plain text for a terminal. */
function markdownToText(markdown) {
    const lines = markdown.replace(/\r\n/g, '\n').split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*\|/.test(line)) {
            const rows = [];
            while (i < lines.length && /^\s*\|/.test(lines[i]))
                rows.push(lines[i++]);
            i--;
            out.push(...table(rows));
            continue;
        }
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        if (heading) {
            out.push(inline(heading[1]));
            continue;
        }
        if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) {
            out.push('');
            continue;
        }
        out.push(inline(line));
    }
    // No runs of blank lines where tags were dropped, and no blank lines at the ends.
    return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

// EXTERNAL MODULE: ./.build/src/core/secrets.js
var secrets = __nccwpck_require__(4434);
;// CONCATENATED MODULE: ./.build/src/host/cli-host.js
/**
 * The Host of the `phase-gates` command line: inputs from flags, the summary on stdout, annotations
 * and messages on stderr, outputs kept for `--outputs` (`name=value` lines) or `--json`, and every
 * registered secret masked in all of them. Where a runner sets GITHUB_SHA, it supplies the commit
 * from `git rev-parse HEAD` in the workspace.
 */



/** `git rev-parse HEAD` in `dir`: the commit, or why there is none, in words. */
function gitHead(dir) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--verify', 'HEAD'], { cwd: dir, encoding: 'utf8', timeout: 10_000, windowsHide: true });
    const sha = r.status === 0 ? r.stdout.trim() : '';
    if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return { sha, from: 'git' };
    if (r.error?.code === 'ENOENT')
        return { sha: undefined, why: 'git is not installed' };
    if (/not a git repository/i.test(r.stderr ?? ''))
        return { sha: undefined, why: `${dir} is not in a git repository` };
    if (r.status !== 0 && /unknown revision|needed a single revision|ambiguous argument 'HEAD'/i.test(r.stderr ?? '')) {
        return { sha: undefined, why: `the git repository of ${dir} has no commit yet` };
    }
    return { sha: undefined, why: `git rev-parse HEAD failed in ${dir}: ${(r.stderr || r.error?.message || 'no output').trim().split('\n')[0]}` };
}
class CliHost {
    options;
    workspace;
    env;
    outputs = {};
    secrets = new secrets/* Redactor */.pO();
    out;
    err;
    /** The summary is printed where the messages are: lines that only repeat it are left out. */
    summaryInline = true;
    /** The commit of the run and where it came from (with `commitFromGit`). */
    commit;
    constructor(options) {
        this.options = options;
        this.workspace = options.workspace ?? process.cwd();
        this.env = options.env ?? process.env;
        this.out = options.out ?? ((t) => process.stdout.write(t));
        this.err = options.err ?? ((t) => process.stderr.write(t));
        if (options.commitFromGit) {
            const sha = this.env.GITHUB_SHA?.trim();
            this.commit = sha ? { sha, from: 'GITHUB_SHA' } : gitHead(this.workspace);
            if (this.commit.sha && this.commit.from === 'git')
                this.env = { ...this.env, GITHUB_SHA: this.commit.sha };
        }
    }
    /** What the run says about its commit when GITHUB_SHA did not give it, else undefined. */
    commitLine() {
        const c = this.commit;
        if (!c)
            return undefined;
        if (c.sha === undefined)
            return `commit: none (GITHUB_SHA is unset and ${c.why})`;
        return c.from === 'git' ? `commit: ${c.sha.slice(0, 12)} (from git rev-parse HEAD; GITHUB_SHA is unset)` : undefined;
    }
    /** Replaces every registered secret, in each form the shared masker knows, with ***. */
    mask(text) {
        return this.secrets.redact(text);
    }
    /** A JSON-able value with every registered secret masked in its strings (keys included). */
    maskValue(value) {
        if (typeof value === 'string')
            return this.mask(value);
        if (Array.isArray(value))
            return value.map((v) => this.maskValue(v));
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.mask(k), this.maskValue(v)]));
        }
        return value;
    }
    getInput(name) {
        return this.options.inputs[name] ?? '';
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    /** Prints the outputs as `name=value` lines (values on one line). */
    flushOutputs() {
        for (const [name, value] of Object.entries(this.outputs))
            this.out(this.mask(`${name}=${value.replace(/\r?\n/g, ' ')}\n`));
    }
    async appendSummary(markdown) {
        const text = this.options.summary === 'text' ? markdownToText(markdown) : markdown.replace(/\n+$/, '');
        this.out(this.mask(text) + '\n\n');
    }
    annotate(level, message, props = {}) {
        const where = props.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: ` : '';
        const label = this.options.color ? { error: '\x1b[31merror\x1b[0m', warning: '\x1b[33mwarning\x1b[0m', notice: '\x1b[36mnotice\x1b[0m' }[level] : level;
        this.err(this.mask(`${label}: ${where}${message}\n`));
    }
    info(message) {
        if (this.options.verbose !== false)
            this.err(this.mask(message) + '\n');
    }
    debug(message) {
        if (this.options.verbose && this.env.PHASE_GATES_DEBUG)
            this.err(this.mask(`debug: ${message}`) + '\n');
    }
    setSecret(value) {
        this.secrets.add(value);
    }
}


/***/ }),

/***/ 993:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_early_signals_key_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6554);
/**
 * Imported first by every entry, before the bulk of the bundle loads: SIGINT and SIGTERM received
 * during start-up are kept instead of left to Node's default (an exit with no word, no audit entry),
 * and handed over to whoever claims them: a command's cancellation (`claimSignals` in
 * src/core/cancel.ts) or, for a command with nothing to clean up, runCommand's "stop now".
 * It imports only a symbol: it must cost nothing and run before anything else.
 */

const state = {
    pending: [],
    handler: (name) => {
        state.pending.push(name);
    }
};
globalThis[_core_early_signals_key_js__WEBPACK_IMPORTED_MODULE_0__/* .EARLY_SIGNALS */ ._] = state;
process.on('SIGINT', state.handler);
process.on('SIGTERM', state.handler);


/***/ }),

/***/ 9427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export ExitCode */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6512);
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3361);
/**
 * How entries end: a user error prints its lines (`::error::` in the actions) and exits 1 with no
 * stack trace; a failed verdict prints its reason and exits 1; anything else is an internal error,
 * whose stack is shown only in debug output.
 */


const ExitCode = { Ok: 0, Failed: 1 };
/**
 * Runs a command on a host and returns the exit code; never throws. A command that does not handle
 * cancellation itself (`handlesCancel` false: it has nothing to record or clean up) ends at the
 * first SIGINT or SIGTERM, also one received during start-up, with one error line and exit 1.
 */
async function runCommand(host, command, handlesCancel = false) {
    const release = handlesCancel
        ? undefined
        : (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .claimSignals */ .Ur)((name) => {
            host.annotate('error', `cancelled (${name})`);
            process.exit(ExitCode.Failed);
        });
    try {
        const result = await command(host);
        if (!result.ok) {
            host.annotate('error', result.message ?? 'failed');
            return ExitCode.Failed;
        }
        return ExitCode.Ok;
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y) {
            for (const line of err.renderAll())
                host.annotate('error', line);
            return ExitCode.Failed;
        }
        const e = err;
        host.annotate('error', `internal error: ${e?.message ?? String(err)} (a bug in phase-gates: please report it; debug output shows the stack)`.replace(/[\r\n]+/g, ' '));
        host.debug(e?.stack ?? String(err));
        return ExitCode.Failed;
    }
    finally {
        release?.();
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8613);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__commandHelp = __webpack_exports__.bD;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ var __webpack_exports__parseFlags = __webpack_exports__.bQ;
/******/ var __webpack_exports__takeFormat = __webpack_exports__.pW;
/******/ export { __webpack_exports__commandHelp as commandHelp, __webpack_exports__main as main, __webpack_exports__parseFlags as parseFlags, __webpack_exports__takeFormat as takeFormat };
/******/ 
