import { readAnnotations } from '../gitops/annotations.js'
import { KNOWN_PREFIXES } from './annotations.js'

/**
 * The hostnames other services' Services publish, with the service owning
 * each: `files` maps a path to its text, `owners` the same path to its
 * service. Files that are not a readable Service claim nothing.
 */
export function claimedHostnames(
  files: ReadonlyMap<string, string>,
  owners: ReadonlyMap<string, string>
): Map<string, string> {
  const claimed = new Map<string, string>()
  for (const [path, text] of files) {
    const owner = owners.get(path)
    const read = readAnnotations(text, path)
    if (owner === undefined || read.kind !== 'read') continue
    for (const prefix of KNOWN_PREFIXES) {
      const names = read.annotations.get(`${prefix}hostname`)?.value ?? ''
      for (const name of names.split(',')) {
        const trimmed = name.trim().toLowerCase().replace(/\.$/, '')
        if (trimmed !== '' && !claimed.has(trimmed)) claimed.set(trimmed, owner)
      }
    }
  }
  return claimed
}
