/**
 * With a token: what each remote `uses:` of the run really runs, read through the GitHub API at the
 * ref it names — the action.yml (or action.yaml) of an action, the called file of a reusable
 * workflow — for PG150 (inputs) and PG151 (runtime). Their answer beats the stored table of
 * popular actions, which trusts the major a tag or a version comment names. Read in prepare()
 * (once per repository, path and ref a run, through the shared online session); without a token,
 * or when the API has no answer, nothing is known and the rules use the table as offline.
 */
import type { FileModel, Scalar } from '../../model.js';
import type { RuleContext } from '../../rule.js';
import type { DeclaredInput } from '../syntax/action-inputs.js';
import { eachSite, reportFailure, type UsesSite } from './online.js';

export interface RemoteFile {
  model: FileModel;
  /** How messages name it: `owner/repo[/path]@ref`, a commit SHA cut to 12 characters. */
  name: string;
}

/** The files remote `uses:` run, by their `uses:` node; filled by {@link RemoteUses.prepare}. */
export class RemoteUses {
  private readonly files = new Map<Scalar, RemoteFile>();

  constructor(private readonly context: RuleContext) {}

  /** Reads every remote `uses:` of the run (nothing without a token); failures become notes. */
  prepare(): Promise<void> {
    return eachSite(this.context, async (session, site) => {
      const model = await session.usesFileAt(site.owner, site.repo, site.path, site.ref);
      if (reportFailure(this.context, session, site, model) || !model) return;
      this.files.set(site.node, { model, name: nameOf(site) });
    });
  }

  /** The file a `uses:` runs, when the API gave it. */
  get(uses: Scalar | undefined): RemoteFile | undefined {
    return uses && this.files.get(uses);
  }
}

function nameOf(site: UsesSite): string {
  return `${site.slug}${site.path ? `/${site.path}` : ''}@${site.sha ? site.sha.slice(0, 12) : site.ref}`;
}

/**
 * The inputs an action's metadata declares, as the input checks take them; a Docker action also
 * takes `with: args` and `entrypoint`, which override its container's (GitHub's workflow syntax,
 * `jobs.<job_id>.steps[*].with.args`).
 */
export function declaredInputs(model: FileModel & { kind: 'action' }): Map<string, DeclaredInput> {
  const inputs = new Map<string, DeclaredInput>([...model.inputs].map(([name, input]) => [name, { required: input.required && !input.hasDefault, deprecated: input.deprecated }]));
  if (model.using?.value.trim().toLowerCase() === 'docker') {
    for (const name of ['args', 'entrypoint']) if (![...inputs.keys()].some((k) => k.toLowerCase() === name)) inputs.set(name, { required: false });
  }
  return inputs;
}
