/**
 * The smoke verdict as a deployment status, so that the deployment's page (and environment
 * protection rules) say whether the release was verified. Loaded on demand by the command: runs
 * without `deployment-id` do not pay for Octokit at start-up.
 *
 * Internal to smoke-test.
 */
import { UserError } from '../errors.js';
import { clientOptionsFromEnv, createGitHubClient, repoFromEnv, withGitHubErrors } from '../github/client.js';
import { SmokeInputs as I } from '../constants.js';

/** GitHub's limit on a deployment status description. */
export const DESCRIPTION_LIMIT = 140;

/** What to post. */
export interface DeploymentStatusRequest {
  token: string;
  deploymentId: number;
  passed: boolean;
  description: string;
  /** The verified URL, when it holds no credential. */
  environmentUrl?: string;
  env: Readonly<Record<string, string | undefined>>;
  log: (message: string) => void;
}

/** Posts `success` or `failure` on the deployment; API failures become UserErrors naming the input. */
export async function postDeploymentStatus(req: DeploymentStatusRequest): Promise<{ id: number; state: string }> {
  let client;
  let repo;
  try {
    repo = repoFromEnv(req.env);
    client = createGitHubClient({ token: req.token, ...clientOptionsFromEnv(req.env), log: req.log });
  } catch (err) {
    throw UserError.attribute(err, { input: I.DeploymentId });
  }
  const server = req.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = req.env.GITHUB_RUN_ID;
  const state = req.passed ? 'success' : 'failure';
  const description = req.description.length > DESCRIPTION_LIMIT ? req.description.slice(0, DESCRIPTION_LIMIT - 1) + '…' : req.description;
  const { data } = await withGitHubErrors(
    client,
    {
      input: I.DeploymentId,
      doing: `posting a ${state} status on deployment ${req.deploymentId} of ${repo.owner}/${repo.repo}`,
      forbiddenHint: 'the token needs `deployments: write`',
      notFoundHint: 'is deployment-id a deployment of this repository?'
    },
    () =>
      client.rest.repos.createDeploymentStatus({
        owner: repo.owner,
        repo: repo.repo,
        deployment_id: req.deploymentId,
        state,
        description,
        ...(req.environmentUrl ? { environment_url: req.environmentUrl } : {}),
        ...(runId ? { log_url: `${server}/${repo.owner}/${repo.repo}/actions/runs/${runId}` } : {})
      })
  );
  return { id: data.id, state: data.state };
}
