import type { Octokit } from '@octokit/rest'
import { mergeThreeWay } from '../gitops/three-way.js'
import type { GitHubClient } from './client.js'
import { details, isGraphqlRefusal, status } from './env-repo/handle.js'
import type { RepoHandle } from './env-repo/handle.js'
import { proposeChange } from './env-repo/propose.js'
import * as checks from './env-repo/checks.js'
import type { CheckDetail, Checks } from './env-repo/checks.js'
import * as deployments from './env-repo/deployments.js'
import { gateEvidence } from './env-repo/gate-evidence.js'
import type { GateEvidence } from './env-repo/gate-evidence.js'
import * as reviews from './env-repo/reviews.js'
import type { PullCommit, Review } from './env-repo/reviews.js'
import type { DeploymentState } from './env-repo/deployments.js'
import { disableAutoMerge, enableAutoMerge, merge } from './env-repo/merge.js'
import type { MergeMethod, MergeResult } from './env-repo/merge.js'
import type { FileChange, Proposal } from './env-repo/propose.js'

export type {
  CheckDetail,
  Checks,
  GateEvidence,
  DeploymentState,
  FileChange,
  MergeMethod,
  MergeResult,
  Proposal,
  PullCommit,
  Review
}

/** A pull request as the train sees it. */
export interface Pull {
  number: number
  /** GraphQL node id, for auto-merge. */
  nodeId: string
  title: string
  body: string
  state: 'open' | 'closed'
  merged: boolean
  draft: boolean
  author: string
  headRef: string
  headSha: string
  baseRef: string
  labels: string[]
  url: string
  createdAt: string
  mergedAt: string | null
  closedAt: string | null
  mergeCommitSha: string | null
  /** Who last edited the body after it was opened (GraphQL's `editor`; REST does not say); absent when no one did. */
  editor?: string
}

/** One pull request read on its own: GitHub computes mergeability only there. */
export interface PullDetail extends Pull {
  /** null while GitHub is still computing it. */
  mergeable: boolean | null
  /** `clean`, `blocked`, `behind`, `dirty`, `unstable`, `draft`, `has_hooks` or `unknown`. */
  mergeableState: string
  autoMerge: { method: MergeMethod; enabledBy: string } | null
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
 * The environments repository, as the train reads and writes it. Every
 * method is one GitHub request unless its comment says otherwise, and none
 * clones: files are read with one GraphQL query and written with the Git Data
 * API, so a promotion costs the same whatever the repository's size.
 */
export class EnvRepo {
  readonly #octokit: Octokit
  readonly #botLogin: string | undefined
  readonly #handle: RepoHandle

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
    this.#octokit = client.octokit
    this.#botLogin = options.botLogin || undefined
    this.#handle = { octokit: client.octokit, owner, repo }
  }

