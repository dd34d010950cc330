import { describe, expect, it } from '@jest/globals'
import { evaluate, lineageOf, type Application, type Relation } from '../../src/argocd/health.js'
import { fixtureApp, MERGED, PREVIOUS } from '../support/argocd-fixtures.js'

const NEXT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

/** The fixture app after `mutate`, which edits the wire payload the way Argo CD would have sent it. */
function app(mutate: (app: Application) => void = () => {}): Application {
  const value = fixtureApp('application-done')
  mutate(value)
  return value
}

describe('evaluate: the done rule', () => {
  it('is done when the merged commit is synced, Healthy and re-compared after the sync', () => {
    expect(evaluate(app(), MERGED)).toEqual({
      state: 'done',
      reason: '8c2e5f0 is synced and Healthy'
    })
  })

  it('accepts reconciledAt equal to finishedAt (both have second precision)', () => {
    const equal = app(a => {
      a.status!.reconciledAt = a.status!.operationState!.finishedAt!
    })
    expect(evaluate(equal, MERGED).state).toBe('done')
  })

  it('compares commits without regard to case', () => {
    expect(evaluate(app(), MERGED.toUpperCase()).state).toBe('done')
  })
})

describe('evaluate: the traps', () => {
  it('does not take Healthy from before the sync of the new commit as done', () => {
    // The merge was seen: Argo CD compares against the new commit, but the old sync is all it has run.
    const stale = app(a => {
      a.status!.sync!.revision = NEXT
      a.status!.sync!.status = 'OutOfSync'
    })
    const result = evaluate(stale, NEXT)
    expect(result.state).toBe('progressing')
    expect(result.reason).toBe('sync status is OutOfSync, not Synced')
  })

  it('does not take an app still synced to the old revision as done, even if Synced and Healthy', () => {
    const result = evaluate(app(), NEXT)
    expect(result.state).toBe('progressing')
    expect(result.reason).toContain('not a1b2c3d')
  })

  it('waits when the sync ran the new commit but the comparison still reports the old one', () => {
    const lagging = app(a => {
      a.status!.sync!.revision = PREVIOUS
    })
    expect(evaluate(lagging, MERGED)).toEqual({
      state: 'progressing',
      reason: 'Argo CD last compared against 4f1c2d3, not 8c2e5f0'
    })
  })

  it('waits while reconciledAt is older than the operation finishedAt: health may predate the sync', () => {
    const unreconciled = app(a => {
      a.status!.reconciledAt = '2026-08-22T10:00:57Z'
    })
    const result = evaluate(unreconciled, MERGED)
    expect(result.state).toBe('progressing')
    expect(result.reason).toContain('reconciledAt 2026-08-22T10:00:57Z')
  })

  it('waits while reconciledAt is missing', () => {
    const unreconciled = app(a => {
      delete a.status!.reconciledAt
    })
    expect(evaluate(unreconciled, MERGED).state).toBe('progressing')
  })

  it('waits while the operation is still Running, though the old state looks Synced and Healthy', () => {
    const running = app(a => {
      a.operation = { sync: { revision: NEXT }, initiatedBy: { automated: true } }
      a.status!.operationState = {
        operation: { sync: { revision: NEXT } },
        phase: 'Running',
        message: 'one or more tasks are running',
        syncResult: { revision: NEXT },
        startedAt: '2026-08-22T11:00:00Z'
      }
    })
    expect(evaluate(running, NEXT)).toEqual({
      state: 'progressing',
      reason: 'a sync operation is Running'
    })
  })

  it('waits right after a sync request: operation set, operationState cleared by the server', () => {
    const requested = app(a => {
      a.operation = { sync: { revision: NEXT } }
      delete a.status!.operationState
    })
    expect(evaluate(requested, NEXT).reason).toBe('a sync operation is requested')
  })

  it('waits while a failed sync is being retried (Running with finishedAt set)', () => {
    const retrying = app(a => {
      a.operation = { sync: { revision: NEXT }, retry: { limit: 5 } }
      a.status!.operationState = {
        operation: { sync: { revision: NEXT } },
        phase: 'Running',
        message: 'one or more objects failed to apply. Retrying attempt #2 at 11:02AM.',
        retryCount: 2,
        syncResult: { revision: NEXT },
        startedAt: '2026-08-22T11:00:00Z',
        finishedAt: '2026-08-22T11:01:00Z'
      }
    })
    const result = evaluate(retrying, NEXT)
    expect(result.state).toBe('progressing')
    expect(result.reason).toContain('retrying (attempt 2)')
  })

  it('fails at once when health turns Degraded mid-rollout, before the operation ends', () => {
    const degraded = app(a => {
      a.operation = { sync: { revision: NEXT } }
      a.status!.operationState = {
        operation: { sync: { revision: NEXT } },
        phase: 'Running',
        syncResult: { revision: NEXT },
        startedAt: '2026-08-22T11:00:00Z'
      }
      a.status!.health = {
        status: 'Degraded',
        message: 'Deployment "checkout" exceeded its progress deadline',
        lastTransitionTime: '2026-08-22T11:00:30Z'
      }
    })
    expect(evaluate(degraded, NEXT)).toEqual({
      state: 'degraded',
      reason:
        'health is Degraded while rolling out a1b2c3d: Deployment "checkout" exceeded its progress deadline'
    })
  })

  it('does not fail on Degraded left from before the sync that is fixing it', () => {
    const fixing = app(a => {
      a.operation = { sync: { revision: NEXT } }
      a.status!.operationState = {
        operation: { sync: { revision: NEXT } },
        phase: 'Running',
        syncResult: { revision: NEXT },
        startedAt: '2026-08-22T11:00:00Z'
      }
      a.status!.health = { status: 'Degraded', lastTransitionTime: '2026-08-22T10:30:00Z' }
    })
    expect(evaluate(fixing, NEXT).state).toBe('progressing')
  })

  it('fails when the app is still Degraded after its sync finished and was re-compared', () => {
    const still = app(a => {
      a.status!.operationState = {
        operation: { sync: { revision: NEXT } },
        phase: 'Succeeded',
        syncResult: { revision: NEXT },
        startedAt: '2026-08-22T11:00:00Z',
        finishedAt: '2026-08-22T11:01:00Z'
      }
      a.status!.sync!.revision = NEXT
      a.status!.reconciledAt = '2026-08-22T11:02:00Z'
      a.status!.health = { status: 'Degraded', lastTransitionTime: '2026-08-22T10:30:00Z' }
    })
    expect(evaluate(still, NEXT).state).toBe('degraded')
  })

  it('fails at once when the app is Degraded after syncing the expected commit', () => {
    const degraded = app(a => {
      a.status!.health = { status: 'Degraded' }
    })
    expect(evaluate(degraded, MERGED).state).toBe('degraded')
  })

  it('does not blame the new commit for Degraded health of the old one it has not touched yet', () => {
    // A release that fixes a broken region must be able to roll out.
    const brokenBefore = app(a => {
      a.status!.health = { status: 'Degraded' }
    })
    expect(evaluate(brokenBefore, NEXT).state).toBe('progressing')
  })

  it.each(['Missing', 'Suspended', 'Progressing'])('keeps waiting on %s health', health => {
    const value = app(a => {
      a.status!.health = { status: health, message: 'waiting for rollout' }
    })
    const result = evaluate(value, MERGED)
    expect(result.state).toBe('progressing')
    expect(result.reason).toContain(`health is ${health}`)
  })

  it('reports unknown when Argo CD cannot assess health', () => {
    const value = app(a => {
      a.status!.health = { status: 'Unknown' }
    })
    expect(evaluate(value, MERGED).state).toBe('unknown')
  })

  it('reports unknown for an app with no status yet', () => {
    const value = app(a => {
      delete a.status
    })
    expect(evaluate(value, MERGED).state).toBe('unknown')
  })

  it('waits on OutOfSync and names an error condition that explains it', () => {
    const value = app(a => {
      a.status!.sync!.status = 'OutOfSync'
      a.status!.conditions = [
        { type: 'ComparisonError', message: 'rpc error: repository not accessible' }
      ]
    })
    expect(evaluate(value, MERGED)).toEqual({
      state: 'progressing',
      reason:
        'sync status is OutOfSync, not Synced (ComparisonError: rpc error: repository not accessible)'
    })
  })

  it('does not count a dry run as the sync: the comparison still says OutOfSync', () => {
    const value = app(a => {
      a.status!.operationState!.operation!.sync!.dryRun = true
      a.status!.sync!.status = 'OutOfSync'
    })
    expect(evaluate(value, MERGED).state).toBe('progressing')
  })
})

