/** The syntax and types family of rules: its rules, one a module beside this file. */
import type { Family } from '../../rule.js';
import unreadableFile from './unreadable-file.js';
import workflowSyntax from './workflow-syntax.js';
import expressionSyntax from './expression-syntax.js';
import unknownContext from './unknown-context.js';
import unknownFunction from './unknown-function.js';
import needsUnknownJob from './needs-unknown-job.js';
import needsCycle from './needs-cycle.js';
import stepOutputsReference from './step-outputs-reference.js';
import needsOutputsReference from './needs-outputs-reference.js';
import localActionInputs from './local-action-inputs.js';
import reusableWorkflowCall from './reusable-workflow-call.js';
import unknownProperty from './unknown-property.js';
import typeMismatch from './type-mismatch.js';
import functionNotAllowed from './function-not-allowed.js';
import functionArguments from './function-arguments.js';
import runnerLabel from './runner-label.js';
import usesSyntax from './uses-syntax.js';
import missingLocalFile from './missing-local-file.js';
import constantIf from './constant-if.js';
import filterGlob from './filter-glob.js';
import requiredInputDefault from './required-input-default.js';
import matrixValues from './matrix-values.js';

const family: Family = {
  name: 'syntax',
  title: 'Syntax and types',
  description: 'What GitHub would refuse or misread: YAML and schema, expressions and their contexts, job graph, inputs of local actions and reusable workflows, runner labels, `uses:` forms and local files, constant conditions.',
  rules: [
    unreadableFile,
    workflowSyntax,
    expressionSyntax,
    unknownContext,
    unknownFunction,
    unknownProperty,
    typeMismatch,
    functionNotAllowed,
    functionArguments,
    needsUnknownJob,
    needsCycle,
    stepOutputsReference,
    needsOutputsReference,
    localActionInputs,
    reusableWorkflowCall,
    runnerLabel,
    usesSyntax,
    missingLocalFile,
    constantIf,
    filterGlob,
    requiredInputDefault,
    matrixValues
  ]
};
export default family;
