import semver from 'semver'
import { readPin } from '../gitops/image-pin.js'
import { filesToRead, regionLayout } from '../gitops/layout.js'
import type { Platform, Service } from '../manifest/model.js'
import { didYouMean } from '../manifest/suggest.js'
import { instantQuery, regionQuery } from '../metrics/prometheus.js'
import { bakeVerdict, judge } from '../metrics/verdict.js'
import type { CheckResult } from '../metrics/verdict.js'
import { plan } from '../plan/plan.js'
import { parseRelease, pinText } from '../plan/release.js'
import type { Release } from '../plan/release.js'
import { renderPrBody } from '../report/train.js'
import type { Plan } from '../schema/generated.js'
import { decide } from '../train/decide.js'
import type { Action, Decision, Observed } from '../train/decide.js'
import { commitMessage, decodeMarker, withMarker } from '../train/marker.js'
import type { Marker, PrKind } from '../train/marker.js'
import { branchName, canonicalRelease, LABEL, prTitle, serviceLabel } from '../train/names.js'
import { badReleases, LABELS, toObserved, trainPulls } from '../train/observe.js'
import type { FileEdit, PullSnapshot, Snapshot, TrainPull } from '../train/observe.js'
import type { ArgoPort, Clock, GitHubPort, WaitVerdict } from '../train/ports.js'

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
  'rebuild-branch',
  'merge',
  'enable-auto-merge',
  'wait-health',
  'open-rollback',
  'close-promotion',
  'record-bad-release',
  'evaluate-checks'
])
/** A bound on observe-decide-act rounds in one run, far above what a train needs, so a bug cannot loop forever. */
const MAX_ROUNDS = 25

/** A request the train refuses (a bad --to, an unknown region): the person's input, not a fault, so no stack trace. */
export class TrainRefusal extends Error {}

/** How many of the default branch's newest commits are read to tell which versions a region ran. */
const HISTORY_DEPTH = 100

/** The release in its one canonical spelling (see canonicalRelease): trains, branches and the bad list compare that. */
function releaseOf(ref: string, service: Service): Release {
  const release = parseRelease(ref, service.image)
  if ('error' in release) throw new TrainRefusal(release.error)
  return { ...release, ref: pinText(release.pin) }
}

/** True when both are semantic versions (v1.2.3) and `a` is the newer; other tags and digests have no order. */
function newer(a: string, b: string): boolean {
  const [x, y] = [semver.valid(a), semver.valid(b)]
  return x !== null && y !== null && semver.gt(x, y)
}

/**
 * The labels on every train PR of the service. Observation finds the
 * service's closed PRs by its label alone, so every write that closes or
 * marks a PR sets them too (adding a label it has is a no-op).
 */
function trainLabels(ctx: TrainContext): string[] {
  return [LABEL, serviceLabel(ctx.service.name)]
}

/**
 * Labels the train PRs observation found only by their branch (a run died,
 * or GitHub refused, between opening and labelling one): the branches it
 * reads closed PRs on are this release's only, so without the label a PR
 * would drop out of the service's history once the next train starts.
 */
async function labelFoundByBranch(ctx: TrainContext, snap: Snapshot): Promise<string[]> {
  const label = serviceLabel(ctx.service.name)
  const done: string[] = []
  for (const { pull } of trainPulls(snap)) {
    if (pull.labels.includes(label)) continue
    await ctx.github.addLabels(pull.number, trainLabels(ctx))
    done.push(`labelled PR #${pull.number} ${label}: it was found by its branch, without the label`)
  }
  return done
}

/** The service's train PRs as the train trusts them (opened by the toolkit on its own branches). */
async function ownPulls(
  ctx: TrainContext,
  botLogin: string
): Promise<{ raw: PullSnapshot[]; pulls: TrainPull[] }> {
  const raw = await ctx.github.trainPulls(ctx.service.name)
  return { raw, pulls: trainPulls({ pulls: raw, service: ctx.service, botLogin }) }
}

/**
 * The versions a region ran: its pin at each commit of the default branch's
 * own first-parent history (what Argo CD deployed; a pin that only passed
 * through a merged side branch never ran), and the versions of the
 * toolkit's own promotions of the region that merged and that it recorded
 * healthy (a body someone else edited last is not its record), canonical.
 * Two requests.
 */
