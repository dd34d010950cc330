import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as grpc from '@grpc/grpc-js'
import { DestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule'
import { ServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry'
import { VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService'
import { Ajv } from 'ajv'
import { parseAllDocuments, parse } from 'yaml'
import { compileGrpc } from '../../src/routing/grpc.js'
import { compileIstio } from '../../src/routing/istio.js'
import { compileLinkerd } from '../../src/routing/linkerd.js'
import { BREAKER_DEFAULTS } from '../../src/routing/mesh.js'
import type { MeshRoutes } from '../../src/routing/mesh.js'
import { ROOT } from '../support/paths.js'

const ROUTES: MeshRoutes = {
  service: 'checkout',
  hostname: 'checkout.internal.example.com',
  region: 'us-east',
  timeoutMs: 200,
  deadlineMs: 600,
  retries: 2,
  retryBudget: { ratio: 0.2, minPerSecond: 10 },
  order: ['us-east', 'us-west', 'sweden'],
  endpoints: {
    'us-east': 'https://checkout.us-east.internal.example.com',
    'us-west': 'https://checkout.us-west.internal.example.com',
    sweden: 'https://checkout.sweden.internal.example.com'
  },
  locations: { 'us-east': 'us-east-1', 'us-west': 'us-west-2', sweden: 'eu-north-1' },
  breaker: { ...BREAKER_DEFAULTS }
}

describe('Istio', () => {
  const file = compileIstio(ROUTES)
  const docs = parseAllDocuments(file.content).map(d => d.toJS() as Record<string, unknown>)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading generated YAML back, field by field
  const byKind = Object.fromEntries(docs.map(d => [d.kind as string, d])) as Record<string, any>

  it("validates against Istio's published schemas", () => {
    expect(docs.map(d => d.kind)).toEqual(['ServiceEntry', 'DestinationRule', 'VirtualService'])
    expect(() => new ServiceEntry(byKind.ServiceEntry).validate()).not.toThrow()
    expect(() => new DestinationRule(byKind.DestinationRule).validate()).not.toThrow()
    expect(() => new VirtualService(byKind.VirtualService).validate()).not.toThrow()
  })

  it('the schema check can fail: a duration as a number is refused', () => {
    const broken = structuredClone(byKind.DestinationRule)
    broken.spec.trafficPolicy.outlierDetection.interval = 5
    expect(() => new DestinationRule(broken).validate()).toThrow(/interval must be string/)
  })

  it('keeps each endpoint in its locality, with the breaker as outlier detection', () => {
    const policy = byKind.DestinationRule.spec.trafficPolicy
    expect(policy.outlierDetection).toMatchObject({
      consecutive5xxErrors: 5,
      baseEjectionTime: '5s'
    })
    expect(
      byKind.ServiceEntry.spec.endpoints.map((e: { address: string; locality: string }) => [
        e.address,
        e.locality
      ])
    ).toEqual([
      ['checkout.us-east.internal.example.com', 'us-east-1'],
      ['checkout.us-west.internal.example.com', 'us-west-2'],
      ['checkout.sweden.internal.example.com', 'eu-north-1']
    ])
  })

  it('retries a non-idempotent request only when it was never sent, and keeps the deadline', () => {
    const [idempotent, other] = byKind.VirtualService.spec.http
    expect(idempotent.match).toEqual([{ method: { regex: 'GET|HEAD|OPTIONS|PUT|DELETE' } }])
    expect(idempotent.retries).toEqual({
      attempts: 2,
      perTryTimeout: '0.2s',
      retryOn: 'connect-failure,refused-stream,reset,gateway-error,503',
      retryRemoteLocalities: true
    })
    expect(other.retries.retryOn).toBe('connect-failure,refused-stream')
    expect([idempotent.timeout, other.timeout]).toEqual(['0.6s', '0.6s'])
  })

  it('says what it cannot express instead of dropping it', () => {
    expect(file.notes.map(n => n.rule).sort()).toEqual(['mesh-istio-retry-budget'])
    expect(compileIstio({ ...ROUTES, hedgeMs: 50 }).notes.map(n => n.rule)).toContain(
      'mesh-istio-hedging'
    )
  })
})

describe('Linkerd', () => {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'vendor', 'linkerd', 'serviceprofile.schema.json'), 'utf8')
  )
  const validate = new Ajv({ strict: false }).compile(schema)
  const file = compileLinkerd(ROUTES)
  const profile = parse(file.content)

  it("validates against the ServiceProfile CRD's schema, and the check can fail", () => {
    expect(validate(profile)).toBe(true)
    expect(
      validate({ ...profile, spec: { ...profile.spec, retryBudget: { retryRatio: 0.2 } } })
    ).toBe(false)
  })

  it('retries only idempotent routes, within the route table budget and deadline', () => {
    expect(profile.metadata.name).toBe('checkout.internal.example.com')
    expect(
      profile.spec.routes.map((r: { name: string; isRetryable: boolean; timeout: string }) => [
        r.name,
        r.isRetryable,
        r.timeout
      ])
    ).toEqual([
      ['idempotent', true, '600ms'],
      ['other-methods', false, '600ms']
    ])
    expect(profile.spec.retryBudget).toEqual({
      retryRatio: 0.2,
      minRetriesPerSecond: 10,
      ttl: '10s'
    })
    expect(file.notes.map(n => n.rule)).toEqual([
      'mesh-linkerd-external-profile',
      'mesh-linkerd-attempt-timeout',
      'mesh-linkerd-failover-order',
      'mesh-linkerd-tls-origination'
    ])
  })

  it('warns that a default Linkerd install applies none of it: an external name, https endpoints', () => {
    const byRule = Object.fromEntries(file.notes.map(n => [n.rule, n]))
    expect(byRule['mesh-linkerd-external-profile']).toMatchObject({ severity: 'warning' })
    expect(byRule['mesh-linkerd-external-profile']!.message).toContain(
      'proxy.enableExternalProfiles=true'
    )
    expect(byRule['mesh-linkerd-tls-origination']).toMatchObject({ severity: 'warning' })
    // Plain HTTP endpoints are routes the proxy can see: no TLS warning.
    const plain = compileLinkerd({
      ...ROUTES,
      endpoints: Object.fromEntries(
        Object.entries(ROUTES.endpoints).map(([r, u]) => [r, u.replace('https:', 'http:')])
      )
    })
    expect(plain.notes.map(n => n.rule)).not.toContain('mesh-linkerd-tls-origination')
  })
})

