import type { DnsRecord } from '../schema/generated.js'

/** The annotation keys the compiler owns, without the prefix, in the order they are written. */
export const MANAGED_KEYS = [
  'hostname',
  'set-identifier',
  'ttl',
  'aws-region',
  'aws-failover',
  'aws-weight',
  'aws-geolocation-continent-code',
  'aws-geolocation-country-code',
  'aws-geolocation-subdivision-code',
  'aws-health-check-id',
  'alias',
  'aws-evaluate-target-health'
] as const
export type ManagedKey = (typeof MANAGED_KEYS)[number]

/** The ExternalDNS prefixes in use: v0.22's default, and the one before it (routing-anchors.md §0.1). */
export const KNOWN_PREFIXES = ['external-dns.kubernetes.io/', 'external-dns.alpha.kubernetes.io/']

/**
 * A record as ExternalDNS annotations on a Service, keys without the prefix.
 * Only keys that carry a value are emitted, so that, for example, a false
 * multi-value flag is never written (ExternalDNS enables it on presence).
 */
export function recordAnnotations(record: DnsRecord): Partial<Record<ManagedKey, string>> {
  const out: Partial<Record<ManagedKey, string>> = { hostname: record.name }
  if (record.setIdentifier !== undefined) out['set-identifier'] = record.setIdentifier
  // Route 53 takes an ALIAS record's TTL from its target; a ttl annotation there would only mislead.
  if (!record.alias) out.ttl = String(record.ttl)
  if (record.awsRegion !== undefined) out['aws-region'] = record.awsRegion
  if (record.failover !== undefined) out['aws-failover'] = record.failover
  if (record.weight !== undefined) out['aws-weight'] = String(record.weight)
  if (record.continent !== undefined) out['aws-geolocation-continent-code'] = record.continent
  if (record.country !== undefined) out['aws-geolocation-country-code'] = record.country
  if (record.subdivision !== undefined) out['aws-geolocation-subdivision-code'] = record.subdivision
  if (record.healthCheckId !== undefined) out['aws-health-check-id'] = record.healthCheckId
  if (record.alias) out.alias = 'true'
  if (record.evaluateTargetHealth !== undefined)
    out['aws-evaluate-target-health'] = String(record.evaluateTargetHealth)
  return out
}

/** Prefixes every key: what goes into metadata.annotations. */
export function withPrefix(
  prefix: string,
  annotations: Partial<Record<string, string>>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(annotations).map(([key, value]) => [`${prefix}${key}`, value as string])
  )
}
