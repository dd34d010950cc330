/**
 * Measures the client library against real HTTP servers on 127.0.0.1, one
 * per region, and prints three figures:
 *
 * 1. overhead: µs per request through the client against plain fetch on the
 *    same server (and against node:http with a keep-alive agent, the
 *    client's own transport), with the ratios;
 * 2. failover: how long the first request takes after its region dies, for
 *    a refused connection and for a region that hangs (bounded by the
 *    attempt timeout);
 * 3. tail: p50/p99 when one region answers 1 request in 10 slowly, without
 *    and with hedging to the next region.
 *
 *   npm run bench:client
 *
 * Asserts nothing. See bench/README.md for how to read the output.
 */
import { Agent, createServer, request } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { performance } from 'node:perf_hooks'
import { createClient } from '../../src/client/index.js'
import type { RouteTable } from '../../src/schema/generated.js'

const OVERHEAD_REQUESTS = 3000
const OVERHEAD_ROUNDS = 3
const TAIL_REQUESTS = 600
const TAIL_CONCURRENCY = 10
const SLOW_MS = 250
const HEDGE_MS = 20

interface Region {
  name: string
  url: string
  /** Answers request n after this many ms. */
  delay: (n: number) => number
  hang: boolean
  kill: () => Promise<void>
}

async function region(name: string, delay: (n: number) => number = () => 0): Promise<Region> {
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  let n = 0
  const self: Region = { name, url: '', delay, hang: false, kill: async () => {} }
  const server: Server = createServer({ keepAlive: true }, (req, res) => {
    req.resume()
    if (self.hang) return
    const answer = () => res.end(name)
    const ms = self.delay(n++)
    if (ms === 0) return answer()
    const timer = setTimeout(() => {
      timers.delete(timer)
      answer()
    }, ms)
    timers.add(timer)
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  self.kill = () =>
    new Promise(resolve => {
      server.close(() => resolve())
      for (const timer of timers) clearTimeout(timer)
      for (const socket of sockets) socket.destroy()
    })
  return self
}

function table(regions: Region[], settings: Partial<RouteTable> = {}): RouteTable {
  return {
    service: 'bench',
    hostname: 'bench.internal.example.com',
    timeoutMs: 2000,
    deadlineMs: 6000,
    retries: 2,
    retryBudget: { ratio: 0.2, minPerSecond: 10 },
    ...settings,
    endpoints: Object.fromEntries(regions.map(r => [r.name, r.url])),
    order: { [regions[0]!.name]: regions.map(r => r.name) }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function timeEach(requests: number, send: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < requests; i++) await send()
  return ((performance.now() - start) * 1000) / requests
}

async function overhead(): Promise<void> {
  const east = await region('us-east')
  const client = createClient(table([east]), { region: 'us-east' })
  const agent = new Agent({ keepAlive: true })
  const viaFetch = () => fetch(east.url).then(r => r.text())
  const viaHttp = () =>
    new Promise<void>((resolve, reject) => {
      request(east.url, { agent }, res => {
        res.resume()
        res.on('end', resolve)
      })
        .on('error', reject)
        .end()
    })
  const viaClient = () => client('/').then(r => r.text())
  const best = { fetch: Infinity, http: Infinity, client: Infinity }
  for (let round = 0; round < OVERHEAD_ROUNDS; round++) {
    // Interleaved rounds, best of each, so a noisy moment on a shared machine hurts all three alike.
    best.fetch = Math.min(best.fetch, await timeEach(OVERHEAD_REQUESTS, viaFetch))
    best.http = Math.min(best.http, await timeEach(OVERHEAD_REQUESTS, viaHttp))
    best.client = Math.min(best.client, await timeEach(OVERHEAD_REQUESTS, viaClient))
  }
  console.log(`overhead (${OVERHEAD_REQUESTS} sequential GETs, best of ${OVERHEAD_ROUNDS})`)
  console.log(`  plain fetch            ${best.fetch.toFixed(1)} µs/request`)
  console.log(`  node:http + keep-alive ${best.http.toFixed(1)} µs/request`)
  console.log(
    `  multiregion client     ${best.client.toFixed(1)} µs/request  ratio vs fetch ${(best.client / best.fetch).toFixed(2)}, vs node:http ${(best.client / best.http).toFixed(2)}`
  )
  client.close()
  agent.destroy()
  await east.kill()
}

async function failover(): Promise<void> {
  console.log('failover (first request after its region dies; median of 5)')
  for (const how of ['refused', 'hung'] as const) {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const [east, west] = [await region('us-east'), await region('us-west')]
      const client = createClient(table([east, west], { timeoutMs: 200 }), { region: 'us-east' })
      await (await client('/')).text()
      if (how === 'refused') await east.kill()
      else east.hang = true
      const start = performance.now()
      const answer = await (await client('/')).text()
      times.push(performance.now() - start)
      if (answer !== 'us-west') throw new Error(`expected us-west to answer, got ${answer}`)
      client.close()
      await Promise.all([east.kill(), west.kill()])
    }
    times.sort((a, b) => a - b)
    const detail = how === 'refused' ? 'connection refused' : 'region hangs; attempt timeout 200 ms'
    console.log(`  ${how.padEnd(8)} ${percentile(times, 50).toFixed(1)} ms  (${detail})`)
  }
}

async function tail(): Promise<void> {
  console.log(
    `tail (${TAIL_REQUESTS} GETs, ${TAIL_CONCURRENCY} at a time; us-east answers 1 in 10 after ${SLOW_MS} ms)`
  )
  for (const hedgeMs of [null, HEDGE_MS]) {
    const east = await region('us-east', n => (n % 10 === 9 ? SLOW_MS : 0))
    const west = await region('us-west')
    const client = createClient(table([east, west]), { region: 'us-east', hedgeMs })
    let hedges = 0
    client.events.on('hedge', () => hedges++)
    const latencies: number[] = []
    let next = 0
    const worker = async () => {
      while (next < TAIL_REQUESTS) {
        next++
        const start = performance.now()
        await (await client('/')).text()
        latencies.push(performance.now() - start)
      }
    }
    await Promise.all(Array.from({ length: TAIL_CONCURRENCY }, worker))
    latencies.sort((a, b) => a - b)
    const label = hedgeMs === null ? 'no hedging' : `hedge after ${hedgeMs} ms`
    console.log(
      `  ${label.padEnd(18)} p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  (${hedges} hedges)`
    )
    client.close()
    await Promise.all([east.kill(), west.kill()])
  }
}

await overhead()
await failover()
await tail()
