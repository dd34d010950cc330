import type { components } from './generated/api.js'

/** An Argo CD Application as the API sends it (`v1alpha1Application`). */
export type Application = components['schemas']['v1alpha1Application']

/**
 * The commit a promotion merged. Multi-source applications report one revision per
 * source: pass the full list to require every source, or the environments repository's
 * commit alone to require just that source.
 */
export type ExpectedRevision = string | readonly string[]

export type HealthState = 'done' | 'progressing' | 'degraded' | 'failed' | 'unknown'

export interface HealthEvaluation {
  state: HealthState
  /** One sentence a person can act on: which condition holds the app back, with the values seen. */
  reason: string
}

type OperationState = components['schemas']['v1alpha1OperationState']

/**
 * How a revision Argo CD reports relates to the merge commit, from GitHub's
 * compare API: `includes` is a descendant whose later commits left the app's
 * files alone, so it renders exactly what the merge did; `overwritten` is a
 * descendant in which a later commit changed them; `before` does not contain
 * the merge (older, or another line of history).
 */
export type Lineage = 'same' | 'includes' | 'overwritten' | 'before'

export interface Relation {
  lineage: Lineage
  /** For `overwritten`: which files changed after the merge, for the reason a person reads. */
  detail?: string
}

export interface EvaluateOptions {
  /**
   * What is known of revisions other than the expected one; a revision it
   * does not answer for counts only when it equals the expected commit.
   */
  relation?: (revision: string) => Relation | undefined
  /** Count health Suspended (a paused rollout) as done, as `argocd app wait --suspended` does. */
  acceptSuspended?: boolean
}

/**
 * How a three-dot compare of the merge commit (base) with a revision Argo CD
 * reports (head) relates them, given the app's folders in the repository.
 * `complete: false` (GitHub lists 300 files at most) cannot rule a change
 * out, so it counts as overwritten.
 */
export function lineageOf(
  comparison: { status: string; files: readonly string[]; complete: boolean },
  paths: readonly string[]
): Relation {
  if (comparison.status === 'identical') return { lineage: 'same' }
  if (comparison.status !== 'ahead') return { lineage: 'before' }
  const folders = paths.map(p => p.replace(/^\.?\/+|\/+$/g, '')).filter(p => p !== '')
  const touched = comparison.files.filter(file =>
    folders.some(folder => file === folder || file.startsWith(`${folder}/`))
  )
  if (touched.length > 0)
    return {
      lineage: 'overwritten',
      detail: `a later commit changed ${touched.slice(0, 3).join(', ')}${touched.length > 3 ? ` and ${touched.length - 3} more` : ''}`
    }
  if (!comparison.complete)
    return {
      lineage: 'overwritten',
      detail:
        'later commits changed more files than GitHub lists (300), so a change to the app cannot be ruled out'
    }
  return { lineage: 'includes' }
}

/**
 * Decides whether an application runs the expected commit, healthy. In Argo
 * CD's terms: the last comparison (`status.sync`) is Synced at a revision
 * that contains the merge commit (the commit itself, or a descendant whose
 * later commits left the app's files alone), health is Healthy, no operation
 * is in flight, the last operation did not fail on our change, and the
 * controller has re-compared since that operation finished. A merge that
 * renders no change starts no operation (controller/state.go CompareAppState
 * reports Synced at the new HEAD), so no operation of ours is required.
 */
