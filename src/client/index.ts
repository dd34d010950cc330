import { EventEmitter } from 'node:events'
import type { RouteTable } from '../schema/generated.js'
import { CircuitBreaker } from './breaker.js'
import type { BreakerSettings, BreakerState } from './breaker.js'
import { RetryBudget } from './budget.js'
import { Endpoint } from './transport.js'
import type { Body, Sent } from './transport.js'

export type { RouteTable } from '../schema/generated.js'
export type { BreakerSettings, BreakerState } from './breaker.js'

export interface ClientOptions {
  /** The caller's region: its row of the route table decides the order regions are tried in. */
  region: string
  /** Overrides of the route table's settings, for tests and special callers. */
  timeoutMs?: number
  deadlineMs?: number
  retries?: number
  /** Hedge delay in ms; null turns hedging off whatever the table says. */
  hedgeMs?: number | null
  retryBudget?: { ratio: number; minPerSecond: number }
  breaker?: Partial<BreakerSettings>
}

export interface RegionalInit {
  method?: string
  headers?: Record<string, string>
  /** A string or bytes, so that a retry can send it again. */
  body?: Body
  signal?: AbortSignal
  /** Overrides the method's idempotency: true lets a POST be retried, false keeps a GET from it. */
  idempotent?: boolean
}

export type ClientEvent =
  | {
      type: 'attempt'
      request: number
      attempt: number
      region: string
      hedge: boolean
      /** The attempt's timeout: the smaller of the per-attempt timeout and what is left of the deadline. */
      timeoutMs: number
      remainingMs: number
    }
  | {
      type: 'attempt-end'
      request: number
      attempt: number
      region: string
      outcome: 'response' | 'failed-status' | 'error' | 'timeout' | 'cancelled'
      status?: number
      error?: string
      elapsedMs: number
    }
  | { type: 'hedge'; request: number; from: string; to: string; afterMs: number }
  | { type: 'failover'; request: number; from: string; to: string }
  | {
      type: 'retry-denied'
      request: number
      reason: 'not-idempotent' | 'retries' | 'budget' | 'deadline'
    }
  | { type: 'breaker'; region: string; from: BreakerState; to: BreakerState }
  | {
      type: 'done'
      request: number
      ok: boolean
      attempts: number
      region?: string
      status?: number
      elapsedMs: number
      deadlineMs: number
    }

/** Why a request failed without a response: every attempt failed, the deadline passed, or the caller aborted. */
export class RegionalFetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'failed' | 'deadline' | 'aborted' | 'no-region',
    readonly attempts: number,
    readonly elapsedMs: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'RegionalFetchError'
  }
}

