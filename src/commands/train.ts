import { filesToRead, regionLayout } from '../gitops/layout.js'
import type { Platform, Service } from '../manifest/model.js'
import { plan } from '../plan/plan.js'
import { parseRelease } from '../plan/release.js'
import type { Release } from '../plan/release.js'
import { renderPrBody } from '../report/train.js'
import type { Plan } from '../schema/generated.js'
import { decide } from '../train/decide.js'
import type { Action, Decision, Observed } from '../train/decide.js'
import { decodeMarker, withMarker } from '../train/marker.js'
import type { Marker, PrKind } from '../train/marker.js'
import { branchName, LABEL, prTitle, serviceLabel } from '../train/names.js'
import { LABELS, toObserved } from '../train/observe.js'
import type { PullSnapshot, Snapshot } from '../train/observe.js'
import type { ArgoPort, Clock, GitHubPort } from '../train/ports.js'

export interface TrainContext {
  service: Service
  platform: Platform
  github: GitHubPort
  argo: ArgoPort
  clock: Clock
  mergeMode: 'merge' | 'auto-merge'
  /** A link to the train for PR bodies, such as the environments repository's PR list filtered by the service label. */
  trainUrl?: string
}

export interface TrainRun {
  observed: Observed
  decision: Decision
  /** What this run did, one line each, for the log and the job summary. */
  done: string[]
}

/** Actions that change something; the rest only say why the train waits or halts. */
const WORK = new Set<Action['type']>([
  'open-promotion',
  'merge',
  'enable-auto-merge',
  'wait-health',
  'open-rollback',
  'record-bad-release'
])
/** A bound on observe-decide-act rounds in one run, far above what a train needs, so a bug cannot loop forever. */
const MAX_ROUNDS = 25

function releaseOf(ref: string, service: Service): Release {
  const release = parseRelease(ref, service.image)
  if ('error' in release) throw new Error(release.error)
  return release
}

async function planAt(ctx: TrainContext, base: string, release: Release): Promise<Plan> {
  const files = await ctx.github.readFiles(
    base,
    filesToRead(ctx.platform, ctx.service.name, ctx.service.regions)
  )
  return plan({ service: ctx.service, platform: ctx.platform, release, files })
}

async function snapshot(
  ctx: TrainContext,
  release: Release,
  base: string,
  botLogin: string
): Promise<Snapshot> {
  const [planned, pulls] = await Promise.all([
    planAt(ctx, base, release),
    ctx.github.trainPulls(ctx.service.name)
  ])
  return {
    now: ctx.clock.now(),
    service: ctx.service,
    platform: ctx.platform,
    release: release.ref,
    plan: planned,
    pulls,
    botLogin,
    mergeMode: ctx.mergeMode
  }
}

function pullOf(snap: Snapshot, number: number): PullSnapshot {
  const pull = snap.pulls.find(p => p.number === number)
  if (!pull)
    throw new Error(`PR #${number} vanished between reading and acting; run reconcile again.`)
  return pull
}

/** Rewrites a PR's marker with `change` applied, keeping the rest of its body. */
async function updateMarker(
  ctx: TrainContext,
  pull: PullSnapshot,
  change: (m: Marker) => Marker
): Promise<void> {
  const marker = decodeMarker(pull.body)
  if (marker) await ctx.github.updateBody(pull.number, withMarker(pull.body, change(marker)))
}

/** Opens (or finds) the PR of one region: one commit on a deterministic branch, then one PR. */
/**
 * A region's plan with only its image pin: a rollback restores the version
 * that ran before and nothing else (the plan would also bring routing up to
 * date, which is a promotion's business, not a rollback's).
 */
