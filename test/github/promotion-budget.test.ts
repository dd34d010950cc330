import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { requestsBetween, requestsByCategory } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import type { EnvRepo } from '../../src/github/env-repo.js'
import { gitHubPort } from '../../src/github/train-port.js'
import { startConnected, stopChecked } from '../simulators/github/connect.js'
import type { GitHubSimulator } from '../simulators/github/simulator.js'
import { ENV_REPO } from '../support/paths.js'

/**
 * What one region's promotion costs through EnvRepo, as the train will spend
 * it: the issue's budget is at most 6 writes per region PR and one read query
 * per wave, whatever the repository's size.
 */

const REPO = 'acme/environments'
const REGIONS = ['us-east', 'us-west', 'sweden', 'china']

let sim: GitHubSimulator
let env: EnvRepo
let client: GitHubClient

beforeEach(async () => {
  ;({ sim, env, client } = await startConnected(s => {
    s.seedRepo(REPO, { dir: ENV_REPO })
    s.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: [] })
  }))
})

afterEach(() => stopChecked(sim))

it('reads a wave in one query and opens, gates and merges a region PR in 6 writes', async () => {
  const paths = REGIONS.map(region => `regions/${region}/checkout/kustomization.yaml`)
  let before = client.counter.snapshot()
  const files = await env.readFiles('main', paths)
  expect(requestsBetween(before, client.counter.snapshot()).total).toBe(1)

  const path = paths[0]!
  const branch = 'multiregion/checkout/us-east/v1.5.0'
  before = client.counter.snapshot()
  await env.commitFiles({
    base: 'main',
    branch,
    message: 'checkout: v1.5.0 to us-east',
    files: [{ path, content: files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }]
  })
  const pull = await env.openPull({
    head: branch,
    base: 'main',
    title: 'checkout v1.5.0 to us-east',
    body: 'wave 1 of 3',
    labels: ['multiregion'],
    draft: false
  })
  sim.approve(REPO, pull.number, 'alice')
  const head = await env.getPull(pull.number)
  const reviews = await env.reviews(pull.number)
  const checks = await env.checks(head.headSha)
  expect(reviews.filter(r => r.state === 'APPROVED' && r.commitId === head.headSha)).toHaveLength(1)
  expect(checks.state).toBe('success')
  expect(await env.merge(pull.number, { sha: head.headSha, method: 'squash' })).toMatchObject({
    merged: true
  })

  const spent = requestsBetween(before, client.counter.snapshot())
  expect(spent.writes).toBe(6)
  expect(requestsByCategory(spent)).toMatchObject({
    git: { writes: 3 },
    pulls: { writes: 2 },
    issues: { writes: 1 }
  })
  expect(sim.repo(REPO).files('main').get(path)).toContain('newTag: v1.5.0')
})

/** Requests the simulator answered since `from`, and how many of them created content (GitHub's secondary limit counts those). */
function answered(from: number): { total: number; creating: number } {
  const since = sim.requests.slice(from)
  return {
    total: since.length,
    creating: since.filter(r => r.method !== 'GET' && (r.operation !== 'graphql' || r.mutation))
      .length
  }
}

it("opens a region's PR (new branch, GitHub-signed commit, labelled PR) in three requests (one read, two writes), counted at the simulator", async () => {
  const port = gitHubPort(env, { method: 'squash', counter: client.counter })
  const base = await port.defaultBranch()
  const path = 'regions/us-east/checkout/kustomization.yaml'
  const read = await port.readBranch(base, [path])
  const from = sim.requests.length
  const opened = await port.proposeChange({
    base,
    parent: read.sha,
    branch: 'multiregion/checkout/us-east/v1.5.0',
    message: 'checkout: v1.5.0 to us-east\n\nMultiregion-Kind: promotion',
    files: [{ path, content: read.files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }],
    title: 'checkout v1.5.0 to us-east',
    body: 'wave 1 of 3',
    labels: ['multiregion', 'multiregion:checkout']
  })
  expect(answered(from)).toEqual({ total: 3, creating: 2 })
  expect(opened).toEqual({ number: expect.any(Number), commitSha: expect.any(String) })
  const pull = sim.repo(REPO).pulls.get((opened as { number: number }).number)!
  expect(pull).toMatchObject({
    head: 'multiregion/checkout/us-east/v1.5.0',
    base: 'main',
    state: 'open'
  })
  expect(pull.labels).toEqual(['multiregion', 'multiregion:checkout'])
  // Built on exactly the commit read, and signed by GitHub for the App: what the gate later trusts.
  const [commit] = await env.pullCommits(pull.number)
  expect(commit).toMatchObject({ verified: true, reason: 'valid', committer: 'web-flow' })
  expect(sim.repo(REPO).commit(commit!.sha).parents).toEqual([read.sha])
  expect(commit!.message).toBe('checkout: v1.5.0 to us-east\n\nMultiregion-Kind: promotion')
  expect(sim.repo(REPO).files(pull.head).get(path)).toContain('newTag: v1.5.0')
})

