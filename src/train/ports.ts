import type { HealthOutcome } from './marker.js'
import type { PullCommit, PullSnapshot } from './observe.js'

/**
 * What the train needs from GitHub, as a small interface: the GitHub shell
 * implements it over Octokit, tests put a loopback simulator behind it.
 */
export interface GitHubPort {
  /** The toolkit's own identity, whose approvals never count. */
  botLogin(): Promise<string>
  defaultBranch(): Promise<string>
  /** Many files in one read; absent files are left out. */
  readFiles(ref: string, paths: readonly string[]): Promise<Map<string, string>>
  /** The commit `branch` points at and files read from that one commit, so a plan knows exactly what it was made from. */
  readBranch(
    branch: string,
    paths: readonly string[]
  ): Promise<{ sha: string; files: Map<string, string> }>
  /**
   * The service's train PRs: those with the service label in every state,
   * open ones on its branches (a PR whose labelling failed is still found),
   * and closed ones on `branches` (exact names, such as the branches of the
   * release being observed), so a PR closed before anyone labelled it is
   * found too. Open ones with reviews, checks and their branch's commits.
   * Closed PRs on other branches without the label are not read, whatever
   * their number.
   */
  trainPulls(
    service: string,
    branches?: readonly string[],
    /** `gates: false`: the PRs as listed, no open one's gate read (what a caller that only names a release needs). */
    options?: { gates?: false }
  ): Promise<PullSnapshot[]>
  /**
   * What a round of the train reads, in one read where GitHub allows: the
   * default branch's name, the commit it points at and `paths` read from
   * that commit, and the service's train PRs as trainPulls gives them.
   */
  observe(
    service: string,
    branches: readonly string[],
    paths: readonly string[],
    /** The files an open PR on `branch` may change (its region's), read at its head with the gate when given. */
    headPaths?: (branch: string) => readonly string[]
  ): Promise<{
    base: string
    read: { sha: string; files: Map<string, string> }
    pulls: PullSnapshot[]
  }>
  /** The commits of a PR's branch, oldest first, with what GitHub says of their author, committer and signature. */
  pullCommits(number: number): Promise<PullCommit[]>
  /**
   * The text of `path` at each commit of `ref`'s first-parent chain among
   * its newest `limit` commits, newest first: what the branch held, never
   * what only passed through a merged side branch.
   */
  firstParentHistory(ref: string, path: string, limit: number): Promise<string[]>
  /**
   * Commits the files on `branch` (created from `parent`, the commit of
   * `base` they were planned from, when absent); a no-op when the branch
   * already holds them. `baseMoved`: `base` is no longer `parent`, nothing
   * was written, plan again. `conflict`: the branch already exists and
   * another writer changed the same lines of these paths there since
   * `parent`; nothing was written (their other changes would have been kept).
   */
  commitFiles(input: {
    base: string
    branch: string
    message: string
    files: { path: string; content: string }[]
    parent?: string
  }): Promise<{ commitSha: string; baseMoved?: boolean; conflict?: string[] }>
  /**
   * Puts the train's own branch back to exactly `files` in one toolkit
   * commit on `parent` (the commit of `base` they were planned from), with
   * force: a push by someone else, or a base that moved under the PR, is
   * replaced. `baseMoved`: nothing was written, plan again.
   */
  replaceBranch(input: {
    base: string
    branch: string
    message: string
    files: { path: string; content: string }[]
    parent: string
  }): Promise<{ commitSha: string; baseMoved?: boolean }>
  /**
   * A new `branch` at `parent` (the commit of `base` the files were planned
   * from), one toolkit commit of `files` on it and its labelled PR: the
   * common case in as few requests as GitHub allows. `baseMoved`: `base` is
   * no longer `parent`, nothing was written, plan again. Undefined when that
   * did not go through whole (the branch already existed, a PR is already
   * open on it, GitHub refused a step): then commitFiles, findOpenPull and
   * openPull finish the job from whatever did land.
   */
  proposeChange(input: {
    base: string
    parent: string
    branch: string
    message: string
    files: { path: string; content: string }[]
    title: string
    body: string
    labels: string[]
  }): Promise<
    { number: number; commitSha: string; staleBase?: true } | { baseMoved: true } | undefined
  >
  /** Deletes a branch this run created, when the PR for it could not be opened. */
  deleteBranch(branch: string): Promise<void>
  /** The open PR from `head`, so a run killed after pushing does not open a second one. */
  findOpenPull(head: string): Promise<{ number: number } | undefined>
  openPull(input: {
    head: string
    base: string
    title: string
    body: string
    labels: string[]
  }): Promise<{ number: number }>
  updateBody(number: number, body: string): Promise<void>
  /** Merges only if the head is still `sha`; a refusal is a value, not an error. */
  merge(
    number: number,
    sha: string
  ): Promise<{ merged: true; sha: string } | { merged: false; reason: string }>
  /**
   * Turns on auto-merge for head `sha` only (GraphQL expectedHeadOid); when
   * GitHub has nothing left to wait for, merges `sha` itself. A moved head
   * does neither: the next round gates the new head.
   */
  enableAutoMerge(number: number, sha: string): Promise<void>
  /** Turns auto-merge off, so a PR the train gives up on cannot merge while it is being closed. */
  disableAutoMerge(number: number): Promise<void>
  addLabels(number: number, labels: readonly string[]): Promise<void>
  /** Removes one label; a label the PR does not have is not an error. */
  removeLabel(number: number, label: string): Promise<void>
  /** Closes a PR with a comment that says why. */
  closePull(number: number, comment: string): Promise<void>
  /**
   * Records what runs where on the repository's environments page: a
   * deployment of `ref` to `environment` (the existing one when a killed run
   * already created it), then its state as Argo CD reports it.
   */
  createDeployment(input: {
    ref: string
    environment: string
    description: string
    /** Its first state. */
    status: { state: 'in_progress'; description: string }
    /** A PR body written with that state (the merge's record on the marker), in the same request where GitHub allows. */
    record?: { pr: number; body: string }
  }): Promise<{ id: number }>
  setDeploymentStatus(
    id: number,
    state: 'in_progress' | 'success' | 'failure' | 'error',
    description: string
  ): Promise<void>
  /**
   * A wait's end, recorded at once: the deployment's final state and the
   * PR's new body (its marker), in one request where GitHub allows.
   */
  recordOutcome(input: {
    deployment: number
    state: 'success' | 'failure' | 'error' | 'in_progress'
    description: string
    pr: number
    body: string
  }): Promise<void>
  /**
   * GitHub's three-dot compare of two commits: whether `head` descends from
   * `base`, and the paths changed since their merge base.
   */
  compare(base: string, head: string): Promise<Comparison>
  /** Requests made so far, for the job summary. */
  requestCount(): number
}

