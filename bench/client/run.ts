/**
 * Measures the client library against the ways a service could call another
 * one over HTTP, with the servers in their own process (bench/client/server.ts,
 * forked), so the CPU time read here is the caller's alone:
 *
 * 1. transports: node:http with a keep-alive agent (the floor), plain fetch,
 *    undici's Pool.request (unbounded, and capped at the client's
 *    connections per region), cockatiel (retry + breaker + timeout over
 *    node:http) and the client; CPU and wall time per request, throughput
 *    and p50/p99 at 1, 64 and 512 requests in flight (closed loop), with the
 *    ratios against the goals and their spread over the rounds;
 * 2. tail: an open-loop load (a fixed arrival rate, latency counted from
 *    when each request was due) on a region that answers 1 request in 10
 *    slowly, without and with hedging;
 * 3. failover: the first request after its region dies (refused) or hangs;
 * 4. soak: 200k healthy requests, then one that fails over from a hung
 *    region; how long that first retry takes, and the heap before and after.
 *
 *   npm run bench:client
 *   BENCH_ROUNDS=9 BENCH_PARTS=transports npm run bench:client
 *
 * Asserts nothing. See bench/README.md for how to read the output.
 */
import { fork } from 'node:child_process'
import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import {
  ConsecutiveBreaker,
  ExponentialBackoff,
  TimeoutStrategy,
  circuitBreaker,
  handleAll,
  retry,
  timeout,
  wrap
} from 'cockatiel'
import { Pool } from 'undici'
import { createClient } from '../../src/client/index.js'
import { MAX_CONNECTIONS } from '../../src/routing/route-table.js'
import type { RouteTable } from '../../src/schema/generated.js'
import type { Command } from './server.js'

const LEVELS = [
  { concurrency: 1, requests: 1_000 },
  { concurrency: 64, requests: 5_000 },
  { concurrency: 512, requests: 5_000 }
]
/** Interleaved rounds per level: more on a shared machine, where one round says little. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
/** The parts to run, comma-separated; all by default. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'transports,tail,failover,soak').split(','))
/** Generous, for the client and cockatiel alike: this part measures overhead, not failure handling. */
const TRANSPORT_TIMEOUT_MS = 10_000
const TAIL = { rate: 400, seconds: 5, slowEvery: 10, slowMs: 250, hedgeMs: 20 }
const SOAK_REQUESTS = 200_000
const SOAK_TIMEOUT_MS = 200

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

// ---- the server process ---------------------------------------------------

const child = fork(new URL('./server.ts', import.meta.url), [], {
  execArgv: ['--import', 'tsx'],
  stdio: 'inherit'
})
const replies = new Map<number, (reply: { url?: string }) => void>()
let nextId = 0
await new Promise<void>(resolve =>
  child.once('message', () => {
    child.on('message', (reply: { id: number; url?: string }) => {
      replies.get(reply.id)?.(reply)
      replies.delete(reply.id)
    })
    resolve()
  })
)
type Request = Command extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never
function tell(command: Request): Promise<{ url?: string }> {
  const id = ++nextId
  return new Promise(resolve => {
    replies.set(id, resolve)
    child.send({ id, ...command })
  })
}
let regionCount = 0
async function region(name: string, slowEvery = 0, slowMs = 0) {
  const unique = `${name}-${++regionCount}`
  const { url } = await tell({ start: { name: unique, slowEvery, slowMs } })
  return {
    name: unique,
    url: url!,
    hang: () => tell({ behave: { name: unique, mode: 'hang' } }),
    kill: () => tell({ kill: unique })
  }
}
type Region = Awaited<ReturnType<typeof region>>

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

// ---- measuring ------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

interface Run {
  wallMs: number
  cpuUs: number
  latencies: number[]
  /** Requests that failed (a timeout on an overloaded machine, an open breaker): counted, not fatal. */
  errors: number
}

