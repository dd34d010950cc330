import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadServices, reconcileFleet } from '../../src/commands/fleet.js'
import { openTrain } from '../../src/commands/train-setup.js'
import type { Fleet } from '../../src/commands/fleet.js'
import { startTrain } from '../../src/commands/train.js'
import { gitHubPort } from '../../src/github/train-port.js'
import { loadService } from '../../src/manifest/load.js'
import type { Service } from '../../src/manifest/model.js'
import { connect } from '../simulators/github/connect.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { SERVICES } from '../support/paths.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

const MIN = 60_000
stopHarnessesAfterEach()

const CHECKOUT = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8')

/** A service like checkout under another name: no train PR of it exists, so it is idle. */
function idleService(i: number): Service {
  const name = `svc-${String(i).padStart(4, '0')}`
  const loaded = loadService(CHECKOUT.replace(/name: checkout/, `name: ${name}`), `${name}.yaml`)
  return loaded.value!
}

/**
 * The fleet of the harness's checkout (when `withCheckout`) and `idle` more
 * services, over one client of its own, as openFleet builds it.
 */
function fleetOf(h: TrainHarness, idle: number, withCheckout = true): Fleet {
  const { client, env } = connect(h.github, REPO, { botLogin: 'multiregion[bot]' })
  return {
    services: [
      ...(withCheckout ? [h.ctx.service] : []),
      ...Array.from({ length: idle }, (_, i) => idleService(i))
    ],
    client,
    owner: 'acme',
    repo: 'environments',
    github: gitHubPort(env, { method: 'merge', counter: client.counter }),
    platform: async () => ({ platform: h.ctx.platform }),
    context: (service, platform, github) => ({ ...h.ctx, service, platform, github }),
    now: h.clock.now
  }
}

/** Requests the simulator answered since `from`, and of those the writes (REST writes; GraphQL mutations are none here). */
function since(h: TrainHarness, from: number) {
  const requests = h.github.requests.slice(from)
  return {
    total: requests.length,
    writes: requests.filter(r => r.method !== 'GET' && r.path !== '/graphql').length
  }
}

