import { commitMessage } from './marker.js'
import type { CommitFacts, Marker } from './marker.js'
import { branchName, prTitle } from './names.js'

/**
 * The branch, title and commit message of a train PR: the branch is
 * deterministic per (kind, service, region, release, step), and the
 * message's trailers are what the train later trusts about the PR, from the
 * toolkit's own signed commit.
 */
export function trainCommit(facts: CommitFacts): {
  branch: string
  title: string
  message: string
} {
  const title = prTitle(
    facts.kind,
    facts.service,
    facts.region,
    facts.to,
    facts.release,
    facts.step
  )
  return {
    branch: branchName(facts.kind, facts.service, facts.region, facts.release, facts.step),
    title,
    message: commitMessage(title, facts)
  }
}

/** The marker of a PR the train opens now: nothing has happened to it yet but its opening at `now`. */
export function openingMarker(
  fields: Pick<
    Marker,
    'kind' | 'service' | 'region' | 'release' | 'wave' | 'from' | 'to' | 'approvals' | 'step'
  >,
  now: number
): Marker {
  return {
    v: 1,
    kind: fields.kind,
    service: fields.service,
    region: fields.region,
    release: fields.release,
    wave: fields.wave,
    from: fields.from,
    to: fields.to,
    approvals: fields.approvals,
    times: { opened: now },
    outcome: null,
    ...(fields.step === undefined ? {} : { step: fields.step })
  }
}

/** What a PR's commit states, from its marker: `from` only when the region ran a version before. */
export function factsOf(marker: Marker): CommitFacts {
  return {
    kind: marker.kind,
    service: marker.service,
    region: marker.region,
    release: marker.release,
    to: marker.to,
    ...(marker.from === null ? {} : { from: marker.from }),
    ...(marker.step === undefined ? {} : { step: marker.step })
  }
}
