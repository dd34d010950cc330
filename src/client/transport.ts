import { Pool } from 'undici'
import type { Dispatcher } from 'undici'
import type { Body } from './body.js'

/** A response read whole, before the client hands it to the caller. */
export interface Sent {
  status: number
  statusText: string
  /** Name, value, name, value... as they came on the wire. */
  rawHeaders: Buffer[]
  body: Buffer
}

/** Errors that come before the request left the client: nothing reached the server, so any method may go elsewhere. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])

export function neverSent(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && NEVER_SENT.has(code)
}

/**
 * undici refused the request itself before sending it anywhere (a header value
 * with CR LF, a framing header such as transfer-encoding, a body of the wrong
 * type): the caller's mistake, which every region would refuse alike.
 */
export function invalidRequest(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'UND_ERR_INVALID_ARG'
}

/**
 * One attempt on the wire, as an undici dispatch handler: collects the body
 * into chunks and calls `done` once. No Readable stream, no fetch Response
 * and no AbortController per attempt: on loopback each of those costs more
 * than the request itself.
 */
export class Exchange implements Dispatcher.DispatchHandler {
  private abort: ((reason: Error) => void) | undefined
  private cancelled: Error | undefined
  private finished = false
  private status = 0
  private statusText = ''
  private rawHeaders: Buffer[] = []
  private readonly chunks: Buffer[] = []

  constructor(private readonly done: (error: unknown, sent: Sent | undefined) => void) {}

  /** Stops the attempt; `done` is called with `reason` at once, whether or not it had a connection yet. */
  cancel(reason: Error): void {
    if (this.finished || this.cancelled) return
    this.cancelled = reason
    if (this.abort) this.abort(reason)
    else this.end(reason, undefined)
  }

  private end(error: unknown, sent: Sent | undefined): void {
    if (this.finished) return
    this.finished = true
    this.done(error, sent)
  }

  onConnect(abort: (reason?: Error) => void): void {
    // Cancelled while queued for a connection: undici hands out the abort only now.
    if (this.cancelled) abort(this.cancelled)
    else this.abort = abort
  }

  onHeaders(
    statusCode: number,
    rawHeaders: Buffer[],
    _resume: () => void,
    statusText: string
  ): boolean {
    this.status = statusCode
    this.statusText = statusText
    this.rawHeaders = rawHeaders
    return true
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk)
    return true
  }

  onComplete(): void {
    const body =
      this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks as Uint8Array[])
    this.end(undefined, {
      status: this.status,
      statusText: this.statusText,
      rawHeaders: this.rawHeaders,
      body
    })
  }

  onError(error: Error): void {
    this.end(this.cancelled ?? error, undefined)
  }
}

/**
 * One region's endpoint: an undici connection pool with keep-alive. When the
 * region's breaker opens, `drainIdle` swaps in a fresh pool and closes the
 * old one gracefully: its idle connections close now, and requests already
 * in flight (a POST the caller could not safely repeat) finish first.
 */
export class Endpoint {
  private pool: Pool

  /** `connections`: the most this endpoint opens; undici queues requests beyond them. */
  constructor(
    readonly base: URL,
    private readonly connections: number
  ) {
    this.pool = new Pool(base.origin, { connections })
  }

  /** The path as `new URL(path, base)` resolves it, without building a URL for the usual absolute path. */
  private pathOf(path: string): string {
    if (path.startsWith('/') && !path.startsWith('//')) return path
    const url = new URL(path, this.base)
    return url.pathname + url.search
  }

  /** Closes idle connections at once and the busy ones once their request ends; later requests open new ones. */
  drainIdle(): void {
    const old = this.pool
    this.pool = new Pool(this.base.origin, { connections: this.connections })
    old.close().catch(() => {})
  }

  async close(): Promise<void> {
    await this.pool.destroy()
  }

  /** Sends one request and reads the whole response; the exchange's `cancel` stops it. */
  send(
    path: string,
    method: string,
    headers: Record<string, string> | undefined,
    body: Body | undefined,
    done: (error: unknown, sent: Sent | undefined) => void
  ): Exchange {
    const exchange = new Exchange(done)
    this.pool.dispatch(
      { path: this.pathOf(path), method: method as Dispatcher.HttpMethod, headers, body },
      exchange
    )
    return exchange
  }
}
