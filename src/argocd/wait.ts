import { createParser } from 'eventsource-parser'
import { ArgoCDError, type ArgoCDClient } from './client.js'
import type { paths } from './generated/api.js'
import {
  evaluate,
  type Application,
  type ExpectedRevision,
  type HealthEvaluation,
  type Relation
} from './health.js'

export type WaitOutcome = 'healthy' | 'degraded' | 'failed' | 'timeout' | 'unreachable'

export interface WaitResult {
  outcome: WaitOutcome
  /** Why, in a sentence: the last health reason, or the error that kept Argo CD out of reach. */
  detail: string
  /** The last application state seen, if any. */
  app?: Application
}

/** How the wait lets time pass (deadline, backoff, poll interval); tests pass a faster one. */
export interface Clock {
  /** Resolves after `ms`, or rejects once `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason)
      const handle = setTimeout(() => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(handle)
        reject(signal.reason)
      }
      signal.addEventListener('abort', onAbort, { once: true })
    })
}

export type WaitEvent =
  | { type: 'evaluated'; source: 'stream' | 'poll'; evaluation: HealthEvaluation; app: Application }
  | { type: 'stream-lost'; error: string; failures: number; retryInMs: number }
  | { type: 'polling'; reason: string }
  | { type: 'poll-failed'; error: string }

export interface WaitOptions {
  client: Pick<ArgoCDClient, 'getApplication' | 'openApplicationStream'>
  app: string
  /** The merged commit (or, for a multi-source app, every source's revision). */
  revision: ExpectedRevision
  timeoutMs: number
  /** Aborting it makes the wait reject with the signal's reason. */
  signal?: AbortSignal
  onEvent?: (event: WaitEvent) => void
  clock?: Clock
  /** Delay before reconnecting a stream, doubling per consecutive failure. Default 1 s to 30 s. */
  backoff?: { initialMs: number; maxMs: number }
  /** Consecutive stream attempts that deliver nothing before falling back to polling. Default 3. */
  streamAttempts?: number
  pollIntervalMs?: number
  /** Time without an event after which the stream is reconnected. Default 60 s. */
  idleMs?: number
  /**
   * How another revision Argo CD reports relates to the expected commit (GitHub's
   * compare); without it only the expected commit itself counts.
   */
  relation?: (revision: string) => Promise<Relation>
  /** Count health Suspended as done (platform.yaml argocd.acceptSuspended). */
  acceptSuspended?: boolean
}

/** One message of the watch stream: `{"result":{"type","application"}}` or `{"error":{...}}`. */
type StreamMessage =
  paths['/api/v1/stream/applications']['get']['responses'][200]['content']['application/json']

/**
 * Waits until Argo CD runs `revision` healthy, or fails, or the deadline passes. It prefers
 * the watch stream, which resends the current state on every reconnect so a dropped
 * connection loses nothing; polling is only the fallback. 'unreachable' means health is
 * unknown, which a caller must never read as healthy.
 */
