import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/client/index.js'
import type { ClientEvent, ClientOptions, RegionalFetch } from '../../src/client/index.js'
import type { RouteTable } from '../../src/schema/generated.js'
import { startRegion, tableFor } from '../support/loopback-regions.js'
import type { LoopbackRegion } from '../support/loopback-regions.js'

/*
 * What a caller notices when regions fail while requests are in flight:
 * breakers that come back, requests that survive a breaker opening, a
 * long-lived abort signal that does not grow, and retries that wait before
 * hitting the same region again. Real servers on 127.0.0.1; assertions on
 * who answered and what the client reported, never on elapsed time.
 */

const cleanup: (() => Promise<void> | void)[] = []

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function regions(...names: string[]): Promise<LoopbackRegion[]> {
  const started = await Promise.all(names.map(name => startRegion(name)))
  cleanup.push(() => Promise.all(started.map(r => r.kill())).then(() => undefined))
  return started
}

function client(
  table: RouteTable,
  options: ClientOptions
): { fetch: RegionalFetch; events: ClientEvent[] } {
  const fetch = createClient(table, options)
  const events: ClientEvent[] = []
  fetch.events.on('event', (e: ClientEvent) => events.push(e))
  cleanup.push(() => fetch.close())
  return { fetch, events }
}

/** Waits for a condition that another party (a server, a timer) makes true, for at most 5 s. */
async function eventually(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise(r => setTimeout(r, 10))
}

const of = <T extends ClientEvent['type']>(events: ClientEvent[], type: T) =>
  events.filter((e): e is Extract<ClientEvent, { type: T }> => e.type === type)

/** Opens us-east's breaker (one failure opens it) and waits out its 1 ms cooldown. */
async function openThenCool(
  fetch: RegionalFetch,
  events: ClientEvent[],
  east: LoopbackRegion
): Promise<void> {
  east.behave({ kind: 'status', status: 503 })
  expect(await (await fetch('/')).text()).toBe('us-west')
  expect(of(events, 'breaker').map(e => e.to)).toEqual(['open'])
  await new Promise(resolve => setTimeout(resolve, 20))
}

describe('half-open probes', () => {
  it('frees the probe slot when the caller aborts the probe, so the region gets traffic again', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!], { timeoutMs: 10_000 }), {
      region: 'us-east',
      hedgeMs: null,
      breaker: { failures: 1, cooldownMs: 1 }
    })
    await openThenCool(fetch, events, east!)
    east!.behave({ kind: 'hang' })
    const controller = new AbortController()
    const probe = fetch('/', { signal: controller.signal })
    await eventually(() => east!.requests.length === 2)
    controller.abort()
    await expect(probe).rejects.toMatchObject({ kind: 'aborted' })
    east!.behave({ kind: 'ok' })
    expect(await (await fetch('/')).text()).toBe('us-east')
    expect(of(events, 'breaker').map(e => e.to)).toEqual(['open', 'half-open', 'closed'])
  })

  it('frees the probe slot when a hedge to another region wins', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!], { timeoutMs: 10_000 }), {
      region: 'us-east',
      hedgeMs: 20,
      breaker: { failures: 1, cooldownMs: 1 }
    })
    await openThenCool(fetch, events, east!)
    east!.behave({ kind: 'hang' })
    expect(await (await fetch('/')).text()).toBe('us-west')
    // The probe (request 2) hung in us-east; the hedge to us-west answered.
    expect(of(events, 'hedge').filter(e => e.request === 2)).toHaveLength(1)
    east!.behave({ kind: 'ok' })
    expect(await (await fetch('/')).text()).toBe('us-east')
    expect(of(events, 'breaker').map(e => e.to)).toEqual(['open', 'half-open', 'closed'])
  })
})

describe('opening a breaker', () => {
  it('lets requests already in flight to the region finish, and closes only idle connections', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!], { timeoutMs: 10_000 }), {
      region: 'us-east',
      hedgeMs: null,
      breaker: { failures: 1, cooldownMs: 60_000 }
    })
    await (await fetch('/')).text()
    east!.behave({ kind: 'delay', ms: 300 })
    const slow = fetch('/slow', { method: 'POST', body: '{"total":1}' })
    await eventually(() => east!.requests.length === 2)
    east!.behave({ kind: 'status', status: 503 })
    expect(await (await fetch('/')).text()).toBe('us-west')
    expect(of(events, 'breaker').map(e => e.to)).toEqual(['open'])
    // The POST in flight when the breaker opened was answered by us-east, not cut off.
    const answered = await slow
    expect(answered.status).toBe(200)
    expect(await answered.text()).toBe('us-east')
    const posts = of(events, 'attempt-end').filter(e => e.request === 2)
    expect(posts.map(e => [e.region, e.outcome])).toEqual([['us-east', 'response']])
    // Once idle, every connection to the open region is closed.
    await eventually(() => east!.connections.closed === east!.connections.opened)
    expect(east!.connections.closed).toBe(east!.connections.opened)
  })
})

