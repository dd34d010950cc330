import type { Platform, Service } from '../manifest/model.js'
import type { Plan } from '../schema/generated.js'
import type { Observed, ObservedPr, ObservedRegion } from './decide.js'
import { evaluateGate } from './gates.js'
import type { Review } from './gates.js'
import { decodeMarker } from './marker.js'
import type { Marker, PrKind } from './marker.js'

/** Labels with a meaning to the train, besides the service label every train PR carries. */
export const LABELS = {
  /** On a closed promotion PR: a person left the region out of this train; promote it later. */
  skipped: 'multiregion:skipped',
  /** On a failed promotion PR: its release is bad until a person removes the label. */
  bad: 'multiregion:bad-release',
  /** On a promotion PR closed because a newer release's train started: not an abort. */
  superseded: 'multiregion:superseded'
} as const

/** One pull request as the GitHub shell reads it, before any interpretation. */
export interface PullSnapshot {
  number: number
  state: 'open' | 'closed'
  merged: boolean
  mergedAt?: number
  mergeSha?: string
  headSha: string
  author: string
  labels: readonly string[]
  body: string
  autoMerge: boolean
  reviews: readonly Review[]
  /** Who pushed the head commit (its author's and committer's accounts); their approvals do not count. */
  lastPushers?: readonly string[]
  /** Open PRs: the paths the PR changes against its merge base (GitHub's "files changed"). */
  changedFiles?: readonly string[]
  /** Open PRs: the text of those files at headSha; absent when they could not be read at that sha. */
  headFiles?: ReadonlyMap<string, string>
  checks: 'success' | 'pending' | 'failure'
}

/** Everything one reconcile run reads, in one value. */
export interface Snapshot {
  now: number
  service: Service
  platform: Platform
  release: string
  /** The plan of this release against the environments repository's default branch. */
  plan: Plan
  pulls: readonly PullSnapshot[]
  botLogin: string
  mergeMode: 'merge' | 'auto-merge'
  /**
   * Per open train PR, the edits the train would write for it now (from the
   * same read of the default branch as `plan`). A PR's head must hold exactly
   * these to merge.
   */
  expectedEdits?: ReadonlyMap<number, readonly FileEdit[]>
}

export interface FileEdit {
  path: string
  content: string
}

/**
 * What keeps an open PR's head from being exactly `expected`: a file the
 * train does not edit, or a planned file whose text differs (a changed tag).
 * Undefined when it matches, or when the PR's files were not read.
 */
export function headDrift(
  pull: PullSnapshot,
  expected: readonly FileEdit[] | undefined
): string | undefined {
  if (pull.state !== 'open' || pull.changedFiles === undefined) return undefined
  if (expected === undefined || expected.length === 0) return 'the train plans no edit for it now'
  if (pull.headFiles === undefined)
    return 'its head moved while it was read, or it changes too many files'
  const want = new Map(expected.map(e => [e.path, e.content]))
  const extra = pull.changedFiles.filter(path => !want.has(path))
  const differs = [...want].filter(([path, text]) => pull.headFiles!.get(path) !== text)
  const problems = [
    ...(extra.length > 0 ? [`files the train does not edit: ${extra.join(', ')}`] : []),
    ...(differs.length > 0 ? [`not as planned: ${differs.map(([path]) => path).join(', ')}`] : [])
  ]
  return problems.length > 0 ? problems.join('; ') : undefined
}

interface Interpreted {
  pull: PullSnapshot
  marker: Marker
}

/** Train PRs of this service, newest first, with their markers; PRs whose marker was edited away are ignored. */
function trainPulls(snapshot: Snapshot): Interpreted[] {
  return snapshot.pulls
    .map(pull => ({ pull, marker: decodeMarker(pull.body) }))
    .filter(
      (p): p is Interpreted => p.marker !== undefined && p.marker.service === snapshot.service.name
    )
    .sort((a, b) => b.pull.number - a.pull.number)
}

