import { branchPrefixes, serviceLabel } from '../train/names.js'
import type { Review } from '../train/gates.js'
import { LABELS } from '../train/observe.js'
import type { PullSnapshot } from '../train/observe.js'
import type { GitHubPort } from '../train/ports.js'
import type { RequestCounter } from './client.js'
import type { EnvRepo, GateEvidence, MergeMethod, Pull, PullCommit } from './env-repo.js'
import { decideChecks } from './env-repo/checks.js'
import type { RequiredChecks } from './env-repo/checks.js'

/** GitHub rejects a deployment status description over 140 characters. */
function statusText(description: string): string {
  return description.length > 140 ? `${description.slice(0, 139)}…` : description
}

/** More changed files than a train PR ever has: such a head is not the train's edit, whatever the files say. */
const MAX_FILES_READ = 50

function time(iso: string | null): number | undefined {
  return iso === null ? undefined : Date.parse(iso)
}

/**
 * The accounts GitHub links to the head commit's author and committer (who
 * pushed it), from the PR's commit list, which reads them as GET a commit
 * does; GitHub's own committer (web-flow) is left out. Undefined when the
 * head is not in the list (over 250 commits).
 */
function pushersOf(commits: readonly PullCommit[], head: string): string[] | undefined {
  const commit = commits.find(c => c.sha === head)
  if (!commit) return undefined
  const logins = [commit.author, commit.committer].filter(
    (login): login is string => !!login && login !== 'web-flow'
  )
  return [...new Set(logins)]
}

/**
 * The train's view of the environments repository, over EnvRepo. Reviews,
 * checks and auto-merge state are read only for open PRs: a closed PR's
 * gate no longer matters, and a long train history stays cheap to observe.
 */
