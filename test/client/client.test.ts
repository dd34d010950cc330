import { afterEach, describe, expect, it } from '@jest/globals'
import { createClient, RegionalFetchError, routeFor } from '../../src/client/index.js'
import type {
  ClientEvent,
  ClientOptions,
  RegionalFetch,
  RegionRouteTable
} from '../../src/client/index.js'
import type { RouteTable } from '../../src/schema/generated.js'
import { startRegion, tableFor } from '../support/loopback-regions.js'
import type { LoopbackRegion } from '../support/loopback-regions.js'

/*
 * Real HTTP servers on 127.0.0.1, one per region. The assertions are about
 * which region answered, in what order attempts went out, how many requests
 * the servers saw and what the client reports about its own budget; never
 * about how long the machine took.
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
  table: RouteTable | RegionRouteTable,
  options: ClientOptions
): { fetch: RegionalFetch; events: ClientEvent[] } {
  const fetch = createClient(table, options)
  const events: ClientEvent[] = []
  fetch.events.on('event', (e: ClientEvent) => events.push(e))
  cleanup.push(() => fetch.close())
  return { fetch, events }
}

/** Waits for a condition that another process (a server closing a socket) makes true, for at most 5 s. */
async function eventually(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise(r => setTimeout(r, 10))
}

const of = <T extends ClientEvent['type']>(events: ClientEvent[], type: T) =>
  events.filter((e): e is Extract<ClientEvent, { type: T }> => e.type === type)

