import type { GitHubClient } from './client.js'
import * as checks from './env-repo/checks.js'
import type { CheckDetail, Checks } from './env-repo/checks.js'
import * as comments from './env-repo/comments.js'
import * as commit from './env-repo/commit.js'
import type { CommitResult, FileChange } from './env-repo/commit.js'
import * as deployments from './env-repo/deployments.js'
import type { DeploymentState } from './env-repo/deployments.js'
import { gateEvidence, headFiles } from './env-repo/gate-evidence.js'
import type { GateEvidence } from './env-repo/gate-evidence.js'
import { where } from './env-repo/handle.js'
import type { RepoHandle } from './env-repo/handle.js'
import * as history from './env-repo/history.js'
import type { Comparison } from './env-repo/history.js'
import { viewerLogin } from './env-repo/identity.js'
import * as labels from './env-repo/labels.js'
import { disableAutoMerge, enableAutoMerge, merge } from './env-repo/merge.js'
import type { MergeMethod, MergeResult } from './env-repo/merge.js'
import { proposeChange } from './env-repo/propose.js'
import type { Proposal } from './env-repo/propose.js'
import { pullsByLabelAndHead } from './env-repo/pull-lists.js'
import * as pulls from './env-repo/pulls.js'
import type { Pull, PullDetail } from './env-repo/pulls.js'
import * as read from './env-repo/read.js'
import * as reviews from './env-repo/reviews.js'
import type { PullCommit, Review } from './env-repo/reviews.js'

export type {
  CheckDetail,
  Checks,
  CommitResult,
  Comparison,
  DeploymentState,
  FileChange,
  GateEvidence,
  MergeMethod,
  MergeResult,
  Proposal,
  Pull,
  PullCommit,
  PullDetail,
  Review
}

/**
 * The environments repository, as the train reads and writes it: one
 * method per GitHub operation, each forwarding to the module of its role
 * under env-repo/ (read, commit, propose, pulls, pull-lists, labels,
 * comments, reviews, checks, gate-evidence, merge, deployments, history,
 * identity), which says what it costs. None clones: files are read with
 * GraphQL and written through the API, so a promotion costs the same
 * whatever the repository's size.
 */
export class EnvRepo {
  readonly #handle: RepoHandle
  readonly #botLogin: string | undefined

  /**
   * @param botLogin the toolkit's own login (the `bot-login` input), when the
   * token cannot tell it: see viewerLogin().
   */
  constructor(
    client: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    options: { botLogin?: string } = {}
  ) {
    this.#handle = { octokit: client.octokit, owner, repo }
    this.#botLogin = options.botLogin || undefined
  }

  /** The default branch; the read also keeps the repository's node id, which GraphQL mutations name it by. */
  async defaultBranch(): Promise<string> {
    const { data } = await this.#handle.octokit.rest.repos.get(where(this.#handle))
    this.#handle.nodeId = data.node_id
    return data.default_branch
  }

