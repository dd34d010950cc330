import { describe, expect, it } from '@jest/globals'
import { manualRollback, reconcileTrain, startTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

const MIN = 60_000
let harness: TrainHarness | undefined
stopHarnessesAfterEach()

/** Runs reconcile the way workflow runs would, with approvals given and bake time passing between runs. */
async function drive(h: TrainHarness, release = 'v1.5.0', runs = 12): Promise<TrainRun> {
  let run = await reconcileTrain(h.ctx, release)
  for (
    let i = 0;
    i < runs && run.decision.state !== 'done' && run.decision.state !== 'halted';
    i++
  ) {
    h.approveAll('alice', 'bob')
    h.clock.advance(11 * MIN)
    run = await reconcileTrain(h.ctx, release)
  }
  return run
}

function pulls(h: TrainHarness) {
  return [...h.github.repo(REPO).pulls.values()].map(p => ({
    number: p.number,
    marker: decodeMarker(p.body),
    state: p.state,
    merged: p.mergedAt !== null,
    labels: p.labels,
    head: p.head
  }))
}

function fileOnMain(h: TrainHarness, path: string): string {
  return h.github.repo(REPO).files('main').get(path) ?? ''
}

describe('the train over the GitHub and Argo CD simulators', () => {
  it('takes a 4-region release in 3 waves from release to all healthy', async () => {
    harness = await TrainHarness.start()
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    expect(pulls(harness).map(p => [p.marker?.region, p.merged, p.marker?.outcome])).toEqual([
      ['us-east', true, 'healthy'],
      ['sweden', true, 'healthy'],
      ['china', true, 'healthy']
    ])
    for (const region of ['us-east', 'us-west', 'sweden', 'china'])
      expect(fileOnMain(harness, `regions/${region}/checkout/kustomization.yaml`)).toMatch(
        /newTag: ['"]?v1\.5\.0/
      )
    // Promotion commits were made without author or committer, so GitHub signs them.
    const deployments = harness.github
      .repo(REPO)
      .deployments.map(d => [d.environment, d.statuses.at(-1)?.state])
    expect(deployments).toEqual([
      ['checkout-us-east', 'success'],
      ['checkout-sweden', 'success'],
      ['checkout-china', 'success']
    ])
  })

  it('does not count an approval on an old head commit or a self-approval', async () => {
    harness = await TrainHarness.start()
    await reconcileTrain(harness.ctx, 'v1.5.0')
    const [pr] = pulls(harness)
    const oldHead = harness.github.repo(REPO).pulls.get(pr!.number)!.headSha
    harness.github.approve(REPO, pr!.number, 'alice', oldHead)
    // carol pushes a commit that changes nothing: the head moves, its content stays the plan.
    harness.github.push(REPO, pr!.head, {}, 'carol')
    harness.github.approve(REPO, pr!.number, 'multiregion[bot]')
    // A minute later the train puts its branch back (carol's commit is not its own): a new commit.
    harness.clock.advance(60_000)
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(run.decision.actions).toEqual([
      expect.objectContaining({ type: 'wait', reason: expect.stringContaining('0 of 1 approvals') })
    ])
    expect(pulls(harness)[0]!.merged).toBe(false)
  })

  it('rolls the earlier regions back in reverse wave order when region 3 goes Degraded', async () => {
    harness = await TrainHarness.start()
    harness.script.set('china', ['degraded'])
    const end = await drive(harness)
    expect(end.decision.state).toBe('halted')
    const rollbacks = pulls(harness).filter(p => p.marker?.kind === 'rollback')
    expect(rollbacks.map(p => [p.marker?.region, p.merged, p.marker?.outcome])).toEqual([
      ['china', true, 'healthy'],
      ['sweden', true, 'healthy'],
      ['us-east', true, 'healthy']
    ])
    expect(rollbacks.map(p => p.number)).toEqual(
      [...rollbacks.map(p => p.number)].sort((a, b) => a - b)
    )
    expect(fileOnMain(harness, 'regions/us-east/checkout/kustomization.yaml')).toContain(
      'newTag: v1.4.2'
    )
    expect(
      pulls(harness).find(p => p.marker?.kind === 'promotion' && p.marker.region === 'china')!
        .labels
    ).toContain('multiregion:bad-release')
    // The bad release is refused from now on.
    const again = await startTrain(harness.ctx, 'v1.5.0')
    expect(again.decision.state).toBe('halted')
  })

  // Ten whole trains over real HTTP: longer than the default minute on a busy machine.
  it('ends in the same state with no duplicates when a run is killed before each write and run again', async () => {
    harness = await TrainHarness.start()
    await drive(harness)
    const reference = pulls(harness).map(p => [p.head, p.merged, p.marker?.outcome])
    const writes = harness.portWrites
    await harness.stop()
    expect(harness.github.violations).toEqual([])
    harness = undefined
    // Kill points spread over the whole train; every one must resume to the same end.
    const points = [0, 1, 2, 3, 5, 8, 13, Math.floor(writes / 2), writes - 1]
    for (const kill of [...new Set(points.filter(point => point < writes))]) {
      harness = await TrainHarness.start()
      harness.writesBeforeKill = kill
      await expect(drive(harness)).rejects.toThrow(/killed before/)
      harness.writesBeforeKill = undefined
      const end = await drive(harness)
      expect(end.decision.state).toBe('done')
      expect(pulls(harness).map(p => [p.head, p.merged, p.marker?.outcome])).toEqual(reference)
      expect(
        new Set(harness.github.repo(REPO).deployments.map(d => `${d.environment}@${d.sha}`)).size
      ).toBe(harness.github.repo(REPO).deployments.length)
      await harness.stop()
      expect(harness.github.violations).toEqual([])
      harness = undefined
    }
    // Ten whole trains: on a busy 2-core machine this outlasts the default minute.
  }, 300_000)

  it('lets two racing trains of the same service end with one PR per region and release', async () => {
    harness = await TrainHarness.start()
    await Promise.all([startTrain(harness.ctx, 'v1.5.0'), startTrain(harness.ctx, 'v1.5.0')])
    expect(pulls(harness).filter(p => p.state === 'open')).toHaveLength(1)
    await startTrain(harness.ctx, 'v1.6.0')
    const open = pulls(harness).filter(p => p.state === 'open')
    expect(open.map(p => [p.marker?.release, p.marker?.region])).toEqual([['v1.6.0', 'us-east']])
  })

  it('waits for Argo CD when it cannot be reached, then halts without promoting further', async () => {
    const unreachable = await import('../simulators/argocd/server.js').then(m =>
      m.ArgoCDSimulator.unreachableURL()
    )
    const manifest = (await import('node:fs'))
      .readFileSync(
        new URL('../../fixtures/services/checkout/multiregion.yaml', import.meta.url),
        'utf8'
      )
      .replace('timeout: 30m', 'timeout: 2m')
    harness = await TrainHarness.start({
      manifest,
      argoServer: (region, sim) => (region === 'us-east' ? unreachable : sim.url)
    })
    const end = await drive(harness)
    expect(end.decision).toEqual({
      state: 'halted',
      actions: [
        { type: 'halt', reason: expect.stringContaining('never promotes on unknown health') }
      ]
    })
    expect(pulls(harness).map(p => [p.marker?.region, p.marker?.outcome])).toEqual([
      ['us-east', 'unreachable']
    ])
    expect(harness.github.repo(REPO).deployments.at(-1)?.statuses.at(-1)?.state).toBe('error')
  })

  it('rides out GitHub 5xx bursts and secondary rate limits', async () => {
    harness = await TrainHarness.start()
    harness.github.failNext(2, { status: 502 })
    await reconcileTrain(harness.ctx, 'v1.5.0')
    harness.github.rateLimitNext(1, { status: 403, retryAfterSeconds: 1 })
    harness.github.failNext(1, { status: 503, method: 'PUT' })
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    expect(harness.github.requests.filter(r => r.fault).length).toBeGreaterThanOrEqual(4)
  })

  it('rolls one region back by hand to the version before', async () => {
    harness = await TrainHarness.start()
    await drive(harness)
    expect(await manualRollback(harness.ctx, 'sweden')).toMatch(
      /^opened rollback PR #\d+ for sweden to v1\.4\.2$/
    )
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(run.done).toEqual([
      expect.stringMatching(/^merged rollback PR #\d+ for sweden$/),
      expect.stringMatching(/^sweden: healthy/)
    ])
    expect(fileOnMain(harness, 'regions/sweden/checkout/kustomization.yaml')).toContain(
      "newTag: 'v1.4.2'"
    )
  })
})
