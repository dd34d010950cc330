import type { Platform } from '../manifest/model.js'
import type { ArgoPort, Clock } from '../train/ports.js'
import { ArgoCDError, createArgoCDClient } from './client.js'
import type { ArgoCDClient } from './client.js'
import { checkApplication, describeProblems } from './app-check.js'
import { lineageOf } from './health.js'
import type { Application, Relation } from './health.js'
import { systemClock, waitForRevision } from './wait.js'
import type { Clock as WaitClock } from './wait.js'

const DEFAULT_TOKEN_SECRET = 'ARGOCD_TOKEN'
/** How long to wait before asking again when another operation holds the app. */
const BUSY_RETRY_MS = 5_000

export interface ArgoPortOptions {
  platform: Platform
  /** Where the regions' tokens are read from, by the names platform.yaml gives (argocd.tokenSecret). */
  env: Readonly<Record<string, string | undefined>>
  clock: Clock
  /** Receives each token before use, so the action can mask it. */
  onSecret?: (secret: string) => void
  waitClock?: WaitClock
  /** The environments repository's address (https://github.com/owner/name), which every Application must render from. */
  repository: string
  fetch?: (request: Request) => Promise<Response>
}

/**
 * The train's view of Argo CD: one client per region from platform.yaml.
 * After a merge it gets the commit deployed the way the Application is set
 * up (a refresh for automated sync, a sync to the merge commit otherwise, or
 * always with `sync: explicit`), then waits on the watch stream until a
 * revision containing the merge commit is Synced and Healthy, fails, or the
 * deadline passes. A missing token is a configuration error, not an
 * outcome: the run fails and the next one waits again once it is set.
 */
export function argoPort(options: ArgoPortOptions): ArgoPort {
  /** The region's client; a missing token throws a configuration error. */
  function clientFor(region: string, server: string): ArgoCDClient {
    const settings = options.platform.regions[region]
    const secret = settings?.argocd.tokenSecret ?? DEFAULT_TOKEN_SECRET
    const token = options.env[secret]
    if (!token) {
      throw new ArgoCDError(
        'unauthorized',
        `No Argo CD token for ${region}: set the secret ${secret} (platform.yaml spec.regions.${region}.argocd.tokenSecret names it) to an API token for ${server}.`,
        server
      )
    }
    return createArgoCDClient({
      server,
      token,
      region,
      ...(settings?.argocd.project ? { project: settings.argocd.project } : {}),
      ...(settings?.argocd.app ? { appTemplate: settings.argocd.app } : {}),
      ...(options.onSecret ? { onSecret: options.onSecret } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {})
    })
  }

  function setupProblem(
    app: Application,
    input: { region: string; app: string; paths: readonly string[]; defaultBranch: string }
  ): string | undefined {
    const problems = checkApplication(app, {
      repository: options.repository,
      defaultBranch: input.defaultBranch,
      paths: input.paths
    })
    return problems.length === 0 ? undefined : describeProblems(input.app, input.region, problems)
  }

  return {
    async checkApplication(input) {
      let client: ArgoCDClient
      try {
        client = clientFor(input.region, input.server)
      } catch {
        return undefined
      }
      const app = await client.getApplication(input.app).catch(() => undefined)
      return app === undefined ? undefined : setupProblem(app, input)
    },

    async waitForRevision({
      region,
      server,
      app,
      revision,
      deadline,
      paths,
      compare,
      defaultBranch,
      signal
    }) {
      const settings = options.platform.regions[region]
      const client = clientFor(region, server)
      const clock = options.waitClock ?? systemClock
      const remaining = () => Math.max(0, deadline - options.clock.now())
      const explicit = settings?.argocd.sync === 'explicit'
      // Read once to learn how the app syncs and which folders it renders; the wait reports a failed read.
      const current = await client.getApplication(app, signalOf(signal)).catch(() => undefined)
      // A merge PR opened before the Application changed, or while Argo CD was out of reach.
      const problem = current && setupProblem(current, { region, app, paths, defaultBranch })
      if (problem !== undefined) return { held: 'setup', detail: problem }
      const folders = [...paths, ...sourcePaths(current)]
      const relations = new Map<string, Promise<Relation>>()
      const relation = (other: string): Promise<Relation> => {
        let found = relations.get(other)
        if (!found) {
          found = compare(revision, other).then(
            c => lineageOf(c, folders),
            (error: unknown) => {
              // GitHub knows no such commit (a chart version, another repository's sha): not ours.
              if (statusOf(error) === 404 || statusOf(error) === 422) return { lineage: 'before' }
              throw error
            }
          )
          // A failed compare is asked again at the next state.
          found.catch(() => relations.delete(other))
          relations.set(other, found)
        }
        return found
      }
      const base = {
        client,
        app,
        revision,
        relation,
        ...(settings?.argocd.acceptSuspended ? { acceptSuspended: true } : {}),
        ...(signal ? { signal } : {}),
        ...(options.waitClock ? { clock: options.waitClock } : {})
      }
      const closed = () => windowHolds(client, app, signal)
      // A deny window keeps every sync from starting: one look, and a verdict only if Argo CD already has one.
      if (current !== undefined && current.operation === undefined) {
        const window = await closed()
        if (window !== undefined) {
          const look = await waitForRevision({ ...base, timeoutMs: 0 })
          if (look.outcome === 'timeout' || look.outcome === 'unreachable')
            return { held: 'sync-window', detail: window }
          return { outcome: look.outcome, detail: look.detail }
        }
      }
      if (current !== undefined && remaining() > 0) {
        if (explicit || !automated(current)) {
          if (await worthSyncing(current, revision, relation))
            await syncTo(client, app, revision, current, remaining, clock, signal)
        } else {
          // Ask the controller to compare with git now rather than at its next poll
          // (timeout.reconciliation, 120 s plus jitter by default). It blocks until done, so
          // within the deadline; a failure only means the wait sees the merge later.
          const limit = AbortSignal.timeout(remaining())
          await client
            .refresh(app, { signal: signal ? AbortSignal.any([signal, limit]) : limit })
            .catch(() => undefined)
        }
      }
      const result = await waitForRevision({ ...base, timeoutMs: remaining() })
      // The first read failed, so the Application was unchecked: check the state the verdict rests
      // on (a healthy verdict always carries it), since an app that does not render these files
      // reports Synced and Healthy at any commit, and a failure there is not the release's.
      if (current === undefined) {
        const late = result.app && setupProblem(result.app, { region, app, paths, defaultBranch })
        if (late !== undefined) return { held: 'setup', detail: late }
      }
      // A window that closed before anything of ours started: the release had no chance to run.
      if (result.outcome === 'timeout' && !(await started(result.app, revision, relation))) {
        const window = await closed()
        if (window !== undefined) return { held: 'sync-window', detail: window }
      }
      return { outcome: result.outcome, detail: result.detail }
    }
  }
}

