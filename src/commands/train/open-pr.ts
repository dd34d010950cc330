import { renderPrBody } from '../../report/train.js'
import type { Plan } from '../../schema/generated.js'
import type { Action } from '../../train/decide.js'
import { imageOnly, planFor } from '../../train/edits.js'
import type { BaseRead } from '../../train/edits.js'
import type { Marker, PrKind } from '../../train/marker.js'
import { factsOf, openingMarker, trainCommit } from '../../train/new-pr.js'
import { trainLabels } from '../../train/names.js'
import { trainPulls } from '../../train/observe.js'
import { onceKey, openKey } from '../../train/refusals.js'
import { BASE_MOVED, releaseOf } from './context.js'
import { readBase } from './snapshot.js'
import type { Round, TrainContext } from './context.js'

/** Opens the promotion PR (or weight step) of a region, once its Argo CD Application is seen to deploy what the PR edits. */
export async function openPromotion(
  { ctx, snap, read, base, refused }: Round,
  action: Extract<Action, { type: 'open-promotion' }>
): Promise<string> {
  const region = snap.plan.regions.find(r => r.name === action.region)!
  // An Application that does not render these files from the default branch would report
  // this change Synced and Healthy without deploying it, or never see it: a setup error.
  const problem = await ctx.argo.checkApplication({
    region: region.name,
    server: region.argocd.server,
    app: region.argocd.app,
    paths: [...new Set(region.edits.map(e => e.path))],
    defaultBranch: base
  })
  if (problem !== undefined) {
    refused.set(onceKey('open-promotion', openKey(action)), problem)
    return `${region.name}: blocked, no PR opened: ${problem}`
  }
  const marker = openingMarker(
    {
      kind: 'promotion',
      service: ctx.service.name,
      region: region.name,
      release: snap.release,
      wave: action.wave,
      from: region.current,
      to: region.target,
      approvals: region.approvals,
      ...(action.step === undefined ? {} : { step: action.step })
    },
    ctx.clock.now()
  )
  const release = releaseOf(snap.release, ctx.service)
  const number = await openPr(ctx, base, read.sha, 'promotion', region, snap.plan, marker, fresh =>
    planFor(ctx.service, ctx.platform, fresh, release).regions.find(r => r.name === region.name)
  )
  if (number === undefined) return `${region.name}: ${BASE_MOVED}`
  return `opened ${action.step === undefined ? 'promotion' : `weight step ${action.step}`} PR #${number} for ${region.name}`
}

/** Opens the rollback PR of a region that ran this release: its image pin back to `action.to`. */
export async function openRollback(
  { ctx, snap, read, base }: Round,
  action: Extract<Action, { type: 'open-rollback' }>
): Promise<string> {
  const target = planFor(ctx.service, ctx.platform, read, releaseOf(action.to, ctx.service))
  const region = imageOnly(target.regions.find(r => r.name === action.region)!)
  if (region.edits.length === 0)
    return `${action.region} already runs ${action.to}; no rollback PR needed`
  const marker = openingMarker(
    {
      kind: 'rollback',
      service: ctx.service.name,
      region: region.name,
      release: snap.release,
      wave: action.wave,
      from: region.current,
      to: action.to,
      approvals: ctx.platform.rollbackApprovals
    },
    ctx.clock.now()
  )
  const to = releaseOf(action.to, ctx.service)
  const number = await openPr(ctx, base, read.sha, 'rollback', region, target, marker, fresh => {
    const planned = planFor(ctx.service, ctx.platform, fresh, to).regions.find(
      r => r.name === action.region
    )
    return planned && imageOnly(planned)
  })
  if (number === undefined) return `${region.name}: ${BASE_MOVED}`
  return `opened rollback PR #${number} for ${region.name} to ${action.to}`
}

/**
 * Puts a train PR's branch back to the train's edits on the default
 * branch's head, once per run: a person pushing again meanwhile is answered
 * by the next run.
 */