describe('evaluate: failed operations', () => {
  it.each(['Failed', 'Error'])('fails when the sync of the expected commit ends %s', phase => {
    const value = app(a => {
      const state = a.status!.operationState!
      state.phase = phase
      state.message = 'one or more objects failed to apply'
      state.syncResult!.resources![1]!.status = 'SyncFailed'
      state.syncResult!.resources![1]!.message = 'admission webhook denied the request'
    })
    expect(evaluate(value, MERGED)).toEqual({
      state: 'failed',
      reason: `sync operation ended ${phase}: one or more objects failed to apply; failed: Deployment/checkout: admission webhook denied the request`
    })
  })

  it('fails when a sync that never resolved a revision fails', () => {
    const value = app(a => {
      a.status!.operationState = {
        phase: 'Error',
        message: 'ComparisonError: failed to generate manifests',
        startedAt: '2026-08-22T11:00:00Z',
        finishedAt: '2026-08-22T11:00:02Z'
      }
    })
    expect(evaluate(value, NEXT).state).toBe('failed')
  })

  it('waits instead of failing when the failed operation was for an older commit', () => {
    const value = app(a => {
      a.status!.operationState!.phase = 'Failed'
    })
    const result = evaluate(value, NEXT)
    expect(result.state).toBe('progressing')
    expect(result.reason).toContain('the last sync ended Failed for 8c2e5f0')
  })
})