/** `requests` sends, `concurrency` at a time (closed loop): each worker sends its next request when the last answers. */
async function closedLoop(
  send: () => Promise<unknown>,
  requests: number,
  concurrency: number,
  { keepLatencies = true } = {}
): Promise<Run> {
  const latencies: number[] = []
  let issued = 0
  let errors = 0
  const worker = async () => {
    while (issued < requests) {
      issued++
      const start = performance.now()
      await send().catch(() => errors++)
      if (keepLatencies) latencies.push(performance.now() - start)
    }
  }
  const cpu = process.cpuUsage()
  const start = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const wallMs = performance.now() - start
  const used = process.cpuUsage(cpu)
  return {
    wallMs,
    cpuUs: used.user + used.system,
    latencies: latencies.sort((a, b) => a - b),
    errors
  }
}

// ---- 1. transports --------------------------------------------------------

async function transports(): Promise<void> {
  const east = await region('us-east')
  const agent = new Agent({ keepAlive: true })
  const httpGet = (signal?: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      request(east.url, { agent, ...(signal ? { signal } : {}) }, res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve(body))
        res.on('error', reject)
      })
        .on('error', reject)
        .end()
    })
  const pool = new Pool(east.url)
  // The client's own cap (route table maxConnections): the same queueing, so the comparison is of overhead alone.
  const capped = new Pool(east.url, { connections: MAX_CONNECTIONS })
  const cockatiel = wrap(
    retry(handleAll, { maxAttempts: 2, backoff: new ExponentialBackoff() }),
    circuitBreaker(handleAll, { halfOpenAfter: 5000, breaker: new ConsecutiveBreaker(5) }),
    timeout(TRANSPORT_TIMEOUT_MS, TimeoutStrategy.Aggressive)
  )
  const client = createClient(
    table([east], { timeoutMs: TRANSPORT_TIMEOUT_MS, deadlineMs: 3 * TRANSPORT_TIMEOUT_MS }),
    { region: east.name }
  )
  const contenders: [string, () => Promise<unknown>][] = [
    ['node:http keep-alive', () => httpGet()],
    ['fetch', () => fetch(east.url).then(r => r.text())],
    [
      'undici Pool.request',
      () => pool.request({ path: '/', method: 'GET' }).then(r => r.body.text())
    ],
    [
      `undici Pool, ${MAX_CONNECTIONS} conns`,
      () => capped.request({ path: '/', method: 'GET' }).then(r => r.body.text())
    ],
    ['cockatiel + node:http', () => cockatiel.execute(({ signal }) => httpGet(signal))],
    ['multiregion client', () => client('/').then(r => r.text())]
  ]
  const summary: Record<number, Record<string, { cpuUs: number; rps: number }>> = {}
  /** Per level, each round's client req/s divided by each baseline's in the same round. */
  const ratios: Record<number, Record<string, number[]>> = {}
  for (const { concurrency, requests } of LEVELS) {
    const best = new Map<
      string,
      { cpuUs: number; rps: number; p50: number; p99: number; errors: number }
    >()
    const perRound: Record<string, number[]> = {}
    for (const [, send] of contenders) await closedLoop(send, 1000, concurrency) // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved rounds, best of each, so a noisy moment on a shared machine hurts all alike.
      const rps: Record<string, number> = {}
      for (const [name, send] of contenders) {
        gc()
        const run = await closedLoop(send, requests, concurrency)
        const figures = {
          cpuUs: run.cpuUs / requests,
          rps: requests / (run.wallMs / 1000),
          p50: percentile(run.latencies, 50),
          p99: percentile(run.latencies, 99),
          errors: run.errors
        }
        rps[name] = figures.rps
        const previous = best.get(name)
        if (!previous) best.set(name, figures)
        else
          best.set(name, {
            cpuUs: Math.min(previous.cpuUs, figures.cpuUs),
            rps: Math.max(previous.rps, figures.rps),
            p50: Math.min(previous.p50, figures.p50),
            p99: Math.min(previous.p99, figures.p99),
            errors: previous.errors + figures.errors
          })
      }
      for (const baseline of ['undici Pool.request', `undici Pool, ${MAX_CONNECTIONS} conns`])
        (perRound[baseline] ??= []).push(rps['multiregion client']! / rps[baseline]!)
    }
    ratios[concurrency] = perRound
    console.log(
      `transports: ${requests} GETs, ${concurrency} in flight, best of ${ROUNDS} interleaved rounds`
    )
    console.log(
      `  ${'contender'.padEnd(24)}${'CPU µs/req'.padStart(12)}${'wall µs/req'.padStart(13)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}`
    )
    for (const [name, f] of best)
      console.log(
        `  ${name.padEnd(24)}${f.cpuUs.toFixed(1).padStart(12)}${(1e6 / f.rps).toFixed(1).padStart(13)}${f.rps.toFixed(0).padStart(9)}${f.p50.toFixed(2).padStart(9)}${f.p99.toFixed(2).padStart(9)}${String(f.errors).padStart(8)}`
      )
    summary[concurrency] = Object.fromEntries(best)
  }
  console.log('goals (client against the others, same server, same run)')
  for (const { concurrency } of LEVELS) {
    const s = summary[concurrency]!
    const me = s['multiregion client']!
    const line = [
      `CPU/req vs node:http ${(me.cpuUs / s['node:http keep-alive']!.cpuUs).toFixed(2)} (goal ≤ 1.20)`,
      `vs cockatiel ${(me.cpuUs / s['cockatiel + node:http']!.cpuUs).toFixed(2)} (goal ≤ 1.00)`,
      `req/s vs undici Pool ${(me.rps / s['undici Pool.request']!.rps).toFixed(2)}${concurrency > 1 ? ' (goal ≥ 0.80)' : ''}`,
      `vs cockatiel ${(me.rps / s['cockatiel + node:http']!.rps).toFixed(2)}`
    ]
    console.log(`  ${String(concurrency).padStart(3)} in flight: ${line.join(', ')}`)
  }
  console.log(
    `spread: client req/s over the baseline's in the same round, median [min, max] of ${ROUNDS} rounds`
  )
  for (const { concurrency } of LEVELS) {
    const line = Object.entries(ratios[concurrency]!).map(([baseline, values]) => {
      const sorted = [...values].sort((a, b) => a - b)
      return `vs ${baseline} ${percentile(sorted, 50).toFixed(2)} [${sorted[0]!.toFixed(2)}, ${sorted.at(-1)!.toFixed(2)}]`
    })
    console.log(`  ${String(concurrency).padStart(3)} in flight: ${line.join(', ')}`)
  }
  await client.close()
  await pool.close()
  await capped.close()
  agent.destroy()
  await east.kill()
}

