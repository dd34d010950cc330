import { readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { createClient, RegionalFetchError } from '../../src/client/index.js'
import type { ClientEvent, RegionRouteTable } from '../../src/client/index.js'
import type { RouteTable } from '../../src/schema/generated.js'

/*
 * The language-neutral conformance vectors (conformance/client/vectors),
 * run against multiregion/client the way conformance/client/README.md tells
 * another language's client to run them: one scripted HTTP server per
 * region on 127.0.0.1, the table's endpoints pointed at them, the requests
 * sent in order through one client, and the attempts, the outcome and what
 * each server received compared with the vector.
 */

const folder = new URL('../../conformance/client/', import.meta.url).pathname

interface Answer {
  status?: number
  delayMs?: number
  hang?: true
  reset?: true
}
interface Vector {
  name: string
  description: string
  features: string[]
  table: RouteTable | RegionRouteTable
  caller: string
  breaker?: { failures: number; cooldownMs: number }
  invalid?: string
  down?: string[]
  script: Record<string, Answer[]>
  requests: {
    waitMs?: number
    request: {
      method: string
      path: string
      body?: string
      idempotent?: boolean
      abortAfterMs?: number
    }
    expect: {
      attempts: { region: string; hedge: boolean; timeoutMs: number }[]
      outcome: { status: number; region: string } | { error: string }
      received?: Record<string, number>
      cancelled?: Record<string, number>
    }
  }[]
}

const validate = new Ajv({ allErrors: true }).compile(
  JSON.parse(readFileSync(join(folder, 'vector.schema.json'), 'utf8')) as object
)
const vectors: Vector[] = readdirSync(join(folder, 'vectors'))
  .filter(name => name.endsWith('.json'))
  .sort()
  .map(name => JSON.parse(readFileSync(join(folder, 'vectors', name), 'utf8')) as Vector)

const cleanup: (() => Promise<unknown> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

/** A region's server answering from its script, in arrival order, the last answer repeating. */
async function scripted(
  name: string,
  script: Answer[] = [{}]
): Promise<{ url: string; received: () => number; cancelled: () => number }> {
  let received = 0
  let cancelled = 0
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer({ keepAlive: true }, (req, res) => {
    const answer = script[Math.min(received++, script.length - 1)]!
    req.resume()
    if (answer.hang) return
    if (answer.reset) return void req.on('end', () => req.socket.destroy())
    // The client closed the connection before the answer was written: it cancelled the request.
    res.on('close', () => {
      if (!res.writableFinished) cancelled++
    })
    const send = () => {
      if (!res.destroyed) res.writeHead(answer.status ?? 200, { 'x-region': name }).end(name)
    }
    if (!answer.delayMs) return send()
    const timer = setTimeout(send, answer.delayMs)
    timers.add(timer)
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  cleanup.push(
    () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        for (const timer of timers) clearTimeout(timer)
        for (const socket of sockets) socket.destroy()
      })
  )
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => received,
    cancelled: () => cancelled
  }
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** A loopback URL nothing listens on: connections to it are refused. */
async function refusing(): Promise<string> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return `http://127.0.0.1:${port}`
}

describe('conformance vectors', () => {
  it('are valid against conformance/client/vector.schema.json', () => {
    expect(vectors.length).toBeGreaterThan(10)
    for (const vector of vectors) {
      validate(vector)
      expect({ vector: vector.name, errors: validate.errors ?? [] }).toEqual({
        vector: vector.name,
        errors: []
      })
    }
  })

  it.each(vectors.map(v => [v.name, v] as const))('%s', async (_name, vector) => {
    if (vector.invalid !== undefined) {
      expect(() => createClient(vector.table, { region: vector.caller })).toThrow(
        new RegExp(`^${vector.invalid} `)
      )
      return
    }
    const servers = new Map<string, { received: () => number; cancelled: () => number }>()
    const endpoints: Record<string, string> = {}
    // A region's file names its regions in its row (their URLs may come from a template).
    const table = vector.table
    for (const region of 'tableVersion' in table ? table.order : Object.keys(table.endpoints)) {
      if (vector.down?.includes(region)) {
        endpoints[region] = await refusing()
        servers.set(region, { received: () => 0, cancelled: () => 0 })
      } else {
        const server = await scripted(region, vector.script[region])
        endpoints[region] = server.url
        servers.set(region, server)
      }
    }
    const fetch = createClient(
      { ...vector.table, endpoints },
      { region: vector.caller, ...(vector.breaker ? { breaker: vector.breaker } : {}) }
    )
    cleanup.push(() => fetch.close())
    const events: ClientEvent[] = []
    fetch.events.on('event', (e: ClientEvent) => events.push(e))
    const longestDelay = Math.max(
      0,
      ...Object.values(vector.script).flatMap(answers => answers.map(a => a.delayMs ?? 0))
    )
    for (const [i, { waitMs, request, expect: expected }] of vector.requests.entries()) {
      if (waitMs) await sleep(waitMs)
      events.length = 0
      const { abortAfterMs, ...init } = request
      const abort = new AbortController()
      const abortTimer =
        abortAfterMs === undefined ? undefined : setTimeout(() => abort.abort(), abortAfterMs)
      const outcome = await fetch(request.path, { ...init, signal: abort.signal })
        .then(response => ({ status: response.status, region: response.region }))
        .catch((error: unknown) => {
          if (error instanceof RegionalFetchError) return { error: error.kind }
          throw error
        })
      clearTimeout(abortTimer)
      const attempts = events.filter(e => e.type === 'attempt')
      const got = {
        request: i,
        attempts: attempts.map(e => ({ region: e.region, hedge: e.hedge })),
        outcome,
        received: Object.fromEntries(
          Object.keys(expected.received ?? {}).map(r => [r, servers.get(r)!.received()])
        )
      }
      expect(got).toEqual({
        request: i,
        attempts: expected.attempts.map(({ region, hedge }) => ({ region, hedge })),
        outcome: expected.outcome,
        received: expected.received ?? {}
      })
      for (const [n, attempt] of attempts.entries()) {
        expect(attempt.timeoutMs).toBeGreaterThan(0)
        expect(attempt.timeoutMs).toBeLessThanOrEqual(expected.attempts[n]!.timeoutMs)
      }
      if (expected.cancelled) {
        // Once every scripted answer would have been sent, a loser left running has finished uncancelled.
        await sleep(longestDelay + 200)
        expect(
          Object.fromEntries(
            Object.keys(expected.cancelled).map(r => [r, servers.get(r)!.cancelled()])
          )
        ).toEqual(expected.cancelled)
      }
    }
  })
})