async function regionHistory(
  ctx: TrainContext,
  base: string,
  region: string,
  own: readonly TrainPull[]
): Promise<Set<string>> {
  const image = ctx.service.image
  const ran = new Set(
    own
      .filter(
        p =>
          p.marker.kind === 'promotion' &&
          p.marker.region === region &&
          p.pull.merged &&
          p.marker.outcome === 'healthy' &&
          p.untrusted === undefined &&
          p.editedBy === undefined
      )
      .map(p => canonicalRelease(p.marker.release, image))
  )
  const layout = regionLayout(ctx.platform, ctx.service.name, region)
  for (const path of layout.candidates) {
    const texts = await ctx.github.firstParentHistory(base, path, HISTORY_DEPTH)
    if (texts.length === 0) continue
    for (const text of texts) {
      const pin = readPin(text, image, layout.image)
      if (pin !== null) ran.add(canonicalRelease(pin, image))
    }
    break
  }
  return ran
}

/** The default branch's files, read from one commit: plans are made from them and commits built on `sha`. */
interface BaseRead {
  sha: string
  files: Map<string, string>
}

function readBase(ctx: TrainContext, base: string): Promise<BaseRead> {
  return ctx.github.readBranch(
    base,
    filesToRead(ctx.platform, ctx.service.name, ctx.service.regions)
  )
}

function planOf(ctx: TrainContext, read: BaseRead, release: Release): Plan {
  return plan({ service: ctx.service, platform: ctx.platform, release, files: read.files })
}

async function planAt(
  ctx: TrainContext,
  base: string,
  release: Release
): Promise<{ plan: Plan; sha: string }> {
  const read = await readBase(ctx, base)
  return { plan: planOf(ctx, read, release), sha: read.sha }
}

/**
 * The edits the train would write now for each open train PR: a promotion's
 * region edits from this release's plan, a rollback's image pin from the plan
 * of its target version, both from the same read of the default branch.
 */
function expectedEdits(
  ctx: TrainContext,
  read: BaseRead,
  planned: Plan,
  own: readonly TrainPull[]
): Map<number, FileEdit[]> {
  const expected = new Map<number, FileEdit[]>()
  // The marker here is the trusted one: read from the PR's branch and the toolkit's commits, never its body alone.
  for (const { pull, marker } of own) {
    if (pull.state !== 'open') continue
    let region: Plan['regions'][number] | undefined
    if (marker.kind === 'promotion') region = planned.regions.find(r => r.name === marker.region)
    else {
      const target = parseRelease(marker.to ?? '', ctx.service.image)
      if (!('error' in target))
        region = imageOnly(
          planOf(ctx, read, target).regions.find(r => r.name === marker.region) ?? {
            ...planned.regions[0]!,
            edits: []
          }
        )
    }
    expected.set(
      pull.number,
      (region?.edits ?? []).map(e => ({ path: e.path, content: e.content }))
    )
  }
  return expected
}

/**
 * Every branch the train of `release` can open a PR on: per region, its
 * promotion and its rollback and, when routing shifts weight, a step per
 * later wave. Observation reads closed PRs on these by name, so a PR of
 * this train closed or merged before its label was set is still seen.
 */
function releaseBranches(service: Service, release: string): string[] {
  const steps = service.routing?.shift === undefined ? 0 : service.train.waves.length - 1
  return service.regions.flatMap(region => [
    branchName('promotion', service.name, region, release),
    branchName('rollback', service.name, region, release),
    ...Array.from({ length: steps }, (_, i) =>
      branchName('promotion', service.name, region, release, i + 1)
    )
  ])
}

async function snapshot(
  ctx: TrainContext,
  release: Release,
  base: string,
  botLogin: string
): Promise<{ snap: Snapshot; read: BaseRead }> {
  const [read, pulls] = await Promise.all([
    readBase(ctx, base),
    ctx.github.trainPulls(ctx.service.name, releaseBranches(ctx.service, release.ref))
  ])
  const planned = planOf(ctx, read, release)
  await readRecoveryCommits(ctx, pulls, release.ref, botLogin)
  const own = trainPulls({ pulls, service: ctx.service, botLogin })
  // An open rollback's gate depends on whether its region ran the target before.
  const rollingBack = new Set(
    own
      .filter(p => p.pull.state === 'open' && p.marker.kind === 'rollback')
      .map(p => p.marker.region)
  )
  const history = new Map<string, Set<string>>()
  for (const region of rollingBack) history.set(region, await regionHistory(ctx, base, region, own))
  const snap: Snapshot = {
    history,
    now: ctx.clock.now(),
    service: ctx.service,
    platform: ctx.platform,
    release: release.ref,
    plan: planned,
    pulls,
    botLogin,
    mergeMode: ctx.mergeMode,
    expectedEdits: expectedEdits(ctx, read, planned, own)
  }
  return { snap, read }
}

