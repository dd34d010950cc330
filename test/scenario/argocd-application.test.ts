import { describe, expect, it } from '@jest/globals'
import { reconcileTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

/**
 * The train against Applications that do not deploy what it edits, and
 * against Argo CD keeping syncs back: what an SRE sees when the app's
 * source, branch or sync window is not what the train assumes.
 */
const MIN = 60_000
let harness: TrainHarness | undefined
stopHarnessesAfterEach()

/** Argo CD's controller left to itself would not look at git again within the test. */
const NEVER_RESYNCS = { resyncMs: 3_600_000, stepMs: 15 }

async function drive(h: TrainHarness, runs = 8): Promise<TrainRun> {
  let run = await reconcileTrain(h.ctx, 'v1.5.0')
  for (
    let i = 0;
    i < runs && run.decision.state !== 'done' && run.decision.state !== 'halted';
    i++
  ) {
    h.approveAll('alice', 'bob')
    h.clock.advance(11 * MIN)
    run = await reconcileTrain(h.ctx, 'v1.5.0')
  }
  return run
}

function pulls(h: TrainHarness) {
  return [...h.github.repo(REPO).pulls.values()].map(p => ({
    ...p,
    marker: decodeMarker(p.body)
  }))
}

function badLabels(h: TrainHarness): number {
  return pulls(h).filter(p => p.labels.includes('multiregion:bad-release')).length
}

describe('an Application that does not deploy the folder the train edits', () => {
  it('opens no PR for a region whose app renders an old folder, and names the app, field and expected value', async () => {
    // The old layout still exists, so Argo CD reports the app Synced and Healthy at any commit.
    harness = await TrainHarness.start({
      branches: { main: { 'apps/checkout-us-east/kustomization.yaml': 'resources: []\n' } },
      apps: { 'us-east': { path: 'apps/checkout-us-east' } }
    })
    const run = await drive(harness, 2)
    expect(pulls(harness)).toEqual([])
    expect(run.decision.state).toBe('waiting')
    expect(run.decision.actions).toEqual([
      {
        type: 'wait',
        region: 'us-east',
        reason: expect.stringMatching(
          /setup error: Argo CD application checkout-us-east \(region us-east\).*spec\.source\.path is "apps\/checkout-us-east", expected a folder holding regions\/us-east\/checkout\/kustomization\.yaml/
        )
      }
    ])
    expect(badLabels(harness)).toBe(0)
  })

  it('stops before the PR when the app tracks another branch, instead of timing out and rolling back', async () => {
    harness = await TrainHarness.start({
      branches: { release: { 'README.md': 'release branch\n' } },
      apps: { 'us-east': { targetRevision: 'release' } }
    })
    const run = await drive(harness, 3)
    expect(pulls(harness)).toEqual([])
    expect(run.decision.actions[0]).toMatchObject({
      type: 'wait',
      region: 'us-east',
      reason: expect.stringContaining(
        `spec.source.targetRevision is "release", expected main (the environments repository's default branch`
      )
    })
    expect(badLabels(harness)).toBe(0)
  })

  it('stops before the PR when the app renders another repository, whatever the spelling of the URL', async () => {
    harness = await TrainHarness.start({
      apps: {
        'us-east': { repoURL: 'git@github.com:acme/environments-legacy.git' },
        // The same repository spelt another way is the environments repository.
        'us-west': { repoURL: 'git@GitHub.com:Acme/environments.git' }
      }
    })
    const run = await drive(harness, 2)
    expect(pulls(harness)).toEqual([])
    expect(run.decision.actions[0]).toMatchObject({
      reason: expect.stringContaining(
        'spec.source.repoURL is "git@github.com:acme/environments-legacy.git", expected https://github.com/acme/environments'
      )
    })
  })

  it('holds a merged region whose app was changed after its PR opened: blocked, nothing recorded bad, no rollback', async () => {
    harness = await TrainHarness.start({ timing: NEVER_RESYNCS })
    const h = harness
    await reconcileTrain(h.ctx, 'v1.5.0')
    // The platform team moves the app to another branch while the PR waits for approval.
    h.github.push(REPO, 'release', { 'README.md': 'release branch\n' }, 'platform-team')
    h.argocd.patch('checkout-us-east', app => {
      app.spec!.source!.targetRevision = 'release'
    })
    h.approveAll('alice', 'bob')
    const run = await reconcileTrain(h.ctx, 'v1.5.0')
    expect(pulls(h).map(p => [p.marker?.region, Boolean(p.mergedAt), p.marker?.outcome])).toEqual([
      ['us-east', true, null]
    ])
    expect(run.decision.state).toBe('waiting')
    expect(run.decision.actions[0]).toMatchObject({
      type: 'wait',
      region: 'us-east',
      reason: expect.stringMatching(/^blocked: setup error/)
    })
    expect(badLabels(h)).toBe(0)
    const statuses = h.github.repo(REPO).deployments.at(-1)?.statuses ?? []
    expect(statuses.at(-1)).toMatchObject({
      state: 'error',
      description: expect.stringContaining('setup error')
    })
  })

  it('never records healthy for an app it could not check: reads of the Application failing at the check and the wait leave the region held, not promoted', async () => {
    // The old layout still exists, so Argo CD reports the app Synced and Healthy at any commit,
    // and while GET /applications/{name} fails the watch stream still reports it.
    harness = await TrainHarness.start({
      branches: { main: { 'apps/checkout-us-east/kustomization.yaml': 'resources: []\n' } },
      apps: { 'us-east': { path: 'apps/checkout-us-east' } }
    })
    const h = harness
    h.argocd.faults.getStatus = 503
    const run = await drive(h, 3)
    expect(
      pulls(h)
        .map(p => p.marker?.outcome)
        .filter(o => o === 'healthy')
    ).toEqual([])
    expect(run.decision.state).not.toBe('done')
    expect(JSON.stringify(run.decision.actions)).toMatch(/setup error/)
    expect(badLabels(h)).toBe(0)
  })
})

describe('Applications Argo CD renders in other ways', () => {
  it('promotes through a multi-source app whose chart comes from elsewhere and values from the region folder', async () => {
    harness = await TrainHarness.start({
      apps: {
        'us-east': {
          sources: [
            { repoURL: 'https://charts.example.com', chart: 'checkout', targetRevision: '3.1.0' },
            { path: 'regions/us-east/checkout' }
          ]
        }
      }
    })
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    expect(pulls(harness).map(p => [p.marker?.region, p.marker?.outcome])).toEqual([
      ['us-east', 'healthy'],
      ['sweden', 'healthy'],
      ['china', 'healthy']
    ])
    const app = harness.argocd.app('checkout-us-east')
    expect(app.status?.sync?.revisions?.[0]).toBe('3.1.0')
  })

  it('blocks a multi-source app whose environments-repository source tracks another branch', async () => {
    harness = await TrainHarness.start({
      branches: { release: { 'README.md': 'release branch\n' } },
      apps: {
        'us-east': {
          sources: [
            { repoURL: 'https://charts.example.com', chart: 'checkout', targetRevision: '3.1.0' },
            { path: 'regions/us-east/checkout', targetRevision: 'release' }
          ]
        }
      }
    })
    const run = await drive(harness, 2)
    expect(pulls(harness)).toEqual([])
    expect(run.decision.actions[0]).toMatchObject({
      reason: expect.stringContaining('spec.sources[1].targetRevision is "release"')
    })
  })

  it('waits on the hydrated branch of a source-hydrator app, judging the commit hydrated from the merge', async () => {
    const hydrated = (region: string) => ({
      hydrator: {
        drySource: { path: `regions/${region}/checkout` },
        syncSource: { path: `${region}/checkout`, targetBranch: `environments/${region}` }
      }
    })
    harness = await TrainHarness.start({
      apps: { 'us-east': hydrated('us-east'), sweden: hydrated('sweden') }
    })
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    expect(pulls(harness).map(p => [p.marker?.region, p.marker?.outcome])).toEqual([
      ['us-east', 'healthy'],
      ['sweden', 'healthy'],
      ['china', 'healthy']
    ])
    const usEast = pulls(harness)[0]!
    const app = harness.argocd.app('checkout-us-east')
    expect(app.status?.sourceHydrator?.lastSuccessfulOperation?.drySHA).not.toBe(undefined)
    expect(app.status?.sync?.revision).toBe(
      harness.github.repo(REPO).resolve('environments/us-east')
    )
    expect(
      harness.github
        .repo(REPO)
        .files('environments/us-east')
        .get('us-east/checkout/kustomization.yaml')
    ).toContain('v1.5.0')
    expect(usEast.mergeCommitSha).not.toBe(app.status?.sync?.revision)
  })
})

describe('a sync window', () => {
  it('holds the train without blaming the release while a deny window keeps Argo CD from syncing, then promotes once it opens', async () => {
    harness = await TrainHarness.start({ timing: NEVER_RESYNCS })
    const h = harness
    h.argocd.controller!.setWindows('checkout-us-east', [
      { kind: 'deny', active: true, schedule: '0 22 * * *', duration: '8h' }
    ])
    const held = await drive(h, 3)
    expect(held.decision.state).toBe('waiting')
    expect(held.decision.actions[0]).toMatchObject({
      type: 'wait',
      region: 'us-east',
      reason: expect.stringContaining('a sync window keeps Argo CD from syncing checkout-us-east')
    })
    expect(pulls(h).map(p => [p.marker?.region, Boolean(p.mergedAt), p.marker?.outcome])).toEqual([
      ['us-east', true, null]
    ])
    expect(badLabels(h)).toBe(0)
    // The window closes hours later; the wait starts over rather than judging the release late.
    h.clock.advance(8 * 60 * MIN)
    h.argocd.controller!.setWindows('checkout-us-east', [])
    const run = await reconcileTrain(h.ctx, 'v1.5.0')
    expect(run.done).toContainEqual(expect.stringMatching(/^us-east: healthy/))
  })

  it('refuses a manual sync during a deny window, as Argo CD does', async () => {
    harness = await TrainHarness.start({ manual: ['us-east'] })
    harness.argocd.controller!.setWindows('checkout-us-east', [
      { kind: 'deny', active: true, manualSync: false }
    ])
    const held = await drive(harness, 2)
    expect(held.decision.actions[0]).toMatchObject({
      reason: expect.stringContaining('sync window')
    })
    expect(
      harness.argocd.requests.filter(r => r.method === 'POST' && r.path.endsWith('/sync'))
    ).toEqual([])
    expect(badLabels(harness)).toBe(0)
  })
})

describe('a wait that starts past its deadline', () => {
  // A loaded runner takes the controller's steps late (400 ms apart, past the 120 ms a resync
  // period lasts at the harness's pace): the verdict must not depend on how fast the machine is.
  it.each([15, 400])(
    'gives Argo CD one resync period before judging, rather than one look at 0 s (controller steps %i ms apart)',
    async stepMs => {
      harness = await TrainHarness.start({ timing: { ...NEVER_RESYNCS, stepMs } })
      const h = harness
      await reconcileTrain(h.ctx, 'v1.5.0')
      h.approveAll('alice', 'bob')
      // The run dies right after the merge, before it records anything or waits.
      h.writesBeforeKill = 1
      await expect(reconcileTrain(h.ctx, 'v1.5.0')).rejects.toThrow(/killed before/)
      h.writesBeforeKill = undefined
      // The next run comes after the whole timeout has passed.
      h.clock.advance(31 * MIN)
      const run = await reconcileTrain(h.ctx, 'v1.5.0')
      expect(run.done).toContainEqual(expect.stringMatching(/^us-east: healthy/))
      expect(badLabels(h)).toBe(0)
    }
  )
})