export function evaluate(
  app: Application,
  expected: ExpectedRevision,
  options: EvaluateOptions = {}
): HealthEvaluation {
  const status = app.status
  if (status === undefined) {
    return unknown('Argo CD has not computed a status for the application yet')
  }
  const want = describe(expected)
  const counts = ours(expected, options)
  const operationState = status.operationState
  const health = status.health?.status
  const concerned = concernsExpected(app, counts)

  // Degraded health left over from before must not block the release (or rollback) that fixes it:
  // only a transition to Degraded during our sync, or Degraded once our sync is re-compared, fails.
  if (health === 'Degraded' && concerned && degradedByExpected(app, counts)) {
    return {
      state: 'degraded',
      reason: `health is Degraded while rolling out ${want}${suffix(status.health?.message)}`
    }
  }
  if (
    operationState !== undefined &&
    (operationState.phase === 'Failed' || operationState.phase === 'Error') &&
    app.operation === undefined &&
    operationAbout(operationState, counts) !== false
  ) {
    return {
      state: 'failed',
      reason: `sync operation ended ${operationState.phase}${suffix(operationState.message)}${failedResources(operationState)}`
    }
  }
  if (app.operation !== undefined) {
    const retry = operationState?.phase === 'Running' && operationState.finishedAt !== undefined
    return progressing(
      retry
        ? `sync operation is retrying (attempt ${operationState.retryCount ?? 1})${suffix(operationState.message)}`
        : `a sync operation is ${operationState?.phase ?? 'requested'}`
    )
  }
  if (operationState !== undefined) {
    const phase = operationState.phase
    if (phase !== 'Succeeded' && phase !== 'Failed' && phase !== 'Error') {
      return progressing(`the sync operation is ${phase ?? 'in an unreported phase'}`)
    }
    // Until the controller re-compares after a sync, sync status and health describe the state before it.
    const finishedAt = operationState.finishedAt
    if (operationState.operation?.sync?.dryRun !== true) {
      if (finishedAt === undefined) {
        return progressing('the sync operation has not recorded when it finished')
      }
      if (status.reconciledAt === undefined || !notBefore(status.reconciledAt, finishedAt)) {
        return progressing(
          `Argo CD has not re-compared the app since the sync finished at ${finishedAt} (reconciledAt ${status.reconciledAt ?? 'not set'}), so its health may predate the sync`
        )
      }
    }
  }
  const sync = status.sync
  if (!counts(sync?.revision, sync?.revisions)) {
    const compared = sync?.revision ?? sync?.revisions ?? []
    const later = typeof compared === 'string' ? options.relation?.(compared) : undefined
    if (later?.lineage === 'overwritten') {
      return progressing(
        `Argo CD last compared against ${describe(compared)}, which contains ${want} but ${later.detail ?? 'a later commit changed the app'}; the app no longer shows ${want} alone`
      )
    }
    const last = operationState && operationRevision(operationState)
    return progressing(
      `Argo CD last compared against ${describe(compared)}, not ${want}${last !== undefined && operationState?.phase !== 'Succeeded' ? `; the last sync ended ${operationState?.phase} for ${describe(last)}` : ''}`
    )
  }
  if (sync?.status === 'Unknown') {
    return unknown(`sync status is Unknown${conditions(app)}`)
  }
  if (sync?.status !== 'Synced') {
    return progressing(
      `sync status is ${sync?.status ?? 'not reported'}, not Synced${conditions(app)}`
    )
  }
  const at = describe(sync.revision ?? sync.revisions ?? [])
  const where = at === want ? want : `${want} (in ${at})`
  switch (health) {
    case 'Healthy':
      return { state: 'done', reason: `${where} is synced and Healthy` }
    case undefined:
    case 'Unknown':
      return unknown(`health is ${health ?? 'not reported'}${suffix(status.health?.message)}`)
    case 'Suspended':
      return options.acceptSuspended
        ? { state: 'done', reason: `${where} is synced and Suspended, which the platform accepts` }
        : progressing(
            `health is Suspended (a paused rollout or suspended job)${suffix(status.health?.message)}; set argocd.acceptSuspended in platform.yaml to accept it`
          )
    case 'Missing':
      return progressing(
        `health is Missing: resources are not created yet${suffix(status.health?.message)}`
      )
    default:
      return progressing(`health is ${health}${suffix(status.health?.message)}`)
  }
}

/** Whether a reported revision (or list) counts as the expected commit. */
type Counts = (single: string | undefined, many: readonly string[] | undefined) => boolean

function ours(expected: ExpectedRevision, options: EvaluateOptions): Counts {
  const contains = (revision: string) => {
    const lineage = options.relation?.(revision)?.lineage
    return lineage === 'same' || lineage === 'includes'
  }
  return (single, many) => {
    if (matches(single, many, expected)) return true
    // Lineage answers for the environments repository's commit; multi-source lists match exactly.
    if (typeof expected !== 'string') return false
    if (nonEmpty(single) !== undefined) return contains(single!)
    return (many ?? []).some(contains)
  }
}