/** Outcomes after which the train rolls regions back. */
const FAILING_OUTCOMES = new Set(['degraded', 'failed', 'timeout'])

/**
 * Once a promotion of this release has failed, the branch commits of its
 * merged promotions are read (only then: a healthy train never pays for
 * it), so the version each region goes back to is what the toolkit's own
 * commit stated (Multiregion-From), not the body's copy.
 */
async function readRecoveryCommits(
  ctx: TrainContext,
  pulls: PullSnapshot[],
  release: string,
  botLogin: string
): Promise<void> {
  const merged = trainPulls({ pulls, service: ctx.service, botLogin }).filter(
    p =>
      p.pull.merged &&
      p.marker.kind === 'promotion' &&
      p.marker.step === undefined &&
      canonicalRelease(p.marker.release, ctx.service.image) === release
  )
  if (
    !merged.some(
      p => FAILING_OUTCOMES.has(p.marker.outcome ?? '') || p.marker.bake?.outcome === 'fail'
    )
  )
    return
  await Promise.all(
    merged.map(async p => {
      p.pull.commits = await ctx.github.pullCommits(p.pull.number)
    })
  )
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

/**
 * Opens (or finds) the PR of one region: one commit on a deterministic
 * branch, built on `parent` (the commit the plan read), then one PR. Returns
 * undefined, having written nothing, when the base moved past `parent`: the
 * caller plans again. If GitHub refuses the PR, the branch is deleted again,
 * so no branch without a PR is left behind.
 */
async function openPr(
  ctx: TrainContext,
  base: string,
  parent: string,
  kind: PrKind,
  regionPlan: Plan['regions'][number],
  target: Plan,
  marker: Marker
): Promise<number | undefined> {
  const branch = branchName(kind, ctx.service.name, regionPlan.name, marker.release, marker.step)
  const title = prTitle(
    kind,
    ctx.service.name,
    regionPlan.name,
    marker.to,
    marker.release,
    marker.step
  )
  // The trailers are what the train later trusts about this PR, from the toolkit's own signed commit.
  const message = commitMessage(title, {
    kind,
    service: ctx.service.name,
    region: regionPlan.name,
    release: marker.release,
    to: marker.to,
    ...(marker.from === null ? {} : { from: marker.from }),
    ...(marker.step === undefined ? {} : { step: marker.step })
  })
  // A file edited twice (the kustomization: image pin, then resources) is committed as its last edit.
  const files = [
    ...new Map(regionPlan.edits.map(e => [e.path, { path: e.path, content: e.content }])).values()
  ]
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
    labels: trainLabels(ctx)
  })
  if (proposed) return 'baseMoved' in proposed ? undefined : proposed.number
  const commit = await ctx.github.commitFiles({ base, parent, branch, message, files })
  if (commit.baseMoved) return undefined
  // A conflict wrote nothing on a branch someone else pushed to: the PR opens on their commit, which
  // makes it untrusted, and the next round puts the branch back to the train's edits.
  const existing = await ctx.github.findOpenPull(branch)
  // Found by its branch: a run may have died before labelling it, which hides it from the train.
  if (existing) {
    await ctx.github.addLabels(existing.number, trainLabels(ctx))
    return existing.number
  }
  try {
    const opened = await ctx.github.openPull({
      head: branch,
      base,
      title,
      body,
      labels: trainLabels(ctx)
    })
    return opened.number
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 403 || status === 404) await ctx.github.deleteBranch(branch)
    throw error
  }
}

const BASE_MOVED =
  'the default branch moved while the train planned; planning again from its new head'

