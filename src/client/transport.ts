import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import type { ClientRequest, IncomingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

export type Body = string | Uint8Array

export interface Sent {
  status: number
  statusText: string
  headers: Headers
  body: Buffer
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  return headers
}

/**
 * One region's endpoint with its own keep-alive pool, so that the pool can
 * be dropped when the region's breaker opens: kept-alive sockets to a sick
 * region would otherwise be reused after it recovers, or hang.
 */
export class Endpoint {
  private agent: HttpAgent

  constructor(readonly base: URL) {
    this.agent = this.newAgent()
  }

  private newAgent(): HttpAgent {
    return this.base.protocol === 'https:'
      ? new HttpsAgent({ keepAlive: true })
      : new HttpAgent({ keepAlive: true })
  }

  /** Closes every pooled connection; later requests open new ones. */
  drop(): void {
    this.agent.destroy()
    this.agent = this.newAgent()
  }

  close(): void {
    this.agent.destroy()
  }

  /**
   * Sends one request and reads the whole response. `cancel` destroys the
   * request, which rejects `response` with the reason given; no
   * AbortController per attempt, which costs more than the request on
   * loopback.
   */
  send(
    path: string,
    method: string,
    headers: Record<string, string>,
    body: Body | undefined
  ): { response: Promise<Sent>; cancel: (reason: Error) => void } {
    const url = new URL(path, this.base)
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest
    let req: ClientRequest | undefined
    let cancelled: Error | undefined
    const response = new Promise<Sent>((resolve, reject) => {
      req = request(url, { method, headers, agent: this.agent }, res => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', error => reject(cancelled ?? error))
        res.on('aborted', () => reject(cancelled ?? new Error('response aborted')))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: toHeaders(res.headers),
            body: Buffer.concat(chunks)
          })
        )
      })
      req.on('error', error => reject(cancelled ?? error))
      req.end(body)
    })
    return {
      response,
      cancel: reason => {
        cancelled ??= reason
        req?.destroy(reason)
      }
    }
  }
}
