import type { Application } from '../../../src/argocd/health.js'

/**
 * The environments repository as Argo CD's repo-server sees it: a branch or
 * sha resolves to a commit, and a commit's files under the app's path are
 * what it renders. The GitHub simulator's repository provides both.
 */
export interface GitSource {
  /** The repository's address as Argo CD knows it (its repository secret); other repoURLs are not found. */
  url: string
  resolve(revision: string): string | undefined
  files(sha: string): Map<string, string>
  /** A commit on `branch` (created when missing) with `files` written over its tree: the hydrator's push. */
  push(branch: string, files: Record<string, string>, message: string): string
}

/** What the live cluster does after a sync of one revision, in order per app; `healthy` once the list runs out. */
export type SyncEnd = 'healthy' | 'degraded' | 'failed' | 'suspended' | 'progressing'

/** One source of an Application (spec.source, or an entry of spec.sources). */
export interface ModelledSource {
  /** Default: the repository the controller reads (GitSource.url). */
  repoURL?: string
  /** The app's folder in that repository; absent for a Helm chart source. */
  path?: string
  /** A branch is resolved to its HEAD at each comparison. Default main. */
  targetRevision?: string
  /** A Helm chart from another repository: it renders the same at its version, whatever git does. */
  chart?: string
}

export interface ModelledApp extends ModelledSource {
  /** spec.sources: a multi-source app, compared source by source; replaces the single source. */
  sources?: ModelledSource[]
  /** spec.sourceHydrator: the controller renders the dry source into syncSource.path on targetBranch and syncs that. */
  hydrator?: { drySource: ModelledSource; syncSource: { path: string; targetBranch: string } }
  /** spec.syncPolicy.automated: without it, only a sync request starts an operation. */
  automated?: boolean
  /** spec.syncPolicy.automated.selfHeal (Argo CD's default false). */
  selfHeal?: boolean
  /** spec.syncPolicy.retry.limit; absent, the app sets no retry strategy. */
  retry?: number
}