async function act(
  ctx: TrainContext,
  snap: Snapshot,
  read: BaseRead,
  observed: Observed,
  base: string,
  action: Action,
  refused: Map<string, string>
): Promise<string | undefined> {
  const now = ctx.clock.now()
  switch (action.type) {
    case 'open-promotion': {
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
      const number = await openPr(ctx, base, read.sha, 'promotion', region, snap.plan, marker)
      if (number === undefined) return `${region.name}: ${BASE_MOVED}`
      return `opened ${action.step === undefined ? 'promotion' : `weight step ${action.step}`} PR #${number} for ${region.name}`
    }
    case 'open-rollback': {
      const target = planOf(ctx, read, releaseOf(action.to, ctx.service))
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
      const number = await openPr(ctx, base, read.sha, 'rollback', region, target, marker)
      if (number === undefined) return `${region.name}: ${BASE_MOVED}`
      return `opened rollback PR #${number} for ${region.name} to ${action.to}`
    }
    case 'rebuild-branch': {
      // Once per run: a person pushing again meanwhile is answered by the next run.
      refused.set(
        onceKey('rebuild-branch', action.pr),
        `PR #${action.pr}'s branch was put back to the train's edits in this run; its new head needs fresh approvals`
      )
      const own = trainPulls(snap).find(p => p.pull.number === action.pr)
      const files = snap.expectedEdits?.get(action.pr)
      if (!own || !files || files.length === 0) return undefined
      const { marker } = own
      // What the commit states comes from the plan (a promotion) or the toolkit's own commit (a rollback), never the PR body.
      const to =
        marker.kind === 'rollback'
          ? own.facts?.to
          : snap.plan.regions.find(r => r.name === marker.region)?.target
      if (to === undefined) return undefined
      const from =
        marker.kind === 'rollback'
          ? own.facts?.from
          : (snap.plan.regions.find(r => r.name === marker.region)?.current ?? undefined)
      const result = await ctx.github.replaceBranch({
        base,
        parent: read.sha,
        branch: own.pull.headRef,
        message: commitMessage(
          prTitle(marker.kind, ctx.service.name, marker.region, to, marker.release, marker.step),
          {
            kind: marker.kind,
            service: ctx.service.name,
            region: marker.region,
            release: marker.release,
            to,
            ...(from === undefined ? {} : { from }),
            ...(marker.step === undefined ? {} : { step: marker.step })
          }
        ),
        files: [...files]
      })
      if (result.baseMoved) {
        refused.delete(onceKey('rebuild-branch', action.pr))
        return `${action.region}: ${BASE_MOVED}`
      }
      return `put PR #${action.pr}'s branch for ${action.region} back to the train's edits on the default branch's head (${action.reason}); its new head needs fresh approvals`
    }
    case 'close-promotion': {
      // Auto-merge off first, so the PR cannot merge between our look and the close.
      await ctx.github.disableAutoMerge(action.pr)
      await ctx.github.closePull(
        action.pr,
        `Closed by the train: ${action.reason}. ${snap.release} is recorded as a bad release, so this promotion must not merge; a person clears the ${LABELS.bad} label to promote it again.`
      )
      return `closed promotion PR #${action.pr} for ${action.region}: ${action.reason}`
    }
    case 'merge': {
      const pull = pullOf(snap, action.pr)
      const result = await ctx.github.merge(action.pr, action.sha)
      if (!result.merged) {
        // Once per run: GitHub says why (protection, a moved head); the next run tries again.
        refused.set(
          onceKey('merge', action.pr),
          `GitHub refused to merge PR #${action.pr}: ${result.reason}. The next run tries again.`
        )
        return `PR #${action.pr} was not merged: ${result.reason}`
      }
      // The record starts at the merge, from what the train saw: nothing the body said about progress is carried over.
      await updateMarker(ctx, pull, m => ({
        ...m,
        mergeCommit: result.sha,
        outcome: null,
        times: {
          ...(m.times.opened === undefined ? {} : { opened: m.times.opened }),
          approved: m.times.approved ?? now,
          merged: now
        }
      }))
      return `merged ${action.kind} PR #${action.pr} for ${action.region}`
    }
    case 'enable-auto-merge': {
      await ctx.github.enableAutoMerge(action.pr, action.sha)
      // Once per run, like a merge: if GitHub neither merged nor queued it, the next run looks again.
      refused.set(
        onceKey('merge', action.pr),
        `PR #${action.pr} was handed to auto-merge in this run; GitHub merges it once its rules pass`
      )
      await updateMarker(ctx, pullOf(snap, action.pr), m => ({
        ...m,
        times: { ...m.times, approved: m.times.approved ?? now }
      }))
      return `enabled auto-merge on PR #${action.pr} for ${action.region}`
    }
    case 'wait-health':
      return (await waitHealth(ctx, snap, base, action, refused)).line
    case 'record-bad-release': {
      const failed = observed.regions.filter(
        r =>
          r.promotion?.state === 'merged' &&
          (r.promotion.marker.outcome !== 'healthy' || r.promotion.marker.bake?.outcome === 'fail')
      )
      for (const r of failed)
        await ctx.github.addLabels(r.promotion!.number, [LABELS.bad, ...trainLabels(ctx)])
      return `recorded ${snap.release} as a bad release: ${action.reason}`
    }
    case 'evaluate-checks': {
      const results = await evaluateChecks(ctx, action.region)
      const outcome = bakeVerdict(results)
      await updateMarker(ctx, pullOf(snap, action.pr), m => ({ ...m, bake: { outcome, results } }))
      return `${action.region}: metric checks ${outcome} at the end of its bake (${results
        .map(r => `${r.check} ${r.outcome}: ${r.detail}`)
        .join('; ')})`
    }
    case 'halt':
    case 'wait':
      return undefined
  }
}

