import { status, where } from './handle.js'
import type { RepoHandle } from './handle.js'
import type { PullCommit } from '../../train/observe.js'

export interface Review {
  author: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  /** The head commit the review was given on; an approval counts only on the current head. */
  commitId: string
  submittedAt: string | null
  /** GraphQL's authorCanPushToRepository, read with the review: write access or better, as of the read. */
  canPush?: boolean
}

/** One commit of a pull request's branch: the core's shape, which the gate reads. */
export type { PullCommit }

/**
 * The commits of a pull request's branch, oldest first (GitHub lists up
 * to 250), each with the accounts GitHub links to its author and its
 * committer, and GitHub's verification of its signature.
 */
export async function pullCommits(handle: RepoHandle, number: number): Promise<PullCommit[]> {
  const commits = await handle.octokit.paginate(handle.octokit.rest.pulls.listCommits, {
    ...where(handle),
    pull_number: number,
    per_page: 100
  })
  return commits.map(c => ({
    sha: c.sha,
    author: c.author?.login ?? null,
    committer: c.committer?.login ?? null,
    verified: c.commit.verification?.verified === true,
    reason: c.commit.verification?.reason ?? 'unsigned',
    message: c.commit.message
  }))
}

/** Every review, oldest first, all pages. */
export async function reviews(handle: RepoHandle, number: number): Promise<Review[]> {
  const reviews = await handle.octokit.paginate(handle.octokit.rest.pulls.listReviews, {
    ...where(handle),
    pull_number: number,
    per_page: 100
  })
  return reviews.map(review => ({
    author: review.user?.login ?? '',
    state: review.state as Review['state'],
    commitId: review.commit_id ?? '',
    submittedAt: review.submitted_at ?? null
  }))
}

/**
 * The accounts GitHub links to a commit's author and committer: who pushed
 * it, for "the most recent push needs someone else's approval". GitHub's own
 * committer account (web-flow) is left out.
 */
export async function commitAccounts(handle: RepoHandle, sha: string): Promise<string[]> {
  const { data } = await handle.octokit.rest.repos.getCommit({ ...where(handle), ref: sha })
  const logins = [data.author?.login, data.committer?.login].filter(
    (login): login is string => !!login && login !== 'web-flow'
  )
  return [...new Set(logins)]
}

/**
 * A user's permission on the repository: admin, write, read or none
 * (maintain reports as write, triage as read).
 * https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user
 */
export async function permission(
  handle: RepoHandle,
  user: string
): Promise<'admin' | 'write' | 'read' | 'none'> {
  try {
    const { data } = await handle.octokit.rest.repos.getCollaboratorPermissionLevel({
      ...where(handle),
      username: user
    })
    return data.permission as 'admin' | 'write' | 'read' | 'none'
  } catch (error) {
    if (status(error) === 404) return 'none'
    throw error
  }
}

/** The paths a pull request changes against its merge base, all pages (GitHub lists at most 3,000). */
export async function changedFiles(handle: RepoHandle, number: number): Promise<string[]> {
  const files = await handle.octokit.paginate(handle.octokit.rest.pulls.listFiles, {
    ...where(handle),
    pull_number: number,
    per_page: 100
  })
  return files.map(f => f.filename)
}