  readBranch(branch: string, paths: readonly string[]): ReturnType<typeof read.readBranch> {
    return read.readBranch(this.#handle, branch, paths)
  }

  readFiles(ref: string, paths: readonly string[]): Promise<Map<string, string>> {
    return read.readFiles(this.#handle, ref, paths)
  }

  readFileAt(shas: readonly string[], path: string): Promise<Map<string, string>> {
    return read.readFileAt(this.#handle, shas, path)
  }

  commitFiles(change: Parameters<typeof commit.commitFiles>[1]): Promise<CommitResult> {
    return commit.commitFiles(this.#handle, change)
  }

  replaceBranch(change: Parameters<typeof commit.replaceBranch>[1]): Promise<CommitResult> {
    return commit.replaceBranch(this.#handle, change)
  }

  deleteBranch(branch: string): Promise<void> {
    return commit.deleteBranch(this.#handle, branch)
  }

  proposeChange(change: Parameters<typeof proposeChange>[1]): Promise<Proposal> {
    return proposeChange(this.#handle, change)
  }

  findPulls(filter: Parameters<typeof pulls.findPulls>[1]): Promise<Pull[]> {
    return pulls.findPulls(this.#handle, filter)
  }

  pullsByLabelAndHead(
    label: string,
    heads: readonly string[] = [],
    flag?: string,
    defaultFiles?: readonly string[],
    gate?: Parameters<typeof pullsByLabelAndHead>[5]
  ): ReturnType<typeof pullsByLabelAndHead> {
    return pullsByLabelAndHead(this.#handle, label, heads, flag, defaultFiles, gate)
  }

  openPull(pull: Parameters<typeof pulls.openPull>[1]): Promise<Pull> {
    return pulls.openPull(this.#handle, pull)
  }

  updatePull(number: number, update: Parameters<typeof pulls.updatePull>[2]): Promise<Pull> {
    return pulls.updatePull(this.#handle, number, update)
  }

  getPull(number: number): Promise<PullDetail> {
    return pulls.getPull(this.#handle, number)
  }

  gateEvidence(list: Parameters<typeof gateEvidence>[1]): ReturnType<typeof gateEvidence> {
    return gateEvidence(this.#handle, list)
  }

  headFiles(number: number, sha: string, paths: readonly string[]): ReturnType<typeof headFiles> {
    return headFiles(this.#handle, number, sha, paths)
  }

  pullCommits(number: number): Promise<PullCommit[]> {
    return reviews.pullCommits(this.#handle, number)
  }

  reviews(number: number): Promise<Review[]> {
    return reviews.reviews(this.#handle, number)
  }

  requiredChecks(branch: string): Promise<string[]> {
    return checks.requiredChecks(this.#handle, branch)
  }

  mergeRules(
    branch: string,
    known?: Promise<checks.BranchRule[] | undefined>
  ): ReturnType<typeof checks.mergeRules> {
    return checks.mergeRules(this.#handle, branch, known)
  }

  commitAccounts(sha: string): Promise<string[]> {
    return reviews.commitAccounts(this.#handle, sha)
  }

  permission(user: string): Promise<'admin' | 'write' | 'read' | 'none'> {
    return reviews.permission(this.#handle, user)
  }

  changedFiles(number: number): Promise<string[]> {
    return reviews.changedFiles(this.#handle, number)
  }

  checks(sha: string, required?: checks.RequiredChecks): Promise<Checks> {
    return checks.checks(this.#handle, sha, required)
  }

  merge(number: number, options: { sha: string; method: MergeMethod }): Promise<MergeResult> {
    return merge(this.#handle, number, options)
  }

  enableAutoMerge(
    pullNodeId: string,
    method: MergeMethod,
    expectedHeadOid: string
  ): ReturnType<typeof enableAutoMerge> {
    return enableAutoMerge(this.#handle, pullNodeId, method, expectedHeadOid)
  }

  disableAutoMerge(pullNodeId: string): Promise<void> {
    return disableAutoMerge(this.#handle, pullNodeId)
  }

  addLabels(number: number, names: readonly string[]): Promise<string[]> {
    return labels.addLabels(this.#handle, number, names)
  }

  removeLabel(number: number, label: string): Promise<void> {
    return labels.removeLabel(this.#handle, number, label)
  }

  comment(number: number, body: string): Promise<{ id: number }> {
    return comments.comment(this.#handle, number, body)
  }

  upsertComment(
    number: number,
    marker: string,
    body: string,
    author: string
  ): Promise<{ id: number }> {
    return comments.upsertComment(this.#handle, number, marker, body, author)
  }

  deploymentsOf(ref: string, environment: string): Promise<number[]> {
    return deployments.deploymentsOf(this.#handle, ref, environment)
  }

  deleteDeployment(id: number, description: string): Promise<void> {
    return deployments.deleteDeployment(this.#handle, id, description)
  }

  createDeployment(
    deployment: Parameters<typeof deployments.createDeployment>[1]
  ): Promise<{ id: number; nodeId: string }> {
    return deployments.createDeployment(this.#handle, deployment)
  }

  firstStatus(
    status: Parameters<typeof deployments.firstStatus>[1],
    pull?: Parameters<typeof deployments.firstStatus>[2]
  ): Promise<number[]> {
    return deployments.firstStatus(this.#handle, status, pull)
  }

  statusAndBody(
    status: Parameters<typeof deployments.statusAndBody>[1],
    pull: Parameters<typeof deployments.statusAndBody>[2]
  ): Promise<void> {
    return deployments.statusAndBody(this.#handle, status, pull)
  }

  setDeploymentStatus(
    id: number,
    state: DeploymentState,
    details: {
      environment_url?: string
      log_url?: string
      description: string
    }
  ): Promise<void> {
    return deployments.setDeploymentStatus(this.#handle, id, state, details)
  }

  firstParentChain(ref: string, limit: number): Promise<string[]> {
    return history.firstParentChain(this.#handle, ref, limit)
  }

  compare(base: string, head: string): Promise<Comparison> {
    return history.compare(this.#handle, base, head)
  }

  viewerLogin(): Promise<string | undefined> {
    return viewerLogin(this.#handle, this.#botLogin)
  }
}