/** A loopback gRPC server whose handler decides each attempt's fate; counts attempts. */
function server(handle: (attempt: number, done: grpc.sendUnaryData<Buffer>) => void) {
  const s = new grpc.Server()
  const state = { attempts: 0 }
  s.addService(
    {
      call: {
        path: '/multiregion.test.Echo/Call',
        requestStream: false,
        responseStream: false,
        requestSerialize: (b: Buffer) => b,
        requestDeserialize: (b: Buffer) => b,
        responseSerialize: (b: Buffer) => b,
        responseDeserialize: (b: Buffer) => b
      }
    },
    {
      call: (_call: grpc.ServerUnaryCall<Buffer, Buffer>, done: grpc.sendUnaryData<Buffer>) => {
        state.attempts += 1
        handle(state.attempts, done)
      }
    }
  )
  return { s, state }
}

async function listen(s: grpc.Server): Promise<number> {
  return new Promise((resolve, reject) =>
    s.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, port) =>
      e ? reject(e) : resolve(port)
    )
  )
}

function call(
  port: number,
  routes: MeshRoutes,
  variant: 'config' | 'hedging' = 'config'
): Promise<{ code: number; value?: string; ms: number }> {
  const config = compileGrpc(routes)[variant]
  const Client = grpc.makeGenericClientConstructor(
    {
      call: {
        path: '/multiregion.test.Echo/Call',
        requestStream: false,
        responseStream: false,
        requestSerialize: (b: Buffer) => b,
        requestDeserialize: (b: Buffer) => b,
        responseSerialize: (b: Buffer) => b,
        responseDeserialize: (b: Buffer) => b
      }
    },
    'Echo'
  )
  const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.service_config': JSON.stringify(config)
  }) as unknown as grpc.Client & {
    call(request: Buffer, done: (error: grpc.ServiceError | null, value?: Buffer) => void): void
  }
  const start = process.hrtime.bigint()
  return new Promise(resolve =>
    client.call(Buffer.from('hi'), (error: grpc.ServiceError | null, value?: Buffer) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      client.close()
      resolve(error ? { code: error.code, ms } : { code: 0, value: value!.toString(), ms })
    })
  )
}

