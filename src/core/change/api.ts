/**
 * A pull request's change from GitHub, for when git cannot tell it (no checkout, no history to
 * fetch): `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, whose entries carry each file's
 * `patch` — the hunks of GitHub's diff of the pull request, from the merge base as on its "Files
 * changed" tab.
 *
 * GitHub's limits (REST reference, "List pull requests files"): at most 3000 files, 30 per page by
 * default (100 at most); the `patch` is left out for a binary file and for a diff too large to show,
 * so such a file's added lines are not known (said through `log`).
 */
import { UserError } from '../errors.js';
import { withGitHubErrors, type GitHubClient } from '../github/client.js';
import { parseUnifiedDiff, type ChangeSet, type FileChange } from './diff.js';

export interface ApiChangeOptions {
  owner: string;
  repo: string;
  pull: number;
  /** The input the pull request number came from, named in errors. */
  input: string;
  /** The merge base or base commit, when the caller knows it (the event payload's `base.sha`). */
  base?: string;
  /** The head commit, when known (`head.sha`). */
  head?: string;
  /** One line per file whose lines are not known, and when GitHub's 3000-file cap was reached. */
  log?: (m: string) => void;
}

/** GitHub lists at most this many files of a pull request. */
export const MAX_PULL_FILES = 3000;
const PER_PAGE = 100;

interface DiffEntry {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  patch?: string;
  additions?: number;
}

/** The files of pull request `o.pull` and the lines each added, as GitHub lists them. */
export async function changeFromApi(client: GitHubClient, o: ApiChangeOptions): Promise<ChangeSet> {
  if (!Number.isSafeInteger(o.pull) || o.pull <= 0) throw new UserError(`"${o.pull}" is not a pull request number`, { input: o.input });
  const log = o.log ?? (() => undefined);
  const entries = await withGitHubErrors(
    client,
    {
      input: o.input,
      doing: `listing the files of pull request #${o.pull} of ${o.owner}/${o.repo}`,
      forbiddenHint: 'the token needs `pull-requests: read`',
      notFoundHint: 'no such pull request, or the token cannot see the repository'
    },
    async () => {
      const all: DiffEntry[] = [];
      const iterator = client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: o.owner,
        repo: o.repo,
        pull_number: o.pull,
        per_page: PER_PAGE
      });
      let pages = 0;
      for await (const page of iterator) {
        all.push(...(page.data as DiffEntry[]));
        // GitHub stops at 3000 files; never follow more pages than that takes.
        if (++pages >= MAX_PULL_FILES / PER_PAGE) break;
      }
      return all;
    }
  );
  if (entries.length >= MAX_PULL_FILES) {
    log(`${o.input}: GitHub lists only the first ${MAX_PULL_FILES} files of a pull request; lines of files past them are not known`);
  }
  const files: FileChange[] = [];
  for (const e of entries) files.push(fileOf(e, o.input, log));
  return { base: o.base ?? '', head: o.head ?? '', source: 'api', files };
}

/** One entry as a FileChange; GitHub's statuses in FileChange's terms. */
function fileOf(e: DiffEntry, input: string, log: (m: string) => void): FileChange {
  const status: FileChange['status'] =
    e.status === 'added' ? 'added' : e.status === 'removed' ? 'deleted' : e.status === 'renamed' || e.status === 'copied' ? 'renamed' : 'modified';
  const f: FileChange = { path: e.filename, status, added: [] };
  if (e.previous_filename && status === 'renamed') f.previousPath = e.previous_filename;
  if (status === 'deleted') return f;
  if (typeof e.patch === 'string') {
    f.added = parseUnifiedDiff(e.patch)[0]?.added ?? [];
  } else if ((e.additions ?? 0) > 0 || status === 'added') {
    // GitHub leaves `patch` out for binary files and diffs too large to show.
    f.linesUnknown = true;
    log(`${input}: GitHub gives no patch for ${e.filename} (binary, or too large a diff): its added lines are not known`);
  }
  return f;
}
