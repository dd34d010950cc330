import { EventEmitter } from 'node:events'
import type { RouteTable } from '../schema/generated.js'
import { REGION_ROUTE_TABLE_VERSION, regionEndpoint } from '../routing/region-table.js'
import type { RegionRouteTable } from '../routing/region-table.js'
import { AbortWatch } from './abort.js'
import { CircuitBreaker } from './breaker.js'
import type { BreakerSettings, BreakerState } from './breaker.js'
import { RetryBudget } from './budget.js'
import { RegionalResponse } from './response.js'
import { Endpoint, invalidRequest, neverSent } from './transport.js'
import type { Exchange, Sent } from './transport.js'
import type { Body } from './body.js'

export type { RetryBudget as RetryBudgetSettings, RouteTable } from '../schema/generated.js'
export type { RegionRouteTable } from '../routing/region-table.js'
export type { BreakerSettings, BreakerState } from './breaker.js'
export type { Body } from './body.js'
export { RegionalResponse } from './response.js'

export interface BackoffSettings {
  /** The first backoff before a region is tried again in the same request is a random share of this. Default 25 ms. */
  baseMs: number
  /** Doubling stops here. Default 1000 ms. */
  maxMs: number
}

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
  /** Connections to each region at most (the table's maxConnections); requests beyond wait in a queue. */
  maxConnections?: number
  breaker?: Partial<BreakerSettings>
  /** Backoff before a region already tried in the request is tried again. */
  backoff?: Partial<BackoffSettings>
  /** Source of jitter in [0, 1); Math.random unless a test pins it. */
  random?: () => number
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

export type AttemptOutcome = 'response' | 'failed-status' | 'error' | 'timeout' | 'cancelled'

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
      outcome: AttemptOutcome
      status?: number
      error?: string
      elapsedMs: number
    }
  | { type: 'hedge'; request: number; from: string; to: string; afterMs: number }
  | { type: 'failover'; request: number; from: string; to: string }
  | { type: 'backoff'; request: number; region: string; delayMs: number }
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

/**
 * Why a request failed without a response: every attempt failed, the deadline
 * passed, the caller aborted, no region was left to try, or the request was
 * invalid (refused before it was sent, such as a header value with CR LF).
 */
export class RegionalFetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'failed' | 'deadline' | 'aborted' | 'no-region' | 'invalid',
    readonly attempts: number,
    readonly elapsedMs: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'RegionalFetchError'
  }
}

/**
 * The listening half of the client's node:events EventEmitter, typed by event, so
 * the declarations a TypeScript user compiles against need no Node.js types.
 */
export interface ClientEvents {
  on<T extends ClientEvent['type']>(
    type: T,
    listener: (event: Extract<ClientEvent, { type: T }>) => void
  ): this
  on(type: 'event', listener: (event: ClientEvent) => void): this
  off<T extends ClientEvent['type']>(
    type: T,
    listener: (event: Extract<ClientEvent, { type: T }>) => void
  ): this
  off(type: 'event', listener: (event: ClientEvent) => void): this
  once<T extends ClientEvent['type']>(
    type: T,
    listener: (event: Extract<ClientEvent, { type: T }>) => void
  ): this
  once(type: 'event', listener: (event: ClientEvent) => void): this
}

