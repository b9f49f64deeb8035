export const id = 317;
export const ids = [317];
export const modules = {

/***/ 4517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ contextChains),
/* harmony export */   Tf: () => (/* binding */ expressionSites),
/* harmony export */   X_: () => (/* binding */ parseSite),
/* harmony export */   YK: () => (/* binding */ parseExpression)
/* harmony export */ });
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4058);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2049);
/* harmony import */ var _actions_workflow_parser_templates_tokens_template_token__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2645);
/* harmony import */ var _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2657);
/**
 * Every `${{ }}` of a parsed file (and bare `if:` conditions), parsed with `@actions/expressions`
 * into property chains such as `steps.build.outputs.digest`, each segment with its position in
 * the file (internal to workflows-validation).
 */




/** Every context name, so that the parser builds a tree; unknown names are the parser rules' business. */
const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
/**
 * The functions of workflows that @actions/expressions does not know (its parser rejects an unknown name):
 * the status functions of `if:` and hashFiles. Without them, `if: failure() && steps.x.outcome == …` yields no chains.
 */
const WORKFLOW_FUNCTIONS = [
    ...['success', 'always', 'cancelled', 'failure'].map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];
/** The tree of an expression with every context and workflow function known; undefined when it does not parse (the syntax rules report that). */
function parseExpression(text) {
    try {
        return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
    }
    catch {
        return undefined;
    }
}
/** The expressions inside a token (and all under it), with their positions. */
function expressionSites(token, bareIf = false) {
    if (!token)
        return [];
    const sites = [];
    if (bareIf && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_3__/* .isString */ .Kg)(token) && !token.value.includes('${{')) {
        // `if:` without ${{ }} is an expression too; skip the quote a quoted scalar starts with.
        const start = token.range?.start ?? { line: 1, column: 1 };
        const quoted = token.source !== undefined && /^['"]/.test(token.source);
        sites.push({ text: token.value, at: { line: start.line, column: start.column + (quoted ? 1 : 0) } });
        return sites;
    }
    for (const [, t] of _actions_workflow_parser_templates_tokens_template_token__WEBPACK_IMPORTED_MODULE_2__/* .TemplateToken */ .s.traverse(token, true)) {
        if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_3__/* .isString */ .Kg)(t) && t.value.includes('${{')) {
            // The parser leaves a whole value as a string when one of its `${{ }}` fails: the others
            // are still expressions, and one fault must not hide the findings in them.
            sites.push(...stringSites(t));
            continue;
        }
        if (!(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_3__/* .isBasicExpression */ .hR)(t))
            continue;
        for (const o of t.originalExpressions ?? [t]) {
            const at = o.expressionRange?.start ?? (o.range ? { line: o.range.start.line, column: o.range.start.column + 4 } : { line: 1, column: 1 });
            sites.push({ text: o.expression, at });
        }
    }
    return sites;
}
/** The context chains of an expression; none when it does not parse (the syntax rules report that). */
function contextChains(site) {
    let tree;
    try {
        tree = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(site.text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
    }
    catch {
        return [];
    }
    const chains = [];
    const toPos = (p) => p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
    const visit = (e) => {
        if (!e)
            return;
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_ || e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC) {
            const segments = [];
            let cur = e;
            while (cur instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_) {
                const index = cur.index;
                if (index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS) {
                    const v = index.token.value ?? index.token.lexeme;
                    segments.unshift({ name: String(v), at: toPos(index.token.range.start) });
                }
                else if (index.constructor.name === 'Star') {
                    segments.unshift({ name: '*', at: segments[0]?.at ?? site.at });
                }
                else {
                    // A computed index (`steps[matrix.id]`): the chain cannot be followed past it.
                    visit(index);
                    segments.length = 0;
                }
                cur = cur.expr;
            }
            if (cur instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC) {
                segments.unshift({ name: cur.name.lexeme, at: toPos(cur.name.range.start) });
                chains.push({ expression: site.text, segments });
            }
            else
                visit(cur);
            return;
        }
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6)
            e.args.forEach(visit);
        else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD)
            e.args.forEach(visit);
        else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Binary */ .yI) {
            visit(e.left);
            visit(e.right);
        }
        else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Unary */ ._c)
            visit(e.expr);
        else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU)
            visit(e.group);
    };
    visit(tree);
    return chains;
}
/**
 * The `${{ }}` of a string the parser did not convert (one of them failed), positioned as the
 * parser positions them (its template reader's parseScalar): each still reaches the rules.
 */
function stringSites(token) {
    const sites = [];
    const range = token.range;
    if (!range)
        return sites;
    const single = range.start.line === range.end.line;
    const raw = single ? token.value : (token.source ?? token.value);
    const quoteOffset = single ? (token.source ?? raw).indexOf('${{') - raw.indexOf('${{') : 0;
    let start = raw.indexOf('${{');
    while (start >= 0) {
        let end = -1;
        let inString = false;
        let i = start + 3;
        for (; i < raw.length; i++) {
            if (raw[i] === "'")
                inString = !inString;
            else if (!inString && raw[i] === '}' && raw[i - 1] === '}') {
                end = i;
                break;
            }
        }
        if (end < 0)
            break;
        const inner = raw.slice(start + 3, end - 1);
        const text = inner.trim();
        const lead = inner.length - inner.trimStart().length;
        if (text) {
            if (single)
                sites.push({ text, at: { line: range.start.line, column: range.start.column + start + quoteOffset + 3 + lead } });
            else {
                const before = raw.slice(0, start);
                const lineStart = before.lastIndexOf('\n');
                sites.push({ text, at: { line: range.start.line + before.split('\n').length, column: start - lineStart + 3 + lead } });
            }
        }
        start = raw.indexOf('${{', end + 1);
    }
    return sites;
}
/** Parses an expression site; undefined when it does not parse (the syntax rules report that). */
function parseSite(site) {
    try {
        const tree = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(site.text).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
        const toPos = (p) => p.line === 0 ? { line: site.at.line, column: site.at.column + p.column } : { line: site.at.line + p.line, column: p.column + 1 };
        return { tree, toPos };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ suggestJob),
/* harmony export */   OW: () => (/* binding */ isLocalUses),
/* harmony export */   ZB: () => (/* binding */ jobsByName),
/* harmony export */   aL: () => (/* binding */ buildWorkflow),
/* harmony export */   ei: () => (/* binding */ neededJobs),
/* harmony export */   fL: () => (/* binding */ buildAction)
/* harmony export */ });
/* unused harmony export JOB_SUGGESTIONS_PER_WORKFLOW */
/* harmony import */ var _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2657);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4517);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6161);



