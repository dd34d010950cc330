import createClient from 'openapi-fetch'
import type { components, paths } from './generated/api.js'
import type { Application } from './health.js'

export interface ArgoCDClientOptions {
  /** The region's Argo CD API server: platform.yaml `spec.regions.<region>.argocd.server`. */
  server: string
  /** An API key or project-role token, sent as `Authorization: Bearer`. */
  token: string
  /** The app's AppProject; with it Argo CD answers a missing app with 404 instead of 403. */
  project?: string
  /** Named in error messages so a person knows which platform.yaml entry to fix. */
  region?: string
  /** The platform's `argocd.app` template that produced the app names, for the not-found message. */
  appTemplate?: string
  /** Per request; a stream's limit covers only until its headers arrive. Default 30 s. */
  timeoutMs?: number
  /** `?refresh=` blocks until the controller has re-compared the app, so it gets longer. Default 2 min. */
  refreshTimeoutMs?: number
  /** Receives the token before any request is made, so the action can `core.setSecret` it. */
  onSecret?: (secret: string) => void
  fetch?: (request: Request) => Promise<Response>
}

export type ArgoCDErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rejected'
  | 'server'
  | 'unreachable'
  | 'timeout'
  | 'malformed'

/** A failed call to Argo CD, with a message that says what to fix. Never carries the token. */
export class ArgoCDError extends Error {
  override readonly name = 'ArgoCDError'

  constructor(
    readonly kind: ArgoCDErrorKind,
    message: string,
    readonly server: string,
    readonly status?: number
  ) {
    super(message)
  }

  /** Whether asking again later may give another answer: outages yes, a bad token or app name no. */
  get transient(): boolean {
    return (
      this.kind === 'server' ||
      this.kind === 'unreachable' ||
      this.kind === 'timeout' ||
      this.kind === 'malformed'
    )
  }
}

export interface ArgoCDClient {
  readonly server: string
  getApplication(name: string, options?: { signal?: AbortSignal }): Promise<Application>
  /** Asks the controller to re-compare the app with git now and returns the result (blocks until then). */
  refresh(name: string, options?: { hard?: boolean; signal?: AbortSignal }): Promise<Application>
  /** Starts a sync; Argo CD resolves `revision` (default: the app's targetRevision) to a commit. */
  sync(
    name: string,
    revision?: string,
    options?: { prune?: boolean; signal?: AbortSignal }
  ): Promise<Application>
  /**
   * Whether a sync may start now (server/application/application.go
   * GetApplicationSyncWindows answers canSync for a manual sync; a deny
   * window that allows manual syncs answers true).
   */
  syncWindows(name: string, options?: { signal?: AbortSignal }): Promise<SyncWindows>
  /** The raw watch stream of one app (Server-Sent Events), for `wait.ts` to parse. */
  openApplicationStream(
    name: string,
    options?: { resourceVersion?: string; signal?: AbortSignal }
  ): Promise<ReadableStream<Uint8Array>>
}

type RuntimeError = components['schemas']['runtimeError']

/** The sync windows assigned to an app and whether they let a sync start now. */
export type SyncWindows = components['schemas']['applicationApplicationSyncWindowsResponse']

