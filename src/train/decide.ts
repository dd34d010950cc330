import type { TrainSettings } from '../manifest/model.js'
import type { GateResult } from './gates.js'
import type { HealthOutcome, Marker, PrKind } from './marker.js'

/** A train PR as observed in GitHub, with its gate already evaluated. */
export interface ObservedPr {
  number: number
  state: 'open' | 'closed' | 'merged'
  headSha: string
  /** The commit on the base branch that Argo CD must sync, once merged. */
  mergeSha?: string
  mergedAt?: number
  gate: GateResult
  checks: 'success' | 'pending' | 'failure'
  autoMerge: boolean
  marker: Marker
  /** Why the train must not merge this PR: someone edited its marker or pushed to its branch, or its target is bad. */
  untrusted?: string
  /** An open PR whose head is not exactly the edits the train would write now: what differs. It never merges. */
  drift?: string
  /** Someone other than the toolkit last edited its body, so the outcome its marker shows is not the train's record. */
  editedBy?: string
  /**
   * GitHub drops approvals a later push makes stale on its base (a ruleset
   * dismisses them or asks for approval of the most recent push): only then
   * can auto-merge not merge a push made after the gate was checked.
   */
  autoMergeSafe?: boolean
  /** Its branch is to be put back to the planned edits on the current base (see toObserved): its problems are all on the branch. */
  rebuild?: boolean
  /**
   * The version the region ran before, as the toolkit's own commit on the
   * branch states it (Multiregion-From), read when a failure may roll it
   * back; never the body's copy, which a person can edit.
   */
  from?: string
}

/** One region of the train, as GitHub and the plan show it now. */
export interface ObservedRegion {
  region: string
  wave: number
  /** From this release's plan: promote (files change), current (already there) or blocked (a finding). */
  planned: 'promote' | 'current' | 'blocked'
  /** The version the region runs now (on the default branch), canonical. */
  current?: string | null
  promotion?: ObservedPr
  rollback?: ObservedPr
  /** A person chose to leave this region out of this train; it can be promoted later. */
  skipped: boolean
  /** A newer release's train took over this region. */
  superseded?: boolean
  /** A weighted-shift step of the region (see Marker.step), gated and waited on like a promotion. */
  step?: number
}

export interface Observed {
  now: number
  service: string
  release: string
  train: TrainSettings
  regions: readonly ObservedRegion[]
  /** Releases that failed a train and that no person has cleared since. */
  badReleases: ReadonlySet<string>
  /** `auto-merge` when the environments repository merges through auto-merge or a merge queue. */
  mergeMode: 'merge' | 'auto-merge'
}

export type Action =
  | { type: 'open-promotion'; region: string; wave: number; step?: number }
  | { type: 'merge'; kind: PrKind; region: string; pr: number; sha: string }
  | { type: 'enable-auto-merge'; kind: PrKind; region: string; pr: number; sha: string }
  | { type: 'rebuild-branch'; kind: PrKind; region: string; pr: number; reason: string }
  | {
      type: 'wait-health'
      kind: PrKind
      region: string
      pr: number
      revision: string
      deadline: number
    }
  | { type: 'open-rollback'; region: string; wave: number; to: string; reason: string }
  | { type: 'close-promotion'; region: string; pr: number; reason: string }
  | { type: 'record-bad-release'; reason: string }
  | { type: 'halt'; reason: string }
  | { type: 'wait'; region?: string; until?: number; reason: string }
  /** The region's bake has ended: run its metric checks against its Prometheus and record the verdict on its PR. */
  | { type: 'evaluate-checks'; region: string; pr: number }

export type TrainState = 'running' | 'waiting' | 'halted' | 'refused' | 'done'

export interface Decision {
  state: TrainState
  actions: Action[]
}

/**
 * Argo CD's controller re-compares every app with git this often by itself
 * (timeout.reconciliation, 120 s by default, plus jitter): the least time in
 * which an app can be seen to pick up a merge without a refresh.
 */
export const RESYNC_MS = 120_000

const FAILED: ReadonlySet<HealthOutcome | null> = new Set(['degraded', 'failed', 'timeout'])

/**
 * A region is done with this train when its promotion is healthy, when a
 * person skipped it, or when it needed no promotion. Once this train's PR
 * merges, the plan sees the region as current too, so the PR decides first.
 */
function isComplete(o: Observed, r: ObservedRegion): boolean {
  if (r.skipped) return true
  if (r.promotion)
    return (
      r.promotion.state === 'merged' &&
      r.promotion.marker.outcome === 'healthy' &&
      (!bakeChecked(o, r) || r.promotion.marker.bake?.outcome === 'pass')
    )
  return r.planned === 'current'
}

/** A promotion whose bake the metric checks decide (a weight step only shifts traffic: its region's promotion baked). */
function bakeChecked(o: Observed, r: ObservedRegion): boolean {
  return (o.train.checks?.length ?? 0) > 0 && r.step === undefined
}