  get #repo(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo }
  }

  /** The default branch; the read also keeps the repository's node id, which GraphQL mutations name it by. */
  async defaultBranch(): Promise<string> {
    const { data } = await this.#octokit.rest.repos.get(this.#repo)
    this.#handle.nodeId = data.node_id
    return data.default_branch
  }

  /** A new branch from `parent`, one commit of `files` and its pull request, in one request: see propose.ts. */
  proposeChange(change: Parameters<typeof proposeChange>[1]): Promise<Proposal> {
    return proposeChange(this.#handle, change)
  }

  /**
   * The commit `branch` points at and the text of each path in that very
   * commit, in one GraphQL query: every file is read through the one commit
   * object the ref resolved to, so a commit landing meanwhile cannot mix in.
   * Plan from these files, then build on `sha` (see commitFiles' `parent`).
   */
  async readBranch(
    branch: string,
    paths: readonly string[]
  ): Promise<{ sha: string; files: Map<string, string> }> {
    const variables: Record<string, string> = {}
    const fields = paths.map((path, i) => {
      variables[`p${i}`] = path
      return `f${i}: file(path: $p${i}) { object { ... on Blob { text isTruncated } } }`
    })
    const declarations = ['$owner: String!', '$repo: String!', '$branch: String!']
      .concat(paths.map((_, i) => `$p${i}: String!`))
      .join(', ')
    const query = `query(${declarations}) {
  repository(owner: $owner, name: $repo) {
    ref(qualifiedName: $branch) {
      target {
        oid
        ... on Commit {
          ${fields.join('\n          ') || '__typename'}
        }
      }
    }
  }
}`
    const data = await this.#octokit.graphql<{
      repository: {
        ref: { target: ({ oid: string } & Record<string, unknown>) | null } | null
      } | null
    }>(query, { ...variables, owner: this.owner, repo: this.repo, branch: `refs/heads/${branch}` })
    if (!data.repository)
      throw new Error(`${this.owner}/${this.repo} does not exist or the token cannot read it`)
    const target = data.repository.ref?.target
    if (!target) throw new Error(`branch ${branch} does not exist in ${this.owner}/${this.repo}`)
    const files = new Map<string, string>()
    paths.forEach((path, i) => {
      const blob = (target[`f${i}`] as { object: BlobNode | null } | null)?.object
      if (blob?.isTruncated)
        throw new Error(
          `${path} at ${branch} is too large for GitHub to return whole; keep environment files small`
        )
      if (typeof blob?.text === 'string') files.set(path, blob.text)
    })
    return { sha: target.oid, files }
  }

  /**
   * The text of each path at `ref` (a branch, tag or commit sha), in one
   * GraphQL query whatever the number of paths. Missing paths, directories
   * and binary files are absent from the map; a file too large for GitHub
   * to return whole is an error.
   */
  async readFiles(ref: string, paths: readonly string[]): Promise<Map<string, string>> {
    const files = new Map<string, string>()
    if (paths.length === 0) return files
    const { query, variables } = filesQuery(paths.map(path => `${ref}:${path}`))
    const data = await this.#octokit.graphql<{ repository: Record<string, BlobNode> | null }>(
      query,
      { ...variables, owner: this.owner, repo: this.repo }
    )
    if (!data.repository)
      throw new Error(`${this.owner}/${this.repo} does not exist or the token cannot read it`)
    paths.forEach((path, i) => {
      const blob = data.repository?.[`f${i}`]
      // An edit of a truncated text would write the truncation back.
      if (blob?.isTruncated)
        throw new Error(
          `${path} at ${ref} is too large for GitHub to return whole; keep environment files small`
        )
      if (typeof blob?.text === 'string') files.set(path, blob.text)
    })
    return files
  }

  /** The text of `path` at each commit in `shas` (absent where the file is), in one GraphQL query. */
  async readFileAt(shas: readonly string[], path: string): Promise<Map<string, string>> {
    const texts = new Map<string, string>()
    if (shas.length === 0) return texts
    const { query, variables } = filesQuery(shas.map(sha => `${sha}:${path}`))
    const data = await this.#octokit.graphql<{ repository: Record<string, BlobNode> | null }>(
      query,
      { ...variables, owner: this.owner, repo: this.repo }
    )
    shas.forEach((sha, i) => {
      const blob = data.repository?.[`f${i}`]
      if (typeof blob?.text === 'string' && !blob.isTruncated) texts.set(sha, blob.text)
    })
    return texts
  }

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
  async commitFiles(change: {
    base: string
    branch: string
    message: string
    files: readonly FileChange[]
    parent?: string
  }): Promise<CommitResult> {
    let readFrom = change.parent
    for (let attempt = 1; ; attempt++) {
      const observed = await this.#branches(change.base, change.branch, change.files, readFrom)
      if (
        !observed.branch &&
        change.parent !== undefined &&
        observed.base.commitSha !== change.parent
      )
        return { commitSha: observed.base.commitSha, created: false, baseMoved: true }
      const parent = observed.branch ?? observed.base
      readFrom ??= parent.commitSha
      const onParent = observed.branch ? observed.current : observed.atBase
      let files = change.files
      if (parent.commitSha !== readFrom) {
        const merged = mergeOnto(change.files, observed.atRead, onParent)
        if ('conflict' in merged)
          return { commitSha: parent.commitSha, created: false, conflict: merged.conflict }
        files = merged.files
      }
      if (observed.branch && files.every(f => observed.current.get(f.path) === f.content))
        return { commitSha: observed.branch.commitSha, created: false }
      const { data: tree } = await this.#octokit.rest.git.createTree({
        ...this.#repo,
        base_tree: parent.treeSha,
        tree: files.map(f => ({
          path: f.path,
          mode: '100644' as const,
          type: 'blob' as const,
          content: f.content
        }))
      })
      if (tree.sha === parent.treeSha) return { commitSha: parent.commitSha, created: false }
      const { data: commit } = await this.#octokit.rest.git.createCommit({
        ...this.#repo,
        message: change.message,
        tree: tree.sha,
        parents: [parent.commitSha]
      })
      try {
        if (observed.branch)
          await this.#octokit.rest.git.updateRef({
            ...this.#repo,
            ref: `heads/${change.branch}`,
            sha: commit.sha,
            force: false
          })
        else
          await this.#octokit.rest.git.createRef({
            ...this.#repo,
            ref: `refs/heads/${change.branch}`,
            sha: commit.sha
          })
        return { commitSha: commit.sha, created: true }
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
  async replaceBranch(change: {
    base: string
    branch: string
    message: string
    files: readonly FileChange[]
    parent: string
  }): Promise<CommitResult> {
    const observed = await this.#branches(change.base, change.branch, [])
    if (observed.base.commitSha !== change.parent)
      return { commitSha: observed.base.commitSha, created: false, baseMoved: true }
    const { data: tree } = await this.#octokit.rest.git.createTree({
      ...this.#repo,
      base_tree: observed.base.treeSha,
      tree: change.files.map(f => ({
        path: f.path,
        mode: '100644' as const,
        type: 'blob' as const,
        content: f.content
      }))
    })
    const { data: commit } = await this.#octokit.rest.git.createCommit({
      ...this.#repo,
      message: change.message,
      tree: tree.sha,
      parents: [observed.base.commitSha]
    })
    if (observed.branch)
      await this.#octokit.rest.git.updateRef({
        ...this.#repo,
        ref: `heads/${change.branch}`,
        sha: commit.sha,
        force: true
      })
    else
      await this.#octokit.rest.git.createRef({
        ...this.#repo,
        ref: `refs/heads/${change.branch}`,
        sha: commit.sha
      })
    return { commitSha: commit.sha, created: true }
  }

  /**
   * Both branches, and the files' text on `branch` (`current`), on `base`
   * (`atBase`) and, when given, at the commit `readFrom` (`atRead`), in one query.
   */
  async #branches(
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
    const revisions = [
      `refs/heads/${branch}`,
      `refs/heads/${base}`,
      ...(readFrom ? [readFrom] : [])
    ]
    const { query, variables } = filesQuery(
      revisions.flatMap(revision => files.map(f => `${revision}:${f.path}`)),
      `base: ref(qualifiedName: $base) { ...branchState }
      branch: ref(qualifiedName: $branch) { ...branchState }`,
      '$base: String!, $branch: String!',
      'fragment branchState on Ref { target { oid ... on Commit { tree { oid } } } }'
    )
    const data = await this.#octokit.graphql<{
      repository: (Record<string, BlobNode> & { base: RefNode; branch: RefNode }) | null
    }>(query, {
      ...variables,
      owner: this.owner,
      repo: this.repo,
      base: `refs/heads/${base}`,
      branch: `refs/heads/${branch}`
    })
    const repository = data.repository
    if (!repository)
      throw new Error(`${this.owner}/${this.repo} does not exist or the token cannot read it`)
    const baseState = branchState(repository.base)
    if (!baseState) throw new Error(`branch ${base} does not exist in ${this.owner}/${this.repo}`)
    const [current, atBase, atRead] = [0, 1, 2].map(r => {
      const texts = new Map<string, string>()
      files.forEach((f, i) => {
        const blob = repository[`f${r * files.length + i}`] as BlobNode | undefined
        if (typeof blob?.text === 'string' && !blob.isTruncated) texts.set(f.path, blob.text)
      })
      return texts
    }) as [Map<string, string>, Map<string, string>, Map<string, string>]
    return { base: baseState, branch: branchState(repository.branch), current, atBase, atRead }
  }

  /** Deletes a branch; one already gone is already deleted. */
  async deleteBranch(branch: string): Promise<void> {
    try {
      await this.#octokit.rest.git.deleteRef({ ...this.#repo, ref: `heads/${branch}` })
    } catch (error) {
      if (status(error) !== 422 && status(error) !== 404) throw error
    }
  }

  /** Pull requests by head branch, base branch and state, all pages; `label` filters after reading (the API cannot). */
  async findPulls(filter: {
    head?: string
    base?: string
    state: 'open' | 'closed' | 'all'
    label?: string
  }): Promise<Pull[]> {
    const pulls = await this.#octokit.paginate(this.#octokit.rest.pulls.list, {
      ...this.#repo,
      state: filter.state,
      ...(filter.head ? { head: `${this.owner}:${filter.head}` } : {}),
      ...(filter.base ? { base: filter.base } : {}),
      per_page: 100
    })
    return pulls
      .map(toPull)
      .filter(pull => filter.label === undefined || pull.labels.includes(filter.label))
  }

  /**
   * The newest 100 pull requests labelled `label` in every state, every
   * pull request labelled `flag` (when given) in every state, every open
   * pull request, and the closed ones whose head is one of `heads` (exact
   * branch names), in one GraphQL query a page, each list paged on its own:
   * GitHub filters by label, state and head itself, so closed pull requests
   * of other heads without the label cost nothing however many there are,
   * and the label's older history costs nothing either (only `flag`'s list,
   * of rare pull requests, is read whole). REST's pulls list cannot filter
   * by label, and search can but is eventually consistent, so neither is
   * used. All lists come from one read.
   * https://docs.github.com/en/graphql/reference/objects#repository (pullRequests)
   */
  async pullsByLabelAndHead(
    label: string,
    heads: readonly string[] = [],
    flag?: string
  ): Promise<{ labelled: Pull[]; flagged: Pull[]; open: Pull[]; closedOnHeads: Pull[] }> {
    const lists = [
      list('labelled', 'labels: [$label], states: [OPEN, CLOSED, MERGED]', 100, { label }, 1),
      list('open', 'states: [OPEN]', 100, {}),
      ...(flag
        ? [list('flagged', 'labels: [$flag], states: [OPEN, CLOSED, MERGED]', 100, { flag })]
        : []),
      // A branch holds a handful of closed PRs at most (one per time a PR on it was closed).
      ...heads.map((head, i) =>
        list(`head${i}`, `headRefName: $head${i}, states: [CLOSED, MERGED]`, 10, {
          [`head${i}`]: head
        })
      )
    ]
    let waiting = lists
    while (waiting.length > 0) {
      // GitHub refuses a query over 500,000 nodes (GraphQL resource limits): a batch of lists per query keeps a service of hundreds of regions well under it.
      const pending = waiting.slice(0, LISTS_PER_QUERY)
      const fields = pending.map(
        l =>
          `${l.name}: pullRequests(${l.filter}, first: ${l.first}, after: $${l.name}After, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...pull }
    }`
      )
      const variables: Record<string, string | null> = { owner: this.owner, repo: this.repo }
      for (const l of pending)
        Object.assign(variables, l.variables, { [`${l.name}After`]: l.after })
      const declarations = ['$owner: String!', '$repo: String!']
        .concat(
          pending.flatMap(l => [
            ...Object.keys(l.variables).map(name => `$${name}: String!`),
            `$${l.name}After: String`
          ])
        )
        .join(', ')
      const query = `query(${declarations}) {
  repository(owner: $owner, name: $repo) {
    ${fields.join('\n    ')}
  }
}
fragment pull on PullRequest {
  id number title body state merged isDraft url createdAt mergedAt closedAt
  author { __typename login }
  headRefName headRefOid baseRefName
  mergeCommit { oid }
  editor { __typename login }
  labels(first: 100) { nodes { name } }
}`
      const data = await this.#octokit.graphql<{
        repository: Record<string, PullConnection | null> | null
      }>(query, variables)
      if (!data.repository)
        throw new Error(`${this.owner}/${this.repo} does not exist or the token cannot read it`)
      const next: PullList[] = []
      for (const l of pending) {
        const page = data.repository[l.name]
        if (!page) continue
        l.pulls.push(...page.nodes.map(fromGraphql))
        l.pages--
        if (l.pages > 0 && page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
          l.after = page.pageInfo.endCursor
          next.push(l)
        }
      }
      waiting = [...next, ...waiting.slice(LISTS_PER_QUERY)]
    }
    const byName = (name: string) => lists.find(l => l.name === name)?.pulls ?? []
    return {
      labelled: byName('labelled'),
      flagged: byName('flagged'),
      open: byName('open'),
      closedOnHeads: lists.filter(l => l.name.startsWith('head')).flatMap(l => l.pulls)
    }
  }

  /**
   * Opens a pull request; with labels, a second request adds them (the create
   * endpoint takes none). If one is already open for the same head and base,
   * GitHub refuses (422) and this returns that one instead, with the labels.
   */
  async openPull(pull: {
    head: string
    base: string
    title: string
    body: string
    labels: readonly string[]
    draft: boolean
  }): Promise<Pull> {
    let opened: Pull
    try {
      const { data } = await this.#octokit.rest.pulls.create({
        ...this.#repo,
        head: pull.head,
        base: pull.base,
        title: pull.title,
        body: pull.body,
        draft: pull.draft
      })
      opened = toPull(data)
    } catch (error) {
      // Another run opened it between our look-up and our create: adopt theirs, never a duplicate.
      const existing =
        status(error) === 422 && /already exists/i.test(details(error))
          ? await this.findPulls({ head: pull.head, base: pull.base, state: 'open' })
          : []
      if (!existing[0]) throw error
      opened = existing[0]
    }
    const missing = pull.labels.filter(label => !opened.labels.includes(label))
    if (missing.length === 0) return opened
    return { ...opened, labels: await this.addLabels(opened.number, missing) }
  }

  async updatePull(
    number: number,
    update: { title?: string; body?: string; state?: 'open' | 'closed' }
  ): Promise<Pull> {
    const { data } = await this.#octokit.rest.pulls.update({
      ...this.#repo,
      pull_number: number,
      ...update
    })
    return toPull(data)
  }

  async getPull(number: number): Promise<PullDetail> {
    const { data } = await this.#octokit.rest.pulls.get({ ...this.#repo, pull_number: number })
    return {
      ...toPull(data),
      merged: data.merged,
      mergeable: data.mergeable,
      mergeableState: data.mergeable_state,
      autoMerge: data.auto_merge
        ? { method: data.auto_merge.merge_method, enabledBy: data.auto_merge.enabled_by.login }
        : null
    }
  }

  /** The reviews, changed files and head checks of every PR in `pulls`, in one query: see gate-evidence.ts. */
  gateEvidence(
    pulls: readonly { number: number; headSha: string }[]
  ): Promise<Map<number, GateEvidence>> {
    return gateEvidence(this.#handle, pulls)
  }

  /**
   * The text of `paths` at `sha`, and the PR's head and auto-merge as they
   * are after that read, in one GraphQL query: the texts belong to `sha`
   * whatever happens meanwhile, and the head read last says whether `sha`
   * is still what would merge.
   */
  async headFiles(
    number: number,
    sha: string,
    paths: readonly string[]
  ): Promise<{ files: Map<string, string>; headSha: string | undefined; autoMerge: boolean }> {
    const { query, variables } = filesQuery(
      paths.map(path => `${sha}:${path}`),
      'pull: pullRequest(number: $number) { headRefOid autoMergeRequest { enabledAt } }',
      '$number: Int!'
    )
    const data = await this.#octokit.graphql<{
      repository:
        | (Record<string, BlobNode> & {
            pull: { headRefOid: string; autoMergeRequest: { enabledAt: string } | null } | null
          })
        | null
    }>(query, { ...variables, owner: this.owner, repo: this.repo, number })
    if (!data.repository)
      throw new Error(`${this.owner}/${this.repo} does not exist or the token cannot read it`)
    const files = new Map<string, string>()
    paths.forEach((path, i) => {
      const blob = data.repository?.[`f${i}`] as BlobNode | null | undefined
      // An edit of a truncated text would write the truncation back.
      if (blob?.isTruncated)
        throw new Error(
          `${path} at ${sha} is too large for GitHub to return whole; keep environment files small`
        )
      if (typeof blob?.text === 'string') files.set(path, blob.text)
    })
    return {
      files,
      headSha: data.repository.pull?.headRefOid,
      autoMerge: !!data.repository.pull?.autoMergeRequest
    }
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

  mergeRules(branch: string): ReturnType<typeof checks.mergeRules> {
    return checks.mergeRules(this.#handle, branch)
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

  checks(sha: string, required?: readonly string[]): Promise<Checks> {
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

  /** Adds labels (creating unknown ones) and returns all the pull request's labels. */
  async addLabels(number: number, labels: readonly string[]): Promise<string[]> {
    const { data } = await this.#octokit.rest.issues.addLabels({
      ...this.#repo,
      issue_number: number,
      labels: [...labels]
    })
    return data.map(label => label.name)
  }

  /** Removes a label; one that is not there is already removed. */
  async removeLabel(number: number, label: string): Promise<void> {
    try {
      await this.#octokit.rest.issues.removeLabel({
        ...this.#repo,
        issue_number: number,
        name: label
      })
    } catch (error) {
      if (status(error) !== 404) throw error
    }
  }

  async comment(number: number, body: string): Promise<{ id: number }> {
    const { data } = await this.#octokit.rest.issues.createComment({
      ...this.#repo,
      issue_number: number,
      body
    })
    return { id: data.id }
  }

  /**
   * Keeps one comment per `marker` (a hidden `<!-- ... -->` string, added to
   * `body` if absent) by `author`, the toolkit's own login: updates it in
   * place, or creates it. Anyone can paste the marker into a comment of their
   * own, so only the author's comments count. Reads every comment page;
   * writes nothing when the body is already right.
   */
  async upsertComment(
    number: number,
    marker: string,
    body: string,
    author: string
  ): Promise<{ id: number }> {
    const text = body.includes(marker) ? body : `${marker}\n${body}`
    const comments = await this.#octokit.paginate(this.#octokit.rest.issues.listComments, {
      ...this.#repo,
      issue_number: number,
      per_page: 100
    })
    const existing = comments.find(c => c.user?.login === author && c.body?.includes(marker))
    if (!existing) return this.comment(number, text)
    if (existing.body !== text)
      await this.#octokit.rest.issues.updateComment({
        ...this.#repo,
        comment_id: existing.id,
        body: text
      })
    return { id: existing.id }
  }

  deploymentsOf(ref: string, environment: string): Promise<number[]> {
    return deployments.deploymentsOf(this.#handle, ref, environment)
  }

  deleteDeployment(id: number, description: string): Promise<void> {
    return deployments.deleteDeployment(this.#handle, id, description)
  }

  createDeployment(
    deployment: Parameters<typeof deployments.createDeployment>[1]
  ): Promise<{ id: number }> {
    return deployments.createDeployment(this.#handle, deployment)
  }

  setDeploymentStatus(
    id: number,
    state: DeploymentState,
    details: { environment_url?: string; log_url?: string; description: string }
  ): Promise<void> {
    return deployments.setDeploymentStatus(this.#handle, id, state, details)
  }

  /**
   * The commits on `ref`'s first-parent chain (what the branch itself
   * pointed at, merge by merge, never a merged side branch's commits) among
   * the newest `limit` commits reachable from it (at most 100), newest first.
   * One request: GitHub's commit list starts at `ref` and gives each commit's
   * parents, the first being the branch's own previous commit.
   */
  async firstParentChain(ref: string, limit: number): Promise<string[]> {
    const { data } = await this.#octokit.rest.repos.listCommits({
      ...this.#repo,
      sha: ref,
      per_page: Math.min(Math.max(limit, 1), 100)
    })
    const parents = new Map(data.map(c => [c.sha, c.parents[0]?.sha]))
    const chain: string[] = []
    let sha: string | undefined = data[0]?.sha
    while (sha !== undefined && parents.has(sha)) {
      chain.push(sha)
      sha = parents.get(sha)
    }
    return chain
  }

  /**
   * The toolkit's own login, whose approvals never count and whose pull
   * requests are the train's. The `bot-login` setting wins (no request).
   * Else GET /user names a personal or OAuth token's user. A GitHub App
   * installation token gets 403 there ("Resource not accessible by
   * integration"), but GraphQL's `viewer` names it (`my-app[bot]`), so that
   * is asked next. If neither will say, as can happen with GITHUB_TOKEN,
   * this returns undefined and the caller must ask for `bot-login`
   * (`github-actions[bot]` for GITHUB_TOKEN).
   */
  async viewerLogin(): Promise<string | undefined> {
    if (this.#botLogin) return this.#botLogin
    try {
      const { data } = await this.#octokit.rest.users.getAuthenticated()
      return data.login
    } catch (error) {
      if (status(error) !== 403) throw error
    }
    try {
      const data = await this.#octokit.graphql<{ viewer: { login: string } | null }>(
        'query { viewer { login } }'
      )
      return data.viewer?.login || undefined
    } catch (error) {
      if (isGraphqlRefusal(error)) return undefined
      throw error
    }
  }

  /**
   * How `head` relates to `base` (GitHub's three-dot compare): `ahead` when
   * head descends from base, and the paths changed from their merge base to
   * head. GitHub lists at most 300 files, so `complete` is false beyond that.
   */
  async compare(base: string, head: string): Promise<Comparison> {
    const { data } = await this.#octokit.rest.repos.compareCommitsWithBasehead({
      ...this.#repo,
      basehead: `${base}...${head}`,
      per_page: 1
    })
    const files = (data.files ?? []).flatMap(f =>
      f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]
    )
    return { status: data.status, files, complete: (data.files ?? []).length < 300 }
  }
}

