/**
 * The hidden JSON marker in every train PR's body: the train's state lives in
 * GitHub, never in a runner, so any run can pick up where another stopped.
 * People can edit PR bodies, so decoding is defensive: a marker that does not
 * have the right shape is treated as absent, never trusted in part.
 */

export const MARKER_VERSION = 1

export type PrKind = 'promotion' | 'rollback'
/** What Argo CD reported for the merged commit; null until the wait ends. */
export type HealthOutcome = 'healthy' | 'degraded' | 'failed' | 'timeout' | 'unreachable'

import type { CheckResult } from '../metrics/verdict.js'

/** The metric checks' verdict when a promotion's bake ended, as the train evaluated them. */
export interface BakeRecord {
  outcome: CheckResult['outcome']
  results: CheckResult[]
}

/** When each step happened (epoch milliseconds), for per-region lead time. */
export interface Timeline {
  opened?: number
  approved?: number
  merged?: number
  synced?: number
  healthy?: number
  /**
   * When the wait starts over with a whole timeout: a person resumed a wait
   * that ended with Argo CD unreachable, or the train held it (a setup
   * error in the Application, a sync window).
   */
  resumed?: number
}

export interface Marker {
  v: typeof MARKER_VERSION
  kind: PrKind
  service: string
  region: string
  /** The release this train promotes (for a rollback: the bad release it undoes). */
  release: string
  wave: number
  /** The version the region ran before, read from the environments repository when the PR was opened. */
  from: string | null
  /** The version the PR pins. */
  to: string
  approvals: number
  times: Timeline
  outcome: HealthOutcome | null
  /** The merged commit Argo CD must sync, once known. */
  mergeCommit?: string
  /** A weighted-shift step (1, 2, ...): a later wave raising the region's DNS weight, after its promotion. */
  step?: number
  /** The metric checks' verdict at the end of the region's bake (spec.train.checks), once evaluated. */
  bake?: BakeRecord
  /**
   * Why the wait on the merge is held with no verdict (the Application does
   * not deploy what the train edits, or a sync window): recorded once, so a
   * run that finds the same hold writes nothing; the wait takes a whole
   * timeout from the run that finds it gone.
   */
  held?: 'setup' | 'sync-window'
}

const START = '<!-- multiregion:train '
const END = ' -->'

/** The marker as a hidden HTML comment; `--` is escaped so the JSON cannot end the comment early. */
export function encodeMarker(marker: Marker): string {
  return `${START}${JSON.stringify(marker).replace(/--/g, '-\\u002d')}${END}`
}

const KINDS = new Set(['promotion', 'rollback'])
const OUTCOMES = new Set(['healthy', 'degraded', 'failed', 'timeout', 'unreachable'])
const TIMES = ['opened', 'approved', 'merged', 'synced', 'healthy', 'resumed'] as const

function isTimeline(value: unknown): value is Timeline {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return Object.keys(record).every(
    k => (TIMES as readonly string[]).includes(k) && Number.isFinite(record[k])
  )
}

const CHECK_OUTCOMES = new Set(['pass', 'fail', 'inconclusive'])

function isBake(value: unknown): value is BakeRecord {
  if (typeof value !== 'object' || value === null) return false
  const b = value as Record<string, unknown>
  return (
    CHECK_OUTCOMES.has(b.outcome as string) &&
    Array.isArray(b.results) &&
    b.results.every(
      (r: Record<string, unknown> | null) =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.check === 'string' &&
        CHECK_OUTCOMES.has(r.outcome as string) &&
        typeof r.detail === 'string' &&
        (r.value === undefined || typeof r.value === 'number')
    )
  )
}

