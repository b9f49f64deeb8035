/**
 * Check runs: gates-enforcer publishes its verdict as one when `check-name` is set, so branch
 * protection can require it by name.
 */
import type { AnnotationLevel } from '../host.js';
import { withGitHubErrors, type GitHubClient } from './client.js';

/** GitHub takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** GitHub's limit on `output.summary` and `output.text`. */
export const OUTPUT_TEXT_LIMIT = 65535;

/** One annotation, in the check runs API's own names. Lines are 1-based. */
export interface CheckAnnotation {
  /** Path relative to the repository root. */
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line equals end_line (GitHub's rule). */
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
  raw_details?: string;
}

/** A finished check run to publish. */
export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The commit the verdict is about. */
  sha: string;
  /** The check's name as branch protection requires it, e.g. `gates_enforcer`. */
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown; cut to GitHub's 65535 characters with a note when longer. */
  summary: string;
  /** Markdown details; cut like `summary`. */
  text?: string;
  /**
   * Hidden data appended whole to `output.text` (e.g. the report copy of `embedReport`): the
   * visible `text` is cut to leave room for it, so the copy is never cut. Longer than GitHub's
   * limit on its own, it is left out.
   */
  embed?: string;
  annotations: readonly CheckAnnotation[];
  /** A link for "Details", e.g. the workflow run. */
  detailsUrl?: string;
}

/** What GitHub made of it. */
export interface PublishedCheckRun {
  id: number;
  /** The check run's page, when GitHub gives one. */
  htmlUrl: string | null;
  /** Requests sent: 1 create plus one update per further 50 annotations. */
  requests: number;
}

/** The check runs level of a host annotation level. */
export function checkAnnotationLevel(level: AnnotationLevel): CheckAnnotation['annotation_level'] {
  return level === 'error' ? 'failure' : level;
}

/**
 * Creates a completed check run on `sha`. The first 50 annotations go with the create request,
 * the rest in updates of 50 (GitHub appends them); the output is repeated on each update because
 * GitHub requires `summary` there.
 * @throws UserError naming `check-name` (or `token` for a 401), e.g. when the token lacks `checks: write`.
 */
export async function publishCheckRun(client: GitHubClient, run: CheckRunRequest): Promise<PublishedCheckRun> {
  const summary = capText(run.summary);
  const text = outputText(run.text, run.embed);
  const annotations = run.annotations.map(normalizeAnnotation);
  const output = (batch: CheckAnnotation[]) => ({
    title: run.title,
    summary,
    ...(text === undefined ? {} : { text }),
    ...(batch.length ? { annotations: batch } : {})
  });

  return withGitHubErrors(
    client,
    {
      input: 'check-name',
      doing: `publishing check run "${run.name}" on ${run.owner}/${run.repo}@${run.sha.slice(0, 12)}`,
      forbiddenHint: 'the token needs `checks: write` (pull requests from forks get a read-only token)',
      notFoundHint: 'the repository or commit does not exist, or the token cannot see it'
    },
    async () => {
      const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: run.owner,
        repo: run.repo,
        name: run.name,
        head_sha: run.sha,
        status: 'completed',
        conclusion: run.conclusion,
        completed_at: new Date().toISOString(),
        ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
        output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST))
      });
      // int64 in GitHub's description; check run ids fit a double.
      const id = Number(created.data.id);
      let requests = 1;
      // Bounded by the annotation count: one update per further batch of 50.
      for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          owner: run.owner,
          repo: run.repo,
          check_run_id: id,
          output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST))
        });
        requests++;
      }
      return { id, htmlUrl: created.data.html_url ?? null, requests };
    }
  );
}

/**
 * `text` cut to GitHub's limit with a note saying so. The limit is counted in UTF-8 bytes, which
 * is never less than GitHub's character count, and the cut never splits a character.
 */
export function capText(text: string, limit = OUTPUT_TEXT_LIMIT): string {
  if (Buffer.byteLength(text, 'utf8') <= limit) return text;
  const note = `\n\n_… cut here: GitHub keeps ${limit} characters of the ${text.length} written._`;
  const room = limit - Buffer.byteLength(note, 'utf8');
  let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
  // A multi-byte character split by the byte cut decodes as U+FFFD: drop it.
  cut = cut.replace(/\uFFFD+$/, '');
  return cut + note;
}

/** `output.text`: the visible text cut to leave room for `embed`, then `embed` whole. */
function outputText(visible: string | undefined, embed: string | undefined): string | undefined {
  const hidden = embed && Buffer.byteLength(embed, 'utf8') <= OUTPUT_TEXT_LIMIT ? embed : '';
  if (!hidden) return visible === undefined ? undefined : capText(visible);
  if (visible === undefined || visible === '') return hidden;
  const room = OUTPUT_TEXT_LIMIT - Buffer.byteLength(hidden, 'utf8') - 2;
  return room > 200 ? `${capText(visible, room)}\n\n${hidden}` : hidden;
}

/** GitHub refuses columns on multi-line annotations and lines below 1. */
function normalizeAnnotation(a: CheckAnnotation): CheckAnnotation {
  const start = Math.max(1, Math.floor(a.start_line || 1));
  const end = Math.max(start, Math.floor(a.end_line || start));
  const out: CheckAnnotation = {
    path: a.path.replace(/\\/g, '/').replace(/^\.\//, ''),
    start_line: start,
    end_line: end,
    annotation_level: a.annotation_level,
    message: capText(a.message, 64 * 1024 - 1)
  };
  if (start === end && a.start_column !== undefined) {
    out.start_column = a.start_column;
    if (a.end_column !== undefined) out.end_column = a.end_column;
  }
  if (a.title) out.title = a.title.slice(0, 255);
  if (a.raw_details) out.raw_details = capText(a.raw_details, 64 * 1024 - 1);
  return out;
}
