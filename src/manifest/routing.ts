import type { RoutingSpec } from '../schema/generated.js'

/** What the manifest's routing block means where it says nothing. */
export const ROUTING_DEFAULTS = {
  policy: 'latency',
  ttl: 60,
  timeout: '2s',
  retries: 2,
  weight: 100,
  alias: true
} as const

/** A name as DNS compares it: case-insensitive, the root's trailing dot implied (RFC 4343). */
export function normalName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '')
}

/** The hostname a region publishes: its override, or the shared one, normalised. */
export function hostnameOf(routing: RoutingSpec, region: string): string {
  return normalName(routing.hostnames?.[region] ?? routing.hostname)
}