// --- building ---------------------------------------------------------------------------------
function pos(token) {
    return token?.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 };
}
/** A scalar's text: literals as written, expressions as `${{ … }}`. */
function scalar(token) {
    if (!token)
        return undefined;
    if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isLiteral */ .c$)(token))
        return { value: token.toString(), at: pos(token) };
    if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isBasicExpression */ .hR)(token))
        return { value: token.toDisplayString(), at: pos(token) };
    return undefined;
}
function entries(token) {
    const map = new Map();
    if (!token || !(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(token))
        return map;
    for (const pair of token) {
        const key = scalar(pair.key);
        if (key && !map.has(key.value))
            map.set(key.value, { key, value: pair.value });
    }
    return map;
}
function keyOf(token, name) {
    for (const pair of token) {
        if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(pair.key) && pair.key.value === name)
            return { key: scalar(pair.key), value: pair.value };
    }
    return undefined;
}
function buildSteps(token) {
    const steps = [];
    if (!token || !(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isSequence */ .wZ)(token))
        return steps;
    let index = 0;
    for (const item of token) {
        if (!(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(item))
            continue;
        const e = entries(item);
        const expressions = [...(0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .expressionSites */ .Tf)(item)];
        const ifEntry = e.get('if');
        // A bare `if:` string is an expression too, though the token tree holds it as a string.
        if (ifEntry && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(ifEntry.value))
            expressions.push(...(0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .expressionSites */ .Tf)(ifEntry.value, true));
        steps.push({
            index: index++,
            at: pos(item),
            id: scalar(e.get('id')?.value),
            name: scalar(e.get('name')?.value),
            uses: scalar(e.get('uses')?.value),
            run: scalar(e.get('run')?.value),
            if: scalar(ifEntry?.value),
            with: entries(e.get('with')?.value),
            withKey: e.get('with')?.key,
            env: entries(e.get('env')?.value),
            expressions,
            token: item
        });
    }
    return steps;
}
function buildJob(id, token) {
    const e = entries(token);
    const needsToken = e.get('needs')?.value;
    const needs = [];
    if (needsToken && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isSequence */ .wZ)(needsToken)) {
        for (const n of needsToken) {
            const s = scalar(n);
            if (s)
                needs.push(s);
        }
    }
    else {
        const s = scalar(needsToken);
        if (s)
            needs.push(s);
    }
    const secretsToken = e.get('secrets')?.value;
    const expressions = [];
    for (const [name, entry] of e) {
        if (name === 'steps' || name === 'outputs')
            continue;
        expressions.push(...(0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .expressionSites */ .Tf)(entry.value, name === 'if'));
    }
    return {
        id,
        at: id.at,
        name: scalar(e.get('name')?.value),
        needs,
        outputs: entries(e.get('outputs')?.value),
        uses: scalar(e.get('uses')?.value),
        with: entries(e.get('with')?.value),
        withKey: e.get('with')?.key,
        secrets: secretsToken && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(secretsToken) && secretsToken.value === 'inherit' ? 'inherit' : entries(secretsToken),
        secretsKey: e.get('secrets')?.key,
        environment: e.get('environment')?.value,
        runsOn: e.get('runs-on')?.value,
        strategy: e.get('strategy')?.value,
        services: e.get('services')?.value,
        container: e.get('container')?.value,
        concurrency: e.get('concurrency')?.value,
        permissions: e.get('permissions')?.value,
        if: scalar(e.get('if')?.value),
        steps: buildSteps(e.get('steps')?.value),
        expressions,
        outputExpressions: (0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .expressionSites */ .Tf)(e.get('outputs')?.value),
        token
    };
}
function byLowerId(jobs) {
    const map = new Map();
    for (const j of jobs) {
        const key = j.id.value.toLowerCase();
        if (!map.has(key))
            map.set(key, j);
    }
    return map;
}
/** The jobs `job` needs directly that the workflow has (unknown names left out). */
function neededJobs(workflow, job) {
    const out = [];
    for (const need of job.needs) {
        const next = workflow.jobsByLowerId.get(need.value.toLowerCase());
        if (next)
            out.push(next);
    }
    return out;
}
const namesOf = new WeakMap();
/** Jobs by their `name:` (the first of a name), built once per workflow. */
function jobsByName(workflow) {
    let map = namesOf.get(workflow);
    if (!map) {
        map = new Map();
        for (const j of workflow.jobs)
            if (j.name && !map.has(j.name.value))
                map.set(j.name.value, j);
        namesOf.set(workflow, map);
    }
    return map;
}
/**
 * Most "did you mean" searches among a workflow's job ids: each compares the name with every id,
 * so thousands of unknown names in a workflow of thousands of jobs would be quadratic. Past it the
 * findings keep their message without the hint (only the first 100 of a file are shown anyway).
 */
