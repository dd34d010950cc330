import type { RegionCapacityPlan } from '../schema/generated.js'
import type { RegionHeadroom } from './headroom.js'
import type { RegionCapacity } from './resolve.js'

/** The plan's record of a region's capacity and headroom, as the summary shows it. */
export function capacityPlan(c: RegionCapacity, h: RegionHeadroom | undefined): RegionCapacityPlan {
  const plan: RegionCapacityPlan = { min: c.autoscaling?.min ?? c.max, max: c.max }
  if (c.requests) {
    plan.cpu = c.requests.cpu
    plan.memory = c.requests.memory
  }
  if (h) {
    plan.capacityRps = h.capacityRps
    plan.rps = h.rps
    if (h.worst) plan.worst = { ...h.worst }
  }
  return plan
}
