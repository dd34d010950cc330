import { setMaxListeners } from 'node:events'
import { regionLayout } from '../../gitops/layout.js'
import type { Action } from '../../train/decide.js'
import type { Snapshot } from '../../train/observe.js'
import type { WaitVerdict } from '../../train/ports.js'
import { decodeMarker, withMarker } from '../../train/marker.js'
import type { Marker } from '../../train/marker.js'
import { LABELS } from '../../train/observe.js'
import { onceKey } from '../../train/refusals.js'
import { FAILING_OUTCOMES, pullOf } from './context.js'
import type { Round, TrainContext } from './context.js'
import { startedRecord, updateMarker } from './record.js'

/**
 * The waits of one wave, side by side: a region that goes Degraded, fails
 * its sync or times out stops its siblings' waits at once, so the train
 * recovers in the next round instead of after the slowest sibling.
 */
export async function waitWave(
  { ctx, snap, base, refused }: Round,
  waits: Extract<Action, { type: 'wait-health' }>[]
): Promise<string[]> {
  const stop = new AbortController()
  // Every wait of the wave listens on it (a wave may hold dozens of regions): not a leak, so no warning.
  setMaxListeners(waits.length + 10, stop.signal)
  const lines: string[] = []
  const settled = await Promise.allSettled(
    waits.map(async action => {
      try {
        const { line, outcome } = await waitHealth(ctx, snap, base, action, refused, stop.signal)
        lines.push(line)
        if (outcome !== undefined && FAILING_OUTCOMES.has(outcome) && !stop.signal.aborted)
          stop.abort(new Error(`${action.region} ended ${outcome}`))
      } catch (error) {
        // A run that fails (a missing token, GitHub down) leaves no wait running behind it.
        if (!stop.signal.aborted) stop.abort(new Error(`the wait of ${action.region} failed`))
        throw error
      }
    })
  )
  const failure = settled.find(r => r.status === 'rejected')
  if (failure) throw failure.reason
  return lines
}

/**
 * Waits for Argo CD to run a merged commit in one region and records the
 * outcome on the PR's marker and the GitHub deployment. Aborting `signal`
 * (a sibling in the wave failed) ends the wait with nothing recorded on the
 * marker, so the region is waited on, or rolled back, by the next round.
 */
