import { imageOnly } from '../../train/edits.js'
import { isNewer } from '../../plan/release.js'
import { canonicalRelease, trainLabels } from '../../train/names.js'
import { openingMarker } from '../../train/new-pr.js'
import { LABELS } from '../../train/observe.js'
import { releaseOf, TrainRefusal } from './context.js'
import type { TrainContext, TrainRun } from './context.js'
import { openPr } from './open-pr.js'
import { reconcileTrain, trainStatus } from './reconcile.js'
import { ownPulls, planAt } from './snapshot.js'
import { BASE_MOVED } from './context.js'

/**
 * Starts (or continues) the train of `ref`. The newest release wins: open
 * promotion PRs of older releases of the service are closed as superseded, so
 * two trains never edit the same region at once. `skip` leaves regions out
 * of this train, recorded as closed PRs a person can reopen later.
 */
export async function startTrain(
  ctx: TrainContext,
  ref: string,
  skip: readonly string[] = []
): Promise<TrainRun> {
  const release = releaseOf(ref, ctx.service)
  const unknown = skip.filter(r => !ctx.service.regions.includes(r))
  if (unknown.length > 0)
    throw new TrainRefusal(
      `Cannot skip ${unknown.join(', ')}: not a region of ${ctx.service.name} (regions: ${ctx.service.regions.join(', ')}).`
    )
  const done: string[] = []
  const { pulls } = await ownPulls(ctx, await ctx.github.botLogin())
  const others = pulls.filter(
    p =>
      p.pull.state === 'open' &&
      p.marker.kind === 'promotion' &&
      canonicalRelease(p.marker.release, ctx.service.image) !== release.ref
  )
  // An older release never takes over from a newer train.
  const newerTrains = others.filter(p => isNewer(p.marker.release, release.ref))
  if (newerTrains.length > 0) {
    const status = await trainStatus(ctx, release.ref)
    const list = newerTrains.map(
      p => `#${p.pull.number} (${p.marker.release} in ${p.marker.region})`
    )
    return {
      ...status,
      decision: {
        state: 'refused',
        actions: [
          {
            type: 'halt',
            reason: `${release.ref} is older than the train in progress (${list.join(', ')}), which is newer; promoting it would undo that train. Finish or close that train first, or roll regions back with multiregion rollback.`
          }
        ]
      }
    }
  }
  for (const { pull, marker } of others) {
    await ctx.github.addLabels(pull.number, [LABELS.superseded, ...trainLabels(ctx.service.name)])
    await ctx.github.closePull(pull.number, `Superseded by the train of ${release.ref}.`)
    done.push(
      `closed PR #${pull.number} (${marker.release} in ${marker.region}): superseded by ${release.ref}`
    )
  }
  for (const region of skip) done.push(await skipRegion(ctx, release.ref, region))
  const run = await reconcileTrain(ctx, release.ref)
  return { ...run, done: [...done, ...run.done] }
}

/**
 * Leaves a region out of a release's train, recorded in GitHub as its
 * promotion PR closed with the skipped label. Reopening the PR and removing
 * the label brings the region back into the train.
 */
export async function skipRegion(ctx: TrainContext, ref: string, region: string): Promise<string> {
  const release = releaseOf(ref, ctx.service)
  const base = await ctx.github.defaultBranch()
  const existing = (await ownPulls(ctx, await ctx.github.botLogin())).pulls.find(
    p =>
      p.marker.kind === 'promotion' &&
      p.marker.region === region &&
      canonicalRelease(p.marker.release, ctx.service.image) === release.ref &&
      p.pull.state === 'open'
  )
  let number = existing?.pull.number
  if (number === undefined) {
    const { plan: target, sha } = await planAt(ctx, base, release)
    const found = target.regions.find(r => r.name === region)
    const regionPlan = found && imageOnly(found)
    if (!regionPlan || regionPlan.action !== 'promote')
      return `${region} needs no promotion to ${release.ref}; nothing to skip`
    const marker = openingMarker(
      {
        kind: 'promotion',
        service: ctx.service.name,
        region,
        release: release.ref,
        wave: regionPlan.wave,
        from: regionPlan.current,
        to: regionPlan.target,
        approvals: regionPlan.approvals
      },
      ctx.clock.now()
    )
    number = await openPr(ctx, base, sha, 'promotion', regionPlan, target, marker)
    if (number === undefined) return `${region}: ${BASE_MOVED}; run skip again`
  }
  await ctx.github.addLabels(number, [LABELS.skipped, ...trainLabels(ctx.service.name)])
  await ctx.github.closePull(
    number,
    `Skipped: ${region} is left out of the train of ${release.ref}. Reopen this PR and remove the ${LABELS.skipped} label to bring it back.`
  )
  return `skipped ${region} (PR #${number})`
}

/**
 * The train a reconcile run without --release continues: the release of the
 * service's newest promotion PR, or, when there is none, of its newest
 * rollback still in progress (a rollback opened by hand outside any train).
 */
export async function latestRelease(ctx: TrainContext): Promise<string | undefined> {
  // Only names the release: the train that reconciles it reads every gate itself, and the release
  // a marker names must match the toolkit's own branch (trainPulls), so no gate is read here.
  const { pulls } = await ownPulls(ctx, await ctx.github.botLogin(), { gates: false })
  const promotion = pulls.find(p => p.marker.kind === 'promotion')
  const rollback = pulls.find(
    p => p.marker.kind === 'rollback' && (p.pull.state === 'open' || p.marker.outcome === null)
  )
  return (promotion ?? rollback)?.marker.release
}