function imageOnly(region: Plan['regions'][number]): Plan['regions'][number] {
  return { ...region, edits: region.edits.filter(e => /^images?[[.]/.test(e.field)) }
}

async function openPr(
  ctx: TrainContext,
  base: string,
  kind: PrKind,
  regionPlan: Plan['regions'][number],
  target: Plan,
  marker: Marker
): Promise<number> {
  const branch = branchName(kind, ctx.service.name, regionPlan.name, marker.release, marker.step)
  await ctx.github.commitFiles({
    base,
    branch,
    message: prTitle(
      kind,
      ctx.service.name,
      regionPlan.name,
      marker.to,
      marker.release,
      marker.step
    ),
    files: regionPlan.edits.map(e => ({ path: e.path, content: e.content }))
  })
  const existing = await ctx.github.findOpenPull(branch)
  if (existing) return existing.number
  const opened = await ctx.github.openPull({
    head: branch,
    base,
    title: prTitle(kind, ctx.service.name, regionPlan.name, marker.to, marker.release, marker.step),
    body: renderPrBody(target, regionPlan, marker, ctx.trainUrl),
    labels: [LABEL, serviceLabel(ctx.service.name)]
  })
  return opened.number
}

async function act(
  ctx: TrainContext,
  snap: Snapshot,
  observed: Observed,
  base: string,
  action: Action
): Promise<string | undefined> {
  const now = ctx.clock.now()
  switch (action.type) {
    case 'open-promotion': {
      const region = snap.plan.regions.find(r => r.name === action.region)!
      const marker: Marker = {
        v: 1,
        kind: 'promotion',
        service: ctx.service.name,
        region: region.name,
        release: snap.release,
        wave: action.wave,
        from: region.current,
        to: region.target,
        approvals: region.approvals,
        times: { opened: now },
        outcome: null,
        ...(action.step === undefined ? {} : { step: action.step })
      }
      const number = await openPr(ctx, base, 'promotion', region, snap.plan, marker)
      return `opened ${action.step === undefined ? 'promotion' : `weight step ${action.step}`} PR #${number} for ${region.name}`
    }
    case 'open-rollback': {
      const target = await planAt(ctx, base, releaseOf(action.to, ctx.service))
      const region = imageOnly(target.regions.find(r => r.name === action.region)!)
      if (region.edits.length === 0)
        return `${action.region} already runs ${action.to}; no rollback PR needed`
      const marker: Marker = {
        v: 1,
        kind: 'rollback',
        service: ctx.service.name,
        region: region.name,
        release: snap.release,
        wave: action.wave,
        from: region.current,
        to: action.to,
        approvals: ctx.platform.rollbackApprovals,
        times: { opened: now },
        outcome: null
      }
      const number = await openPr(ctx, base, 'rollback', region, target, marker)
      return `opened rollback PR #${number} for ${region.name} to ${action.to}`
    }
    case 'merge': {
      const pull = pullOf(snap, action.pr)
      const result = await ctx.github.merge(action.pr, action.sha)
      if (!result.merged) return `PR #${action.pr} was not merged: ${result.reason}`
      await updateMarker(ctx, pull, m => ({
        ...m,
        mergeCommit: result.sha,
        times: { ...m.times, approved: m.times.approved ?? now, merged: now }
      }))
      return `merged ${action.kind} PR #${action.pr} for ${action.region}`
    }
    case 'enable-auto-merge': {
      await ctx.github.enableAutoMerge(action.pr)
      await updateMarker(ctx, pullOf(snap, action.pr), m => ({
        ...m,
        times: { ...m.times, approved: m.times.approved ?? now }
      }))
      return `enabled auto-merge on PR #${action.pr} for ${action.region}`
    }
    case 'wait-health':
      return (await waitHealth(ctx, snap, action)).line
    case 'record-bad-release': {
      const failed = observed.regions.filter(
        r =>
          r.promotion && r.promotion.marker.outcome !== 'healthy' && r.promotion.state === 'merged'
      )
      for (const r of failed) await ctx.github.addLabels(r.promotion!.number, [LABELS.bad])
      return `recorded ${snap.release} as a bad release: ${action.reason}`
    }
    case 'halt':
    case 'wait':
      return undefined
  }
}

/** Outcomes that make the train recover at once, whatever the rest of the wave is doing. */
const FAILING = new Set(['degraded', 'failed', 'timeout'])

/**
 * Waits for Argo CD to run a merged commit in one region and records the
 * outcome on the PR's marker and the GitHub deployment. Aborting `signal`
 * (a sibling in the wave failed) ends the wait with nothing recorded on the
 * marker, so the region is waited on, or rolled back, by the next round.
 */
async function waitHealth(
  ctx: TrainContext,
  snap: Snapshot,
  action: Extract<Action, { type: 'wait-health' }>,
  signal?: AbortSignal
): Promise<{ line: string; outcome?: string }> {
  const region = snap.plan.regions.find(r => r.name === action.region)!
  const deployment = await ctx.github.createDeployment({
    ref: action.revision,
    environment: `${ctx.service.name}-${action.region}`,
    description: `${action.kind} PR #${action.pr}`
  })
  await ctx.github.setDeploymentStatus(
    deployment.id,
    'in_progress',
    'waiting for Argo CD to sync and report Healthy'
  )
  let result: Awaited<ReturnType<TrainContext['argo']['waitForRevision']>>
  try {
    result = await ctx.argo.waitForRevision({
      region: action.region,
      server: region.argocd.server,
      app: region.argocd.app,
      revision: action.revision,
      deadline: action.deadline,
      paths: [regionLayout(ctx.platform, ctx.service.name, action.region).folder],
      compare: (base, head) => ctx.github.compare(base, head),
      ...(signal ? { signal } : {})
    })
  } catch (error) {
    if (!signal?.aborted) throw error
    const why = String(signal.reason instanceof Error ? signal.reason.message : signal.reason)
    await ctx.github.setDeploymentStatus(deployment.id, 'error', `wait stopped: ${why}`)
    return { line: `${action.region}: wait stopped, ${why}` }
  }
  await ctx.github.setDeploymentStatus(
    deployment.id,
    result.outcome === 'healthy'
      ? 'success'
      : result.outcome === 'unreachable'
        ? 'error'
        : 'failure',
    result.detail
  )
  const at = ctx.clock.now()
  await updateMarker(ctx, pullOf(snap, action.pr), m => ({
    ...m,
    mergeCommit: action.revision,
    outcome: result.outcome,
    times: {
      ...m.times,
      merged: m.times.merged ?? at,
      ...(result.outcome === 'healthy' ? { synced: at, healthy: at } : {})
    }
  }))
  return {
    line: `${action.region}: ${result.outcome} (${result.detail})`,
    outcome: result.outcome
  }
}

/**
 * The waits of one wave, side by side: a region that goes Degraded, fails
 * its sync or times out stops its siblings' waits at once, so the train
 * recovers in the next round instead of after the slowest sibling.
 */
async function waitWave(
  ctx: TrainContext,
  snap: Snapshot,
  waits: Extract<Action, { type: 'wait-health' }>[]
): Promise<string[]> {
  const stop = new AbortController()
  const lines: string[] = []
  const settled = await Promise.allSettled(
    waits.map(async action => {
      try {
        const { line, outcome } = await waitHealth(ctx, snap, action, stop.signal)
        lines.push(line)
        if (outcome !== undefined && FAILING.has(outcome) && !stop.signal.aborted)
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
 * After a person has checked Argo CD: waits that ended with it unreachable
 * wait again, with a whole timeout from now. Other outcomes are final.
 */
async function resumeUnreachable(ctx: TrainContext, release: string): Promise<string[]> {
  const done: string[] = []
  for (const pull of await ctx.github.trainPulls(ctx.service.name)) {
    const marker = decodeMarker(pull.body)
    if (marker?.release !== release || marker.outcome !== 'unreachable') continue
    await ctx.github.updateBody(
      pull.number,
      withMarker(pull.body, {
        ...marker,
        outcome: null,
        times: { ...marker.times, resumed: ctx.clock.now() }
      })
    )
    done.push(`resumed the Argo CD wait of ${marker.region} (PR #${pull.number})`)
  }
  return done
}

/**
 * One reconcile run of a service's train for a release: observe, decide, act,
 * and again, until only waiting or halting is left. Every action is
 * idempotent against what GitHub shows, so a killed run is simply run again.
 */
export async function reconcileTrain(
  ctx: TrainContext,
  ref: string,
  options: { resume?: boolean } = {}
): Promise<TrainRun> {
  const release = releaseOf(ref, ctx.service)
  const [base, botLogin] = await Promise.all([ctx.github.defaultBranch(), ctx.github.botLogin()])
  const done: string[] = []
  if (options.resume) done.push(...(await resumeUnreachable(ctx, release.ref)))
  for (let round = 0; ; round++) {
    const snap = await snapshot(ctx, release, base, botLogin)
    const observed = toObserved(snap)
    const decision = decide(observed)
    const work = decision.actions.filter(a => WORK.has(a.type))
    if (work.length === 0 || round >= MAX_ROUNDS) return { observed, decision, done }
    // Writes first, in order; then the wave's waits, side by side.
    for (const action of work.filter(a => a.type !== 'wait-health')) {
      const line = await act(ctx, snap, observed, base, action)
      if (line) done.push(line)
    }
    const waits = work.filter(a => a.type === 'wait-health')
    if (waits.length > 0) done.push(...(await waitWave(ctx, snap, waits)))
  }
}

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
    throw new Error(
      `Cannot skip ${unknown.join(', ')}: not a region of ${ctx.service.name} (regions: ${ctx.service.regions.join(', ')}).`
    )
  const done: string[] = []
  for (const pull of await ctx.github.trainPulls(ctx.service.name)) {
    const marker = decodeMarker(pull.body)
    if (pull.state !== 'open' || marker?.kind !== 'promotion' || marker.release === release.ref)
      continue
    await ctx.github.addLabels(pull.number, [LABELS.superseded])
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
  const existing = (await ctx.github.trainPulls(ctx.service.name)).find(p => {
    const m = decodeMarker(p.body)
    return (
      m?.kind === 'promotion' &&
      m.region === region &&
      m.release === release.ref &&
      p.state === 'open'
    )
  })
  let number = existing?.number
  if (number === undefined) {
    const target = await planAt(ctx, base, release)
    const found = target.regions.find(r => r.name === region)
    const regionPlan = found && imageOnly(found)
    if (!regionPlan || regionPlan.action !== 'promote')
      return `${region} needs no promotion to ${release.ref}; nothing to skip`
    const marker: Marker = {
      v: 1,
      kind: 'promotion',
      service: ctx.service.name,
      region,
      release: release.ref,
      wave: regionPlan.wave,
      from: regionPlan.current,
      to: regionPlan.target,
      approvals: regionPlan.approvals,
      times: { opened: ctx.clock.now() },
      outcome: null
    }
    number = await openPr(ctx, base, 'promotion', regionPlan, target, marker)
  }
  await ctx.github.addLabels(number, [LABELS.skipped])
  await ctx.github.closePull(
    number,
    `Skipped: ${region} is left out of the train of ${release.ref}. Reopen this PR and remove the ${LABELS.skipped} label to bring it back.`
  )
  return `skipped ${region} (PR #${number})`
}

/** Where a train stands, without changing anything. */
export async function trainStatus(ctx: TrainContext, ref: string): Promise<TrainRun> {
  const release = releaseOf(ref, ctx.service)
  const [base, botLogin] = await Promise.all([ctx.github.defaultBranch(), ctx.github.botLogin()])
  const observed = toObserved(await snapshot(ctx, release, base, botLogin))
  return { observed, decision: decide(observed), done: [] }
}

/** The release of the service's newest promotion PR: the train a reconcile run without --release continues. */
export async function latestRelease(ctx: TrainContext): Promise<string | undefined> {
  const pulls = await ctx.github.trainPulls(ctx.service.name)
  const newest = pulls
    .map(p => ({ p, m: decodeMarker(p.body) }))
    .filter(x => x.m?.kind === 'promotion' && x.m.service === ctx.service.name)
    .sort((a, b) => b.p.number - a.p.number)[0]
  return newest?.m?.release
}

/**
 * A manual rollback of one region (workflow_dispatch): a rollback PR to `to`,
 * or to the version before the region's newest promotion. The reconcile runs
 * that follow merge it by the rollback gate.
 */
export async function manualRollback(
  ctx: TrainContext,
  region: string,
  to?: string
): Promise<string> {
  const base = await ctx.github.defaultBranch()
  const pulls = await ctx.github.trainPulls(ctx.service.name)
  const last = pulls
    .map(p => ({ p, m: decodeMarker(p.body) }))
    .filter(x => x.m?.kind === 'promotion' && x.m.region === region && x.p.merged)
    .sort((a, b) => b.p.number - a.p.number)[0]
  const version = to ?? last?.m?.from ?? undefined
  if (!version)
    throw new Error(
      `No earlier version of ${ctx.service.name} in ${region} is known; pass --to <version>.`
    )
  const target = await planAt(ctx, base, releaseOf(version, ctx.service))
  const found = target.regions.find(r => r.name === region)
  const regionPlan = found && imageOnly(found)
  if (!regionPlan)
    throw new Error(
      `${region} is not a region of ${ctx.service.name} (regions: ${ctx.service.regions.join(', ')}).`
    )
  if (regionPlan.action !== 'blocked' && regionPlan.edits.length === 0)
    return `${region} already runs ${version}; nothing to roll back.`
  if (regionPlan.action === 'blocked')
    throw new Error(
      `${region} cannot be rolled back to ${version}: ${target.findings.map(f => f.message).join(' ')}`
    )
  const marker: Marker = {
    v: 1,
    kind: 'rollback',
    service: ctx.service.name,
    region,
    release: last?.m?.release ?? `manual-${version}`,
    wave: regionPlan.wave,
    from: regionPlan.current,
    to: version,
    approvals: ctx.platform.rollbackApprovals,
    times: { opened: ctx.clock.now() },
    outcome: null
  }
  const number = await openPr(ctx, base, 'rollback', regionPlan, target, marker)
  return `opened rollback PR #${number} for ${region} to ${version}`
}