export interface Comparison {
  status: 'ahead' | 'behind' | 'identical' | 'diverged'
  files: string[]
  /** false when GitHub listed its maximum of 300 files, so some may be missing. */
  complete: boolean
}

/**
 * How a wait ended: an outcome Argo CD reported for the merged commit, or
 * held with no verdict, because the Application does not deploy what the
 * train edits (`setup`) or a sync window keeps any sync from starting
 * (`sync-window`). A hold never blames the release.
 */
export type WaitVerdict =
  { outcome: HealthOutcome; detail: string } | { held: 'setup' | 'sync-window'; detail: string }

/** What the train needs from Argo CD: the outcome of one merged commit in one region. */
export interface ArgoPort {
  /**
   * Reads the region's Application and checks it renders `paths` from the
   * environments repository's default branch (see argocd/app-check.ts): a
   * sentence naming the app, field and expected value when it does not;
   * undefined when it does, or when it cannot be read now (the wait reads
   * it again before any verdict).
   */
  checkApplication(input: {
    region: string
    server: string
    app: string
    paths: readonly string[]
    defaultBranch: string
  }): Promise<string | undefined>
  waitForRevision(input: {
    region: string
    server: string
    app: string
    revision: string
    deadline: number
    /** The region's folders in the environments repository; a later commit that changes them supersedes the merge. */
    paths: readonly string[]
    /** GitHub's compare, to tell whether a revision Argo CD reports contains the merge commit. */
    compare(base: string, head: string): Promise<Comparison>
    /** The environments repository's default branch, which the Application must track. */
    defaultBranch: string
    /** Aborting it ends the wait (it then rejects), as when a sibling region failed. */
    signal?: AbortSignal
  }): Promise<WaitVerdict>
}

export interface Clock {
  now(): number
}