/** A merged promotion that failed: Argo CD reported it unhealthy, or its metric checks failed when its bake ended. */
function hasFailed(r: ObservedRegion): boolean {
  const m = r.promotion?.state === 'merged' ? r.promotion.marker : undefined
  return m !== undefined && (FAILED.has(m.outcome) || m.bake?.outcome === 'fail')
}

function failure(r: ObservedRegion): string {
  const m = r.promotion!.marker
  if (m.bake?.outcome !== 'fail') return `${r.region} (${m.outcome})`
  const failed = m.bake.results.filter(c => c.outcome === 'fail')
  return `${r.region} (metric checks failed: ${failed.map(c => `${c.check} ${c.detail}`).join('; ')})`
}

/**
 * A healthy promotion whose metric checks have no verdict yet: wait for its
 * bake to end, then have them evaluated. Undefined once they have one.
 */
function bakeStep(o: Observed, r: ObservedRegion, pr: ObservedPr): Action | undefined {
  if (pr.state !== 'merged' || pr.marker.outcome !== 'healthy' || !bakeChecked(o, r)) return
  if (pr.marker.bake !== undefined) return
  const bakedAt = (pr.marker.times.healthy ?? o.now) + o.train.bakeSeconds * 1000
  if (o.now < bakedAt)
    return {
      type: 'wait',
      region: r.region,
      until: bakedAt,
      reason: `${r.region} bakes ${o.train.bakeSeconds}s before its metric checks decide it`
    }
  return { type: 'evaluate-checks', region: r.region, pr: pr.number }
}

/** Later waves first; within a wave, the reverse of the manifest's order. */
function reverseWaveOrder(regions: readonly ObservedRegion[]): ObservedRegion[] {
  return regions
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.wave - a.r.wave || b.i - a.i)
    .map(x => x.r)
}

/** What to do with an open or merged PR whose gate decides the next step. */
function advancePr(o: Observed, r: ObservedRegion, pr: ObservedPr, kind: PrKind): Action {
  if (pr.state === 'merged') {
    // A resumed wait (after Argo CD was unreachable) gets a whole timeout again, and so does a held
    // one, counted from the run that finds the hold gone.
    const mergedAt =
      pr.marker.held !== undefined
        ? o.now
        : (pr.marker.times.resumed ?? pr.marker.times.merged ?? pr.mergedAt ?? o.now)
    if (!pr.mergeSha)
      return {
        type: 'wait',
        region: r.region,
        reason: `PR #${pr.number} is merged; waiting for GitHub to report its merge commit`
      }
    return {
      type: 'wait-health',
      kind,
      region: r.region,
      pr: pr.number,
      revision: pr.mergeSha,
      // A wait that starts past its deadline (a killed run, a late timer) still gets one controller
      // resync period: one look at a mid-sync app is no verdict on the release.
      deadline: Math.max(mergedAt + o.train.timeoutSeconds * 1000, o.now + RESYNC_MS)
    }
  }
  if (pr.rebuild)
    return {
      type: 'rebuild-branch',
      kind,
      region: r.region,
      pr: pr.number,
      reason: [pr.untrusted, pr.drift === undefined ? undefined : `its head: ${pr.drift}`]
        .filter(Boolean)
        .join('; ')
    }
  if (pr.untrusted) {
    // Every reason at once, so whoever cleans up sees all that is wrong with the PR.
    const also = [...(pr.drift !== undefined ? [`its head: ${pr.drift}`] : []), ...pr.gate.notes]
    return {
      type: 'wait',
      region: r.region,
      reason: `warning: PR #${pr.number} is never merged by the train: ${pr.untrusted}${also.length > 0 ? `; ${also.join('; ')}` : ''} (it has ${pr.gate.approvals} of ${pr.gate.required} approvals on its head commit). Undo the change (a PR body's earlier text is in its edit history), or close it: a closed PR halts the train for a person to decide.`
    }
  }
  if (pr.drift !== undefined)
    return {
      type: 'wait',
      region: r.region,
      reason: `PR #${pr.number} does not hold exactly the edits the train plans for ${r.region} (${pr.drift}); it is never merged like this. Closing it aborts ${r.region} and halts the train for a person to decide.`
    }
  if (!pr.gate.met) {
    const notes = pr.gate.notes.length > 0 ? ` (${pr.gate.notes.join('; ')})` : ''
    return {
      type: 'wait',
      region: r.region,
      reason: `PR #${pr.number} has ${pr.gate.approvals} of ${pr.gate.required} approvals on its head commit${notes}`
    }
  }
  if (pr.checks !== 'success') {
    return {
      type: 'wait',
      region: r.region,
      reason: `PR #${pr.number}'s required checks are ${pr.checks === 'failure' ? 'failing' : 'not finished'}`
    }
  }
  // Auto-merge is armed for one head, but GitHub merges whatever head its rules let through later:
  // where those rules keep stale approvals, the train merges the head it gated itself.
  if (o.mergeMode === 'auto-merge' && pr.autoMergeSafe) {
    return pr.autoMerge
      ? {
          type: 'wait',
          region: r.region,
          reason: `PR #${pr.number} is approved; auto-merge or the merge queue will merge it`
        }
      : { type: 'enable-auto-merge', kind, region: r.region, pr: pr.number, sha: pr.headSha }
  }
  return { type: 'merge', kind, region: r.region, pr: pr.number, sha: pr.headSha }
}

