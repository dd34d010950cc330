import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Review } from '../../src/train/gates.js'
import type { HealthOutcome } from '../../src/train/marker.js'
import type { PullCommit, PullSnapshot } from '../../src/train/observe.js'
import type { ArgoPort, Clock, GitHubPort } from '../../src/train/ports.js'
import { ENV_REPO } from './paths.js'

interface FakePull {
  number: number
  head: string
  base: string
  title: string
  body: string
  labels: string[]
  state: 'open' | 'closed'
  merged: boolean
  mergeSha?: string
  headSha: string
  reviews: Review[]
  author: string
}

/**
 * An in-memory GitHub for unit tests of the reconcile loop: branches hold
 * whole file maps, a merge applies the head's files to the base. `failAt`
 * makes the Nth write throw, to kill a run at a step boundary.
 */
export class FakeGitHub implements GitHubPort {
  branches = new Map<string, Map<string, string>>()
  pulls: FakePull[] = []
  writes = 0
  failAt: number | undefined
  /** Paths each branch changed: a merge applies only those, as git's three-way merge would here. */
  readonly changed = new Map<string, Set<string>>()
  private commits = 0
  private requests = 0
  /** The commits made on each branch, as the toolkit's own (signed) commits. */
  readonly branchCommits = new Map<string, PullCommit[]>()
  /** Each path's texts on main, oldest first: the fixture's, then one per merge that changed it. */
  private readonly mainHistory = new Map<string, string[]>()

  constructor(files: Map<string, string>) {
    this.branches.set('main', files)
  }

  static fromFixture(paths: readonly string[]): FakeGitHub {
    const files = new Map<string, string>()
    for (const p of paths) {
      try {
        files.set(p, readFileSync(join(ENV_REPO, p), 'utf8'))
      } catch {
        // absent in the fixture
      }
    }
    return new FakeGitHub(files)
  }

  private write(): void {
    this.requests++
    this.writes++
    if (this.failAt !== undefined && this.writes === this.failAt)
      throw new Error(`killed at write ${this.writes}`)
  }

  async botLogin() {
    return 'multiregion[bot]'
  }
  async defaultBranch() {
    this.requests++
    return 'main'
  }
  async readFiles(ref: string, paths: readonly string[]) {
    this.requests++
    const files = this.branches.get(ref) ?? new Map<string, string>()
    return new Map(paths.filter(p => files.has(p)).map(p => [p, files.get(p)!]))
  }
  /** Branches have no commits here: the files are their own version. */
  async readBranch(branch: string, paths: readonly string[]) {
    return { sha: `${branch}-head`, files: await this.readFiles(branch, paths) }
  }
  /** The real port reads these in one query; here a request each, as before they were folded. */
  async observe(service: string, branches: readonly string[], paths: readonly string[]) {
    const base = await this.defaultBranch()
    const [read, pulls] = await Promise.all([
      this.readBranch(base, paths),
      this.trainPulls(service, branches)
    ])
    return { base, read, pulls }
  }
  async pullCommits(number: number): Promise<PullCommit[]> {
    this.requests++
    return [...(this.branchCommits.get(this.pull(number).head) ?? [])]
  }
  async deleteBranch(branch: string) {
    this.write()
    this.branches.delete(branch)
  }
  /** As the port promises: labelled in every state, open on the service's branches, closed on `branches`. */
  async trainPulls(service: string, branches: readonly string[] = []): Promise<PullSnapshot[]> {
    this.requests++
    const onBranches = (p: FakePull) =>
      p.head.startsWith(`multiregion/${service}/`) ||
      p.head.startsWith(`multiregion/rollback/${service}/`)
    return this.pulls
      .filter(
        p =>
          p.labels.includes(`multiregion:${service}`) ||
          (onBranches(p) && (p.state === 'open' || branches.includes(p.head)))
      )
      .map(p => ({
        number: p.number,
        state: p.state,
        merged: p.merged,
        ...(p.mergeSha ? { mergeSha: p.mergeSha } : {}),
        headSha: p.headSha,
        headRef: p.head,
        author: p.author,
        ...(p.state === 'open' ? { commits: [...(this.branchCommits.get(p.head) ?? [])] } : {}),
        labels: [...p.labels],
        body: p.body,
        autoMerge: false,
        reviews: [...p.reviews],
        checks: 'success' as const
      }))
  }
  async commitFiles(input: {
    base: string
    branch: string
    message: string
    files: { path: string; content: string }[]
  }) {
    const current = this.branches.get(input.branch)
    const next = new Map(current ?? this.branches.get(input.base))
    for (const f of input.files) next.set(f.path, f.content)
    if (current && [...next].every(([k, v]) => current.get(k) === v))
      return { commitSha: `c-${input.branch}` }
    this.write()
    this.branches.set(input.branch, next)
    const commits = this.branchCommits.get(input.branch) ?? []
    commits.push({
      sha: `c${this.commits + 1}`,
      author: 'multiregion[bot]',
      committer: 'web-flow',
      verified: true,
      reason: 'valid',
      message: input.message
    })
    this.branchCommits.set(input.branch, commits)
    const changed = this.changed.get(input.branch) ?? new Set<string>()
    for (const f of input.files) changed.add(f.path)
    this.changed.set(input.branch, changed)
    return { commitSha: `c${++this.commits}` }
  }
  async replaceBranch(input: {
    base: string
    branch: string
    message: string
    files: { path: string; content: string }[]
    parent: string
  }) {
    this.write()
    const next = new Map(this.branches.get(input.base))
    for (const f of input.files) next.set(f.path, f.content)
    this.branches.set(input.branch, next)
    this.branchCommits.set(input.branch, [
      {
        sha: `c${this.commits + 1}`,
        author: 'multiregion[bot]',
        committer: 'web-flow',
        verified: true,
        reason: 'valid',
        message: input.message
      }
    ])
    this.changed.set(input.branch, new Set(input.files.map(f => f.path)))
    return { commitSha: `c${++this.commits}` }
  }
  /** The fake has no one-request path: the train goes step by step, which these tests follow. */
  async proposeChange(): Promise<undefined> {
    return undefined
  }