export interface RegionalFetch {
  (path: string, init?: RegionalInit): Promise<Response>
  /** Emits each ClientEvent under its type, and every one under 'event'. */
  readonly events: EventEmitter
  /** The order regions are tried in from this client's region. */
  readonly order: readonly string[]
  /** Closes every kept-alive connection. */
  close(): void
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'])
/** Gateway failures a retry elsewhere can fix; other statuses are the service's answer. */
const RETRYABLE_STATUS = new Set([502, 503, 504])
const NULL_BODY_STATUS = new Set([101, 204, 205, 304])

const BREAKER_DEFAULTS: BreakerSettings = { failures: 5, cooldownMs: 5000 }

type Settled = { n: number; region: string; sent?: Sent; error?: unknown; timedOut: boolean }

interface InFlight {
  region: string
  cancel: (reason: Error) => void
  settled: Promise<Settled>
}

function cancellableDelay(ms: number): { done: Promise<'hedge'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined
  const done = new Promise<'hedge'>(resolve => {
    timer = setTimeout(() => resolve('hedge'), ms)
  })
  return { done, cancel: () => clearTimeout(timer) }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A fetch-like function that reaches the service in the best region for the
 * caller and fails over: nearest region first, then the manifest's failover
 * order; a per-attempt timeout inside one total deadline; retries only for
 * idempotent requests, within a retry budget shared by all requests;
 * optional hedging to the next region; a circuit breaker per region.
 * Responses are read whole before they are returned, so an attempt's
 * timeout covers the body too.
 */
export function createClient(table: RouteTable, options: ClientOptions): RegionalFetch {
  const now = () => performance.now()
  const events = new EventEmitter()
  const emit = (event: ClientEvent) => {
    events.emit(event.type, event)
    events.emit('event', event)
  }
  const order = (table.order[options.region] ?? Object.keys(table.endpoints)).filter(
    r => table.endpoints[r] !== undefined
  )
  const timeoutMs = options.timeoutMs ?? table.timeoutMs
  const deadlineMs = options.deadlineMs ?? table.deadlineMs
  const retries = options.retries ?? table.retries
  const hedgeMs = options.hedgeMs === null ? undefined : (options.hedgeMs ?? table.hedgeMs)
  const budgetSettings = options.retryBudget ?? table.retryBudget
  const budget = new RetryBudget(budgetSettings.ratio, budgetSettings.minPerSecond, now)
  const breakerSettings = { ...BREAKER_DEFAULTS, ...options.breaker }
  const endpoints = new Map<string, Endpoint>()
  const breakers = new Map<string, CircuitBreaker>()
  for (const region of order) {
    const endpoint = new Endpoint(new URL(table.endpoints[region]!))
    endpoints.set(region, endpoint)
    breakers.set(
      region,
      new CircuitBreaker(breakerSettings, now, (from, to) => {
        if (to === 'open') endpoint.drop()
        emit({ type: 'breaker', region, from, to })
      })
    )
  }
  let requests = 0

  async function regionalFetch(path: string, init: RegionalInit = {}): Promise<Response> {
    const request = ++requests
    const method = (init.method ?? 'GET').toUpperCase()
    const idempotent = init.idempotent ?? IDEMPOTENT.has(method)
    const started = now()
    const deadlineAt = started + deadlineMs
    budget.deposit()
    const deadline = new AbortController()
    const deadlineTimer = setTimeout(
      () => deadline.abort(new Error(`deadline of ${deadlineMs} ms exceeded`)),
      deadlineMs
    )
    const outer = init.signal ? AbortSignal.any([deadline.signal, init.signal]) : deadline.signal
    const stopped = new Promise<'stopped'>(resolve => {
      if (outer.aborted) resolve('stopped')
      else outer.addEventListener('abort', () => resolve('stopped'), { once: true })
    })
    const inflight = new Map<number, InFlight>()
    let attempts = 0
    let cursor = 0
    let lastRegion: string | undefined
    let lastStart = started
    let hedgeAllowed = hedgeMs !== undefined && idempotent
    let last: Settled | undefined

    const finish = (ok: boolean, region?: string, status?: number) => {
      clearTimeout(deadlineTimer)
      for (const attempt of inflight.values()) attempt.cancel(new Error('cancelled'))
      const done: ClientEvent = {
        type: 'done',
        request,
        ok,
        attempts,
        elapsedMs: now() - started,
        deadlineMs
      }
      if (region !== undefined) done.region = region
      if (status !== undefined) done.status = status
      emit(done)
      return done.elapsedMs
    }

    /** The next region to try: in order from the cursor, skipping regions in flight and open breakers. */
    const pick = (): string | undefined => {
      const busy = new Set([...inflight.values()].map(a => a.region))
      for (let i = 0; i < order.length; i++) {
        const index = (cursor + i) % order.length
        const region = order[index]!
        if (busy.has(region) || !breakers.get(region)!.allows()) continue
        cursor = index + 1
        return region
      }
      // Every breaker open: try the region that reopens first rather than fail without trying (fail open).
      const idle = order.filter(r => !busy.has(r))
      idle.sort((a, b) => breakers.get(a)!.reopensInMs - breakers.get(b)!.reopensInMs)
      return idle[0]
    }

    const start = (region: string, hedge: boolean) => {
      const n = ++attempts
      const remainingMs = deadlineAt - now()
      const attemptTimeout = Math.max(0, Math.min(timeoutMs, remainingMs))
      let timedOut = false
      let cancel: (reason: Error) => void = () => {}
      const timer = setTimeout(() => {
        timedOut = true
        cancel(new Error(`attempt timed out after ${attemptTimeout} ms`))
      }, attemptTimeout)
      const onStop = () => cancel(outer.reason as Error)
      outer.addEventListener('abort', onStop, { once: true })
      breakers.get(region)!.begin()
      if (!hedge && lastRegion !== undefined && lastRegion !== region)
        emit({ type: 'failover', request, from: lastRegion, to: region })
      lastRegion = region
      lastStart = now()
      emit({
        type: 'attempt',
        request,
        attempt: n,
        region,
        hedge,
        timeoutMs: attemptTimeout,
        remainingMs
      })
      const sent = endpoints.get(region)!.send(path, method, { ...init.headers }, init.body)
      cancel = sent.cancel
      const settled = sent.response
        .then(
          (response): Settled => ({ n, region, sent: response, timedOut: false }),
          (error: unknown): Settled => ({ n, region, error, timedOut })
        )
        .finally(() => {
          clearTimeout(timer)
          outer.removeEventListener('abort', onStop)
        })
      inflight.set(n, { region, cancel, settled })
    }

    const mayRetry = (): boolean => {
      const denied = (reason: 'not-idempotent' | 'retries' | 'budget' | 'deadline') => {
        emit({ type: 'retry-denied', request, reason })
        return false
      }
      if (!idempotent) return denied('not-idempotent')
      if (attempts > retries) return denied('retries')
      if (deadlineAt - now() <= 0) return denied('deadline')
      if (!budget.tryWithdraw()) return denied('budget')
      return true
    }

    const first = pick()
    if (first === undefined) {
      const elapsed = finish(false)
      throw new RegionalFetchError(
        `no region to send to: the route table has no endpoint for ${options.region}'s order`,
        'no-region',
        0,
        elapsed
      )
    }
    start(first, false)
    for (;;) {
      const hedge =
        hedgeAllowed && inflight.size === 1 && attempts <= retries
          ? cancellableDelay(Math.max(0, lastStart + hedgeMs! - now()))
          : undefined
      const next = await Promise.race([
        stopped,
        ...[...inflight.values()].map(a => a.settled),
        ...(hedge ? [hedge.done] : [])
      ])
      hedge?.cancel()
      if (next === 'stopped') {
        const byCaller = init.signal?.aborted === true && !deadline.signal.aborted
        const elapsed = finish(false)
        throw new RegionalFetchError(
          byCaller
            ? 'request aborted by the caller'
            : `deadline of ${deadlineMs} ms exceeded after ${attempts} attempt(s)`,
          byCaller ? 'aborted' : 'deadline',
          attempts,
          elapsed,
          { cause: outer.reason }
        )
      }
      if (next === 'hedge') {
        const from = lastRegion!
        const before = cursor
        const region = pick()
        if (region === undefined || !budget.tryWithdraw()) {
          // A hedge that does not go out must not move the retry order on.
          cursor = before
          hedgeAllowed = false
          continue
        }
        emit({ type: 'hedge', request, from, to: region, afterMs: now() - started })
        start(region, true)
        continue
      }
      inflight.delete(next.n)
      const breaker = breakers.get(next.region)!
      const elapsedMs = now() - started
      if (next.sent && !RETRYABLE_STATUS.has(next.sent.status)) {
        if (next.sent.status >= 500) breaker.failure()
        else breaker.success()
        emit({
          type: 'attempt-end',
          request,
          attempt: next.n,
          region: next.region,
          outcome: 'response',
          status: next.sent.status,
          elapsedMs
        })
        for (const [n, other] of inflight)
          emit({
            type: 'attempt-end',
            request,
            attempt: n,
            region: other.region,
            outcome: 'cancelled',
            elapsedMs
          })
        finish(true, next.region, next.sent.status)
        return toResponse(next.sent)
      }
      breaker.failure()
      last = next
      emit({
        type: 'attempt-end',
        request,
        attempt: next.n,
        region: next.region,
        outcome: next.sent ? 'failed-status' : next.timedOut ? 'timeout' : 'error',
        ...(next.sent ? { status: next.sent.status } : { error: describe(next.error) }),
        elapsedMs
      })
      if (inflight.size > 0) continue
      const region = mayRetry() ? pick() : undefined
      if (region !== undefined) {
        start(region, false)
        continue
      }
      if (last.sent) {
        finish(false, last.region, last.sent.status)
        return toResponse(last.sent)
      }
      const elapsed = finish(false)
      throw new RegionalFetchError(
        `${table.service}: every attempt failed (${attempts}); last from ${last.region}: ${describe(last.error)}`,
        'failed',
        attempts,
        elapsed,
        { cause: last.error }
      )
    }
  }

  return Object.assign(regionalFetch, {
    events,
    order,
    close: () => {
      for (const endpoint of endpoints.values()) endpoint.close()
    }
  })
}

function toResponse(sent: Sent): Response {
  return new Response(NULL_BODY_STATUS.has(sent.status) ? null : sent.body, {
    status: sent.status,
    statusText: sent.statusText,
    headers: sent.headers
  })
}
