import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Application } from '../../../src/argocd/health.js'
import { fixtureApp } from '../../support/argocd-fixtures.js'
import { ArgoCDContract, type Match } from './contract.js'
import {
  ArgoCDController,
  type ControllerTiming,
  type GitSource,
  type ModelledApp
} from './controller.js'

export interface Violation {
  request: string
  problem: string
}

export interface RequestRecord {
  method: string
  path: string
  status: number
}

/** How a scripted rollout ends. */
export type RolloutEnd = 'healthy' | 'degraded' | 'failed' | 'suspended' | 'never-reconciles'

interface Stream {
  name: string
  response: ServerResponse
  sse: boolean
  minVersion: number
  /** The forwarder suppresses byte-identical repeats per app. */
  lastSent?: string
  sent: number
}

/** Faults a test arms; each applies to later requests until disarmed. */
export interface Faults {
  /** Answer the watch endpoint with this status instead of a stream. */
  streamStatus?: number
  /** How many watch requests still get `streamStatus`; unlimited when undefined. */
  streamFailuresLeft?: number
  /** Open watch streams but send nothing on them, as through a half-open connection. */
  silentStream?: boolean
  /** Close each watch stream abruptly after sending this many events. */
  dropStreamAfter?: number
  /** Answer every application GET with this status. */
  getStatus?: number
  /** Wait this long before answering any request. */
  latencyMs?: number
}

const ERROR_CODES: Record<number, number> = {
  400: 3,
  401: 16,
  403: 7,
  404: 5,
  415: 3,
  500: 13,
  503: 14
}

/**
 * Argo CD on 127.0.0.1: applications, sync and the SSE watch stream in the real wire format,
 * with every request and response checked against Argo CD's swagger. Tests script each app's
 * life (merge, sync, reconcile, go Degraded) and arm faults; `violations` must stay empty.
 */
export class ArgoCDSimulator {
  readonly violations: Violation[] = []
  readonly requests: RequestRecord[] = []
  readonly faults: Faults = {}
  readonly token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2ltdWxhdG9y'

  private readonly apps = new Map<string, Application>()
  private readonly streams = new Set<Stream>()
  private readonly sockets = new Set<Socket>()
  /**
   * Requests being answered (watch streams aside) and a count of answers and
   * stream events sent: how a test's clock tells that Argo CD has gone quiet
   * (test/support/settled-clock.ts).
   */
  readonly activity = { answering: 0, sent: 0 }
  /** Set by connectGit: the application controller's model, over the GitHub simulator's repository. */
  controller: ArgoCDController | undefined
  private version = 1000
  /** Argo CD timestamps have second precision; a logical clock keeps every run identical. */
  private seconds = Date.parse('2026-08-22T10:00:00Z') / 1000

  private constructor(
    private readonly server: Server,
    private readonly contract: ArgoCDContract,
    readonly url: string
  ) {}

  /**
   * The contract holds only the parsed swagger and the validators compiled so
   * far, so every simulator of a test file shares one: a train harness starts
   * a simulator per test, and each would parse and compile again.
   */
  private static contract: ArgoCDContract | undefined

