import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { checkRequest, checkResponse, complete, findOperation } from './contract.js'
import type { Match } from './contract.js'
import { GitStore } from './git.js'
import type { Commit, TreeChange } from './git.js'
import { validate as validateAgainstGitHub } from '@octokit/graphql-schema'
import { execute, FieldError, nodesRequested, parse, pointsOf } from './graphql.js'
import type { Node } from './graphql.js'

/**
 * A stateful GitHub on 127.0.0.1 for the real Octokit to talk to over HTTP.
 * It models what the train touches: git objects and refs, pull requests,
 * reviews, labels, comments, checks, statuses, merges, deployments, commit
 * history and the GraphQL reads and auto-merge mutation. Every request and
 * every response is checked against GitHub's OpenAPI description; what does
 * not match is collected in `violations`, which tests assert empty.
 */

export interface SimulatorOptions {
  /** The token Octokit must present. */
  token?: string
  /**
   * The login GET /user answers with. `{ app }` is an installation token:
   * GET /user answers 403 and GraphQL's viewer is `<app>[bot]`, unless
   * `graphqlViewer: false` refuses that too.
   */
  viewer?: string | { app: string; graphqlViewer?: boolean }
  /** Serve as GitHub Enterprise Server does: REST under /api/v3, GraphQL at /api/graphql. */
  enterprise?: boolean
  /**
   * The token may read but not write, as GITHUB_TOKEN is on a pull request from
   * a fork: every REST write answers 403 "Resource not accessible by
   * integration" (docs.github.com, "Automatic token authentication",
   * permissions for the GITHUB_TOKEN: pull requests from public forks get read
   * access only).
   */
  readOnly?: boolean
  /**
   * The time GitHub reports (epoch ms), for tests whose own clock moves by
   * hand; by default each event is a second after the last, from 2026-01-01.
   */
  now?: () => number
}

export interface RequestRecord {
  method: string
  path: string
  operation: string
  status: number
  /** Set on requests a fault answered instead of the simulator. */
  fault?: string
  /** The rate-limit resource it was counted against and what it cost there (GraphQL: points). */
  resource?: RateResource
  cost?: number
  /** A GraphQL mutation: it writes, and GitHub's secondary rate limit counts it as creating content. */
  mutation?: true
  /** A GraphQL document's top-level fields; a mutation's in the order GitHub runs them (what one request wrote). */
  fields?: string[]
}

/** The primary rate limits a token has, each its own budget (`x-ratelimit-resource`). */
export type RateResource = 'core' | 'graphql'

interface Fault {
  name: string
  matches: (method: string, path: string) => boolean
  remaining: number
  respond?: { status: number; body: unknown; headers?: Record<string, string> }
  /** Do the work, then answer with the failure: the write happened but its response was lost. */
  afterApplying?: boolean
  delayMs?: number
  /** A secondary limit's retry-after: requests before it has run are recorded in ignoredRetryAfter. */
  retryAfterSeconds?: number
}

interface Pull {
  number: number
  id: number
  nodeId: string
  title: string
  body: string
  state: 'open' | 'closed'
  draft: boolean
  user: string
  head: string
  base: string
  /** The head commit, followed from the head branch while open, frozen once closed. */
  headSha: string
  labels: string[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
  mergeCommitSha: string | null
  mergedBy: string | null
  /** The base branch's head the PR merged onto: a merged PR keeps listing the commits it brought. */
  baseAtMerge?: string
  /** Who last edited the body after it was opened (GraphQL's PullRequest.editor); null when no one did. */
  editor?: string | null
  /** Who made the most recent push to the head branch (GitHub tracks it for "most recent reviewable push"). */
  lastPusher: string
  mergeable?: boolean
  autoMerge: { method: 'merge' | 'squash' | 'rebase'; enabledBy: string; enabledAt: string } | null
}

interface Review {
  id: number
  user: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'
  commitId: string
  body: string
  submittedAt: string
}

interface Comment {
  id: number
  issue: number
  user: string
  body: string
  createdAt: string
  updatedAt: string
}

interface CheckRun {
  id: number
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  /** The GitHub App that created it: every check run has one (https://docs.github.com/rest/checks/runs). */
  appId: number
}

/** GitHub Actions' app id, the source its check runs name (as rulesets' integration_id takes it). */
export const GITHUB_ACTIONS_APP_ID = 15368

interface Status {
  id: number
  context: string
  state: 'error' | 'failure' | 'pending' | 'success'
  targetUrl: string | null
  description: string | null
  createdAt: string
}

interface Deployment {
  id: number
  ref: string
  sha: string
  environment: string
  description: string | null
  payload: unknown
  creator: string
  createdAt: string
  statuses: {
    id: number
    state: string
    description: string
    environmentUrl: string | undefined
    logUrl: string | undefined
    createdAt: string
  }[]
}

/**
 * Branch protection, as GitHub's "About protected branches" page describes it
 * (https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches):
 * required approving reviews from people with write access, "Dismiss stale
 * pull request approvals when new commits are pushed", "Require approval of
 * the most recent reviewable push", required status checks and "Require
 * branches to be up to date before merging" (strict).
 */
export interface Protection {
  requiredApprovals: number
  requiredChecks: string[]
  /**
   * A required check's expected source, by name: only check runs of that app
   * pass it, and no commit status does ("If a status is set by any other
   * person or integration, merging won't be allowed", About protected
   * branches, "Require status checks before merging"). Rulesets' integration_id,
   * branch protection's checks[].app_id; absent: any source.
   */
  checkSources?: Record<string, number>
  dismissStaleReviews?: boolean
  requireLastPushApproval?: boolean
  /** "Require review from Code Owners": a changed file's owner (CODEOWNERS on the base) must approve. */
  requireCodeOwnerReview?: boolean
  /** "Require conversation resolution before merging": every review thread must be resolved. */
  requiredReviewThreadResolution?: boolean
  strict?: boolean
}

/** A repository ruleset's branch rules (https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/available-rules-for-rulesets). */
export interface Ruleset extends Partial<Protection> {
  id: number
  /** The branch it targets; default: the default branch. */
  branch?: string
  /**
   * Logins allowed to bypass it: their merges through the REST merge endpoint ignore its rules
   * (https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/creating-rulesets-for-a-repository#granting-bypass-permissions-for-your-branch-or-tag-ruleset).
   */
  bypass?: string[]
}

/** Repository roles (https://docs.github.com/organizations/managing-user-access-to-your-organizations-repositories/managing-repository-roles/repository-roles-for-an-organization). */
export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin'

export class SimRepo {
  readonly git = new GitStore()
  readonly refs = new Map<string, string>()
  readonly pulls = new Map<number, Pull>()
  readonly reviews = new Map<number, Review[]>()
  /** Review threads (conversations on a PR's code), by PR: whether each is resolved. */
  readonly threads = new Map<number, { id: number; user: string; resolved: boolean }[]>()
  readonly comments: Comment[] = []
  readonly labels = new Set<string>()
  readonly checkRuns = new Map<string, CheckRun[]>()
  readonly statuses = new Map<string, Status[]>()
  readonly deployments: Deployment[] = []
  readonly protection = new Map<string, Protection>()
  readonly rulesets: Ruleset[] = []
  /** Collaborators' roles; anyone not listed has write access, as the tests' reviewers mostly do. */
  readonly roles = new Map<string, Role>()
  nextIssue = 1

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly id: number,
    public defaultBranch: string
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  /** A branch, tag, full ref or commit sha, as git rev-parse would take it. */
  resolve(rev: string): string | undefined {
    for (const candidate of [rev, `refs/heads/${rev}`, `refs/tags/${rev}`]) {
      const sha = this.refs.get(candidate)
      if (sha) return sha
    }
    return this.git.commits.has(rev) ? rev : undefined
  }

  commit(sha: string): Commit {
    const commit = this.git.commits.get(sha)
    if (!commit) throw new Error(`no commit ${sha} in ${this.fullName}`)
    return commit
  }

  /** The files of a commit or branch, as text. */
  files(rev: string): Map<string, string> {
    const sha = this.resolve(rev)
    if (!sha) throw new Error(`${rev} does not resolve in ${this.fullName}`)
    const out = new Map<string, string>()
    for (const [path, file] of this.git.flatten(this.commit(sha).tree))
      out.set(path, this.git.blobs.get(file.sha) ?? '')
    return out
  }
}

type Handler = (
  repo: SimRepo | undefined,
  params: Record<string, string>,
  query: URLSearchParams,
  body: Record<string, unknown>
) => Reply

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

class Refusal extends Error {
  constructor(readonly reply: Reply) {
    super(String((reply.body as { message?: string } | undefined)?.message ?? reply.status))
  }
}

const EPOCH = Date.parse('2026-01-01T00:00:00Z')

/** The shape of GitHub's HTML error page: a title, inline styles and an image, some 20 KB. */
function unicornPage(): string {
  const style = `<style type="text/css" media="screen">${'body { background-color: #f1f1f1; margin: 0; } '.repeat(200)}</style>`
  const image = `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(900)}" alt="">`
  return `<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n    <title>Unicorn! &middot; GitHub</title>\n    ${style}\n  </head>\n  <body>\n    <div class="container">${image}<p><strong>We couldn't respond to your request in time.</strong></p><p>Sorry about that. Please try refreshing and contact us if the problem persists.</p></div>\n  </body>\n</html>\n`
}
/**
 * One page of a GraphQL connection, as GitHub pages them
 * (https://docs.github.com/en/graphql/guides/using-pagination-in-the-graphql-api):
 * `first` is required and at most 100, and `after` is an opaque cursor of
 * the node a page ends at. `last` and `before` are not modelled.
 */
function connection(
  typename: string,
  nodes: Node[],
  args: Record<string, unknown>,
  field: string
): Node {
  const { first, after, last, before } = args as {
    first?: number | null
    after?: string | null
    last?: number | null
    before?: string | null
  }
  if (last != null || before != null)
    throw new Error(`the simulator does not model ${field}(last:, before:)`)
  if (first == null)
    throw new Refusal({
      status: 200,
      body: {
        message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`
      }
    })
  if (first < 0 || first > 100)
    throw new Refusal({
      status: 200,
      body: {
        message: `Requesting ${first} records on the \`${field}\` connection exceeds the \`first\` limit of 100 records.`
      }
    })
  const cursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64')
  let start = 0
  if (after != null) {
    const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(after, 'base64').toString())
    if (!match)
      throw new Refusal({
        status: 200,
        body: { message: `\`${after}\` does not appear to be a valid cursor.` }
      })
    start = Number(match[1]) + 1
  }
  const page = nodes.slice(start, start + first)
  return {
    __typename: typename,
    totalCount: nodes.length,
    nodes: page,
    edges: page.map((node, i) => ({ __typename: 'Edge', cursor: cursor(start + i), node })),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: start + first < nodes.length,
      hasPreviousPage: start > 0,
      startCursor: page.length > 0 ? cursor(start) : null,
      endCursor: page.length > 0 ? cursor(start + page.length - 1) : null
    }
  }
}

/** GitHub's GraphQL returns a large blob's text cut short, with isTruncated; this is the simulator's cut. */
const BLOB_TEXT_LIMIT = 512 * 1024

