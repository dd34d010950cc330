import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createArgoCDClient, type ArgoCDClient } from '../../src/argocd/client.js'
import { waitForRevision, type WaitEvent, type WaitOptions } from '../../src/argocd/wait.js'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import { MERGED, PREVIOUS } from '../support/argocd-fixtures.js'
import { fastClock } from '../support/fast-clock.js'

const APP = 'checkout-us-east'
const MINUTE = 60_000

describe('waitForRevision over the Argo CD simulator', () => {
  let sim: ArgoCDSimulator
  let client: ArgoCDClient
  let events: WaitEvent[]

  /** Waits for MERGED with time running 100 times faster; `script` runs once the first state arrives. */
  function wait(script: () => void = () => {}, options: Partial<WaitOptions> = {}) {
    let scripted = false
    return waitForRevision({
      client,
      app: APP,
      revision: MERGED,
      timeoutMs: 30 * MINUTE,
      clock: fastClock(100),
      // At this pace the default 60 s without an event is 600 ms of real time, which a loaded
      // runner can stall for: an idle reconnect would add to the events counted here. The tests
      // of a silent stream set their own.
      idleMs: 30 * MINUTE,
      onEvent: event => {
        events.push(event)
        if (event.type === 'evaluated' && !scripted) {
          scripted = true
          script()
        }
      },
      ...options
    })
  }

  const evaluations = () =>
    events.flatMap(e => (e.type === 'evaluated' ? [`${e.source} ${e.evaluation.state}`] : []))

  beforeEach(async () => {
    sim = await ArgoCDSimulator.start()
    sim.addApp(APP, PREVIOUS)
    client = createArgoCDClient({ server: sim.url, token: sim.token, project: 'default' })
    events = []
  })

  afterEach(async () => {
    await sim.stop()
    expect(sim.violations).toEqual([])
  })

  it('is healthy once the merged commit is synced, reconciled and Healthy, over one stream', async () => {
    const result = await wait(() => sim.rollout(APP, MERGED))
    expect(result.outcome).toBe('healthy')
    expect(result.detail).toBe('8c2e5f0 is synced and Healthy')
    expect(result.app?.status?.operationState?.syncResult?.revision).toBe(MERGED)
    // The snapshot, merge seen, sync running, sync finished (not yet reconciled), then done.
    expect(evaluations()).toEqual([
      'stream progressing',
      'stream progressing',
      'stream progressing',
      'stream progressing',
      'stream done'
    ])
    expect(sim.requests.map(r => r.path)).toEqual([
      '/api/v1/stream/applications?name=checkout-us-east&projects=default'
    ])
    await sim.streamsClosed()
  })

  it('does not take the Healthy state from before the sync as done', async () => {
    // Five minutes (3 s here): the simulator's first answer compiles Argo CD's schemas, slow on a busy machine.
    const result = await wait(() => sim.merge(APP, MERGED), { timeoutMs: 5 * MINUTE })
    expect(result.outcome).toBe('timeout')
    expect(result.detail).toBe(
      'checkout-us-east was not done within 300 s: sync status is OutOfSync, not Synced'
    )
    expect(result.app?.status?.health?.status).toBe('Healthy')
  })

  it('fails at once when the app goes Degraded during the rollout', async () => {
    const result = await wait(() => sim.rollout(APP, MERGED, 'degraded'))
    expect(result.outcome).toBe('degraded')
    expect(result.detail).toBe(
      'health is Degraded while rolling out 8c2e5f0: Deployment "checkout" exceeded its progress deadline'
    )
  })

  it('fails when the sync of the merged commit fails', async () => {
    const result = await wait(() => sim.rollout(APP, MERGED, 'failed'))
    expect(result.outcome).toBe('failed')
    expect(result.detail).toContain('sync operation ended Failed')
  })

  it('times out when Argo CD never re-compares the app after the sync', async () => {
    const result = await wait(() => sim.rollout(APP, MERGED, 'never-reconciles'), {
      timeoutMs: 2 * MINUTE
    })
    expect(result.outcome).toBe('timeout')
    expect(result.detail).toContain('has not re-compared the app since the sync finished')
  })

  it('reconnects a dropped stream and still sees the outcome from the resent state', async () => {
    sim.faults.dropStreamAfter = 2
    const result = await wait(() => sim.rollout(APP, MERGED))
    expect(result.outcome).toBe('healthy')
    expect(events.filter(e => e.type === 'stream-lost').length).toBeGreaterThanOrEqual(1)
    const streams = sim.requests.filter(r => r.path.startsWith('/api/v1/stream/'))
    expect(streams.length).toBeGreaterThanOrEqual(2)
    // The reconnect resumes from the last resourceVersion seen.
    expect(streams[1]!.path).toMatch(/&resourceVersion=\d+$/)
    expect(events.some(e => e.type === 'polling')).toBe(false)
  })

  it('catches up on what happened while the connection was cut', async () => {
    const result = await wait(() => {
      sim.merge(APP, MERGED)
      sim.dropStreams()
      sim.rollout(APP, MERGED)
    })
    expect(result.outcome).toBe('healthy')
    expect(evaluations().at(-1)).toBe('stream done')
    expect(events.filter(e => e.type === 'stream-lost')).toHaveLength(1)
  })

  it('rides out a few stream failures with growing delays before the stream works again', async () => {
    sim.faults.streamStatus = 503
    sim.faults.streamFailuresLeft = 2
    sim.rollout(APP, MERGED)
    const result = await wait()
    expect(result.outcome).toBe('healthy')
    expect(events.flatMap(e => (e.type === 'stream-lost' ? [e.retryInMs] : []))).toEqual([
      1_000, 2_000
    ])
    expect(evaluations()).toEqual(['stream done'])
  })

  it('falls back to polling when the stream endpoint keeps failing', async () => {
    sim.faults.streamStatus = 502
    const result = await wait(() => sim.rollout(APP, MERGED), { pollIntervalMs: 5_000 })
    expect(result.outcome).toBe('healthy')
    const polling = events.find(e => e.type === 'polling')
    expect(polling).toEqual({
      type: 'polling',
      reason: `the watch stream failed 3 times in a row: watch application checkout-us-east: Argo CD at ${sim.url} failed with 502: the simulator is failing the stream.`
    })
    expect(evaluations()).toEqual(['poll progressing', 'poll done'])
  })

  it('abandons a silent stream (half-open connection) and polls instead', async () => {
    sim.faults.silentStream = true
    sim.rollout(APP, MERGED)
    const result = await wait(undefined, { idleMs: 20_000 })
    expect(result.outcome).toBe('healthy')
    expect(events.find(e => e.type === 'stream-lost')).toEqual({
      type: 'stream-lost',
      error: 'the watch stream sent no event for 20 s',
      failures: 1,
      retryInMs: 1_000
    })
    expect(evaluations()).toEqual(['poll done'])
  })

  it('reconnects after an error message on the stream', async () => {
    const result = await wait(() => {
      sim.merge(APP, MERGED)
      sim.streamError(APP)
      sim.startSync(APP)
      sim.finishSync(APP)
      sim.reconcile(APP)
    })
    expect(result.outcome).toBe('healthy')
    expect(events.find(e => e.type === 'stream-lost')).toMatchObject({
      error:
        'the watch stream reported an error: rpc error: code = Unavailable desc = transport is closing'
    })
  })

  it('reports health unknown (unreachable), not a timeout to blame the release on, when the application is deleted during the wait', async () => {
    const result = await wait(() => sim.deleteApp(APP), { timeoutMs: 2 * MINUTE })
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).toMatch(
      /^checkout-us-east did not exist in Argo CD at the deadline \(120 s\), so its health is unknown: /
    )
  })

  it('reports health unknown naming the platform template when the app does not exist', async () => {
    client = createArgoCDClient({
      server: sim.url,
      token: sim.token,
      project: 'default',
      region: 'us-east',
      appTemplate: '{service}-{region}'
    })
    const result = await wait(undefined, {
      app: 'checkout-useast',
      timeoutMs: 5 * MINUTE,
      idleMs: 20_000
    })
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).toContain('has no application "checkout-useast" in project "default"')
    expect(result.detail).toContain('platform.yaml spec.regions.us-east.argocd.app')
  })

  it('reads the state once when the deadline has already passed, and is healthy if the app is', async () => {
    sim.rollout(APP, MERGED)
    const result = await wait(undefined, { timeoutMs: 0 })
    expect(result.outcome).toBe('healthy')
    expect(sim.requests.map(r => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      `GET /api/v1/applications/${APP}`
    ])
  })

  it('reports a timeout, not unreachable, when a past deadline reads an app not yet done', async () => {
    const result = await wait(undefined, { timeoutMs: -MINUTE })
    expect(result.outcome).toBe('timeout')
    expect(result.detail).toContain('not 8c2e5f0')
  })

  it('counts a later commit that contains the merged one, as GitHub compare tells', async () => {
    const LATER = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
    const asked: string[] = []
    const result = await wait(() => sim.rollout(APP, LATER), {
      relation: async revision => {
        asked.push(revision)
        return { lineage: revision === LATER ? 'includes' : 'before' }
      }
    })
    expect(result.outcome).toBe('healthy')
    expect(result.detail).toBe('8c2e5f0 (in a1b2c3d) is synced and Healthy')
    // Each revision is compared once, however many states mention it.
    expect(asked.sort()).toEqual([LATER, PREVIOUS].sort())
  })

  it("counts a later commit among a multi-source app's revisions that contains the merged one", async () => {
    // A multi-source app (spec.sources) reports status.sync.revisions, one per source, and no
    // status.sync.revision: auto-sync resolved the environments source to a later HEAD.
    const LATER = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
    sim.rollout(APP, LATER)
    sim.patch(APP, a => {
      const sources = [
        { repoURL: 'https://charts.acme.example.com', chart: 'checkout', targetRevision: '3.2.1' },
        {
          repoURL: 'https://github.com/acme/environments.git',
          targetRevision: 'main',
          ref: 'values'
        }
      ]
      delete a.spec!.source
      a.spec!.sources = sources
      const status = a.status!
      status.sync = { status: 'Synced', revisions: ['3.2.1', LATER] }
      const state = status.operationState!
      state.operation = { ...state.operation, sync: { revisions: ['3.2.1', LATER] } }
      state.syncResult = { revisions: ['3.2.1', LATER] }
    })
    const asked: string[] = []
    const result = await wait(undefined, {
      timeoutMs: 5 * MINUTE,
      relation: async revision => {
        asked.push(revision)
        return { lineage: revision === LATER ? 'includes' : 'before' }
      }
    })
    expect(result.outcome).toBe('healthy')
    expect(result.detail).toBe('8c2e5f0 (in [3.2.1, a1b2c3d]) is synced and Healthy')
    expect(asked).toContain(LATER)
  })

  it('is unreachable at the deadline when Argo CD cannot be reached at all', async () => {
    client = createArgoCDClient({
      server: await ArgoCDSimulator.unreachableURL(),
      token: sim.token
    })
    const result = await wait(undefined, { timeoutMs: 5 * MINUTE })
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).toMatch(
      /^Argo CD could not be reached within 300 s, so the health of checkout-us-east is unknown: get application checkout-us-east: cannot reach Argo CD at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\.$/
    )
    expect(result.app).toBeUndefined()
    expect(events.some(e => e.type === 'polling')).toBe(true)
    expect(events.some(e => e.type === 'poll-failed')).toBe(true)
  })

  it('is unreachable when Argo CD goes away mid-wait and does not come back', async () => {
    const result = await wait(
      () => {
        void sim.stop()
      },
      { timeoutMs: 5 * MINUTE }
    )
    expect(result.outcome).toBe('unreachable')
    expect(result.app?.status?.sync?.revision).toBe(PREVIOUS)
  })

  it('stops at once when the token is rejected: health is unknown and waiting will not fix it', async () => {
    client = createArgoCDClient({ server: sim.url, token: 'eyJhbGciOiJIUzI1NiJ9.e30.revoked' })
    const result = await wait(undefined, { timeoutMs: 5 * MINUTE })
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).toContain('rejected the token (401')
    expect(sim.requests).toHaveLength(1)
  })

  it('rejects when the caller aborts', async () => {
    const controller = new AbortController()
    const reason = new Error('run cancelled')
    const waiting = wait(() => controller.abort(reason), { signal: controller.signal })
    await expect(waiting).rejects.toBe(reason)
  })
})