function isMarker(value: unknown): value is Marker {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Record<string, unknown>
  return (
    m.v === MARKER_VERSION &&
    KINDS.has(m.kind as string) &&
    typeof m.service === 'string' &&
    typeof m.region === 'string' &&
    typeof m.release === 'string' &&
    Number.isInteger(m.wave) &&
    (m.from === null || typeof m.from === 'string') &&
    typeof m.to === 'string' &&
    Number.isInteger(m.approvals) &&
    isTimeline(m.times) &&
    (m.outcome === null || OUTCOMES.has(m.outcome as string)) &&
    (m.mergeCommit === undefined || typeof m.mergeCommit === 'string') &&
    (m.step === undefined || (Number.isInteger(m.step) && (m.step as number) > 0)) &&
    (m.bake === undefined || isBake(m.bake)) &&
    (m.held === undefined || m.held === 'setup' || m.held === 'sync-window')
  )
}

/** How many markers a body holds: the toolkit writes one, so more means someone added theirs. */
export function markerCount(body: string | null | undefined): number {
  return body ? body.split(START).length - 1 : 0
}

/**
 * The marker in a PR body (the first: the toolkit writes one, and a person
 * appending another does not replace it), or undefined when there is none
 * or it is malformed.
 */
export function decodeMarker(body: string | null | undefined): Marker | undefined {
  if (!body) return undefined
  const start = body.indexOf(START)
  if (start === -1) return undefined
  const end = body.indexOf(END, start + START.length)
  if (end === -1) return undefined
  try {
    const value: unknown = JSON.parse(body.slice(start + START.length, end))
    return isMarker(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** The body with its marker replaced (or added at the end). */
export function withMarker(body: string, marker: Marker): string {
  const start = body.indexOf(START)
  const end = start === -1 ? -1 : body.indexOf(END, start + START.length)
  if (start === -1 || end === -1) return `${body.trimEnd()}\n\n${encodeMarker(marker)}\n`
  return body.slice(0, start) + encodeMarker(marker) + body.slice(end + END.length)
}

/**
 * What the toolkit writes as trailers of its own commit on a train branch.
 * The commit is the toolkit's (authored by its identity, signed by GitHub),
 * so unlike the PR body no person can change what it says.
 */
export interface CommitFacts {
  kind: PrKind
  service: string
  region: string
  release: string
  /** The version the commit pins. */
  to: string
  /** The version the region ran when the commit was planned (absent when none): where a failure rolls it back to. */
  from?: string
  step?: number
}

const TRAILERS: [keyof CommitFacts, string][] = [
  ['kind', 'Multiregion-Kind'],
  ['service', 'Multiregion-Service'],
  ['region', 'Multiregion-Region'],
  ['release', 'Multiregion-Release'],
  ['to', 'Multiregion-To'],
  ['from', 'Multiregion-From'],
  ['step', 'Multiregion-Step']
]

/** A commit message: the title, a blank line, and one `Multiregion-*` trailer per fact (git-interpret-trailers form). */
export function commitMessage(title: string, facts: CommitFacts): string {
  const lines = TRAILERS.flatMap(([key, name]) =>
    facts[key] === undefined ? [] : [`${name}: ${String(facts[key])}`]
  )
  return `${title}\n\n${lines.join('\n')}\n`
}

/** The facts a toolkit commit message states, or undefined when it states none or is malformed. */
export function readCommitFacts(message: string): CommitFacts | undefined {
  const found = new Map<string, string>()
  for (const line of message.split('\n')) {
    const match = /^(Multiregion-[A-Za-z]+): (.*)$/.exec(line.trim())
    if (match) found.set(match[1]!, match[2]!)
  }
  const get = (key: keyof CommitFacts) => found.get(TRAILERS.find(([k]) => k === key)![1])
  const kind = get('kind')
  const [service, region, release, to, from, step] = [
    get('service'),
    get('region'),
    get('release'),
    get('to'),
    get('from'),
    get('step')
  ]
  if (!KINDS.has(kind ?? '') || !service || !region || !release || !to) return undefined
  if (step !== undefined && !/^[1-9][0-9]*$/.test(step)) return undefined
  return {
    kind: kind as PrKind,
    service,
    region,
    release,
    to,
    ...(from ? { from } : {}),
    ...(step === undefined ? {} : { step: Number(step) })
  }
}
