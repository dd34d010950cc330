import { createHash } from 'node:crypto'
import { parseRelease, pinText } from '../plan/release.js'
import type { Service } from '../manifest/model.js'
import type { PrKind } from './marker.js'

/** Labels every train PR carries, so people can filter a service's trains; the train itself finds its PRs by branch. */
export const LABEL = 'multiregion'

export function serviceLabel(service: string): string {
  return `multiregion:${service}`
}

/**
 * The labels on every train PR of the service. Observation finds the
 * service's closed PRs by its label alone, so every write that closes or
 * marks a PR sets them too (adding a label it has is a no-op).
 */
export function trainLabels(service: string): string[] {
  return [LABEL, serviceLabel(service)]
}

const PREFIX = 'multiregion'
const ROLLBACK = 'rollback'
/** Hex digits of the release's hash in a branch name: 64 bits, so no one can craft a second release with the same branch. */
const HASH_LENGTH = 16
/** The readable part of the release in a branch name; the hash keeps long tags sharing a prefix apart. */
const SLUG_LENGTH = 40

/**
 * One spelling per release, so a release recorded bad cannot come back
 * respelled: `ghcr.io/acme/checkout:v1.5.0` and ` v1.5.0` are `v1.5.0`,
 * `ghcr.io/acme/checkout@sha256:…` is `sha256:…`. A value that is not a
 * release of `image` is returned trimmed, so it still compares to itself.
 */
export function canonicalRelease(release: string, image: string): string {
  const parsed = parseRelease(release, image)
  return 'error' in parsed ? release.trim() : pinText(parsed.pin)
}

function releaseHash(release: string): string {
  return createHash('sha256').update(release, 'utf8').digest('hex').slice(0, HASH_LENGTH)
}

/**
 * The release made safe for a git ref component (git-check-ref-format):
 * only letters, digits, `.`, `_` and `-`, no `..`, not starting with `.` or
 * `-`. The hash that follows keeps it from ending in `.` or `.lock`.
 */
function slug(release: string): string {
  return (
    release
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/\.{2,}/g, '.')
      .slice(0, SLUG_LENGTH)
      .replace(/^[.-]+/, '') || 'release'
  )
}

/**
 * The deterministic branch of one (kind, service, region, release, step):
 * looking it up before writing makes every command idempotent, and it is
 * where the train reads a PR's kind, region and release from (a PR body is
 * for people; they can edit it). A readable slug of the release and a hash
 * of all of it make the name unique and a valid git ref for any tag.
 */
export function branchName(
  kind: PrKind,
  service: string,
  region: string,
  release: string,
  step?: number
): string {
  const suffix = step === undefined ? '' : `-step${step}`
  const kindPart = kind === 'rollback' ? `${ROLLBACK}/` : ''
  return `${PREFIX}/${kindPart}${service}/${region}/${slug(release)}-${releaseHash(release)}${suffix}`
}

/** What a train branch says about its PR; the release itself is checked against the hash (see branchHolds). */
export interface BranchIdentity {
  kind: PrKind
  service: string
  region: string
  hash: string
  step?: number
}

const DNS_LABEL = '[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?'
const BRANCH = new RegExp(
  `^${PREFIX}/(?:(${ROLLBACK})/)?(${DNS_LABEL})/(${DNS_LABEL})/[A-Za-z0-9._-]*-([0-9a-f]{${HASH_LENGTH}})(?:-step([1-9][0-9]{0,3}))?$`
)

/** The identity a head branch names, or undefined when it is not a train branch. */
export function parseBranch(ref: string): BranchIdentity | undefined {
  const match = BRANCH.exec(ref)
  if (!match) return undefined
  const [, rollback, service, region, hash, step] = match
  return {
    kind: rollback ? 'rollback' : 'promotion',
    service: service!,
    region: region!,
    hash: hash!,
    ...(step === undefined ? {} : { step: Number(step) })
  }
}

/** Whether `ref` is exactly the branch of this (kind, service, region, release, step). */
export function branchHolds(
  ref: string,
  kind: PrKind,
  service: string,
  region: string,
  release: string,
  step?: number
): boolean {
  return ref === branchName(kind, service, region, release, step)
}

/** The prefixes of a service's train branches, to find its PRs whether or not their labels stuck. */
export function branchPrefixes(service: string): string[] {
  return [`${PREFIX}/${service}/`, `${PREFIX}/${ROLLBACK}/${service}/`]
}

export function prTitle(
  kind: PrKind,
  service: string,
  region: string,
  to: string,
  release: string,
  step?: number
): string {
  const title =
    kind === 'rollback'
      ? `Roll back ${service} in ${region} to ${to} (undo ${release})`
      : step === undefined
        ? `Promote ${service} ${release} to ${region}`
        : `Raise ${service}'s DNS weight in ${region} (step ${step} of the ${release} train)`
  // GitHub rejects titles over 256 characters.
  return title.length > 250 ? `${title.slice(0, 249)}…` : title
}

/**
 * Every branch the train of `release` can open a PR on: per region, its
 * promotion and its rollback and, when routing shifts weight, a step per
 * later wave. Observation reads closed PRs on these by name, so a PR of
 * this train closed or merged before its label was set is still seen.
 */
export function releaseBranches(service: Service, release: string): string[] {
  const steps = service.routing?.shift === undefined ? 0 : service.train.waves.length - 1
  return service.regions.flatMap(region => [
    branchName('promotion', service.name, region, release),
    branchName('rollback', service.name, region, release),
    ...Array.from({ length: steps }, (_, i) =>
      branchName('promotion', service.name, region, release, i + 1)
    )
  ])
}