export async function waitForRevision(options: WaitOptions): Promise<WaitResult> {
  const clock = options.clock ?? systemClock
  const backoff = options.backoff ?? { initialMs: 1_000, maxMs: 30_000 }
  const streamAttempts = options.streamAttempts ?? 3
  const pollIntervalMs = options.pollIntervalMs ?? 10_000
  const idleMs = options.idleMs ?? 60_000
  const { client, app: name, revision } = options
  const emit = options.onEvent ?? (() => {})

  const stop = new AbortController()
  const cancel = () => stop.abort(options.signal?.reason)
  if (options.signal?.aborted) cancel()
  options.signal?.addEventListener('abort', cancel, { once: true })
  const deadline = clock.sleep(options.timeoutMs, stop.signal).then(
    () => stop.abort(),
    () => {}
  )

  let last: { app: Application; evaluation: HealthEvaluation } | undefined
  /** Whether the latest request got an answer from Argo CD: a 404 did, a refused connection did not. */
  let reached = false
  /** The latest error, for the polling notice and the final detail. */
  let problem: string | undefined
  /**
   * Argo CD's latest word was that the app does not exist (404, or deleted on the stream).
   * At the deadline that is unknown health, not a release that failed: the app may be renamed,
   * not yet created by an ApplicationSet, or the platform's app name wrong.
   */
  let missing: string | undefined

  /** Relations found so far, by revision; a failed look-up is asked again at the next state. */
  const relations = new Map<string, Relation>()

  async function relate(app: Application): Promise<void> {
    const lookup = options.relation
    if (lookup === undefined || typeof revision !== 'string') return
    const status = app.status
    // A source-hydrator app syncs a commit on its hydrated branch, made from a dry commit on the
    // branch the train merged into (controller/hydrator/hydrator.go records both): that commit
    // stands for the dry one it was hydrated from.
    const dryOf = new Map<string, string>()
    for (const op of [
      status?.sourceHydrator?.lastSuccessfulOperation,
      status?.sourceHydrator?.currentOperation
    ])
      if (op?.hydratedSHA && op.drySHA) dryOf.set(op.hydratedSHA.toLowerCase(), op.drySHA)
    const ask = async (r: string): Promise<Relation> => {
      const dry = dryOf.get(r.toLowerCase())
      if (dry === undefined) return lookup(r)
      return dry.toLowerCase() === revision.toLowerCase() ? { lineage: 'same' } : lookup(dry)
    }
    // A multi-source app (spec.sources) reports a list, one revision per source, and no single one.
    const seen = [
      status?.sync?.revision,
      status?.operationState?.operation?.sync?.revision,
      status?.operationState?.syncResult?.revision,
      app.operation?.sync?.revision,
      ...(status?.sync?.revisions ?? []),
      ...(status?.operationState?.operation?.sync?.revisions ?? []),
      ...(status?.operationState?.syncResult?.revisions ?? []),
      ...(app.operation?.sync?.revisions ?? [])
    ].filter(
      (r): r is string => r !== undefined && r !== '' && r.toLowerCase() !== revision.toLowerCase()
    )
    // A hydrated commit's lineage is settled once its dry commit is known; before, ask again.
    for (const r of seen)
      if (dryOf.has(r.toLowerCase()) && relations.get(r)?.lineage === 'before') relations.delete(r)
    await Promise.all(
      [...new Set(seen)]
        .filter(r => !relations.has(r))
        .map(async r => {
          try {
            relations.set(r, await ask(r))
          } catch (error) {
            problem = `cannot compare ${r} with ${revision} on GitHub: ${String((error as Error).message ?? error)}`
          }
        })
    )
  }

  async function judge(
    app: Application,
    source: 'stream' | 'poll',
    deleted = false
  ): Promise<WaitResult | undefined> {
    missing = deleted ? `Argo CD reports the application ${name} deleted` : undefined
    if (!deleted) await relate(app)
    const evaluation: HealthEvaluation = deleted
      ? { state: 'unknown', reason: 'Argo CD reports the application deleted' }
      : evaluate(app, revision, {
          relation: r => relations.get(r),
          ...(options.acceptSuspended ? { acceptSuspended: true } : {})
        })
    last = { app, evaluation }
    emit({ type: 'evaluated', source, evaluation, app })
    switch (evaluation.state) {
      case 'done':
        return { outcome: 'healthy', detail: evaluation.reason, app }
      case 'degraded':
      case 'failed':
        return { outcome: evaluation.state, detail: evaluation.reason, app }
      default:
        return undefined
    }
  }

  /** A bad token or missing permission will not heal by waiting: stop now, health unknown. */
  function hopeless(error: unknown): WaitResult | undefined {
    if (
      error instanceof ArgoCDError &&
      (error.kind === 'unauthorized' || error.kind === 'forbidden')
    ) {
      return { outcome: 'unreachable', detail: error.message, ...(last ? { app: last.app } : {}) }
    }
    return undefined
  }

  function failed(error: unknown): string {
    problem =
      typeof error === 'object' && error !== null && 'message' in error
        ? String(error.message)
        : String(error)
    if (error instanceof ArgoCDError) {
      reached = !error.transient
      if (error.kind === 'not-found') missing = problem
    }
    return problem
  }

  async function rest(ms: number): Promise<void> {
    await clock.sleep(ms, stop.signal).catch(() => {})
  }

  /**
   * Rejects once the stream has carried no event for `idleMs`, keep-alives aside. Reconnecting
   * then costs one resent state, and it unmasks what a quiet stream hides: a half-open
   * connection, or an app the server filters out because it does not exist.
   */
  function idle(quiet: AbortSignal): Promise<never> {
    const silence = clock.sleep(idleMs, AbortSignal.any([quiet, stop.signal])).then(() => {
      throw new Error(`the watch stream sent no event for ${idleMs / 1000} s`)
    })
    silence.catch(() => {})
    return silence
  }

  async function watch(): Promise<WaitResult | undefined> {
    let resourceVersion: string | undefined
    let failures = 0
    while (!stop.signal.aborted && failures < streamAttempts) {
      let delivered = false
      let error: string
      try {
        const body = await client.openApplicationStream(name, {
          ...(resourceVersion === undefined ? {} : { resourceVersion }),
          signal: stop.signal
        })
        reached = true
        for await (const message of messages(body, idle)) {
          if (message.error !== undefined) {
            throw new Error(`the watch stream reported an error: ${message.error.message ?? ''}`)
          }
          const application = message.result?.application
          if (application === undefined) continue
          delivered = true
          resourceVersion = application.metadata?.resourceVersion ?? resourceVersion
          const verdict = await judge(application, 'stream', message.result?.type === 'DELETED')
          if (verdict) return verdict
        }
        error = 'the watch stream closed'
      } catch (caught) {
        if (stop.signal.aborted) return undefined
        const verdict = hopeless(caught)
        if (verdict) return verdict
        error = failed(caught)
      }
      failures = delivered ? 1 : failures + 1
      const retryInMs = Math.min(backoff.initialMs * 2 ** (failures - 1), backoff.maxMs)
      emit({ type: 'stream-lost', error, failures, retryInMs })
      if (failures < streamAttempts) await rest(retryInMs)
    }
    return undefined
  }

  async function poll(): Promise<WaitResult | undefined> {
    emit({
      type: 'polling',
      reason: `the watch stream failed ${streamAttempts} times in a row: ${problem}`
    })
    while (!stop.signal.aborted) {
      try {
        const app = await client.getApplication(name, { signal: stop.signal })
        reached = true
        const verdict = await judge(app, 'poll')
        if (verdict) return verdict
      } catch (caught) {
        if (stop.signal.aborted) return undefined
        const verdict = hopeless(caught)
        if (verdict) return verdict
        emit({ type: 'poll-failed', error: failed(caught) })
      }
      await rest(pollIntervalMs)
    }
    return undefined
  }

  /**
   * One plain read once the deadline has passed, as `argocd app wait` does on
   * its timeout: a deadline already past still looks at Argo CD before it
   * reports a timeout, and never reports it unreachable without asking.
   */
  async function finalRead(): Promise<WaitResult | undefined> {
    try {
      const app = await client.getApplication(
        name,
        options.signal ? { signal: options.signal } : {}
      )
      reached = true
      return await judge(app, 'poll')
    } catch (caught) {
      if (options.signal?.aborted) return undefined
      const verdict = hopeless(caught)
      if (verdict) return verdict
      failed(caught)
      return undefined
    }
  }

  try {
    try {
      if (options.timeoutMs > 0) {
        const verdict = (await watch()) ?? (stop.signal.aborted ? undefined : await poll())
        if (verdict) return verdict
      }
    } finally {
      stop.abort()
      await deadline
    }
    if (!options.signal?.aborted) {
      const verdict = await finalRead()
      if (verdict) return verdict
    }
  } finally {
    options.signal?.removeEventListener('abort', cancel)
  }
  if (options.signal?.aborted) throw options.signal.reason
  const seconds = Math.round(options.timeoutMs / 1000)
  if (missing !== undefined)
    return {
      outcome: 'unreachable',
      detail: `${name} did not exist in Argo CD at the deadline (${seconds} s), so its health is unknown: ${missing}`,
      ...(last ? { app: last.app } : {})
    }
  if (!reached) {
    return {
      outcome: 'unreachable',
      detail: `Argo CD could not be reached within ${seconds} s, so the health of ${name} is unknown: ${problem ?? 'no request finished'}`,
      ...(last ? { app: last.app } : {})
    }
  }
  return {
    outcome: 'timeout',
    detail: `${name} was not done within ${seconds} s: ${last?.evaluation.reason ?? problem ?? 'Argo CD never sent its state'}`,
    ...(last ? { app: last.app } : {})
  }
}

/** The JSON messages of a Server-Sent Events body; `idle` restarts with each one. */
async function* messages(
  body: ReadableStream<Uint8Array>,
  idle: (quiet: AbortSignal) => Promise<never>
): AsyncGenerator<StreamMessage> {
  const queue: string[] = []
  const parser = createParser({ onEvent: event => queue.push(event.data) })
  const decoder = new TextDecoder()
  const reader = body.getReader()
  let quiet = new AbortController()
  let silence = idle(quiet.signal)
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), silence])
      if (done) return
      parser.feed(decoder.decode(value, { stream: true }))
      if (queue.length === 0) continue
      quiet.abort()
      quiet = new AbortController()
      silence = idle(quiet.signal)
      while (queue.length > 0) yield JSON.parse(queue.shift()!) as StreamMessage
    }
  } finally {
    quiet.abort()
    await reader.cancel().catch(() => {})
  }
}