/** The service's metric checks, each queried against the region's Prometheus; a region the platform gives none is inconclusive. */
async function evaluateChecks(ctx: TrainContext, region: string): Promise<CheckResult[]> {
  const url = ctx.platform.regions[region]?.prometheus?.url
  return Promise.all(
    (ctx.service.train.checks ?? []).map(async check =>
      judge(
        check,
        url === undefined
          ? {
              kind: 'unavailable',
              reason: `the platform names no Prometheus for ${region} (regions.${region}.prometheus.url)`
            }
          : await instantQuery(url, regionQuery(check, region))
      )
    )
  )
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
  base: string,
  action: Extract<Action, { type: 'wait-health' }>,
  refused: Map<string, string>,
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
    await ctx.github.setDeploymentStatus(deployment.id, 'error', `wait stopped: ${why}`)
    return { line: `${action.region}: wait stopped, ${why}` }
  }
  if ('held' in result) return held(ctx, snap, action, deployment.id, result, refused)
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
  refused: Map<string, string>
): Promise<{ line: string }> {
  await ctx.github.setDeploymentStatus(
    deployment,
    result.held === 'setup' ? 'error' : 'in_progress',
    result.detail
  )
  const at = ctx.clock.now()
  await updateMarker(ctx, pullOf(snap, action.pr), m => ({
    ...m,
    mergeCommit: action.revision,
    times: { ...m.times, merged: m.times.merged ?? at, resumed: at }
  }))
  const reason =
    result.held === 'setup' ? `blocked: ${result.detail}` : `waiting for Argo CD: ${result.detail}`
  refused.set(onceKey('wait-health', action.pr), reason)
  return { line: `${action.region}: held, ${result.detail}` }
}

/**
 * The waits of one wave, side by side: a region that goes Degraded, fails
 * its sync or times out stops its siblings' waits at once, so the train
 * recovers in the next round instead of after the slowest sibling.
 */