describe('createClient', () => {
  it('tries the caller’s own region first, then the route table’s order', async () => {
    const all = await regions('us-east', 'us-west', 'sweden')
    const { fetch, events } = client(tableFor(all), { region: 'us-west' })
    expect(fetch.order).toEqual(['us-west', 'us-east', 'sweden'])
    const response = await fetch('/orders/1')
    expect(await response.text()).toBe('us-west')
    expect(response.headers.get('x-region')).toBe('us-west')
    expect(of(events, 'attempt').map(e => e.region)).toEqual(['us-west'])
  })

  it("reads a region's route-table.json as the plan writes it: its own row, the URLs from a template", async () => {
    const all = await regions('us-east', 'us-west')
    const { endpoints, ...whole } = tableFor(all)
    const file: RegionRouteTable = {
      ...whole,
      tableVersion: 2,
      region: 'us-west',
      order: ['us-west', 'us-east', 'sweden'],
      // Loopback servers differ by port, so they are named; sweden's URL comes from the template.
      endpoint: 'https://checkout.{region}.internal.example.com',
      endpoints
    }
    expect(routeFor(file, 'us-west').endpoints).toEqual({
      ...endpoints,
      sweden: 'https://checkout.sweden.internal.example.com'
    })
    const { fetch } = client(file, { region: 'us-west' })
    expect(fetch.order).toEqual(['us-west', 'us-east', 'sweden'])
    expect(await (await fetch('/')).text()).toBe('us-west')
  })

  it('refuses a route-table.json of another format version, or of another region, naming what to do', async () => {
    const all = await regions('us-east')
    const file = {
      ...tableFor(all),
      tableVersion: 2 as const,
      region: 'us-east',
      order: ['us-east']
    }
    expect(() => createClient({ ...file, tableVersion: 3 as 2 }, { region: 'us-east' })).toThrow(
      /^tableVersion is 3; it must be 2, the format of checkout's route-table.json this client reads: upgrade multiregion\/client/
    )
    expect(() => createClient(file, { region: 'sweden' })).toThrow(
      /route table is the one of region "us-east", not of "sweden": mount the route-table.json of the region the caller runs in/
    )
  })

  it('fails over to the next region when a region dies, without waiting for the attempt timeout', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!], { timeoutMs: 10_000 }), {
      region: 'us-east'
    })
    expect(await (await fetch('/')).text()).toBe('us-east')
    await east!.kill()
    events.length = 0
    const response = await fetch('/')
    expect(await response.text()).toBe('us-west')
    expect(events.map(e => [e.type, 'region' in e ? e.region : undefined])).toEqual([
      ['attempt', 'us-east'],
      ['attempt-end', 'us-east'],
      ['failover', undefined],
      ['attempt', 'us-west'],
      ['attempt-end', 'us-west'],
      ['done', 'us-west']
    ])
    // A refused connection fails the attempt at once: it did not sit out its 10 s timeout.
    expect(of(events, 'attempt-end')[0]).toMatchObject({ outcome: 'error' })
    expect(of(events, 'failover')).toEqual([
      expect.objectContaining({ from: 'us-east', to: 'us-west' })
    ])
  })

  it('fails over from a region that hangs once the attempt timeout passes', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'hang' })
    // us-west's answer must come within the same timeout: a second leaves room on a loaded runner.
    const { fetch, events } = client(tableFor([east!, west!], { timeoutMs: 1000 }), {
      region: 'us-east'
    })
    expect(await (await fetch('/')).text()).toBe('us-west')
    expect(of(events, 'attempt-end').map(e => [e.region, e.outcome])).toEqual([
      ['us-east', 'timeout'],
      ['us-west', 'response']
    ])
  })

  it('opens a region’s breaker after repeated failures, then skips it and drops its kept-alive connections', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!]), {
      region: 'us-east',
      breaker: { failures: 3, cooldownMs: 60_000 }
    })
    await (await fetch('/')).text()
    expect(east!.connections).toEqual({ opened: 1, closed: 0 })
    east!.behave({ kind: 'status', status: 503 })
    for (let i = 0; i < 3; i++) expect(await (await fetch('/')).text()).toBe('us-west')
    expect(of(events, 'breaker')).toEqual([
      { type: 'breaker', region: 'us-east', from: 'closed', to: 'open' }
    ])
    const seen = east!.requests.length
    events.length = 0
    expect(await (await fetch('/')).text()).toBe('us-west')
    expect(of(events, 'attempt').map(e => e.region)).toEqual(['us-west'])
    expect(east!.requests).toHaveLength(seen)
    // The pooled connection to us-east was closed when its breaker opened.
    await eventually(() => east!.connections.closed === east!.connections.opened)
    expect(east!.connections.closed).toBe(east!.connections.opened)
  })

  it('closes a breaker again after a successful probe once its cooldown has passed', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    const { fetch, events } = client(tableFor([east!, west!]), {
      region: 'us-east',
      breaker: { failures: 1, cooldownMs: 1 }
    })
    east!.behave({ kind: 'status', status: 503 })
    expect(await (await fetch('/')).text()).toBe('us-west')
    east!.behave({ kind: 'ok' })
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(await (await fetch('/')).text()).toBe('us-east')
    expect(of(events, 'breaker').map(e => e.to)).toEqual(['open', 'half-open', 'closed'])
  })

  it('hedges a slow region to the next one and takes the first answer', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'delay', ms: 3000 })
    const table = tableFor([east!, west!], { timeoutMs: 10_000, deadlineMs: 20_000 })
    const { fetch, events } = client(table, { region: 'us-east', hedgeMs: 20 })
    const response = await fetch('/')
    expect(await response.text()).toBe('us-west')
    expect(of(events, 'hedge')).toEqual([
      expect.objectContaining({ from: 'us-east', to: 'us-west' })
    ])
    expect(of(events, 'attempt').map(e => [e.region, e.hedge])).toEqual([
      ['us-east', false],
      ['us-west', true]
    ])
    // The slow attempt is cancelled, not left running against the region.
    expect(of(events, 'attempt-end').map(e => [e.region, e.outcome])).toEqual([
      ['us-west', 'response'],
      ['us-east', 'cancelled']
    ])
  })

  it('without hedging waits for the slow region', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'delay', ms: 100 })
    const { fetch, events } = client(tableFor([east!, west!]), {
      region: 'us-east',
      hedgeMs: null
    })
    expect(await (await fetch('/')).text()).toBe('us-east')
    expect(of(events, 'hedge')).toEqual([])
    expect(west!.requests).toEqual([])
  })

  it('never hedges a request that is not idempotent', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'delay', ms: 100 })
    const { fetch, events } = client(tableFor([east!, west!]), { region: 'us-east', hedgeMs: 1 })
    expect(await (await fetch('/', { method: 'POST', body: '{}' })).text()).toBe('us-east')
    expect(of(events, 'hedge')).toEqual([])
    expect(west!.requests).toEqual([])
  })

  it('stops a retry storm at the retry budget when every region fails', async () => {
    const all = await regions('us-east', 'us-west', 'sweden')
    for (const region of all) region.behave({ kind: 'status', status: 503 })
    const requests = 50
    const { fetch, events } = client(tableFor(all, { retries: 3 }), {
      region: 'us-east',
      retryBudget: { ratio: 0.2, minPerSecond: 0 },
      breaker: { failures: 1_000_000 }
    })
    for (let i = 0; i < requests; i++) expect((await fetch('/')).status).toBe(503)
    const received = all.reduce((sum, r) => sum + r.requests.length, 0)
    // Without the budget: 4 attempts each, 200 in all. With it: the requests plus 20% of them.
    expect(received).toBeLessThanOrEqual(requests * 1.2)
    expect(received).toBeGreaterThan(requests)
    expect(of(events, 'retry-denied').filter(e => e.reason === 'budget').length).toBeGreaterThan(0)
  })

  it('never retries a request that is not idempotent', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'status', status: 503 })
    const { fetch, events } = client(tableFor([east!, west!]), { region: 'us-east' })
    const response = await fetch('/orders', { method: 'POST', body: '{"total":1}' })
    expect(response.status).toBe(503)
    expect(east!.requests).toEqual([{ method: 'POST', path: '/orders' }])
    expect(west!.requests).toEqual([])
    expect(of(events, 'retry-denied')).toEqual([
      expect.objectContaining({ reason: 'not-idempotent' })
    ])
    // Sent, then the connection broke: the PATCH may have run, so it is not sent elsewhere.
    east!.behave({ kind: 'reset' })
    await expect(fetch('/orders', { method: 'PATCH', body: '{}' })).rejects.toMatchObject({
      kind: 'failed',
      attempts: 1
    })
    expect(west!.requests).toEqual([])
  })

  it('retries a POST the caller marks idempotent', async () => {
    const [east, west] = await regions('us-east', 'us-west')
    east!.behave({ kind: 'status', status: 503 })
    const { fetch } = client(tableFor([east!, west!]), { region: 'us-east' })
    const response = await fetch('/orders', {
      method: 'POST',
      body: '{}',
      idempotent: true,
      headers: { 'idempotency-key': 'k1' }
    })
    expect(await response.text()).toBe('us-west')
  })

  it('never exceeds the deadline: attempts fit in what is left of it, and the request stops there', async () => {
    const all = await regions('us-east', 'us-west', 'sweden')
    for (const region of all) region.behave({ kind: 'hang' })
    const deadlineMs = 300
    const { fetch, events } = client(tableFor(all, { timeoutMs: 120, deadlineMs, retries: 10 }), {
      region: 'us-east',
      retryBudget: { ratio: 1, minPerSecond: 100 }
    })
    const error = (await fetch('/').catch((e: unknown) => e)) as RegionalFetchError
    expect(error).toBeInstanceOf(RegionalFetchError)
    expect(['deadline', 'failed']).toContain(error.kind)
    const attempts = of(events, 'attempt')
    expect(attempts.length).toBeGreaterThanOrEqual(1)
    for (const attempt of attempts) {
      expect(attempt.remainingMs).toBeGreaterThan(0)
      expect(attempt.timeoutMs).toBeLessThanOrEqual(Math.min(120, attempt.remainingMs))
    }
    // Sequential attempts: their timeouts together never add up to more than the deadline.
    expect(attempts.reduce((sum, a) => sum + a.timeoutMs, 0)).toBeLessThanOrEqual(deadlineMs)
    const [done] = of(events, 'done')
    expect(done).toMatchObject({ ok: false, deadlineMs, attempts: attempts.length })
    // Generous: the request ends at its deadline, not after another round of attempts.
    expect(done!.elapsedMs).toBeLessThan(deadlineMs + 2000)
    expect(error.elapsedMs).toBe(done!.elapsedMs)
  })

  it('stops at once when the caller aborts', async () => {
    const [east] = await regions('us-east')
    east!.behave({ kind: 'hang' })
    const { fetch } = client(tableFor([east!]), { region: 'us-east' })
    const controller = new AbortController()
    const pending = fetch('/', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' })
  })
})