/**
 * Advances rollback PRs, later waves first: each region's rollback is opened
 * if missing, and merged only once every later wave's rollback is done.
 */
function rollBack(o: Observed, targets: readonly ObservedRegion[], why: string): Action[] {
  const actions: Action[] = []
  let blockedByEarlier = false
  for (const r of targets) {
    // Where the region goes back to is what the toolkit's commit stated; the body's `from` is a person's to edit.
    const from = r.promotion?.from ?? null
    if (!r.rollback) {
      // Already back on the version before (a person restored it): nothing to roll back.
      if (from !== null && r.current === from) continue
      if (from === null) {
        actions.push({
          type: 'halt',
          reason: `${r.region} cannot be rolled back: the version before ${o.release} is unknown. Roll it back by hand with multiregion rollback --region ${r.region} --to <version>.`
        })
        continue
      }
      actions.push({
        type: 'open-rollback',
        region: r.region,
        wave: r.wave,
        to: from,
        reason: why
      })
      blockedByEarlier = true
      continue
    }
    const rb = r.rollback
    if (rb.state === 'closed') {
      actions.push({
        type: 'halt',
        reason: `rollback PR #${rb.number} for ${r.region} was closed without merge; a person must decide what ${r.region} runs`
      })
      blockedByEarlier = true
      continue
    }
    if (rb.state === 'merged' && rb.marker.outcome === 'healthy') continue
    if (rb.state === 'merged' && rb.marker.outcome !== null) {
      actions.push({
        type: 'halt',
        reason: `rollback of ${r.region} to ${rb.marker.to} ended ${rb.marker.outcome}; rollbacks are never rolled back, so a person must take over`
      })
      blockedByEarlier = true
      continue
    }
    if (blockedByEarlier) {
      actions.push({
        type: 'wait',
        region: r.region,
        reason: `rollback PR #${rb.number} waits for the later waves' rollbacks`
      })
      continue
    }
    actions.push(advancePr(o, r, rb, 'rollback'))
    blockedByEarlier = true
  }
  return actions
}

/**
 * After a failure: record the release as bad, then roll back (the failed
 * region, and with onFailure rollback every region this train promoted) in
 * reverse wave order. Rollback PRs are opened together but merged one at a
 * time, later waves first. A rollback is never rolled back: if one fails, the
 * train halts for a person.
 */
function recover(o: Observed, failed: readonly ObservedRegion[]): Decision {
  const actions: Action[] = []
  const names = failed.map(failure).join(', ')
  if (!o.badReleases.has(o.release))
    actions.push({ type: 'record-bad-release', reason: `${o.release} failed in ${names}` })
  // A region is rolled back once, through its promotion (a failed weight step rolls back its region).
  // Promotions of the bad release still open must not merge: close them (auto-merge off first).
  for (const r of o.regions)
    if (r.promotion?.state === 'open')
      actions.push({
        type: 'close-promotion',
        region: r.region,
        pr: r.promotion.number,
        reason: `${o.release} failed in ${names}`
      })
  const failedRegions = new Set(failed.map(r => r.region))
  const targets = reverseWaveOrder(
    o.regions.filter(
      r =>
        r.step === undefined &&
        (failedRegions.has(r.region) ||
          (o.train.onFailure === 'rollback' && r.promotion?.state === 'merged'))
    )
  )
  if (o.train.onFailure === 'halt' && targets.length === 0)
    return {
      state: 'halted',
      actions: [...actions, { type: 'halt', reason: `${o.release} failed in ${names}` }]
    }
  actions.push(...rollBack(o, targets, `${o.release} failed in ${names}`))
  if (!actions.some(a => a.type !== 'record-bad-release'))
    actions.push({
      type: 'halt',
      reason: `${o.release} failed in ${names}; every rollback is done`
    })
  return { state: 'halted', actions }
}

/**
 * The next steps of one train, from what GitHub and Argo CD show now. Pure:
 * the shell observes, calls this, carries out the actions and exits (or
 * observes again); a run killed at any point loses nothing.
 */