/** Generous timing for a busy machine: the behaviour, not the speed, is under test. */
const GRPC_ROUTES: MeshRoutes = { ...ROUTES, timeoutMs: 2000, deadlineMs: 8000 }

describe('gRPC service config with a real grpc-js client', () => {
  const servers: grpc.Server[] = []
  afterAll(() => servers.forEach(s => s.forceShutdown()))
  const start = async (handle: Parameters<typeof server>[0]) => {
    const { s, state } = server(handle)
    servers.push(s)
    return { port: await listen(s), state }
  }

  it('retries UNAVAILABLE up to the configured attempts, and no further', async () => {
    const flaky = await start((attempt, done) =>
      attempt < 3
        ? done({ code: grpc.status.UNAVAILABLE, details: 'region draining' })
        : done(null, Buffer.from(`ok after ${attempt}`))
    )
    expect(await call(flaky.port, GRPC_ROUTES)).toMatchObject({ code: 0, value: 'ok after 3' })
    const down = await start((_attempt, done) => done({ code: grpc.status.UNAVAILABLE }))
    expect(await call(down.port, GRPC_ROUTES)).toMatchObject({ code: grpc.status.UNAVAILABLE })
    expect(down.state.attempts).toBe(3)
  })

  it('with a hedge set, the config every language reads still retries; hedging is a second file', async () => {
    const hedged = compileGrpc({ ...GRPC_ROUTES, hedgeMs: 100 })
    expect(hedged.config.methodConfig[0]).toHaveProperty('retryPolicy.maxAttempts', 3)
    expect(hedged.config.methodConfig[0]).not.toHaveProperty('hedgingPolicy')
    expect(hedged.hedging!.methodConfig[0]).toHaveProperty('hedgingPolicy.hedgingDelay', '0.1s')
    expect(hedged.hedging!.methodConfig[0]).not.toHaveProperty('retryPolicy')
    expect(hedged.notes.map(n => n.rule)).toContain('grpc-hedging-languages')
    const flaky = await start((attempt, done) =>
      attempt < 3
        ? done({ code: grpc.status.UNAVAILABLE })
        : done(null, Buffer.from(`ok after ${attempt}`))
    )
    expect(await call(flaky.port, { ...GRPC_ROUTES, hedgeMs: 100 })).toMatchObject({
      code: 0,
      value: 'ok after 3'
    })
  })

  it('says what of the retry budget gRPC loses: the per-second floor', () => {
    const note = compileGrpc(GRPC_ROUTES).notes.find(n => n.rule === 'grpc-retry-budget-floor')!
    expect(note.message).toContain('10 retries a second are lost')
  })

  it('never retries a status other than UNAVAILABLE', async () => {
    const failing = await start((_a, done) => done({ code: grpc.status.INTERNAL }))
    expect(await call(failing.port, GRPC_ROUTES)).toMatchObject({ code: grpc.status.INTERNAL })
    expect(failing.state.attempts).toBe(1)
  })

  it('hedges a slow attempt after the hedge delay and takes the first answer', async () => {
    const slowFirst = await start((attempt, done) =>
      attempt === 1
        ? setTimeout(() => done(null, Buffer.from('slow')), 4000)
        : done(null, Buffer.from(`hedge ${attempt}`))
    )
    const result = await call(slowFirst.port, { ...GRPC_ROUTES, hedgeMs: 100 }, 'hedging')
    expect(result).toMatchObject({ code: 0, value: 'hedge 2' })
    expect(slowFirst.state.attempts).toBeGreaterThanOrEqual(2)
  })

  it('ends a request at the deadline', async () => {
    const hung = await start(() => undefined)
    const result = await call(hung.port, { ...GRPC_ROUTES, deadlineMs: 1000 })
    expect(result.code).toBe(grpc.status.DEADLINE_EXCEEDED)
  })
})
