import type { Platform, Service } from '../../manifest/model.js'
import { parseRelease, pinText } from '../../plan/release.js'
import type { Release } from '../../plan/release.js'
import type { Decision, Observed } from '../../train/decide.js'
import type { BaseRead } from '../../train/edits.js'
import type { PullSnapshot, Snapshot } from '../../train/observe.js'
import type { ArgoPort, Clock, GitHubPort } from '../../train/ports.js'

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

/**
 * One observe-decide-act round of a run: what it read of GitHub, what it
 * made of it, and the refusals met so far in the run (see afterRefusals).
 */
export interface Round {
  ctx: TrainContext
  snap: Snapshot
  read: BaseRead
  observed: Observed
  /** The default branch's name. */
  base: string
  refused: Map<string, string>
}

/** A request the train refuses (a bad --to, an unknown region): the person's input, not a fault, so no stack trace. */
export class TrainRefusal extends Error {}

export const BASE_MOVED =
  'the default branch moved while the train planned; planning again from its new head'

/** Outcomes after which the train rolls regions back, and which end a wave's waits at once. */
export const FAILING_OUTCOMES: ReadonlySet<string> = new Set(['degraded', 'failed', 'timeout'])

/** The release in its one canonical spelling (see canonicalRelease): trains, branches and the bad list compare that. */
export function releaseOf(ref: string, service: Service): Release {
  const release = parseRelease(ref, service.image)
  if ('error' in release) throw new TrainRefusal(release.error)
  return { ...release, ref: pinText(release.pin) }
}

export function pullOf(snap: Snapshot, number: number): PullSnapshot {
  const pull = snap.pulls.find(p => p.number === number)
  if (!pull)
    throw new Error(`PR #${number} vanished between reading and acting; run reconcile again.`)
  return pull
}
