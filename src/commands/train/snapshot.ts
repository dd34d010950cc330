import { createHash } from 'node:crypto'
import { readPin } from '../../gitops/image-pin.js'
import { filesToRead, regionLayout } from '../../gitops/layout.js'
import type { Release } from '../../plan/release.js'
import type { Plan } from '../../schema/generated.js'
import { expectedEdits, planFor } from '../../train/edits.js'
import type { BaseRead } from '../../train/edits.js'
import { canonicalRelease, parseBranch, releaseBranches } from '../../train/names.js'
import { trainPulls } from '../../train/observe.js'
import type { PullSnapshot, Snapshot, TrainPull } from '../../train/observe.js'
import { FAILING_OUTCOMES } from './context.js'
import type { TrainContext } from './context.js'

/** How many of the default branch's newest commits are read to tell which versions a region ran. */
const HISTORY_DEPTH = 100

/**
 * What a round of the train sees: the default branch's name and files read
 * from one commit, the service's train PRs, and from them the plan and the
 * edits each open PR should hold.
 */
export async function snapshot(
  ctx: TrainContext,
  release: Release,
  botLogin: string,
  plans?: Map<string, Plan>
): Promise<{ snap: Snapshot; read: BaseRead; pulls: PullSnapshot[]; base: string }> {
  const { base, read, pulls } = await ctx.github.observe(
    ctx.service.name,
    releaseBranches(ctx.service, release.ref),
    filesToRead(ctx.platform, ctx.service.name, ctx.service.regions),
    branch => regionFiles(ctx, branch)
  )
  return { ...(await snapshotOf(ctx, release, base, botLogin, read, pulls, plans)), pulls, base }
}

/** A plan's inputs that change within a run, as one key: the release and every file read, by content (a carried round predicts files, so the commit alone does not say what was read). */
function planKey(read: BaseRead, release: string): string {
  const hash = createHash('sha256').update(release)
  for (const [path, text] of [...read.files].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`\0${path}\0${text.length}\0`).update(text)
  return hash.digest('hex')
}

/** The files the train may edit for the region a train branch names (its folder's), or none. */
function regionFiles(ctx: TrainContext, branch: string): string[] {
  const region = parseBranch(branch)?.region
  if (region === undefined || !ctx.platform.regions[region]) return []
  const { folder, candidates } = regionLayout(ctx.platform, ctx.service.name, region)
  return filesToRead(ctx.platform, ctx.service.name, [region]).filter(
    path => path.startsWith(`${folder}/`) || candidates.includes(path)
  )
}

/**
 * A round's snapshot from the default branch's files and the train PRs,
 * as read from GitHub or as the last round's writes left them (carry.ts).
 */
export async function snapshotOf(
  ctx: TrainContext,
  release: Release,
  base: string,
  botLogin: string,
  read: BaseRead,
  pulls: PullSnapshot[],
  /** Plans this run already made, by what they read: a round after writes that left the default branch as it was plans nothing again. */
  plans?: Map<string, Plan>
): Promise<{ snap: Snapshot; read: BaseRead }> {
  const key = planKey(read, release.ref)
  const planned = plans?.get(key) ?? planFor(ctx.service, ctx.platform, read, release)
  plans?.set(key, planned)
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
    expectedEdits: expectedEdits(ctx.service, ctx.platform, read, planned, own)
  }
  return { snap, read }
}

/** The service's train PRs as the train trusts them (opened by the toolkit on its own branches). */
export async function ownPulls(
  ctx: TrainContext,
  botLogin: string,
  options?: { gates?: false }
): Promise<{ raw: PullSnapshot[]; pulls: TrainPull[] }> {
  const raw = await ctx.github.trainPulls(ctx.service.name, [], options)
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
export async function regionHistory(
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

export function readBase(ctx: TrainContext, base: string): Promise<BaseRead> {
  return ctx.github.readBranch(
    base,
    filesToRead(ctx.platform, ctx.service.name, ctx.service.regions)
  )
}

/** The plan of `release` from the default branch's head, and the commit it was made from. */
export async function planAt(
  ctx: TrainContext,
  base: string,
  release: Release
): Promise<{ plan: Plan; sha: string }> {
  const read = await readBase(ctx, base)
  return { plan: planFor(ctx.service, ctx.platform, read, release), sha: read.sha }
}

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
