import type { HealthOutcome } from './marker.js'
import type { PullSnapshot } from './observe.js'

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
  /**
   * The service's train PRs, open and closed, found by their deterministic
   * branch or their label (a PR whose labelling failed is still found); open
   * ones with reviews, checks and their branch's commits.
   */
  trainPulls(service: string): Promise<PullSnapshot[]>
  /** The text of `path` at each of the newest `limit` commits on `ref` that changed it, newest first. */
  fileHistory(ref: string, path: string, limit: number): Promise<string[]>
  /** Commits the files on `branch` (created from `base` when absent); a no-op when the branch already holds them. */
  commitFiles(input: {
    base: string
    branch: string
    message: string
    files: { path: string; content: string }[]
  }): Promise<{ commitSha: string }>
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
  enableAutoMerge(number: number): Promise<void>
  /** Turns auto-merge off, so a PR the train gives up on cannot merge while it is being closed. */
  disableAutoMerge(number: number): Promise<void>
  addLabels(number: number, labels: readonly string[]): Promise<void>
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
  }): Promise<{ id: number }>
  setDeploymentStatus(
    id: number,
    state: 'in_progress' | 'success' | 'failure' | 'error',
    description: string
  ): Promise<void>
  /** Requests made so far, for the job summary. */
  requestCount(): number
}

/** What the train needs from Argo CD: the outcome of one merged commit in one region. */
export interface ArgoPort {
  waitForRevision(input: {
    region: string
    server: string
    app: string
    revision: string
    deadline: number
  }): Promise<{ outcome: HealthOutcome; detail: string }>
}

export interface Clock {
  now(): number
}