describe('a long-lived caller signal', () => {
  it('carries no listener or dependant signal of the client once requests are done', async () => {
    const [east] = await regions('us-east')
    const { fetch } = client(tableFor([east!]), { region: 'us-east' })
    const controller = new AbortController()
    for (let i = 0; i < 50; i++) await (await fetch('/', { signal: controller.signal })).text()
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
    // Node 20's AbortSignal.any keeps a reference per composite signal on its sources (nodejs/node#55351).
    const dependants = Object.getOwnPropertySymbols(controller.signal).find(
      s => s.description === 'kDependantSignals'
    )
    const held = dependants
      ? (controller.signal as unknown as Record<symbol, Set<unknown> | undefined>)[dependants]
      : undefined
    expect(held?.size ?? 0).toBe(0)
    // The signal still works: aborting it stops a request.
    east!.behave({ kind: 'hang' })
    const pending = fetch('/', { signal: controller.signal })
    await eventually(() => east!.requests.length === 51)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' })
  })
})

describe('many requests sharing one caller signal', () => {
  it('adds one listener to it, not one per request in flight (no MaxListenersExceededWarning), and aborts them all', async () => {
    const [east] = await regions('us-east')
    east!.behave({ kind: 'hang' })
    const { fetch } = client(tableFor([east!], { timeoutMs: 10_000 }), {
      region: 'us-east',
      hedgeMs: null
    })
    const warnings: Error[] = []
    const onWarning = (w: Error) => warnings.push(w)
    process.on('warning', onWarning)
    cleanup.push(() => void process.off('warning', onWarning))
    const controller = new AbortController()
    const pending = Array.from({ length: 50 }, () =>
      fetch('/', { signal: controller.signal }).catch((e: unknown) => e)
    )
    await eventually(() => east!.requests.length === 50)
    // EventTarget scans its listeners on every add, and warns of a leak past 10 of them.
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    controller.abort()
    for (const outcome of await Promise.all(pending))
      expect(outcome).toMatchObject({ kind: 'aborted' })
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
    await new Promise(resolve => setImmediate(resolve))
    expect(warnings.filter(w => w.name === 'MaxListenersExceededWarning')).toEqual([])
  })
})

describe('deadline and retries', () => {
  it('reports kind deadline when the attempt timeout equals the deadline', async () => {
    const [east] = await regions('us-east')
    east!.behave({ kind: 'hang' })
    const { fetch } = client(tableFor([east!], { timeoutMs: 150, deadlineMs: 150 }), {
      region: 'us-east'
    })
    for (let i = 0; i < 3; i++)
      await expect(fetch('/')).rejects.toMatchObject({ kind: 'deadline', attempts: 1 })
  })

  it('retries the same region only after a jittered backoff', async () => {
    const [east] = await regions('us-east')
    east!.behave({ kind: 'status', status: 503 })
    const draws = [0.5, 0.25]
    const { fetch, events } = client(tableFor([east!], { retries: 2 }), {
      region: 'us-east',
      backoff: { baseMs: 40, maxMs: 1000 },
      random: () => draws.shift() ?? 0.5
    })
    expect((await fetch('/')).status).toBe(503)
    expect(events.map(e => e.type)).toEqual([
      'attempt',
      'attempt-end',
      'backoff',
      'attempt',
      'attempt-end',
      'backoff',
      'attempt',
      'attempt-end',
      'retry-denied',
      'done'
    ])
    // Full jitter: a random share of 40 ms, then of 80 ms.
    expect(of(events, 'backoff').map(e => [e.region, e.delayMs])).toEqual([
      ['us-east', 20],
      ['us-east', 20]
    ])
    expect(east!.requests).toHaveLength(3)
  })

  it('fails over to another region at once, without a backoff', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'status', status: 503 })
    const { fetch, events } = client(tableFor([east!, west!]), { region: 'us-east' })
    expect(await (await fetch('/')).text()).toBe('us-west')
    expect(of(events, 'backoff')).toEqual([])
  })

  it('retries a POST whose connection was refused, since it was never sent', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!]), { region: 'us-east' })
    await east!.kill()
    const response = await fetch('/orders', { method: 'POST', body: '{"total":1}' })
    expect(await response.text()).toBe('us-west')
    expect(west!.requests).toEqual([{ method: 'POST', path: '/orders' }])
    expect(of(events, 'retry-denied')).toEqual([])
  })

  it('does not retry a POST whose connection broke after it was sent', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'reset' })
    const { fetch, events } = client(tableFor([east!, west!]), { region: 'us-east' })
    await expect(fetch('/orders', { method: 'POST', body: '{}' })).rejects.toMatchObject({
      kind: 'failed',
      attempts: 1
    })
    expect(east!.requests).toEqual([{ method: 'POST', path: '/orders' }])
    expect(west!.requests).toEqual([])
    expect(of(events, 'retry-denied')).toEqual([
      expect.objectContaining({ reason: 'not-idempotent' })
    ])
  })
})

describe('a request the caller got wrong', () => {
  it('fails at once as invalid, without retrying it everywhere or opening any region’s breaker', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!]), {
      region: 'us-east',
      hedgeMs: null
    })
    // A header value forwarded with CR LF in it, or one HTTP/1.1 framing reserves: undici refuses to send either.
    for (const headers of [
      { 'x-forwarded-user': 'a\r\nb' },
      { 'transfer-encoding': 'chunked' }
    ] as Record<string, string>[])
      for (let i = 0; i < 5; i++)
        await expect(fetch('/', { headers })).rejects.toMatchObject({
          kind: 'invalid',
          attempts: 1
        })
    expect(of(events, 'breaker')).toEqual([])
    expect(of(events, 'retry-denied')).toEqual([])
    expect(await (await fetch('/')).text()).toBe('us-east')
    expect(east!.requests.length + west!.requests.length).toBe(1)
  })
})
