import type { Service } from '../manifest/model.js'
import type {
  CapacityAutoscaling,
  CapacityDisruptionBudget,
  CapacityOverride,
  CapacityRequests,
  Finding
} from '../schema/generated.js'

/** The capacity one region runs: the manifest's spec.capacity with that region's overrides applied. */
export interface RegionCapacity {
  region: string
  deployment: string
  container: string
  selector: Record<string, string>
  /** Fixed pod count, or undefined under an autoscaler. */
  replicas?: number
  autoscaling?: Required<CapacityAutoscaling>
  requests?: CapacityRequests
  disruptionBudget?: CapacityDisruptionBudget
  perPodRps?: number
  rps?: number
  /** The most pods the region may run: replicas, or autoscaling.max. */
  max: number
  /** The manifest path of the key that sets `max`, for findings about it. */
  maxPath: (string | number)[]
}

export const DEFAULT_CPU_UTILIZATION = 70

type Overridable = keyof CapacityOverride

/**
 * Each region's capacity, or none when the manifest has no spec.capacity,
 * and the findings of a block that cannot be applied (both replicas and
 * autoscaling, min above max, an override for a region the service does not
 * run). A region with neither replicas nor autoscaling gets no capacity.
 */
export function resolveCapacity(service: Service): {
  regions: Map<string, RegionCapacity>
  findings: Finding[]
} {
  const spec = service.raw.spec.capacity
  const regions = new Map<string, RegionCapacity>()
  const findings: Finding[] = []
  if (!spec) return { regions, findings }
  const base = ['spec', 'capacity']
  const error = (rule: string, message: string, path: (string | number)[], region?: string) =>
    findings.push({
      rule,
      severity: 'error',
      message,
      file: service.file,
      ...service.locate(path, 'key'),
      ...(region ? { region } : {})
    })
  for (const region of Object.keys(spec.regions ?? {}))
    if (!service.regions.includes(region))
      error(
        'capacity-unknown-region',
        `spec.capacity.regions.${region} overrides the capacity of a region the service does not run. Add ${region} to spec.regions or remove the override.`,
        [...base, 'regions', region]
      )
  for (const region of service.regions) {
    const override = spec.regions?.[region] ?? {}
    // An override of the pod count replaces both forms: replicas there drops the top-level autoscaling, and the other way round.
    const countFromOverride = override.replicas !== undefined || override.autoscaling !== undefined
    const pick = <K extends Overridable>(key: K) =>
      override[key] !== undefined
        ? { value: override[key], path: [...base, 'regions', region, key] }
        : countFromOverride && (key === 'replicas' || key === 'autoscaling')
          ? undefined
          : spec[key] !== undefined
            ? { value: spec[key], path: [...base, key] }
            : undefined
    const replicas = pick('replicas')
    const autoscaling = pick('autoscaling')
    if (replicas && autoscaling) {
      error(
        'capacity-replicas-and-autoscaling',
        `${region} has both replicas and autoscaling in spec.capacity: a HorizontalPodAutoscaler overwrites a fixed replica count. Keep one of them.`,
        autoscaling.path,
        region
      )
      continue
    }
    if (!replicas && !autoscaling) continue
    const scaling = autoscaling?.value as CapacityAutoscaling | undefined
    if (scaling && scaling.min > scaling.max) {
      error(
        'capacity-min-above-max',
        `spec.capacity autoscaling for ${region} has min ${scaling.min} above max ${scaling.max}; Kubernetes refuses such a HorizontalPodAutoscaler. Lower min or raise max.`,
        [...autoscaling!.path, 'min'],
        region
      )
      continue
    }
    const resolved: RegionCapacity = {
      region,
      deployment: spec.deployment ?? service.name,
      container: spec.container ?? service.name,
      selector: spec.selector ?? { 'app.kubernetes.io/name': service.name },
      max: scaling ? scaling.max : (replicas!.value as number),
      maxPath: scaling ? [...autoscaling!.path, 'max'] : replicas!.path
    }
    if (scaling)
      resolved.autoscaling = {
        ...scaling,
        cpuUtilization: scaling.cpuUtilization ?? DEFAULT_CPU_UTILIZATION
      }
    else resolved.replicas = replicas!.value as number
    const requests = pick('requests')
    if (requests) resolved.requests = requests.value as CapacityRequests
    const budget = pick('disruptionBudget')
    if (budget) resolved.disruptionBudget = budget.value as CapacityDisruptionBudget
    const perPodRps = pick('perPodRps')
    if (perPodRps) resolved.perPodRps = perPodRps.value as number
    const rps = pick('rps')
    if (rps) resolved.rps = rps.value as number
    regions.set(region, resolved)
  }
  return { regions, findings }
}