it("opens a region's PR in two requests right after the observation that read its base and saw no branch, and says so when the base moved in between", async () => {
  const port = gitHubPort(env, { method: 'squash', counter: client.counter })
  const path = 'regions/us-east/checkout/kustomization.yaml'
  const branches = ['multiregion/checkout/us-east/v1.5.0', 'multiregion/checkout/sweden/v1.5.0']
  const seen = await port.observe('checkout', branches, [path])
  const propose = (branch: string, parent: string) =>
    port.proposeChange({
      base: seen.base,
      parent,
      branch,
      message: 'checkout: v1.5.0',
      files: [
        { path, content: seen.read.files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }
      ],
      title: 'checkout v1.5.0',
      body: 'wave 1 of 3',
      labels: ['multiregion']
    })
  let from = sim.requests.length
  expect(await propose(branches[0]!, seen.read.sha)).toEqual({
    number: expect.any(Number),
    commitSha: expect.any(String)
  })
  // The mutation (branch, commit, PR) and the labels: the observation stood in for the read.
  expect(answered(from)).toEqual({ total: 2, creating: 2 })
  // The same observation does not stand in twice: the branch now exists, so the next open reads first.
  from = sim.requests.length
  expect(await propose(branches[0]!, seen.read.sha)).toBeUndefined()
  expect(answered(from)).toEqual({ total: 1, creating: 0 })
  // Someone else moves the base between the observation and the open: the new PR's own base says
  // so, and the train repairs the branch before anyone approves (open-pr.ts, repairStale).
  sim.push(REPO, 'main', { 'README.md': 'moved\n' }, 'carol')
  from = sim.requests.length
  expect(await propose(branches[1]!, seen.read.sha)).toMatchObject({
    number: expect.any(Number),
    staleBase: true
  })
  expect(answered(from)).toEqual({ total: 2, creating: 2 })
})

it('leaves a branch another writer moved between the read and the commit as it is, and says so', async () => {
  const port = gitHubPort(env, { method: 'squash', counter: client.counter })
  const base = await port.defaultBranch()
  const path = 'regions/us-east/checkout/kustomization.yaml'
  const read = await port.readBranch(base, [path])
  const branch = 'multiregion/checkout/us-east/v1.5.0'
  // Someone pushes to the branch just before the train's write reaches it.
  sim.raceNextRefWrite(REPO, branch, { 'regions/us-east/checkout/extra.yaml': 'theirs\n' })
  const change = {
    base,
    parent: read.sha,
    branch,
    message: 'checkout: v1.5.0 to us-east',
    files: [{ path, content: read.files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }]
  }
  const theirs = () => sim.repo(REPO).refs.get(`refs/heads/${branch}`)
  const proposal = await env.proposeChange({ ...change, title: 't', body: 'b', draft: false })
  expect(proposal.opened).toBe(false)
  expect(!proposal.opened && proposal.reason).toMatch(/already exists/)
  // Their commit is the head still: createCommitOnBranch's expectedHeadOid refused to build on it.
  const head = theirs()!
  expect(sim.repo(REPO).commit(head).message).toBe('Change by other-writer')
  expect(sim.repo(REPO).files(branch).get(path)).toContain('newTag: v1.4.2')
  // The step-by-step path then lands the edit on top of their commit, keeping it.
  const commit = await port.commitFiles(change)
  expect(sim.repo(REPO).commit(commit.commitSha).parents).toEqual([head])
  expect(sim.repo(REPO).files(branch).get('regions/us-east/checkout/extra.yaml')).toBe('theirs\n')
})

