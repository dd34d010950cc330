import type { Platform, Service } from '../manifest/model.js'
import type { Plan } from '../schema/generated.js'
import type { Observed, ObservedPr, ObservedRegion } from './decide.js'
import { evaluateGate } from './gates.js'
import type { Review } from './gates.js'
import { decodeMarker, markerCount, readCommitFacts } from './marker.js'
import type { CommitFacts, Marker, PrKind } from './marker.js'
import { branchHolds, canonicalRelease, parseBranch } from './names.js'

/** Labels with a meaning to the train, besides the service label every train PR carries. */
export const LABELS = {
  /** On a closed promotion PR: a person left the region out of this train; promote it later. */
  skipped: 'multiregion:skipped',
  /** On a failed promotion PR: its release is bad until a person removes the label. */
  bad: 'multiregion:bad-release',
  /** On a promotion PR closed because a newer release's train started: not an abort. */
  superseded: 'multiregion:superseded',
  /**
   * On a merged PR whose Argo CD wait is held (a sync window, a setup error):
   * the fleet's look finds the service by it, however long the hold lasts.
   */
  held: 'multiregion:held'
} as const

/** One commit of a pull request's branch, as GitHub reports it. */
export interface PullCommit {
  sha: string
  /** The GitHub account GitHub attributes the commit to (null when it maps to none). */
  author: string | null
  /** The account GitHub links to the committer (`web-flow` for GitHub's own; null when none). */
  committer: string | null
  /** GitHub verified its signature, against the committer. */
  verified: boolean
  /** GitHub's `verification.reason` (`valid` when verified). */
  reason: string
  message: string
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * GitHub's own committer: the commits GitHub makes and signs with its own
 * key (API commits with no author or committer, web edits, merges) name
 * `GitHub <noreply@github.com>`, which GitHub links to this account.
 */
const WEB_FLOW = 'web-flow'

/**
 * Why GitHub does not vouch that `commit` is the toolkit's, or undefined
 * when it does. GitHub verifies a signature against the committer, and
 * attributes the author from an address anyone can type, so an author is
 * the toolkit's word only when GitHub itself committed and signed it:
 * committer web-flow, verified, reason `valid`. A writer can put the
 * toolkit's address as author and sign with their own key (verified, but
 * committer the writer), or type GitHub's address as committer (then their
 * key does not match it, or the commit is unsigned): neither passes.
 * https://docs.github.com/authentication/managing-commit-signature-verification/about-commit-signature-verification
 */
export function notVouched(commit: PullCommit, botLogin: string): string | undefined {
  if (!commit.author || !same(commit.author, botLogin)) return commit.author ?? 'an unknown author'
  if (!commit.verified || commit.reason !== 'valid')
    return `its author is the toolkit's address, but GitHub did not verify its signature (${commit.reason})`
  if (commit.committer !== WEB_FLOW)
    return `its author is the toolkit's address, but ${commit.committer ?? 'an address of no account'} committed and signed it, not GitHub`
  return undefined
}

/** One pull request as the GitHub shell reads it, before any interpretation. */
export interface PullSnapshot {
  number: number
  state: 'open' | 'closed'
  merged: boolean
  mergedAt?: number
  mergeSha?: string
  headSha: string
  /** The head branch: the train's PRs are on its deterministic branches. */
  headRef: string
  author: string
  /** The branch's commits, oldest first; read for open PRs, whose merge is still to decide. */
  commits?: readonly PullCommit[]
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
  /**
   * Open PRs: the approvals the base branch's rulesets require. The gate asks
   * for at least as many: a toolkit allowed to bypass a ruleset must still
   * not merge with fewer approvals than the repository's owners set.
   */
  rulesApprovals?: number
  /** Open PRs: the base branch's rulesets drop approvals a later push makes stale, so auto-merge is safe to use. */
  staleApprovalsDropped?: boolean
  /** Who last edited the body after it was opened, when GitHub says (GraphQL's PullRequest.editor). */
  bodyEditor?: string
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
   * The versions each region ran, from its image pin in the default
   * branch's first-parent history and the toolkit's own promotions that
   * merged healthy (canonical spellings); read for the regions with an open
   * rollback PR, whose gate depends on it.
   */
  history?: ReadonlyMap<string, ReadonlySet<string>>
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

/** A train PR as the train trusts it: who opened it and its branch say what it is, never its body. */
export interface TrainPull {
  pull: PullSnapshot
  marker: Marker
  /** What the toolkit's own commits on the branch state; only when they were read and all are the toolkit's. */
  facts?: CommitFacts
  /** Why the PR cannot be trusted (someone edited its marker or pushed to its branch). */
  untrusted?: string
  /** Every reason it is untrusted is a commit on its branch: putting the branch back makes it the toolkit's again. */
  branchOnly?: true
  /** Someone other than the toolkit last edited its body: the progress its marker shows (an outcome) is theirs. */
  editedBy?: string
}

/**
 * Reads one PR as a train PR of `service`, or undefined when it is not one:
 * it must be opened by the toolkit's own identity on one of its
 * deterministic branches. The branch names the kind, region and release
 * (by hash); the marker in the body only carries progress, and a marker
 * or a commit that disagrees with the branch makes the PR untrusted.
 */
export function interpretPull(
  pull: PullSnapshot,
  service: { name: string; image: string },
  botLogin: string,
  release?: string
): TrainPull | undefined {
  if (!same(pull.author, botLogin)) return undefined
  const id = parseBranch(pull.headRef)
  if (!id || id.service !== service.name) return undefined
  const holds = (candidate: string, kind = id.kind, region = id.region, step = id.step) =>
    branchHolds(pull.headRef, kind, service.name, region, candidate, step)
  const problems: string[] = []
  let facts: CommitFacts | undefined
  for (const commit of pull.commits ?? []) {
    const short = commit.sha.slice(0, 7)
    const why = notVouched(commit, botLogin)
    if (why !== undefined) {
      problems.push(`commit ${short} on its branch is not the toolkit's own (${why})`)
      continue
    }
    const stated = readCommitFacts(commit.message)
    if (
      stated?.service === service.name &&
      holds(stated.release, stated.kind, stated.region, stated.step)
    )
      facts ??= stated
  }
  if (problems.length > 0) facts = undefined
  const branchProblems = problems.length
  let marker = decodeMarker(pull.body)
  if (markerCount(pull.body) > 1)
    problems.push('its body was tampered with: it holds a second marker')
  if (!marker) problems.push('its body was tampered with: its marker was removed or edited')
  else if (
    marker.service !== service.name ||
    !holds(marker.release, marker.kind, marker.region, marker.step)
  ) {
    problems.push(
      `its body was tampered with: its marker says ${marker.kind} of ${marker.release} in ${marker.region}, but the toolkit opened it as a ${id.kind} in ${id.region}`
    )
    marker = undefined
  }
  // Only the toolkit records progress, and only once the PR has merged: any on an unmerged PR was typed by a person.
  const progress = marker && !pull.merged ? recordedProgress(marker) : undefined
  if (progress !== undefined)
    problems.push(`its body was tampered with: it records ${progress} on a PR that is not merged`)
  const trusted =
    marker?.release ??
    facts?.release ??
    (release !== undefined && holds(release) ? release : undefined)
  // A PR of another release whose marker is gone: nothing this train can act on.
  if (trusted === undefined) return undefined
  marker ??= {
    v: 1,
    kind: id.kind,
    service: service.name,
    region: id.region,
    release: trusted,
    wave: 0,
    from: null,
    to: facts?.to ?? trusted,
    approvals: 0,
    times: {},
    outcome: null,
    ...(id.step === undefined ? {} : { step: id.step })
  }
  return {
    pull,
    marker,
    ...(facts ? { facts } : {}),
    ...(problems.length > 0 ? { untrusted: problems.join('; ') } : {}),
    ...(problems.length > 0 && problems.length === branchProblems ? { branchOnly: true } : {}),
    ...(pull.bodyEditor !== undefined && !same(pull.bodyEditor, botLogin)
      ? { editedBy: pull.bodyEditor }
      : {})
  }
}

/** What the marker holds that only a merge, Argo CD's answer or a bake produce (an outcome, a bake verdict, a hold, the times of merge, sync, health or a resumed wait), or undefined. */
function recordedProgress(marker: Marker): string | undefined {
  const { merged, synced, healthy, resumed } = marker.times
  if (marker.outcome !== null) return `an outcome (${marker.outcome})`
  // A bake verdict would stand in for the metric checks; a hold would restart the wait's timeout each run.
  if (marker.bake !== undefined) return `a metric checks' verdict (${marker.bake.outcome})`
  if (marker.held !== undefined) return `a held wait (${marker.held})`
  if (
    [merged, synced, healthy, resumed].some(time => time !== undefined) ||
    marker.mergeCommit !== undefined
  )
    return 'times after a merge'
  return undefined
}

/** Train PRs of this service, newest first. */
export function trainPulls(
  snapshot: Pick<Snapshot, 'pulls' | 'service' | 'botLogin'> & { release?: string }
): TrainPull[] {
  return snapshot.pulls
    .flatMap(
      pull => interpretPull(pull, snapshot.service, snapshot.botLogin, snapshot.release) ?? []
    )
    .sort((a, b) => b.pull.number - a.pull.number)
}

function toObservedPr(
  p: TrainPull,
  required: number,
  botLogin: string,
  image: string,
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
      required: Math.max(required, pull.rulesApprovals ?? 0),
      lastPushers: pull.lastPushers ?? []
    }),
    checks: pull.checks,
    autoMerge: pull.autoMerge,
    marker
  }
  if (pull.staleApprovalsDropped) pr.autoMergeSafe = true
  if (p.untrusted) pr.untrusted = p.untrusted
  if (p.facts?.from !== undefined) pr.from = canonicalRelease(p.facts.from, image)
  if (p.editedBy !== undefined) pr.editedBy = p.editedBy
  if (pull.mergeSha !== undefined) pr.mergeSha = pull.mergeSha
  if (pull.mergedAt !== undefined) pr.mergedAt = pull.mergedAt
  const drift = headDrift(pull, expected)
  if (drift !== undefined) pr.drift = drift
  // The train's branch holds what the train puts there: a push by someone else, or a base that moved
  // under the PR, is replaced by the planned edits on the current base (the new head needs fresh approvals).
  if (
    pull.state === 'open' &&
    expected !== undefined &&
    expected.length > 0 &&
    (p.untrusted === undefined ? drift !== undefined : p.branchOnly === true) &&
    // A rollback's target is what its toolkit commit states; the body's copy is a person's to edit.
    (p.marker.kind === 'promotion' || (p.facts !== undefined && p.facts.to === p.marker.to))
  )
    pr.rebuild = true
  return pr
}