describe('one reconcile for every service of the environments repository', () => {
  it('costs one request when every service is idle, for 10 services as for 100', async () => {
    const h = await TrainHarness.start()
    const start10 = h.github.requests.length
    const ten = await reconcileFleet(fleetOf(h, 10, false))
    const cost10 = since(h, start10).total
    const start100 = h.github.requests.length
    const hundred = await reconcileFleet(fleetOf(h, 100, false))
    const cost100 = since(h, start100).total

    expect([cost10, cost100]).toEqual([1, 1])
    expect(ten.services.every(s => s.state === 'idle')).toBe(true)
    expect(hundred.services).toHaveLength(100)
    expect(h.github.violations).toEqual([])
  })

  it('moves only the services with a train in flight, and leaves the idle ones unread', async () => {
    const h = await TrainHarness.start()
    await startTrain(h.ctx, 'v1.5.0')
    h.approveAll('alice')
    const run = await reconcileFleet(fleetOf(h, 50))

    const checkout = run.services.find(s => s.service === 'checkout')!
    expect(checkout.release).toBe('v1.5.0')
    expect(checkout.done.join('\n')).toMatch(/merged promotion PR #\d+ for us-east/)
    expect(checkout.done.join('\n')).toMatch(/us-east: healthy/)
    expect(run.services.filter(s => s.state === 'idle')).toHaveLength(50)
    // Nothing of the idle services was asked for: every train PR read is checkout's.
    const labels = [...h.github.repo(REPO).pulls.values()].flatMap(p => p.labels)
    expect(labels.filter(l => l.startsWith('multiregion:svc-'))).toEqual([])
  })

  it('writes nothing when nothing changed since the last run', async () => {
    const h = await TrainHarness.start()
    await startTrain(h.ctx, 'v1.5.0')
    // Waiting for approvals: a run finds nothing to do, and the next one too.
    await reconcileFleet(fleetOf(h, 5))
    const before = h.github.requests.length
    const again = await reconcileFleet(fleetOf(h, 5))
    expect(since(h, before).writes).toBe(0)
    expect(again.services.find(s => s.service === 'checkout')?.state).toBe('waiting')

    // The whole train, run after run, then once more after it is done.
    for (let i = 0; i < 10; i++) {
      h.approveAll('alice', 'bob')
      h.clock.advance(11 * MIN)
      const run = await reconcileFleet(fleetOf(h, 5))
      if (run.services.find(s => s.service === 'checkout')?.state === 'done') break
    }
    const done = h.github.requests.length
    const last = await reconcileFleet(fleetOf(h, 5))
    expect(last.services.find(s => s.service === 'checkout')?.state).toBe('done')
    expect(since(h, done).writes).toBe(0)
  })

  it('writes nothing run after run while a sync window holds a wait, and waits a whole timeout once it opens', async () => {
    const h = await TrainHarness.start({ timing: { resyncMs: 3_600_000, stepMs: 15 } })
    h.argocd.controller!.setWindows('checkout-us-east', [
      { kind: 'deny', active: true, schedule: '0 22 * * *', duration: '8h' }
    ])
    await startTrain(h.ctx, 'v1.5.0')
    h.approveAll('alice')
    // The first run merges and finds the window: it records the hold once.
    const first = await reconcileFleet(fleetOf(h, 5))
    expect(first.services[0]?.done.join('\n')).toMatch(/us-east: held, .*sync window/)
    for (let i = 0; i < 3; i++) {
      h.clock.advance(10 * MIN)
      const before = h.github.requests.length
      const run = await reconcileFleet(fleetOf(h, 5))
      expect(run.services[0]?.state).toBe('waiting')
      expect(since(h, before).writes).toBe(0)
    }
    // The hold's label keeps the service in the fleet's look long after its PR was last updated.
    const merged = () => [...h.github.repo(REPO).pulls.values()].find(p => p.mergedAt !== null)!
    expect(merged().labels).toContain('multiregion:held')
    // Hours later the window closes: the wait starts then, with a whole timeout, and ends healthy.
    h.clock.advance(8 * 60 * MIN)
    h.argocd.controller!.setWindows('checkout-us-east', [])
    const open = await reconcileFleet(fleetOf(h, 5))
    expect(open.services[0]?.done).toContainEqual(expect.stringMatching(/^us-east: healthy/))
    expect(merged().labels).not.toContain('multiregion:held')
  })

  it('gates a service only by the manifest in its own folder, never by a copy elsewhere that takes its name', async () => {
    // services/checkout asks 2 approvals (its owners review that folder); a writer's new folder
    // services/checkout-draft holds a copy that says `name: checkout` and asks 1.
    const strict = CHECKOUT.replace(/approvals: 1 /, 'approvals: 2 ')
    const dir = mkdtempSync(join(tmpdir(), 'multiregion-services-'))
    for (const [folder, text] of [
      ['checkout', strict],
      ['checkout-draft', CHECKOUT]
    ] as const) {
      mkdirSync(join(dir, folder))
      writeFileSync(join(dir, folder, 'multiregion.yaml'), text)
    }
    const { services, diagnostics } = await loadServices(dir)
    expect(diagnostics.map(d => [d.file, d.rule])).toEqual([
      [join(dir, 'checkout-draft', 'multiregion.yaml'), 'service-folder']
    ])
    const h = await TrainHarness.start({ manifest: strict })
    await startTrain(h.ctx, 'v1.5.0')
    h.approveAll('alice')
    await reconcileFleet({ ...fleetOf(h, 0), services })
    const [pull] = [...h.github.repo(REPO).pulls.values()]
    expect(pull!.mergedAt).toBeNull()
  })

  it('refuses a dispatch for one service whose folder holds a manifest of another service', async () => {
    // reconcile dispatched with service: checkout-draft reads services/checkout-draft/multiregion.yaml.
    const dir = mkdtempSync(join(tmpdir(), 'multiregion-services-'))
    mkdirSync(join(dir, 'checkout-draft'))
    const manifest = join(dir, 'checkout-draft', 'multiregion.yaml')
    writeFileSync(manifest, CHECKOUT)
    const opened = await openTrain({
      manifest,
      service: 'checkout-draft',
      repo: 'acme/environments',
      token: 'unused',
      apiUrl: 'http://127.0.0.1:9',
      platformPath: 'platform.yaml',
      mergeMode: 'merge',
      mergeMethod: 'squash',
      env: {}
    })
    expect('diagnostics' in opened && opened.diagnostics.map(d => [d.file, d.rule])).toEqual([
      [manifest, 'service-folder']
    ])
  })

  it('finds a train by its branch when a person removed its labels', async () => {
    const h = await TrainHarness.start()
    await startTrain(h.ctx, 'v1.5.0')
    // mallory (triage) takes the train's labels off the open promotion; alice approves it.
    for (const pull of h.github.repo(REPO).pulls.values()) {
      pull.labels = []
      pull.updatedAt = new Date(h.clock.now()).toISOString()
    }
    h.approveAll('alice', 'bob')
    h.clock.advance(11 * MIN)
    const run = await reconcileFleet(fleetOf(h, 5))
    const checkout = run.services.find(s => s.service === 'checkout')!
    expect(checkout.done.join('\n')).toMatch(/merged promotion PR #\d+ for us-east/)
  })

  it('puts the held label back when a person removes it, so the fleet still finds the wait hours later', async () => {
    const h = await TrainHarness.start({ timing: { resyncMs: 3_600_000, stepMs: 15 } })
    h.argocd.controller!.setWindows('checkout-us-east', [
      { kind: 'deny', active: true, schedule: '0 22 * * *', duration: '8h' }
    ])
    await startTrain(h.ctx, 'v1.5.0')
    h.approveAll('alice')
    await reconcileFleet(fleetOf(h, 5))
    const merged = () => [...h.github.repo(REPO).pulls.values()].find(p => p.mergedAt !== null)!
    expect(merged().labels).toContain('multiregion:held')
    // mallory (triage) removes the label: GitHub records the edit as an update of the PR.
    h.clock.advance(5 * MIN)
    const pull = merged()
    pull.labels = pull.labels.filter(l => l !== 'multiregion:held')
    pull.updatedAt = new Date(h.clock.now()).toISOString()
    h.clock.advance(5 * MIN)
    const next = await reconcileFleet(fleetOf(h, 5))
    expect(next.services[0]?.state).toBe('waiting')
    expect(merged().labels).toContain('multiregion:held')
    // Hours later, past the look's horizon, the window closes: the fleet still finds the wait.
    h.clock.advance(8 * 60 * MIN)
    h.argocd.controller!.setWindows('checkout-us-east', [])
    const open = await reconcileFleet(fleetOf(h, 5))
    expect(open.services[0]?.done).toContainEqual(expect.stringMatching(/^us-east: healthy/))
  })

  it('stops before GitHub does when the budget is nearly spent, and defers the rest to the next run', async () => {
    const h = await TrainHarness.start()
    await startTrain(h.ctx, 'v1.5.0')
    h.approveAll('alice')
    const before = h.github.requests.length
    // Another job on the installation spent the hour's GraphQL points; the reset is 50 minutes off.
    h.github.rateLimit('graphql', { remaining: 60, resetInSeconds: 3000 })
    const run = await reconcileFleet(fleetOf(h, 5))

    // The fleet's look cost 3 points (three lists of 100 PRs with their labels): 57 are left.
    expect(run.deferred).toMatch(/GraphQL rate limit is nearly spent \(57 of 5000 left/)
    expect(run.services.find(s => s.service === 'checkout')?.state).toBe('deferred')
    expect(h.github.requests.slice(before).filter(r => r.status !== 200)).toEqual([])
    expect(since(h, before).writes).toBe(0)
  })

  it('waits out a secondary limit’s retry-after and carries on', async () => {
    const h = await TrainHarness.start()
    await startTrain(h.ctx, 'v1.5.0')
    h.approveAll('alice')
    h.github.rateLimitNext(1, {
      status: 429,
      retryAfterSeconds: 120,
      method: 'PUT',
      path: /merge$/
    })
    const run = await reconcileFleet(fleetOf(h, 5))

    expect(run.services.find(s => s.service === 'checkout')?.done.join('\n')).toMatch(
      /merged promotion PR #\d+ for us-east/
    )
    expect(h.github.requests.filter(r => r.status === 429)).toHaveLength(1)
    expect(h.github.ignoredRetryAfter).toEqual([])
  })
})
