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
 * Decides whether an application runs the expected commit, healthy, after a sync that
 * Argo CD has since re-compared. This is DESIGN.md's rule; every check guards against
 * a state that other promotion tools took for success (reference/argocd-api.md, section 7).
 */
export function evaluate(app: Application, expected: ExpectedRevision): HealthEvaluation {
  const status = app.status
  if (status === undefined) {
    return unknown('Argo CD has not computed a status for the application yet')
  }
  const want = describe(expected)
  const operationState = status.operationState
  const health = status.health?.status
  const ours = concernsExpected(app, expected)

  // Degraded health left over from before must not block the release (or rollback) that fixes it:
  // only a transition to Degraded during our sync, or Degraded once our sync is re-compared, fails.
  if (health === 'Degraded' && ours && degradedByExpected(app, expected)) {
    return {
      state: 'degraded',
      reason: `health is Degraded while rolling out ${want}${suffix(status.health?.message)}`
    }
  }
  if (
    operationState !== undefined &&
    (operationState.phase === 'Failed' || operationState.phase === 'Error') &&
    app.operation === undefined &&
    operationAbout(operationState, expected) !== false
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
  if (operationState === undefined) {
    return progressing(`no sync operation has run yet; waiting for one to ${want}`)
  }
  if (operationState.phase !== 'Succeeded') {
    return progressing(
      operationState.phase === 'Failed' || operationState.phase === 'Error'
        ? `the last sync ended ${operationState.phase} for ${describe(operationRevision(operationState) ?? [])}; waiting for a sync to ${want}`
        : `the sync operation is ${operationState.phase ?? 'in an unreported phase'}`
    )
  }
  if (operationState.operation?.sync?.dryRun === true) {
    return progressing(`the last operation was a dry run; waiting for a real sync to ${want}`)
  }
  const synced = operationState.syncResult
  if (!matches(synced?.revision, synced?.revisions, expected)) {
    return progressing(
      `the last sync was to ${describe(synced?.revision ?? synced?.revisions ?? [])}, not ${want}`
    )
  }
  // Until the controller re-compares after the sync, sync status and health describe the old state.
  const finishedAt = operationState.finishedAt
  if (finishedAt === undefined) {
    return progressing('the sync operation has not recorded when it finished')
  }
  if (status.reconciledAt === undefined || !notBefore(status.reconciledAt, finishedAt)) {
    return progressing(
      `Argo CD has not re-compared the app since the sync finished at ${finishedAt} (reconciledAt ${status.reconciledAt ?? 'not set'}), so its health may predate the sync`
    )
  }
  const sync = status.sync
  if (!matches(sync?.revision, sync?.revisions, expected)) {
    return progressing(
      `Argo CD last compared against ${describe(sync?.revision ?? sync?.revisions ?? [])}, not ${want}`
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
  switch (health) {
    case 'Healthy':
      return { state: 'done', reason: `${want} is synced and Healthy` }
    case undefined:
    case 'Unknown':
      return unknown(`health is ${health ?? 'not reported'}${suffix(status.health?.message)}`)
    case 'Suspended':
      return progressing(
        `health is Suspended (a paused rollout or suspended job)${suffix(status.health?.message)}`
      )
    case 'Missing':
      return progressing(
        `health is Missing: resources are not created yet${suffix(status.health?.message)}`
      )
    default:
      return progressing(`health is ${health}${suffix(status.health?.message)}`)
  }
}

/** Whether the application's current state is about the expected commit, and so its health counts. */
function concernsExpected(app: Application, expected: ExpectedRevision): boolean {
  const status = app.status
  return (
    matches(status?.sync?.revision, status?.sync?.revisions, expected) ||
    matches(app.operation?.sync?.revision, app.operation?.sync?.revisions, expected) ||
    (status?.operationState !== undefined &&
      operationAbout(status.operationState, expected) === true)
  )
}

/**
 * Whether Degraded health belongs to the expected commit: it turned Degraded
 * after our sync started, or it is still Degraded after our sync finished and
 * the controller re-compared the app.
 */
function degradedByExpected(app: Application, expected: ExpectedRevision): boolean {
  const status = app.status
  const state = status?.operationState
  if (state === undefined || operationAbout(state, expected) === false) {
    // No operation of ours: the live resources are ours only if they already match our commit.
    return (
      status?.sync?.status === 'Synced' &&
      matches(status.sync.revision, status.sync.revisions, expected)
    )
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
function operationAbout(state: OperationState, expected: ExpectedRevision): boolean | undefined {
  const revision = operationRevision(state)
  if (revision === undefined) return undefined
  return typeof revision === 'string'
    ? matches(revision, undefined, expected)
    : matches(undefined, revision, expected)
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