async function waitHealth(
  ctx: TrainContext,
  snap: Snapshot,
  base: string,
  action: Extract<Action, { type: 'wait-health' }>,
  refused: Map<string, string>,
  signal?: AbortSignal
): Promise<{ line: string; outcome?: string }> {
  const region = snap.plan.regions.find(r => r.name === action.region)!
  // A hold this PR's marker already records is not written again while it lasts: the run only looks.
  const pull = pullOf(snap, action.pr)
  const heldBefore = decodeMarker(pull.body)?.held
  // Every write of this wait builds on the record the merge starts (the round's snapshot may predate it).
  const started = startedRecord(action.revision, pull.mergedAt ?? ctx.clock.now())
  const openDeployment = async (description: string) => {
    // The record starts at the merge, from what GitHub shows of it: nothing the body said about
    // progress is carried over. It goes with the deployment's first state, in one request.
    const marker = decodeMarker(pull.body)
    const created = await ctx.github.createDeployment({
      ref: action.revision,
      environment: `${ctx.service.name}-${action.region}`,
      description: `${action.kind} PR #${action.pr}`,
      status: { state: 'in_progress', description },
      ...(marker && marker.mergeCommit !== action.revision
        ? { record: { pr: action.pr, body: withMarker(pull.body, started(marker)) } }
        : {})
    })
    return created.id
  }
  let deployment =
    heldBefore === undefined
      ? await openDeployment('waiting for Argo CD to sync and report Healthy')
      : undefined
  let result: WaitVerdict
  try {
    result = await ctx.argo.waitForRevision({
      region: action.region,
      server: region.argocd.server,
      app: region.argocd.app,
      revision: action.revision,
      deadline: action.deadline,
      paths: [regionLayout(ctx.platform, ctx.service.name, action.region).folder],
      compare: (from, to) => ctx.github.compare(from, to),
      defaultBranch: base,
      ...(signal ? { signal } : {})
    })
  } catch (error) {
    if (!signal?.aborted) throw error
    const why = String(signal.reason instanceof Error ? signal.reason.message : signal.reason)
    if (deployment !== undefined)
      await ctx.github.setDeploymentStatus(deployment, 'error', `wait stopped: ${why}`)
    return { line: `${action.region}: wait stopped, ${why}` }
  }
  if ('held' in result) {
    if (result.held === heldBefore) {
      // The label is how the fleet's look finds a long hold; a person can remove it, so it is put back.
      if (!pullOf(snap, action.pr).labels.includes(LABELS.held))
        await ctx.github.addLabels(action.pr, [LABELS.held])
      refused.set(onceKey('wait-health', action.pr), holdReason(result))
      return { line: `${action.region}: still held, ${result.detail}` }
    }
    deployment ??= await openDeployment(result.detail)
    return held(ctx, snap, action, deployment, result, refused, started)
  }
  if (heldBefore !== undefined) {
    await ctx.github.removeLabel(action.pr, LABELS.held)
    deployment = await openDeployment('the hold ended; Argo CD answered')
  }
  deployment ??= await openDeployment('waiting for Argo CD to sync and report Healthy')
  const at = ctx.clock.now()
  await updateMarker(
    ctx,
    pull,
    marker => {
      const m = started(marker)
      return {
        ...m,
        held: undefined,
        outcome: result.outcome,
        times: {
          ...m.times,
          merged: m.times.merged ?? at,
          ...(result.outcome === 'healthy' ? { synced: at, healthy: at } : {})
        }
      }
    },
    {
      id: deployment,
      state:
        result.outcome === 'healthy'
          ? 'success'
          : result.outcome === 'unreachable'
            ? 'error'
            : 'failure',
      description: result.detail
    }
  )
  return {
    line: `${action.region}: ${result.outcome} (${result.detail})`,
    outcome: result.outcome
  }
}

/**
 * A wait held with no verdict: the Application does not deploy what the
 * train edits, or a sync window keeps any sync from starting. Nothing is
 * recorded against the release and nothing rolls back; the region waits,
 * saying why, and its wait starts over (a whole timeout) once the hold is
 * gone, so a long window or a slow fix is never counted as the release's
 * time.
 */
async function held(
  ctx: TrainContext,
  snap: Snapshot,
  action: Extract<Action, { type: 'wait-health' }>,
  deployment: number,
  result: Extract<WaitVerdict, { held: string }>,
  refused: Map<string, string>,
  started: (m: Marker) => Marker
): Promise<{ line: string }> {
  await ctx.github.setDeploymentStatus(
    deployment,
    result.held === 'setup' ? 'error' : 'in_progress',
    result.detail
  )
  // The label lets the fleet's look find the service however long the hold lasts (readFleet). It
  // goes on before the marker records the hold: a run cut short between the two records it again.
  await ctx.github.addLabels(action.pr, [LABELS.held])
  const at = ctx.clock.now()
  await updateMarker(ctx, pullOf(snap, action.pr), marker => {
    const m = started(marker)
    return {
      ...m,
      held: result.held,
      times: { ...m.times, merged: m.times.merged ?? at, resumed: at }
    }
  })
  refused.set(onceKey('wait-health', action.pr), holdReason(result))
  return { line: `${action.region}: held, ${result.detail}` }
}

/** What the region's wait says while held. */
function holdReason(result: Extract<WaitVerdict, { held: string }>): string {
  return result.held === 'setup'
    ? `blocked: ${result.detail}`
    : `waiting for Argo CD: ${result.detail}`
}