it("refuses createCommitOnBranch on a head that is not expectedHeadOid, as GitHub's STALE_DATA error", async () => {
  const base = await env.defaultBranch()
  const branch = 'multiregion/checkout/us-east/v1.5.0'
  const main = sim.repo(REPO).refs.get('refs/heads/main')!
  sim.push(REPO, branch, { 'a.txt': 'a\n' })
  const moved = sim.repo(REPO).refs.get(`refs/heads/${branch}`)!
  await expect(
    client.octokit.graphql(
      `mutation($branch: CommittableBranch!, $oid: GitObjectID!) {
        createCommitOnBranch(input: { branch: $branch, expectedHeadOid: $oid, message: { headline: "x" }, fileChanges: { additions: [{ path: "b.txt", contents: "Yg==" }] } }) { commit { oid } }
      }`,
      { branch: { repositoryNameWithOwner: REPO, branchName: branch }, oid: main }
    )
  ).rejects.toThrow(`Expected branch to point to "${main}" but it did not. Pull and try again.`)
  expect(sim.repo(REPO).refs.get(`refs/heads/${branch}`)).toBe(moved)
  expect(base).toBe('main')
})

it("observes an open PR with a token that cannot read checks, as promote's, without failing", async () => {
  sim.withoutChecksPermission()
  const port = gitHubPort(env, { method: 'squash', counter: client.counter })
  const base = await port.defaultBranch()
  const path = 'regions/us-east/checkout/kustomization.yaml'
  const read = await port.readBranch(base, [path])
  await port.proposeChange({
    base,
    parent: read.sha,
    branch: 'multiregion/checkout/us-east/v1.5.0',
    message: 'checkout: v1.5.0 to us-east',
    files: [{ path, content: read.files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }],
    title: 'checkout v1.5.0 to us-east',
    body: 'wave 1 of 3',
    labels: ['multiregion', 'multiregion:checkout']
  })
  // Nobody approved yet: the gate needs no checks, and the refused rollup fails nothing.
  const [pull] = await port.trainPulls('checkout')
  expect(pull).toMatchObject({ state: 'open', checks: 'success', reviews: [] })
  expect(sim.requests.filter(r => r.operation === 'checks/list-for-ref')).toEqual([])
})

it("starts a wait's record in two requests and ends it (the deployment's final state and the PR's marker) in one mutation, counted at the simulator", async () => {
  const port = gitHubPort(env, { method: 'squash', counter: client.counter })
  const base = await port.defaultBranch()
  const path = 'regions/us-east/checkout/kustomization.yaml'
  const read = await port.readBranch(base, [path])
  const opened = await port.proposeChange({
    base,
    parent: read.sha,
    branch: 'multiregion/checkout/us-east/v1.5.0',
    message: 'checkout: v1.5.0 to us-east',
    files: [{ path, content: read.files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }],
    title: 'checkout v1.5.0 to us-east',
    body: 'wave 1 of 3',
    labels: ['multiregion', 'multiregion:checkout']
  })
  const number = (opened as { number: number }).number
  // The port names the PR by the node id its observation read.
  await port.trainPulls('checkout')
  let from = sim.requests.length
  // The deployment, then its first state with the merge's record on the PR and a look for a twin: two requests.
  const { id } = await port.createDeployment({
    ref: read.sha,
    environment: 'checkout-us-east',
    description: `promotion PR #${number}`,
    status: { state: 'in_progress', description: 'waiting for Argo CD' },
    record: { pr: number, body: 'wave 1 of 3, merged' }
  })
  expect(answered(from)).toEqual({ total: 2, creating: 2 })
  expect(sim.repo(REPO).pulls.get(number)!.body).toBe('wave 1 of 3, merged')
  from = sim.requests.length
  await port.recordOutcome({
    deployment: id,
    state: 'success',
    description: 'synced and Healthy',
    pr: number,
    body: 'wave 1 of 3, healthy'
  })
  expect(answered(from)).toEqual({ total: 1, creating: 1 })
  const [deployment] = sim.repo(REPO).deployments
  expect(deployment!.statuses.map(s => [s.state, s.description])).toEqual([
    ['in_progress', 'waiting for Argo CD'],
    ['success', 'synced and Healthy']
  ])
  const pull = sim.repo(REPO).pulls.get(number)!
  expect(pull.body).toBe('wave 1 of 3, healthy')
  // GitHub records who edited the body last: the toolkit itself, so the marker stays its own.
  expect(pull.editor).toBe(sim.viewerLogin)
})

it('records a deployment another run created, or a PR this process never read, in a request each', async () => {
  const port = gitHubPort(env, { method: 'squash', counter: client.counter })
  const sha = sim.repo(REPO).refs.get('refs/heads/main')!
  sim.push(REPO, 'feature/x', { 'x.txt': 'x\n' }, 'carol')
  const number = sim.openPull(REPO, 'feature/x', { user: 'carol' })
  const made = await env.createDeployment({
    ref: sha,
    environment: 'checkout-us-east',
    description: 'another run',
    payload: {}
  })
  const from = sim.requests.length
  await port.recordOutcome({
    deployment: made.id,
    state: 'failure',
    description: 'degraded',
    pr: number,
    body: 'recorded'
  })
  expect(answered(from)).toEqual({ total: 2, creating: 2 })
  expect(sim.repo(REPO).deployments[0]!.statuses.map(s => s.state)).toEqual(['failure'])
  expect(sim.repo(REPO).pulls.get(number)!.body).toBe('recorded')
})

