import type { Application } from '../../../src/argocd/health.js'

/**
 * The environments repository as Argo CD's repo-server sees it: a branch or
 * sha resolves to a commit, and a commit's files under the app's path are
 * what it renders. The GitHub simulator's repository provides both.
 */
export interface GitSource {
  resolve(revision: string): string | undefined
  files(sha: string): Map<string, string>
}

/** What the live cluster does after a sync of one revision, in order per app; `healthy` once the list runs out. */
export type SyncEnd = 'healthy' | 'degraded' | 'failed' | 'suspended' | 'progressing'

export interface ModelledApp {
  /** The app's folder in the environments repository (spec.source.path). */
  path: string
  /** spec.source.targetRevision; a branch is resolved to its HEAD at each comparison. */
  targetRevision?: string
  /** spec.syncPolicy.automated: without it, only a sync request starts an operation. */
  automated?: boolean
}

export interface ControllerTiming {
  /**
   * timeout.reconciliation: how often the controller re-compares every app
   * with git by itself (Argo CD's default is 120 s plus jitter). A new commit
   * is seen no sooner, unless a refresh is requested.
   */
  resyncMs: number
  /** The time between two steps of an operation (start, finish, re-compare, health settles). */
  stepMs: number
}

/** What the controller needs from the API server: the stored apps, writes that reach watchers, the clock. */
export interface AppStore {
  get(name: string): Application | undefined
  publish(name: string): void
  now(): string
  tick(seconds?: number): string
}

interface State {
  model: Required<ModelledApp>
  /** What runs in the cluster: the revision last applied and the files it rendered. */
  live: { revision: string; files: string }
  /** The health the cluster settles at once the last sync's rollout is over. */
  settled: string
  /** A sync just finished: the next comparison sees its rollout still Progressing. */
  settling: boolean
  refreshWaiters: (() => void)[]
}

const REFRESH = 'argocd.argoproj.io/refresh'

/**
 * A model of Argo CD's application controller (argo-cd
 * controller/appcontroller.go), driven by timers on 127.0.0.1, over the
 * GitHub simulator's repository. It compares each app with the HEAD of its
 * targetRevision when its resync period passes or a refresh is requested,
 * auto-syncs what it resolved (not the commit a caller waits for), runs
 * operations with retries, and re-compares after each one.
 */
export class ArgoCDController {
  /** How the next sync of an app ends in the cluster; healthy when it says nothing. */
  outcome: (app: string) => SyncEnd | undefined = () => undefined
  private readonly apps = new Map<string, State>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private readonly resync: ReturnType<typeof setInterval>
  private stopped = false

  constructor(
    private readonly store: AppStore,
    private readonly git: GitSource,
    readonly timing: ControllerTiming
  ) {
    // controller/appcontroller.go needRefreshAppStatus: a comparison older than
    // statusRefreshTimeout (timeout.reconciliation) is "expired" and re-done.
    this.resync = setInterval(() => {
      for (const name of this.apps.keys()) this.reconcile(name)
    }, timing.resyncMs)
  }

  stop(): void {
    this.stopped = true
    clearInterval(this.resync)
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    for (const state of this.apps.values()) for (const wake of state.refreshWaiters) wake()
  }

  /** Takes over an app the server holds: from now on its status follows git and the cluster. */
  manage(name: string, model: ModelledApp): void {
    const app = this.known(name)
    const full: Required<ModelledApp> = {
      path: model.path,
      targetRevision: model.targetRevision ?? 'main',
      automated: model.automated ?? true
    }
    app.spec = {
      ...app.spec,
      source: { ...app.spec?.source, path: full.path, targetRevision: full.targetRevision }
    }
    if (full.automated) app.spec.syncPolicy = { automated: { prune: true, selfHeal: true } }
    else delete app.spec.syncPolicy
    const revision = app.status!.sync!.revision!
    this.apps.set(name, {
      model: full,
      live: { revision, files: this.render(revision, full.path) },
      settled: 'Healthy',
      settling: false,
      refreshWaiters: []
    })
    this.store.publish(name)
  }

  manages(name: string): boolean {
    return this.apps.has(name)
  }

  /**
   * util/argo/argo.go RefreshApp sets the refresh annotation; the controller
   * (needRefreshAppStatus: "refresh requested") re-compares with the latest
   * git state and removes it. Resolves once that comparison is written, as
   * server/application/application.go Get with `refresh` waits for it.
   */
  requestRefresh(name: string, type: 'normal' | 'hard'): Promise<void> {
    const state = this.state(name)
    const app = this.known(name)
    app.metadata = {
      ...app.metadata,
      annotations: { ...app.metadata?.annotations, [REFRESH]: type }
    }
    this.store.publish(name)
    const done = new Promise<void>(resolve => state.refreshWaiters.push(resolve))
    this.later(this.timing.stepMs, () => this.reconcile(name))
    return done
  }

  /**
   * server/application/application.go Sync resolves the revision (a branch,
   * tag or sha; empty means targetRevision) to a commit before it sets the
   * operation; undefined when it resolves to nothing.
   */
  resolveForSync(name: string, revision: string | undefined): string | undefined {
    return this.git.resolve(revision || this.state(name).model.targetRevision)
  }

  /** A sync operation was set (by the API or auto-sync): the controller picks it up next. */
  operationRequested(name: string): void {
    this.later(this.timing.stepMs, () => this.runOperation(name, 0))
  }