export class GitHubSimulator {
  readonly violations: string[] = []
  readonly requests: RequestRecord[] = []
  readonly repos = new Map<string, SimRepo>()
  /** Milliseconds the simulator itself spent answering (contract checks included), injected delays left out, for benches to subtract. */
  busyMs = 0
  readonly token: string
  #viewer: string | { app: string; graphqlViewer?: boolean }
  readonly #readOnly: boolean
  #refusedMutations: string[] = []
  #noChecks = false
  #server: Server
  #faults: Fault[] = []
  #tamper: ((body: unknown) => unknown) | undefined
  #races: { repo: string; branch: string; files: Record<string, string> }[] = []
  #tick = 0
  readonly #clock: (() => number) | undefined
  #budgets: Record<RateResource, { limit: number; used: number; resetsAt: number | undefined }> = {
    core: { limit: 5000, used: 0, resetsAt: undefined },
    graphql: { limit: 5000, used: 0, resetsAt: undefined }
  }
  /** Until when (performance.now()) the last secondary limit asked the client to wait. */
  #retryAfterUntil = 0
  /**
   * How long one second of `retry-after` lasts for the clients connect()
   * builds (their back-off unit is 1 ms), to tell a request that came too early.
   */
  secondMs = 1
  /**
   * Requests that arrived while a secondary limit's `retry-after` was still
   * running: GitHub's docs ask clients not to, and may ban an integration
   * that keeps on (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api,
   * "Exceeding the rate limit").
   */
  readonly ignoredRetryAfter: string[] = []
  /**
   * Requests being answered and a count of answers sent: how a test's clock
   * tells that GitHub has gone quiet (test/support/settled-clock.ts).
   */
  readonly activity = { answering: 0, sent: 0 }
  /** The path being answered, for pagination links; handlers run synchronously, one at a time. */
  #answering = ''
  #prefix: string
  #ids = 1000
  #userIds = new Map<string, number>()
  readonly #bots = new Set<string>()
  url = ''

  private constructor(options: SimulatorOptions) {
    this.token = options.token ?? 'ghs_simulatortoken000000000000000000000'
    this.#viewer = options.viewer ?? 'multiregion-bot'
    this.#readOnly = options.readOnly ?? false
    this.#prefix = options.enterprise ? '/api/v3' : ''
    this.#clock = options.now
    this.#server = createServer((request, response) => {
      this.activity.answering++
      response.on('close', () => {
        this.activity.answering--
        this.activity.sent++
      })
      return this.#serve(request, response).catch((error: unknown) => {
        // A bug in the simulator must fail the test, not hang it.
        this.violations.push(
          `${request.method} ${request.url}: the simulator failed: ${(error as Error).stack ?? String(error)}`
        )
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ message: 'simulator error' }))
      })
    })
  }

  static async start(options: SimulatorOptions = {}): Promise<GitHubSimulator> {
    const sim = new GitHubSimulator(options)
    await new Promise<void>(resolve => sim.#server.listen(0, '127.0.0.1', resolve))
    sim.url = `http://127.0.0.1:${(sim.#server.address() as AddressInfo).port}${sim.#prefix}`
    return sim
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections()
    await new Promise<void>(resolve => this.#server.close(() => resolve()))
  }

  get viewerLogin(): string {
    return typeof this.#viewer === 'string' ? this.#viewer : `${this.#viewer.app}[bot]`
  }

  // ---- test-facing API: state ----

  /** A repository whose default branch holds every file under `dir` (or the given files), in one commit. */
  seedRepo(
    fullName: string,
    source: { dir?: string; files?: Record<string, string>; defaultBranch?: string } = {}
  ): SimRepo {
    const [owner, name] = fullName.split('/') as [string, string]
    const repo = new SimRepo(owner, name, this.#id(), source.defaultBranch ?? 'main')
    this.repos.set(fullName, repo)
    const files: Record<string, string> = {
      ...(source.dir ? readTree(source.dir) : {}),
      ...source.files
    }
    const tree = repo.git.overlay(
      undefined,
      Object.entries(files).map(([path, content]) => ({ path, content }))
    )
    const sha = repo.git.writeCommit({
      tree,
      parents: [],
      message: 'Seed',
      author: this.#signature('seed'),
      committer: this.#signature('seed'),
      signer: null
    })
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, sha)
    return repo
  }

  repo(fullName: string): SimRepo {
    const repo = this.repos.get(fullName)
    if (!repo) throw new Error(`the simulator has no repository ${fullName}`)
    return repo
  }

  /**
   * Another writer pushes a commit onto `branch` (created from the default
   * branch if missing). Git lets the writer put any name and address in the
   * commit: `as.author` and `as.committer` name the account whose address is
   * written (`GitHub` writes GitHub's own `noreply@github.com`), and
   * `as.signedBy` signs it with that account's key; by default the pusher
   * is author and committer and the commit is unsigned.
   */
  push(
    fullName: string,
    branch: string,
    files: Record<string, string>,
    author = 'other-writer',
    as: { author?: string; committer?: string; signedBy?: string } = {}
  ): string {
    const repo = this.repo(fullName)
    const parent =
      repo.refs.get(`refs/heads/${branch}`) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`)!
    const tree = repo.git.overlay(
      repo.commit(parent).tree,
      Object.entries(files).map(([path, content]) => ({ path, content }))
    )
    const sha = repo.git.writeCommit({
      tree,
      parents: [parent],
      message: `Change by ${author}`,
      author: this.#forgeable(as.author ?? author),
      committer: this.#forgeable(as.committer ?? author),
      signer: as.signedBy ?? null
    })
    repo.refs.set(`refs/heads/${branch}`, sha)
    this.#followHeads(repo, author)
    return sha
  }

  /** A review by `user` on `commit` (default: the pull request's current head). */
  review(
    fullName: string,
    number: number,
    user: string,
    state: Review['state'] = 'APPROVED',
    commit?: string
  ): void {
    const repo = this.repo(fullName)
    const pull = this.#pull(repo, number)
    const reviews = repo.reviews.get(number) ?? []
    reviews.push({
      id: this.#id(),
      user,
      state,
      commitId: commit ?? pull.headSha,
      body: '',
      submittedAt: this.#now()
    })
    repo.reviews.set(number, reviews)
    this.#autoMerge(repo)
  }

  /** `user` edits a pull request's body on github.com, as anyone with write access (or its author) may. */
  editBody(fullName: string, number: number, user: string, body: string): void {
    const pull = this.#pull(this.repo(fullName), number)
    pull.body = body
    pull.editor = user
  }

  /** A comment on a pull request by `user` (anyone may comment, and may copy the toolkit's hidden marker). */
  comment(fullName: string, number: number, user: string, body: string): number {
    const repo = this.repo(fullName)
    const pull = this.#pull(repo, number)
    const now = this.#now()
    const id = this.#id()
    repo.comments.push({ id, issue: pull.number, user, body, createdAt: now, updatedAt: now })
    return id
  }

  approve(fullName: string, number: number, user: string, commit?: string): void {
    this.review(fullName, number, user, 'APPROVED', commit)
  }

  /** Sets (or replaces, by name and app) a check run on a commit; GitHub Actions' by default. */
  setCheck(
    fullName: string,
    sha: string,
    name: string,
    status: CheckRun['status'],
    conclusion: string | null = null,
    appId = GITHUB_ACTIONS_APP_ID
  ): void {
    const repo = this.repo(fullName)
    const runs = (repo.checkRuns.get(sha) ?? []).filter(
      run => run.name !== name || run.appId !== appId
    )
    runs.push({
      id: this.#id(),
      name,
      status,
      conclusion: status === 'completed' ? (conclusion ?? 'success') : null,
      appId
    })
    repo.checkRuns.set(sha, runs)
    this.#autoMerge(repo)
  }

  /** Adds a commit status; the newest per context counts, as on GitHub. */
  setStatus(fullName: string, sha: string, context: string, state: Status['state']): void {
    const repo = this.repo(fullName)
    const statuses = repo.statuses.get(sha) ?? []
    statuses.push({
      id: this.#id(),
      context,
      state,
      targetUrl: null,
      description: null,
      createdAt: this.#now()
    })
    repo.statuses.set(sha, statuses)
    this.#autoMerge(repo)
  }

  /** Overrides what GitHub computes for a pull request's mergeability (undefined: compute it). */
  setMergeable(fullName: string, number: number, mergeable: boolean | undefined): void {
    this.#pull(this.repo(fullName), number).mergeable = mergeable
  }

  /** Branch protection: merges (and auto-merge) wait for approvals on the head commit and green required checks. */
  protect(fullName: string, branch: string, protection: Protection): void {
    this.repo(fullName).protection.set(branch, protection)
  }

  /** A repository ruleset on `branch` (default: the default branch); its rules add to branch protection's. */
  addRuleset(fullName: string, rules: Omit<Ruleset, 'id'>): void {
    this.repo(fullName).rulesets.push({ ...rules, id: this.#id() })
  }

  /** `user` starts a conversation on a pull request's code; returns its id for resolveThread. */
  reviewThread(fullName: string, number: number, user: string): number {
    const repo = this.repo(fullName)
    const pull = this.#pull(repo, number)
    const id = this.#id()
    repo.threads.set(pull.number, [
      ...(repo.threads.get(pull.number) ?? []),
      { id, user, resolved: false }
    ])
    return id
  }

  resolveThread(fullName: string, number: number, id: number): void {
    const thread = this.repo(fullName)
      .threads.get(number)
      ?.find(t => t.id === id)
    if (!thread) throw new Error(`no review thread ${id} on #${number}`)
    thread.resolved = true
    this.#autoMerge(this.repo(fullName))
  }

  /** `user` presses the merge button of a pull request (as GitHub would, only if nothing blocks it). */
  mergePull(fullName: string, number: number, user: string): string {
    const repo = this.repo(fullName)
    const pull = this.#pull(repo, number)
    const blocked = this.#blocked(repo, pull, user)
    if (blocked) throw new Error(`GitHub would refuse the merge: ${blocked}`)
    return this.#merge(repo, pull, 'merge', user)
  }

  /** A collaborator's role on the repository. */
  setRole(fullName: string, user: string, role: Role): void {
    this.repo(fullName).roles.set(user, role)
  }

  /** A pull request opened by someone else (a person, another tool) from an existing branch. */
  openPull(
    fullName: string,
    head: string,
    options: { base?: string; user?: string; title?: string; labels?: string[] } = {}
  ): number {
    const repo = this.repo(fullName)
    const headSha = repo.refs.get(`refs/heads/${head}`)
    if (!headSha) throw new Error(`no branch ${head} in ${fullName}`)
    const pull = this.#newPull(repo, {
      head,
      base: options.base ?? repo.defaultBranch,
      headSha,
      title: options.title ?? head,
      body: '',
      draft: false,
      user: options.user ?? 'someone'
    })
    pull.labels = [...(options.labels ?? [])]
    for (const label of pull.labels) repo.labels.add(label)
    return pull.number
  }

  /** Closes a pull request without merging, as a person would. */
  closePull(fullName: string, number: number): void {
    const pull = this.#pull(this.repo(fullName), number)
    pull.state = 'closed'
    pull.closedAt = this.#now()
  }

  // ---- test-facing API: faults ----

  /**
   * The next `times` requests matching answer with `status` (a 5xx by
   * default) before reaching the simulator, or, with `afterApplying`, after
   * it did the work, as when GitHub applied a write but the response was lost.
   */
  failNext(
    times: number,
    options: {
      status?: number
      method?: string
      path?: RegExp
      afterApplying?: boolean
      message?: string
      /**
       * Answer with an HTML page, as GitHub's front end does when the API
       * behind it is down (the "Unicorn!" page, text/html, about 20 KB),
       * not the API's JSON error.
       */
      html?: boolean
    } = {}
  ): void {
    const status = options.status ?? 502
    this.#faults.push({
      name: `${status}`,
      matches: match(options),
      remaining: times,
      afterApplying: options.afterApplying ?? false,
      respond: options.html
        ? {
            status,
            headers: { 'content-type': 'text/html; charset=utf-8' },
            body: unicornPage()
          }
        : {
            status,
            body: {
              message: options.message ?? (status === 502 ? 'Server Error' : 'Service Unavailable')
            }
          }
    })
  }

  /** GitHub's secondary rate limit: 403 (or 429) with retry-after, `times` times. */
  rateLimitNext(
    times: number,
    options: { status?: 403 | 429; retryAfterSeconds?: number; method?: string; path?: RegExp } = {}
  ): void {
    this.#faults.push({
      name: 'secondary-rate-limit',
      matches: match(options),
      remaining: times,
      respond: {
        status: options.status ?? 403,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
        },
        headers: { 'retry-after': String(options.retryAfterSeconds ?? 60) }
      },
      retryAfterSeconds: options.retryAfterSeconds ?? 60
    })
  }

  /**
   * Sets where a primary rate limit stands: `remaining` of `limit` left
   * until the window resets in `resetInSeconds` (on the simulator's clock).
   */
  rateLimit(
    resource: RateResource,
    options: { remaining: number; resetInSeconds: number; limit?: number }
  ): void {
    const budget = this.#budgets[resource]
    if (options.limit !== undefined) budget.limit = options.limit
    budget.used = Math.max(0, budget.limit - options.remaining)
    budget.resetsAt = this.#clockMs() + options.resetInSeconds * 1000
  }

  /** What is left of a primary rate limit now. */
  rateRemaining(resource: RateResource): number {
    const budget = this.#budget(resource)
    return budget.limit - budget.used
  }

  /** Every matching request waits `ms` before it is answered, `times` times (default: until cleared). */
  slow(ms: number, options: { times?: number; method?: string; path?: RegExp } = {}): void {
    this.#faults.push({
      name: `delay ${ms}ms`,
      matches: match(options),
      remaining: options.times ?? Infinity,
      delayMs: ms
    })
  }

  /**
   * Just before the next write of `branch`'s ref (create or update), another
   * writer pushes `files` to it, so the write meets a moved or existing ref
   * and GitHub's own answer, a 422, follows from the state.
   */
  raceNextRefWrite(fullName: string, branch: string, files: Record<string, string>): void {
    this.#races.push({ repo: fullName, branch, files })
  }

  /**
   * The next call of the GraphQL mutation `field` fails as it does for a
   * token without the permission it needs: GitHub answers that field with a
   * FORBIDDEN error, "Resource not accessible by integration", and runs the
   * document's other fields (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api
   * shows the error shape; the message is REST's for the same missing permission).
   */
  refuseNextMutation(field: string): void {
    this.#refusedMutations.push(field)
  }

  /**
   * The token lacks `checks: read` (promote's writer token asks for none):
   * a GraphQL read of a commit's statusCheckRollup is answered with a
   * FORBIDDEN error on that field, beside the rest of the data, as GitHub
   * answers fields a GitHub App's permissions do not cover
   * (https://docs.github.com/en/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql:
   * "the permissions of the token determine what data you can access").
   */
  withoutChecksPermission(): void {
    this.#noChecks = true
  }

  /** Rewrites the next response body, to prove the response check fails on a body GitHub would not send. */
  tamperNextResponse(rewrite: (body: unknown) => unknown): void {
    this.#tamper = rewrite
  }

  clearFaults(): void {
    this.#faults = []
    this.#races = []
  }

  // ---- HTTP ----

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = request.method ?? 'GET'
    if (this.#prefix) {
      url.pathname =
        url.pathname === '/api/graphql'
          ? '/graphql'
          : url.pathname.startsWith(this.#prefix)
            ? url.pathname.slice(this.#prefix.length)
            : `/not-enterprise${url.pathname}`
    }
    const text = await readBody(request)
    // Everything the simulator does for this request, its injected delays left out, is its own
    // time, not the client's (busyMs): a bench in this process subtracts it.
    const arrived = performance.now()
    let delayed = 0
    const record: RequestRecord = { method, path: url.pathname, operation: '', status: 0 }
    this.requests.push(record)
    if (performance.now() < this.#retryAfterUntil)
      this.ignoredRetryAfter.push(
        `${method} ${url.pathname}: sent while a secondary limit's retry-after was running`
      )
    const resource: RateResource = url.pathname === '/graphql' ? 'graphql' : 'core'
    const send = (reply: Reply) => {
      record.status = reply.status
      try {
        sendNow(reply)
      } finally {
        this.busyMs += performance.now() - arrived - delayed
      }
    }
    const sendNow = (reply: Reply) => {
      const headers: Record<string, string> = {
        'x-github-request-id': `SIM:${this.requests.length}`,
        ...this.#rateHeaders(resource),
        ...reply.headers
      }
      if (reply.body === undefined) {
        response.writeHead(reply.status, headers).end()
        return
      }
      if (typeof reply.body === 'string' && headers['content-type']?.startsWith('text/html')) {
        response.writeHead(reply.status, headers).end(reply.body)
        return
      }
      response.writeHead(reply.status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8'
      })
      response.end(JSON.stringify(reply.body))
    }

    const auth = request.headers.authorization ?? ''
    if (
      auth !== `token ${this.token}` &&
      auth !== `bearer ${this.token}` &&
      auth !== `Bearer ${this.token}`
    ) {
      send({
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
      })
      return
    }
    if (this.#readOnly && method !== 'GET' && method !== 'HEAD' && url.pathname !== '/graphql') {
      send({
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403'
        }
      })
      return
    }
    let body: unknown
    try {
      body = text === '' ? undefined : JSON.parse(text)
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`)
      send({ status: 400, body: { message: 'Problems parsing JSON' } })
      return
    }

    // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit:
    // over the primary limit GitHub answers 403 (or 429) with x-ratelimit-remaining 0 until x-ratelimit-reset.
    const budget = this.#budget(resource)
    const cost = resource === 'graphql' ? graphqlPoints(body) : 1
    if (budget.used + cost > budget.limit) {
      record.fault = 'primary-rate-limit'
      send({
        status: 403,
        body: {
          message: `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID SIM:${this.requests.length}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403'
        }
      })
      return
    }
    budget.used += cost
    record.resource = resource
    record.cost = cost

    let failure: Fault | undefined
    for (const fault of this.#faults) {
      if (fault.remaining <= 0 || !fault.matches(method, url.pathname)) continue
      fault.remaining--
      if (fault.delayMs) {
        const from = performance.now()
        await new Promise(resolve => setTimeout(resolve, fault.delayMs))
        delayed += performance.now() - from
      }
      if (fault.respond) {
        failure = fault
        if (fault.retryAfterSeconds !== undefined)
          this.#retryAfterUntil = performance.now() + fault.retryAfterSeconds * this.secondMs
        break
      }
    }
    if (failure && !failure.afterApplying) {
      record.fault = failure.name
      send(failure.respond!)
      return
    }
    const reply = this.#process(method, url, body, record)
    if (failure) {
      record.fault = `${failure.name} after applying`
      send(failure.respond!)
      return
    }
    send(reply)
  }

  #process(method: string, url: URL, body: unknown, record: RequestRecord): Reply {
    if (url.pathname === '/graphql' && method === 'POST') {
      record.operation = 'graphql'
      return this.#graphql(body, record)
    }
    const found = findOperation(method, url.pathname)
    if (!found) {
      this.violations.push(`${method} ${url.pathname}: GitHub documents no such operation`)
      return {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
      }
    }
    record.operation = found.operation.id
    const requestProblems = checkRequest(found, url.searchParams, body)
    if (requestProblems.length > 0) {
      this.violations.push(...requestProblems)
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: requestProblems.map(message => ({ code: 'invalid', message }))
        }
      }
    }
    return this.#answer(
      found,
      url.pathname,
      url.searchParams,
      (body ?? {}) as Record<string, unknown>
    )
  }

  #answer(
    found: Match,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>
  ): Reply {
    const { operation, params } = found
    this.#answering = path
    const handler = this.#handlers[operation.id]
    if (!handler) {
      this.violations.push(
        `${operation.method} ${operation.template} (${operation.id}): the simulator does not implement it`
      )
      return { status: 404, body: { message: 'Not Found' } }
    }
    const repo =
      params.owner && params.repo ? this.repos.get(`${params.owner}/${params.repo}`) : undefined
    if (params.owner && params.repo && !repo) return { status: 404, body: { message: 'Not Found' } }
    let reply: Reply
    try {
      reply = handler(repo, params, query, body)
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      reply = error.reply
    }
    let replyBody =
      reply.body === undefined
        ? undefined
        : complete(operation.method, operation.template, reply.status, reply.body)
    if (this.#tamper && replyBody !== undefined) {
      replyBody = this.#tamper(replyBody)
      this.#tamper = undefined
    }
    this.violations.push(...checkResponse(found, reply.status, replyBody))
    return { ...reply, body: replyBody }
  }

  // ---- GraphQL ----

  #graphql(body: unknown, record: RequestRecord): Reply {
    const { query, variables } = (body ?? {}) as {
      query?: unknown
      variables?: Record<string, unknown>
    }
    if (typeof query !== 'string') {
      this.violations.push('POST /graphql: no query string')
      return {
        status: 400,
        body: { message: 'A query attribute must be specified and must be a string.' }
      }
    }
    // Every query and mutation must be valid against GitHub's published schema
    // (@octokit/graphql-schema, https://docs.github.com/graphql/overview/public-schema),
    // as GitHub answers an invalid one with errors and no data.
    const invalid = graphqlProblems(query)
    if (invalid.length > 0) {
      this.violations.push(...invalid.map(p => `POST /graphql: ${p}`))
      return { status: 200, body: { errors: invalid.map(message => ({ message })) } }
    }
    let result: { data: unknown; problems: string[]; errors?: { message: string }[] }
    try {
      const document = parse(query)
      if (document.operation === 'mutation') record.mutation = true
      record.fields = document.selections.flatMap(s => (s.kind === 'field' ? [s.name] : []))
      // GitHub refuses, before running it, a query that could return over 500,000 nodes
      // (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#node-limit).
      const nodes = nodesRequested(document, variables ?? {})
      if (nodes > 500_000) {
        this.violations.push(`POST /graphql: the query requests up to ${nodes} nodes`)
        return {
          status: 200,
          body: {
            errors: [
              {
                type: 'MAX_NODE_LIMIT_EXCEEDED',
                message: `This query requests up to ${nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of 500,000.`
              }
            ]
          }
        }
      }
      result = execute(
        document,
        document.operation === 'mutation' ? this.#mutationRoot() : this.#queryRoot(),
        variables ?? {}
      )
    } catch (error) {
      if (error instanceof Refusal)
        return { status: 200, body: { data: null, errors: [{ message: error.message }] } }
      result = { data: null, problems: [String((error as Error).message)] }
    }
    // A field's error answers that field null beside the rest of the data, as GitHub does.
    if (result.problems.length === 0 && result.errors?.length)
      return { status: 200, body: { data: result.data, errors: result.errors } }
    if (result.problems.length > 0) {
      this.violations.push(...result.problems.map(p => `POST /graphql: ${p}`))
      return {
        status: 200,
        body: { data: null, errors: result.problems.map(message => ({ message })) }
      }
    }
    return { status: 200, body: { data: result.data } }
  }

  #queryRoot(): Node {
    return {
      __typename: 'Query',
      viewer: () => {
        if (typeof this.#viewer !== 'string' && this.#viewer.graphqlViewer === false)
          throw new Refusal({
            status: 403,
            body: { message: 'Resource not accessible by integration' }
          })
        return { __typename: 'User', login: this.viewerLogin }
      },
      repository: ({ owner, name }: Record<string, unknown>) => {
        const repo = this.repos.get(`${String(owner)}/${String(name)}`)
        return repo ? this.#repositoryNode(repo) : null
      }
    }
  }

  #repositoryNode(repo: SimRepo): Node {
    const blobNode = (sha: string): Node => {
      const text = repo.git.blobs.get(sha) ?? ''
      const truncated = text.length > BLOB_TEXT_LIMIT
      return {
        __typename: 'Blob',
        oid: sha,
        text: truncated ? text.slice(0, BLOB_TEXT_LIMIT) : text,
        byteSize: Buffer.byteLength(text),
        isBinary: false,
        isTruncated: truncated
      }
    }
    const commitNode = (sha: string): Node => ({
      __typename: 'Commit',
      oid: sha,
      /**
       * https://docs.github.com/en/graphql/reference/objects#statuscheckrollup:
       * the commit's check runs and the newest status of each context, as
       * REST lists them (checks/list-for-ref, list-commit-statuses-for-ref),
       * enum values upper-cased; `contexts` pages as every connection does.
       */
      statusCheckRollup: () => {
        if (this.#noChecks)
          throw new FieldError('Resource not accessible by integration', 'FORBIDDEN')
        const runs = this.#everything('checks/list-for-ref', repo, { ref: sha }) as {
          name: string
          status: string
          conclusion: string | null
          html_url: string
          app: { id: number } | null
        }[]
        const latest = new Map<
          string,
          { context: string; state: string; target_url: string | null }
        >()
        for (const status of this.#everything('repos/list-commit-statuses-for-ref', repo, {
          ref: sha
        }) as { context: string; state: string; target_url: string | null }[])
          if (!latest.has(status.context)) latest.set(status.context, status)
        if (runs.length === 0 && latest.size === 0) return null
        const contexts: Node[] = [
          ...runs.map(run => ({
            __typename: 'CheckRun',
            name: run.name,
            status: run.status.toUpperCase(),
            conclusion: run.conclusion?.toUpperCase() ?? null,
            url: run.html_url,
            // https://docs.github.com/en/graphql/reference/objects#checksuite: the app that made it.
            checkSuite: {
              __typename: 'CheckSuite',
              app: run.app ? { __typename: 'App', databaseId: run.app.id } : null
            }
          })),
          ...[...latest.values()].map(status => ({
            __typename: 'StatusContext',
            context: status.context,
            state: status.state.toUpperCase(),
            targetUrl: status.target_url
          }))
        ]
        return {
          __typename: 'StatusCheckRollup',
          contexts: (args: Record<string, unknown>) =>
            connection('StatusCheckRollupContextConnection', contexts, args, 'contexts')
        }
      },
      message: repo.commit(sha).message,
      tree: { __typename: 'Tree', oid: repo.commit(sha).tree },
      // https://docs.github.com/graphql/reference/objects#commit: file(path:), a TreeEntry of this very commit.
      file: ({ path }: Record<string, unknown>) => {
        const found = repo.git.lookup(repo.commit(sha).tree, String(path))
        if (!found) return null
        return {
          __typename: 'TreeEntry',
          path: String(path),
          oid: found.sha,
          object:
            found.type === 'tree' ? { __typename: 'Tree', oid: found.sha } : blobNode(found.sha)
        }
      }
    })
    // https://docs.github.com/en/graphql/reference/enums#pullrequeststate
    const stateOf = (pull: Pull) =>
      pull.mergedAt !== null ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED'
    // https://docs.github.com/en/graphql/reference/objects#pullrequest
    const pullNode = (pull: Pull): Node => ({
      __typename: 'PullRequest',
      id: pull.nodeId,
      number: pull.number,
      title: pull.title,
      body: pull.body,
      state: stateOf(pull),
      merged: pull.mergedAt !== null,
      isDraft: pull.draft,
      url: `${this.#html(repo)}/pull/${pull.number}`,
      createdAt: pull.createdAt,
      updatedAt: pull.updatedAt,
      mergedAt: pull.mergedAt,
      closedAt: pull.closedAt,
      // An App's bot is a Bot whose login has no "[bot]" suffix in GraphQL, unlike REST's user.login.
      author: pull.user.endsWith('[bot]')
        ? { __typename: 'Bot', login: pull.user.slice(0, -'[bot]'.length) }
        : { __typename: 'User', login: pull.user },
      headRefName: pull.head,
      headRefOid: pull.headSha,
      // https://docs.github.com/graphql/reference/objects#pullrequest (headRef): the head branch as it
      // is now (null once deleted), which may have moved past headRefOid.
      headRef: (() => {
        const sha = repo.refs.get(`refs/heads/${pull.head}`)
        return sha
          ? {
              __typename: 'Ref',
              id: `REF_${repo.id}_refs/heads/${pull.head}`,
              name: pull.head,
              prefix: 'refs/heads/',
              target: commitNode(sha)
            }
          : null
      })(),
      baseRefName: pull.base,
      // https://docs.github.com/graphql/reference/objects#pullrequest (baseRefOid): the base branch's
      // head; modelled as its head now while open (at creation, the head it was opened against).
      baseRefOid:
        pull.state === 'open'
          ? (repo.refs.get(`refs/heads/${pull.base}`) ?? null)
          : (pull.baseAtMerge ?? repo.refs.get(`refs/heads/${pull.base}`) ?? null),
      mergeCommit: pull.mergeCommitSha ? commitNode(pull.mergeCommitSha) : null,
      // https://docs.github.com/en/graphql/reference/objects#pullrequest (editor): the actor who edited the body.
      editor: pull.editor
        ? pull.editor.endsWith('[bot]')
          ? { __typename: 'Bot', login: pull.editor.slice(0, -'[bot]'.length) }
          : { __typename: 'User', login: pull.editor }
        : null,
      // https://docs.github.com/en/graphql/reference/objects#pullrequest: reviews, files and
      // autoMergeRequest, each what the REST endpoint of the same name shows.
      reviews: (args: Record<string, unknown>) =>
        connection(
          'PullRequestReviewConnection',
          (
            this.#everything('pulls/list-reviews', repo, {
              pull_number: String(pull.number)
            }) as {
              user: { login: string }
              state: string
              commit_id: string
              submitted_at: string | null
            }[]
          ).map(r => ({
            __typename: 'PullRequestReview',
            author: r.user.login.endsWith('[bot]')
              ? { __typename: 'Bot', login: r.user.login.slice(0, -'[bot]'.length) }
              : { __typename: 'User', login: r.user.login },
            state: r.state,
            commit: commitNode(r.commit_id),
            submittedAt: r.submitted_at,
            // https://docs.github.com/graphql/reference/objects#pullrequestreview: "whether the author of
            // this review has push access to the repository", as of the read (write, maintain or admin).
            authorCanPushToRepository: this.#permission(repo, r.user.login) !== 'read'
          })),
          args,
          'reviews'
        ),
      files: (args: Record<string, unknown>) =>
        connection(
          'PullRequestChangedFileConnection',
          (
            this.#everything('pulls/list-files', repo, { pull_number: String(pull.number) }) as {
              filename: string
            }[]
          ).map(f => ({ __typename: 'PullRequestChangedFile', path: f.filename })),
          args,
          'files'
        ),
      autoMergeRequest: pull.autoMerge
        ? {
            __typename: 'AutoMergeRequest',
            mergeMethod: pull.autoMerge.method.toUpperCase(),
            enabledAt: pull.autoMerge.enabledAt,
            enabledBy: { __typename: 'User', login: pull.autoMerge.enabledBy }
          }
        : null,
      labels: (args: Record<string, unknown>) =>
        connection(
          'LabelConnection',
          pull.labels.map(name => ({ __typename: 'Label', name })),
          args,
          'labels'
        )
    })
    /**
     * https://docs.github.com/graphql/reference/objects#ref, rules: "a list of rules from active
     * Repository and Organization rulesets that apply to this ref", the same rules REST's "Get rules
     * for a branch" lists (type upper-cased, parameters as the RuleParameters union's members).
     */
    const refRules = (branch: string) => (args: Record<string, unknown>) =>
      connection(
        'RepositoryRuleConnection',
        (
          this.#everything('repos/get-branch-rules', repo, { branch }) as {
            type: string
            parameters?: Record<string, unknown>
          }[]
        ).map(rule => {
          const p = rule.parameters ?? {}
          return {
            __typename: 'RepositoryRule',
            type: rule.type.toUpperCase(),
            parameters:
              rule.type === 'pull_request'
                ? {
                    __typename: 'PullRequestParameters',
                    requiredApprovingReviewCount: p.required_approving_review_count,
                    dismissStaleReviewsOnPush: p.dismiss_stale_reviews_on_push,
                    requireLastPushApproval: p.require_last_push_approval,
                    requireCodeOwnerReview: p.require_code_owner_review,
                    requiredReviewThreadResolution: p.required_review_thread_resolution
                  }
                : rule.type === 'required_status_checks'
                  ? {
                      __typename: 'RequiredStatusChecksParameters',
                      requiredStatusChecks: (
                        p.required_status_checks as { context: string; integration_id?: number }[]
                      ).map(c => ({
                        __typename: 'StatusCheckConfiguration',
                        context: c.context,
                        integrationId: c.integration_id ?? null
                      })),
                      strictRequiredStatusChecksPolicy: p.strict_required_status_checks_policy
                    }
                  : null
          }
        }),
        args,
        'rules'
      )
    return {
      __typename: 'Repository',
      id: `R_${repo.id}`,
      nameWithOwner: repo.fullName,
      // https://docs.github.com/graphql/reference/objects#repository (defaultBranchRef)
      defaultBranchRef: {
        __typename: 'Ref',
        name: repo.defaultBranch,
        prefix: 'refs/heads/',
        target: commitNode(repo.refs.get(`refs/heads/${repo.defaultBranch}`)!),
        rules: refRules(repo.defaultBranch)
      },
      /**
       * https://docs.github.com/en/graphql/reference/objects#repository, pullRequests:
       * filtered by `states` (all when absent), `labels`, `headRefName` and
       * `baseRefName`, ordered by `orderBy` (IssueOrder; creation, oldest
       * first, when absent) and paged with `first`/`after` cursors. The docs
       * do not say whether several labels match any or all of them, so only
       * one is modelled.
       */
      pullRequests: (args: Record<string, unknown>) => {
        const { states, labels, headRefName, baseRefName, orderBy } = args as {
          states?: string[] | null
          labels?: string[] | null
          headRefName?: string | null
          baseRefName?: string | null
          orderBy?: { field?: string; direction?: string } | null
        }
        if (labels && labels.length > 1)
          throw new Error('the simulator models pullRequests(labels:) with one label only')
        const field = orderBy?.field ?? 'CREATED_AT'
        if (field !== 'CREATED_AT' && field !== 'UPDATED_AT')
          throw new Error(`the simulator does not model pullRequests ordered by ${field}`)
        const key = (pull: Pull) => (field === 'CREATED_AT' ? pull.createdAt : pull.updatedAt)
        const sign = orderBy?.direction === 'DESC' ? -1 : 1
        const pulls = [...repo.pulls.values()]
          .filter(pull => !states || states.includes(stateOf(pull)))
          .filter(pull => !labels?.[0] || pull.labels.includes(labels[0]))
          .filter(pull => !headRefName || pull.head === headRefName)
          .filter(pull => !baseRefName || pull.base === baseRefName)
          .sort((a, b) => sign * (key(a).localeCompare(key(b)) || a.number - b.number))
        return connection('PullRequestConnection', pulls.map(pullNode), args, 'pullRequests')
      },
      /**
       * https://docs.github.com/graphql/reference/objects#repository (deployments): filtered by
       * `environments`, ordered by DeploymentOrder (CREATED_AT; ascending when absent), paged.
       */
      deployments: (args: Record<string, unknown>) => {
        const { environments, orderBy } = args as {
          environments?: string[] | null
          orderBy?: { field?: string; direction?: string } | null
        }
        const list = repo.deployments
          .filter(d => !environments || environments.includes(d.environment))
          .map(d => ({
            __typename: 'Deployment',
            databaseId: d.id,
            commitOid: d.sha,
            environment: d.environment
          }))
        if (orderBy?.direction === 'DESC') list.reverse()
        return connection('DeploymentConnection', list, args, 'deployments')
      },
      // https://docs.github.com/en/graphql/reference/objects#repository (pullRequest): one by number, or null.
      pullRequest: ({ number }: Record<string, unknown>) => {
        const pull = repo.pulls.get(Number(number))
        return pull ? pullNode(pull) : null
      },
      ref: ({ qualifiedName }: Record<string, unknown>) => {
        const name = String(qualifiedName)
        const full = name.startsWith('refs/') ? name : `refs/heads/${name}`
        const sha = repo.refs.get(full)
        return sha
          ? {
              __typename: 'Ref',
              id: `REF_${repo.id}_${full}`,
              name: full.replace(/^refs\/(heads|tags)\//, ''),
              prefix: full.slice(0, full.lastIndexOf('/') + 1),
              target: commitNode(sha),
              ...(full.startsWith('refs/heads/')
                ? { rules: refRules(full.slice('refs/heads/'.length)) }
                : {})
            }
          : null
      },
      object: ({ expression, oid }: Record<string, unknown>) => {
        const [rev, path] = splitExpression(String(expression ?? oid ?? ''))
        const sha = repo.resolve(rev)
        if (!sha) return null
        if (path === undefined) return commitNode(sha)
        const found = repo.git.lookup(repo.commit(sha).tree, path)
        if (!found) return null
        if (found.type === 'tree') return { __typename: 'Tree', oid: found.sha }
        return blobNode(found.sha)
      }
    }
  }

  /** The repository a GraphQL input names by its node id (`R_<id>`), or the field's NOT_FOUND error. */
  #repoById(id: unknown): SimRepo {
    for (const repo of this.repos.values()) if (`R_${repo.id}` === id) return repo
    throw new FieldError(
      `Could not resolve to a node with the global id of '${String(id)}'`,
      'NOT_FOUND'
    )
  }

  /** Every item a paged REST handler lists, so a GraphQL field shows exactly what REST shows. */
  #everything(operation: string, repo: SimRepo, params: Record<string, string>): unknown[] {
    const items: unknown[] = []
    for (let page = 1; ; page++) {
      const reply = this.#handlers[operation]!(
        repo,
        params,
        new URLSearchParams({ per_page: '100', page: String(page) }),
        {}
      )
      const body = reply.body as unknown[] | { check_runs: unknown[] }
      const batch = Array.isArray(body) ? body : body.check_runs
      items.push(...batch)
      if (batch.length < 100) return items
    }
  }

  #mutationRoot(): Node {
    const refused = (field: string) => {
      // A read-only token (a fork's GITHUB_TOKEN) may run no mutation, as it may make no REST write.
      if (this.#readOnly)
        throw new FieldError('Resource not accessible by integration', 'FORBIDDEN')
      const index = this.#refusedMutations.indexOf(field)
      if (index < 0) return
      this.#refusedMutations.splice(index, 1)
      throw new FieldError('Resource not accessible by integration', 'FORBIDDEN')
    }
    const refNode = (repo: SimRepo, full: string): Node =>
      (this.#repositoryNode(repo).ref as (a: Record<string, unknown>) => Node)({
        qualifiedName: full
      })
    const commitOf = (repo: SimRepo, sha: string) =>
      (this.#repositoryNode(repo).object as (a: Record<string, unknown>) => Node)({ oid: sha })
    return {
      __typename: 'Mutation',
      /**
       * https://docs.github.com/en/graphql/reference/mutations#createref: a
       * new ref `name` (fully qualified) at `oid`. An existing name is an
       * error and leaves the ref where it was.
       */
      createRef: ({ input }: Record<string, unknown>) => {
        refused('createRef')
        const { repositoryId, name, oid } = input as {
          repositoryId: string
          name: string
          oid: string
        }
        const repo = this.#repoById(repositoryId)
        if (!/^refs\/[^/]+\/.+/.test(name)) throw new FieldError(`${name} is not a valid ref name.`)
        this.#race(repo, name)
        if (repo.refs.has(name))
          throw new FieldError(`A ref named "${name}" already exists in the repository.`)
        if (!repo.git.commits.has(oid))
          throw new FieldError(
            `Could not resolve to a commit with the oid of '${oid}'`,
            'NOT_FOUND'
          )
        repo.refs.set(name, oid)
        this.#followHeads(repo)
        return {
          __typename: 'CreateRefPayload',
          ref: refNode(repo, name)
        }
      },
      /**
       * https://docs.github.com/en/graphql/reference/mutations#createcommitonbranch:
       * "Appends a commit to the given branch as the authenticated user",
       * whose parent is the branch's head, and moves the branch to it. The
       * branch must already exist, and `expectedHeadOid` must be its head
       * ("If the branch's HEAD does not match, the mutation will fail"), so
       * a writer that moved it in between is never overwritten. GitHub signs
       * the commit (the author is the token's account; for an App, its bot),
       * so it is Verified, as a REST createCommit without author is
       * (https://docs.github.com/en/authentication/managing-commit-signature-verification/about-commit-signature-verification#signature-verification-for-bots).
       * Additions carry base64 contents; deletions remove paths.
       */
      createCommitOnBranch: ({ input }: Record<string, unknown>) => {
        refused('createCommitOnBranch')
        const { branch, expectedHeadOid, fileChanges, message } = input as {
          branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string }
          expectedHeadOid: string
          fileChanges?: {
            additions?: { path: string; contents: string }[]
            deletions?: { path: string }[]
          }
          message: { headline: string; body?: string }
        }
        const repo = this.repos.get(branch.repositoryNameWithOwner ?? '')
        if (!repo || !branch.branchName)
          throw new FieldError('Could not resolve to a Repository with that name.', 'NOT_FOUND')
        const full = `refs/heads/${branch.branchName}`
        this.#race(repo, full)
        const head = repo.refs.get(full)
        if (!head)
          throw new FieldError(
            `A ref named "${full}" does not exist in the repository.`,
            'NOT_FOUND'
          )
        if (head !== expectedHeadOid)
          throw new FieldError(
            `Expected branch to point to "${expectedHeadOid}" but it did not. Pull and try again.`,
            'STALE_DATA'
          )
        const rules = this.#rules(repo, branch.branchName)
        if (rules.protected)
          throw new FieldError(`Protected branch update failed for ${full}.`, 'FORBIDDEN')
        const changes: TreeChange[] = [
          ...(fileChanges?.additions ?? []).map(a => ({
            path: a.path,
            content: Buffer.from(a.contents, 'base64').toString('utf8')
          })),
          ...(fileChanges?.deletions ?? []).map(d => ({ path: d.path, sha: null }))
        ]
        const tree = repo.git.overlay(repo.commit(head).tree, changes)
        const sha = repo.git.writeCommit({
          tree,
          parents: [head],
          message: message.body ? `${message.headline}\n\n${message.body}` : message.headline,
          author: this.#signature(this.viewerLogin),
          committer: { ...this.#signature('GitHub'), email: 'noreply@github.com' },
          signer: 'web-flow'
        })
        repo.refs.set(full, sha)
        this.#followHeads(repo)
        return {
          __typename: 'CreateCommitOnBranchPayload',
          commit: commitOf(repo, sha),
          ref: refNode(repo, full)
        }
      },
      /**
       * https://docs.github.com/en/graphql/reference/mutations#createpullrequest:
       * the same rules as REST's create (https://docs.github.com/rest/pulls/pulls#create-a-pull-request):
       * one open pull request per head and base, and commits between them.
       */
      createPullRequest: ({ input }: Record<string, unknown>) => {
        refused('createPullRequest')
        const { repositoryId, baseRefName, headRefName, title, body, draft } = input as {
          repositoryId: string
          baseRefName: string
          headRefName: string
          title: string
          body?: string
          draft?: boolean
        }
        const repo = this.#repoById(repositoryId)
        const reply = this.#handlers['pulls/create']!(repo, {}, new URLSearchParams(), {
          head: headRefName,
          base: baseRefName,
          title,
          body: body ?? '',
          draft: draft === true
        })
        if (reply.status !== 201) {
          const failure = reply.body as {
            message?: string
            errors?: { message?: string; field?: string }[]
          }
          throw new FieldError(
            failure.errors?.[0]?.message ??
              `${failure.message ?? 'Validation Failed'}: ${failure.errors?.[0]?.field ?? ''}`
          )
        }
        const number = (reply.body as { number: number }).number
        return {
          __typename: 'CreatePullRequestPayload',
          pullRequest: (
            this.#repositoryNode(repo).pullRequest as (a: Record<string, unknown>) => Node
          )({ number })
        }
      },
      /**
       * https://docs.github.com/en/graphql/reference/mutations#createdeploymentstatus:
       * a status of the deployment the node id names, as REST's create
       * (https://docs.github.com/rest/deployments/statuses#create-a-deployment-status)
       * makes it; DeploymentStatusState is REST's state upper-cased.
       */
      createDeploymentStatus: ({ input }: Record<string, unknown>) => {
        refused('createDeploymentStatus')
        const { deploymentId, state, description } = input as {
          deploymentId: string
          state: string
          description?: string
        }
        for (const repo of this.repos.values()) {
          const deployment = repo.deployments.find(d => `DE_${d.id}` === deploymentId)
          if (!deployment) continue
          this.#handlers['repos/create-deployment-status']!(
            repo,
            { deployment_id: String(deployment.id) },
            new URLSearchParams(),
            { state: state.toLowerCase(), description: description ?? '' }
          )
          // The payload reads on from the new status (GraphQL resolves it after the write): its
          // deployment and, through that, the repository, as any query of those objects would.
          return {
            __typename: 'CreateDeploymentStatusPayload',
            deploymentStatus: {
              __typename: 'DeploymentStatus',
              state,
              deployment: {
                __typename: 'Deployment',
                databaseId: deployment.id,
                commitOid: deployment.sha,
                repository: () => this.#repositoryNode(repo)
              }
            }
          }
        }
        throw new FieldError(
          `Could not resolve to a node with the global id of '${deploymentId}'`,
          'NOT_FOUND'
        )
      },
      /**
       * https://docs.github.com/en/graphql/reference/mutations#updatepullrequest:
       * the title or body of the pull request the node id names, as REST's
       * update (https://docs.github.com/rest/pulls/pulls#update-a-pull-request)
       * changes them, the editor included.
       */
      updatePullRequest: ({ input }: Record<string, unknown>) => {
        refused('updatePullRequest')
        const { pullRequestId, title, body } = input as {
          pullRequestId: string
          title?: string | null
          body?: string | null
        }
        for (const repo of this.repos.values())
          for (const pull of repo.pulls.values()) {
            if (pull.nodeId !== pullRequestId) continue
            this.#handlers['pulls/update']!(
              repo,
              { pull_number: String(pull.number) },
              new URLSearchParams(),
              {
                ...(typeof title === 'string' ? { title } : {}),
                ...(typeof body === 'string' ? { body } : {})
              }
            )
            return {
              __typename: 'UpdatePullRequestPayload',
              pullRequest: (
                this.#repositoryNode(repo).pullRequest as (a: Record<string, unknown>) => Node
              )({ number: pull.number })
            }
          }
        throw new FieldError(
          `Could not resolve to a node with the global id of '${pullRequestId}'`,
          'NOT_FOUND'
        )
      },
      // docs.github.com/graphql/reference/mutations#disablepullrequestautomerge
      disablePullRequestAutoMerge: ({ input }: Record<string, unknown>) => {
        refused('disablePullRequestAutoMerge')
        const { pullRequestId } = (input ?? {}) as { pullRequestId?: string }
        for (const repo of this.repos.values())
          for (const pull of repo.pulls.values()) {
            if (pull.nodeId !== pullRequestId) continue
            pull.autoMerge = null
            return {
              __typename: 'DisablePullRequestAutoMergePayload',
              pullRequest: { __typename: 'PullRequest', id: pull.nodeId, number: pull.number }
            }
          }
        throw new Refusal({
          status: 404,
          body: { message: `Could not resolve to a node with the global id of '${pullRequestId}'` }
        })
      },
      enablePullRequestAutoMerge: ({ input }: Record<string, unknown>) => {
        refused('enablePullRequestAutoMerge')
        const { pullRequestId, mergeMethod, expectedHeadOid } = (input ?? {}) as {
          pullRequestId?: string
          mergeMethod?: string
          expectedHeadOid?: string
        }
        for (const repo of this.repos.values()) {
          for (const pull of repo.pulls.values()) {
            if (pull.nodeId !== pullRequestId) continue
            if (pull.state !== 'open')
              throw new Refusal({ status: 422, body: { message: 'Pull request is closed' } })
            // https://docs.github.com/graphql/reference/input-objects#enablepullrequestautomergeinput:
            // expectedHeadOid, "The expected head OID of the pull request"; another head is refused.
            if (expectedHeadOid !== undefined && expectedHeadOid !== pull.headSha)
              throw new Refusal({
                status: 422,
                body: { message: 'Head branch was modified. Review and try the merge again.' }
              })
            const method = String(mergeMethod ?? 'MERGE').toLowerCase()
            if (!['merge', 'squash', 'rebase'].includes(method))
              throw new Refusal({
                status: 422,
                body: { message: `invalid merge method ${method}` }
              })
            if (!this.#blocked(repo, pull))
              throw new Refusal({
                status: 422,
                body: { message: 'Pull request Pull request is in clean status' }
              })
            pull.autoMerge = {
              method: method as 'merge',
              enabledBy: this.viewerLogin,
              enabledAt: this.#now()
            }
            return {
              __typename: 'EnablePullRequestAutoMergePayload',
              pullRequest: {
                __typename: 'PullRequest',
                id: pull.nodeId,
                number: pull.number,
                autoMergeRequest: pull.autoMerge
                  ? {
                      __typename: 'AutoMergeRequest',
                      mergeMethod: pull.autoMerge.method.toUpperCase(),
                      enabledAt: pull.autoMerge.enabledAt
                    }
                  : null
              }
            }
          }
        }
        throw new Refusal({
          status: 404,
          body: { message: `Could not resolve to a node with the global id of '${pullRequestId}'` }
        })
      }
    }
  }

  // ---- REST handlers, by operation id ----

  readonly #handlers: Record<string, Handler> = {
    'users/get-authenticated': () => {
      if (typeof this.#viewer !== 'string')
        return {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
          }
        }
      return {
        status: 200,
        body: { ...this.#user(this.#viewer), name: null, email: null, bio: null, company: null }
      }
    },
    'repos/get': repo => ({ status: 200, body: this.#repository(repo!) }),

    'git/get-ref': (repo, { ref }) => {
      const sha = repo!.refs.get(`refs/${ref}`)
      if (!sha) return notFound()
      return { status: 200, body: this.#ref(repo!, `refs/${ref}`, sha) }
    },
    'git/create-ref': (repo, _p, _q, body) => {
      const ref = String(body.ref)
      if (!/^refs\/[^/]+\/.+/.test(ref))
        return validation('Reference name must start with refs/ and have at least two slashes.')
      this.#race(repo!, ref)
      if (repo!.refs.has(ref)) return validation('Reference already exists')
      const sha = String(body.sha)
      if (!repo!.git.commits.has(sha)) return validation('Object does not exist')
      repo!.refs.set(ref, sha)
      this.#followHeads(repo!)
      return { status: 201, body: this.#ref(repo!, ref, sha) }
    },
    'git/update-ref': (repo, { ref }, _q, body) => {
      const full = `refs/${ref}`
      this.#race(repo!, full)
      const current = repo!.refs.get(full)
      if (!current) return validation('Reference does not exist')
      const sha = String(body.sha)
      if (!repo!.git.commits.has(sha)) return validation('Object does not exist')
      if (body.force !== true && !repo!.git.isAncestor(current, sha))
        return validation('Update is not a fast forward')
      repo!.refs.set(full, sha)
      this.#followHeads(repo!)
      return { status: 200, body: this.#ref(repo!, full, sha) }
    },
    'git/delete-ref': (repo, { ref }) => {
      if (!repo!.refs.delete(`refs/${ref}`)) return validation('Reference does not exist')
      return { status: 204 }
    },
    // https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user
    'repos/get-collaborator-permission-level': (repo, { username }) => {
      const role = repo!.roles.get(username!) ?? 'write'
      return {
        status: 200,
        body: {
          permission: this.#permission(repo!, username!),
          role_name: role,
          user: { ...this.#user(username!), role_name: role }
        }
      }
    },
    // https://docs.github.com/rest/branches/branches#get-a-branch: protection's required checks, readable with contents: read.
    'repos/get-branch': (repo, { branch }) => {
      const sha = repo!.refs.get(`refs/heads/${branch}`)
      if (!sha) return notFound()
      const protection = repo!.protection.get(branch!)
      return {
        status: 200,
        body: {
          name: branch,
          commit: this.#commit(repo!, repo!.commit(sha)),
          _links: {
            html: `${this.#html(repo!)}/tree/${branch}`,
            self: `${this.#api(repo!)}/branches/${branch}`
          },
          protected: protection !== undefined,
          protection: protection
            ? {
                enabled: true,
                required_status_checks: {
                  enforcement_level: 'non_admins',
                  contexts: protection.requiredChecks,
                  checks: protection.requiredChecks.map(context => ({
                    context,
                    app_id: protection.checkSources?.[context] ?? null
                  })),
                  strict: protection.strict === true
                }
              }
            : {
                enabled: false,
                required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] }
              },
          protection_url: `${this.#api(repo!)}/branches/${branch}/protection`
        }
      }
    },
    // https://docs.github.com/rest/repos/rules#get-rules-for-a-branch: the active ruleset rules, one entry per rule and ruleset.
    'repos/get-branch-rules': (repo, { branch }, query) => {
      const rules = repo!.rulesets
        .filter(r => (r.branch ?? repo!.defaultBranch) === branch)
        .flatMap(r => {
          const source = {
            ruleset_source_type: 'Repository',
            ruleset_source: repo!.fullName,
            ruleset_id: r.id
          }
          const out: Record<string, unknown>[] = []
          if (r.requiredChecks?.length)
            out.push({
              type: 'required_status_checks',
              parameters: {
                required_status_checks: r.requiredChecks.map(context =>
                  r.checkSources?.[context] === undefined
                    ? { context }
                    : { context, integration_id: r.checkSources[context] }
                ),
                strict_required_status_checks_policy: r.strict === true
              },
              ...source
            })
          // The pull_request rule's parameters, as GitHub's rulesets REST docs name them
          // (https://docs.github.com/rest/repos/rules, "pull_request"):
          // dismiss_stale_reviews_on_push, require_code_owner_review, require_last_push_approval,
          // required_approving_review_count, required_review_thread_resolution.
          if (
            r.requiredApprovals !== undefined ||
            r.dismissStaleReviews ||
            r.requireLastPushApproval ||
            r.requireCodeOwnerReview ||
            r.requiredReviewThreadResolution
          )
            out.push({
              type: 'pull_request',
              parameters: {
                required_approving_review_count: r.requiredApprovals ?? 0,
                dismiss_stale_reviews_on_push: r.dismissStaleReviews === true,
                require_code_owner_review: r.requireCodeOwnerReview === true,
                require_last_push_approval: r.requireLastPushApproval === true,
                required_review_thread_resolution: r.requiredReviewThreadResolution === true
              },
              ...source
            })
          return out
        })
      return this.#page(rules, query)
    },
    // https://docs.github.com/rest/commits/commits#get-a-commit
    'repos/get-commit': (repo, { ref }) => {
      const sha = repo!.resolve(ref!)
      if (!sha) return notFound()
      return { status: 200, body: this.#commit(repo!, repo!.commit(sha)) }
    },
    'git/create-tree': (repo, _p, _q, body) => {
      const base = body.base_tree === undefined ? undefined : String(body.base_tree)
      if (base !== undefined && !repo!.git.trees.has(base))
        return validation('base_tree is not a valid tree oid')
      const changes = body.tree as TreeChange[]
      for (const change of changes) {
        if (change.content !== undefined && change.sha !== undefined && change.sha !== null)
          return validation('tree.sha and tree.content cannot both be set')
        if (
          change.content === undefined &&
          change.sha &&
          !repo!.git.blobs.has(change.sha) &&
          !repo!.git.trees.has(change.sha)
        )
          return validation(`tree.sha ${change.sha} is not a valid blob or tree`)
      }
      const sha = repo!.git.overlay(base, changes)
      return { status: 201, body: this.#tree(repo!, sha) }
    },
    'git/get-tree': (repo, { tree_sha }) => {
      // GitHub takes a tree sha or a branch or tag name here.
      const commit = repo!.resolve(tree_sha!)
      const sha = commit ? repo!.commit(commit).tree : tree_sha!
      if (!repo!.git.trees.has(sha)) return notFound()
      return { status: 200, body: this.#tree(repo!, sha) }
    },
    'git/create-commit': (repo, _p, _q, body) => {
      const tree = String(body.tree)
      if (!repo!.git.trees.has(tree)) return validation('Tree SHA does not exist')
      const parents = (body.parents as string[] | undefined) ?? []
      if (parents.some(p => !repo!.git.commits.has(p)))
        return validation('Parent SHA does not exist or is not a commit object')
      const custom =
        body.author !== undefined || body.committer !== undefined || body.signature !== undefined
      const by = (who: unknown) => {
        const w = who as { name?: string; email?: string; date?: string } | undefined
        return w
          ? { name: w.name ?? '', email: w.email ?? '', date: w.date ?? this.#now() }
          : undefined
      }
      const author = by(body.author) ?? this.#signature(this.viewerLogin)
      const sha = repo!.git.writeCommit({
        tree,
        parents,
        message: String(body.message),
        author,
        committer:
          by(body.committer) ??
          (body.author ? author : { ...this.#signature('GitHub'), email: 'noreply@github.com' }),
        signer: custom ? null : 'web-flow'
      })
      return { status: 201, body: this.#gitCommit(repo!, sha) }
    },
    'git/get-commit': (repo, { commit_sha }) => {
      if (!repo!.git.commits.has(commit_sha!)) return notFound()
      return { status: 200, body: this.#gitCommit(repo!, commit_sha!) }
    },

    'repos/list-commits': (repo, _p, query) => {
      const start = repo!.resolve(query.get('sha') ?? repo!.defaultBranch)
      if (!start) return notFound()
      const path = query.get('path')
      const ordered = [...repo!.git.ancestors(start)]
        .map(sha => repo!.commit(sha))
        .sort((a, b) => b.committer.date.localeCompare(a.committer.date))
        .filter(commit => !path || this.#touches(repo!, commit, path))
      return this.#page(
        ordered.map(c => this.#commit(repo!, c)),
        query
      )
    },

    /**
     * Three-dot compare (docs.github.com/rest/commits/commits#compare-two-commits):
     * the status says how head relates to base, `commits` are those reachable
     * from head but not base (oldest first, 250 at most), and `files` is the
     * diff from the merge base to head, 300 files at most and on page 1 only.
     */
    'repos/compare-commits-with-basehead': (repo, { basehead }, query) => {
      const [baseRev, headRev] = basehead!.split('...') as [string, string | undefined]
      if (headRev === undefined) return notFound()
      const base = repo!.resolve(baseRev)
      const head = repo!.resolve(headRev)
      if (!base || !head) return notFound()
      const git = repo!.git
      const mergeBase = git.isAncestor(base, head) ? base : git.mergeBase(base, head)
      const fromHead = git.ancestors(head)
      const fromBase = git.ancestors(base)
      const ahead = [...fromHead]
        .filter(sha => !fromBase.has(sha))
        .map(sha => repo!.commit(sha))
        .sort((a, b) => a.committer.date.localeCompare(b.committer.date))
      const behindBy = [...fromBase].filter(sha => !fromHead.has(sha)).length
      const status =
        base === head
          ? 'identical'
          : behindBy === 0
            ? 'ahead'
            : ahead.length === 0
              ? 'behind'
              : 'diverged'
      const before = mergeBase ? git.flatten(repo!.commit(mergeBase).tree) : new Map()
      const after = git.flatten(repo!.commit(head).tree)
      const files = [...new Set([...before.keys(), ...after.keys()])]
        .filter(path => before.get(path)?.sha !== after.get(path)?.sha)
        .sort()
        .map(path => {
          const now = after.get(path)?.sha
          const blob = (sha: string | undefined) => (sha ? (git.blobs.get(sha) ?? '') : '')
          const added = blob(now).split('\n').length
          const removed = blob(before.get(path)?.sha).split('\n').length
          return {
            sha: now ?? null,
            filename: path,
            status: !before.has(path) ? 'added' : now === undefined ? 'removed' : 'modified',
            additions: now ? added : 0,
            deletions: before.has(path) ? removed : 0,
            changes: (now ? added : 0) + (before.has(path) ? removed : 0),
            blob_url: `${this.#html(repo!)}/blob/${head}/${path}`,
            raw_url: `${this.#html(repo!)}/raw/${head}/${path}`,
            contents_url: `${this.#api(repo!)}/contents/${path}?ref=${head}`
          }
        })
      const page = Math.max(Number(query.get('page') ?? 1), 1)
      const perPage = Math.min(Number(query.get('per_page') ?? 250), 250)
      return {
        status: 200,
        body: {
          url: `${this.#api(repo!)}/compare/${basehead}`,
          html_url: `${this.#html(repo!)}/compare/${basehead}`,
          permalink_url: `${this.#html(repo!)}/compare/${repo!.owner}:${base.slice(0, 7)}...${repo!.owner}:${head.slice(0, 7)}`,
          diff_url: `${this.#html(repo!)}/compare/${basehead}.diff`,
          patch_url: `${this.#html(repo!)}/compare/${basehead}.patch`,
          base_commit: this.#commit(repo!, repo!.commit(base)),
          merge_base_commit: this.#commit(repo!, repo!.commit(mergeBase ?? base)),
          status,
          ahead_by: ahead.length,
          behind_by: behindBy,
          total_commits: ahead.length,
          commits: ahead
            .slice((page - 1) * perPage, page * perPage)
            .map(commit => this.#commit(repo!, commit)),
          ...(page === 1 ? { files: files.slice(0, 300) } : {})
        }
      }
    },

    'pulls/list': (repo, _p, query) => {
      const state = query.get('state') ?? 'open'
      const head = query.get('head')
      const base = query.get('base')
      const pulls = [...repo!.pulls.values()]
        .filter(p => state === 'all' || p.state === state)
        .filter(p => !head || `${repo!.owner}:${p.head}` === head)
        .filter(p => !base || p.base === base)
        .sort((a, b) => b.number - a.number)
      return this.#page(
        pulls.map(p => this.#pullBody(repo!, p, false)),
        query
      )
    },
    'pulls/create': (repo, _p, _q, body) => {
      const head = String(body.head).replace(/^[^:]+:/, '')
      const base = String(body.base)
      const headSha = repo!.refs.get(`refs/heads/${head}`)
      const baseSha = repo!.refs.get(`refs/heads/${base}`)
      if (!headSha)
        return validation('Validation Failed', [
          { resource: 'PullRequest', field: 'head', code: 'invalid' }
        ])
      if (!baseSha)
        return validation('Validation Failed', [
          { resource: 'PullRequest', field: 'base', code: 'invalid' }
        ])
      const existing = [...repo!.pulls.values()].find(
        p => p.state === 'open' && p.head === head && p.base === base
      )
      if (existing)
        return validation('Validation Failed', [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${repo!.owner}:${head}.`
          }
        ])
      if (repo!.git.isAncestor(headSha, baseSha))
        return validation('Validation Failed', [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `No commits between ${base} and ${head}`
          }
        ])
      const pull = this.#newPull(repo!, {
        head,
        base,
        headSha,
        title: String(body.title ?? ''),
        body: String(body.body ?? ''),
        draft: body.draft === true,
        user: this.viewerLogin
      })
      return { status: 201, body: this.#pullBody(repo!, pull, true) }
    },
    // GET /repos/{owner}/{repo}/pulls/{pull_number}/commits: the head's commits not on the base, oldest first.
    'pulls/list-commits': (repo, { pull_number }, query) => {
      const pull = this.#pull(repo!, Number(pull_number))
      // A merged PR still lists the commits it brought, against the base as it was at the merge.
      const onBase = repo!.git.ancestors(
        pull.baseAtMerge ?? repo!.refs.get(`refs/heads/${pull.base}`)!
      )
      const commits = [...repo!.git.ancestors(pull.headSha)]
        .filter(sha => !onBase.has(sha))
        .map(sha => repo!.commit(sha))
        .sort((a, b) => a.committer.date.localeCompare(b.committer.date))
      return this.#page(
        commits.map(c => this.#commit(repo!, c)),
        query
      )
    },
    'pulls/get': (repo, { pull_number }) => ({
      status: 200,
      body: this.#pullBody(repo!, this.#pull(repo!, Number(pull_number)), true)
    }),
    'pulls/update': (repo, { pull_number }, _q, body) => {
      const pull = this.#pull(repo!, Number(pull_number))
      if (typeof body.title === 'string') pull.title = body.title
      if (typeof body.body === 'string' && body.body !== pull.body) {
        pull.body = body.body
        pull.editor = this.viewerLogin
      }
      if (body.state === 'closed' && pull.state === 'open') {
        pull.state = 'closed'
        pull.closedAt = this.#now()
      } else if (body.state === 'open' && pull.state === 'closed' && !pull.mergedAt) {
        pull.state = 'open'
        pull.closedAt = null
        this.#followHeads(repo!)
      }
      pull.updatedAt = this.#now()
      return { status: 200, body: this.#pullBody(repo!, pull, true) }
    },
    // https://docs.github.com/rest/pulls/pulls#list-pull-requests-files: the files changed against the merge base.
    'pulls/list-files': (repo, { pull_number }, query) => {
      const pull = this.#pull(repo!, Number(pull_number))
      const base = repo!.git.mergeBase(repo!.refs.get(`refs/heads/${pull.base}`)!, pull.headSha)
      const files = (sha: string | undefined) =>
        sha ? repo!.git.flatten(repo!.commit(sha).tree) : new Map<string, { sha: string }>()
      const [before, after] = [files(base), files(pull.headSha)]
      const changed = [...new Set([...before.keys(), ...after.keys()])]
        .filter(path => before.get(path)?.sha !== after.get(path)?.sha)
        .sort()
      return this.#page(
        changed.map(path => ({
          sha: after.get(path)?.sha ?? before.get(path)!.sha,
          filename: path,
          status: !before.has(path) ? 'added' : !after.has(path) ? 'removed' : 'modified',
          additions: 0,
          deletions: 0,
          changes: 0,
          blob_url: `${this.#html(repo!)}/blob/${pull.headSha}/${path}`,
          raw_url: `${this.#html(repo!)}/raw/${pull.headSha}/${path}`,
          contents_url: `${this.#api(repo!)}/contents/${path}?ref=${pull.headSha}`
        })),
        query
      )
    },
    'pulls/list-reviews': (repo, { pull_number }, query) => {
      const pull = this.#pull(repo!, Number(pull_number))
      return this.#page(
        (repo!.reviews.get(pull.number) ?? []).map(r => ({
          id: r.id,
          node_id: `PRR_${r.id}`,
          user: this.#user(r.user),
          body: r.body,
          state: r.state,
          html_url: `${this.#html(repo!)}/pull/${pull.number}#pullrequestreview-${r.id}`,
          pull_request_url: `${this.#api(repo!)}/pulls/${pull.number}`,
          _links: {
            html: { href: `${this.#html(repo!)}/pull/${pull.number}#pullrequestreview-${r.id}` },
            pull_request: { href: `${this.#api(repo!)}/pulls/${pull.number}` }
          },
          submitted_at: r.submittedAt,
          commit_id: r.commitId,
          author_association: 'COLLABORATOR'
        })),
        query
      )
    },
    'pulls/merge': (repo, { pull_number }, _q, body) => {
      const pull = this.#pull(repo!, Number(pull_number))
      if (pull.state !== 'open')
        return { status: 405, body: { message: 'Pull Request is not mergeable' } }
      if (body.sha !== undefined && body.sha !== pull.headSha)
        return {
          status: 409,
          body: { message: 'Head branch was modified. Review and try the merge again.' }
        }
      const blocked = this.#blocked(repo!, pull, this.viewerLogin)
      if (blocked) return { status: 405, body: { message: blocked } }
      const sha = this.#merge(
        repo!,
        pull,
        (body.merge_method as 'merge' | 'squash' | 'rebase' | undefined) ?? 'merge',
        this.viewerLogin
      )
      return {
        status: 200,
        body: { sha, merged: true, message: 'Pull Request successfully merged' }
      }
    },

    'issues/add-labels': (repo, { issue_number }, _q, body) => {
      const pull = this.#pull(repo!, Number(issue_number))
      const labels = (Array.isArray(body.labels) ? body.labels : []) as (
        string | { name: string }
      )[]
      for (const label of labels.map(l => (typeof l === 'string' ? l : l.name))) {
        repo!.labels.add(label)
        if (!pull.labels.includes(label)) pull.labels.push(label)
      }
      pull.updatedAt = this.#now()
      return { status: 200, body: pull.labels.map(l => this.#label(repo!, l)) }
    },
    'issues/remove-label': (repo, { issue_number, name }) => {
      const pull = this.#pull(repo!, Number(issue_number))
      if (!pull.labels.includes(name!))
        return { status: 404, body: { message: 'Label does not exist' } }
      pull.labels = pull.labels.filter(l => l !== name)
      pull.updatedAt = this.#now()
      return { status: 200, body: pull.labels.map(l => this.#label(repo!, l)) }
    },
    'issues/list-comments': (repo, { issue_number }, query) => {
      const number = Number(issue_number)
      this.#pull(repo!, number)
      return this.#page(
        repo!.comments.filter(c => c.issue === number).map(c => this.#comment(repo!, c)),
        query
      )
    },
    'issues/create-comment': (repo, { issue_number }, _q, body) => {
      const pull = this.#pull(repo!, Number(issue_number))
      const now = this.#now()
      const comment: Comment = {
        id: this.#id(),
        issue: pull.number,
        user: this.viewerLogin,
        body: String(body.body),
        createdAt: now,
        updatedAt: now
      }
      repo!.comments.push(comment)
      return { status: 201, body: this.#comment(repo!, comment) }
    },
    'issues/update-comment': (repo, { comment_id }, _q, body) => {
      const comment = repo!.comments.find(c => c.id === Number(comment_id))
      if (!comment) return notFound()
      comment.body = String(body.body)
      comment.updatedAt = this.#now()
      return { status: 200, body: this.#comment(repo!, comment) }
    },

    'checks/list-for-ref': (repo, { ref }, query) => {
      const sha = repo!.resolve(ref!)
      if (!sha) return notFound()
      const all = (repo!.checkRuns.get(sha) ?? []).filter(
        run => !query.get('check_name') || run.name === query.get('check_name')
      )
      // Pages of per_page (at most 100), with a link header, as GitHub pages check runs.
      const page = this.#page(all, query)
      const runs = page.body as CheckRun[]
      return {
        status: 200,
        headers: page.headers,
        body: {
          total_count: all.length,
          check_runs: runs.map(run => ({
            id: run.id,
            head_sha: sha,
            node_id: `CR_${run.id}`,
            external_id: null,
            url: `${this.#api(repo!)}/check-runs/${run.id}`,
            html_url: `${this.#html(repo!)}/runs/${run.id}`,
            details_url: null,
            status: run.status,
            conclusion: run.conclusion,
            started_at: this.#now(),
            completed_at: run.status === 'completed' ? this.#now() : null,
            output: {
              title: null,
              summary: null,
              text: null,
              annotations_count: 0,
              annotations_url: `${this.#api(repo!)}/check-runs/${run.id}/annotations`
            },
            name: run.name,
            check_suite: null,
            app: this.#app(run.appId),
            pull_requests: []
          }))
        }
      }
    },
    // https://docs.github.com/rest/commits/statuses#list-commit-statuses-for-a-reference: every status, newest first.
    'repos/list-commit-statuses-for-ref': (repo, { ref }, query) => {
      const sha = repo!.resolve(ref!)
      if (!sha) return notFound()
      return this.#page(
        [...(repo!.statuses.get(sha) ?? [])].reverse().map(s => ({
          id: s.id,
          node_id: `SC_${s.id}`,
          url: `${this.#api(repo!)}/statuses/${sha}`,
          state: s.state,
          description: s.description,
          target_url: s.targetUrl,
          context: s.context,
          avatar_url: null,
          created_at: s.createdAt,
          updated_at: s.createdAt,
          creator: null
        })),
        query
      )
    },
    'repos/get-combined-status-for-ref': (repo, { ref }, query) => {
      const sha = repo!.resolve(ref!)
      if (!sha) return notFound()
      const latest = new Map<string, Status>()
      for (const status of repo!.statuses.get(sha) ?? []) latest.set(status.context, status)
      const all = [...latest.values()]
      const page = this.#page(all, query)
      const statuses = page.body as Status[]
      const state = all.some(s => s.state === 'failure' || s.state === 'error')
        ? 'failure'
        : all.length === 0 || all.some(s => s.state === 'pending')
          ? 'pending'
          : 'success'
      return {
        status: 200,
        headers: page.headers,
        body: {
          state,
          sha,
          total_count: all.length,
          statuses: statuses.map(s => ({
            id: s.id,
            node_id: `SC_${s.id}`,
            url: `${this.#api(repo!)}/statuses/${sha}`,
            state: s.state,
            description: s.description,
            target_url: s.targetUrl,
            context: s.context,
            avatar_url: null,
            created_at: s.createdAt,
            updated_at: s.createdAt,
            required: null
          })),
          repository: this.#minimalRepository(repo!),
          commit_url: `${this.#api(repo!)}/commits/${sha}`,
          url: `${this.#api(repo!)}/commits/${sha}/status`
        }
      }
    },

    'repos/create-deployment': (repo, _p, _q, body) => {
      const ref = String(body.ref)
      const sha = repo!.resolve(ref)
      if (!sha) return validation(`No ref found for: ${ref}`)
      const deployment: Deployment = {
        id: this.#id(),
        ref,
        sha,
        environment: String(body.environment ?? 'production'),
        description: typeof body.description === 'string' ? body.description : null,
        payload: body.payload ?? {},
        creator: this.viewerLogin,
        createdAt: this.#now(),
        statuses: []
      }
      repo!.deployments.push(deployment)
      return { status: 201, body: this.#deployment(repo!, deployment) }
    },
    'repos/list-deployments': (repo, _p, query) => {
      const environment = query.get('environment')
      const sha = query.get('sha')
      const list = repo!.deployments
        .filter(d => !environment || d.environment === environment)
        .filter(d => !sha || d.sha === sha)
        .reverse()
      return this.#page(
        list.map(d => this.#deployment(repo!, d)),
        query
      )
    },
    // https://docs.github.com/rest/deployments/deployments#delete-a-deployment: "If the repository has
    // more than one deployment, you can only delete inactive deployments"; a deployment is made
    // inactive "by adding any non-successful deployment status".
    'repos/delete-deployment': (repo, { deployment_id }) => {
      const index = repo!.deployments.findIndex(d => d.id === Number(deployment_id))
      if (index < 0) return notFound()
      const latest = repo!.deployments[index]!.statuses.at(-1)?.state
      if (repo!.deployments.length > 1 && !['inactive', 'error', 'failure'].includes(latest ?? ''))
        return validation(
          'We cannot delete an active deployment unless it is the only deployment in a given environment.'
        )
      repo!.deployments.splice(index, 1)
      return { status: 204, body: undefined }
    },
    'repos/create-deployment-status': (repo, { deployment_id }, _q, body) => {
      const deployment = repo!.deployments.find(d => d.id === Number(deployment_id))
      if (!deployment) return notFound()
      const status = {
        id: this.#id(),
        state: String(body.state),
        description: String(body.description ?? ''),
        environmentUrl: typeof body.environment_url === 'string' ? body.environment_url : undefined,
        logUrl: typeof body.log_url === 'string' ? body.log_url : undefined,
        createdAt: this.#now()
      }
      deployment.statuses.push(status)
      return { status: 201, body: this.#deploymentStatus(repo!, deployment, status) }
    },
    'repos/list-deployment-statuses': (repo, { deployment_id }, query) => {
      const deployment = repo!.deployments.find(d => d.id === Number(deployment_id))
      if (!deployment) return notFound()
      return this.#page(
        [...deployment.statuses].reverse().map(s => this.#deploymentStatus(repo!, deployment, s)),
        query
      )
    }
  }

  // ---- behaviour ----

  #newPull(
    repo: SimRepo,
    fields: Pick<Pull, 'head' | 'base' | 'headSha' | 'title' | 'body' | 'draft' | 'user'>
  ): Pull {
    const number = repo.nextIssue++
    const now = this.#now()
    const pull: Pull = {
      ...fields,
      number,
      id: this.#id(),
      nodeId: `PR_sim${repo.id}_${number}`,
      state: 'open',
      labels: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      mergedAt: null,
      mergeCommitSha: null,
      mergedBy: null,
      lastPusher: fields.user,
      autoMerge: null
    }
    repo.pulls.set(number, pull)
    return pull
  }

  #pull(repo: SimRepo, number: number): Pull {
    const pull = repo.pulls.get(number)
    if (!pull) throw new Refusal(notFound())
    return pull
  }

  /**
   * Open pull requests follow their head branch, as on GitHub. A new head is
   * a push by `pusher`; with "Dismiss stale pull request approvals when new
   * commits are pushed" on, approvals of earlier commits are dismissed.
   */
  #followHeads(repo: SimRepo, pusher = this.viewerLogin): void {
    for (const pull of repo.pulls.values()) {
      if (pull.state !== 'open') continue
      const sha = repo.refs.get(`refs/heads/${pull.head}`)
      if (!sha || sha === pull.headSha) continue
      pull.headSha = sha
      pull.lastPusher = pusher
      if (!this.#rules(repo, pull.base).dismissStaleReviews) continue
      for (const review of repo.reviews.get(pull.number) ?? [])
        if (review.state === 'APPROVED' && review.commitId !== sha) review.state = 'DISMISSED'
    }
  }

  /** Branch protection and every ruleset on `branch`, aggregated: the strictest of each rule applies. */
  #rules(repo: SimRepo, branch: string, actor?: string): Protection & { protected: boolean } {
    const sources: Partial<Protection>[] = [
      ...(repo.protection.has(branch) ? [repo.protection.get(branch)!] : []),
      ...repo.rulesets.filter(
        r =>
          (r.branch ?? repo.defaultBranch) === branch &&
          !(actor !== undefined && r.bypass?.includes(actor))
      )
    ]
    return {
      protected: sources.length > 0,
      requiredApprovals: Math.max(0, ...sources.map(s => s.requiredApprovals ?? 0)),
      requiredChecks: [...new Set(sources.flatMap(s => s.requiredChecks ?? []))],
      checkSources: Object.assign({}, ...sources.map(s => s.checkSources ?? {})) as Record<
        string,
        number
      >,
      dismissStaleReviews: sources.some(s => s.dismissStaleReviews),
      requireLastPushApproval: sources.some(s => s.requireLastPushApproval),
      requireCodeOwnerReview: sources.some(s => s.requireCodeOwnerReview),
      requiredReviewThreadResolution: sources.some(s => s.requiredReviewThreadResolution),
      strict: sources.some(s => s.strict)
    }
  }

  /** The `permission` GitHub reports for a role: maintain counts as write, triage as read. */
  #permission(repo: SimRepo, user: string): 'admin' | 'write' | 'read' {
    const role = repo.roles.get(user) ?? 'write'
    return role === 'admin' ? 'admin' : role === 'write' || role === 'maintain' ? 'write' : 'read'
  }

  /** The head is behind the base: with strict required checks GitHub reports `behind` and refuses the merge. */
  #behind(repo: SimRepo, pull: Pull): boolean {
    const base = repo.refs.get(`refs/heads/${pull.base}`)!
    return this.#rules(repo, pull.base).strict === true && !repo.git.isAncestor(base, pull.headSha)
  }

  #race(repo: SimRepo, ref: string): void {
    const index = this.#races.findIndex(
      r => r.repo === repo.fullName && `refs/heads/${r.branch}` === ref
    )
    if (index < 0) return
    const [race] = this.#races.splice(index, 1)
    this.push(race!.repo, race!.branch, race!.files)
  }

  /** Why branch protection refuses a merge now, or undefined. */
  #blocked(repo: SimRepo, pull: Pull, actor?: string): string | undefined {
    if (pull.draft) return 'Pull Request is still a draft'
    if (this.#mergeTree(repo, pull) === undefined) return 'Pull Request is not mergeable'
    if (pull.mergeable === false) return 'Pull Request is not mergeable'
    const protection = this.#rules(repo, pull.base, actor)
    if (!protection.protected) return undefined
    const latest = new Map<string, Review>()
    for (const review of repo.reviews.get(pull.number) ?? [])
      if (review.state !== 'COMMENTED') latest.set(review.user, review)
    // Only reviewers with write access count; the author's own never does; with "Require approval of
    // the most recent reviewable push" the last pusher's does not either. An approval of an earlier
    // commit still counts unless "Dismiss stale pull request approvals when new commits are pushed"
    // (which dismisses it at the push, see #followHeads) or "Require approval of the most recent
    // reviewable push" is on: GitHub keeps approvals across pushes otherwise (same docs page).
    const staleCount = !protection.dismissStaleReviews && !protection.requireLastPushApproval
    const approvers = [...latest.values()].filter(
      r =>
        r.state === 'APPROVED' &&
        (r.commitId === pull.headSha || staleCount) &&
        r.user !== pull.user &&
        this.#permission(repo, r.user) !== 'read' &&
        !(protection.requireLastPushApproval && r.user === pull.lastPusher)
    )
    const approvals = approvers.length
    if (approvals < protection.requiredApprovals)
      return `At least ${protection.requiredApprovals} approving review${protection.requiredApprovals === 1 ? ' is' : 's are'} required by reviewers with write access.`
    // A standing request for changes blocks only when its author has write access (same docs page,
    // "Require pull request reviews before merging"): anyone may review a public repository.
    if (
      protection.requiredApprovals > 0 &&
      [...latest.values()].some(
        r => r.state === 'CHANGES_REQUESTED' && this.#permission(repo, r.user) !== 'read'
      )
    )
      return 'Changes were requested by a reviewer with write access.'
    if (protection.requireCodeOwnerReview) {
      const unowned = this.#ownedFiles(repo, pull).find(
        ({ owners }) => !approvers.some(r => owners.includes(r.user))
      )
      if (unowned) return `Waiting on code owner review from ${unowned.owners.join(', ')}.`
    }
    if (
      protection.requiredReviewThreadResolution &&
      (repo.threads.get(pull.number) ?? []).some(t => !t.resolved)
    )
      return 'All comments must be resolved.'
    for (const name of protection.requiredChecks) {
      const source = protection.checkSources?.[name]
      const run = repo.checkRuns
        .get(pull.headSha)
        ?.find(r => r.name === name && (source === undefined || r.appId === source))
      const status =
        source === undefined
          ? [...(repo.statuses.get(pull.headSha) ?? [])].reverse().find(s => s.context === name)
          : undefined
      const green =
        (run?.status === 'completed' &&
          ['success', 'neutral', 'skipped'].includes(run.conclusion ?? '')) ||
        status?.state === 'success'
      if (!green) return `Required status check "${name}" is expected.`
    }
    if (this.#behind(repo, pull)) return 'Head branch is out of date with the base branch.'
    return undefined
  }

  /**
   * The files a pull request changes that have code owners, with their
   * owners: CODEOWNERS in the base branch's `.github/`, root or `docs/`
   * (the first found), the last matching pattern winning, owners as
   * `@login` (https://docs.github.com/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners).
   * Patterns modelled: `*`, a directory (`/dir/` or `dir/`) and an exact path.
   */
  #ownedFiles(repo: SimRepo, pull: Pull): { path: string; owners: string[] }[] {
    const baseSha = repo.refs.get(`refs/heads/${pull.base}`)!
    const files = repo.files(baseSha)
    const text = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']
      .map(path => files.get(path))
      .find(t => t !== undefined)
    if (text === undefined) return []
    const rules = text
      .split('\n')
      .map(line => line.replace(/#.*/, '').trim().split(/\s+/))
      .filter(([pattern]) => pattern)
      .map(([pattern, ...owners]) => ({
        pattern: pattern!.replace(/^\//, ''),
        owners: owners.map(o => o.replace(/^@/, ''))
      }))
    const matches = (pattern: string, path: string) =>
      pattern === '*' || (pattern.endsWith('/') ? path.startsWith(pattern) : path === pattern)
    const mergeBase = repo.git.mergeBase(baseSha, pull.headSha)
    const [before, after] = [mergeBase, pull.headSha].map(sha =>
      sha ? repo.git.flatten(repo.commit(sha).tree) : new Map<string, { sha: string }>()
    )
    return [...new Set([...before!.keys(), ...after!.keys()])]
      .filter(path => before!.get(path)?.sha !== after!.get(path)?.sha)
      .flatMap(path => {
        const rule = rules.filter(r => matches(r.pattern, path)).at(-1)
        return rule && rule.owners.length > 0 ? [{ path, owners: rule.owners }] : []
      })
  }

  #mergeTree(repo: SimRepo, pull: Pull): string | undefined {
    const base = repo.refs.get(`refs/heads/${pull.base}`)!
    return repo.git.merge(base, pull.headSha)
  }

  #merge(repo: SimRepo, pull: Pull, method: 'merge' | 'squash' | 'rebase', by: string): string {
    const baseRef = `refs/heads/${pull.base}`
    const base = repo.refs.get(baseRef)!
    const tree = this.#mergeTree(repo, pull)!
    const head = repo.commit(pull.headSha)
    const sha = repo.git.writeCommit({
      tree,
      parents: method === 'merge' ? [base, pull.headSha] : [base],
      message:
        method === 'merge'
          ? `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}\n\n${pull.title}`
          : `${pull.title} (#${pull.number})\n\n${head.message}`,
      author: this.#signature(by),
      committer: { ...this.#signature('GitHub'), email: 'noreply@github.com' },
      signer: 'web-flow'
    })
    repo.refs.set(baseRef, sha)
    pull.baseAtMerge = base
    const now = this.#now()
    pull.state = 'closed'
    pull.mergedAt = now
    pull.closedAt = now
    pull.updatedAt = now
    pull.mergeCommitSha = sha
    pull.mergedBy = by
    this.#followHeads(repo)
    return sha
  }

  /** GitHub merges a pull request with auto-merge on as soon as protection lets it. */
  #autoMerge(repo: SimRepo): void {
    for (const pull of repo.pulls.values()) {
      if (pull.state === 'open' && pull.autoMerge && !this.#blocked(repo, pull))
        this.#merge(repo, pull, pull.autoMerge.method, pull.autoMerge.enabledBy)
    }
  }

  /** Whether a commit changed `path` against every parent, as `git log -- path` lists it. */
  #touches(repo: SimRepo, commit: Commit, path: string): boolean {
    const at = (c: Commit) => repo.git.lookup(c.tree, path)?.sha
    const mine = at(commit)
    if (commit.parents.length === 0) return mine !== undefined
    return commit.parents.every(p => at(repo.commit(p)) !== mine)
  }

  // ---- rendering (complete() fills the required fields the simulator does not model) ----

  #page(items: unknown[], query: URLSearchParams): Reply {
    const perPage = Math.min(Number(query.get('per_page') ?? 30), 100)
    const page = Math.max(Number(query.get('page') ?? 1), 1)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < items.length) {
      const next = new URLSearchParams(query)
      next.set('page', String(page + 1))
      headers.link = `<${this.url}${this.#answering}?${next.toString()}>; rel="next"`
    }
    return { status: 200, body: slice, headers }
  }

  #api(repo: SimRepo): string {
    return `${this.url}/repos/${repo.fullName}`
  }

  #html(repo: SimRepo): string {
    return `https://github.example/${repo.fullName}`
  }

  /** A GitHub App as REST shows it (the integration schema), e.g. a check run's `app`. */
  #app(id: number): Record<string, unknown> {
    const slug = id === GITHUB_ACTIONS_APP_ID ? 'github-actions' : `app-${id}`
    return {
      id,
      slug,
      node_id: `A_${id}`,
      client_id: `Iv1.${id}`,
      owner: this.#user('github'),
      name: slug,
      description: null,
      external_url: `https://github.example/apps/${slug}`,
      html_url: `https://github.example/apps/${slug}`,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
      permissions: { checks: 'write' },
      events: []
    }
  }

  #user(login: string): Record<string, unknown> {
    let id = this.#userIds.get(login)
    if (id === undefined) {
      id = this.#id()
      this.#userIds.set(login, id)
    }
    return {
      login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.github.example/u/${id}`,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: `https://github.example/${encodeURIComponent(login)}`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false
    }
  }

  #minimalRepository(repo: SimRepo): Record<string, unknown> {
    return {
      id: repo.id,
      node_id: `R_${repo.id}`,
      name: repo.name,
      full_name: repo.fullName,
      owner: this.#user(repo.owner),
      private: true,
      html_url: this.#html(repo),
      url: this.#api(repo),
      fork: false
    }
  }

  #repository(repo: SimRepo): Record<string, unknown> {
    return {
      ...this.#minimalRepository(repo),
      default_branch: repo.defaultBranch,
      visibility: 'private',
      allow_auto_merge: true,
      allow_merge_commit: true,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: this.#now(),
      pushed_at: this.#now()
    }
  }

  #ref(repo: SimRepo, ref: string, sha: string): Record<string, unknown> {
    return {
      ref,
      node_id: `REF_${sha.slice(0, 8)}`,
      url: `${this.#api(repo)}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.#api(repo)}/git/commits/${sha}` }
    }
  }

  #tree(repo: SimRepo, sha: string): Record<string, unknown> {
    return {
      sha,
      url: `${this.#api(repo)}/git/trees/${sha}`,
      truncated: false,
      tree: (repo.git.trees.get(sha) ?? []).map(e => ({
        path: e.name,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        url: `${this.#api(repo)}/git/${e.type}s/${e.sha}`,
        ...(e.type === 'blob' ? { size: Buffer.byteLength(repo.git.blobs.get(e.sha) ?? '') } : {})
      }))
    }
  }

  /**
   * A commit's signature as GitHub verifies it: against the committer, never
   * the author. "GitHub checks that the committer or tagger email address
   * matches an email address from the GPG key's identities and is a
   * verified email address on the user's account"
   * (https://docs.github.com/authentication/troubleshooting-commit-signature-verification/using-a-verified-email-address-in-your-gpg-key);
   * GitHub's own key (web-flow) signs commits whose committer is
   * `GitHub <noreply@github.com>` (https://docs.github.com/authentication/managing-commit-signature-verification/about-commit-signature-verification).
   * The reasons are those of the verification object
   * (https://docs.github.com/rest/git/commits#get-a-commit-object): unsigned,
   * no_user (no account has the committer's address), bad_email (the
   * address is not among the signing key's identities), valid.
   */
  #verification(commit: Commit): Record<string, unknown> {
    const signed = {
      signature: commit.signer === null ? null : '-----BEGIN PGP SIGNATURE-----',
      payload: commit.signer === null ? null : `tree ${commit.tree}`
    }
    const reason = this.#verificationReason(commit)
    return {
      verified: reason === 'valid',
      reason,
      ...signed,
      verified_at: reason === 'valid' ? commit.committer.date : null
    }
  }

  #verificationReason(commit: Commit): 'valid' | 'unsigned' | 'no_user' | 'bad_email' {
    if (commit.signer === null) return 'unsigned'
    const owner = this.#account(commit.committer.email)?.login
    if (owner === undefined) return 'no_user'
    return owner === commit.signer ? 'valid' : 'bad_email'
  }

  /** A signature for `login` as a writer can type it: `GitHub` is GitHub's own noreply@github.com. */
  #forgeable(login: string): { name: string; email: string; date: string } {
    return login === 'GitHub'
      ? { ...this.#signature('GitHub'), email: 'noreply@github.com' }
      : this.#signature(login)
  }

  #gitCommit(repo: SimRepo, sha: string): Record<string, unknown> {
    const commit = repo.commit(sha)
    return {
      sha,
      node_id: `C_${sha}`,
      url: `${this.#api(repo)}/git/commits/${sha}`,
      html_url: `${this.#html(repo)}/commit/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.#api(repo)}/git/trees/${commit.tree}` },
      parents: commit.parents.map(p => ({
        sha: p,
        url: `${this.#api(repo)}/git/commits/${p}`,
        html_url: `${this.#html(repo)}/commit/${p}`
      })),
      verification: this.#verification(commit)
    }
  }

  #commit(repo: SimRepo, commit: Commit): Record<string, unknown> {
    return {
      sha: commit.sha,
      node_id: `C_${commit.sha}`,
      url: `${this.#api(repo)}/commits/${commit.sha}`,
      html_url: `${this.#html(repo)}/commit/${commit.sha}`,
      comments_url: `${this.#api(repo)}/commits/${commit.sha}/comments`,
      commit: {
        url: `${this.#api(repo)}/git/commits/${commit.sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        comment_count: 0,
        tree: { sha: commit.tree, url: `${this.#api(repo)}/git/trees/${commit.tree}` },
        verification: this.#verification(commit)
      },
      // GitHub links a commit's author and committer emails to accounts; its own committer is web-flow.
      author: this.#account(commit.author.email),
      committer: this.#account(commit.committer.email),
      parents: commit.parents.map(p => ({ sha: p, url: `${this.#api(repo)}/commits/${p}` }))
    }
  }

  #label(repo: SimRepo, name: string): Record<string, unknown> {
    const id = [...repo.labels].indexOf(name) + 1
    return {
      id,
      node_id: `LA_${id}`,
      url: `${this.#api(repo)}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false
    }
  }

  #comment(repo: SimRepo, comment: Comment): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.#api(repo)}/issues/comments/${comment.id}`,
      html_url: `${this.#html(repo)}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${this.#api(repo)}/issues/${comment.issue}`,
      body: comment.body,
      user: this.#user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: 'COLLABORATOR'
    }
  }

  #pullBody(repo: SimRepo, pull: Pull, full: boolean): Record<string, unknown> {
    const api = `${this.#api(repo)}/pulls/${pull.number}`
    const html = `${this.#html(repo)}/pull/${pull.number}`
    const branch = (ref: string, sha: string) => ({
      label: `${repo.owner}:${ref}`,
      ref,
      sha,
      user: this.#user(repo.owner),
      repo: this.#repository(repo)
    })
    const baseSha = repo.refs.get(`refs/heads/${pull.base}`) ?? ''
    const link = (href: string) => ({ href })
    const body: Record<string, unknown> = {
      url: api,
      id: pull.id,
      node_id: pull.nodeId,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.#api(repo)}/issues/${pull.number}`,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.#api(repo)}/pulls/comments{/number}`,
      comments_url: `${this.#api(repo)}/issues/${pull.number}/comments`,
      statuses_url: `${this.#api(repo)}/statuses/${pull.headSha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.#user(pull.user),
      body: pull.body,
      labels: pull.labels.map(l => this.#label(repo, l)),
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branch(pull.head, pull.headSha),
      base: branch(pull.base, baseSha),
      _links: {
        self: link(api),
        html: link(html),
        issue: link(`${this.#api(repo)}/issues/${pull.number}`),
        comments: link(`${this.#api(repo)}/issues/${pull.number}/comments`),
        review_comments: link(`${api}/comments`),
        review_comment: link(`${this.#api(repo)}/pulls/comments{/number}`),
        commits: link(`${api}/commits`),
        statuses: link(`${this.#api(repo)}/statuses/${pull.headSha}`)
      },
      author_association: 'COLLABORATOR',
      auto_merge: pull.autoMerge
        ? {
            enabled_by: this.#user(pull.autoMerge.enabledBy),
            merge_method: pull.autoMerge.method,
            commit_title: pull.title,
            commit_message: ''
          }
        : null,
      draft: pull.draft
    }
    if (!full) return body
    const conflict = pull.state === 'open' && this.#mergeTree(repo, pull) === undefined
    const mergeable = pull.state === 'open' ? (pull.mergeable ?? !conflict) : null
    return {
      ...body,
      merged: pull.mergedAt !== null,
      mergeable,
      rebaseable: mergeable,
      mergeable_state:
        pull.state !== 'open'
          ? 'unknown'
          : !mergeable
            ? 'dirty'
            : pull.draft
              ? 'draft'
              : this.#behind(repo, pull)
                ? 'behind'
                : this.#blocked(repo, pull)
                  ? 'blocked'
                  : 'clean',
      merged_by: pull.mergedBy ? this.#user(pull.mergedBy) : null,
      comments: repo.comments.filter(c => c.issue === pull.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0
    }
  }

  #deployment(repo: SimRepo, d: Deployment): Record<string, unknown> {
    return {
      url: `${this.#api(repo)}/deployments/${d.id}`,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: 'deploy',
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: this.#user(d.creator),
      created_at: d.createdAt,
      updated_at: d.createdAt,
      statuses_url: `${this.#api(repo)}/deployments/${d.id}/statuses`,
      repository_url: this.#api(repo),
      transient_environment: false,
      production_environment: false
    }
  }

  #deploymentStatus(
    repo: SimRepo,
    d: Deployment,
    s: Deployment['statuses'][number]
  ): Record<string, unknown> {
    return {
      url: `${this.#api(repo)}/deployments/${d.id}/statuses/${s.id}`,
      id: s.id,
      node_id: `DES_${s.id}`,
      state: s.state,
      creator: this.#user(this.viewerLogin),
      description: s.description,
      environment: d.environment,
      ...(s.logUrl ? { target_url: s.logUrl, log_url: s.logUrl } : {}),
      ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
      created_at: s.createdAt,
      updated_at: s.createdAt,
      deployment_url: `${this.#api(repo)}/deployments/${d.id}`,
      repository_url: this.#api(repo)
    }
  }

  /**
   * A git signature for `login`, with GitHub's no-reply address ID+LOGIN@
   * (docs: "Setting your commit email address"), which GitHub maps back to
   * the account (see #account).
   */
  #signature(login: string): { name: string; email: string; date: string } {
    if (login.endsWith('[bot]')) this.#bots.add(login.replace(/\[bot\]$/, ''))
    return {
      name: login,
      email: `${this.#user(login).id as number}+${login}@users.noreply.github.example`,
      date: this.#now()
    }
  }

  /**
   * The account a commit's email belongs to, as GitHub attributes commits
   * (docs: "Why are my commits linked to the wrong user?"): only a
   * no-reply address of a known account maps to it here; any other is null.
   */
  #account(email: string): Record<string, unknown> | null {
    // GitHub's own commits (web edits, merges, API commits it signs) have web-flow as committer.
    if (email === 'noreply@github.com') return this.#user('web-flow')
    const match = /^(\d+)\+(.+)@users\.noreply\.github\.example$/.exec(email)
    if (!match || this.#userIds.get(match[2]!) !== Number(match[1])) return null
    return this.#user(match[2]!)
  }

  /** A simulated clock: each event a second after the last, so histories order the same on every run. */
  /** The simulator's time in epoch ms: the test's clock when it gave one, else the real one. */
  #clockMs(): number {
    return this.#clock?.() ?? Date.now()
  }

  /**
   * A primary limit's window: an hour from its first request, then the
   * next hour (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api,
   * "Primary rate limit for GitHub App installations": 5,000 requests an hour).
   */
  #budget(resource: RateResource): { limit: number; used: number; resetsAt: number | undefined } {
    const budget = this.#budgets[resource]
    const now = this.#clockMs()
    if (budget.resetsAt === undefined || now >= budget.resetsAt) {
      budget.used = 0
      budget.resetsAt = now + 3_600_000
    }
    return budget
  }

  /**
   * The headers GitHub sends on every answer
   * (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit;
   * GraphQL's the same with resource graphql and points for requests:
   * docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#checking-the-status-of-your-primary-rate-limit),
   * and `date`, which the client measures the reset against.
   */
  #rateHeaders(resource: RateResource): Record<string, string> {
    const budget = this.#budget(resource)
    return {
      date: new Date(this.#clockMs()).toUTCString(),
      'x-ratelimit-limit': String(budget.limit),
      'x-ratelimit-remaining': String(Math.max(0, budget.limit - budget.used)),
      'x-ratelimit-used': String(budget.used),
      'x-ratelimit-reset': String(Math.ceil(budget.resetsAt! / 1000)),
      'x-ratelimit-resource': resource
    }
  }

  #now(): string {
    const time = this.#clock?.() ?? EPOCH + ++this.#tick * 1000
    return new Date(time).toISOString().replace(/\.\d+Z$/, 'Z')
  }

  #id(): number {
    return ++this.#ids
  }
}

