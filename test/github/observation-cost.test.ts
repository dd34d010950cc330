import { expect, it } from '@jest/globals'
import { reconcileTrain, trainStatus } from '../../src/commands/train.js'
import type { Observed } from '../../src/train/decide.js'
import { branchName } from '../../src/train/names.js'
import type { GitHubSimulator } from '../simulators/github/simulator.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

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
