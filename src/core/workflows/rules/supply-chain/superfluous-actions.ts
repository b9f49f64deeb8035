/** PG222 superfluous-actions: third-party actions that do what a `run:` with the runner's own tools does. */
import type { Rule } from '../../rule.js';
import { parseUses, repoName } from './uses.js';

/**
 * zizmor's list (crates/zizmor/src/audit/superfluous_actions.rs, default persona): the action and
 * what to run instead. Its pedantic entries (peter-evans/create-pull-request and
 * create-or-update-comment, dtolnay/rust-toolchain, stefanzweifel/git-auto-commit-action,
 * EndBug/add-and-commit) are left out, as zizmor leaves them out by default.
 */
export const SUPERFLUOUS: ReadonlyMap<string, string> = new Map([
  ['ncipollo/release-action', '`gh release`'],
  ['softprops/action-gh-release', '`gh release`'],
  ['elgohr/github-release-action', '`gh release`'],
  ['dacbd/create-issue-action', '`gh issue create`'],
  ['actions-ecosystem/action-add-labels', '`gh issue edit --add-label` or `gh pr edit --add-label`'],
  ['actions-ecosystem/action-remove-labels', '`gh issue edit --remove-label` or `gh pr edit --remove-label`'],
  ['svenstaro/upload-release-action', '`gh release create` and `gh release upload`'],
  ['addnab/docker-run-action', '`docker run` (or a container step)'],
  ['sergeysova/jq-action', '`jq`']
]);

const rule: Rule = {
  id: 'PG222',
  name: 'superfluous-actions',
  level: 'note',
  description: 'A third-party action that only wraps a tool every GitHub-hosted runner has (`gh release`, `gh issue edit`, `docker run`, `jq`): one more dependency for nothing.',
  help: 'Every action is code of another party that runs with the job\'s token: it can be compromised, retagged or abandoned. `softprops/action-gh-release`, `actions-ecosystem/action-add-labels`, `sergeysova/jq-action` and the like do what `gh`, `docker` or `jq`, preinstalled on GitHub\'s runners, do in one `run:` line. Replace the step with that line (`gh release create "$TAG" dist/* --notes-file NOTES.md` with `GH_TOKEN: ${{ github.token }}`). The list is zizmor\'s superfluous-actions (its default entries).',
  create(context) {
    return {
      step(step, _owner, file) {
        const uses = parseUses(step.uses?.value);
        const instead = uses && SUPERFLUOUS.get(repoName(uses));
        if (instead && step.uses) context.report(file.file, step.uses, `"${uses.owner}/${uses.repo}" only wraps a tool the runner already has; use ${instead} in a run: step instead`);
      }
    };
  }
};
export default rule;
