import { afterEach, expect, it } from '@jest/globals'
import { reconcileTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

/**
 * A region's whole promotion as GitHub counts it (branch, commit, PR, gate
 * reads, merge, marker, deployment record, and every look of every
 * reconcile run), at the simulator: the train of the checkout fixture run to
 * its end, reconcile run after reconcile run, approvals given and bake time
 * passing between runs, as `npm run bench:train` runs it.
 */

let harness: TrainHarness | undefined

afterEach(async () => {
  await harness?.stop()
  harness = undefined
})

it("promotes each region in at most 10 GitHub requests, 6 of them content-creating, every run's looks included", async () => {
  harness = await TrainHarness.start()
  const sim = harness.github
  let run: TrainRun | undefined
  for (let runs = 0; runs < 16 && run?.decision.state !== 'done'; runs++) {
    if (runs > 0) {
      harness.approveAll('alice', 'bob')
      harness.clock.advance(11 * 60_000)
    }
    run = await reconcileTrain(harness.ctx, 'v1.5.0')
  }
  expect(run?.decision.state).toBe('done')
  const promotions = [...sim.repo(REPO).pulls.values()].filter(
    p => decodeMarker(p.body)?.kind === 'promotion'
  )
  // us-west already runs v1.5.0: three regions are promoted, each merged and recorded healthy.
  expect(
    promotions.map(p => [
      decodeMarker(p.body)?.region,
      p.mergedAt !== null,
      decodeMarker(p.body)?.outcome
    ])
  ).toEqual([
    ['us-east', true, 'healthy'],
    ['sweden', true, 'healthy'],
    ['china', true, 'healthy']
  ])
  const creating = sim.requests.filter(
    r => r.method !== 'GET' && (r.operation !== 'graphql' || r.mutation)
  )
  expect(sim.requests.length / promotions.length).toBeLessThanOrEqual(10)
  expect(creating.length / promotions.length).toBeLessThanOrEqual(6)
  // Each region's deployment ends recorded, its marker beside it, and every request as GitHub describes it.
  for (const region of ['us-east', 'sweden', 'china'])
    expect(
      sim
        .repo(REPO)
        .deployments.filter(d => d.environment === `checkout-${region}`)
        .map(d => d.statuses.map(s => s.state))
    ).toEqual([['in_progress', 'success']])
  expect(sim.violations).toEqual([])
})
