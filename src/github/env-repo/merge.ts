import { messageOf, status, where } from './handle.js'
import type { RepoHandle } from './handle.js'

export type MergeMethod = 'merge' | 'squash' | 'rebase'

export type MergeResult =
  | { merged: true; sha: string }
  /** `head-moved`: the head is not the sha we checked (409); `not-mergeable`: conflicts, protection or a pending check (405). */
  | { merged: false; reason: 'head-moved' | 'not-mergeable'; message: string }

/** Merges only if the head is still `sha`; a refusal (405, 409) is a result, not an exception. */
export async function merge(
  handle: RepoHandle,
  number: number,
  options: { sha: string; method: MergeMethod }
): Promise<MergeResult> {
  try {
    const { data } = await handle.octokit.rest.pulls.merge({
      ...where(handle),
      pull_number: number,
      sha: options.sha,
      merge_method: options.method
    })
    return { merged: true, sha: data.sha }
  } catch (error) {
    const code = status(error)
    if (code === 409) return { merged: false, reason: 'head-moved', message: messageOf(error) }
    if (code === 405) return { merged: false, reason: 'not-mergeable', message: messageOf(error) }
    throw error
  }
}

/**
 * Lets GitHub merge once the protection rules pass (GraphQL; REST has no
 * endpoint for it). GitHub refuses when nothing blocks the merge ("clean
 * status"): then this returns enabled: false and the caller merges itself.
 */
export async function enableAutoMerge(
  handle: RepoHandle,
  pullNodeId: string,
  method: MergeMethod,
  expectedHeadOid: string
): Promise<{ enabled: true } | { enabled: false; headMoved?: true; message: string }> {
  try {
    // expectedHeadOid: GitHub refuses if the head is no longer the commit the gate checked.
    await handle.octokit.graphql(
      `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID!) {
          enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid }) {
            pullRequest { number }
          }
        }`,
      { pullRequestId: pullNodeId, mergeMethod: method.toUpperCase(), expectedHeadOid }
    )
    return { enabled: true }
  } catch (error) {
    if (/\bclean status\b/i.test(messageOf(error)))
      return { enabled: false, message: messageOf(error) }
    if (/head branch was modified/i.test(messageOf(error)))
      return { enabled: false, headMoved: true, message: messageOf(error) }
    throw error
  }
}

/** Turns auto-merge off (GraphQL; REST has no endpoint for it). */
export async function disableAutoMerge(handle: RepoHandle, pullNodeId: string): Promise<void> {
  await handle.octokit.graphql(
    `mutation($pullRequestId: ID!) {
        disablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId }) {
          pullRequest { number }
        }
      }`,
    { pullRequestId: pullNodeId }
  )
}