// ---- 2. tail, open loop ---------------------------------------------------

async function tail(): Promise<void> {
  const total = TAIL.rate * TAIL.seconds
  console.log(
    `tail: open loop, ${TAIL.rate} GETs/s for ${TAIL.seconds} s; us-east answers 1 in ${TAIL.slowEvery} after ${TAIL.slowMs} ms; latency from when each request was due`
  )
  for (const hedgeMs of [null, TAIL.hedgeMs]) {
    const east = await region('us-east', TAIL.slowEvery, TAIL.slowMs)
    const west = await region('us-west')
    const client = createClient(table([east, west]), { region: east.name, hedgeMs })
    let hedges = 0
    let failed = 0
    const denied: Record<string, number> = {}
    client.events.on('hedge', () => hedges++)
    client.events.on('retry-denied', (e: { reason: string }) => {
      denied[e.reason] = (denied[e.reason] ?? 0) + 1
    })
    await closedLoop(() => client('/').then(r => r.text()), 200, 8) // warm-up
    hedges = 0
    for (const reason of Object.keys(denied)) delete denied[reason]
    const latencies: number[] = []
    const pending: Promise<unknown>[] = []
    const start = performance.now()
    let sent = 0
    await new Promise<void>(resolve => {
      // Every millisecond, send every request whose time has come, however many are still unanswered.
      const tick = setInterval(() => {
        const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * TAIL.rate))
        for (; sent < due; sent++) {
          const dueAt = start + (sent * 1000) / TAIL.rate
          pending.push(
            client('/')
              .then(r => r.text())
              .then(
                () => latencies.push(performance.now() - dueAt),
                () => failed++
              )
          )
        }
        if (sent === total) {
          clearInterval(tick)
          resolve()
        }
      }, 1)
    })
    await Promise.all(pending)
    latencies.sort((a, b) => a - b)
    const label = hedgeMs === null ? 'no hedging' : `hedge after ${hedgeMs} ms`
    console.log(
      `  ${label.padEnd(18)} p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  p99.9 ${percentile(latencies, 99.9).toFixed(1)} ms  (${hedges} hedges for ${total} requests; ${failed} failed; retries denied: ${JSON.stringify(denied)})`
    )
    await client.close()
    await Promise.all([east.kill(), west.kill()])
  }
}