  async findOpenPull(head: string) {
    this.requests++
    const pull = this.pulls.find(p => p.head === head && p.state === 'open')
    return pull ? { number: pull.number } : undefined
  }
  async openPull(input: {
    head: string
    base: string
    title: string
    body: string
    labels: string[]
  }) {
    this.write()
    const number = this.pulls.length + 1
    this.pulls.push({
      number,
      ...input,
      labels: [...input.labels],
      state: 'open',
      merged: false,
      headSha: `head-${number}`,
      reviews: [],
      author: 'multiregion[bot]'
    })
    return { number }
  }
  async updateBody(number: number, body: string) {
    this.write()
    this.pull(number).body = body
  }
  async merge(number: number, sha: string) {
    const pull = this.pull(number)
    if (pull.state !== 'open') return { merged: false as const, reason: 'not open' }
    if (pull.headSha !== sha) return { merged: false as const, reason: 'head moved' }
    this.write()
    const base = this.branches.get(pull.base)!
    const head = this.branches.get(pull.head)!
    for (const path of this.changed.get(pull.head) ?? []) {
      const texts = this.mainHistory.get(path) ?? (base.has(path) ? [base.get(path)!] : [])
      base.set(path, head.get(path)!)
      this.mainHistory.set(path, [...texts, head.get(path)!])
    }
    pull.state = 'closed'
    pull.merged = true
    pull.mergeSha = `merge-${number}`
    return { merged: true as const, sha: pull.mergeSha }
  }
  async enableAutoMerge() {
    this.write()
  }
  async disableAutoMerge() {
    this.write()
  }
  async firstParentHistory(ref: string, path: string, limit: number) {
    this.requests += 2
    const main = this.branches.get(ref)
    const texts = this.mainHistory.get(path) ?? (main?.has(path) ? [main.get(path)!] : [])
    return [...texts].reverse().slice(0, limit)
  }
  async addLabels(number: number, labels: readonly string[]) {
    this.write()
    // As GitHub's "add labels": a label the PR already has is not added twice.
    const pull = this.pull(number)
    pull.labels.push(...labels.filter(label => !pull.labels.includes(label)))
  }
  async removeLabel(number: number, label: string) {
    this.write()
    const pull = this.pull(number)
    pull.labels = pull.labels.filter(l => l !== label)
  }
  deployments: { id: number; ref: string; environment: string; states: string[] }[] = []
  async createDeployment(input: {
    ref: string
    environment: string
    description: string
    status: { state: 'in_progress'; description: string }
    record?: { pr: number; body: string }
  }) {
    if (input.record) await this.updateBody(input.record.pr, input.record.body)
    const existing = this.deployments.find(
      d => d.ref === input.ref && d.environment === input.environment
    )
    if (existing) {
      await this.setDeploymentStatus(existing.id, input.status.state)
      return { id: existing.id }
    }
    this.write()
    const id = this.deployments.length + 1
    this.deployments.push({ id, ref: input.ref, environment: input.environment, states: [] })
    await this.setDeploymentStatus(id, input.status.state)
    return { id }
  }
  async setDeploymentStatus(id: number, state: string) {
    this.write()
    this.deployments.find(d => d.id === id)!.states.push(state)
  }
  /** Two writes here, as the port makes them when it cannot name both in one mutation. */
  async recordOutcome(input: {
    deployment: number
    state: string
    description: string
    pr: number
    body: string
  }) {
    await this.setDeploymentStatus(input.deployment, input.state)
    await this.updateBody(input.pr, input.body)
  }
  comments: { number: number; body: string }[] = []
  async closePull(number: number, comment: string) {
    this.write()
    this.comments.push({ number, body: comment })
    this.pull(number).state = 'closed'
  }
  requestCount() {
    return this.requests
  }
  async compare(): Promise<never> {
    throw new Error('FakeGitHub keeps no commit history; compare needs the GitHub simulator')
  }

  pull(number: number): FakePull {
    const pull = this.pulls.find(p => p.number === number)
    if (!pull) throw new Error(`no PR #${number}`)
    return pull
  }

  /** Approves every open PR on its head commit, as a person other than the author. */
  approveAll(author = 'alice', at = 1): void {
    for (const p of this.pulls.filter(x => x.state === 'open'))
      p.reviews.push({
        author,
        state: 'APPROVED',
        commitId: p.headSha,
        submittedAt: at,
        permission: 'write'
      })
  }
}

/**
 * Argo CD whose outcomes are scripted per region, in order: each wait in a
 * region takes the next scripted outcome, and is healthy once the script runs out.
 */
export class FakeArgo implements ArgoPort {
  script = new Map<string, HealthOutcome[]>()
  waits: string[] = []
  deadlines: number[] = []
  /** Regions whose Application does not deploy what the train edits, with the problem. */
  setup = new Map<string, string>()
  async checkApplication(input: { region: string }) {
    return this.setup.get(input.region)
  }
  async waitForRevision(input: { region: string; revision: string; deadline: number }) {
    this.waits.push(`${input.region}@${input.revision}`)
    this.deadlines.push(input.deadline)
    const outcome = this.script.get(input.region)?.shift() ?? 'healthy'
    return { outcome, detail: `scripted ${outcome}` }
  }
}

export class FakeClock implements Clock {
  constructor(public time = 1_800_000_000_000) {}
  now() {
    return this.time
  }
  advance(ms: number) {
    this.time += ms
  }
}
