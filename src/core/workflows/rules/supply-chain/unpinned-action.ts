/** PG201 unpinned-action: a third-party action or `docker://` image not pinned to an immutable commit or digest. */
import type { Rule, RuleSettings } from '../../rule.js';
import { isLocalUses, type Scalar } from '../../model.js';
import type { SourceFile } from '../../source.js';
import { everyUses } from './uses.js';

const SHA = /^[0-9a-f]{40}$/;
const DIGEST = /@sha256:[0-9a-f]{64}$/;

/** Whether `allow.owners` or `allow.actions` (`owner/repo`, `owner/*`, `owner/repo/path`) trusts this action. */
function allowed(action: string, settings: RuleSettings): boolean {
  const lower = action.toLowerCase();
  const owner = lower.split('/')[0];
  if (settings.allowOwners.some((o) => o.toLowerCase() === owner)) return true;
  return settings.allowActions.some((pattern) => {
    const p = pattern.toLowerCase().replace(/@.*$/, '');
    const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/.*)?$`);
    return re.test(lower);
  });
}

const rule: Rule = {
  id: 'PG201',
  name: 'unpinned-action',
  level: 'warning',
  description: 'A `uses:` of another repository not pinned to a full 40-character commit SHA, or a `docker://` image not pinned by `@sha256:` digest.',
  help: 'A tag (`@v4`) or branch (`@main`) can be moved by whoever controls the action\'s repository, and the next run executes the new code with your token and secrets (as in the tj-actions/changed-files compromise). Pin `owner/repo@<40-hex sha> # v4.2.2` and let Dependabot or Renovate update the SHA; pin `docker://image@sha256:<digest>`. Local actions (`./…`) and self-repository references (`$/…`, which run the workflow\'s own commit) are part of the repository and exempt. Every owner is third-party here, `actions/*` and `github/*` included; trust owners or actions in `.github/phase-gates.yml` with `allow: { owners: [acme], actions: [acme/deploy] }`.',
  create(context) {
    const check = (file: SourceFile, uses: Scalar | undefined): void => {
      const value = uses?.value.trim();
      if (!uses || !value || isLocalUses(value) || value.includes('${{')) return;
      if (value.startsWith('docker://')) {
        const image = value.slice('docker://'.length);
        if (DIGEST.test(image) || allowed(image, context.settings)) return;
        context.report(file, uses, `image "${value}" is not pinned by digest; use docker://${image.replace(/@.*$/, '').replace(/:[^/:]*$/, '')}@sha256:<digest>`);
        return;
      }
      const at = value.lastIndexOf('@');
      const action = at < 0 ? value : value.slice(0, at);
      const ref = at < 0 ? '' : value.slice(at + 1);
      if (SHA.test(ref) || allowed(action, context.settings)) return;
      const pinned = ref ? `${action}@<40-hex commit sha> # ${ref}` : `${action}@<40-hex commit sha>`;
      context.report(file, uses, `"${value}" is not pinned to a full commit SHA${ref ? ` ("${ref}" can be moved)` : ''}; use ${pinned}`);
    };
    return everyUses(check);
  }
};
export default rule;