it("keeps one deployment per commit and environment when two runs record the same merge: the second sees the first's in its first status's own request", async () => {
  const sha = sim.repo(REPO).refs.get('refs/heads/main')!
  const first = gitHubPort(env, { method: 'squash', counter: client.counter })
  const second = gitHubPort(env, { method: 'squash', counter: client.counter })
  const input = {
    ref: sha,
    environment: 'checkout-us-east',
    description: 'promotion PR #1',
    status: { state: 'in_progress' as const, description: 'waiting for Argo CD' }
  }
  const a = await first.createDeployment(input)
  let from = sim.requests.length
  const b = await second.createDeployment(input)
  // Create and first status with the look, then (only because of the twin) inactive, delete, and the status on the kept one.
  expect(answered(from)).toEqual({ total: 5, creating: 5 })
  expect(b).toEqual(a)
  expect(sim.repo(REPO).deployments.map(d => [d.id, d.environment])).toEqual([
    [a.id, 'checkout-us-east']
  ])
  // Another environment's deployment of the same commit is no twin.
  from = sim.requests.length
  const c = await second.createDeployment({ ...input, environment: 'checkout-sweden' })
  expect(c.id).not.toBe(a.id)
  expect(answered(from)).toEqual({ total: 2, creating: 2 })
})

describe("the observation reads the gate of the release's own open PRs", () => {
  const path = 'regions/us-east/checkout/kustomization.yaml'
  const branch = 'multiregion/checkout/us-east/v1.5.0'
  const open = async (port: ReturnType<typeof gitHubPort>) => {
    const base = await port.defaultBranch()
    const read = await port.readBranch(base, [path])
    const opened = await port.proposeChange({
      base,
      parent: read.sha,
      branch,
      message: 'checkout: v1.5.0 to us-east',
      files: [{ path, content: read.files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }],
      title: 'checkout v1.5.0 to us-east',
      body: 'wave 1 of 3',
      labels: ['multiregion', 'multiregion:checkout']
    })
    return opened as { number: number; commitSha: string }
  }

  it('in the one query: reviews, who can push, checks, rules and the head files, with a failing required check seen as failing', async () => {
    const port = gitHubPort(env, { method: 'squash', counter: client.counter })
    const { number, commitSha } = await open(port)
    sim.addRuleset(REPO, { requiredChecks: ['ci/validate'] })
    sim.setCheck(REPO, commitSha, 'ci/validate', 'completed', 'failure')
    sim.approve(REPO, number, 'alice')
    const from = sim.requests.length
    const seen = await port.observe('checkout', [branch], [path], () => [path])
    const pull = seen.pulls.find(p => p.number === number)!
    expect(pull).toMatchObject({
      checks: 'failure',
      headFiles: new Map([[path, expect.stringContaining('newTag: v1.5.0')]])
    })
    expect(pull.reviews).toEqual([
      expect.objectContaining({ author: 'alice', permission: 'write' })
    ])
    // The observation, the branch's commits and classic protection's checks (REST only): nothing else.
    expect(
      sim.requests
        .slice(from)
        .map(r => r.operation)
        .sort()
    ).toEqual(['graphql', 'pulls/list-commits', 'repos/get-branch'])
  })

  it("reads the gate on its own where GitHub refuses the checks to the token (promote's), and fails nothing", async () => {
    const port = gitHubPort(env, { method: 'squash', counter: client.counter })
    const { number } = await open(port)
    sim.withoutChecksPermission()
    const from = sim.requests.length
    const seen = await port.observe('checkout', [branch], [path], () => [path])
    // The observation, then the PR's gate read on its own (gate-evidence.ts), which leaves the refused checks unknown.
    expect(
      sim.requests
        .slice(from)
        .map(r => r.operation)
        .sort()
    ).toEqual(['graphql', 'graphql', 'pulls/list-commits'])
    // Nobody approved yet: the gate needs no checks, and a refused rollup is never read as "none".
    expect(seen.pulls.find(p => p.number === number)).toMatchObject({ state: 'open', reviews: [] })
    expect(sim.requests.filter(r => r.operation === 'checks/list-for-ref')).toEqual([])
  })
})