const JOB_SUGGESTIONS_PER_WORKFLOW = 100;
const suggestionsMade = new WeakMap();
/** ` (did you mean "x"?)` for a near miss of a job id, within the workflow's budget of searches. */
function suggestJob(workflow, name) {
    const made = suggestionsMade.get(workflow) ?? 0;
    if (made >= JOB_SUGGESTIONS_PER_WORKFLOW)
        return '';
    suggestionsMade.set(workflow, made + 1);
    return (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, workflow.jobsById.keys());
}
/** The model of a workflow from the root token GitHub's parser read. */
function buildWorkflow(file, root) {
    const e = entries(root);
    const onToken = e.get('on')?.value;
    const on = new Map();
    if (onToken && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(onToken))
        for (const [k, v] of entries(onToken))
            on.set(k, v);
    else if (onToken && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isSequence */ .wZ)(onToken)) {
        for (const t of onToken) {
            const s = scalar(t);
            if (s)
                on.set(s.value, { key: s, value: t });
        }
    }
    else {
        const s = scalar(onToken);
        if (s)
            on.set(s.value, { key: s, value: onToken });
    }
    const call = on.get('workflow_call');
    const callEntries = call ? entries(call.value) : undefined;
    const jobs = [];
    const jobsToken = e.get('jobs')?.value;
    if (jobsToken && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(jobsToken)) {
        for (const pair of jobsToken) {
            const id = scalar(pair.key);
            if (id && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(pair.value))
                jobs.push(buildJob(id, pair.value));
        }
    }
    const expressions = [];
    for (const name of ['run-name', 'env', 'concurrency'])
        expressions.push(...(0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .expressionSites */ .Tf)(e.get(name)?.value));
    return {
        kind: 'workflow',
        file,
        name: scalar(e.get('name')?.value),
        on,
        workflowCall: call
            ? {
                key: call.key,
                inputs: entries(callEntries?.get('inputs')?.value),
                secrets: entries(callEntries?.get('secrets')?.value),
                outputs: entries(callEntries?.get('outputs')?.value)
            }
            : undefined,
        permissions: keyOf(root, 'permissions'),
        concurrency: keyOf(root, 'concurrency'),
        env: entries(e.get('env')?.value),
        jobs,
        jobsById: new Map(jobs.map((j) => [j.id.value, j])),
        jobsByLowerId: byLowerId(jobs),
        expressions,
        root
    };
}
/** The model of action metadata from the root token GitHub's parser read. */
function buildAction(file, root) {
    const e = entries(root);
    const inputs = new Map();
    for (const [name, entry] of entries(e.get('inputs')?.value)) {
        const spec = entries(entry.value);
        const required = spec.get('required')?.value;
        inputs.set(name, {
            key: entry.key,
            required: required !== undefined && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isLiteral */ .c$)(required) && String(required.toString()).toLowerCase() === 'true',
            hasDefault: spec.has('default'),
            deprecated: spec.has('deprecationMessage')
        });
    }
    const runs = entries(e.get('runs')?.value);
    return {
        kind: 'action',
        file,
        name: scalar(e.get('name')?.value),
        inputs,
        outputs: entries(e.get('outputs')?.value),
        using: scalar(runs.get('using')?.value),
        steps: buildSteps(runs.get('steps')?.value),
        root
    };
}
/**
 * A `uses:` of this repository at the running commit: workspace-relative `./path`, or GitHub's
 * self-repository reference `$/path` (resolved at the workflow's own commit, no checkout needed).
 */
function isLocalUses(uses) {
    const value = uses?.trim();
    return !!value && (value.startsWith('./') || value.startsWith('$/'));
}


/***/ }),

/***/ 9873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZN: () => (/* binding */ loadFile),
  PJ: () => (/* binding */ parseSource)
});

// UNUSED EXPORTS: MAX_JOBS, MAX_PARSER_MESSAGES

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var dist = __webpack_require__(2657);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js + 1 modules
var template_token = __webpack_require__(2645);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-parser.js + 1 modules
var action_parser = __webpack_require__(4240);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/convert.js + 23 modules
var convert = __webpack_require__(9443);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/template-schema.js + 10 modules
var template_schema = __webpack_require__(5041);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 1 modules
var workflow_schema = __webpack_require__(2363);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 1 modules
var action_schema = __webpack_require__(8590);
;// CONCATENATED MODULE: ./.build/src/core/workflows/schema.js
/**
 * GitHub's workflow and action.yml schemas, loaded fast. `@actions/workflow-parser` reads its own
 * JSON schema on first use through its template reader, validating it against the schema of
 * schemas: a fixed file validated on every run, about a fifth of the action's start-up. Here the
 * same parse events become the same tokens directly, and `new TemplateSchema` builds the same
 * definitions from them (test/validate/schema.test.ts compares both with the library's load).
 */