export async function rebuildBranch(
  { ctx, snap, read, base, refused }: Round,
  action: Extract<Action, { type: 'rebuild-branch' }>
): Promise<string | undefined> {
  refused.set(
    onceKey('rebuild-branch', action.pr),
    `PR #${action.pr}'s branch was put back to the train's edits in this run; its new head needs fresh approvals`
  )
  const own = trainPulls(snap).find(p => p.pull.number === action.pr)
  const files = snap.expectedEdits?.get(action.pr)
  if (!own || !files || files.length === 0) return undefined
  const { marker } = own
  // What the commit states comes from the plan (a promotion) or the toolkit's own commit (a rollback), never the PR body.
  const planned = snap.plan.regions.find(r => r.name === marker.region)
  const to = marker.kind === 'rollback' ? own.facts?.to : planned?.target
  if (to === undefined) return undefined
  const from = marker.kind === 'rollback' ? own.facts?.from : (planned?.current ?? undefined)
  const result = await ctx.github.replaceBranch({
    base,
    parent: read.sha,
    branch: own.pull.headRef,
    message: trainCommit({
      kind: marker.kind,
      service: ctx.service.name,
      region: marker.region,
      release: marker.release,
      to,
      ...(from === undefined ? {} : { from }),
      ...(marker.step === undefined ? {} : { step: marker.step })
    }).message,
    files: [...files]
  })
  if (result.baseMoved) {
    refused.delete(onceKey('rebuild-branch', action.pr))
    return `${action.region}: ${BASE_MOVED}`
  }
  return `put PR #${action.pr}'s branch for ${action.region} back to the train's edits on the default branch's head (${action.reason}); its new head needs fresh approvals`
}

/**
 * Opens (or finds) the PR of one region: one commit on a deterministic
 * branch, built on `parent` (the commit the plan read), then one PR. Returns
 * undefined, having written nothing, when the base moved past `parent`: the
 * caller plans again. If GitHub refuses the PR, the branch is deleted again,
 * so no branch without a PR is left behind.
 */
export async function openPr(
  ctx: TrainContext,
  base: string,
  parent: string,
  kind: PrKind,
  regionPlan: Plan['regions'][number],
  target: Plan,
  marker: Marker,
  /** The region's plan from other files of the default branch, the same way `regionPlan` was made. */
  replan?: (read: BaseRead) => Plan['regions'][number] | undefined
): Promise<number | undefined> {
  const { branch, title, message } = trainCommit({ ...factsOf(marker), kind })
  const files = lastEdits(regionPlan)
  const body = renderPrBody(target, regionPlan, marker, ctx.trainUrl)
  // The common case, a branch that does not exist yet: a read and one mutation; anything else step by step below.
  const proposed = await ctx.github.proposeChange({
    base,
    parent,
    branch,
    message,
    files,
    title,
    body,
    labels: trainLabels(ctx.service.name)
  })
  if (proposed && 'baseMoved' in proposed) return undefined
  if (proposed) {
    if (proposed.staleBase && replan)
      await repairStale(ctx, base, branch, message, regionPlan, replan)
    return proposed.number
  }
  const commit = await ctx.github.commitFiles({ base, parent, branch, message, files })
  if (commit.baseMoved) return undefined
  // A conflict wrote nothing on a branch someone else pushed to: the PR opens on their commit, which
  // makes it untrusted, and the next round puts the branch back to the train's edits.
  const existing = await ctx.github.findOpenPull(branch)
  // Found by its branch: a run may have died before labelling it, which hides it from the train.
  if (existing) {
    await ctx.github.addLabels(existing.number, trainLabels(ctx.service.name))
    return existing.number
  }
  try {
    const opened = await ctx.github.openPull({
      head: branch,
      base,
      title,
      body,
      labels: trainLabels(ctx.service.name)
    })
    return opened.number
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 403 || status === 404) await ctx.github.deleteBranch(branch)
    throw error
  }
}

/**
 * A PR just opened on a base that had moved since the plan's read (the
 * observation stood in for a read of its own): its edits were planned from
 * older files. Planned again from the base's head, the branch is put back
 * there with the new edits before anyone can approve the old ones, unless
 * they came out the same. Where the region's pin itself moved, the gate's
 * own repair (rebuild-branch) takes it, with the commit's facts from the
 * plan it then makes.
 */
async function repairStale(
  ctx: TrainContext,
  base: string,
  branch: string,
  message: string,
  before: Plan['regions'][number],
  replan: (read: BaseRead) => Plan['regions'][number] | undefined
): Promise<void> {
  const read = await readBase(ctx, base)
  const fresh = replan(read)
  if (!fresh || fresh.current !== before.current) return
  const files = lastEdits(fresh)
  const same = lastEdits(before)
  if (
    files.length === same.length &&
    files.every(f => same.some(g => g.path === f.path && g.content === f.content))
  )
    return
  await ctx.github.replaceBranch({ base, parent: read.sha, branch, message, files })
}

/** A region's edits as one commit holds them: a file edited twice (the kustomization: pin, then resources) as its last edit. */
function lastEdits(region: Plan['regions'][number]): { path: string; content: string }[] {
  return [
    ...new Map(region.edits.map(e => [e.path, { path: e.path, content: e.content }])).values()
  ]
}
