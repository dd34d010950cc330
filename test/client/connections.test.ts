import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/client/index.js'
import type { RouteTable } from '../../src/schema/generated.js'

/*
 * A burst of concurrent requests through one client: the client opens at
 * most the route table's maxConnections to a region and queues the rest,
 * instead of one socket per request in flight.
 */

const cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

/** A region whose server counts the connections it accepts and answers each request after a short wait. */
async function countingRegion(): Promise<{ url: string; connections: () => number }> {
  let connections = 0
  const server = createServer({ keepAlive: true }, (req, res) => {
    req.resume()
    setTimeout(() => res.end('ok'), 20)
  })
  server.on('connection', () => connections++)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', 1024, resolve))
  cleanup.push(
    () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  )
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections
  }
}

function table(url: string, maxConnections?: number): RouteTable {
  return {
    service: 'checkout',
    hostname: 'checkout.internal.example.com',
    timeoutMs: 20_000,
    deadlineMs: 60_000,
    retries: 0,
    retryBudget: { ratio: 0.2, minPerSecond: 10 },
    endpoints: { 'us-east': url },
    order: { 'us-east': ['us-east'] },
    ...(maxConnections === undefined ? {} : { maxConnections })
  }
}

describe('connections per region', () => {
  it('opens at most the route table’s maxConnections for 300 requests in flight, and answers them all', async () => {
    const region = await countingRegion()
    const fetch = createClient(table(region.url, 8), { region: 'us-east' })
    cleanup.push(() => fetch.close())
    const answers = await Promise.all(
      Array.from({ length: 300 }, () => fetch('/').then(r => r.status))
    )
    expect(answers.filter(s => s === 200)).toHaveLength(300)
    expect(region.connections()).toBeLessThanOrEqual(8)
  })

  it('caps a table written before maxConnections existed at the plan’s default', async () => {
    const region = await countingRegion()
    const fetch = createClient(table(region.url), { region: 'us-east' })
    cleanup.push(() => fetch.close())
    await Promise.all(Array.from({ length: 300 }, () => fetch('/')))
    expect(region.connections()).toBeLessThanOrEqual(128)
  })

  it('refuses a cap below one, naming the setting', () => {
    expect(() => createClient(table('http://127.0.0.1:1', 0), { region: 'us-east' })).toThrow(
      /^maxConnections /
    )
  })
})
