import { beforeEach, describe, expect, it } from '@jest/globals'
import { filesToRead } from '../../src/gitops/layout.js'
import {
  latestRelease,
  manualRollback,
  reconcileTrain,
  startTrain
} from '../../src/commands/train.js'
import type { TrainContext } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { FakeArgo, FakeClock, FakeGitHub } from '../support/fake-train-ports.js'
import { fixturePlatform, fixtureService } from '../support/fixtures.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadService } from '../../src/manifest/load.js'
import { SERVICES } from '../support/paths.js'

const service = fixtureService('checkout')
const platform = fixturePlatform()
const MIN = 60_000

let github: FakeGitHub
let argo: FakeArgo
let clock: FakeClock
let ctx: TrainContext

beforeEach(() => {
  github = FakeGitHub.fromFixture(filesToRead(platform, 'checkout', service.regions))
  argo = new FakeArgo()
  clock = new FakeClock()
  ctx = { service, platform, github, argo, clock, mergeMode: 'merge' }
})

/** Drives a whole train the way workflow runs would: reconcile, approvals, time passing. */
async function driveToEnd(maxRuns = 20) {
  let run = await reconcileTrain(ctx, 'v1.5.0')
  for (
    let i = 0;
    i < maxRuns && run.decision.state !== 'done' && run.decision.state !== 'halted';
    i++
  ) {
    github.approveAll('alice')
    github.approveAll('bob')
    clock.advance(11 * MIN)
    run = await reconcileTrain(ctx, 'v1.5.0')
  }
  return run
}