function toObservedPr(
  p: Interpreted,
  required: number,
  botLogin: string,
  expected?: readonly FileEdit[]
): ObservedPr {
  const { pull, marker } = p
  const pr: ObservedPr = {
    number: pull.number,
    state: pull.merged ? 'merged' : pull.state,
    headSha: pull.headSha,
    gate: evaluateGate({
      reviews: pull.reviews,
      headSha: pull.headSha,
      prAuthor: pull.author,
      botLogin,
      required,
      lastPushers: pull.lastPushers ?? []
    }),
    checks: pull.checks,
    autoMerge: pull.autoMerge,
    marker
  }
  if (pull.mergeSha !== undefined) pr.mergeSha = pull.mergeSha
  if (pull.mergedAt !== undefined) pr.mergedAt = pull.mergedAt
  const drift = headDrift(pull, expected)
  if (drift !== undefined) pr.drift = drift
  return pr
}

/** The bad releases of a service: releases of PRs labelled bad that no person has cleared. */
export function badReleases(snapshot: Pick<Snapshot, 'pulls' | 'service'>): Set<string> {
  const bad = new Set<string>()
  for (const pull of snapshot.pulls) {
    const marker = decodeMarker(pull.body)
    if (marker?.service === snapshot.service.name && pull.labels.includes(LABELS.bad))
      bad.add(marker.release)
  }
  return bad
}

function closedWith(pull: PullSnapshot | undefined, label: string): boolean {
  return (
    pull !== undefined && pull.state === 'closed' && !pull.merged && pull.labels.includes(label)
  )
}

/** Image pins change what runs; every other edit of a region (DNS annotations, the route table) is routing. */
function routingOnly(planned: Snapshot['plan']['regions'][number]): boolean {
  return planned.edits.length > 0 && planned.edits.every(e => !/^images?[[.]/.test(e.field))
}

/**
 * Interprets a snapshot for decide(): per region, this release's promotion PR
 * and its rollback PR; and, for a region joining a weighted record set, its
 * weight steps, one per later wave (the plan of main always offers the next
 * step once the previous one has merged).
 */
export function toObserved(snapshot: Snapshot): Observed {
  const pulls = trainPulls(snapshot)
  const ofRelease = (kind: PrKind, region: string) =>
    pulls.filter(
      p =>
        p.marker.kind === kind &&
        p.marker.region === region &&
        p.marker.release === snapshot.release
    )
  const lastWave = Math.max(0, ...snapshot.plan.regions.map(r => r.wave))
  const regions = snapshot.plan.regions.flatMap<ObservedRegion>(planned => {
    const promotion = ofRelease('promotion', planned.name).find(p => p.marker.step === undefined)
    const rollback = ofRelease('rollback', planned.name)[0]
    const region: ObservedRegion = {
      region: planned.name,
      wave: planned.wave,
      planned: planned.action,
      skipped: closedWith(promotion?.pull, LABELS.skipped)
    }
    if (closedWith(promotion?.pull, LABELS.superseded)) region.superseded = true
    const expected = (p: Interpreted) => snapshot.expectedEdits?.get(p.pull.number)
    if (promotion)
      region.promotion = toObservedPr(
        promotion,
        planned.approvals,
        snapshot.botLogin,
        expected(promotion)
      )
    if (rollback)
      region.rollback = toObservedPr(
        rollback,
        snapshot.platform.rollbackApprovals,
        snapshot.botLogin,
        expected(rollback)
      )
    const steps = ofRelease('promotion', planned.name)
      .filter(p => p.marker.step !== undefined)
      .sort((a, b) => a.marker.step! - b.marker.step!)
      .map<ObservedRegion>(p => ({
        region: planned.name,
        wave: p.marker.wave,
        planned: 'promote',
        skipped: closedWith(p.pull, LABELS.skipped),
        step: p.marker.step!,
        promotion: toObservedPr(p, planned.approvals, snapshot.botLogin, expected(p))
      }))
    const healthy = (r: ObservedRegion) =>
      r.promotion?.state === 'merged' && r.promotion.marker.outcome === 'healthy'
    const next = steps.length + 1
    const due =
      snapshot.service.routing?.shift !== undefined &&
      healthy(region) &&
      steps.every(healthy) &&
      routingOnly(planned) &&
      planned.wave + next <= lastWave
    if (due)
      steps.push({
        region: planned.name,
        wave: planned.wave + next,
        planned: 'promote',
        skipped: false,
        step: next
      })
    return [region, ...steps]
  })
  return {
    now: snapshot.now,
    service: snapshot.service.name,
    release: snapshot.release,
    train: snapshot.service.train,
    regions,
    badReleases: badReleases(snapshot),
    mergeMode: snapshot.mergeMode
  }
}
