import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { reconcileTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker, withMarker } from '../../src/train/marker.js'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import { SERVICES } from '../support/paths.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

const MIN = 60_000
let harness: TrainHarness | undefined
stopHarnessesAfterEach()

/** The fixture manifest with one wave after us-east holding the other three regions. */
const WIDE_WAVE = readFileSync(`${SERVICES}/checkout/multiregion.yaml`, 'utf8').replace(
  'waves: [[us-east], [us-west, sweden], [china]]',
  'waves: [[us-east], [us-west, sweden, china]]'
)

/** Argo CD's controller left to itself would not look at git again within the test. */
const NEVER_RESYNCS = { resyncMs: 3_600_000, stepMs: 15 }

async function drive(h: TrainHarness, runs = 12): Promise<TrainRun> {
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

function outcomes(h: TrainHarness): (string | null | undefined)[][] {
  return [...h.github.repo(REPO).pulls.values()].map(p => {
    const m = decodeMarker(p.body)
    return [m?.kind, m?.region, m?.outcome]
  })
}

describe('the train against Argo CD revision semantics', () => {
  it('finishes a wave that merges two regions, though auto-sync runs only the later merge', async () => {
    // Argo CD picks merges up only when asked, after both of the wave's merges.
    harness = await TrainHarness.start({ manifest: WIDE_WAVE, timing: NEVER_RESYNCS })
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    expect(outcomes(harness)).toEqual([
      ['promotion', 'us-east', 'healthy'],
      ['promotion', 'sweden', 'healthy'],
      ['promotion', 'china', 'healthy']
    ])
    // Sweden never ran its own merge commit: Argo CD synced the HEAD it resolved, china's merge.
    const sweden = [...harness.github.repo(REPO).pulls.values()][1]!
    const app = harness.argocd.app('checkout-sweden')
    expect(app.status?.operationState?.syncResult?.revision).not.toBe(sweden.mergeCommitSha)
  })

  it("finishes when another team's commit lands on main between the merge and Argo CD's pickup", async () => {
    harness = await TrainHarness.start({ timing: NEVER_RESYNCS })
    const h = harness
    const merge = h.ctx.github.merge.bind(h.ctx.github)
    h.ctx.github.merge = async (number, sha) => {
      const result = await merge(number, sha)
      h.github.push(
        REPO,
        'main',
        { 'regions/us-east/payments/kustomization.yaml': 'resources: []\n' },
        'payments-team'
      )
      return result
    }
    const end = await drive(h)
    expect(end.decision.state).toBe('done')
    expect(outcomes(h).every(([, , outcome]) => outcome === 'healthy')).toBe(true)
  })

  it('asks Argo CD to refresh after a merge instead of waiting for its polling', async () => {
    harness = await TrainHarness.start({ timing: NEVER_RESYNCS })
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    expect(
      harness.argocd.requests.filter(r => /[?&]refresh=normal/.test(r.path)).length
    ).toBeGreaterThan(0)
  })

  it('syncs the merge commit through the API when the Application has no automated sync', async () => {
    harness = await TrainHarness.start({ manual: ['us-east', 'sweden', 'china'] })
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    const syncs = harness.argocd.requests.filter(
      r => r.method === 'POST' && r.path.endsWith('/sync')
    )
    expect(syncs.map(r => r.path)).toEqual([
      '/api/v1/applications/checkout-us-east/sync',
      '/api/v1/applications/checkout-sweden/sync',
      '/api/v1/applications/checkout-china/sync'
    ])
    const usEast = [...harness.github.repo(REPO).pulls.values()][0]!
    expect(
      harness.argocd.app('checkout-us-east').status?.operationState?.syncResult?.revision
    ).toBe(usEast.mergeCommitSha)
  })

  it('syncs explicitly when platform.yaml asks for it, even for an auto-sync app', async () => {
    harness = await TrainHarness.start({
      timing: NEVER_RESYNCS,
      platform: text =>
        text.replace(/(server: https:\/\/argocd\.use1\.example\.com)/, '$1\n        sync: explicit')
    })
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    const syncs = harness.argocd.requests.filter(
      r => r.method === 'POST' && r.path.endsWith('/sync')
    )
    expect(syncs.map(r => r.path)).toEqual(['/api/v1/applications/checkout-us-east/sync'])
  })

  it('accepts Suspended health when platform.yaml says so, and not otherwise', async () => {
    const accepting = (text: string) =>
      text.replace(
        /(server: https:\/\/argocd\.use1\.example\.com)/,
        '$1\n        acceptSuspended: true'
      )
    harness = await TrainHarness.start({ platform: accepting })
    harness.script.set('us-east', ['suspended'])
    await reconcileTrain(harness.ctx, 'v1.5.0')
    harness.approveAll('alice', 'bob')
    const accepted = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(outcomes(harness)[0]).toEqual(['promotion', 'us-east', 'healthy'])
    expect(accepted.done.join('\n')).toContain('Suspended, which the platform accepts')
    await harness.stop()
    harness = await TrainHarness.start()
    harness.script.set('us-east', ['suspended'])
    await reconcileTrain(harness.ctx, 'v1.5.0')
    harness.approveAll('alice', 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(outcomes(harness)[0]).toEqual(['promotion', 'us-east', 'timeout'])
  })

  // The second pace is a loaded runner's: the controller's steps take longer than the wait's whole
  // 30 minutes at the harness's pace (1.8 s), and the verdicts must be the same.
  it.each([
    ['degraded', 15],
    ['failed', 15],
    ['degraded', 700]
  ] as const)(
    'acts on a region that ends %s at once, without waiting out its sibling in the wave (controller steps %i ms apart)',
    async (end, stepMs) => {
      harness = await TrainHarness.start({ manifest: WIDE_WAVE, timing: { resyncMs: 400, stepMs } })
      // Sweden's rollout never settles; china goes Degraded, or its sync fails.
      harness.script.set('sweden', ['never-reconciles'])
      harness.script.set('china', [end])
      await drive(harness)
      const labelled = [...harness.github.repo(REPO).pulls.values()]
        .filter(p => p.labels.includes('multiregion:bad-release'))
        .map(p => decodeMarker(p.body)?.region)
      expect(labelled).toContain('china')
      // Sweden's wait was cut short by china's failure, not timed out and blamed.
      expect(outcomes(harness)).toContainEqual(['promotion', 'sweden', null])
      expect(outcomes(harness)).not.toContainEqual(['promotion', 'sweden', 'timeout'])
      expect(outcomes(harness)).toContainEqual(['promotion', 'china', end])
    }
  )

  it('leaves no wait running when a sibling wait cannot start', async () => {
    // Sweden's token secret is not set: its wait throws, and the run stops china's wait before it fails.
    harness = await TrainHarness.start({
      manifest: WIDE_WAVE,
      timing: NEVER_RESYNCS,
      platform: text =>
        text.replace(
          /(server: https:\/\/argocd\.eun1\.example\.com)/,
          '$1\n        tokenSecret: SWEDEN_ARGOCD_TOKEN'
        )
    })
    harness.script.set('china', ['never-reconciles'])
    await expect(drive(harness)).rejects.toThrow(/No Argo CD token for sweden/)
    const china = harness.github
      .repo(REPO)
      .deployments.find(d => d.environment === 'checkout-china')
    expect(china?.statuses.at(-1)).toMatchObject({
      state: 'error',
      description: 'wait stopped: the wait of sweden failed'
    })
  })

  it('counts a commit that renders no change for the app as done: Synced at the new HEAD, no operation', async () => {
    harness = await TrainHarness.start()
    const sha = harness.github.push(
      REPO,
      'main',
      { 'regions/us-east/payments/kustomization.yaml': 'resources: []\n' },
      'payments-team'
    )
    const result = await harness.ctx.argo.waitForRevision({
      region: 'us-east',
      server: harness.argocd.url,
      app: 'checkout-us-east',
      revision: sha,
      deadline: harness.clock.now() + 30 * MIN,
      paths: ['regions/us-east/checkout'],
      compare: (base, head) => harness!.ctx.github.compare(base, head),
      defaultBranch: 'main'
    })
    expect(result).toMatchObject({ outcome: 'healthy' })
    expect(
      harness.argocd.app('checkout-us-east').status?.operationState?.syncResult?.revision
    ).not.toBe(sha)
  })
})

describe('an Application Argo CD does not have', () => {
  it('halts without blaming the release when the app of a region is gone: health is unknown, nothing is rolled back', async () => {
    // With its project named, Argo CD answers a missing app with 404 (without, with 403).
    harness = await TrainHarness.start({
      platform: text =>
        text.replace(
          /(server: https:\/\/argocd\.cnn1\.example\.com)/,
          '$1\n        project: default'
        )
    })
    // The platform team renamed china's Application (an ApplicationSet change).
    harness.argocd.deleteApp('checkout-china')
    const end = await drive(harness)
    expect(end.decision.state).toBe('halted')
    expect(outcomes(harness)).toEqual([
      ['promotion', 'us-east', 'healthy'],
      ['promotion', 'sweden', 'healthy'],
      ['promotion', 'china', 'unreachable']
    ])
    const labels = [...harness.github.repo(REPO).pulls.values()].flatMap(p => p.labels)
    expect(labels).not.toContain('multiregion:bad-release')
    expect(end.decision.actions).toEqual([
      expect.objectContaining({ type: 'halt', reason: expect.stringContaining('--resume') })
    ])
  })
})

describe('the outcome the train recorded', () => {
  it('is never taken from a body a person edited: an unreachable region edited to healthy halts the train until --resume asks Argo CD again', async () => {
    const dead = await ArgoCDSimulator.unreachableURL()
    harness = await TrainHarness.start({
      argoServer: (region, sim) => (region === 'us-east' ? dead : sim.url)
    })
    const halted = await drive(harness)
    expect(outcomes(harness)).toEqual([['promotion', 'us-east', 'unreachable']])
    expect(halted.decision.state).toBe('halted')
    // mallory, with write access, edits the marker in the PR body to say us-east is healthy.
    const pull = [...harness.github.repo(REPO).pulls.values()][0]!
    const marker = decodeMarker(pull.body)!
    harness.github.editBody(
      REPO,
      pull.number,
      'mallory',
      withMarker(pull.body, {
        ...marker,
        outcome: 'healthy',
        times: { ...marker.times, healthy: harness.clock.now() }
      })
    )
    harness.clock.advance(60 * MIN)
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(run.decision.state).toBe('halted')
    expect(run.decision.actions).toEqual([
      expect.objectContaining({
        type: 'halt',
        reason: expect.stringContaining(`was last edited by mallory, not the toolkit`)
      })
    ])
    // No later wave opened.
    expect(harness.github.repo(REPO).pulls.size).toBe(1)
    // --resume asks Argo CD again: still unreachable, recorded by the train itself.
    const resumed = await reconcileTrain(harness.ctx, 'v1.5.0', { resume: true })
    expect(resumed.decision.actions).toEqual([
      expect.objectContaining({
        type: 'halt',
        reason: expect.stringContaining('Argo CD could not be reached for us-east')
      })
    ])
    expect(outcomes(harness)).toEqual([['promotion', 'us-east', 'unreachable']])
    expect(harness.github.repo(REPO).pulls.size).toBe(1)
  })
})
