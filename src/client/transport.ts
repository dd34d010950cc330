import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
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

  /** Sends one request and reads the whole response, or rejects when `signal` aborts first. */
  send(
    path: string,
    method: string,
    headers: Record<string, string>,
    body: Body | undefined,
    signal: AbortSignal
  ): Promise<Sent> {
    const url = new URL(path, this.base)
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest
    return new Promise((resolve, reject) => {
      const req = request(url, { method, headers, agent: this.agent, signal }, res => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: toHeaders(res.headers),
            body: Buffer.concat(chunks)
          })
        )
      })
      req.on('error', reject)
      req.end(body)
    })
  }
}
