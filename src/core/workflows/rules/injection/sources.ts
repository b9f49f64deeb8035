/**
 * Where untrusted data comes from and where it becomes code, for PG200 untrusted-input-in-script:
 * attacker-controlled fields of the event, actions whose inputs are code, and action outputs that
 * carry attacker-controlled text.
 */

/**
 * Attacker-controlled fields: actionlint's list and GitHub's security hardening guide, and the
 * text fields (titles, bodies, messages, names, head branches, file paths of pushed commits) that
 * zizmor's context-capabilities.csv (zizmorcore/zizmor 11bbf7e6, crates/zizmor/data/) rates
 * "arbitrary" or "structured". Left out on purpose: fields the base repository's maintainers set
 * (repository, organization, labels, milestones, base refs), ids, node ids, URLs and dates. `*` is
 * any element of an array.
 */
export const UNTRUSTED_CONTEXTS: readonly string[] = [
  'github.head_ref',
  'github.event.review_comment.body',
  'github.event.answer.body',
  'github.event.build.error.message',
  'github.event.check_run.check_suite.head_branch',
  'github.event.check_run.check_suite.pull_requests.*.head.ref',
  'github.event.check_run.deployment.description',
  'github.event.check_run.output.summary',
  'github.event.check_run.output.text',
  'github.event.check_run.output.title',
  'github.event.check_run.pull_requests.*.head.ref',
  'github.event.check_suite.head_branch',
  'github.event.check_suite.head_commit.author.email',
  'github.event.check_suite.head_commit.author.name',
  'github.event.check_suite.head_commit.committer.email',
  'github.event.check_suite.head_commit.committer.name',
  'github.event.check_suite.head_commit.message',
  'github.event.check_suite.pull_requests.*.head.ref',
  'github.event.comment.body',
  'github.event.commit.author.email',
  'github.event.commit.author.name',
  'github.event.commit.commit.author.email',
  'github.event.commit.commit.author.name',
  'github.event.commit.commit.committer.email',
  'github.event.commit.commit.committer.name',
  'github.event.commit.commit.message',
  'github.event.commit.committer.email',
  'github.event.commit.committer.name',
  'github.event.commits.*.added.*',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.commits.*.committer.email',
  'github.event.commits.*.committer.name',
  'github.event.commits.*.message',
  'github.event.commits.*.modified.*',
  'github.event.commits.*.removed.*',
  'github.event.deployment.description',
  'github.event.deployment_status.description',
  'github.event.discussion.body',
  'github.event.discussion.title',
  'github.event.forkee.default_branch',
  'github.event.forkee.description',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.head_commit.committer.email',
  'github.event.head_commit.committer.name',
  'github.event.head_commit.message',
  'github.event.issue.body',
  'github.event.issue.title',
  'github.event.merge_group.head_commit.author.email',
  'github.event.merge_group.head_commit.author.name',
  'github.event.merge_group.head_commit.committer.email',
  'github.event.merge_group.head_commit.committer.name',
  'github.event.merge_group.head_commit.message',
  'github.event.merge_group.head_ref',
  'github.event.old_answer.body',
  'github.event.pages.*.page_name',
  'github.event.pages.*.summary',
  'github.event.pages.*.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.title',
  'github.event.release.assets.*.label',
  'github.event.release.body',
  'github.event.review.body',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.committer.email',
  'github.event.workflow_run.head_commit.committer.name',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_repository.description',
  'github.event.workflow_run.pull_requests.*.head.ref'
];

/**
 * Action inputs that are code (zizmor's list: CodeQL's injection sinks plus its own additions), by
 * `owner/repo` in lower case.
 */
export const CODE_INPUTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['8398a7/action-slack', ['custom_payload']],
  ['actions/github-script', ['script']],
  ['appleboy/ssh-action', ['script']],
  ['azure/cli', ['inlineScript']],
  ['azure/powershell', ['inlineScript']],
  ['devorbitus/yq-action-output', ['cmd']],
  ['gautamkrishnar/blog-post-workflow', ['item_exec']],
  ['imjohnbo/issue-bot', ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text']],
  ['lucasbento/auto-close-issues', ['issue-close-message']],
  ['mikefarah/yq', ['cmd']],
  ['roots/issue-closer-action', ['issue-close-message', 'pr-close-message']],
  ['sergeysova/jq-action', ['cmd']],
  ['skitionek/notify-microsoft-teams', ['overwrite']],
  ['tibdex/backport', ['body_template', 'head_template', 'labels_template', 'title_template']],
  ['amadevus/pwsh-script', ['script']],
  ['jannekem/run-python-script-action', ['script']],
  ['cardinalby/js-eval-action', ['expression']],
  ['addnab/docker-run-action', ['options', 'run']]
]);

/**
 * Outputs of well-known actions that carry attacker-controlled text, by `owner/repo`: a pattern
 * on the output name. File names of a pull request (tj-actions/changed-files) and branch names
 * (tj-actions/branch-names) are chosen by whoever opens it.
 */
export const TAINTED_OUTPUTS: ReadonlyMap<string, RegExp> = new Map([
  ['tj-actions/changed-files', /files|directories/i],
  ['tj-actions/branch-names', /branch|ref|tag/i]
]);
