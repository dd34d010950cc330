import type { Action } from '../../train/decide.js'
import { LABELS } from '../../train/observe.js'
import { onceKey } from '../../train/refusals.js'
import { pullOf } from './context.js'
import type { Round } from './context.js'
import { startedRecord, updateMarker } from './record.js'

/** Merges a PR whose gate passed, pinned to the sha the gate saw, and starts its record at the merge. */
export async function mergePr(
  { ctx, snap, refused }: Round,
  action: Extract<Action, { type: 'merge' }>
): Promise<string> {
  const result = await ctx.github.merge(action.pr, action.sha)
  if (!result.merged) {
    // Once per run: GitHub says why (protection, a moved head); the next run tries again.
    refused.set(
      onceKey('merge', action.pr),
      `GitHub refused to merge PR #${action.pr}: ${result.reason}. The next run tries again.`
    )
    return `PR #${action.pr} was not merged: ${result.reason}`
  }
  // The marker records the merge with the wait's first write (health.ts): one request for both;
  // until then GitHub's own merge time and commit stand in for it. A body someone else edited last
  // is rewritten now, so the wait goes on from the toolkit's own record.
  const pull = pullOf(snap, action.pr)
  const editor = pull.bodyEditor?.toLowerCase()
  if (editor !== undefined && editor !== snap.botLogin.toLowerCase())
    await updateMarker(ctx, pull, startedRecord(result.sha, ctx.clock.now()))
  return `merged ${action.kind} PR #${action.pr} for ${action.region}`
}

/** Hands a PR whose gate passed to GitHub's auto-merge (and the merge queue), once per run. */
export async function enableAutoMerge(
  { ctx, snap, refused }: Round,
  action: Extract<Action, { type: 'enable-auto-merge' }>
): Promise<string> {
  await ctx.github.enableAutoMerge(action.pr, action.sha)
  // Once per run, like a merge: if GitHub neither merged nor queued it, the next run looks again.
  refused.set(
    onceKey('merge', action.pr),
    `PR #${action.pr} was handed to auto-merge in this run; GitHub merges it once its rules pass`
  )
  const now = ctx.clock.now()
  await updateMarker(ctx, pullOf(snap, action.pr), m => ({
    ...m,
    times: { ...m.times, approved: m.times.approved ?? now }
  }))
  return `enabled auto-merge on PR #${action.pr} for ${action.region}`
}

/** Closes an open promotion of a release recorded bad, so it cannot merge. */
export async function closePromotion(
  { ctx, snap }: Round,
  action: Extract<Action, { type: 'close-promotion' }>
): Promise<string> {
  // Auto-merge off first, so the PR cannot merge between our look and the close.
  await ctx.github.disableAutoMerge(action.pr)
  await ctx.github.closePull(
    action.pr,
    `Closed by the train: ${action.reason}. ${snap.release} is recorded as a bad release, so this promotion must not merge; a person clears the ${LABELS.bad} label to promote it again.`
  )
  return `closed promotion PR #${action.pr} for ${action.region}: ${action.reason}`
}