export interface RegionalFetch {
  (path: string, init?: RegionalInit): Promise<RegionalResponse>
  /** Emits each ClientEvent under its type, and every one under 'event'. */
  readonly events: ClientEvents
  /** The order regions are tried in from this client's region. */
  readonly order: readonly string[]
  /** Closes every kept-alive connection; requests in flight fail. */
  close(): Promise<void>
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'])
/** Gateway failures a retry elsewhere can fix; other statuses are the service's answer. */
const RETRYABLE_STATUS = new Set([502, 503, 504])

const BREAKER_DEFAULTS: BreakerSettings = { failures: 5, cooldownMs: 5000 }
/** A table written before maxConnections existed: the plan's default (src/routing/route-table.ts MAX_CONNECTIONS). */
const MAX_CONNECTIONS_DEFAULT = 128
const BACKOFF_DEFAULTS: BackoffSettings = { baseMs: 25, maxMs: 1000 }

/**
 * The regions a caller in `region` tries, best first, and their endpoints.
 * The only place that reads the route table's layout: the plan's whole
 * table (every caller region's row, `order` by region), or a region's
 * route-table.json (format REGION_ROUTE_TABLE_VERSION: its own row,
 * endpoints from a template). A table of another format version is
 * refused, not guessed at.
 */
export function routeFor(
  table: RouteTable | RegionRouteTable,
  region: string
): { order: string[]; endpoints: Record<string, string> } {
  if ('tableVersion' in table) {
    if (table.tableVersion !== REGION_ROUTE_TABLE_VERSION)
      throw new RangeError(
        `tableVersion is ${String(table.tableVersion)}; it must be ${REGION_ROUTE_TABLE_VERSION}, the format of ${table.service}'s route-table.json this client reads: upgrade multiregion/client, or plan again with the version the service's clients use`
      )
    if (table.region !== region)
      throw new RangeError(
        `${table.service}'s route table is the one of region "${table.region}", not of "${String(region)}": mount the route-table.json of the region the caller runs in`
      )
    const endpoints: Record<string, string> = {}
    for (const r of table.order) {
      const url = regionEndpoint(table, r)
      if (url !== undefined) endpoints[r] = url
    }
    return { order: table.order.filter(r => endpoints[r] !== undefined), endpoints }
  }
  const row = Object.hasOwn(table.order, region) ? table.order[region] : undefined
  // Every endpoint instead would ignore the row's confinement (a CN caller failing over abroad).
  if (row === undefined)
    throw new RangeError(
      `no row for region "${String(region)}" in ${table.service}'s route table (it has ${Object.keys(table.order).join(', ')}): pass the region the caller runs in, as the platform names it`
    )
  return {
    order: row.filter(r => table.endpoints[r] !== undefined),
    endpoints: table.endpoints
  }
}

/** Node's timers hold at most 2^31 - 1 ms and fire at once beyond it (setTimeout docs): every attempt would time out. */
const MAX_TIMER_MS = 2 ** 31 - 1

/** Refuses settings the client cannot keep, from the route table or the options, with the setting's name. */
function checkSettings(settings: {
  timeoutMs: number
  deadlineMs: number
  retries: number
  hedgeMs: number | undefined
  maxConnections: number
}): void {
  const { timeoutMs, deadlineMs, retries, hedgeMs, maxConnections } = settings
  const refuse = (field: string, value: unknown, rule: string) => {
    throw new RangeError(`${field} is ${String(value)}; it must be ${rule}`)
  }
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS))
    refuse('timeoutMs', timeoutMs, `above 0 and at most ${MAX_TIMER_MS} ms (Node's timers)`)
  if (!(deadlineMs > 0)) refuse('deadlineMs', deadlineMs, 'above 0 ms')
  if (!(Number.isInteger(retries) && retries >= 0))
    refuse('retries', retries, 'a whole number, 0 or more')
  if (hedgeMs !== undefined && !(hedgeMs >= 0 && hedgeMs <= MAX_TIMER_MS))
    refuse('hedgeMs', hedgeMs, `0 to ${MAX_TIMER_MS} ms, or null for no hedging`)
  if (!(Number.isInteger(maxConnections) && maxConnections >= 1))
    refuse('maxConnections', maxConnections, 'a whole number, 1 or more')
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

interface Region {
  name: string
  endpoint: Endpoint
  breaker: CircuitBreaker
}

interface Attempt {
  n: number
  region: Region
  exchange: Exchange | undefined
  timer: NodeJS.Timeout | undefined
  /** Its timer is the request's deadline (the attempt timeout was cut to what was left). */
  deadlineBound: boolean
  /** The half-open breaker's one probe. */
  probe: boolean
  ended: boolean
}

/**
 * A fetch-like function that reaches the service in the best region for the
 * caller and fails over: nearest region first, then the manifest's failover
 * order; a per-attempt timeout inside one total deadline; retries only for
 * idempotent requests (or ones that never left the client), within a retry
 * budget shared by all requests; a jittered backoff before a region is
 * tried again; optional hedging to the next region; a circuit breaker per
 * region. Responses are read whole before they are returned, so an
 * attempt's timeout covers the body too.
 */
