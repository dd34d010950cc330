import { afterAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as grpc from '@grpc/grpc-js'
import { compileGrpc } from '../../src/routing/grpc.js'
import { meshRoutes } from '../../src/routing/mesh.js'
import type { RouteTable } from '../../src/schema/generated.js'
import { ROOT } from '../support/paths.js'

/*
 * The client's conformance vectors (conformance/client) run against a real
 * grpc-js client configured with the generated gRPC service config. A gRPC
 * channel has one target: which region answers is DNS's and the load
 * balancer's business, not the service config's. So every region's scripted
 * answers come from one loopback server, attempt by attempt in the order the
 * vector expects, and what is compared is what the service config decides:
 * how many attempts, hedged or not, and the outcome. Vectors that need what
 * gRPC's config cannot express (a per-attempt timeout, breakers, method
 * idempotency, connection failures) are listed as skipped by feature.
 */

const VECTORS = join(ROOT, 'conformance', 'client', 'vectors')
const EXPRESSIBLE = new Set(['order', 'retry-status', 'retries', 'hedge', 'deadline'])

interface Entry {
  status?: number
  delayMs?: number
  hang?: boolean
  reset?: boolean
}
interface Vector {
  name: string
  features: string[]
  table: RouteTable
  caller: string
  down?: string[]
  script?: Record<string, Entry[]>
  requests: {
    request: { method: string; idempotent?: boolean }
    expect: {
      attempts: { region: string; hedge: boolean }[]
      outcome: { status: number; region: string } | { error: string }
      received?: Record<string, number>
    }
  }[]
}

const vectors = readdirSync(VECTORS)
  .filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(readFileSync(join(VECTORS, f), 'utf8')) as Vector)

function expressible(v: Vector): boolean {
  return (
    v.features.every(f => EXPRESSIBLE.has(f)) &&
    !v.down?.length &&
    Object.values(v.script ?? {}).every(entries => entries.every(e => !e.reset)) &&
    v.requests.every(r => r.request.method === 'GET')
  )
}

/** HTTP status to gRPC code, as gRPC's doc/http-grpc-status-mapping.md maps them. */
function codeOf(status: number): grpc.status {
  if (status === 200) return grpc.status.OK
  if ([502, 503, 504].includes(status)) return grpc.status.UNAVAILABLE
  if (status === 429) return grpc.status.UNAVAILABLE
  if (status === 404) return grpc.status.UNIMPLEMENTED
  if (status === 401) return grpc.status.UNAUTHENTICATED
  if (status === 403) return grpc.status.PERMISSION_DENIED
  return grpc.status.UNKNOWN
}

const METHOD = {
  path: '/multiregion.conformance.Echo/Call',
  requestStream: false,
  responseStream: false,
  requestSerialize: (b: Buffer) => b,
  requestDeserialize: (b: Buffer) => b,
  responseSerialize: (b: Buffer) => b,
  responseDeserialize: (b: Buffer) => b
}

const servers: grpc.Server[] = []
afterAll(() => servers.forEach(s => s.forceShutdown()))

async function run(v: Vector) {
  const received: Record<string, number> = {}
  let expected: Vector['requests'][number]['expect']['attempts'] = []
  let attempt = 0
  const server = new grpc.Server()
  servers.push(server)
  server.addService(
    { call: METHOD },
    {
      call: (_call: unknown, done: grpc.sendUnaryData<Buffer>) => {
        const region = (expected[attempt] ?? expected[expected.length - 1]!).region
        attempt += 1
        const script = v.script?.[region] ?? []
        const n = received[region] ?? 0
        received[region] = n + 1
        const entry: Entry = script[Math.min(n, script.length - 1)] ?? { status: 200 }
        if (entry.hang) return
        const answer = () => {
          const code = codeOf(entry.status ?? 200)
          if (code === grpc.status.OK) done(null, Buffer.from(region))
          else done({ code, details: `${region} answered ${entry.status}` })
        }
        if (entry.delayMs) setTimeout(answer, entry.delayMs)
        else answer()
      }
    }
  )
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) =>
      e ? reject(e) : resolve(p)
    )
  )
  // grpc-js applies hedging: a hedging vector runs the hedging variant, the others the config every language reads.
  const { config, hedging } = compileGrpc(meshRoutes(v.table, v.caller, {}))
  const Client = grpc.makeGenericClientConstructor({ call: METHOD }, 'Echo')
  const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.service_config': JSON.stringify(hedging ?? config)
  }) as unknown as grpc.Client & {
    call(
      request: Buffer,
      options: grpc.CallOptions,
      done: (error: grpc.ServiceError | null, value?: Buffer) => void
    ): void
  }
  // Connect first, so the vector's deadlines measure the calls, not the channel's start.
  await new Promise<void>((resolve, reject) =>
    client.waitForReady(Date.now() + 10_000, e => (e ? reject(e) : resolve()))
  )
  const results = []
  for (const r of v.requests) {
    expected = r.expect.attempts
    attempt = 0
    const outcome = await new Promise<{ code: grpc.status; region?: string }>(resolve =>
      client.call(Buffer.from('hi'), {}, (error, value) =>
        resolve(error ? { code: error.code } : { code: grpc.status.OK, region: value!.toString() })
      )
    )
    results.push({ attempts: attempt, outcome, receivedSoFar: { ...received } })
  }
  client.close()
  return results
}

const runnable = vectors.filter(expressible)

describe('the conformance vectors through a gRPC service config', () => {
  it('runs the vectors whose rules gRPC can express, and names the rest', () => {
    expect(runnable.map(v => v.name).sort()).toEqual(
      expect.arrayContaining(['failover-on-503', 'other-statuses-are-answers', 'retries-exhausted'])
    )
    expect(vectors.filter(v => !expressible(v)).length).toBeGreaterThan(0)
  })

  for (const v of runnable)
    it(`${v.name}: ${v.features.join(', ')}`, async () => {
      const results = await run(v)
      v.requests.forEach((r, i) => {
        const got = results[i]!
        const hedged = r.expect.attempts.some(a => a.hedge)
        const outcome = r.expect.outcome
        // A hedge may be joined by another once the delay passes again; never by fewer. A request
        // that ends at its deadline may end before an attempt reached the server; never after more.
        if (hedged) expect(got.attempts).toBeGreaterThanOrEqual(r.expect.attempts.length)
        else if ('error' in outcome)
          expect(got.attempts).toBeLessThanOrEqual(r.expect.attempts.length)
        else expect(got.attempts).toBe(r.expect.attempts.length)
        if ('error' in outcome) {
          expect(outcome.error).toBe('deadline')
          expect(got.outcome.code).toBe(grpc.status.DEADLINE_EXCEEDED)
        } else {
          expect(got.outcome.code).toBe(codeOf(outcome.status))
          if (outcome.status === 200) expect(got.outcome.region).toBe(outcome.region)
        }
        for (const [region, count] of Object.entries(r.expect.received ?? {}))
          expect([region, got.receivedSoFar[region] ?? 0]).toEqual([region, count])
      })
    })
})