  static async start(
    contract = (ArgoCDSimulator.contract ??= new ArgoCDContract())
  ): Promise<ArgoCDSimulator> {
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const simulator = new ArgoCDSimulator(server, contract, `http://127.0.0.1:${port}`)
    server.on('connection', socket => {
      simulator.sockets.add(socket)
      socket.on('close', () => simulator.sockets.delete(socket))
    })
    server.on('request', (request, response) => {
      // A watch stream stays open for the whole wait: only answers that end count as work.
      if (!request.url?.startsWith('/api/v1/stream/')) {
        simulator.activity.answering++
        response.on('close', () => {
          simulator.activity.answering--
          simulator.activity.sent++
        })
      }
      simulator.handle(request, response).catch((error: unknown) => {
        simulator.violations.push({ request: request.url ?? '', problem: String(error) })
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
    })
    return simulator
  }

  /** A URL where nothing listens, as when Argo CD is down or firewalled. */
  static async unreachableURL(): Promise<string> {
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise<void>(resolve => server.close(() => resolve()))
    return `http://127.0.0.1:${port}`
  }

  /**
   * Runs Argo CD's application controller over `git`: apps handed to it with
   * `manage` follow the repository (auto-sync, refresh, operations) instead
   * of a test's script.
   */
  connectGit(
    git: GitSource,
    timing: ControllerTiming = { resyncMs: 400, stepMs: 15 }
  ): ArgoCDController {
    this.controller = new ArgoCDController(
      {
        get: name => this.apps.get(name),
        publish: name => this.publish(name, 'MODIFIED'),
        now: () => this.now(),
        tick: seconds => this.tick(seconds)
      },
      git,
      timing
    )
    return this.controller
  }

  /** An app synced at `revision` that the controller model runs from now on. */
  addManagedApp(name: string, revision: string, model: ModelledApp, project = 'default'): void {
    if (!this.controller)
      throw new Error('connectGit first: the controller model needs the repository')
    this.addApp(name, revision, project)
    this.controller.manage(name, model)
  }

  async stop(): Promise<void> {
    this.controller?.stop()
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** An app synced, Healthy and reconciled at `revision`, as after an earlier promotion. */
  addApp(name: string, revision: string, project = 'default'): void {
    const app = fixtureApp('application-done')
    app.metadata = { ...app.metadata, name, resourceVersion: '0' }
    app.spec!.project = project
    const status = app.status!
    const started = this.now()
    const finished = this.tick(12)
    status.history = [
      {
        id: 0,
        revision,
        deployStartedAt: started,
        deployedAt: finished,
        initiatedBy: { automated: true }
      }
    ]
    status.operationState = {
      operation: { sync: { revision }, initiatedBy: { automated: true } },
      phase: 'Succeeded',
      message: 'successfully synced (all tasks run)',
      syncResult: { revision },
      startedAt: started,
      finishedAt: finished
    }
    status.sync = { status: 'Synced', revision }
    status.health = { status: 'Healthy', lastTransitionTime: finished }
    status.reconciledAt = this.tick(5)
    this.apps.set(name, app)
    this.publish(name, 'ADDED')
  }

  /** The app as the server holds it now. */
  app(name: string): Application {
    return structuredClone(this.known(name))
  }

  /** Changes the stored app as the controller would, and tells every watcher. */
  patch(name: string, change: (app: Application) => void): void {
    change(this.known(name))
    this.publish(name, 'MODIFIED')
  }

  /** A new commit reached the environments repo and Argo CD's refresh saw it: OutOfSync, old health. */
  merge(name: string, revision: string): void {
    this.patch(name, app => {
      app.status!.sync = { ...app.status!.sync, status: 'OutOfSync', revision }
      app.status!.reconciledAt = this.tick()
    })
  }

  /** The controller starts syncing `revision` (auto-sync, or after a sync request). */
  startSync(name: string, revision = this.known(name).status!.sync!.revision!): void {
    this.patch(name, app => {
      app.operation = { sync: { revision }, initiatedBy: { automated: true } }
      app.status!.operationState = {
        operation: { sync: { revision }, initiatedBy: { automated: true } },
        phase: 'Running',
        message: 'one or more tasks are running',
        syncResult: { revision },
        startedAt: this.tick()
      }
    })
  }

  /** The operation completes; the controller clears `.operation` in the same write. */
  finishSync(name: string, phase: 'Succeeded' | 'Failed' | 'Error' = 'Succeeded'): void {
    this.patch(name, app => {
      const state = app.status!.operationState!
      const finishedAt = this.tick(10)
      state.phase = phase
      state.finishedAt = finishedAt
      state.message =
        phase === 'Succeeded'
          ? 'successfully synced (all tasks run)'
          : 'one or more objects failed to apply, reason: admission webhook denied the request'
      delete app.operation
      if (phase === 'Succeeded') {
        const history = app.status!.history ?? []
        history.push({
          id: (history.at(-1)?.id ?? -1) + 1,
          revision: state.syncResult!.revision!,
          deployStartedAt: state.startedAt!,
          deployedAt: finishedAt,
          initiatedBy: { automated: true }
        })
        app.status!.history = history.slice(-10)
      }
    })
  }

  /** The refresh after the sync: comparison, health and reconciledAt move to now. */
  reconcile(name: string, health = 'Healthy', message?: string): void {
    this.patch(name, app => {
      const status = app.status!
      status.sync = { ...status.sync, status: 'Synced' }
      const at = this.tick(3)
      status.health = { status: health, lastTransitionTime: at, ...(message ? { message } : {}) }
      status.reconciledAt = at
    })
  }

  /** One promotion from merge to its end, each step a watch event. */
  rollout(name: string, revision: string, end: RolloutEnd = 'healthy'): void {
    this.merge(name, revision)
    this.startSync(name, revision)
    if (end === 'degraded') {
      this.patch(name, app => {
        app.status!.health = {
          status: 'Degraded',
          message: 'Deployment "checkout" exceeded its progress deadline',
          lastTransitionTime: this.tick()
        }
      })
      return
    }
    this.finishSync(name, end === 'failed' ? 'Failed' : 'Succeeded')
    if (end === 'healthy') this.reconcile(name)
    if (end === 'suspended') this.reconcile(name, 'Suspended', 'Rollout is paused')
  }

  /** Sends the gateway's mid-stream error message on every open watch stream of `name`. */
  streamError(
    name: string,
    message = 'rpc error: code = Unavailable desc = transport is closing'
  ): void {
    const error = { grpc_code: 14, http_code: 503, message, http_status: 'Service Unavailable' }
    for (const stream of this.streams) {
      if (stream.name !== name) continue
      this.check(`stream ${name}`, () =>
        this.contract.checkResponse(this.watchOperation(), 200, { error })
      )
      const text = JSON.stringify({ error })
      stream.response.write(stream.sse ? `data: ${text}\n\n` : `${text}\n`)
    }
  }

  /** The app is deleted: watchers get its last state as DELETED. */
  deleteApp(name: string): void {
    const app = this.known(name)
    app.metadata!.resourceVersion = String(++this.version)
    this.apps.delete(name)
    for (const stream of this.streams) {
      if (stream.name === name) this.send(stream, 'DELETED', app)
    }
  }

  /** Cuts every open watch stream, as a proxy timing out would. */
  dropStreams(): void {
    for (const stream of this.streams) stream.response.destroy()
    this.streams.clear()
  }

  /** Resolves once every watch stream is closed; a client that leaks one fails the test. */
  async streamsClosed(withinMs = 2_000): Promise<void> {
    for (let waited = 0; this.streams.size > 0; waited += 10) {
      if (waited >= withinMs) throw new Error(`${this.streams.size} watch stream(s) still open`)
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }

  private known(name: string): Application {
    const app = this.apps.get(name)
    if (!app) throw new Error(`the simulator has no app "${name}"`)
    return app
  }

  private now(): string {
    return new Date(this.seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private tick(seconds = 1): string {
    this.seconds += seconds
    return this.now()
  }

  private publish(name: string, type: 'ADDED' | 'MODIFIED'): void {
    const app = this.known(name)
    app.metadata!.resourceVersion = String(++this.version)
    for (const stream of this.streams) {
      if (stream.name === name) this.send(stream, type, app)
    }
  }

  private send(stream: Stream, type: string, app: Application): void {
    if (Number(app.metadata?.resourceVersion) < stream.minVersion) return
    const message = { result: { type, application: app } }
    const text = JSON.stringify(message)
    if (text === stream.lastSent) return
    stream.lastSent = text
    this.check(`stream ${stream.name}`, () =>
      this.contract.checkResponse(this.watchOperation(), 200, message)
    )
    stream.response.write(stream.sse ? `data: ${text}\n\n` : `${text}\n`)
    stream.sent += 1
    this.activity.sent++
    if (this.faults.dropStreamAfter !== undefined && stream.sent >= this.faults.dropStreamAfter) {
      this.streams.delete(stream)
      stream.response.destroy()
    }
  }

  private watchOperation(): Match['operation'] {
    return this.contract.match('GET', '/api/v1/stream/applications')!.operation
  }

  private check(request: string, run: () => string[]): boolean {
    const problems = run()
    for (const problem of problems) this.violations.push({ request, problem })
    return problems.length === 0
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET'
    const url = new URL(request.url ?? '/', this.url)
    const label = `${method} ${url.pathname}${url.search}`
    const raw = await readBody(request)
    const record = (status: number) =>
      this.requests.push({ method, path: `${url.pathname}${url.search}`, status })
    if (this.faults.latencyMs) await new Promise(r => setTimeout(r, this.faults.latencyMs))

    const match = this.contract.match(method, url.pathname)
    const reply = (status: number, body: unknown) => {
      record(status)
      if (match) this.check(label, () => this.contract.checkResponse(match.operation, status, body))
      response.writeHead(status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    const fail = (status: number, message: string) =>
      reply(status, { error: message, code: ERROR_CODES[status] ?? 2, message })

    let body: unknown
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        return fail(400, 'request body is not JSON')
      }
    }
    if (!this.check(label, () => this.contract.checkRequest(method, url, body)) || !match) {
      return fail(400, 'request does not match the Argo CD API description')
    }
    if (method !== 'GET' && !/^application\/json/.test(request.headers['content-type'] ?? '')) {
      return fail(415, 'Invalid content type')
    }
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return fail(401, 'invalid session: token signature is invalid')
    }

    const projects = [...url.searchParams.getAll('projects'), ...url.searchParams.getAll('project')]
    const bodyProject = (body as { project?: string } | undefined)?.project
    const visible = (name: string): { app?: Application; status?: number } => {
      const app = this.apps.get(name)
      const project = bodyProject ?? projects[0]
      // Argo CD hides whether an app exists unless the caller names its project.
      if (!app) return { status: project === undefined ? 403 : 404 }
      if (project !== undefined && app.spec?.project !== project) return { status: 403 }
      return { app }
    }
    const denied = (status: number, name: string) =>
      fail(
        status,
        status === 404 ? `applications.argoproj.io "${name}" not found` : 'permission denied'
      )

    switch (match.operation.operationId) {
      case 'ApplicationService_List': {
        const name = url.searchParams.get('name')
        const items = [...this.apps.values()].filter(
          a => name === null || a.metadata?.name === name
        )
        return reply(200, { metadata: { resourceVersion: String(this.version) }, items })
      }
      case 'ApplicationService_Get': {
        if (this.faults.getStatus) return fail(this.faults.getStatus, 'the simulator is failing')
        const name = match.params.name!
        const found = visible(name)
        if (!found.app) return denied(found.status!, name)
        const refresh = url.searchParams.get('refresh')
        if (refresh !== null && this.controller?.manages(name)) {
          // server/application/application.go Get: any value but "hard" is a normal refresh;
          // the call blocks until the controller has re-compared the app.
          await this.controller.requestRefresh(name, refresh === 'hard' ? 'hard' : 'normal')
          return reply(200, this.known(name))
        }
        return reply(200, found.app)
      }
      case 'ApplicationService_Sync': {
        const name = match.params.name!
        const found = visible(name)
        if (!found.app) return denied(found.status!, name)
        // server/application/application.go Sync: a sync window that forbids a manual sync refuses it first.
        if (this.controller?.manages(name) && !this.controller.canSync(name, true)) {
          return fail(403, 'cannot sync: blocked by sync window')
        }
        if (found.app.operation) {
          return fail(400, 'error setting app operation: another operation is already in progress')
        }
        const requested = (body as { revision?: string }).revision
        const managed = this.controller?.manages(name) === true
        // server/application/application.go Sync: the revision is resolved to a commit first.
        const revision = managed
          ? this.controller!.resolveForSync(name, requested)
          : requested || found.app.status?.sync?.revision || 'HEAD'
        if (revision === undefined) {
          return fail(400, `unable to resolve '${requested}' to a commit SHA`)
        }
        // The request's retryStrategy, else the app's spec.syncPolicy.retry; neither: no retries.
        const retry =
          (body as { retryStrategy?: { limit?: number } }).retryStrategy ??
          (managed ? this.controller!.retryFor(name) : undefined)
        found.app.operation = {
          sync: { revision, prune: (body as { prune?: boolean }).prune ?? false },
          initiatedBy: { username: 'ci' },
          ...(retry ? { retry: { limit: retry.limit ?? 0 } } : {})
        }
        delete found.app.status!.operationState
        this.publish(name, 'MODIFIED')
        if (managed) this.controller!.operationRequested(name)
        return reply(200, found.app)
      }
      case 'ApplicationService_GetApplicationSyncWindows': {
        const name = match.params.name!
        const found = visible(name)
        if (!found.app) return denied(found.status!, name)
        // server/application/application.go GetApplicationSyncWindows: canSync as for a manual sync.
        const windows = this.controller?.windowsOf(name) ?? []
        const wire = (w: (typeof windows)[number]) => ({
          kind: w.kind,
          schedule: w.schedule ?? '0 22 * * *',
          duration: w.duration ?? '8h',
          manualSync: w.manualSync ?? false
        })
        return reply(200, {
          activeWindows: windows.filter(w => w.active).map(wire),
          assignedWindows: windows.map(wire),
          canSync: this.controller?.canSync(name, true) ?? true
        })
      }
      case 'ApplicationService_Watch':
        return this.watch(url, request, response, record, fail)
      case 'VersionService_Version':
        return reply(200, { Version: 'v3.6.0+simulator' })
      default:
        return fail(501, `the simulator does not implement ${match.operation.operationId}`)
    }
  }

  private watch(
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
    record: (status: number) => void,
    fail: (status: number, message: string) => void
  ): void {
    if (this.faults.streamStatus !== undefined) {
      const left = this.faults.streamFailuresLeft
      if (left === undefined || left > 0) {
        if (left !== undefined) this.faults.streamFailuresLeft = left - 1
        return fail(this.faults.streamStatus, 'the simulator is failing the stream')
      }
    }
    const name = url.searchParams.get('name') ?? ''
    const sse = (request.headers.accept ?? '').includes('text/event-stream')
    record(200)
    response.writeHead(200, {
      'Content-Type': sse ? 'text/event-stream' : 'application/json',
      'Cache-Control': 'no-cache'
    })
    response.flushHeaders()
    const stream: Stream = {
      name,
      response,
      sse,
      minVersion: Number(url.searchParams.get('resourceVersion') ?? 0),
      sent: 0
    }
    this.streams.add(stream)
    response.on('close', () => this.streams.delete(stream))
    if (this.faults.silentStream) return
    if (sse) response.write(':\n\n')
    // A watch on a named app always starts with its current state (reference 3.6).
    const app = this.apps.get(name)
    if (app) this.send(stream, 'ADDED', app)
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