export interface Comparison {
  status: 'ahead' | 'behind' | 'identical' | 'diverged'
  /** Paths changed from the merge base to head, renamed files under both names. */
  files: string[]
  complete: boolean
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

interface BlobNode {
  text?: string | null
  isTruncated?: boolean
}

interface RefNode {
  target: { oid: string; tree?: { oid: string } } | null
}

function branchState(ref: RefNode | null | undefined): BranchState | undefined {
  const target = ref?.target
  if (!target?.tree) return undefined
  return { commitSha: target.oid, treeSha: target.tree.oid }
}

/** A query reading each `<ref>:<path>` expression under its own alias, f0, f1, ...; values travel as variables, never inlined. */
function filesQuery(
  expressions: readonly string[],
  extraFields = '',
  extraVariables = '',
  fragments = ''
): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {}
  const fields = expressions.map((expression, i) => {
    variables[`e${i}`] = expression
    return `f${i}: object(expression: $e${i}) { ... on Blob { text isTruncated } }`
  })
  const declarations = [
    '$owner: String!',
    '$repo: String!',
    ...(extraVariables ? [extraVariables] : []),
    ...expressions.map((_, i) => `$e${i}: String!`)
  ].join(', ')
  const query = `query(${declarations}) {
  repository(owner: $owner, name: $repo) {
    ${[extraFields, ...fields].filter(Boolean).join('\n    ')}
  }
}
${fragments}`
  return { query, variables }
}