// ---- 3. failover ----------------------------------------------------------

async function failover(): Promise<void> {
  console.log('failover: the first request after its region dies; median of 5')
  for (const how of ['refused', 'hung'] as const) {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const [east, west] = [await region('us-east'), await region('us-west')]
      const client = createClient(table([east, west], { timeoutMs: 200 }), { region: east.name })
      await (await client('/')).text()
      await (how === 'refused' ? east.kill() : east.hang())
      const start = performance.now()
      const answer = await (await client('/')).text()
      times.push(performance.now() - start)
      if (answer !== west.name) throw new Error(`expected ${west.name} to answer, got ${answer}`)
      await client.close()
      await Promise.all([east.kill(), west.kill()])
    }
    times.sort((a, b) => a - b)
    const detail = how === 'refused' ? 'connection refused' : 'region hangs; attempt timeout 200 ms'
    console.log(`  ${how.padEnd(8)} ${percentile(times, 50).toFixed(1)} ms  (${detail})`)
  }
}

// ---- 4. soak --------------------------------------------------------------

async function soak(): Promise<void> {
  const [east, west] = [await region('us-east'), await region('us-west')]
  const client = createClient(table([east, west], { timeoutMs: SOAK_TIMEOUT_MS }), {
    region: east.name,
    hedgeMs: null
  })
  const send = () => client('/').then(r => r.text())
  await closedLoop(send, 2000, 64)
  gc()
  const before = process.memoryUsage().heapUsed
  // No latencies kept: 200k numbers would be the growth measured.
  const { wallMs } = await closedLoop(send, SOAK_REQUESTS, 64, { keepLatencies: false })
  gc()
  const after = process.memoryUsage().heapUsed
  await east.hang()
  const ends: number[] = []
  client.events.on('attempt-end', (e: { elapsedMs: number }) => ends.push(e.elapsedMs))
  const start = performance.now()
  // The machine's own timer lateness, measured alongside: a bare timer of the attempt timeout.
  const bare = new Promise<number>(resolve =>
    setTimeout(() => resolve(performance.now() - start), SOAK_TIMEOUT_MS)
  )
  const answer = await (await client('/')).text()
  const firstRetryMs = performance.now() - start
  if (answer !== west.name) throw new Error(`expected ${west.name} to answer, got ${answer}`)
  // us-west had no connection yet; what a first request on a new connection costs here, without the client.
  const cold = new Pool(west.url)
  const coldStart = performance.now()
  await (await cold.request({ path: '/', method: 'GET' })).body.text()
  const coldMs = performance.now() - coldStart
  await cold.close()
  console.log(
    `soak: ${SOAK_REQUESTS} healthy GETs (64 in flight, ${(SOAK_REQUESTS / (wallMs / 1000)).toFixed(0)} req/s), then us-east hangs`
  )
  console.log(
    `  heap after gc: before ${(before / 1e6).toFixed(1)} MB, after ${(after / 1e6).toFixed(1)} MB (${(((after - before) / before) * 100).toFixed(1)}%)`
  )
  console.log(
    `  first retry: answered by us-west after ${firstRetryMs.toFixed(1)} ms (goal ≤ attempt timeout ${SOAK_TIMEOUT_MS} ms + 10 = ${SOAK_TIMEOUT_MS + 10} ms); ` +
      `us-east timed out at ${ends[0]!.toFixed(1)} ms, us-west answered ${(ends[1]! - ends[0]!).toFixed(1)} ms later; ` +
      `a bare ${SOAK_TIMEOUT_MS} ms timer alongside fired at ${(await bare).toFixed(1)} ms, ` +
      `and a first GET on a new undici connection to us-west took ${coldMs.toFixed(1)} ms`
  )
  await client.close()
  await Promise.all([east.kill(), west.kill()])
}

try {
  if (PARTS.has('transports')) await transports()
  if (PARTS.has('tail')) await tail()
  if (PARTS.has('failover')) await failover()
  if (PARTS.has('soak')) await soak()
} finally {
  child.kill()
}