async function waitWave(
  ctx: TrainContext,
  snap: Snapshot,
  base: string,
  waits: Extract<Action, { type: 'wait-health' }>[],
  refused: Map<string, string>
): Promise<string[]> {
  const stop = new AbortController()
  const lines: string[] = []
  const settled = await Promise.allSettled(
    waits.map(async action => {
      try {
        const { line, outcome } = await waitHealth(ctx, snap, base, action, refused, stop.signal)
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
 * After a person has checked Argo CD: waits that ended with it unreachable,
 * and merged PRs whose body a person edited, wait again, with a whole
 * timeout from now. Other outcomes are final.
 */
async function resumeUnreachable(
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
  if (options.resume) done.push(...(await resumeUnreachable(ctx, release.ref, botLogin)))
  const refused = new Map<string, string>()
  for (let round = 0; ; round++) {
    const { snap, read } = await snapshot(ctx, release, base, botLogin)
    done.push(...(await labelFoundByBranch(ctx, snap)))
    const observed = toObserved(snap)
    const decision = afterRefusals(decide(observed), refused)
    const work = decision.actions.filter(a => WORK.has(a.type))
    if (work.length === 0 || round >= MAX_ROUNDS) return { observed, decision, done }
    // Writes first, in order; then the wave's waits, side by side.
    for (const action of work.filter(a => a.type !== 'wait-health')) {
      const line = await act(ctx, snap, read, observed, base, action, refused)
      if (line) done.push(line)
    }
    const waits = work.filter(a => a.type === 'wait-health')
    if (waits.length > 0) done.push(...(await waitWave(ctx, snap, base, waits, refused)))
  }
}

type OnceType = 'merge' | 'enable-auto-merge' | 'rebuild-branch' | 'wait-health' | 'open-promotion'

/**
 * One try per run: merging a PR (directly or by auto-merge) is one try,
 * putting its branch back another, a wait that was held another, opening a
 * region's PR (a promotion or weight step) that its Application blocked another.
 */
function onceKey(type: OnceType, id: number | string): string {
  const kind =
    type === 'rebuild-branch'
      ? 'rebuild'
      : type === 'wait-health'
        ? 'wait'
        : type === 'open-promotion'
          ? 'open'
          : 'merge'
  return `${kind}:${id}`
}

function openKey(action: { region: string; step?: number }): string {
  return `${action.region}#${action.step ?? 0}`
}

/** The key a refusable action is looked up by, or undefined for actions that are always tried. */
function refusalKey(action: Action): string | undefined {
  switch (action.type) {
    case 'merge':
    case 'enable-auto-merge':
    case 'rebuild-branch':
    case 'wait-health':
      return onceKey(action.type, action.pr)
    case 'open-promotion':
      return onceKey(action.type, openKey(action))
    default:
      return undefined
  }
}

/**
 * A merge GitHub refused in this run, or a PR already handed to auto-merge,
 * is not tried again in the same run (a refusal does not change between
 * rounds seconds apart), and neither is a region whose Application blocked
 * its PR or held its wait: each becomes a wait with the reason, and the next
 * run tries once more.
 */
function afterRefusals(decision: Decision, refused: ReadonlyMap<string, string>): Decision {
  if (refused.size === 0) return decision
  const actions = decision.actions.map<Action>(a => {
    const key = refusalKey(a)
    const reason = key === undefined ? undefined : refused.get(key)
    return reason === undefined || !('region' in a) ? a : { type: 'wait', region: a.region, reason }
  })
  const waiting = decision.state === 'running' && actions.every(a => a.type === 'wait')
  return { state: waiting ? 'waiting' : decision.state, actions }
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
  const newerTrains = others.filter(p => newer(p.marker.release, release.ref))
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
    await ctx.github.addLabels(pull.number, [LABELS.superseded, ...trainLabels(ctx)])
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
    number = await openPr(ctx, base, sha, 'promotion', regionPlan, target, marker)
    if (number === undefined) return `${region}: ${BASE_MOVED}; run skip again`
  }
  await ctx.github.addLabels(number, [LABELS.skipped, ...trainLabels(ctx)])
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
  const observed = toObserved((await snapshot(ctx, release, base, botLogin)).snap)
  return { observed, decision: decide(observed), done: [] }
}

/**
 * The train a reconcile run without --release continues: the release of the
 * service's newest promotion PR, or, when there is none, of its newest
 * rollback still in progress (a rollback opened by hand outside any train).
 */
export async function latestRelease(ctx: TrainContext): Promise<string | undefined> {
  const { pulls } = await ownPulls(ctx, await ctx.github.botLogin())
  const promotion = pulls.find(p => p.marker.kind === 'promotion')
  const rollback = pulls.find(
    p => p.marker.kind === 'rollback' && (p.pull.state === 'open' || p.marker.outcome === null)
  )
  return (promotion ?? rollback)?.marker.release
}

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
  if (current !== null && newer(version, current))
    throw new TrainRefusal(
      `${version} is newer than ${current}, which ${region} runs: that is a promotion, not a rollback. Start a train with multiregion promote --release ${version}.`
    )
  const ranBefore = (await regionHistory(ctx, base, region, pulls)).has(version)
  const approvals = ranBefore ? ctx.platform.rollbackApprovals : regionPlan.approvals
  const marker: Marker = {
    v: 1,
    kind: 'rollback',
    service: name,
    region,
    // The release it undoes: what the region runs now.
    release: current ?? last?.marker.release ?? version,
    wave: regionPlan.wave,
    from: regionPlan.current,
    to: version,
    approvals,
    times: { opened: ctx.clock.now() },
    outcome: null
  }
  const number = await openPr(ctx, base, sha, 'rollback', regionPlan, target, marker)
  if (number === undefined) return `${region}: ${BASE_MOVED}; run rollback again`
  const gate = ranBefore
    ? ''
    : `; ${region} never ran ${version}, so it needs ${approvals} approvals, as a promotion there does`
  return `opened rollback PR #${number} for ${region} to ${version}${gate}`
}