/**
 * Starts a sync to the merge commit, as `argocd app sync --revision` and
 * Kargo's argocd-update step do, unless one to it already ran or runs (a
 * resumed wait must not sync again). While another operation holds the app,
 * Argo CD refuses a new one: ask again until the deadline.
 */
async function syncTo(
  client: ArgoCDClient,
  app: string,
  revision: string,
  current: Application,
  remaining: () => number,
  clock: WaitClock,
  signal: AbortSignal | undefined
): Promise<void> {
  let seen = current
  for (;;) {
    const asked = [
      seen.operation?.sync?.revision,
      seen.status?.operationState?.operation?.sync?.revision,
      seen.status?.operationState?.syncResult?.revision
    ]
    if (asked.some(r => r !== undefined && r.toLowerCase() === revision.toLowerCase())) return
    if (seen.operation === undefined) {
      try {
        await client.sync(app, revision, signalOf(signal))
        return
      } catch (error) {
        if (!(error instanceof ArgoCDError) || error.kind !== 'rejected') return
      }
    }
    if (remaining() <= BUSY_RETRY_MS) return
    await clock.sleep(BUSY_RETRY_MS, signal ?? new AbortController().signal)
    const next = await client.getApplication(app, signalOf(signal)).catch(() => undefined)
    if (next === undefined) return
    seen = next
  }
}

/**
 * Whether syncing the merge commit can help: not when the app is already
 * Synced at a revision containing it, nor when a later commit changed the
 * app (syncing the older merge commit would undo that change in the cluster;
 * the wait then reports why the region cannot be judged).
 */
async function worthSyncing(
  app: Application,
  revision: string,
  relation: (other: string) => Promise<Relation>
): Promise<boolean> {
  const compared = app.status?.sync?.revision
  if (compared === undefined || compared === '') return true
  const lineage =
    compared.toLowerCase() === revision.toLowerCase()
      ? 'same'
      : await relation(compared).then(
          r => r.lineage,
          () => undefined
        )
  if (lineage === 'overwritten') return false
  return !((lineage === 'same' || lineage === 'includes') && app.status?.sync?.status === 'Synced')
}

/**
 * Why no sync can start now, when a sync window forbids it (canSync false);
 * undefined when one may, or when the windows cannot be read (the wait then
 * judges as before).
 */
async function windowHolds(
  client: ArgoCDClient,
  app: string,
  signal: AbortSignal | undefined
): Promise<string | undefined> {
  const windows = await client.syncWindows(app, signalOf(signal)).catch(() => undefined)
  if (windows?.canSync !== false) return undefined
  const active = (windows.activeWindows ?? [])
    .map(w =>
      `${w.kind ?? 'deny'} ${w.schedule ?? ''} for ${w.duration ?? '?'}`.replace(/ {2,}/g, ' ')
    )
    .join(', ')
  return `a sync window keeps Argo CD from syncing ${app}${active ? ` (active: ${active})` : ''}; the train waits for it to open, and the wait starts over then`
}

/** Whether an operation on the merge commit (or a revision containing it) started. */
async function started(
  app: Application | undefined,
  revision: string,
  relation: (other: string) => Promise<Relation>
): Promise<boolean> {
  if (app === undefined) return false
  if (app.operation !== undefined) return true
  const ran = app.status?.operationState?.syncResult?.revision
  if (ran === undefined || ran === '') return false
  if (ran.toLowerCase() === revision.toLowerCase()) return true
  const lineage = await relation(ran).then(
    r => r.lineage,
    () => undefined
  )
  return lineage === 'includes' || lineage === 'overwritten'
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? Number((error as { status: unknown }).status)
    : undefined
}

/** Whether the Application syncs by itself: spec.syncPolicy.automated, unless `enabled: false`. */
function automated(app: Application): boolean {
  const policy = app.spec?.syncPolicy?.automated
  return policy !== undefined && policy.enabled !== false
}

/** The folders the app renders from (spec.source.path, each of spec.sources, or the hydrator's dry source). */
function sourcePaths(app: Application | undefined): string[] {
  const spec = app?.spec
  return [
    spec?.source?.path,
    spec?.sourceHydrator?.drySource?.path,
    ...(spec?.sources ?? []).map(s => s.path)
  ].filter((p): p is string => p !== undefined && p !== '' && p !== '.')
}

function signalOf(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {}
}