/** The next value of `reader` as a token tree; a schema file is finite, and each turn reads one event or throws. */
function readValue(reader) {
    const literal = reader.allowLiteral();
    if (literal)
        return literal;
    const sequence = reader.allowSequenceStart();
    if (sequence) {
        while (!reader.allowSequenceEnd())
            sequence.add(readValue(reader));
        return sequence;
    }
    const mapping = reader.allowMappingStart();
    if (mapping) {
        while (!reader.allowMappingEnd()) {
            const key = reader.allowLiteral();
            if (!key || !(0,dist/* isString */.Kg)(key))
                throw new Error('schema: a mapping key that is not a string');
            mapping.add(key, readValue(reader));
        }
        return mapping;
    }
    throw new Error('schema: unexpected end of the schema document');
}
/** `TemplateSchema.load` without validating a fixed file against the schema of schemas. */
function loadSchemaFast(reader) {
    reader.validateStart();
    const root = readValue(reader);
    reader.validateEnd();
    if (!(0,dist/* isMapping */.pi)(root))
        throw new Error('schema: the document is not a mapping');
    return new template_schema/* TemplateSchema */._(root);
}
/** Runs `get` (the library's cached schema getter) with the fast loader in place of `TemplateSchema.load`. */
function fast(get) {
    const original = template_schema/* TemplateSchema */._.load;
    template_schema/* TemplateSchema */._.load = loadSchemaFast;
    try {
        return get();
    }
    finally {
        template_schema/* TemplateSchema */._.load = original;
    }
}
let workflow;
let action;
/** The workflow schema (the library's own, loaded once and cached by it). */
function workflowSchema() {
    return (workflow ??= fast(workflow_schema/* getWorkflowSchema */.L));
}
/** The action.yml schema (the library's own, loaded once and cached by it). */
function actionSchema() {
    return (action ??= fast(action_schema/* getActionSchema */.E));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/core/yaml-bounds.js
var yaml_bounds = __webpack_require__(9147);
;// CONCATENATED MODULE: ./.build/src/core/workflows/source.js
/**
 * Reading workflow and action files safely (internal to workflows-validation): size, encoding and
 * alias-expansion limits are checked before GitHub's parser sees the text, so that one hostile file
 * costs bounded time and memory and becomes a finding for that file instead of ending the run.
 */



/** Most YAML nodes a file may expand to through aliases (a billion-laughs file expands to ~10⁹). */
const MAX_EXPANDED_NODES = 200_000;
/** Action metadata is named action.yml or action.yaml, Dependabot's configuration dependabot.yml; everything else is taken for a workflow. */
function kindOf(relPath) {
    // `dependabot.yml`, or `<name>.dependabot.yml` (a Dependabot configuration kept under another name).
    if (/(^|\/|\.)dependabot\.ya?ml$/.test(relPath))
        return 'dependabot';
    return /(^|\/)action\.ya?ml$/.test(relPath) ? 'action' : 'workflow';
}
/** The bounds of a kind's text: GitHub's own size limit, nesting depth, nodes, aliases. */
function boundsOf(kind) {
    return kind === 'action' ? yaml_bounds/* YAML_BOUNDS */.Y8.action : yaml_bounds/* YAML_BOUNDS */.Y8.workflow;
}
/**
 * The first bound of its kind (src/core/yaml-bounds.ts) a source's text crosses, before GitHub's
 * parser sees it: that parser builds a tree and error objects without limit.
 */
function boundsProblem(source) {
    const problem = (0,yaml_bounds/* yamlBoundsProblem */.ke)(source.text, boundsOf(source.kind));
    return problem && { message: problem.message, line: problem.line, column: problem.column };
}
/**
 * Reads a file as UTF-8 text, or says why not: too large (GitHub's limit: a file past it is read up
 * to the limit only, for the line), not a regular file, binary (a NUL byte) or not valid UTF-8.
 */
async function readSource(abs, bounds = yaml_bounds/* YAML_BOUNDS */.Y8.workflow) {
    let stat;
    try {
        stat = await external_node_fs_.promises.stat(abs);
    }
    catch (err) {
        const code = err.code;
        return { problem: { message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code})`, line: 1, column: 1 } };
    }
    if (!stat.isFile())
        return { problem: { message: 'not a regular file', line: 1, column: 1 } };
    if (stat.size > bounds.maxBytes)
        return { problem: await (0,yaml_bounds/* oversizeProblem */.jT)(abs, stat.size, bounds) };
    const bytes = await external_node_fs_.promises.readFile(abs);
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        return { problem: { message: 'binary file (a NUL byte), not YAML', ...positionOfByte(bytes, nul) } };
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { problem: { message: 'not valid UTF-8 text (GitHub reads workflows as UTF-8)', ...positionOfByte(bytes, firstInvalidUtf8(bytes)) } };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return { text };
}
function positionOfByte(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1 };
}
/** Offset of the first byte that does not decode as UTF-8 (a strict decode already failed). */
function firstInvalidUtf8(bytes) {
    // Bisect on prefixes that decode: cheap, and exact up to a truncated sequence at the cut.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 4) {
        const mid = (lo + hi) >> 1;
        try {
            decoder.decode(bytes.subarray(0, mid), { stream: true });
            decoder.decode();
            lo = mid;
        }
        catch {
            hi = mid;
        }
    }
    for (let i = lo; i <= hi; i++) {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
        }
        catch {
            return i;
        }
    }
    return lo;
}
/**
 * Refuses YAML whose aliases expand past {@link MAX_EXPANDED_NODES}. GitHub's parser resolves every
 * alias in place, so a billion-laughs file would otherwise take exponential time and memory. The
 * count is memoised per anchored node: linear in the size of the document.
 */
function aliasBomb(text) {
    // No anchor, no alias expansion: skip the second parse for the common file.
    if (!/&[^\s&*]/.test(text))
        return undefined;
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    const sizes = new Map();
    let firstAlias;
    const size = (node, depth) => {
        if (node === null || node === undefined)
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        if (depth > 1000)
            return MAX_EXPANDED_NODES + 1;
        let n = 1;
        if ((0,yaml_dist/* isAlias */.Vj)(node)) {
            firstAlias ??= node;
            const target = node.resolve(doc);
            // A circular alias is dropped by the parser: it expands to nothing.
            sizes.set(node, 1);
            n = target ? size(target, depth + 1) : 1;
        }
        else if ((0,yaml_dist/* isMap */.jh)(node) || (0,yaml_dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                n += size(item, depth + 1);
                if (n > MAX_EXPANDED_NODES)
                    break;
            }
        }
        else if ((0,yaml_dist/* isPair */.tO)(node)) {
            n = size(node.key, depth + 1) + size(node.value, depth + 1);
        }
        else if (!(0,yaml_dist/* isScalar */.jn)(node)) {
            n = 1;
        }
        sizes.set(node, n);
        return n;
    };
    const total = size(doc.contents, 0);
    if (total <= MAX_EXPANDED_NODES)
        return undefined;
    const at = firstAlias?.range ? lineCounter.linePos(firstAlias.range[0]) : { line: 1, col: 1 };
    return {
        message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb?); not parsed`,
        line: at.line,
        column: at.col
    };
}
/** The top-level keys of a kind: a mapping with one of them is of that kind. */
function kindKeys(kind) {
    return kind === 'workflow' ? WORKFLOW_KEYS : ACTION_KEYS;
}
/** Top-level keys only a workflow has; a mapping with none of them is something else. */
const WORKFLOW_KEYS = ['on', 'jobs'];
/** Top-level keys only action metadata has. */
const ACTION_KEYS = ['runs', 'name', 'description', 'author', 'inputs', 'outputs', 'branding'];
/**
 * Says, in one line, why a file that GitHub's parser refused is not a workflow (or not action
 * metadata) at all: another file extension, several YAML documents, a top level that is not a
 * mapping, or none of the keys of its kind. Undefined for a file of the right kind with errors in
 * it: those are the parser's to report, each at its place. Only called for files with problems.
 */
function notThisKind(source) {
    const what = source.kind === 'workflow' ? 'a workflow' : 'action metadata';
    if (!/\.ya?ml$/i.test(source.path)) {
        return { message: `not ${what}: GitHub reads ${source.kind === 'workflow' ? 'workflows' : 'action metadata'} from .yml or .yaml files only`, line: 1, column: 1 };
    }
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const docs = (0,yaml_dist/* parseAllDocuments */.hR)(source.text, { lineCounter, uniqueKeys: false });
    if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
        return { message: `not ${what}: the file holds no YAML value`, line: 1, column: 1 };
    }
    if (docs.length > 1) {
        const second = lineCounter.linePos(docs[1].range[0]);
        return { message: `not ${what}: ${docs.length} YAML documents (the second starts at line ${second.line}); GitHub reads one document per file`, line: second.line, column: 1 };
    }
    const doc = docs[0];
    if (doc.errors.length)
        return undefined;
    const top = doc.contents;
    if (!(0,yaml_dist/* isMap */.jh)(top)) {
        const shape = (0,yaml_dist/* isSeq */.oP)(top) ? 'a list' : 'a single value';
        const at = top?.range ? lineCounter.linePos(top.range[0]) : { line: 1, col: 1 };
        return { message: `not ${what}: its top level is ${shape}, not a mapping${source.kind === 'workflow' ? ' with on: and jobs:' : ' with runs:'}`, line: at.line, column: at.col };
    }
    const keys = top.items.map((p) => ((0,yaml_dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '')).filter(Boolean);
    const expected = source.kind === 'workflow' ? WORKFLOW_KEYS : ACTION_KEYS;
    if (keys.some((k) => expected.includes(k)))
        return undefined;
    const listed = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} keys)` : '');
    const needs = source.kind === 'workflow' ? 'neither on: nor jobs:' : 'no runs:';
    return { message: `not ${what}: ${needs} at its top level (its keys: ${listed})`, line: 1, column: 1 };
}

// EXTERNAL MODULE: ./.build/src/core/workflows/model.js
var workflows_model = __webpack_require__(7623);
;// CONCATENATED MODULE: ./.build/src/core/workflows/dependabot.js
/**
 * Dependabot's configuration (`.github/dependabot.yml`), read with the `yaml` package and a
 * LineCounter (as config.ts reads ours) into a positioned model for the dependabot rules. Only the
 * keys those rules read are modelled; a file that is no YAML mapping is one problem, not a model.
 */

/** Most `updates:` entries read (GitHub allows a few hundred; this is a bound, not a limit). */
const MAX_DEPENDABOT_UPDATES = 10_000;
function buildDependabot(source) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    // Aliases are never expanded: only nodes are read.
    const doc = (0,yaml_dist/* parseDocument */.Tp)(source.text, { lineCounter, uniqueKeys: true });
    const posOf = (node) => {
        const p = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
        return { line: p.line, column: p.col };
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        return { problems: [{ stage: 'read', message: `invalid YAML: ${e.message.split('\n')[0]}`, at: e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : { line: 1, column: 1 } }] };
    }
    const root = doc.contents;
    if (!(0,yaml_dist/* isMap */.jh)(root))
        return { problems: [{ stage: 'read', message: 'not a Dependabot configuration: its top level is not a mapping with version: and updates:', at: posOf(root) }] };
    const get = (map, key) => {
        if (!(0,yaml_dist/* isMap */.jh)(map))
            return undefined;
        const pair = map.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === key);
        return pair ? { key: pair.key, value: pair.value } : undefined;
    };
    const scalar = (node) => (node && (0,yaml_dist/* isScalar */.jn)(node) ? { value: String(node.value), at: posOf(node) } : undefined);
    const updates = [];
    const list = get(root, 'updates')?.value;
    for (const item of (0,yaml_dist/* isSeq */.oP)(list) ? list.items.slice(0, MAX_DEPENDABOT_UPDATES) : []) {
        if (!(0,yaml_dist/* isMap */.jh)(item))
            continue;
        const first = item.items[0]?.key;
        const cooldown = get(item, 'cooldown');
        const days = get(cooldown?.value, 'default-days');
        const execution = get(item, 'insecure-external-code-execution');
        updates.push({
            at: posOf(first ?? item),
            ecosystem: scalar(get(item, 'package-ecosystem')?.value),
            directory: scalar(get(item, 'directory')?.value),
            cooldownKey: cooldown && { value: 'cooldown', at: posOf(cooldown.key) },
            cooldownDefaultDays: days && { value: 'default-days', at: posOf(days.key), days: (0,yaml_dist/* isScalar */.jn)(days.value) ? String(days.value.value) : '' },
            insecureExternalCodeExecution: execution && { value: 'insecure-external-code-execution', at: posOf(execution.key), setting: (0,yaml_dist/* isScalar */.jn)(execution.value) ? String(execution.value.value) : '' }
        });
    }
    return { model: { kind: 'dependabot', file: source, updates }, problems: [] };
}

;// CONCATENATED MODULE: ./.build/src/core/workflows/parse.js
/**
 * Parsing with GitHub's own `@actions/workflow-parser` (internal to workflows-validation): its
 * messages, positioned, and the model built from its token tree. A file that cannot be read or
 * parsed still yields a {@link ParsedFile}, with its problems and no model, so that one broken file
 * never hides the findings of the others.
 */









/**
 * Most messages of GitHub's parser kept for one file (GitHub's own template reader keeps 10): a
 * file of many faults would otherwise hold hundreds of thousands of error objects. The others are
 * counted and said in one more message.
 */
const MAX_PARSER_MESSAGES = 1000;
/** Longest parser message kept (GitHub's template reader cuts at 500 characters). */
const MAX_PARSER_MESSAGE_CHARS = 1000;
/** The parser's error list, keeping the first {@link MAX_PARSER_MESSAGES} and counting the rest. */
class BoundedErrors extends template_context/* TemplateValidationErrors */.R {
    dropped = 0;
    constructor() {
        super(MAX_PARSER_MESSAGES, MAX_PARSER_MESSAGE_CHARS);
    }
    add(err) {
        const before = this.count;
        super.add(err);
        this.dropped += (Array.isArray(err) ? err.length : 1) - (this.count - before);
    }
}
/**
 * Most jobs of a workflow analysed. GitHub's converter checks `needs:` in time quadratic in the
 * jobs (its validateNeeds rescans every waiting job each time one is satisfied: 2 s for 14,000
 * jobs here, about the most 500 KB holds), and nothing of ours should be; 10,000 is far above any
 * real workflow (a matrix alone may make at most 256 jobs of a run).
 */
const MAX_JOBS = 10_000;
/** The refusal of a workflow of more than {@link MAX_JOBS} jobs, at its `jobs:` key. */
function tooManyJobs(root) {
    if (!root || !(0,dist/* isMapping */.pi)(root))
        return undefined;
    for (const pair of root) {
        if (!(0,dist/* isString */.Kg)(pair.key) || pair.key.value !== 'jobs' || !(0,dist/* isMapping */.pi)(pair.value) || pair.value.count <= MAX_JOBS)
            continue;
        const at = pair.key.range ? { line: pair.key.range.start.line, column: pair.key.range.start.column } : { line: 1, column: 1 };
        return { message: `a workflow of ${pair.value.count.toLocaleString('en-US')} jobs is more than the ${MAX_JOBS.toLocaleString('en-US')} analysed; not analysed`, at };
    }
    return undefined;
}
/** Parses text already read (tests and fixtures use this directly). */
async function parseSource(source) {
    const bomb = boundsProblem(source) ?? aliasBomb(source.text);
    if (bomb)
        return { source, problems: [{ stage: 'read', message: bomb.message, at: { line: bomb.line, column: bomb.column } }] };
    if (source.kind === 'dependabot') {
        const { model, problems } = buildDependabot(source);
        return { source, problems, dependabot: model };
    }
    const file = { name: source.path, content: source.text };
    const errors = new BoundedErrors();
    const context = new template_context/* TemplateContext */.m(errors, source.kind === 'action' ? actionSchema() : workflowSchema(), new dist/* NoOperationTraceWriter */.P0());
    let result;
    try {
        result = source.kind === 'action' ? (0,action_parser/* parseAction */.w)(file, context) : (0,dist/* parseWorkflow */.hM)(file, context);
        const tooMany = source.kind === 'workflow' ? tooManyJobs(result.value) : undefined;
        if (tooMany)
            return { source, problems: [{ stage: 'read', ...tooMany }] };
        if (source.kind === 'workflow' && result.value) {
            // The converter adds GitHub's semantic checks (cron, step ids, if: conditions, …); its
            // results are discarded, only its messages kept. No file provider: local reusable workflows
            // are checked by our own rules, which know the workspace.
            await (0,dist/* convertWorkflowTemplate */.DE)(result.context, result.value, undefined, { errorPolicy: convert/* ErrorPolicy */.t.TryConversion });
        }
    }
    catch (err) {
        return { source, problems: [{ stage: 'parser', message: `the workflow parser failed: ${err.message}`, at: { line: 1, column: 1 } }] };
    }
    const problems = result.context.errors.getErrors().map((e) => ({
        stage: 'parser',
        // YAML errors come with a multi-line snippet; a finding is one line.
        message: e.rawMessage.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, ''),
        at: e.range ? { line: e.range.start.line, column: e.range.start.column } : prefixPos(e.prefix)
    }));
    if (errors.dropped) {
        problems.push({
            stage: 'parser',
            message: `${errors.dropped.toLocaleString('en-US')} more messages of GitHub's parser in this file, not listed (the first ${MAX_PARSER_MESSAGES.toLocaleString('en-US')} are)`,
            at: { line: 1, column: 1 }
        });
    }
    if (problems.length && !ofItsKind(source, result.value)) {
        // A file that is not of this kind at all gets one line saying so, not the parser's many.
        const other = notThisKind(source);
        if (other)
            return { source, problems: [{ stage: 'read', message: other.message, at: { line: other.line, column: other.column } }] };
    }
    if (source.kind === 'action' && result.value) {
        // Descriptions are documentation: the runner never evaluates a `${{ }}` written in them
        // (e.g. an example value), though the action schema's parser checks it.
        const docs = descriptionRanges(result.value);
        for (let i = problems.length - 1; i >= 0; i--)
            if (docs.some((r) => inside(problems[i].at, r)))
                problems.splice(i, 1);
    }
    let model;
    if (result.value && (0,dist/* isMapping */.pi)(result.value)) {
        model = source.kind === 'action' ? (0,workflows_model/* buildAction */.fL)(source, result.value) : (0,workflows_model/* buildWorkflow */.aL)(source, result.value);
    }
    return { source, problems, model };
}
/**
 * A top level the parser read as a mapping with a key of the file's kind (`on:`/`jobs:`, `runs:` …):
 * surely of its kind, so that {@link notThisKind} need not parse the file a second time.
 */