describe('reconcileTrain', () => {
  it('opens no PR in a region whose Application does not deploy what the train edits, once per run, and promotes once it is fixed', async () => {
    argo.setup.set('us-east', 'setup error: spec.source.path is "apps/checkout"')
    const blocked = await reconcileTrain(ctx, 'v1.5.0')
    expect(blocked.done).toEqual([
      'us-east: blocked, no PR opened: setup error: spec.source.path is "apps/checkout"'
    ])
    expect(blocked.decision).toEqual({
      state: 'waiting',
      actions: [
        {
          type: 'wait',
          region: 'us-east',
          reason: 'setup error: spec.source.path is "apps/checkout"'
        }
      ]
    })
    expect(github.pulls).toEqual([])
    argo.setup.clear()
    const fixed = await reconcileTrain(ctx, 'v1.5.0')
    expect(fixed.done).toEqual(['opened promotion PR #1 for us-east'])
  })

  it('takes a 4-region release in 3 waves from nothing to all healthy', async () => {
    const first = await reconcileTrain(ctx, 'v1.5.0')
    expect(first.done).toEqual(['opened promotion PR #1 for us-east'])
    const last = await driveToEnd()
    expect(last.decision.state).toBe('done')
    // us-west was already at v1.5.0: no PR for it.
    expect(
      github.pulls.map(p => [decodeMarker(p.body)?.region, p.merged, decodeMarker(p.body)?.outcome])
    ).toEqual([
      ['us-east', true, 'healthy'],
      ['sweden', true, 'healthy'],
      ['china', true, 'healthy']
    ])
    expect(github.branches.get('main')!.get('regions/china/checkout/kustomization.yaml')).toContain(
      'newTag: v1.5.0'
    )
    expect(argo.waits).toEqual(['us-east@merge-1', 'sweden@merge-2', 'china@merge-3'])
    expect(github.deployments.map(d => [d.environment, d.ref, d.states.join('>')])).toEqual([
      ['checkout-us-east', 'merge-1', 'in_progress>success'],
      ['checkout-sweden', 'merge-2', 'in_progress>success'],
      ['checkout-china', 'merge-3', 'in_progress>success']
    ])
  })

  it('changes nothing when run again on a finished train', async () => {
    await driveToEnd()
    const writes = github.writes
    const again = await reconcileTrain(ctx, 'v1.5.0')
    expect(again.done).toEqual([])
    expect(github.writes).toBe(writes)
  })

  it('ends in the same state when a run is killed at every write and run again', async () => {
    const reference = await driveToEnd()
    const expected = github.pulls.map(p => ({
      head: p.head,
      merged: p.merged,
      outcome: decodeMarker(p.body)?.outcome
    }))
    const totalWrites = github.writes
    expect(reference.decision.state).toBe('done')
    for (let kill = 1; kill <= totalWrites; kill++) {
      github = FakeGitHub.fromFixture(filesToRead(platform, 'checkout', service.regions))
      clock = new FakeClock()
      ctx = { ...ctx, github, clock }
      github.failAt = kill
      await expect(driveToEnd()).rejects.toThrow(`killed at write ${kill}`)
      github.failAt = undefined
      const resumed = await driveToEnd()
      expect(resumed.decision.state).toBe('done')
      expect(
        github.pulls.map(p => ({
          head: p.head,
          merged: p.merged,
          outcome: decodeMarker(p.body)?.outcome
        }))
      ).toEqual(expected)
      expect(new Set(github.deployments.map(d => `${d.environment}@${d.ref}`)).size).toBe(
        github.deployments.length
      )
    }
  })

  it('does not merge on a self-approval or an approval of an older commit', async () => {
    await reconcileTrain(ctx, 'v1.5.0')
    const pr = github.pull(1)
    pr.reviews.push(
      { author: 'multiregion[bot]', state: 'APPROVED', commitId: pr.headSha, submittedAt: 1 },
      { author: 'alice', state: 'APPROVED', commitId: 'an-older-commit', submittedAt: 2 }
    )
    const run = await reconcileTrain(ctx, 'v1.5.0')
    expect(pr.merged).toBe(false)
    expect(run.decision.actions).toEqual([
      expect.objectContaining({ type: 'wait', reason: expect.stringContaining('0 of 1 approvals') })
    ])
  })

  it('rolls back every promoted region in reverse wave order when the last wave goes Degraded, and refuses the release afterwards', async () => {
    argo.script.set('china', ['degraded'])
    const halted = await driveToEnd()
    expect(halted.decision.state).toBe('halted')
    const rollbacks = github.pulls.filter(p => decodeMarker(p.body)?.kind === 'rollback')
    expect(rollbacks.map(p => [decodeMarker(p.body)?.region, p.merged])).toEqual([
      ['china', true],
      ['sweden', true],
      ['us-east', true]
    ])
    // The order they merged in: later waves first.
    expect(argo.waits.slice(3)).toEqual(['china@merge-4', 'sweden@merge-5', 'us-east@merge-6'])
    expect(
      github.branches.get('main')!.get('regions/sweden/checkout/kustomization.yaml')
    ).toContain("newTag: 'v1.4.2'")
    expect(
      github.pulls.find(
        p => decodeMarker(p.body)?.region === 'china' && decodeMarker(p.body)?.kind === 'promotion'
      )!.labels
    ).toContain('multiregion:bad-release')
  })

  it('opens a manual rollback PR to the version before the last promotion', async () => {
    await driveToEnd()
    expect(await manualRollback(ctx, 'sweden')).toBe('opened rollback PR #4 for sweden to v1.4.2')
    const run = await reconcileTrain(ctx, 'v1.5.0')
    expect(run.done).toEqual([
      'merged rollback PR #4 for sweden',
      'sweden: healthy (scripted healthy)'
    ])
    expect(
      github.branches.get('main')!.get('regions/sweden/checkout/kustomization.yaml')
    ).toContain("newTag: 'v1.4.2'")
  })

  it('merges a manual rollback opened outside any train, from a reconcile run with no release', async () => {
    // No train has run: sweden never ran v1.4.1, so the rollback needs its promotion approvals (2).
    expect(await manualRollback(ctx, 'sweden', 'v1.4.1')).toBe(
      'opened rollback PR #1 for sweden to v1.4.1; sweden never ran v1.4.1, so it needs 2 approvals, as a promotion there does'
    )
    const release = await latestRelease(ctx)
    expect(release).toBe('v1.4.2')
    const waiting = await reconcileTrain(ctx, release!)
    expect(waiting.done).toEqual([])
    github.approveAll('alice')
    github.approveAll('bob')
    const run = await reconcileTrain(ctx, release!)
    expect(run.done).toEqual([
      'merged rollback PR #1 for sweden',
      'sweden: healthy (scripted healthy)'
    ])
    expect(github.pulls).toHaveLength(1)
  })

  it('skips a region for a train and brings it back when a person reopens its PR', async () => {
    const started = await startTrain(ctx, 'v1.5.0', ['sweden'])
    expect(started.done[0]).toMatch(/^skipped sweden \(PR #\d+\)$/)
    const end = await driveToEnd()
    expect(end.decision.state).toBe('done')
    const sweden = github.pulls.find(p => decodeMarker(p.body)?.region === 'sweden')!
    expect([sweden.state, sweden.merged, sweden.labels]).toEqual([
      'closed',
      false,
      ['multiregion', 'multiregion:checkout', 'multiregion:skipped']
    ])
    expect(
      github.branches.get('main')!.get('regions/sweden/checkout/kustomization.yaml')
    ).toContain("newTag: 'v1.4.2'")
    sweden.state = 'open'
    sweden.labels = sweden.labels.filter(l => l !== 'multiregion:skipped')
    github.approveAll('alice')
    github.approveAll('bob')
    const back = await reconcileTrain(ctx, 'v1.5.0')
    expect(back.decision.state).toBe('done')
    expect(sweden.merged).toBe(true)
  })

  it('lets a newer release supersede an older train instead of racing it', async () => {
    await startTrain(ctx, 'v1.5.0')
    const newer = await startTrain(ctx, 'v1.6.0')
    expect(newer.done).toEqual([
      'closed PR #1 (v1.5.0 in us-east): superseded by v1.6.0',
      'opened promotion PR #2 for us-east'
    ])
    expect(github.pull(1).labels).toContain('multiregion:superseded')
    const older = await reconcileTrain(ctx, 'v1.5.0')
    expect(older.decision).toEqual({
      state: 'halted',
      actions: [
        {
          type: 'halt',
          reason: "a newer release's train took over us-east; v1.5.0 promotes no further"
        }
      ]
    })
    expect(older.done).toEqual([])
  })

  it('refuses to skip a region the service does not have', async () => {
    await expect(startTrain(ctx, 'v1.5.0', ['mars'])).rejects.toThrow(
      'Cannot skip mars: not a region of checkout'
    )
  })

  it('halts when Argo CD is unreachable and waits again, with a fresh timeout, when resumed', async () => {
    argo.script.set('us-east', ['unreachable'])
    await reconcileTrain(ctx, 'v1.5.0')
    github.approveAll('alice')
    const halted = await reconcileTrain(ctx, 'v1.5.0')
    expect(halted.decision).toEqual({
      state: 'halted',
      actions: [
        { type: 'halt', reason: expect.stringContaining('never promotes on unknown health') }
      ]
    })
    expect(github.pulls).toHaveLength(1)
    clock.advance(60 * MIN)
    const resumed = await reconcileTrain(ctx, 'v1.5.0', { resume: true })
    expect(resumed.done).toEqual([
      'resumed the Argo CD wait of us-east (PR #1)',
      'us-east: healthy (scripted healthy)'
    ])
    expect(argo.deadlines.at(-1)).toBe(clock.now() + 1800 * 1000)
  })

  it("raises a joining region's DNS weight one wave at a time, each step a PR of its own", async () => {
    const text = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8').replace(
      'policy: latency       # failover | weighted | geolocation',
      'policy: weighted\n    weights: { us-east: 200, us-west: 200, sweden: 200, china: 200 }\n    shift: [10, 50, 100]'
    )
    const weighted = loadService(text, 'fixtures/services/checkout/multiregion.yaml').value!
    ctx = { ...ctx, service: weighted }
    const end = await driveToEnd()
    expect(end.decision.state).toBe('done')
    const prs = github.pulls
      .map(p => decodeMarker(p.body)!)
      .map(m => [m.region, m.wave, m.step ?? 0])
    expect(prs).toEqual([
      ['us-east', 1, 0],
      ['us-east', 2, 1],
      ['us-west', 2, 0],
      ['sweden', 2, 0],
      ['us-east', 3, 2],
      ['us-west', 3, 1],
      ['sweden', 3, 1],
      ['china', 3, 0]
    ])
    const weight = (region: string) =>
      /aws-weight: "(\d+)"/.exec(
        github.branches.get('main')!.get(`regions/${region}/checkout/service.yaml`)!
      )?.[1]
    expect(['us-east', 'us-west', 'sweden', 'china'].map(weight)).toEqual([
      '200',
      '100',
      '100',
      '20'
    ])
    expect(github.pulls.find(p => decodeMarker(p.body)?.step === 2)!.title).toBe(
      "Raise checkout's DNS weight in us-east (step 2 of the v1.5.0 train)"
    )
  })
})