export function gitHubPort(
  env: EnvRepo,
  options: { method: MergeMethod; counter: RequestCounter }
): GitHubPort {
  let login: string | undefined
  // Node ids GraphQL mutations name things by, as the reads and writes of this process met them.
  const pullIds = new Map<number, string>()
  const deploymentIds = new Map<number, string>()
  /**
   * One open PR as its gate needs it, everything pinned to the head sha the
   * list returned: its reviews; once someone has approved that head (nothing
   * else matters before), each approver's permission, who pushed that head,
   * the required checks on it, and the files it changes with their text at
   * that sha. The PR's head is read again last: if it moved meanwhile,
   * what was read may belong to another commit, so the files are left unread
   * and the PR cannot merge this round. Reviews, files and checks come from
   * `evidence`, the one query of every open PR's (gate-evidence.ts), and
   * over REST only where that query had more than a page of them.
   */
  const snapshotOf = async (
    pull: Pull & { gateless?: true },
    required: (
      base: string
    ) => Promise<RequiredChecks & { approvals: number; staleApprovalsDropped: boolean }>,
    permissions: Map<string, Promise<Review['permission']>>,
    evidence: Promise<GateEvidence | undefined>
  ): Promise<PullSnapshot> => {
    const snapshot: PullSnapshot = {
      number: pull.number,
      state: pull.state,
      merged: pull.merged,
      headSha: pull.headSha,
      headRef: pull.headRef,
      author: pull.author,
      labels: pull.labels,
      body: pull.body,
      autoMerge: false,
      reviews: [],
      checks: 'success'
    }
    const mergedAt = time(pull.mergedAt)
    if (mergedAt !== undefined) snapshot.mergedAt = mergedAt
    if (pull.mergeCommitSha) snapshot.mergeSha = pull.mergeCommitSha
    if (pull.editor) snapshot.bodyEditor = pull.editor
    if (pull.state !== 'open' || pull.gateless) return snapshot
    // The branch's commits say whether the PR is still the toolkit's own, approved or not.
    // The commits (REST) are read side by side with the one gate query of every open PR.
    const listed = env.pullCommits(pull.number)
    // Never left unhandled while the gate is awaited: its failure is met below.
    listed.catch(() => undefined)
    const gate = await evidence
    // A head someone approved needs the base's rules too: read beside the commits, not after them.
    if (gate?.reviews?.some(r => r.state === 'APPROVED' && r.commitId === pull.headSha))
      void required(pull.baseRef).catch(() => undefined)
    const commits = await listed
    const reviews = gate?.reviews ?? (await env.reviews(pull.number))
    snapshot.commits = commits
    snapshot.reviews = reviews.map(r => ({
      author: r.author,
      state: r.state,
      commitId: r.commitId,
      submittedAt: time(r.submittedAt) ?? 0
    }))
    // Until someone approves the head, nothing else can let it merge: the rest is read only then.
    const approvers = reviews.filter(r => r.state === 'APPROVED' && r.commitId === pull.headSha)
    if (approvers.length === 0) return snapshot
    // The review says whether its author can push (as of this read): a writer needs no request of
    // their own. Only someone who cannot is looked up, so the gate's note names their exact access.
    const canPush = new Map(
      reviews.flatMap(r => (r.canPush === undefined ? [] : [[r.author.toLowerCase(), r.canPush]]))
    )
    const permissionOf = (user: string) => {
      const key = user.toLowerCase()
      if (canPush.get(key) === true) return Promise.resolve('write' as const)
      if (!permissions.has(key)) permissions.set(key, env.permission(user))
      return permissions.get(key)!
    }
    // Whose permission decides: approvers of the head, and those who requested changes (only a writer's request blocks).
    const deciding = [
      ...new Set(
        reviews
          .filter(r => approvers.includes(r) || r.state === 'CHANGES_REQUESTED')
          .map(r => r.author.toLowerCase())
      )
    ]
    const rules = required(pull.baseRef)
    const [checks, pushers, changed, granted, { approvals, staleApprovalsDropped }] =
      await Promise.all([
        rules.then(r =>
          gate?.checks ? decideChecks(gate.checks, r) : env.checks(pull.headSha, r)
        ),
        pushersOf(commits, pull.headSha) ?? env.commitAccounts(pull.headSha),
        gate?.files ?? env.changedFiles(pull.number),
        Promise.all(deciding.map(login => permissionOf(login))),
        rules
      ])
    if (approvals > 0) snapshot.rulesApprovals = approvals
    if (staleApprovalsDropped) snapshot.staleApprovalsDropped = true
    const permission = new Map(deciding.map((login, i) => [login, granted[i]]))
    snapshot.reviews = snapshot.reviews.map(r => {
      const level = permission.get(r.author.toLowerCase())
      const decides =
        r.state === 'CHANGES_REQUESTED' || (r.state === 'APPROVED' && r.commitId === pull.headSha)
      return decides && level !== undefined ? { ...r, permission: level } : r
    })
    snapshot.checks = checks.state
    snapshot.lastPushers = pushers
    snapshot.changedFiles = changed
    // A PR that changes many files is not the train's; its files are not worth reading.
    const many = changed.length > MAX_FILES_READ
    // The gate query read the region's files at the head already: enough when the PR changes no other.
    const early = gate?.head
    const read =
      !many && early && changed.every(path => early.paths.has(path))
        ? {
            files: new Map(
              changed.flatMap(p => (early.files.has(p) ? [[p, early.files.get(p)!]] : []))
            ),
            headSha: early.headSha,
            autoMerge: early.autoMerge
          }
        : await env.headFiles(pull.number, pull.headSha, many ? [] : changed)
    if (!many && read.headSha === pull.headSha) snapshot.headFiles = read.files
    snapshot.autoMerge = read.autoMerge
    return snapshot
  }
  /**
   * The service's train PRs among the lists one read returned, each as its
   * gate needs it.
   */
  const gateAll = (
    service: string,
    {
      labelled,
      flagged,
      open,
      closedOnHeads,
      evidence: known,
      rules: baseRules,
      base: defaultBranch
    }: Awaited<ReturnType<EnvRepo['pullsByLabelAndHead']>>,
    headPaths?: (branch: string) => readonly string[],
    gates = true
  ): Promise<PullSnapshot[]> => {
    // The service's newest 100 labelled PRs in every state (its recent history: the latest
    // release, rollbacks in progress); every PR labelled bad (a bad release stays bad however
    // old); open PRs on its branches whose labelling failed (the train labels those it finds,
    // see reconcileTrain); and closed PRs on the given branches, this release's, whatever their
    // age. Closed PRs of people, other services' good ones and the service's own older
    // history are never read, so an idle run costs the same however long that history grows.
    const prefixes = branchPrefixes(service)
    const byNumber = new Map(labelled.map(pull => [pull.number, pull]))
    for (const pull of flagged)
      if (pull.labels.includes(serviceLabel(service))) byNumber.set(pull.number, pull)
    for (const pull of [...open, ...closedOnHeads])
      if (prefixes.some(prefix => pull.headRef.startsWith(prefix))) byNumber.set(pull.number, pull)
    const pulls = [...byNumber.values()]
    for (const pull of pulls) pullIds.set(pull.number, pull.nodeId)
    // Required checks are read once per base branch and permissions once per reviewer, per observation.
    const required = new Map<
      string,
      Promise<RequiredChecks & { approvals: number; staleApprovalsDropped: boolean }>
    >()
    // The observation brought the gate of the release's own open PRs (pull-lists.ts); one query reads the rest's.
    const evidence = env.gateEvidence(
      pulls
        .filter(p => gates && p.state === 'open' && !known?.has(p.number))
        .map(p => (headPaths ? { ...p, paths: headPaths(p.headRef) } : p))
    )
    const requiredOf = (base: string) => {
      if (!required.has(base))
        required.set(
          base,
          env.mergeRules(
            base,
            base === defaultBranch?.name && baseRules
              ? Promise.resolve(baseRules)
              : evidence.then(e => e.rules.get(base))
          )
        )
      return required.get(base)!
    }
    const permissions = new Map<string, Promise<Review['permission']>>()
    return Promise.all(
      pulls.map(p =>
        snapshotOf(
          gates ? p : { ...p, gateless: true },
          requiredOf,
          permissions,
          // Only open PRs wait on it, so a failed query is never left unhandled by a closed one.
          p.state !== 'open'
            ? Promise.resolve(undefined)
            : known?.has(p.number)
              ? Promise.resolve(known.get(p.number))
              : evidence.then(e => e.pulls.get(p.number))
        )
      )
    )
  }
  return {
    async botLogin() {
      login ??= await env.viewerLogin()
      if (!login)
        throw new Error(
          'Cannot tell which identity the token belongs to, so its own approvals could count. Set the bot-login input (or --bot-login) to the GitHub App bot login, such as my-app[bot].'
        )
      return login
    },
    defaultBranch: () => env.defaultBranch(),
    readFiles: (ref, paths) => env.readFiles(ref, paths),
    readBranch: (branch, paths) => env.readBranch(branch, paths),
    deleteBranch: branch => env.deleteBranch(branch),
    async observe(service, branches, paths, headPaths) {
      const lists = await env.pullsByLabelAndHead(
        serviceLabel(service),
        branches,
        LABELS.bad,
        paths,
        headPaths ? { paths: headPaths } : undefined
      )
      const { name, sha, files } = lists.base!
      return {
        base: name,
        read: { sha, files },
        pulls: await gateAll(service, lists, headPaths)
      }
    },
    async trainPulls(service, branches = [], options = {}) {
      return gateAll(
        service,
        await env.pullsByLabelAndHead(serviceLabel(service), branches, LABELS.bad),
        undefined,
        options.gates !== false
      )
    },
    pullCommits: number => env.pullCommits(number),
    async firstParentHistory(ref, path, limit) {
      const chain = await env.firstParentChain(ref, limit)
      const texts = await env.readFileAt(chain, path)
      return chain.flatMap(sha => texts.get(sha) ?? [])
    },
    async commitFiles(input) {
      const { commitSha, baseMoved, conflict } = await env.commitFiles(input)
      return baseMoved
        ? { commitSha, baseMoved }
        : conflict
          ? { commitSha, conflict }
          : { commitSha }
    },
    async replaceBranch(input) {
      const { commitSha, baseMoved } = await env.replaceBranch(input)
      return baseMoved ? { commitSha, baseMoved } : { commitSha }
    },
    async proposeChange(input) {
      const proposal = await env.proposeChange({ ...input, draft: false })
      if (!proposal.opened) return proposal.baseMoved ? { baseMoved: true } : undefined
      await env.addLabels(proposal.number, input.labels)
      return proposal.staleBase
        ? { number: proposal.number, commitSha: proposal.commitSha, staleBase: true }
        : { number: proposal.number, commitSha: proposal.commitSha }
    },
    async findOpenPull(head) {
      const [pull] = await env.findPulls({ head, state: 'open' })
      return pull ? { number: pull.number } : undefined
    },
    async openPull(input) {
      const pull = await env.openPull({ ...input, draft: false })
      return { number: pull.number }
    },
    async updateBody(number, body) {
      await env.updatePull(number, { body })
    },
    async merge(number, sha) {
      const result = await env.merge(number, { sha, method: options.method })
      return result.merged
        ? { merged: true, sha: result.sha }
        : { merged: false, reason: result.message }
    },
    async enableAutoMerge(number, sha) {
      const pull = await env.getPull(number)
      const result = await env.enableAutoMerge(pull.nodeId, options.method, sha)
      // GitHub refuses auto-merge on a PR with nothing left to wait for; then merge the gated sha now.
      if (!result.enabled && !result.headMoved)
        await env.merge(number, { sha, method: options.method })
    },
    async disableAutoMerge(number) {
      const pull = await env.getPull(number)
      if (pull.autoMerge) await env.disableAutoMerge(pull.nodeId)
    },
    removeLabel: (number, label) => env.removeLabel(number, label),
    async addLabels(number, labels) {
      await env.addLabels(number, labels)
    },
    async closePull(number, comment) {
      await env.comment(number, comment)
      await env.updatePull(number, { state: 'closed' })
    },
    async createDeployment({ status, record, ...input }) {
      // Create, then look (in the first status's own request): a run that died after creating one,
      // or runs at once (a promote, a rollback, a reconcile), leave more than one. GitHub numbers
      // deployments in the order it creates them, so every run keeps the oldest and the creator of
      // any other removes its own: one record per commit and environment, in two requests when
      // there was none.
      const created = await env.createDeployment({ ...input, payload: {} })
      deploymentIds.set(created.id, created.nodeId)
      const pullRequestId = record ? pullIds.get(record.pr) : undefined
      // A PR this process never read: its body goes on its own.
      if (record && !pullRequestId) await env.updatePull(record.pr, { body: record.body })
      const same = await env.firstStatus(
        {
          deploymentId: created.nodeId,
          state: status.state,
          description: statusText(status.description),
          environment: input.environment
        },
        record && pullRequestId ? { pullRequestId, body: record.body } : undefined
      )
      const oldest = same[0]
      if (oldest === undefined || oldest === created.id) return { id: created.id }
      await env.deleteDeployment(created.id, `a duplicate of deployment ${oldest}`)
      await env.setDeploymentStatus(oldest, status.state, {
        description: statusText(status.description)
      })
      return { id: oldest }
    },
    async setDeploymentStatus(id, state, description) {
      await env.setDeploymentStatus(id, state, { description: statusText(description) })
    },
    async recordOutcome({ deployment, state, description, pr, body }) {
      const deploymentId = deploymentIds.get(deployment)
      const pullRequestId = pullIds.get(pr)
      if (deploymentId && pullRequestId)
        return env.statusAndBody(
          { deploymentId, state, description: statusText(description) },
          { pullRequestId, body }
        )
      // A deployment another run created, or a PR not read by this process: a request each.
      await env.setDeploymentStatus(deployment, state, { description: statusText(description) })
      await env.updatePull(pr, { body })
    },
    compare: (base, head) => env.compare(base, head),
    requestCount: () => options.counter.snapshot().total
  }
}