export function createClient(
  table: RouteTable | RegionRouteTable,
  options: ClientOptions
): RegionalFetch {
  const now = () => performance.now()
  const random = options.random ?? Math.random
  const events = new EventEmitter()
  // Events are built only when someone listens: a healthy request then allocates none.
  const listening = (type: ClientEvent['type']) =>
    events.listenerCount(type) > 0 || events.listenerCount('event') > 0
  const emit = (event: ClientEvent) => {
    events.emit(event.type, event)
    events.emit('event', event)
  }
  const route = routeFor(table, options.region)
  const timeoutMs = options.timeoutMs ?? table.timeoutMs
  const deadlineMs = options.deadlineMs ?? table.deadlineMs
  const retries = options.retries ?? table.retries
  const hedgeMs = options.hedgeMs === null ? undefined : (options.hedgeMs ?? table.hedgeMs)
  const maxConnections = options.maxConnections ?? table.maxConnections ?? MAX_CONNECTIONS_DEFAULT
  checkSettings({ timeoutMs, deadlineMs, retries, hedgeMs, maxConnections })
  const backoff = { ...BACKOFF_DEFAULTS, ...options.backoff }
  const budgetSettings = options.retryBudget ?? table.retryBudget
  const budget = new RetryBudget(budgetSettings.ratio, budgetSettings.minPerSecond, now)
  const breakerSettings = { ...BREAKER_DEFAULTS, ...options.breaker }
  const regions: Region[] = route.order.map(name => {
    const endpoint = new Endpoint(new URL(route.endpoints[name]!), maxConnections)
    const breaker = new CircuitBreaker(breakerSettings, now, (from, to) => {
      // Idle connections only: a request in flight may be a POST that must not be cut off.
      if (to === 'open') endpoint.drainIdle()
      if (listening('breaker')) emit({ type: 'breaker', region: name, from, to })
    })
    return { name, endpoint, breaker }
  })
  let requests = 0
  const aborts = new AbortWatch()

  function regionalFetch(path: string, init: RegionalInit = {}): Promise<RegionalResponse> {
    return new Promise<RegionalResponse>((resolve, reject) => {
      const request = ++requests
      const method = init.method === undefined ? 'GET' : init.method.toUpperCase()
      const idempotent = init.idempotent ?? IDEMPOTENT.has(method)
      const signal = init.signal
      const started = now()
      const deadlineAt = started + deadlineMs
      budget.deposit()
      let attempts = 0
      let cursor = 0
      let againCount = 0
      let finished = false
      let lastRegion: Region | undefined
      let hedgeAllowed = hedgeMs !== undefined && idempotent
      let hedgeTimer: NodeJS.Timeout | undefined
      let backoffTimer: NodeJS.Timeout | undefined
      let last: { region: Region; sent?: Sent; error?: unknown } | undefined
      const inflight: Attempt[] = []
      const tried: Region[] = []

      const onAbort = () =>
        fail('aborted', 'request aborted by the caller', signal!.reason, 'cancelled')

      /** Ends the request: stops timers, cancels attempts still running, emits done. */
      const finish = (ok: boolean, pending: AttemptOutcome, region?: string, status?: number) => {
        finished = true
        clearTimeout(hedgeTimer)
        clearTimeout(backoffTimer)
        if (signal) aborts.unwatch(signal, onAbort)
        const elapsedMs = now() - started
        for (const attempt of inflight.splice(0)) end(attempt, pending, elapsedMs)
        if (listening('done')) {
          const done: ClientEvent = { type: 'done', request, ok, attempts, elapsedMs, deadlineMs }
          if (region !== undefined) done.region = region
          if (status !== undefined) done.status = status
          emit(done)
        }
        return elapsedMs
      }

      /** Stops an attempt that is still running: cancelled, or timed out at the deadline. */
      const end = (attempt: Attempt, outcome: AttemptOutcome, elapsedMs: number) => {
        attempt.ended = true
        clearTimeout(attempt.timer)
        attempt.exchange?.cancel(new Error(`attempt ${outcome}`))
        if (outcome === 'timeout') attempt.region.breaker.failure()
        else if (attempt.probe) attempt.region.breaker.release()
        if (listening('attempt-end'))
          emit({
            type: 'attempt-end',
            request,
            attempt: attempt.n,
            region: attempt.region.name,
            outcome,
            elapsedMs
          })
      }

      const fail = (
        kind: RegionalFetchError['kind'],
        message: string,
        cause: unknown,
        pending: AttemptOutcome
      ) => {
        const elapsed = finish(false, pending)
        reject(new RegionalFetchError(message, kind, attempts, elapsed, { cause }))
      }

      const deadlineExceeded = (pending: AttemptOutcome) =>
        fail(
          'deadline',
          `deadline of ${deadlineMs} ms exceeded after ${attempts} attempt(s)`,
          last?.error,
          pending
        )

      /** The next region to try: in order from the cursor, skipping regions in flight and open breakers. */
      const pick = (): Region | undefined => {
        for (let i = 0; i < regions.length; i++) {
          const index = (cursor + i) % regions.length
          const region = regions[index]!
          if (busy(region) || !region.breaker.allows()) continue
          cursor = index + 1
          return region
        }
        // Every breaker open: try the region that reopens first rather than fail without trying (fail open).
        let best: Region | undefined
        for (const region of regions)
          if (!busy(region) && (!best || region.breaker.reopensInMs < best.breaker.reopensInMs))
            best = region
        return best
      }
      const busy = (region: Region) => inflight.some(a => a.region === region)

      const start = (region: Region, hedge: boolean) => {
        const n = ++attempts
        const remainingMs = deadlineAt - now()
        const deadlineBound = timeoutMs >= remainingMs
        const attemptTimeout = Math.max(0, deadlineBound ? remainingMs : timeoutMs)
        const attempt: Attempt = {
          n,
          region,
          exchange: undefined,
          timer: undefined,
          deadlineBound,
          probe: region.breaker.begin(),
          ended: false
        }
        inflight.push(attempt)
        if (!tried.includes(region)) tried.push(region)
        if (!hedge && lastRegion !== undefined && lastRegion !== region && listening('failover'))
          emit({ type: 'failover', request, from: lastRegion.name, to: region.name })
        lastRegion = region
        if (listening('attempt'))
          emit({
            type: 'attempt',
            request,
            attempt: n,
            region: region.name,
            hedge,
            timeoutMs: attemptTimeout,
            remainingMs
          })
        attempt.timer = setTimeout(() => timedOut(attempt), attemptTimeout)
        attempt.exchange = region.endpoint.send(path, method, init.headers, init.body, (e, s) =>
          settled(attempt, e, s)
        )
        if (hedgeAllowed && inflight.length === 1 && attempts <= retries && hedgeMs! < remainingMs)
          hedgeTimer = setTimeout(hedgeNow, hedgeMs)
      }

      const hedgeNow = () => {
        hedgeTimer = undefined
        if (finished || inflight.length !== 1) return
        const from = inflight[0]!.region.name
        const before = cursor
        const region = pick()
        if (region === undefined || !budget.tryWithdraw()) {
          // A hedge that does not go out must not move the retry order on.
          cursor = before
          hedgeAllowed = false
          return
        }
        if (listening('hedge'))
          emit({ type: 'hedge', request, from, to: region.name, afterMs: now() - started })
        start(region, true)
      }

      const timedOut = (attempt: Attempt) => {
        if (attempt.ended || finished) return
        if (attempt.deadlineBound) return deadlineExceeded('timeout')
        remove(attempt)
        end(attempt, 'timeout', now() - started)
        last = {
          region: attempt.region,
          error: new Error(`attempt timed out after ${timeoutMs} ms`)
        }
        next(last.error)
      }

      const remove = (attempt: Attempt) => {
        inflight.splice(inflight.indexOf(attempt), 1)
        clearTimeout(hedgeTimer)
        hedgeTimer = undefined
      }

      const settled = (attempt: Attempt, error: unknown, sent: Sent | undefined) => {
        if (attempt.ended || finished) return
        attempt.ended = true
        clearTimeout(attempt.timer)
        remove(attempt)
        const breaker = attempt.region.breaker
        if (sent && !RETRYABLE_STATUS.has(sent.status)) {
          if (sent.status >= 500) breaker.failure()
          else breaker.success()
          if (listening('attempt-end'))
            emit({
              type: 'attempt-end',
              request,
              attempt: attempt.n,
              region: attempt.region.name,
              outcome: 'response',
              status: sent.status,
              elapsedMs: now() - started
            })
          finish(true, 'cancelled', attempt.region.name, sent.status)
          return resolve(new RegionalResponse(sent, attempt.region.name))
        }
        if (!sent && invalidRequest(error)) {
          // The caller's mistake, not the region's: every region would refuse it alike.
          if (attempt.probe) breaker.release()
          if (listening('attempt-end'))
            emit({
              type: 'attempt-end',
              request,
              attempt: attempt.n,
              region: attempt.region.name,
              outcome: 'error',
              error: describe(error),
              elapsedMs: now() - started
            })
          return fail(
            'invalid',
            `${table.service}: the request is invalid and was sent nowhere: ${describe(error)}`,
            error,
            'cancelled'
          )
        }
        breaker.failure()
        last = sent ? { region: attempt.region, sent } : { region: attempt.region, error }
        if (listening('attempt-end'))
          emit({
            type: 'attempt-end',
            request,
            attempt: attempt.n,
            region: attempt.region.name,
            outcome: sent ? 'failed-status' : 'error',
            ...(sent ? { status: sent.status } : { error: describe(error) }),
            elapsedMs: now() - started
          })
        next(error)
      }

      type Denial = 'not-idempotent' | 'retries' | 'budget' | 'deadline'
      const retryDenied = (error: unknown): Denial | undefined => {
        // A request that never reached the server may go elsewhere whatever its method.
        if (!idempotent && !neverSent(error)) return 'not-idempotent'
        if (attempts > retries) return 'retries'
        if (deadlineAt - now() <= 0) return 'deadline'
        if (!budget.tryWithdraw()) return 'budget'
        return undefined
      }

      /** After a failed attempt with nothing else in flight: retry, or end with the last answer or error. */
      const next = (error: unknown) => {
        if (inflight.length > 0) return
        const denied = retryDenied(error)
        if (denied && listening('retry-denied'))
          emit({ type: 'retry-denied', request, reason: denied })
        const region = denied ? undefined : pick()
        if (region !== undefined && !tried.includes(region)) return start(region, false)
        if (region !== undefined) {
          // The same region again: wait a random share of an exponential step (full jitter), within the deadline.
          const delayMs = random() * Math.min(backoff.maxMs, backoff.baseMs * 2 ** againCount++)
          if (listening('backoff')) emit({ type: 'backoff', request, region: region.name, delayMs })
          if (delayMs >= deadlineAt - now()) return deadlineExceeded('cancelled')
          backoffTimer = setTimeout(() => {
            backoffTimer = undefined
            if (!finished) start(region, false)
          }, delayMs)
          return
        }
        if (denied === 'deadline') return deadlineExceeded('cancelled')
        const { region: lastFrom, sent } = last!
        if (sent) {
          finish(false, 'cancelled', lastFrom.name, sent.status)
          return resolve(new RegionalResponse(sent, lastFrom.name))
        }
        fail(
          'failed',
          `${table.service}: every attempt failed (${attempts}); last from ${lastFrom.name}: ${describe(last!.error)}`,
          last!.error,
          'cancelled'
        )
      }

      if (signal) {
        if (signal.aborted) return onAbort()
        aborts.watch(signal, onAbort)
      }
      const first = pick()
      if (first === undefined)
        return fail(
          'no-region',
          `no region to send to: the route table has no endpoint for ${options.region}'s order`,
          undefined,
          'cancelled'
        )
      start(first, false)
    })
  }

  return Object.assign(regionalFetch, {
    events,
    order: route.order,
    close: async () => {
      await Promise.all(regions.map(r => r.endpoint.close()))
    }
  })
}