/** A sync window assigned to the app through its AppProject (spec.syncWindows), as active or not right now. */
export interface ModelledWindow {
  kind: 'allow' | 'deny'
  active: boolean
  manualSync?: boolean
  schedule?: string
  duration?: string
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

type Source = ModelledSource & { repoURL: string; targetRevision: string }

interface Model {
  sources: Source[]
  multi: boolean
  hydrator?: { drySource: Source; syncSource: { path: string; targetBranch: string } }
  automated: boolean
  selfHeal: boolean
  retry?: number
}

/** What comparing the app's sources with git found: the revisions and rendering, or why it failed. */
type Comparison =
  | { ok: true; revisions: string[]; files: string }
  | { ok: false; revisions: string[]; message: string }

interface State {
  model: Model
  /** What runs in the cluster: the revisions last applied (one per source) and the files they rendered. */
  live: { revisions: string[]; files: string }
  /** The health the cluster settles at once the last sync's rollout is over. */
  settled: string
  /** A sync just finished: the next comparison sees its rollout still Progressing. */
  settling: boolean
  refreshWaiters: (() => void)[]
}

const REFRESH = 'argocd.argoproj.io/refresh'

/**
 * util/git/git.go NormalizeGitURL: lower case, `git@host:path` as
 * `host/path`, no `.git`; https keeps its scheme, so Argo CD itself does not
 * take an ssh and an https address for the same repository (SameURL).
 */
export function normalizeGitURL(url: string): string {
  let repo = url.trim().toLowerCase()
  if (/^(?:ssh:\/\/)?[\w.-]+@[\w.-]+:/.test(repo) && !repo.startsWith('ssh://'))
    repo = `ssh://${repo.replace(':', '/')}`
  return repo.replace(/\.git$/, '').replace(/^ssh:\/\//, '')
}

/**
 * A model of Argo CD's application controller (argo-cd
 * controller/appcontroller.go), driven by timers on 127.0.0.1, over the
 * GitHub simulator's repository. It compares each app with the HEAD of its
 * targetRevision when its resync period passes or a refresh is requested,
 * auto-syncs what it resolved (not the commit a caller waits for) unless a
 * sync window forbids it, runs operations with the app's retries, and
 * re-compares after each one.
 */
export class ArgoCDController {
  /** How the next sync of an app ends in the cluster; healthy when it says nothing. */
  outcome: (app: string) => SyncEnd | undefined = () => undefined
  private readonly apps = new Map<string, State>()
  private readonly windows = new Map<string, ModelledWindow[]>()
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

  /** Whether a step is due: an operation runs, a rollout settles or a requested comparison waits. */
  get busy(): boolean {
    return this.timers.size > 0
  }

  stop(): void {
    this.stopped = true
    clearInterval(this.resync)
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    for (const state of this.apps.values()) for (const wake of state.refreshWaiters) wake()
  }

  /** Takes over an app the server holds: from now on its status follows git and the cluster. */
  manage(name: string, modelled: ModelledApp): void {
    const app = this.known(name)
    const source = (s: ModelledSource) => ({
      ...s,
      repoURL: s.repoURL ?? this.git.url,
      targetRevision: s.targetRevision ?? 'main'
    })
    const model: Model = {
      sources: (modelled.sources ?? [modelled]).map(source),
      multi: modelled.sources !== undefined,
      ...(modelled.hydrator
        ? {
            hydrator: {
              drySource: source(modelled.hydrator.drySource),
              syncSource: modelled.hydrator.syncSource
            }
          }
        : {}),
      automated: modelled.automated ?? true,
      selfHeal: modelled.selfHeal ?? false,
      ...(modelled.retry === undefined ? {} : { retry: modelled.retry })
    }
    const spec = { ...app.spec }
    delete spec.source
    delete spec.sources
    delete spec.sourceHydrator
    const specOf = (s: Model['sources'][number]) => ({
      repoURL: s.repoURL,
      targetRevision: s.targetRevision,
      ...(s.path === undefined ? {} : { path: s.path }),
      ...(s.chart === undefined ? {} : { chart: s.chart })
    })
    if (model.hydrator) {
      spec.sourceHydrator = {
        drySource: specOf(model.hydrator.drySource),
        syncSource: model.hydrator.syncSource
      }
    } else if (model.multi) spec.sources = model.sources.map(specOf)
    else spec.source = specOf(model.sources[0]!)
    const policy = {
      ...(model.automated
        ? { automated: { prune: true, ...(modelled.selfHeal ? { selfHeal: true } : {}) } }
        : {}),
      ...(model.retry === undefined ? {} : { retry: { limit: model.retry } })
    }
    if (Object.keys(policy).length > 0) spec.syncPolicy = policy
    else delete spec.syncPolicy
    app.spec = spec
    const compared = this.compareWithGit(model, app)
    const revision = app.status!.sync!.revision!
    this.apps.set(name, {
      model,
      live: compared.ok
        ? { revisions: compared.revisions, files: compared.files }
        : { revisions: [revision], files: '' },
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
   * Someone changes a live resource by hand (kubectl edit): the next
   * comparison finds the app OutOfSync at the revision it already synced,
   * which auto-sync repairs only with selfHeal.
   */
  drift(name: string): void {
    const state = this.state(name)
    state.live = { ...state.live, files: `${state.live.files} (edited in the cluster)` }
    this.later(this.timing.stepMs, () => this.reconcile(name))
  }

  /** Assigns sync windows to an app (its project's spec.syncWindows matching it), replacing earlier ones. */
  setWindows(name: string, windows: ModelledWindow[]): void {
    this.windows.set(name, windows)
    // A window opening lets the next comparison auto-sync what it held back.
    this.later(this.timing.stepMs, () => this.reconcile(name))
  }

  /** The windows of an app, for the syncwindows endpoint. */
  windowsOf(name: string): ModelledWindow[] {
    return this.windows.get(name) ?? []
  }

  /**
   * pkg/apis/application/v1alpha1/types.go SyncWindows.CanSync: no windows,
   * sync; an active deny blocks unless the sync is manual and the window
   * allows manual syncs; otherwise an active allow permits, and allows that
   * exist but are all inactive block (again unless manual and allowed).
   */
  canSync(name: string, manual: boolean): boolean {
    const windows = this.windowsOf(name)
    if (windows.length === 0) return true
    const active = windows.filter(w => w.active)
    const denies = active.filter(w => w.kind === 'deny')
    if (denies.length > 0) return manual && denies.some(w => w.manualSync === true)
    if (active.some(w => w.kind === 'allow')) return true
    const inactiveAllows = windows.filter(w => !w.active && w.kind === 'allow')
    if (inactiveAllows.length > 0) return manual && inactiveAllows.some(w => w.manualSync === true)
    return true
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
   * operation; undefined when it resolves to nothing. A hydrator app syncs
   * its hydrated branch.
   */
  resolveForSync(name: string, revision: string | undefined): string | undefined {
    const model = this.state(name).model
    const tracked = model.hydrator?.syncSource.targetBranch ?? model.sources[0]!.targetRevision
    return this.git.resolve(revision || tracked)
  }

  /** spec.syncPolicy.retry as server/application/application.go Sync copies it (absent: no retries). */
  retryFor(name: string): { limit: number } | undefined {
    const limit = this.state(name).model.retry
    return limit === undefined ? undefined : { limit }
  }

  /** A sync operation was set (by the API or auto-sync): the controller picks it up next. */
  operationRequested(name: string): void {
    this.later(this.timing.stepMs, () => this.runOperation(name, 0))
  }

  /**
   * controller/state.go CompareAppState over the app's sources: each git
   * source resolves its targetRevision and renders its path; a repository
   * Argo CD does not know, a revision that resolves to nothing or a path
   * that does not exist fails the comparison ("Failed to load target
   * state", a ComparisonError; reposerver's "app path does not exist"). A
   * hydrator app first hydrates (controller/hydrator/hydrator.go
   * ProcessHydrationQueueItem) and compares its sync source.
   */
  private compareWithGit(model: Model, app: Application): Comparison {
    const sources: Source[] = model.hydrator
      ? [
          {
            repoURL: model.hydrator.drySource.repoURL,
            path: model.hydrator.syncSource.path,
            targetRevision: model.hydrator.syncSource.targetBranch
          }
        ]
      : model.sources
    if (model.hydrator) {
      const failure = this.hydrate(model, app)
      if (failure !== undefined) return { ok: false, revisions: [], message: failure }
    }
    const revisions: string[] = []
    const rendered: string[] = []
    for (const source of sources) {
      if (source.chart !== undefined) {
        revisions.push(source.targetRevision)
        rendered.push(`${source.chart}@${source.targetRevision}`)
        continue
      }
      if (normalizeGitURL(source.repoURL) !== normalizeGitURL(this.git.url))
        return {
          ok: false,
          revisions,
          message: `Failed to load target state: failed to generate manifest for source ${revisions.length + 1} of ${sources.length}: rpc error: code = Unknown desc = repository not found: ${source.repoURL}`
        }
      const sha = this.git.resolve(source.targetRevision)
      if (sha === undefined)
        return {
          ok: false,
          revisions,
          message: `Failed to load target state: failed to get latest revision: unable to resolve '${source.targetRevision}' to a commit SHA`
        }
      revisions.push(sha)
      const files = this.render(sha, source.path ?? '')
      if (files === undefined)
        return {
          ok: false,
          revisions,
          message: `Failed to load target state: failed to generate manifest for source ${revisions.length} of ${sources.length}: rpc error: code = Unknown desc = ${source.path}: app path does not exist`
        }
      rendered.push(files)
    }
    return { ok: true, revisions, files: JSON.stringify(rendered) }
  }

  /**
   * controller/hydrator/hydrator.go hydrate: when the dry source's HEAD moved
   * past the last hydrated dry commit, render its path and commit the result
   * under syncSource.path on targetBranch, recording both shas in
   * status.sourceHydrator; a dry commit already hydrated is not hydrated again.
   */
  private hydrate(model: Model, app: Application): string | undefined {
    const hydrator = model.hydrator!
    const dry = this.git.resolve(hydrator.drySource.targetRevision)
    if (dry === undefined)
      return `unable to resolve '${hydrator.drySource.targetRevision}' to a commit SHA`
    const status = app.status!
    if (status.sourceHydrator?.lastSuccessfulOperation?.drySHA === dry) return undefined
    const folder = (hydrator.drySource.path ?? '').replace(/\/+$/, '')
    const files: Record<string, string> = {}
    for (const [path, content] of this.git.files(dry))
      if (path.startsWith(`${folder}/`))
        files[`${hydrator.syncSource.path}/${path.slice(folder.length + 1)}`] = content
    if (Object.keys(files).length === 0) return `${folder}: app path does not exist`
    const hydrated = this.git.push(
      hydrator.syncSource.targetBranch,
      files,
      `[Argo CD Bot] hydrate ${dry}`
    )
    const at = this.store.now()
    const spec = structuredClone(app.spec?.sourceHydrator ?? {})
    status.sourceHydrator = {
      lastComparedDryRevision: dry,
      currentOperation: {
        drySHA: dry,
        hydratedSHA: hydrated,
        phase: 'Hydrated',
        message: '',
        startedAt: at,
        finishedAt: at,
        sourceHydrator: spec
      },
      lastSuccessfulOperation: { drySHA: dry, hydratedSHA: hydrated, sourceHydrator: spec }
    }
    return undefined
  }

  /**
   * controller/appcontroller.go processAppRefreshQueueItem: compare with the
   * latest commit of targetRevision (CompareAppState), then autoSync unless a
   * sync window forbids it ("Sync prevented by sync window"), then write
   * sync status, health and reconciledAt in one update.
   */
  private reconcile(name: string): void {
    if (this.stopped) return
    const state = this.state(name)
    const app = this.store.get(name)
    if (!app) return
    const status = app.status!
    const compared = this.compareWithGit(state.model, app)
    const revision = (revisions: string[]) =>
      state.model.multi ? { revisions } : { revision: revisions[0] ?? '' }
    if (compared.ok) {
      // controller/state.go CompareAppState: Synced when the live resources match what
      // the resolved revisions render; sync.revision is that revision either way, so a
      // commit that changes nothing for this app leaves it Synced at the new HEAD.
      const synced = compared.files === state.live.files
      status.sync = { status: synced ? 'Synced' : 'OutOfSync', ...revision(compared.revisions) }
      status.conditions = (status.conditions ?? []).filter(c => c.type !== 'ComparisonError')
    } else {
      // The comparison failed: sync status Unknown and a ComparisonError condition.
      status.sync = { status: 'Unknown', ...revision(compared.revisions) }
      status.conditions = [
        ...(status.conditions ?? []).filter(c => c.type !== 'ComparisonError'),
        { type: 'ComparisonError', message: compared.message, lastTransitionTime: this.store.now() }
      ]
    }
    // The cluster reports the rollout's progress a moment later, which triggers another comparison.
    const health = state.settling ? 'Progressing' : state.settled
    if (state.settling) {
      state.settling = false
      this.later(this.timing.stepMs, () => this.reconcile(name))
    }
    if (status.health?.status !== health)
      status.health = { status: health, lastTransitionTime: this.store.now() }
    status.reconciledAt = this.store.tick()
    if (compared.ok && this.canSync(name, false)) this.autoSync(name, app, compared.revisions)
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
   * only when OutOfSync and no operation runs, to the revisions the
   * comparison resolved, with spec.syncPolicy.retry (Limit 5 when the app
   * sets none). A revision already attempted is not synced again: never
   * after a failure (the app gets a SyncError condition), and after a
   * success only with selfHeal.
   */
  private autoSync(name: string, app: Application, revisions: string[]): void {
    const state = this.state(name)
    if (!state.model.automated || app.operation || app.status!.sync!.status !== 'OutOfSync') return
    const last = app.status!.operationState
    const attempted = state.model.multi
      ? (last?.syncResult?.revisions ?? []).join() === revisions.join()
      : last?.syncResult?.revision === revisions[0]
    if (attempted && last?.phase !== 'Running') {
      if (last?.phase !== 'Succeeded') {
        app.status!.conditions = [
          {
            type: 'SyncError',
            message: `Failed last sync attempt to [${revisions.join(', ')}]: ${last?.message ?? ''}`,
            lastTransitionTime: this.store.now()
          }
        ]
        return
      }
      if (!state.model.selfHeal) return
    }
    // util/argo/argo.go SetAppOperation: the operation is set and operationState cleared.
    app.operation = {
      sync: {
        ...(state.model.multi ? { revisions } : { revision: revisions[0]! }),
        prune: true
      },
      initiatedBy: { automated: true },
      retry: { limit: state.model.retry ?? 5 }
    }
    delete app.status!.operationState
    this.operationRequested(name)
  }

  /**
   * controller/appcontroller.go processRequestedAppOperation: Running, then the
   * sync's end; a failure with retries left (the operation's retry.limit)
   * goes back to Running with finishedAt set and retryCount raised (the
   * operation stays). A completed operation clears `.operation` in the same
   * write (setOperationState) and requests a refresh of the app.
   */
  private runOperation(name: string, attempt: number): void {
    if (this.stopped) return
    const app = this.store.get(name)
    const operation = app?.operation
    if (!app || !operation?.sync) return
    const state = this.state(name)
    const status = app.status!
    const revisions = operation.sync.revisions ?? [operation.sync.revision!]
    const result = state.model.multi ? { revisions } : { revision: revisions[0]! }
    if (attempt === 0) {
      status.operationState = {
        operation: structuredClone(operation),
        phase: 'Running',
        message: 'one or more tasks are running',
        syncResult: {
          ...result,
          ...(state.model.multi
            ? { sources: structuredClone(app.spec?.sources ?? []) }
            : { source: structuredClone(app.spec?.source ?? {}) })
        },
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
      state.live = { revisions, files: this.renderRevisions(state.model, revisions) }
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
        ...result,
        deployStartedAt: opState.startedAt!,
        deployedAt: finishedAt,
        initiatedBy: operation.initiatedBy ?? {}
      })
      status.history = history.slice(-10)
      this.store.publish(name)
      this.later(this.timing.stepMs, () => this.reconcile(name))
    })
  }

  /** What the sources render at the synced revisions, in the form compareWithGit produces. */
  private renderRevisions(model: Model, revisions: string[]): string {
    const sources: ModelledSource[] = model.hydrator
      ? [{ path: model.hydrator.syncSource.path }]
      : model.sources
    return JSON.stringify(
      sources.map((source, i) =>
        source.chart !== undefined
          ? `${source.chart}@${revisions[i]}`
          : (this.render(revisions[i]!, source.path ?? '') ?? '')
      )
    )
  }

  /** What a folder renders at a commit: its files, in a stable order; undefined when it holds none. */
  private render(sha: string, path: string): string | undefined {
    const folder = path.replace(/^\.?\/+|\/+$/g, '').replace(/^\.$/, '')
    const files = [...this.git.files(sha)]
      .filter(([file]) => folder === '' || file.startsWith(`${folder}/`))
      .sort()
    return files.length === 0 ? undefined : JSON.stringify(files)
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
