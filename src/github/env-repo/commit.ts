import { mergeThreeWay } from '../../gitops/three-way.js'
import { repositoryMissing, status, where } from './handle.js'
import type { RepoHandle } from './handle.js'
import { filesQuery } from './read.js'
import type { BlobNode } from './read.js'

export interface FileChange {
  path: string
  content: string
}

export interface CommitResult {
  commitSha: string
  /** false when the branch (or, for a new branch, its base) already had this content: nothing was written. */
  created: boolean
  /** The base moved past the `parent` the files were planned from: nothing was written; plan again. */
  baseMoved?: true
  /** Another writer changed the same lines of these files since they were read: nothing was written. */
  conflict?: string[]
}

interface BranchState {
  commitSha: string
  treeSha: string
}

/** How often commitFiles re-reads and retries when another writer moved the branch between our read and our write. */
const COMMIT_ATTEMPTS = 3

/**
 * Puts `files` on `branch` as one commit, creating the branch from `base`
 * if it does not exist. Requests: one GraphQL read of both branches and of
 * the files' current text; then, unless that shows nothing to do,
 * createTree (inline content on the parent's tree), createCommit
 * (no author or committer, so GitHub signs it and marks it Verified) and
 * createRef or updateRef with force: false. A 422 on the ref (another
 * writer created or moved it) re-reads and lands on top of that writer's
 * commit, at most three times. Re-running with the same files writes
 * nothing. An existing branch is built on, not rebased onto `base`.
 *
 * With `parent` (the commit the files were planned from), a new branch is
 * built on exactly that commit, never on a later head of `base`: edits
 * computed from one commit's files must not overwrite what a later commit
 * changed. If `base` has moved past `parent`, nothing is written and the
 * result says so, for the caller to plan again from the new head.
 *
 * Whenever the commit is built on another commit than the one the files
 * were read from (`parent`, or what the first read found), each file is
 * merged three ways (the text read, the files, the text on the new
 * parent): another writer's change to other lines is kept, and one to
 * the same lines is a conflict that writes nothing. Stale text is never
 * written on a new parent.
 */
export async function commitFiles(
  handle: RepoHandle,
  change: {
    base: string
    branch: string
    message: string
    files: readonly FileChange[]
    parent?: string
  }
): Promise<CommitResult> {
  let readFrom = change.parent
  for (let attempt = 1; ; attempt++) {
    const observed = await readBranches(handle, change.base, change.branch, change.files, readFrom)
    if (
      !observed.branch &&
      change.parent !== undefined &&
      observed.base.commitSha !== change.parent
    )
      return {
        commitSha: observed.base.commitSha,
        created: false,
        baseMoved: true
      }
    const parent = observed.branch ?? observed.base
    readFrom ??= parent.commitSha
    const onParent = observed.branch ? observed.current : observed.atBase
    let files = change.files
    if (parent.commitSha !== readFrom) {
      const merged = mergeOnto(change.files, observed.atRead, onParent)
      if ('conflict' in merged)
        return {
          commitSha: parent.commitSha,
          created: false,
          conflict: merged.conflict
        }
      files = merged.files
    }
    if (observed.branch && files.every(f => observed.current.get(f.path) === f.content))
      return { commitSha: observed.branch.commitSha, created: false }
    const written = await writeCommit(handle, parent, files, change.message)
    if (!written) return { commitSha: parent.commitSha, created: false }
    try {
      await moveBranch(handle, change.branch, written, { exists: !!observed.branch, force: false })
      return { commitSha: written, created: true }
    } catch (error) {
      if (status(error) !== 422 || attempt >= COMMIT_ATTEMPTS) throw error
    }
  }
}

/**
 * Replaces what `branch` holds with one commit of `files` on `parent`, the
 * commit of `base` the files were planned from, moving the branch there
 * with force (or creating it): whatever else the branch held is dropped.
 * For the train's own branches only, whose content the train decides.
 * If `base` has moved past `parent`, nothing is written. Requests: the
 * read of commitFiles, createTree, createCommit, then updateRef or createRef.
 */
export async function replaceBranch(
  handle: RepoHandle,
  change: {
    base: string
    branch: string
    message: string
    files: readonly FileChange[]
    parent: string
  }
): Promise<CommitResult> {
  const observed = await readBranches(handle, change.base, change.branch, [])
  if (observed.base.commitSha !== change.parent)
    return {
      commitSha: observed.base.commitSha,
      created: false,
      baseMoved: true
    }
  // The train decides what its branch holds: a commit even when base already has these files.
  const written = (await writeCommit(handle, observed.base, change.files, change.message, {
    always: true
  }))!
  await moveBranch(handle, change.branch, written, { exists: !!observed.branch, force: true })
  return { commitSha: written, created: true }
}

/**
 * One commit of `files` on `parent`: createTree with the files' content
 * inline on the parent's tree, then createCommit with no author or
 * committer, so GitHub signs it and marks it Verified. Undefined, with only
 * the tree written, when the files change nothing (unless `always`).
 */
