import type { FileChange } from './commit.js'
import { isGraphqlRefusal } from './handle.js'
import { SEEN_FOR_MS } from './handle.js'
import type { RepoHandle } from './handle.js'

/** The PR opened, or why not: the caller then goes step by step (commitFiles, findPulls, openPull). */
export type Proposal =
  | {
      opened: true
      number: number
      commitSha: string
      /** The base had moved past `parent` when the PR opened (a read the observation stood in for): the caller looks again. */
      staleBase?: true
    }
  | { opened: false; reason: string; baseMoved?: true }

/**
 * A new branch, one commit on it and its pull request, in one GraphQL
 * request: GitHub runs a mutation document's fields one after another
 * (https://docs.github.com/en/graphql/guides/forming-calls-with-graphql#about-mutations),
 * so `createRef` makes the branch at `parent` (the commit the files were
 * planned from), `createCommitOnBranch` adds the files on exactly that
 * commit (its `expectedHeadOid`: a branch that already held anything else is
 * refused, never overwritten), and `createPullRequest` opens the PR. GitHub
 * signs the commit, as it signs a Git Data API commit without an author.
 * https://docs.github.com/en/graphql/reference/mutations#createref
 * https://docs.github.com/en/graphql/reference/mutations#createcommitonbranch
 * https://docs.github.com/en/graphql/reference/mutations#createpullrequest
 *
 * One read comes first, unless the observation this plan came from read the
 * same within SEEN_FOR_MS (then none): if `base` has moved past `parent`, nothing is
 * written (`baseMoved`: plan again from the new head, so no edit planned
 * from older files lands), and if the branch already exists (a run that
 * died, a writer who got there first) the caller goes step by step, which
 * builds on what the branch holds. So the common case costs a read and a
 * write. Only a writer who creates this very branch between the read and
 * the write gets a PR opened on their commit (createRef and the commit are
 * refused, the PR is not): the step-by-step path then lands the edit on
 * top, and the gate never trusts a branch holding someone else's commit.
 *
 * Labels are not part of it (createPullRequest takes none, and adding them
 * needs the new PR's id): the caller adds them. Any field's error (the
 * branch already exists from a run that died, a PR is already open on it,
 * the commit was refused) returns `opened: false` with what GitHub said;
 * what did land is left for the step-by-step path to find and build on.
 */
export async function proposeChange(
  handle: RepoHandle,
  change: {
    base: string
    parent: string
    branch: string
    message: string
    files: readonly FileChange[]
    title: string
    body: string
    draft: boolean
  }
): Promise<Proposal> {
  if (!handle.nodeId) return { opened: false, reason: 'the repository was not read yet' }
  // The observation just read both (pull-lists.ts): the base at `parent` and no such branch. Used
  // once, and only while fresh; any other case reads them now. A base that moved in between is
  // told by the new PR's own base (staleBase below), and the caller repairs the branch at once.
  const seen = handle.seen
  const known =
    seen !== undefined &&
    seen.base === change.base &&
    seen.sha === change.parent &&
    seen.absent.delete(change.branch) &&
    performance.now() - seen.at < SEEN_FOR_MS
  if (!known) {
    const state = await handle.octokit.graphql<{
      repository: { base: { target: { oid: string } } | null; branch: { id: string } | null } | null
    }>(BRANCHES, {
      owner: handle.owner,
      repo: handle.repo,
      base: `refs/heads/${change.base}`,
      branch: `refs/heads/${change.branch}`
    })
    const baseHead = state.repository?.base?.target.oid
    if (baseHead !== change.parent)
      return {
        opened: false,
        reason: `${change.base} is at ${baseHead ?? 'nothing'}`,
        baseMoved: true
      }
    if (state.repository?.branch)
      return { opened: false, reason: `${change.branch} already exists` }
  }
  const [headline = '', ...rest] = change.message.split('\n')
  const body = rest.join('\n').replace(/^\n+/, '')
  let data: Payload | null | undefined
  let problems: string[] = []
  try {
    data = await handle.octokit.graphql<Payload>(PROPOSE, {
      repositoryId: handle.nodeId,
      ref: `refs/heads/${change.branch}`,
      parent: change.parent,
      branch: {
        repositoryNameWithOwner: `${handle.owner}/${handle.repo}`,
        branchName: change.branch
      },
      changes: {
        additions: change.files.map(f => ({
          path: f.path,
          contents: Buffer.from(f.content, 'utf8').toString('base64')
        }))
      },
      message: body ? { headline, body } : { headline },
      base: change.base,
      head: change.branch,
      title: change.title,
      body: change.body,
      draft: change.draft
    })
  } catch (error) {
    // A field's error comes back beside the data of the fields that ran (Octokit's GraphqlResponseError).
    if (!isGraphqlRefusal(error)) throw error
    const refused = error as { data?: Payload | null; errors: { message?: string }[] }
    data = refused.data
    problems = refused.errors.map(e => e.message ?? '')
  }
  const number = data?.createPullRequest?.pullRequest?.number
  const commitSha = data?.createCommitOnBranch?.commit?.oid
  if (problems.length === 0 && number !== undefined && commitSha !== undefined)
    return data?.createPullRequest?.pullRequest?.baseRefOid === change.parent
      ? { opened: true, number, commitSha }
      : { opened: true, number, commitSha, staleBase: true }
  return { opened: false, reason: problems.join('; ') || 'GitHub returned no pull request' }
}

interface Payload {
  createRef: { ref: { name: string } | null } | null
  createCommitOnBranch: { commit: { oid: string } | null } | null
  createPullRequest: { pullRequest: { number: number; baseRefOid: string | null } | null } | null
}

const BRANCHES = `query($owner: String!, $repo: String!, $base: String!, $branch: String!) {
  repository(owner: $owner, name: $repo) {
    base: ref(qualifiedName: $base) { target { oid } }
    branch: ref(qualifiedName: $branch) { id }
  }
}`

const PROPOSE = `mutation(
  $repositoryId: ID!
  $ref: String!
  $parent: GitObjectID!
  $branch: CommittableBranch!
  $changes: FileChanges!
  $message: CommitMessage!
  $base: String!
  $head: String!
  $title: String!
  $body: String!
  $draft: Boolean!
) {
  createRef(input: { repositoryId: $repositoryId, name: $ref, oid: $parent }) {
    ref { name }
  }
  createCommitOnBranch(
    input: { branch: $branch, expectedHeadOid: $parent, fileChanges: $changes, message: $message }
  ) {
    commit { oid }
  }
  createPullRequest(
    input: { repositoryId: $repositoryId, baseRefName: $base, headRefName: $head, title: $title, body: $body, draft: $draft }
  ) {
    pullRequest { number baseRefOid }
  }
}`
