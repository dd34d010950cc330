import { stringify } from 'yaml'
import type { RegionCapacity } from './resolve.js'

/** The patch's annotation of the most pods the region may run, which the quota check of other services reads. */
export const MAX_REPLICAS_ANNOTATION = 'multiregion.dev/max-replicas'

const HEADER =
  '# Written by multiregion from spec.capacity of the service manifest; change it there.\n'

/**
 * The objects a person would write by hand for the region's capacity: an
 * autoscaling/v2 HorizontalPodAutoscaler on CPU, a policy/v1
 * PodDisruptionBudget. Undefined when the region needs neither (fixed
 * replicas and no budget).
 */
export function renderCapacityObjects(c: RegionCapacity): string | undefined {
  const docs: unknown[] = []
  if (c.autoscaling)
    docs.push({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: c.deployment },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: c.deployment },
        minReplicas: c.autoscaling.min,
        maxReplicas: c.autoscaling.max,
        metrics: [
          {
            type: 'Resource',
            resource: {
              name: 'cpu',
              target: { type: 'Utilization', averageUtilization: c.autoscaling.cpuUtilization }
            }
          }
        ]
      }
    })
  if (c.disruptionBudget)
    docs.push({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: c.deployment },
      spec: { ...c.disruptionBudget, selector: { matchLabels: c.selector } }
    })
  if (docs.length === 0) return undefined
  return HEADER + docs.map(d => stringify(d)).join('---\n')
}

/**
 * The strategic merge patch of the Deployment: its replica count when no
 * autoscaler owns it, its container's requests, and the most pods it may
 * run as an annotation (what the quota check sums).
 */
export function renderCapacityPatch(c: RegionCapacity): string {
  const spec: Record<string, unknown> = {}
  if (c.replicas !== undefined) spec.replicas = c.replicas
  if (c.requests)
    spec.template = {
      spec: {
        containers: [
          {
            name: c.container,
            resources: { requests: { cpu: c.requests.cpu, memory: c.requests.memory } }
          }
        ]
      }
    }
  const patch = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: c.deployment, annotations: { [MAX_REPLICAS_ANNOTATION]: String(c.max) } },
    ...(Object.keys(spec).length > 0 ? { spec } : {})
  }
  return HEADER + stringify(patch)
}
