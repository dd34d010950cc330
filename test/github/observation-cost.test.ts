import { expect, it } from '@jest/globals'
import { latestRelease, reconcileTrain, trainStatus } from '../../src/commands/train.js'
import { encodeMarker } from '../../src/train/marker.js'
import type { Observed } from '../../src/train/decide.js'
import { branchName } from '../../src/train/names.js'
import type { GitHubSimulator } from '../simulators/github/simulator.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { REPO, TrainHarness } from '../support/train-harness.js'
import { testMarker } from '../support/marker.js'

/**
 * What one observation of a train costs, in requests, must not grow with
 * the environments repository's pull request history: a busy repository
 * gathers thousands of closed PRs of people and of other services' trains,
 * and the train reads its state every round of every run.
 */

const MIN = 60_000
let harness: TrainHarness | undefined
stopHarnessesAfterEach()

/** One observation (what reconcile reads every round), and the requests it took. */
async function observe(h: TrainHarness): Promise<{ requests: number; observed: Observed }> {
  const before = h.ctx.github.requestCount()
  const { observed } = await trainStatus(h.ctx, 'v1.5.0')
  return { requests: h.ctx.github.requestCount() - before, observed }
}

/**
 * `people` closed PRs of people on their own branches, and `trains` closed
 * PRs of another service's train, opened by the same App on its branches
 * and labelled for that service, as the toolkit opens them.
 */
function closedHistory(sim: GitHubSimulator, people: number, trains: number): void {
  sim.push(REPO, 'feature/docs', { 'README.md': 'docs\n' }, 'carol')
  for (let i = 0; i < people; i++) {
    const number = sim.openPull(REPO, 'feature/docs', { user: 'carol', title: `docs ${i}` })
    sim.closePull(REPO, number)
  }
  for (let i = 0; i < trains; i++) {
    const branch = branchName('promotion', 'payments', 'us-east', `v2.${i}.0`)
    sim.push(REPO, branch, { 'regions/us-east/payments/kustomization.yaml': `# v2.${i}.0\n` })
    const number = sim.openPull(REPO, branch, {
      user: 'multiregion[bot]',
      labels: ['multiregion', 'multiregion:payments']
    })
    sim.closePull(REPO, number)
  }
}

it('observes a train in as many requests with 1,000 closed PRs of others as with none', async () => {
  harness = await TrainHarness.start()
  // Wave 1 merged and healthy (the train's own closed history), wave 2's PR open.
  await reconcileTrain(harness.ctx, 'v1.5.0')
  harness.approveAll('alice', 'bob')
  harness.clock.advance(11 * MIN)
  await reconcileTrain(harness.ctx, 'v1.5.0')
  harness.clock.advance(11 * MIN)
  await reconcileTrain(harness.ctx, 'v1.5.0')
  const quiet = await observe(harness)
  expect(quiet.observed.regions.find(r => r.region === 'us-east')?.promotion).toMatchObject({
    state: 'merged',
    marker: { outcome: 'healthy' }
  })
  expect(quiet.observed.regions.find(r => r.region === 'sweden')?.promotion?.state).toBe('open')

  closedHistory(harness.github, 1000, 30)
  const busy = await observe(harness)
  expect(busy.observed).toEqual(quiet.observed)
  expect(busy.requests).toBe(quiet.requests)
})

/** `count` closed promotion PRs of checkout's own earlier trains, as the toolkit leaves them. */
function ownHistory(sim: GitHubSimulator, count: number): void {
  for (let i = 0; i < count; i++) {
    const release = `v0.${i}.0`
    const branch = branchName('promotion', 'checkout', 'us-east', release)
    sim.push(REPO, branch, { 'regions/us-east/checkout/old.yaml': `# ${release}\n` })
    const number = sim.openPull(REPO, branch, {
      user: 'multiregion[bot]',
      labels: ['multiregion', 'multiregion:checkout']
    })
    sim.repo(REPO).pulls.get(number)!.body = encodeMarker(
      testMarker({ release, to: release, from: null })
    )
    sim.closePull(REPO, number)
  }
}

/** The requests of an idle reconcile (the scheduled run, no release given) after checkout's train of v1.5.0 is done. */
async function idleReconcile(history: number): Promise<{ requests: number; observed: Observed }> {
  const h = await TrainHarness.start()
  ownHistory(h.github, history)
  let run = await reconcileTrain(h.ctx, 'v1.5.0')
  for (let i = 0; i < 12 && run.decision.state !== 'done'; i++) {
    h.approveAll('alice', 'bob')
    h.clock.advance(11 * MIN)
    run = await reconcileTrain(h.ctx, 'v1.5.0')
  }
  expect(run.decision.state).toBe('done')
  const before = h.ctx.github.requestCount()
  const release = await latestRelease(h.ctx)
  expect(release).toBe('v1.5.0')
  const idle = await reconcileTrain(h.ctx, release!)
  const requests = h.ctx.github.requestCount() - before
  await h.stop()
  return { requests, observed: idle.observed }
}

it("costs an idle reconcile as many requests with 1,000 closed PRs of the service's own history as with none", async () => {
  const fresh = await idleReconcile(0)
  const long = await idleReconcile(1000)
  const outcomes = (o: Observed) =>
    o.regions.map(r => [r.region, r.promotion?.state, r.promotion?.marker.outcome])
  expect(outcomes(long.observed)).toEqual(outcomes(fresh.observed))
  expect(long.requests).toBe(fresh.requests)
})

it("reads the gate of a wave's approved PRs with one query for their reviews, files and checks, however many PRs", async () => {
  harness = await TrainHarness.start()
  // Wave 1's PR open and approved by two people with write access.
  await reconcileTrain(harness.ctx, 'v1.5.0')
  harness.approveAll('alice', 'bob')
  const sim = harness.github
  const from = sim.requests.length
  await observe(harness)
  const perPull = ['pulls/list-reviews', 'pulls/list-files', 'checks/list-for-ref']
  const answered = sim.requests.slice(from)
  // Reviews, changed files and check runs of every open PR come from the one gate query, not REST per PR.
  expect(answered.filter(r => perPull.includes(r.operation))).toEqual([])
  expect(answered.filter(r => r.operation === 'repos/list-commit-statuses-for-ref')).toEqual([])
  // What is left on REST: the base's merge rules, each approver's permission and the PR's commits.
  expect(answered.filter(r => r.operation === 'pulls/list-commits')).toHaveLength(1)
  expect(answered.filter(r => r.operation === 'pulls/get')).toEqual([])
  expect(answered.filter(r => r.operation === 'repos/get-commit')).toEqual([])
})
