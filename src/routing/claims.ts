import { readAnnotations } from '../gitops/annotations.js'
import { normalName } from '../manifest/routing.js'

/** Who a Service file belongs to, and the annotation prefix its region's ExternalDNS reads. */
export interface ClaimOwner {
  service: string
  prefix: string
}

/**
 * The hostnames other services' Services publish, with the service owning
 * each: `files` maps a path to its text, `owners` the same path to its
 * service and its region's annotation prefix (ExternalDNS reads only its
 * configured --annotation-prefix, so only names under it are published).
 * Files that are not a readable Service claim nothing.
 */
export function claimedHostnames(
  files: ReadonlyMap<string, string>,
  owners: ReadonlyMap<string, ClaimOwner>
): Map<string, string> {
  const claimed = new Map<string, string>()
  for (const [path, text] of files) {
    const owner = owners.get(path)
    const read = readAnnotations(text, path)
    if (owner === undefined || read.kind !== 'read') continue
    const names = read.annotations.get(`${owner.prefix}hostname`)?.value ?? ''
    for (const name of names.split(',')) {
      const normal = normalName(name.trim())
      if (normal !== '' && !claimed.has(normal)) claimed.set(normal, owner.service)
    }
  }
  return claimed
}