type RestPull = {
  number: number
  node_id: string
  title: string
  body: string | null
  state: string
  draft?: boolean
  user: { login: string } | null
  head: { ref: string; sha: string }
  base: { ref: string }
  labels: { name?: string }[]
  html_url: string
  created_at: string
  merged_at: string | null
  closed_at: string | null
  merge_commit_sha: string | null
}

function toPull(data: RestPull): Pull {
  return {
    number: data.number,
    nodeId: data.node_id,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'open' ? 'open' : 'closed',
    merged: data.merged_at !== null,
    draft: data.draft ?? false,
    author: data.user?.login ?? '',
    headRef: data.head.ref,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    labels: data.labels.map(label => label.name ?? '').filter(Boolean),
    url: data.html_url,
    createdAt: data.created_at,
    mergedAt: data.merged_at,
    closedAt: data.closed_at,
    mergeCommitSha: data.merge_commit_sha
  }
}

/** At most about 1,000 nodes a list (a page of PRs, up to 100 labels each): 50 lists stay far below GitHub's 500,000. */
const LISTS_PER_QUERY = 50

/** One `pullRequests` connection of pullsByLabelAndHead, under its alias, with its own cursor. */
interface PullList {
  name: string
  filter: string
  first: number
  variables: Record<string, string>
  after: string | null
  pulls: Pull[]
  /** How many more pages to read at most. */
  pages: number
}