function ofItsKind(source, root) {
    if (!root || !(0,dist/* isMapping */.pi)(root) || !/\.ya?ml$/i.test(source.path))
        return false;
    const keys = kindKeys(source.kind);
    for (const pair of root)
        if ((0,dist/* isString */.Kg)(pair.key) && keys.includes(pair.key.value))
            return true;
    return false;
}
/** `name (Line: 3, Col: 5)` → its position, for the few messages that carry no range. */
function prefixPos(prefix) {
    const m = /\(Line: (\d+), Col: (\d+)\)/.exec(prefix ?? '');
    return m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 };
}
/** Reads and parses one file; `path` is relative to the workspace with forward slashes. */
async function loadFile(abs, path) {
    const kind = kindOf(path);
    const read = await readSource(abs, boundsOf(kind));
    if ('problem' in read) {
        const source = { path, abs, kind, text: '' };
        return { source, problems: [{ stage: 'read', message: read.problem.message, at: { line: read.problem.line, column: read.problem.column } }] };
    }
    return parseSource({ path, abs, kind, text: read.text });
}
function inside(p, r) {
    const afterStart = p.line > r.start.line || (p.line === r.start.line && p.column >= r.start.column);
    const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.column <= r.end.column);
    return afterStart && beforeEnd;
}
/** Ranges of every `description:` value of action metadata. */
function descriptionRanges(root) {
    const ranges = [];
    for (const [parent, token, key] of template_token/* TemplateToken */.s.traverse(root)) {
        if (parent && key && (0,dist/* isString */.Kg)(key) && key.value === 'description' && token !== key && token.range)
            ranges.push(token.range);
    }
    return ranges;
}


