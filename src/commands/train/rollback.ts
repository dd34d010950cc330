import { didYouMean } from '../../manifest/suggest.js'
import { isNewer } from '../../plan/release.js'
import { imageOnly } from '../../train/edits.js'
import { canonicalRelease } from '../../train/names.js'
import { openingMarker } from '../../train/new-pr.js'
import { badReleases, LABELS, trainPulls } from '../../train/observe.js'
import { BASE_MOVED, releaseOf, TrainRefusal } from './context.js'
import type { TrainContext } from './context.js'
import { openPr } from './open-pr.js'
import { ownPulls, planAt, regionHistory } from './snapshot.js'

/**
 * A manual rollback of one region (workflow_dispatch): a rollback PR to `to`,
 * or to the version before the region's newest promotion. It is gated by the
 * rollback rule only when the region ran that version before (the history
 * of its pin in the environments repository); any other target needs the
 * region's promotion approvals. A bad release or a newer version is refused.
 * The reconcile runs that follow merge it.
 */
export async function manualRollback(
  ctx: TrainContext,
  region: string,
  to?: string
): Promise<string> {
  const name = ctx.service.name
  if (!ctx.service.regions.includes(region))
    throw new TrainRefusal(
      `${region} is not a region of ${name} (regions: ${ctx.service.regions.join(', ')}).${didYouMean(region, ctx.service.regions)}`
    )
  const [base, botLogin] = await Promise.all([ctx.github.defaultBranch(), ctx.github.botLogin()])
  const { raw, pulls } = await ownPulls(ctx, botLogin)
  const last = pulls.find(
    p => p.marker.kind === 'promotion' && p.marker.region === region && p.pull.merged
  )
  // The version before is what the toolkit's own commit stated, never the body's copy.
  let asked = to
  if (asked === undefined && last) {
    const commits = await ctx.github.pullCommits(last.pull.number)
    asked = trainPulls({
      pulls: [{ ...last.pull, commits }],
      service: ctx.service,
      botLogin
    })[0]?.facts?.from
  }
  if (!asked)
    throw new TrainRefusal(
      `No earlier version of ${name} in ${region} is known; pass --to <version>.`
    )
  const release = releaseOf(asked, ctx.service)
  const version = release.ref
  if (badReleases({ pulls: raw, service: ctx.service, botLogin }).has(version))
    throw new TrainRefusal(
      `${version} is recorded as a bad release of ${name}; roll ${region} back to a good version, or have a person remove the ${LABELS.bad} label if it is good after all.`
    )
  const { plan: target, sha } = await planAt(ctx, base, release)
  const regionPlan = imageOnly(target.regions.find(r => r.name === region)!)
  if (regionPlan.action !== 'blocked' && regionPlan.edits.length === 0)
    return `${region} already runs ${version}; nothing to roll back.`
  if (regionPlan.action === 'blocked')
    throw new TrainRefusal(
      `${region} cannot be rolled back to ${version}: ${target.findings.map(f => f.message).join(' ')}`
    )
  const current =
    regionPlan.current === null ? null : canonicalRelease(regionPlan.current, ctx.service.image)
  if (current !== null && isNewer(version, current))
    throw new TrainRefusal(
      `${version} is newer than ${current}, which ${region} runs: that is a promotion, not a rollback. Start a train with multiregion promote --release ${version}.`
    )
  const ranBefore = (await regionHistory(ctx, base, region, pulls)).has(version)
  const approvals = ranBefore ? ctx.platform.rollbackApprovals : regionPlan.approvals
  const marker = openingMarker(
    {
      kind: 'rollback',
      service: name,
      region,
      // The release it undoes: what the region runs now.
      release: current ?? last?.marker.release ?? version,
      wave: regionPlan.wave,
      from: regionPlan.current,
      to: version,
      approvals
    },
    ctx.clock.now()
  )
  const number = await openPr(ctx, base, sha, 'rollback', regionPlan, target, marker)
  if (number === undefined) return `${region}: ${BASE_MOVED}; run rollback again`
  const gate = ranBefore
    ? ''
    : `; ${region} never ran ${version}, so it needs ${approvals} approvals, as a promotion there does`
  return `opened rollback PR #${number} for ${region} to ${version}${gate}`
}
