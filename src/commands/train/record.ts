import type { Action } from '../../train/decide.js'
import { decodeMarker, withMarker } from '../../train/marker.js'
import type { Marker } from '../../train/marker.js'
import { canonicalRelease, serviceLabel, trainLabels } from '../../train/names.js'
import { LABELS, trainPulls } from '../../train/observe.js'
import type { PullSnapshot, Snapshot } from '../../train/observe.js'
import type { Round, TrainContext } from './context.js'
import { ownPulls } from './snapshot.js'

/**
 * Rewrites a PR's marker with `change` applied, keeping the rest of its
 * body; with `deployment`, its final state is written with it (one request).
 */
export async function updateMarker(
  ctx: TrainContext,
  pull: PullSnapshot,
  change: (m: Marker) => Marker,
  deployment?: {
    id: number
    state: 'success' | 'failure' | 'error' | 'in_progress'
    description: string
  }
): Promise<void> {
  const marker = decodeMarker(pull.body)
  const body = marker ? withMarker(pull.body, change(marker)) : undefined
  if (deployment && body !== undefined)
    await ctx.github.recordOutcome({
      deployment: deployment.id,
      state: deployment.state,
      description: deployment.description,
      pr: pull.number,
      body
    })
  else {
    if (deployment)
      await ctx.github.setDeploymentStatus(deployment.id, deployment.state, deployment.description)
    if (body !== undefined) await ctx.github.updateBody(pull.number, body)
  }
}

/**
 * A marker as the merge of `revision` at `merged` starts its record, merge
 * facts only; one that already records that merge is kept as it is.
 */
export function startedRecord(revision: string, merged: number): (m: Marker) => Marker {
  return m =>
    m.mergeCommit === revision
      ? m
      : {
          ...m,
          mergeCommit: revision,
          outcome: null,
          bake: undefined,
          held: undefined,
          times: {
            ...(m.times.opened === undefined ? {} : { opened: m.times.opened }),
            approved: m.times.approved ?? merged,
            merged
          }
        }
}

/**
 * Labels the train PRs observation found only by their branch (a run died,
 * or GitHub refused, between opening and labelling one): the branches it
 * reads closed PRs on are this release's only, so without the label a PR
 * would drop out of the service's history once the next train starts.
 */
export async function labelFoundByBranch(ctx: TrainContext, snap: Snapshot): Promise<string[]> {
  const label = serviceLabel(ctx.service.name)
  const done: string[] = []
  for (const { pull } of trainPulls(snap)) {
    if (pull.labels.includes(label)) continue
    await ctx.github.addLabels(pull.number, trainLabels(ctx.service.name))
    done.push(`labelled PR #${pull.number} ${label}: it was found by its branch, without the label`)
  }
  return done
}

/** Labels the merged promotions that failed `multiregion:bad-release`, so no automation promotes the release again. */
export async function recordBadRelease(
  { ctx, snap, observed }: Round,
  action: Extract<Action, { type: 'record-bad-release' }>
): Promise<string> {
  const failed = observed.regions.filter(
    r =>
      r.promotion?.state === 'merged' &&
      (r.promotion.marker.outcome !== 'healthy' || r.promotion.marker.bake?.outcome === 'fail')
  )
  for (const r of failed)
    await ctx.github.addLabels(r.promotion!.number, [LABELS.bad, ...trainLabels(ctx.service.name)])
  return `recorded ${snap.release} as a bad release: ${action.reason}`
}

/**
 * After a person has checked Argo CD: waits that ended with it unreachable,
 * and merged PRs whose body a person edited, wait again, with a whole
 * timeout from now. Other outcomes are final.
 */
export async function resumeUnreachable(
  ctx: TrainContext,
  release: string,
  botLogin: string
): Promise<string[]> {
  const done: string[] = []
  for (const { pull, marker, untrusted, editedBy } of (await ownPulls(ctx, botLogin)).pulls) {
    // A merged PR whose body a person edited is waited on again too: its outcome is not the train's record.
    const edited = editedBy !== undefined && pull.merged
    if (
      untrusted ||
      canonicalRelease(marker.release, ctx.service.image) !== release ||
      (marker.outcome !== 'unreachable' && marker.bake?.outcome !== 'inconclusive' && !edited)
    )
      continue
    if (marker.outcome === 'healthy' && marker.bake?.outcome === 'inconclusive' && !edited) {
      // Inconclusive checks proved nothing either way: they are asked again, the rest of the record stands.
      await ctx.github.updateBody(
        pull.number,
        withMarker(pull.body, { ...marker, bake: undefined })
      )
      done.push(`evaluates the metric checks of ${marker.region} again (PR #${pull.number})`)
      continue
    }
    // The wait starts over: nothing of its verdicts stands, and after a person's edit no bake verdict or hold either.
    await ctx.github.updateBody(
      pull.number,
      withMarker(pull.body, {
        ...marker,
        outcome: null,
        ...(edited ? { bake: undefined, held: undefined } : {}),
        times: { ...marker.times, resumed: ctx.clock.now() }
      })
    )
    done.push(`resumed the Argo CD wait of ${marker.region} (PR #${pull.number})`)
  }
  return done
}