describe('settings the client cannot keep', () => {
  it.each([
    ['an attempt timeout Node timers cannot hold (2^31 ms)', { timeoutMs: 2 ** 31 }, 'timeoutMs'],
    ['a deadline of zero', { deadlineMs: 0 }, 'deadlineMs'],
    ['a hedge delay that is not a number', { hedgeMs: Number.NaN }, 'hedgeMs'],
    ['a negative attempt timeout', { timeoutMs: -1 }, 'timeoutMs'],
    ['a fractional retry count', { retries: 1.5 }, 'retries']
  ] as [string, Partial<ClientOptions>, string][])(
    'refuses %s when the client is made, naming the setting',
    async (_, override, field) => {
      const [east] = await regions('us-east')
      const table = tableFor([east!])
      expect(() => createClient(table, { region: 'us-east', ...override })).toThrow(
        new RegExp(`^${field} `)
      )
      // The same value in a hand-edited route table.
      if (field !== 'hedgeMs')
        expect(() =>
          createClient({ ...table, ...override } as RouteTable, { region: 'us-east' })
        ).toThrow(new RegExp(`^${field} `))
    }
  )
})

describe('a caller region the route table has no row for', () => {
  it('is refused when the client is made, instead of trying every endpoint (China’s caller abroad)', async () => {
    const [east, china] = await regions('us-east', 'china')
    const table = tableFor([east!, china!])
    table.order = { 'us-east': ['us-east'], china: ['china'] }
    // The AWS location instead of the platform's region name, or REGION unset.
    for (const region of ['cn-north-1', undefined as unknown as string])
      expect(() => createClient(table, { region })).toThrow(/no row for region/)
    const inChina = createClient(table, { region: 'china' })
    expect(inChina.order).toEqual(['china'])
    await inChina.close()
  })
})

describe('multiregion/client', () => {
  it('is the package’s client export, built to dist/client.js', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as {
      exports: Record<string, { default: string }>
    }
    expect(pkg.exports['./client']!.default).toBe('./dist/client.js')
    const path: string = '../../dist/client.js'
    const built = (await import(path)) as Record<string, unknown>
    expect(typeof built.createClient).toBe('function')
  })
})