export function createArgoCDClient(options: ArgoCDClientOptions): ArgoCDClient {
  const server = serverURL(options)
  if (options.token === '') {
    throw new Error(
      `No Argo CD token for ${where(options)}: pass an API key or project-role token for ${server}.`
    )
  }
  options.onSecret?.(options.token)
  const timeoutMs = options.timeoutMs ?? 30_000
  const refreshTimeoutMs = options.refreshTimeoutMs ?? 120_000
  const api = createClient<paths>({
    baseUrl: server,
    headers: { Authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {})
  })
  const project = options.project === undefined ? {} : { project: options.project }

  /** Runs one call with a deadline, turning every way it can fail into an ArgoCDError. */
  async function call<T>(
    what: string,
    app: string,
    limitMs: number,
    caller: AbortSignal | undefined,
    send: (signal: AbortSignal) => Promise<{ data?: T; error?: unknown; response: Response }>
  ): Promise<NonNullable<T>> {
    const timer = new AbortController()
    const handle = setTimeout(() => timer.abort(), limitMs)
    const signal = caller ? AbortSignal.any([caller, timer.signal]) : timer.signal
    try {
      const { data, error, response } = await send(signal)
      if (!response.ok) throw httpError(what, app, response.status, error as RuntimeError)
      if (data === undefined || data === null) {
        throw new ArgoCDError(
          'malformed',
          `${what}: Argo CD at ${server} sent an empty body.`,
          server
        )
      }
      return data as NonNullable<T>
    } catch (error) {
      if (error instanceof ArgoCDError) throw error
      if (caller?.aborted) throw caller.reason
      if (timer.signal.aborted) {
        throw new ArgoCDError(
          'timeout',
          `${what}: Argo CD at ${server} did not answer within ${limitMs / 1000} s.`,
          server
        )
      }
      if (nameOf(error) === 'SyntaxError') {
        throw new ArgoCDError(
          'malformed',
          `${what}: Argo CD at ${server} sent a body that is not JSON (${cause(error)}); is ${server} the Argo CD API server?`,
          server
        )
      }
      throw new ArgoCDError(
        'unreachable',
        `${what}: cannot reach Argo CD at ${server} (${cause(error)}).`,
        server
      )
    } finally {
      clearTimeout(handle)
    }
  }

  function httpError(
    what: string,
    app: string,
    status: number,
    body: RuntimeError | undefined
  ): ArgoCDError {
    const said =
      typeof body === 'object' && body !== null ? (body.message ?? body.error) : undefined
    const detail = said ? `: ${said}` : ''
    if (status === 401) {
      return new ArgoCDError(
        'unauthorized',
        `${what}: Argo CD at ${server} rejected the token (401${detail}). Check that the token for ${where(options)} is a current API key or project-role token issued by this server.`,
        server,
        status
      )
    }
    if (status === 403) {
      const missing = options.project === undefined
      return new ArgoCDError(
        'forbidden',
        `${what}: the token may not do this on Argo CD at ${server} (403${detail}). Grant its account or project role \`applications, get\` and \`applications, sync\` for "${app}"${missing ? `; without a project, Argo CD also answers 403 when the app does not exist (${naming(options)})` : ''}.`,
        server,
        status
      )
    }
    if (status === 404) {
      return new ArgoCDError(
        'not-found',
        `${what}: Argo CD at ${server} has no application "${app}"${options.project ? ` in project "${options.project}"` : ''}. ${capitalise(naming(options))}.`,
        server,
        status
      )
    }
    if (status >= 500) {
      return new ArgoCDError(
        'server',
        `${what}: Argo CD at ${server} failed with ${status}${detail}.`,
        server,
        status
      )
    }
    return new ArgoCDError(
      'rejected',
      `${what}: Argo CD at ${server} refused the request (${status}${detail}).`,
      server,
      status
    )
  }

  return {
    server,
    getApplication(name, { signal } = {}) {
      return call(`get application ${name}`, name, timeoutMs, signal, s =>
        api.GET('/api/v1/applications/{name}', {
          params: { path: { name }, query: projects(project) },
          signal: s
        })
      )
    },
    refresh(name, { hard = false, signal } = {}) {
      return call(`refresh application ${name}`, name, refreshTimeoutMs, signal, s =>
        api.GET('/api/v1/applications/{name}', {
          params: {
            path: { name },
            query: { ...projects(project), refresh: hard ? 'hard' : 'normal' }
          },
          signal: s
        })
      )
    },
    sync(name, revision, { prune = false, signal } = {}) {
      return call(`sync application ${name}`, name, timeoutMs, signal, s =>
        api.POST('/api/v1/applications/{name}/sync', {
          params: { path: { name } },
          body: { name, prune, ...(revision === undefined ? {} : { revision }), ...project },
          signal: s
        })
      )
    },
    syncWindows(name, { signal } = {}) {
      return call(`read sync windows of ${name}`, name, timeoutMs, signal, s =>
        api.GET('/api/v1/applications/{name}/syncwindows', {
          params: { path: { name }, query: project },
          signal: s
        })
      )
    },
    openApplicationStream(name, { resourceVersion, signal } = {}) {
      return call(`watch application ${name}`, name, timeoutMs, signal, s =>
        api.GET('/api/v1/stream/applications', {
          params: {
            query: {
              name,
              ...projects(project),
              ...(resourceVersion === undefined ? {} : { resourceVersion })
            }
          },
          headers: { Accept: 'text/event-stream' },
          parseAs: 'stream',
          signal: s
        })
      )
    }
  }
}

function serverURL(options: ArgoCDClientOptions): string {
  let url: URL
  try {
    url = new URL(options.server)
  } catch {
    url = new URL('invalid:')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `Argo CD server for ${where(options)} is "${options.server}"; expected an http(s) URL such as https://argocd.example.com (platform.yaml argocd.server).`
    )
  }
  return url.href.replace(/\/+$/, '')
}

function projects(project: { project?: string }): { projects?: string[] } {
  return project.project === undefined ? {} : { projects: [project.project] }
}

function where(options: ArgoCDClientOptions): string {
  return options.region === undefined ? 'this region' : `region ${options.region}`
}

function naming(options: ArgoCDClientOptions): string {
  const entry =
    options.region === undefined ? 'argocd.app' : `spec.regions.${options.region}.argocd.app`
  return `the name comes from platform.yaml ${entry}${options.appTemplate ? ` ("${options.appTemplate}")` : ', default "{service}-{region}"'}: make it match the Application's name in Argo CD`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** fetch's errors come from another realm under some runners, so `instanceof Error` cannot be trusted. */
type Failure = { name?: string; message?: string; cause?: { code?: string; message?: string } }

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as Failure).name : undefined
}

/** The most specific reason a fetch failed: undici puts the socket error (ECONNREFUSED...) in `cause`. */
function cause(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error)
  const failure = error as Failure
  const inner = failure.cause
  return inner?.code ?? inner?.message ?? failure.message ?? String(error)
}