describe('evaluate: revisions that contain the merge commit', () => {
  /** NEXT is a later commit on the branch; `lineage` says how it relates to MERGED. */
  const knows =
    (lineage: Relation['lineage'], detail?: string) =>
    (revision: string): Relation | undefined =>
      revision === NEXT ? { lineage, ...(detail ? { detail } : {}) } : undefined
  /** Auto-sync resolved the branch HEAD (NEXT), synced it and re-compared: Synced, Healthy at NEXT. */
  const atNext = () =>
    app(a => {
      const state = a.status!.operationState!
      state.operation!.sync!.revision = NEXT
      state.syncResult!.revision = NEXT
      a.status!.sync!.revision = NEXT
    })

  it('is done when Argo CD synced a later commit that left the app alone (two merges in one wave)', () => {
    expect(evaluate(atNext(), MERGED, { relation: knows('includes') })).toEqual({
      state: 'done',
      reason: '8c2e5f0 (in a1b2c3d) is synced and Healthy'
    })
  })

  it('is done for a merge that renders no change: Synced at the new HEAD with no operation for it', () => {
    // controller/state.go CompareAppState: Synced at the resolved HEAD; autoSync starts nothing.
    const noop = app(a => {
      a.status!.sync!.revision = NEXT
    })
    expect(evaluate(noop, NEXT).state).toBe('done')
  })

  it('waits when a later commit changed the app after the merge, and says which files', () => {
    const result = evaluate(atNext(), MERGED, {
      relation: knows(
        'overwritten',
        'a later commit changed regions/us-east/checkout/kustomization.yaml'
      )
    })
    expect(result.state).toBe('progressing')
    expect(result.reason).toContain('regions/us-east/checkout/kustomization.yaml')
  })

  it('does not count an older commit, or one whose relation is unknown', () => {
    expect(evaluate(atNext(), MERGED, { relation: knows('before') }).state).toBe('progressing')
    expect(evaluate(atNext(), MERGED).state).toBe('progressing')
  })

  it('fails when the sync of a later commit containing the merge fails', () => {
    const value = atNext()
    value.status!.operationState!.phase = 'Failed'
    expect(evaluate(value, MERGED, { relation: knows('includes') }).state).toBe('failed')
  })

  it('accepts Suspended only when the platform says so', () => {
    const suspended = app(a => {
      a.status!.health = { status: 'Suspended', message: 'Rollout is paused' }
    })
    expect(evaluate(suspended, MERGED).state).toBe('progressing')
    expect(evaluate(suspended, MERGED, { acceptSuspended: true })).toEqual({
      state: 'done',
      reason: '8c2e5f0 is synced and Suspended, which the platform accepts'
    })
  })
})

describe('lineageOf: GitHub compare of the merge commit with a revision', () => {
  const paths = ['regions/us-east/checkout']
  it.each([
    [{ status: 'identical', files: [], complete: true }, 'same'],
    [
      { status: 'ahead', files: ['regions/sweden/checkout/kustomization.yaml'], complete: true },
      'includes'
    ],
    [
      { status: 'ahead', files: ['regions/us-east/checkout/kustomization.yaml'], complete: true },
      'overwritten'
    ],
    [
      { status: 'ahead', files: ['regions/us-east/checkout-v2/x.yaml'], complete: true },
      'includes'
    ],
    [{ status: 'ahead', files: [], complete: false }, 'overwritten'],
    [{ status: 'behind', files: [], complete: true }, 'before'],
    [{ status: 'diverged', files: [], complete: true }, 'before']
  ])('%j is %s', (comparison, lineage) => {
    expect(lineageOf(comparison, paths).lineage).toBe(lineage)
  })
})

