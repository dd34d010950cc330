import { where } from './handle.js'
import type { RepoHandle } from './handle.js'

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

/** The ids of the deployments of `ref` (a commit sha) to `environment`, oldest first (GitHub lists newest first; one page of 100). */
export async function deploymentsOf(
  handle: RepoHandle,
  ref: string,
  environment: string
): Promise<number[]> {
  const { data } = await handle.octokit.rest.repos.listDeployments({
    ...where(handle),
    sha: ref,
    environment,
    per_page: 100
  })
  return data.map(d => d.id).sort((a, b) => a - b)
}

/**
 * Removes a deployment: GitHub deletes one of several only once it is
 * inactive, so it is marked inactive first. Two requests.
 * https://docs.github.com/rest/deployments/deployments#delete-a-deployment
 */
export async function deleteDeployment(
  handle: RepoHandle,
  id: number,
  description: string
): Promise<void> {
  await setDeploymentStatus(handle, id, 'inactive', { description })
  await handle.octokit.rest.repos.deleteDeployment({ ...where(handle), deployment_id: id })
}

/**
 * A deployment of `ref` to `environment`, shown on the repository's
 * environments page. It skips GitHub's own status checks (required_contexts
 * empty) and merges nothing: the train has already gated the ref.
 */
export async function createDeployment(
  handle: RepoHandle,
  deployment: {
    ref: string
    environment: string
    description: string
    payload: Record<string, unknown>
  }
): Promise<{ id: number; nodeId: string }> {
  const { data } = await handle.octokit.rest.repos.createDeployment({
    ...where(handle),
    ref: deployment.ref,
    environment: deployment.environment,
    description: deployment.description,
    payload: deployment.payload,
    auto_merge: false,
    required_contexts: []
  })
  if (!('id' in data))
    throw new Error(
      `GitHub did not create a deployment of ${deployment.ref}: ${data.message ?? ''}`
    )
  return { id: data.id, nodeId: data.node_id }
}

/**
 * A deployment's new status and a pull request's new body in one GraphQL
 * request: GitHub runs a mutation document's fields one after another
 * (https://docs.github.com/en/graphql/guides/forming-calls-with-graphql#about-mutations).
 * The status comes first, so a body that records an outcome never stands
 * beside a deployment still shown in progress by this request.
 * https://docs.github.com/en/graphql/reference/mutations#createdeploymentstatus
 * https://docs.github.com/en/graphql/reference/mutations#updatepullrequest
 */
export async function statusAndBody(
  handle: RepoHandle,
  status: { deploymentId: string; state: DeploymentState; description: string },
  pull: { pullRequestId: string; body: string }
): Promise<void> {
  await statusMutation(handle, status, pull)
}

/**
 * A new deployment's first status, with a pull request's new body when
 * given (as statusAndBody), in one mutation whose payload then lists the
 * newest deployments of its environment (GraphQL resolves a payload after
 * the write): the ids, oldest first, of those of the same commit, this one
 * included, so a run can tell whether another made the same record first.
 * At most the environment's 20 newest are looked at: a duplicate is made
 * within the same few seconds.
 * https://docs.github.com/graphql/reference/objects#repository (deployments)
 */
export async function firstStatus(
  handle: RepoHandle,
  status: {
    deploymentId: string
    state: DeploymentState
    description: string
    environment: string
  },
  pull?: { pullRequestId: string; body: string }
): Promise<number[]> {
  const looked = await statusMutation(handle, status, pull, status.environment)
  return (looked?.repository.deployments.nodes ?? [])
    .filter(d => d.commitOid === looked?.commitOid)
    .map(d => d.databaseId)
    .sort((a, b) => a - b)
}

/** The one mutation of statusAndBody and firstStatus; with `environment`, the deployment as its payload reads it. */
async function statusMutation(
  handle: RepoHandle,
  status: { deploymentId: string; state: DeploymentState; description: string },
  pull: { pullRequestId: string; body: string } | undefined,
  environment?: string
): Promise<LookedUp | undefined> {
  const declarations = [
    '$deploymentId: ID!',
    '$state: DeploymentStatusState!',
    '$description: String!',
    ...(environment === undefined ? [] : ['$environment: String!']),
    ...(pull ? ['$pullRequestId: ID!', '$body: String!'] : [])
  ].join(', ')
  const look =
    environment === undefined
      ? 'state'
      : `deployment {
        commitOid
        repository {
          deployments(environments: [$environment], first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
            nodes { databaseId commitOid }
          }
        }
      }`
  const data = await handle.octokit.graphql<{
    createDeploymentStatus: { deploymentStatus: { deployment?: LookedUp } }
  }>(
    `mutation(${declarations}) {
  createDeploymentStatus(input: { deploymentId: $deploymentId, state: $state, description: $description }) {
    deploymentStatus { ${look} }
  }${
    pull
      ? `
  updatePullRequest(input: { pullRequestId: $pullRequestId, body: $body }) {
    pullRequest { number }
  }`
      : ''
  }
}`,
    {
      ...status,
      state: status.state.toUpperCase(),
      ...(environment === undefined ? {} : { environment }),
      ...(pull ?? {})
    }
  )
  return data.createDeploymentStatus.deploymentStatus.deployment
}

interface LookedUp {
  commitOid: string
  repository: { deployments: { nodes: { databaseId: number; commitOid: string }[] } }
}

export async function setDeploymentStatus(
  handle: RepoHandle,
  id: number,
  state: DeploymentState,
  details: { environment_url?: string; log_url?: string; description: string }
): Promise<void> {
  await handle.octokit.rest.repos.createDeploymentStatus({
    ...where(handle),
    deployment_id: id,
    state,
    ...details
  })
}
