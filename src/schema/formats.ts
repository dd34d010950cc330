/**
 * Parsers for the value formats both YAML files use. Each returns the parsed
 * value or undefined, so schema validation and the normalised model share one
 * definition of what is valid.
 */

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/

/** A DNS-1123 label: what Kubernetes accepts as a name, and safe as one path segment. */
export function isDnsLabel(value: string): boolean {
  return DNS_LABEL.test(value)
}

const DURATION_UNITS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800
}
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/

/** Parses `30s`, `10m`, `1h30m`, `730d` into seconds; undefined when it is not a duration. */
export function parseDuration(value: string): number | undefined {
  if (value === '') return undefined
  let rest = value
  let seconds = 0
  while (rest !== '') {
    const match = DURATION.exec(rest)
    if (!match) return undefined
    seconds += Number(match[1]) * (DURATION_UNITS[match[2] as string] as number)
    rest = rest.slice(match[0].length)
  }
  return seconds
}

const SIZE_UNITS: Record<string, number> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40
}
const SIZE = /^(\d+(?:\.\d+)?)\s?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/

/** Parses `512MiB`, `20GB` into bytes; undefined when it is not a size. */
export function parseSize(value: string): number | undefined {
  const match = SIZE.exec(value)
  if (!match) return undefined
  return Number(match[1]) * (SIZE_UNITS[match[2] as string] as number)
}

const HOSTNAME_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/i

export function isHostname(value: string): boolean {
  if (value.length > 253) return false
  const labels = value.replace(/\.$/, '').split('.')
  return labels.length > 1 && labels.every(label => HOSTNAME_LABEL.test(label))
}

/** An image repository such as ghcr.io/acme/checkout, without a tag or digest. */
export function isImageRepository(value: string): boolean {
  return /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/.test(value)
}

export function isSqlIdentifier(value: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(value)
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** True when a relative path would leave the folder it is relative to, or is not relative at all. */
export function escapesFolder(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || /^[a-zA-Z]:/.test(path)) return true
  return path.split('/').some(segment => segment === '..')
}

export function isRelativePath(value: string): boolean {
  return value !== '' && !escapesFolder(value) && !value.includes('\0')
}

/** A layout path template: relative, inside the repository, placeholders only {region} and {service}. */
export function isPathTemplate(value: string): boolean {
  return isRelativePath(value) && value.replace(/\{(region|service)\}/g, 'x').match(/[{}]/) === null
}

/** What each custom JSON Schema format accepts; the generated validators (src/schema/validators.ts) call these. */
export const FORMAT_TESTS: Record<string, (value: string) => boolean> = {
  'dns-label': isDnsLabel,
  duration: value => parseDuration(value) !== undefined,
  size: value => parseSize(value) !== undefined,
  hostname: isHostname,
  'image-repository': isImageRepository,
  'relative-path': isRelativePath,
  'path-template': isPathTemplate,
  'sql-identifier': isSqlIdentifier,
  uri: isHttpUrl
}