function notFound(): Reply {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
  }
}

function validation(message: string, errors?: unknown[]): Reply {
  return {
    status: 422,
    body: {
      message,
      documentation_url: 'https://docs.github.com/rest',
      ...(errors ? { errors } : {})
    }
  }
}

function match(options: {
  method?: string
  path?: RegExp
}): (method: string, path: string) => boolean {
  return (method, path) =>
    (!options.method || options.method === method) && (!options.path || options.path.test(path))
}

function splitExpression(expression: string): [string, string | undefined] {
  const colon = expression.indexOf(':')
  return colon < 0
    ? [expression, undefined]
    : [expression.slice(0, colon), expression.slice(colon + 1)]
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile())
        files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return files
}

/** A GraphQL request's cost in points (pointsOf); a body that does not parse costs the minimum, 1. */
function graphqlPoints(body: unknown): number {
  const { query, variables } = (body ?? {}) as {
    query?: unknown
    variables?: Record<string, unknown>
  }
  if (typeof query !== 'string') return 1
  try {
    return pointsOf(parse(query), variables ?? {})
  } catch {
    return 1
  }
}

/**
 * What GitHub's schema finds wrong with a query. Validation reads only the
 * query's text, and a train sends the same few queries hundreds of times, so
 * each text is validated once per process.
 */
const validated = new Map<string, string[]>()
function graphqlProblems(query: string): string[] {
  let problems = validated.get(query)
  if (problems === undefined) {
    try {
      problems = validateAgainstGitHub(query).map(e => e.message)
    } catch (error) {
      problems = [`syntax: ${(error as Error).message}`]
    }
    validated.set(query, problems)
  }
  return problems
}
