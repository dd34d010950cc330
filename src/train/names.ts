import type { PrKind } from './marker.js'

/** Labels every train PR carries, so one list query finds a service's trains. */
export const LABEL = 'multiregion'

export function serviceLabel(service: string): string {
  return `multiregion:${service}`
}

/** Git ref names allow more than tags do, but not everything: keep a release readable and safe in a branch name. */
function refSafe(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[.-]+|[.]+$/g, '')
      .slice(0, 80) || 'release'
  )
}

/**
 * The deterministic branch of one (kind, service, region, release): looking it
 * up before writing is what makes every command idempotent.
 */
export function branchName(
  kind: PrKind,
  service: string,
  region: string,
  release: string,
  step?: number
): string {
  const suffix = step === undefined ? '' : `-step${step}`
  return `multiregion/${kind === 'rollback' ? 'rollback/' : ''}${service}/${region}/${refSafe(release)}${suffix}`
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