/***/ }),

/***/ 9829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ firstWorkflow),
/* harmony export */   QP: () => (/* binding */ producedChecks),
/* harmony export */   "do": () => (/* binding */ producersOf),
/* harmony export */   yu: () => (/* binding */ readRequired)
/* harmony export */ });
/* unused harmony exports matrixCombinations, templateText */
/* harmony import */ var _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2657);
/**
 * Shared by the required-checks rules (PG400–PG402): the status check names the jobs of the
 * checked workflows produce, as GitHub forms them, and whether a pull request can skip them.
 */

/** Pull request triggers whose filters leave a check pending forever. */
const PR_TRIGGERS = ['pull_request', 'pull_request_target'];
const FILTERS = ['paths', 'paths-ignore', 'branches', 'branches-ignore'];
/** Reads the source once per source object, whatever rule asks first. */
const states = new WeakMap();
function readRequired(source) {
    let p = states.get(source);
    if (!p) {
        p = source.read();
        states.set(source, p);
    }
    return p;
}
/** Most jobs a matrix may make in a workflow run (GitHub's limit). */
const MAX_MATRIX_JOBS = 256;
function literal(token) {
    return token && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isLiteral */ .c$)(token) ? token.toString() : undefined;
}
/** The literal matrix combinations of a job (axes, minus exclude, plus include); undefined when it has no matrix or it is not literal. */
function matrixCombinations(job) {
    const strategy = job.strategy;
    if (!strategy || !(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(strategy))
        return undefined;
    let matrix;
    for (const pair of strategy)
        if (literal(pair.key) === 'matrix')
            matrix = pair.value;
    if (!matrix)
        return undefined;
    if (!(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(matrix))
        return 'dynamic';
    const axes = [];
    const include = [];
    const exclude = [];
    const objects = (token, into) => {
        if (!(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isSequence */ .wZ)(token))
            return false;
        for (const item of token) {
            if (!(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(item))
                return false;
            const o = {};
            for (const p of item) {
                const k = literal(p.key);
                const v = literal(p.value);
                if (k === undefined || v === undefined)
                    return false;
                o[k] = v;
            }
            into.push(o);
        }
        return true;
    };
    for (const pair of matrix) {
        const key = literal(pair.key);
        if (key === undefined)
            return 'dynamic';
        if (key === 'include' || key === 'exclude') {
            if (!objects(pair.value, key === 'include' ? include : exclude))
                return 'dynamic';
            continue;
        }
        if (!(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isSequence */ .wZ)(pair.value))
            return 'dynamic';
        const values = [];
        for (const v of pair.value) {
            const s = literal(v);
            if (s === undefined)
                return 'dynamic';
            values.push(s);
        }
        axes.push([key, values]);
    }
    // GitHub refuses a matrix of more than 256 jobs (https://docs.github.com/en/actions/reference/limits):
    // such a product is not expanded (it would be exponential in the axes), its names stay unknown.
    if (axes.reduce((n, [, values]) => n * Math.max(values.length, 1), 1) > MAX_MATRIX_JOBS)
        return 'dynamic';
    let combos = axes.length ? [{}] : [];
    for (const [key, values] of axes)
        combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
    combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => c[k] === v)));
    const axisNames = new Set(axes.map(([k]) => k));
    for (const inc of include) {
        // Added to every combination whose original values it does not overwrite; else a new combination.
        const matching = combos.filter((c) => Object.entries(inc).every(([k, v]) => !axisNames.has(k) || c[k] === v));
        if (matching.length) {
            for (const c of matching)
                Object.assign(c, inc);
        }
        else {
            combos.push({ ...inc });
            if (combos.length > MAX_MATRIX_JOBS)
                return 'dynamic';
        }
    }
    return combos;
}
/**
 * The parser turns `test-${{ matrix.os }}` into `${{ format('test-{0}', matrix.os) }}`: back to
 * the template, so that matrix values expand into it.
 */
