import type { Sent } from './transport.js'

const NULL_BODY_STATUS = new Set([101, 204, 205, 304])

/**
 * The answer to a regional request: the reading half of fetch's `Response`
 * (status, ok, headers, text, json, arrayBuffer, bytes, blob) over a body the
 * client has already read whole. Building a real `Response` and reading it
 * back cost about a fifth of a request on loopback; `toResponse()` makes one
 * for code that needs it. The body is buffered, so it can be read more than
 * once.
 */
export class RegionalResponse {
  private headerCache: Headers | undefined

  /** @internal The client makes these; the .d.ts leaves the wire's Node.js types out. */
  constructor(
    private readonly sent: Sent,
    /** The region that answered. */
    readonly region: string
  ) {}

  get status(): number {
    return this.sent.status
  }

  get statusText(): string {
    return this.sent.statusText
  }

  get ok(): boolean {
    return this.sent.status >= 200 && this.sent.status < 300
  }

  /** The response headers, built on first use. */
  get headers(): Headers {
    if (!this.headerCache) {
      const headers = new Headers()
      const raw = this.sent.rawHeaders
      for (let i = 0; i + 1 < raw.length; i += 2)
        headers.append(raw[i]!.toString('latin1'), raw[i + 1]!.toString('latin1'))
      this.headerCache = headers
    }
    return this.headerCache
  }

  async text(): Promise<string> {
    return this.sent.body.toString('utf8')
  }

  async json<T = unknown>(): Promise<T> {
    return JSON.parse(this.sent.body.toString('utf8')) as T
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(this.sent.body)
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.sent.body
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer
  }

  async blob(): Promise<Blob> {
    return new Blob([this.sent.body as Uint8Array], {
      type: this.headers.get('content-type') ?? ''
    })
  }

  /** A fetch `Response` with the same status, headers and body. */
  toResponse(): Response {
    return new Response(
      NULL_BODY_STATUS.has(this.sent.status) ? null : (this.sent.body as Uint8Array),
      {
        status: this.sent.status,
        statusText: this.sent.statusText,
        headers: this.headers
      }
    )
  }
}