/** Whether the application's current state is about the expected commit, and so its health counts. */
function concernsExpected(app: Application, counts: Counts): boolean {
  const status = app.status
  return (
    counts(status?.sync?.revision, status?.sync?.revisions) ||
    counts(app.operation?.sync?.revision, app.operation?.sync?.revisions) ||
    (status?.operationState !== undefined && operationAbout(status.operationState, counts) === true)
  )
}

/**
 * Whether Degraded health belongs to the expected commit: it turned Degraded
 * after our sync started, or it is still Degraded after our sync finished and
 * the controller re-compared the app.
 */
function degradedByExpected(app: Application, counts: Counts): boolean {
  const status = app.status
  const state = status?.operationState
  if (state === undefined || operationAbout(state, counts) === false) {
    // No operation of ours: the live resources are ours only if they already match our commit.
    return status?.sync?.status === 'Synced' && counts(status.sync.revision, status.sync.revisions)
  }
  const transition = status?.health?.lastTransitionTime
  if (
    transition !== undefined &&
    state.startedAt !== undefined &&
    notBefore(transition, state.startedAt)
  )
    return true
  return (
    state.phase === 'Succeeded' &&
    app.operation === undefined &&
    state.finishedAt !== undefined &&
    status?.reconciledAt !== undefined &&
    notBefore(status.reconciledAt, state.finishedAt)
  )
}

/** Which commit an operation targets; undefined when it does not say (it failed before resolving one). */
function operationRevision(state: OperationState): string | readonly string[] | undefined {
  const sync = state.operation?.sync
  const result = state.syncResult
  return (
    nonEmpty(sync?.revision) ??
    nonEmptyList(sync?.revisions) ??
    nonEmpty(result?.revision) ??
    nonEmptyList(result?.revisions)
  )
}

/** true or false when the operation names its commit; undefined when it names none. */
function operationAbout(state: OperationState, counts: Counts): boolean | undefined {
  const revision = operationRevision(state)
  if (revision === undefined) return undefined
  return typeof revision === 'string' ? counts(revision, undefined) : counts(undefined, revision)
}

function matches(
  single: string | undefined,
  many: readonly string[] | undefined,
  expected: ExpectedRevision
): boolean {
  if (typeof expected === 'string') {
    const want = expected.toLowerCase()
    if (nonEmpty(single) !== undefined) return single!.toLowerCase() === want
    return (many ?? []).some(revision => revision.toLowerCase() === want)
  }
  const list = nonEmptyList(many) ?? (nonEmpty(single) === undefined ? [] : [single!])
  return (
    list.length === expected.length &&
    list.every((revision, i) => revision.toLowerCase() === expected[i]!.toLowerCase())
  )
}

/** Second-precision RFC 3339 on both sides, so equal instants count as reconciled (as in the Argo CD CLI). */
function notBefore(later: string, earlier: string): boolean {
  const a = Date.parse(later)
  const b = Date.parse(earlier)
  return !Number.isNaN(a) && !Number.isNaN(b) && a >= b
}

function failedResources(state: OperationState): string {
  const failed = (state.syncResult?.resources ?? []).filter(
    r => r.status === 'SyncFailed' || r.hookPhase === 'Failed' || r.hookPhase === 'Error'
  )
  if (failed.length === 0) return ''
  return `; failed: ${failed.map(r => `${r.kind}/${r.name}${suffix(r.message)}`).join('; ')}`
}

function conditions(app: Application): string {
  const errors = (app.status?.conditions ?? []).filter(c => c.type?.endsWith('Error'))
  return errors.length === 0 ? '' : ` (${errors.map(c => `${c.type}: ${c.message}`).join('; ')})`
}

function describe(revision: string | readonly string[]): string {
  if (typeof revision === 'string') return short(revision)
  return revision.length === 0 ? 'no revision' : `[${revision.map(short).join(', ')}]`
}

function short(revision: string): string {
  return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision
}

function suffix(message: string | undefined): string {
  return message === undefined || message === '' ? '' : `: ${message}`
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}

function nonEmptyList(value: readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined || value.length === 0 ? undefined : value
}

function progressing(reason: string): HealthEvaluation {
  return { state: 'progressing', reason }
}

function unknown(reason: string): HealthEvaluation {
  return { state: 'unknown', reason }
}
