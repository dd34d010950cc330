import type { Octokit } from '@octokit/rest'

/**
 * What every role of the environments repository works through: the
 * client, the repository's name and, once read, its GraphQL node id (which
 * never changes, so it is read once per process).
 */
export interface RepoHandle {
  readonly octokit: Octokit
  readonly owner: string
  readonly repo: string
  /** The repository's node id, for GraphQL mutations; absent until the repository was read. */
  nodeId?: string
  /**
   * What the last observation read of the default branch's head and of the
   * branches it was asked about that did not exist, and when (a
   * `performance.now()`): a PR opened right after it needs no read of its own.
   */
  seen?: { base: string; sha: string; absent: Set<string>; at: number }
}

/** How long what an observation read may stand in for a fresh read before a write. */
export const SEEN_FOR_MS = 30_000

/** The owner and name, as REST parameters take them. */
export function where(handle: RepoHandle): { owner: string; repo: string } {
  return { owner: handle.owner, repo: handle.repo }
}

export function repositoryMissing(handle: RepoHandle): Error {
  return new Error(`${handle.owner}/${handle.repo} does not exist or the token cannot read it`)
}

export function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? Number((error as { status: unknown }).status)
    : undefined
}

/** The message and GitHub's per-field errors, where "A pull request already exists" hides. */
export function details(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data
  return `${messageOf(error)} ${JSON.stringify(data ?? '')}`
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** GitHub answered, with errors in the body (e.g. FORBIDDEN), rather than failing the request. */
export function isGraphqlRefusal(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'errors' in error &&
    Array.isArray((error as { errors: unknown }).errors)
  )
}

/** GraphQL names a GitHub App's bot `my-app`; REST, and so the rest of the toolkit, `my-app[bot]`. */
export function actorLogin(actor: { __typename: string; login: string }): string {
  return actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login
}