  /**
   * controller/appcontroller.go processAppRefreshQueueItem: compare with the
   * latest commit of targetRevision (CompareAppState), then autoSync, then
   * write sync status, health and reconciledAt in one update.
   */
  private reconcile(name: string): void {
    if (this.stopped) return
    const state = this.state(name)
    const app = this.store.get(name)
    if (!app) return
    const head = this.git.resolve(state.model.targetRevision)
    if (!head) return
    const status = app.status!
    // controller/state.go CompareAppState: Synced when the live resources match what
    // the resolved revision renders; sync.revision is that revision either way, so a
    // commit that changes nothing for this app leaves it Synced at the new HEAD.
    const synced = this.render(head, state.model.path) === state.live.files
    status.sync = { ...status.sync, status: synced ? 'Synced' : 'OutOfSync', revision: head }
    // The cluster reports the rollout's progress a moment later, which triggers another comparison.
    const health = state.settling ? 'Progressing' : state.settled
    if (state.settling) {
      state.settling = false
      this.later(this.timing.stepMs, () => this.reconcile(name))
    }
    if (status.health?.status !== health)
      status.health = { status: health, lastTransitionTime: this.store.now() }
    status.reconciledAt = this.store.tick()
    this.autoSync(name, app, head, synced)
    const annotations = { ...app.metadata?.annotations }
    const refreshed = REFRESH in annotations
    delete annotations[REFRESH]
    app.metadata = { ...app.metadata, annotations }
    this.store.publish(name)
    if (refreshed) {
      for (const wake of state.refreshWaiters.splice(0)) wake()
    }
  }

  /**
   * controller/appcontroller.go autoSync: only for spec.syncPolicy.automated,
   * only when OutOfSync and no operation runs, to the revision the comparison
   * resolved (syncStatus.Revision), and never again to a revision whose last
   * attempt failed (alreadyAttemptedSync; the app gets a SyncError condition).
   */
  private autoSync(name: string, app: Application, head: string, synced: boolean): void {
    const state = this.state(name)
    if (!state.model.automated || app.operation || synced) return
    const last = app.status!.operationState
    if (last?.syncResult?.revision === head && last.phase !== 'Running') {
      if (last.phase !== 'Succeeded')
        app.status!.conditions = [
          {
            type: 'SyncError',
            message: `Failed last sync attempt to [${head}]: ${last.message ?? ''}`,
            lastTransitionTime: this.store.now()
          }
        ]
      return
    }
    // util/argo/argo.go SetAppOperation: the operation is set and operationState cleared.
    app.operation = {
      sync: { revision: head, prune: true },
      initiatedBy: { automated: true },
      retry: { limit: 5 }
    }
    delete app.status!.operationState
    this.operationRequested(name)
  }

  /**
   * controller/appcontroller.go processRequestedAppOperation: Running, then the
   * sync's end; a failure with retries left goes back to Running with
   * finishedAt set and retryCount raised (the operation stays). A completed
   * operation clears `.operation` in the same write (setOperationState) and
   * requests a refresh of the app.
   */
  private runOperation(name: string, attempt: number): void {
    if (this.stopped) return
    const app = this.store.get(name)
    const operation = app?.operation
    if (!app || !operation?.sync) return
    const state = this.state(name)
    const status = app.status!
    const revision = operation.sync.revision!
    if (attempt === 0) {
      status.operationState = {
        operation: structuredClone(operation),
        phase: 'Running',
        message: 'one or more tasks are running',
        syncResult: { revision, source: structuredClone(app.spec?.source ?? {}) },
        startedAt: this.store.tick()
      }
      this.store.publish(name)
    }
    this.later(this.timing.stepMs, () => {
      if (this.stopped || !app.operation) return
      const end = attempt === 0 ? (this.outcome(name) ?? 'healthy') : 'failed'
      const opState = status.operationState!
      const finishedAt = this.store.tick(5)
      if (end === 'failed') {
        const limit = operation.retry?.limit ?? 0
        opState.message =
          'one or more objects failed to apply, reason: admission webhook denied the request'
        if (attempt < limit) {
          opState.phase = 'Running'
          opState.finishedAt = finishedAt
          opState.retryCount = attempt + 1
          this.store.publish(name)
          this.runOperation(name, attempt + 1)
          return
        }
        opState.phase = 'Failed'
        opState.finishedAt = finishedAt
        delete app.operation
        this.store.publish(name)
        this.later(this.timing.stepMs, () => this.reconcile(name))
        return
      }
      state.live = { revision, files: this.render(revision, state.model.path) }
      state.settling = true
      state.settled =
        end === 'degraded'
          ? 'Degraded'
          : end === 'suspended'
            ? 'Suspended'
            : end === 'progressing'
              ? 'Progressing'
              : 'Healthy'
      opState.phase = 'Succeeded'
      opState.message = 'successfully synced (all tasks run)'
      opState.finishedAt = finishedAt
      delete app.operation
      const history = status.history ?? []
      history.push({
        id: (history.at(-1)?.id ?? -1) + 1,
        revision,
        deployStartedAt: opState.startedAt!,
        deployedAt: finishedAt,
        initiatedBy: operation.initiatedBy ?? {}
      })
      status.history = history.slice(-10)
      this.store.publish(name)
      this.later(this.timing.stepMs, () => this.reconcile(name))
    })
  }

  /** What the app's folder renders at a commit: its files, in a stable order. */
  private render(sha: string, path: string): string {
    const prefix = `${path.replace(/\/+$/, '')}/`
    return JSON.stringify(
      [...this.git.files(sha)].filter(([file]) => file.startsWith(prefix)).sort()
    )
  }

  private later(ms: number, run: () => void): void {
    if (this.stopped) return
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
    }, ms)
    this.timers.add(timer)
  }

  private state(name: string): State {
    const state = this.apps.get(name)
    if (!state) throw new Error(`the Argo CD controller does not manage "${name}"`)
    return state
  }

  private known(name: string): Application {
    const app = this.store.get(name)
    if (!app) throw new Error(`the simulator has no app "${name}"`)
    return app
  }
}
