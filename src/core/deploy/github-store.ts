/**
 * Deployments on GitHub: the Deployments API through the shared client (retries, throttling,
 * one-line errors). A deployment is created for the commit (`ref` = GITHUB_SHA) with the version
 * in its payload; statuses move it through in_progress → success / failure / error.
 */
import type { GitHubClient, RepoRef } from '../github/client.js';
import { withGitHubErrors } from '../github/client.js';
import { asRehearsal, type DeploymentRecord, type DeploymentState, type DeploymentStore, type NewDeployment, type StatusUpdate } from './store.js';

const FORBIDDEN = 'the token needs `permissions: deployments: write`';

interface ApiDeployment {
  id: number;
  environment: string;
  sha: string;
  ref: string;
  created_at: string;
  payload: unknown;
}

function fromApi(d: ApiDeployment): DeploymentRecord {
  const payload = (typeof d.payload === 'object' && d.payload !== null ? d.payload : {}) as Record<string, unknown>;
  return {
    id: String(d.id),
    environment: d.environment,
    // Deployments made by other tools carry no version: the commit stands for it.
    version: typeof payload.version === 'string' ? payload.version : d.sha,
    sha: d.sha,
    createdAt: d.created_at,
    rollbackOf: typeof payload.rollbackOf === 'string' ? payload.rollbackOf : undefined,
    slot: typeof payload.slot === 'string' ? payload.slot : undefined,
    rehearsal: asRehearsal(payload.rehearsal)
  };
}

/** GitHub's record of deployments of one repository. */
export class GitHubStore implements DeploymentStore {
  readonly kind = 'github' as const;
  readonly where: string;

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    /** The input calls serve, for errors (`token`). */
    private readonly input: string
  ) {
    this.where = `${repo.owner}/${repo.repo}`;
  }

  async list(environment: string, limit: number): Promise<DeploymentRecord[]> {
    const out: DeploymentRecord[] = [];
    const perPage = Math.min(100, limit);
    for (let page = 1; out.length < limit && page <= Math.ceil(limit / perPage); page++) {
      const { data } = await withGitHubErrors(this.client, { input: this.input, doing: `reading deployments of ${this.where}`, forbiddenHint: FORBIDDEN }, () =>
        this.client.rest.repos.listDeployments({ owner: this.repo.owner, repo: this.repo.repo, environment, per_page: perPage, page })
      );
      out.push(...(data as ApiDeployment[]).map(fromApi));
      if (data.length < perPage) break;
    }
    return out.slice(0, limit);
  }

  async states(record: DeploymentRecord): Promise<{ states: DeploymentState[]; updatedAt?: string }> {
    const { data } = await withGitHubErrors(this.client, { input: this.input, doing: `reading statuses of deployment ${record.id}`, forbiddenHint: FORBIDDEN }, () =>
      this.client.rest.repos.listDeploymentStatuses({ owner: this.repo.owner, repo: this.repo.repo, deployment_id: Number(record.id), per_page: 100 })
    );
    // GitHub lists statuses newest first.
    const states = data.map((s) => s.state as DeploymentState).reverse();
    return { states, updatedAt: data[0]?.updated_at };
  }

  async create(d: NewDeployment): Promise<DeploymentRecord> {
    const payload: Record<string, unknown> = { version: d.version };
    if (d.rollbackOf) payload.rollbackOf = d.rollbackOf;
    if (d.slot) payload.slot = d.slot;
    if (d.rehearsal) payload.rehearsal = d.rehearsal;
    const response = await withGitHubErrors(this.client, { input: this.input, doing: `creating a deployment to ${d.environment} in ${this.where}`, forbiddenHint: FORBIDDEN }, () =>
      this.client.rest.repos.createDeployment({
        owner: this.repo.owner,
        repo: this.repo.repo,
        ref: d.sha,
        environment: d.environment,
        payload,
        description: d.description.slice(0, 140),
        auto_merge: false,
        required_contexts: [],
        production_environment: d.production,
        transient_environment: false
      })
    );
    if (response.status !== 201 || !('id' in response.data)) {
      // 202: GitHub merged the default branch into the ref first, which auto_merge: false rules out.
      throw new Error(`GitHub did not create the deployment: ${JSON.stringify(response.data)}`);
    }
    return { ...fromApi(response.data as ApiDeployment), states: [] };
  }

  async setStatus(id: string, update: StatusUpdate): Promise<void> {
    await withGitHubErrors(this.client, { input: this.input, doing: `setting deployment ${id} to ${update.state}`, forbiddenHint: FORBIDDEN }, () =>
      this.client.rest.repos.createDeploymentStatus({
        owner: this.repo.owner,
        repo: this.repo.repo,
        deployment_id: Number(id),
        state: update.state,
        description: update.description.slice(0, 140),
        ...(update.environmentUrl ? { environment_url: update.environmentUrl } : {}),
        // The run's URL; outside a workflow run the log is a file, and GitHub takes only a URL here.
        ...(update.logUrl && /^https?:\/\//i.test(update.logUrl) ? { log_url: update.logUrl } : {})
      })
    );
  }
}