export function decide(o: Observed): Decision {
  const started = o.regions.some(r => r.promotion)
  if (o.badReleases.has(o.release) && !started) {
    return {
      state: 'refused',
      actions: [
        {
          type: 'halt',
          reason: `${o.release} is recorded as a bad release; a person must clear it before any train promotes it again`
        }
      ]
    }
  }
  // The outcome of a merged promotion is the train's record of Argo CD's answer: one a person edited is not.
  const edited = o.regions.filter(r => r.promotion?.state === 'merged' && r.promotion.editedBy)
  if (edited.length > 0)
    return {
      state: 'halted',
      actions: edited.map<Action>(r => ({
        type: 'halt',
        reason: `PR #${r.promotion!.number}'s body, where the train records what Argo CD reported for ${r.region}, was last edited by ${r.promotion!.editedBy}, not the toolkit; the train never goes on from an outcome a person can edit. Run multiregion reconcile --resume to have it ask Argo CD again.`
      }))
    }
  const failed = o.regions.filter(hasFailed)
  if (failed.length > 0) return recover(o, failed)
  // A person rolled regions back by hand: finish those rollbacks and promote nothing more.
  const manual = o.regions.filter(r => r.rollback)
  if (manual.length > 0) {
    const actions = rollBack(o, reverseWaveOrder(manual), 'a manual rollback')
    return {
      state: 'halted',
      actions:
        actions.length > 0
          ? actions
          : [
              {
                type: 'halt',
                reason: `${manual.map(r => r.region).join(', ')} rolled back by hand; ${o.release} promotes no further until a person starts a new train`
              }
            ]
    }
  }
  const halts: Action[] = []
  for (const r of o.regions) {
    const pr = r.promotion
    if (r.superseded) {
      halts.push({
        type: 'halt',
        reason: `a newer release's train took over ${r.region}; ${o.release} promotes no further`
      })
      continue
    }
    if (pr?.state === 'closed' && !r.skipped)
      halts.push({
        type: 'halt',
        reason: `promotion PR #${pr.number} for ${r.region} was closed without merge: ${r.region} is aborted and the train halts. Reopen the PR, or skip ${r.region} and promote it later.`
      })
    if (pr?.marker.outcome === 'unreachable')
      halts.push({
        type: 'halt',
        reason: `Argo CD could not be reached for ${r.region}, or did not have its Application, before the timeout; the train never promotes on unknown health. Check Argo CD (and the app name platform.yaml gives), then run multiregion reconcile --resume to wait again.`
      })
    const bake = pr?.state === 'merged' ? pr.marker.bake : undefined
    if (bake?.outcome === 'inconclusive')
      halts.push({
        type: 'halt',
        reason: `the metric checks of ${r.region} were inconclusive when its bake ended (${bake.results
          .filter(c => c.outcome === 'inconclusive')
          .map(c => `${c.check}: ${c.detail}`)
          .join(
            '; '
          )}); the train never promotes on checks that proved nothing. Fix the query or the region's Prometheus, then run multiregion reconcile --resume to check again.`
      })
  }
  if (halts.length > 0) return { state: 'halted', actions: halts }

  const waves = [...new Set(o.regions.map(r => r.wave))].sort((a, b) => a - b)
  const current = waves.find(w => o.regions.some(r => r.wave === w && !isComplete(o, r)))
  if (current === undefined) return { state: 'done', actions: [] }
  const inWave = o.regions.filter(r => r.wave === current && !isComplete(o, r))
  const blocked = inWave.filter(r => r.planned === 'blocked' && !r.promotion)
  if (blocked.length > 0) {
    return {
      state: 'halted',
      actions: blocked.map<Action>(r => ({
        type: 'halt',
        reason: `${r.region} cannot be promoted: the plan has an error finding for it (run multiregion plan to see it)`
      }))
    }
  }
  const earlier = o.regions.filter(
    r => r.wave < current && r.promotion?.marker.times.healthy !== undefined
  )
  const lastHealthy = Math.max(-Infinity, ...earlier.map(r => r.promotion!.marker.times.healthy!))
  const bakedAt = lastHealthy + o.train.bakeSeconds * 1000
  if (inWave.some(r => !r.promotion) && o.now < bakedAt) {
    return {
      state: 'waiting',
      actions: [
        {
          type: 'wait',
          until: bakedAt,
          reason: `wave ${current} opens after the previous wave has baked ${o.train.bakeSeconds}s`
        }
      ]
    }
  }
  const actions = inWave.map<Action>(r =>
    r.promotion
      ? (bakeStep(o, r, r.promotion) ?? advancePr(o, r, r.promotion, 'promotion'))
      : {
          type: 'open-promotion',
          region: r.region,
          wave: current,
          ...(r.step === undefined ? {} : { step: r.step })
        }
  )
  return { state: actions.every(a => a.type === 'wait') ? 'waiting' : 'running', actions }
}