/**
 * The bad releases of a service, in canonical spelling: releases of the
 * toolkit's PRs labelled bad that no person has cleared.
 */
export function badReleases(
  snapshot: Pick<Snapshot, 'pulls' | 'service' | 'botLogin'>
): Set<string> {
  const bad = new Set<string>()
  for (const p of trainPulls(snapshot))
    if (p.pull.labels.includes(LABELS.bad))
      bad.add(canonicalRelease(p.marker.release, snapshot.service.image))
  return bad
}

/**
 * The approvals a rollback PR needs. The rollback rule applies only when
 * the toolkit's own commit rolls the region back to a version it ran before
 * (its pin's history); any other target is a promotion in disguise and
 * needs the region's promotion approvals. A release recorded bad is never
 * a target.
 */
function rollbackGate(
  snapshot: Snapshot,
  p: TrainPull,
  planned: Snapshot['plan']['regions'][number],
  bad: ReadonlySet<string>
): { required: number; refused?: string } {
  const target = p.facts && canonicalRelease(p.facts.to, snapshot.service.image)
  if (target === undefined) return { required: planned.approvals }
  if (bad.has(target))
    return {
      required: planned.approvals,
      refused: `it rolls ${planned.name} back to ${target}, a release recorded bad`
    }
  return snapshot.history?.get(planned.name)?.has(target)
    ? { required: snapshot.platform.rollbackApprovals }
    : { required: planned.approvals }
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
  const image = snapshot.service.image
  const release = canonicalRelease(snapshot.release, image)
  const pulls = trainPulls(snapshot)
  const bad = badReleases(snapshot)
  const ofRelease = (kind: PrKind, region: string) =>
    pulls.filter(
      p =>
        p.marker.kind === kind &&
        p.marker.region === region &&
        canonicalRelease(p.marker.release, image) === release
    )
  // A rollback opened outside this train (by hand, or for an older release) is this train's business while it is in progress.
  const inProgress = (p: TrainPull) =>
    p.pull.state === 'open' || (p.pull.merged && p.marker.outcome === null)
  const lastWave = Math.max(0, ...snapshot.plan.regions.map(r => r.wave))
  const regions = snapshot.plan.regions.flatMap<ObservedRegion>(planned => {
    const promotion = ofRelease('promotion', planned.name).find(p => p.marker.step === undefined)
    const rollback =
      ofRelease('rollback', planned.name)[0] ??
      pulls.find(
        p => p.marker.kind === 'rollback' && p.marker.region === planned.name && inProgress(p)
      )
    const region: ObservedRegion = {
      region: planned.name,
      wave: planned.wave,
      planned: planned.action,
      current: planned.current === null ? null : canonicalRelease(planned.current, image),
      skipped: closedWith(promotion?.pull, LABELS.skipped)
    }
    if (closedWith(promotion?.pull, LABELS.superseded)) region.superseded = true
    const expected = (p: TrainPull) => snapshot.expectedEdits?.get(p.pull.number)
    if (promotion)
      region.promotion = toObservedPr(
        promotion,
        planned.approvals,
        snapshot.botLogin,
        image,
        expected(promotion)
      )
    if (rollback) {
      const gate = rollbackGate(snapshot, rollback, planned, bad)
      region.rollback = toObservedPr(
        gate.refused
          ? {
              pull: rollback.pull,
              marker: rollback.marker,
              ...(rollback.facts ? { facts: rollback.facts } : {}),
              untrusted: [rollback.untrusted, gate.refused].filter(Boolean).join('; ')
            }
          : rollback,
        gate.required,
        snapshot.botLogin,
        image,
        expected(rollback)
      )
    }
    const steps = ofRelease('promotion', planned.name)
      .filter(p => p.marker.step !== undefined)
      .sort((a, b) => a.marker.step! - b.marker.step!)
      .map<ObservedRegion>(p => ({
        region: planned.name,
        wave: p.marker.wave,
        planned: 'promote',
        skipped: closedWith(p.pull, LABELS.skipped),
        step: p.marker.step!,
        promotion: toObservedPr(p, planned.approvals, snapshot.botLogin, image, expected(p))
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
    release,
    train: snapshot.service.train,
    regions,
    badReleases: bad,
    mergeMode: snapshot.mergeMode
  }
}