describe('evaluate: multi-source applications', () => {
  const multi = () => fixtureApp('application-multi-source')

  it('is done when the environments commit is among the source revisions', () => {
    expect(evaluate(multi(), MERGED).state).toBe('done')
  })

  it('is done when every source revision matches, in order', () => {
    expect(evaluate(multi(), ['3.2.1', MERGED]).state).toBe('done')
  })

  it('waits when one source runs another revision', () => {
    const result = evaluate(multi(), ['3.2.2', MERGED])
    expect(result.state).toBe('progressing')
    expect(result.reason).toBe(
      `Argo CD last compared against [3.2.1, 8c2e5f0], not [3.2.2, 8c2e5f0]`
    )
  })

  it('waits when the list has a different number of sources', () => {
    expect(evaluate(multi(), [MERGED]).state).toBe('progressing')
    expect(evaluate(app(), [MERGED, '3.2.1']).state).toBe('progressing')
  })

  it('matches a single-source app against a one-element list', () => {
    expect(evaluate(app(), [MERGED]).state).toBe('done')
  })
})

describe('evaluate: every combination of the conditions', () => {
  const phases = [undefined, 'Running', 'Terminating', 'Succeeded', 'Failed', 'Error'] as const
  const revisions = [MERGED, PREVIOUS] as const
  const syncStatuses = ['Synced', 'OutOfSync'] as const
  const healths = ['Healthy', 'Progressing', 'Degraded', 'Suspended', 'Missing', 'Unknown'] as const
  const reconciled = ['2026-08-22T10:00:50Z', '2026-08-22T10:00:58Z', '2026-08-22T10:01:12Z']
  const cases = phases.flatMap(phase =>
    [true, false].flatMap(inFlight =>
      revisions.flatMap(result =>
        revisions.flatMap(compared =>
          syncStatuses.flatMap(sync =>
            healths.flatMap(health =>
              reconciled.map(reconciledAt => ({
                phase,
                inFlight,
                result,
                compared,
                sync,
                health,
                reconciledAt
              }))
            )
          )
        )
      )
    )
  )

  it(`is done exactly when the done rule's conditions hold (${cases.length} states)`, () => {
    const wrong = cases.filter(c => {
      const value = app(a => {
        const status = a.status!
        if (c.inFlight) a.operation = { sync: { revision: c.result } }
        if (c.phase === undefined) delete status.operationState
        else {
          status.operationState!.phase = c.phase
          status.operationState!.operation!.sync!.revision = c.result
          status.operationState!.syncResult!.revision = c.result
        }
        status.sync!.revision = c.compared
        status.sync!.status = c.sync
        status.health = { status: c.health }
        status.reconciledAt = c.reconciledAt
      })
      // Argo CD's terms: the comparison is Synced and Healthy at our commit, nothing is in flight,
      // and any finished operation has been re-compared since. No operation of ours is needed.
      const failedOurs =
        !c.inFlight && (c.phase === 'Failed' || c.phase === 'Error') && c.result === MERGED
      const done =
        !c.inFlight &&
        c.phase !== 'Running' &&
        c.phase !== 'Terminating' &&
        !failedOurs &&
        (c.phase === undefined || c.reconciledAt >= '2026-08-22T10:00:58Z') &&
        c.compared === MERGED &&
        c.sync === 'Synced' &&
        c.health === 'Healthy'
      const state = evaluate(value, MERGED).state
      // With no transition time, Degraded is ours only once our sync is re-compared,
      // or, with no operation of ours, when the live state already matches our commit.
      const ourOperation = c.phase !== undefined && c.result === MERGED
      const degradedOurs =
        c.health === 'Degraded' &&
        (ourOperation
          ? c.phase === 'Succeeded' && !c.inFlight && c.reconciledAt >= '2026-08-22T10:00:58Z'
          : c.compared === MERGED && c.sync === 'Synced')
      if (done) return state !== 'done'
      if (degradedOurs) return state !== 'degraded'
      if (failedOurs) return state !== 'failed'
      return state === 'done' || state === 'degraded' || state === 'failed'
    })
    expect(wrong).toEqual([])
  })
})