function list(
  name: string,
  filter: string,
  first: number,
  variables: Record<string, string>,
  pages = Infinity
): PullList {
  return { name, filter, first, variables, after: null, pulls: [], pages }
}

interface PullConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: PullNode[]
}

interface PullNode {
  id: string
  number: number
  title: string
  body: string
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  merged: boolean
  isDraft: boolean
  url: string
  createdAt: string
  mergedAt: string | null
  closedAt: string | null
  author: { __typename: string; login: string } | null
  headRefName: string
  headRefOid: string
  baseRefName: string
  mergeCommit: { oid: string } | null
  editor: { __typename: string; login: string } | null
  labels: { nodes: ({ name: string } | null)[] } | null
}

/** The same Pull as toPull makes of REST's pull request. */
function fromGraphql(node: PullNode): Pull {
  return {
    number: node.number,
    nodeId: node.id,
    title: node.title,
    body: node.body,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    merged: node.merged,
    draft: node.isDraft,
    // GraphQL names a GitHub App's bot `my-app`; REST, and so the rest of the toolkit, `my-app[bot]`.
    author: node.author
      ? node.author.__typename === 'Bot'
        ? `${node.author.login}[bot]`
        : node.author.login
      : '',
    headRef: node.headRefName,
    headSha: node.headRefOid,
    baseRef: node.baseRefName,
    labels: (node.labels?.nodes ?? []).flatMap(label => (label ? [label.name] : [])),
    url: node.url,
    createdAt: node.createdAt,
    mergedAt: node.mergedAt,
    closedAt: node.closedAt,
    mergeCommitSha: node.mergeCommit?.oid ?? null,
    ...(node.editor ? { editor: actorLogin(node.editor) } : {})
  }
}

/** GraphQL names a GitHub App's bot `my-app`; REST, and so the rest of the toolkit, `my-app[bot]`. */
function actorLogin(actor: { __typename: string; login: string }): string {
  return actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login
}