async function writeCommit(
  handle: RepoHandle,
  parent: BranchState,
  files: readonly FileChange[],
  message: string,
  options: { always?: boolean } = {}
): Promise<string | undefined> {
  const { data: tree } = await handle.octokit.rest.git.createTree({
    ...where(handle),
    base_tree: parent.treeSha,
    tree: files.map(f => ({
      path: f.path,
      mode: '100644' as const,
      type: 'blob' as const,
      content: f.content
    }))
  })
  if (tree.sha === parent.treeSha && !options.always) return undefined
  const { data: commit } = await handle.octokit.rest.git.createCommit({
    ...where(handle),
    message,
    tree: tree.sha,
    parents: [parent.commitSha]
  })
  return commit.sha
}

/** Points `branch` at `sha`: updateRef (a fast-forward unless `force`) when it exists, else createRef. */
async function moveBranch(
  handle: RepoHandle,
  branch: string,
  sha: string,
  options: { exists: boolean; force: boolean }
): Promise<void> {
  if (options.exists)
    await handle.octokit.rest.git.updateRef({
      ...where(handle),
      ref: `heads/${branch}`,
      sha,
      force: options.force
    })
  else
    await handle.octokit.rest.git.createRef({ ...where(handle), ref: `refs/heads/${branch}`, sha })
}

/**
 * Both branches, and the files' text on `branch` (`current`), on `base`
 * (`atBase`) and, when given, at the commit `readFrom` (`atRead`), in one query.
 */
async function readBranches(
  handle: RepoHandle,

  base: string,
  branch: string,
  files: readonly FileChange[],
  readFrom?: string
): Promise<{
  base: BranchState
  branch: BranchState | undefined
  current: Map<string, string>
  atBase: Map<string, string>
  atRead: Map<string, string>
}> {
  const revisions = [`refs/heads/${branch}`, `refs/heads/${base}`, ...(readFrom ? [readFrom] : [])]
  const { query, variables } = filesQuery(
    revisions.flatMap(revision => files.map(f => `${revision}:${f.path}`)),
    `base: ref(qualifiedName: $base) { ...branchState }
    branch: ref(qualifiedName: $branch) { ...branchState }`,
    '$base: String!, $branch: String!',
    'fragment branchState on Ref { target { oid ... on Commit { tree { oid } } } }'
  )
  const data = await handle.octokit.graphql<{
    repository: (Record<string, BlobNode> & { base: RefNode; branch: RefNode }) | null
  }>(query, {
    ...variables,
    owner: handle.owner,
    repo: handle.repo,
    base: `refs/heads/${base}`,
    branch: `refs/heads/${branch}`
  })
  const repository = data.repository
  if (!repository) throw repositoryMissing(handle)
  const baseState = branchState(repository.base)
  if (!baseState) throw new Error(`branch ${base} does not exist in ${handle.owner}/${handle.repo}`)
  const [current, atBase, atRead] = [0, 1, 2].map(r => {
    const texts = new Map<string, string>()
    files.forEach((f, i) => {
      const blob = repository[`f${r * files.length + i}`] as BlobNode | undefined
      if (typeof blob?.text === 'string' && !blob.isTruncated) texts.set(f.path, blob.text)
    })
    return texts
  }) as [Map<string, string>, Map<string, string>, Map<string, string>]
  return {
    base: baseState,
    branch: branchState(repository.branch),
    current,
    atBase,
    atRead
  }
}

/** Deletes a branch; one already gone is already deleted. */
export async function deleteBranch(handle: RepoHandle, branch: string): Promise<void> {
  try {
    await handle.octokit.rest.git.deleteRef({
      ...where(handle),
      ref: `heads/${branch}`
    })
  } catch (error) {
    if (status(error) !== 422 && status(error) !== 404) throw error
  }
}

/**
 * `files`, planned from the texts `read`, carried onto a commit whose texts
 * are `onParent`: each merged three ways, or the paths that conflict.
 */
function mergeOnto(
  files: readonly FileChange[],
  read: ReadonlyMap<string, string>,
  onParent: ReadonlyMap<string, string>
): { files: FileChange[] } | { conflict: string[] } {
  const merged: FileChange[] = []
  const conflict: string[] = []
  for (const file of files) {
    const [was, now] = [read.get(file.path), onParent.get(file.path)]
    // A file deleted since the read cannot be merged into; one created since merges from nothing.
    const result =
      was !== undefined && now === undefined
        ? { conflict: true as const }
        : mergeThreeWay(was ?? '', file.content, now ?? '')
    if ('conflict' in result) conflict.push(file.path)
    else merged.push({ path: file.path, content: result.text })
  }
  return conflict.length > 0 ? { conflict } : { files: merged }
}

interface RefNode {
  target: { oid: string; tree?: { oid: string } } | null
}

function branchState(ref: RefNode | null | undefined): BranchState | undefined {
  const target = ref?.target
  if (!target?.tree) return undefined
  return { commitSha: target.oid, treeSha: target.tree.oid }
}