function templateText(value) {
    const m = /^\$\{\{\s*format\('((?:[^']|'')*)'\s*((?:,\s*[^,()]+?)*)\s*\)\s*\}\}$/.exec(value);
    if (!m)
        return value;
    const args = m[2].split(',').map((a) => a.trim()).filter(Boolean);
    return m[1]
        .replace(/''/g, "'")
        .replace(/\{\{|\}\}|\{(\d+)\}/g, (whole, i) => (whole === '{{' ? '{' : whole === '}}' ? '}' : args[Number(i)] !== undefined ? `\${{ ${args[Number(i)]} }}` : whole));
}
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
/** A job's check names as GitHub forms them (a regexp where run-time values remain). */
function jobCheckNames(job) {
    const base = job.name ? templateText(job.name.value) : job.id.value;
    const combos = matrixCombinations(job);
    const expand = (text, values) => {
        let dynamic = false;
        const name = text.replace(EXPRESSION, (whole, expr) => {
            const m = /^matrix\.([\w-]+)$/.exec(expr);
            if (m && m[1] in values)
                return values[m[1]];
            dynamic = true;
            return whole;
        });
        if (!dynamic)
            return { name };
        const source = name
            .split(EXPRESSION)
            .map((part, i) => (i % 2 ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join('');
        return { name, pattern: new RegExp(`^${source}$`) };
    };
    if (combos === undefined || (Array.isArray(combos) && combos.length === 0))
        return [expand(base, {})];
    if (combos === 'dynamic')
        return [/\$\{\{[^}]*matrix\./.test(base) ? expand(base, {}) : expand(`${base} (\${{ matrix }})`, {})];
    const usesMatrix = /\$\{\{[^}]*matrix\./.test(base);
    return combos.map((c) => (usesMatrix ? expand(base, c) : expand(`${base} (${Object.values(c).join(', ')})`, c)));
}
/** An `if:` that can be false: anything but `always()` and `true`. */
function canSkip(condition) {
    if (condition === undefined)
        return false;
    const c = condition.trim().replace(/^\$\{\{\s*(.*?)\s*\}\}$/, '$1').trim();
    return !(c === 'true' || c === 'always()');
}
/** The filters of a workflow's pull request triggers that can leave it unstarted, e.g. `pull_request.paths`. */
function prFilter(workflow) {
    for (const trigger of PR_TRIGGERS) {
        const entry = workflow.on.get(trigger);
        if (!entry || !(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(entry.value))
            continue;
        for (const pair of entry.value) {
            const key = literal(pair.key);
            if (key && FILTERS.includes(key)) {
                const at = pair.key.range ? { line: pair.key.range.start.line, column: pair.key.range.start.column } : entry.key.at;
                return { reason: `\`${trigger}.${key}\` of workflow ${workflow.file.path}`, node: { at } };
            }
        }
    }
    return undefined;
}
/** Every check name the jobs of the checked workflows produce, reusable workflows followed one level per call. */
function producedChecks(project) {
    const out = [];
    for (const file of project.files) {
        const workflow = file.model;
        if (!workflow || workflow.kind !== 'workflow')
            continue;
        // A workflow only others call produces its checks under its callers' names.
        if (workflow.on.size === 1 && workflow.workflowCall)
            continue;
        const filter = prFilter(workflow);
        for (const job of workflow.jobs) {
            const jobSkip = canSkip(job.if?.value) ? { reason: `the \`if:\` of job "${job.id.value}"`, node: job.if } : undefined;
            const skip = filter ? { ...filter, hard: true } : jobSkip ? { ...jobSkip, hard: false } : undefined;
            const names = jobCheckNames(job);
            if (!job.uses) {
                for (const n of names)
                    out.push({ ...n, workflow, job, skip });
                continue;
            }
            const callee = project.local(job.uses.value);
            for (const caller of names) {
                if (!callee || callee.kind !== 'workflow') {
                    out.push({ name: `${caller.name} / …`, pattern: new RegExp(`^${escape(caller.name)} / .*$`), workflow, job, skip });
                    continue;
                }
                for (const inner of callee.jobs) {
                    const innerSkip = skip ?? (canSkip(inner.if?.value) ? { reason: `the \`if:\` of job "${inner.id.value}" in ${callee.file.path}`, node: job.uses, hard: false } : undefined);
                    for (const n of jobCheckNames(inner)) {
                        const name = `${caller.name} / ${n.name}`;
                        const pattern = caller.pattern || n.pattern ? new RegExp(`^${caller.pattern ? caller.pattern.source.slice(1, -1) : escape(caller.name)} / ${n.pattern ? n.pattern.source.slice(1, -1) : escape(n.name)}$`) : undefined;
                        out.push({ name, pattern, workflow, job, skip: innerSkip });
                    }
                }
            }
        }
    }
    return out;
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The produced checks that give `name`. */
function producersOf(name, produced) {
    return produced.filter((p) => p.name === name || (p.pattern?.test(name) ?? false));
}
/** Where a finding about the whole set goes: the first workflow file (its `on:` pull request trigger or its top). */
function firstWorkflow(project) {
    for (const file of project.files) {
        const model = file.model;
        if (model?.kind !== 'workflow')
            continue;
        const trigger = PR_TRIGGERS.map((t) => model.on.get(t)).find(Boolean);
        return { workflow: model, node: trigger?.key ?? model.name ?? { at: { line: 1, column: 1 } } };
    }
    return undefined;
}


/***/ })

};
