import { afterEach, expect, it } from '@jest/globals'
import { reconcileTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

/**
 * Someone else changes a region's files after the train looked and before
 * it opens the region's PR (here, while it checks the Application): the
 * train must not merge an edit planned from the older files, and must not
 * lose the other change either.
 */

let harness: TrainHarness | undefined

afterEach(async () => {
  await harness?.stop()
  harness = undefined
})

it('puts back a PR opened on a base someone changed between the look and the open, and merges both changes', async () => {
  harness = await TrainHarness.start()
  const sim = harness.github
  const path = 'regions/us-east/checkout/kustomization.yaml'
  const checkApplication = harness.ctx.argo.checkApplication
  let pushed = false
  // The platform team changes us-east's kustomization while the train checks its Application, after the look.
  harness.ctx.argo = {
    ...harness.ctx.argo,
    checkApplication: async input => {
      const problem = await checkApplication(input)
      if (!pushed && input.region === 'us-east') {
        pushed = true
        const text = sim.repo(REPO).files('main').get(path)!
        sim.push(
          REPO,
          'main',
          { [path]: `${text}commonLabels:\n  team: payments\n` },
          'platform-team'
        )
      }
      return problem
    }
  }
  let run: TrainRun | undefined
  for (let runs = 0; runs < 16 && run?.decision.state !== 'done'; runs++) {
    if (runs > 0) {
      harness.approveAll('alice', 'bob')
      harness.clock.advance(11 * 60_000)
    }
    run = await reconcileTrain(harness.ctx, 'v1.5.0')
  }
  expect(pushed).toBe(true)
  expect(run?.decision.state).toBe('done')
  const usEast = [...sim.repo(REPO).pulls.values()].find(
    p => decodeMarker(p.body)?.region === 'us-east'
  )!
  expect(usEast.mergedAt).not.toBeNull()
  // Both changes are on main: the platform team's label and the new pin, neither lost.
  const merged = sim.repo(REPO).files('main').get(path)!
  expect(merged).toContain('team: payments')
  expect(merged).toContain('newTag: v1.5.0')
  expect(sim.violations).toEqual([])
})
