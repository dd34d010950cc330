import { branchPrefixes, serviceLabel } from '../train/names.js'
import type { PullSnapshot } from '../train/observe.js'
import type { GitHubPort } from '../train/ports.js'
import type { RequestCounter } from './client.js'
import type { EnvRepo, MergeMethod, Pull } from './env-repo.js'

function time(iso: string | null): number | undefined {
  return iso === null ? undefined : Date.parse(iso)
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
  const snapshotOf = async (pull: Pull): Promise<PullSnapshot> => {
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
    if (pull.state !== 'open') return snapshot
    const [reviews, checks, detail, commits] = await Promise.all([
      env.reviews(pull.number),
      env.checks(pull.headSha),
      env.getPull(pull.number),
      env.pullCommits(pull.number)
    ])
    snapshot.commits = commits
    snapshot.reviews = reviews.map(r => ({
      author: r.author,
      state: r.state,
      commitId: r.commitId,
      submittedAt: time(r.submittedAt) ?? 0
    }))
    snapshot.checks = checks.state
    snapshot.autoMerge = detail.autoMerge !== null
    return snapshot
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
    async trainPulls(service) {
      const prefixes = branchPrefixes(service)
      const pulls = (await env.findPulls({ state: 'all' })).filter(
        pull =>
          pull.labels.includes(serviceLabel(service)) ||
          prefixes.some(prefix => pull.headRef.startsWith(prefix))
      )
      return Promise.all(pulls.map(snapshotOf))
    },
    async fileHistory(ref, path, limit) {
      const commits = await env.fileHistory(ref, path, limit)
      const texts = await env.readFileAt(
        commits.map(c => c.sha),
        path
      )
      return commits.flatMap(c => texts.get(c.sha) ?? [])
    },
    async commitFiles(input) {
      const { commitSha } = await env.commitFiles(input)
      return { commitSha }
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
    async enableAutoMerge(number) {
      const pull = await env.getPull(number)
      const result = await env.enableAutoMerge(pull.nodeId, options.method)
      // GitHub refuses auto-merge on a PR with nothing left to wait for; then merge it now.
      if (!result.enabled) await env.merge(number, { sha: pull.headSha, method: options.method })
    },
    async disableAutoMerge(number) {
      const pull = await env.getPull(number)
      if (pull.autoMerge) await env.disableAutoMerge(pull.nodeId)
    },
    async addLabels(number, labels) {
      await env.addLabels(number, labels)
    },
    async closePull(number, comment) {
      await env.comment(number, comment)
      await env.updatePull(number, { state: 'closed' })
    },
    async createDeployment(input) {
      const existing = await env.findDeployment(input.ref, input.environment)
      return existing ?? env.createDeployment({ ...input, payload: {} })
    },
    async setDeploymentStatus(id, state, description) {
      // GitHub rejects a deployment status description over 140 characters.
      const short = description.length > 140 ? `${description.slice(0, 139)}…` : description
      await env.setDeploymentStatus(id, state, { description: short })
    },
    requestCount: () => options.counter.snapshot().total
  }
}
