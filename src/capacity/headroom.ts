import type { Platform, Service } from '../manifest/model.js'
import { ROUTING_DEFAULTS } from '../manifest/routing.js'
import { recordSets } from '../routing/compile.js'
import type { Finding } from '../schema/generated.js'
import type { RegionCapacity } from './resolve.js'

/** What one region serves at most, expects, and takes at worst when another region is down. */
export interface RegionHeadroom {
  /** Most pods × perPodRps. */
  capacityRps: number
  /** Its own expected traffic (spec.capacity rps; 0 when not given). */
  rps: number
  /** The failure that sends it the most traffic, and how much; undefined when none can. */
  worst?: { failed: string; receivedRps: number }
}

/** Weight of a region not listed in spec.routing.weights (the schema's default). */
const DEFAULT_WEIGHT = 100

const round = (n: number) => Math.round(n * 100) / 100

/**
 * How the traffic of `failed` spreads over `survivors`, by policy:
 * failover sends all of it to the next surviving region of the chain;
 * weighted splits it in proportion to the survivors' weights (as Route 53
 * answers weighted records in proportion to weight, a region of weight 0
 * never); latency and geolocation split it evenly, since which survivor is
 * nearest to each client is not known to the planner.
 */
function shares(service: Service, survivors: readonly string[], rps: number): Map<string, number> {
  const routing = service.routing!
  const policy = routing.policy ?? ROUTING_DEFAULTS.policy
  if (survivors.length === 0 || rps === 0) return new Map()
  if (policy === 'failover') {
    const chain = [...(routing.failover ?? []), ...service.regions]
    return new Map([[chain.find(r => survivors.includes(r))!, rps]])
  }
  if (policy === 'weighted') {
    const weight = (r: string) => routing.weights?.[r] ?? DEFAULT_WEIGHT
    const total = survivors.reduce((sum, r) => sum + weight(r), 0)
    if (total > 0) return new Map(survivors.map(r => [r, (rps * weight(r)) / total]))
  }
  return new Map(survivors.map(r => [r, rps / survivors.length]))
}

/**
 * The traffic each region of the service takes when any one region is down,
 * from the routing block (record sets, policy, failover chain, weights) and
 * the platform's failoverWithin. A region whose most pods cannot serve its
 * own traffic is an error; one that cannot also take its worst share of a
 * failed region is a warning, at the manifest line of its maximum. Pure.
 */
export function failoverHeadroom(
  service: Service,
  platform: Platform,
  capacity: ReadonlyMap<string, RegionCapacity>
): { regions: Map<string, RegionHeadroom>; findings: Finding[] } {
  const regions = new Map<string, RegionHeadroom>()
  const findings: Finding[] = []
  const rpsOf = (r: string) => capacity.get(r)?.rps ?? 0
  for (const [region, c] of capacity)
    if (c.perPodRps !== undefined)
      regions.set(region, { capacityRps: round(c.max * c.perPodRps), rps: rpsOf(region) })
  if (regions.size === 0) return { regions, findings }
  const confined = new Set(platform.raw.spec.routing?.failoverWithin ?? [])
  const jurisdiction = (r: string) => platform.regions[r]?.jurisdiction
  for (const members of recordSets(service, platform).values())
    for (const failed of members) {
      const survivors = members.filter(
        r =>
          r !== failed &&
          (!confined.has(jurisdiction(failed) ?? '') || jurisdiction(r) === jurisdiction(failed))
      )
      for (const [region, received] of shares(service, survivors, rpsOf(failed))) {
        const headroom = regions.get(region)
        if (headroom && (!headroom.worst || received > headroom.worst.receivedRps))
          headroom.worst = { failed, receivedRps: round(received) }
      }
      // A survivor that can receive nothing still reports the failure, so the summary shows 0.
      for (const region of survivors) {
        const headroom = regions.get(region)
        if (headroom && !headroom.worst) headroom.worst = { failed, receivedRps: 0 }
      }
    }
  for (const [region, h] of regions) {
    const c = capacity.get(region)!
    const where = { file: service.file, ...service.locate(c.maxPath, 'value'), region }
    const pods = (rps: number) => Math.ceil(rps / c.perPodRps!)
    const setting = c.maxPath.join('.')
    if (h.rps > h.capacityRps) {
      findings.push({
        rule: 'capacity-below-traffic',
        severity: 'error',
        message: `${region} expects ${h.rps} rps but serves at most ${h.capacityRps} rps (${c.max} pods × ${c.perPodRps} rps). Raise ${setting} to at least ${pods(h.rps)} pods.`,
        ...where
      })
      continue
    }
    const total = round(h.rps + (h.worst?.receivedRps ?? 0))
    if (h.worst && total > h.capacityRps)
      findings.push({
        rule: 'capacity-failover-headroom',
        severity: 'warning',
        message: `When ${h.worst.failed} is down, ${region} takes its own ${h.rps} rps plus ${h.worst.receivedRps} rps of ${h.worst.failed}'s, ${total} rps, but serves at most ${h.capacityRps} rps (${c.max} pods × ${c.perPodRps} rps). Raise ${setting} to at least ${pods(total)} pods, or route less of ${h.worst.failed}'s traffic to it.`,
        ...where
      })
  }
  return { regions, findings }
}
