import { parseDocument } from 'yaml'
import type { Platform, Service } from '../manifest/model.js'
import type { Finding } from '../schema/generated.js'
import { cpuMillis, formatCpu, formatMemory, memoryBytes } from './quantity.js'
import { MAX_REPLICAS_ANNOTATION } from './render.js'
import type { RegionCapacity } from './resolve.js'

/** What one service may request at most in a region: its most pods × its requests per pod. */
export interface Holding {
  service: string
  cpuMillis: number
  memoryBytes: number
}

/**
 * What a capacity patch of another service (capacity-patch.yaml, as `plan`
 * writes it) holds: the max-replicas annotation × the requests of its
 * container. Undefined for a file that does not say both, which holds
 * nothing the planner can count.
 */
export function holdingOf(service: string, text: string): Holding | undefined {
  const doc = parseDocument(text, { prettyErrors: false })
  if (doc.errors.length > 0) return undefined
  const patch = doc.toJS() as {
    metadata?: { annotations?: Record<string, string> }
    spec?: {
      template?: {
        spec?: { containers?: { resources?: { requests?: { cpu?: string; memory?: string } } }[] }
      }
    }
  } | null
  const max = Number(patch?.metadata?.annotations?.[MAX_REPLICAS_ANNOTATION])
  const requests = patch?.spec?.template?.spec?.containers?.find(c => c.resources?.requests)
    ?.resources?.requests
  if (!Number.isInteger(max) || !requests?.cpu || !requests.memory) return undefined
  const cpu = cpuMillis(String(requests.cpu))
  const memory = memoryBytes(String(requests.memory))
  if (!Number.isFinite(cpu) || !Number.isFinite(memory)) return undefined
  return { service, cpuMillis: max * cpu, memoryBytes: max * memory }
}

/** The service's own holding in a region, or undefined when its capacity names no requests. */
export function ownHolding(service: string, c: RegionCapacity): Holding | undefined {
  if (!c.requests) return undefined
  return {
    service,
    cpuMillis: c.max * cpuMillis(c.requests.cpu),
    memoryBytes: c.max * memoryBytes(c.requests.memory)
  }
}

/**
 * Refuses a service whose maximum, with what every other service of the
 * environments repository holds in the region, goes over the region's
 * quota for services (platform.yaml spec.regions.<region>.quota), as a
 * ResourceQuota on requests.cpu and requests.memory would refuse its pods.
 * The finding names the services that hold the rest. Pure.
 */
export function checkQuota(
  service: Service,
  platform: Platform,
  capacity: ReadonlyMap<string, RegionCapacity>,
  others: ReadonlyMap<string, readonly Holding[]>
): Finding[] {
  const findings: Finding[] = []
  for (const [region, c] of capacity) {
    const quota = platform.regions[region]?.quota
    const own = ownHolding(service.name, c)
    if (!quota || !own) continue
    const held = (others.get(region) ?? []).filter(h => h.service !== service.name)
    const resources = [
      { name: 'cpu', limit: quota.cpu, parse: cpuMillis, format: formatCpu, key: 'cpuMillis' },
      {
        name: 'memory',
        limit: quota.memory,
        parse: memoryBytes,
        format: formatMemory,
        key: 'memoryBytes'
      }
    ] as const
    for (const r of resources) {
      if (r.limit === undefined) continue
      const limit = r.parse(r.limit)
      const total = [own, ...held].reduce((sum, h) => sum + h[r.key], 0)
      if (total <= limit) continue
      const holders = [...held]
        .sort((a, b) => b[r.key] - a[r.key] || a.service.localeCompare(b.service))
        .map(h => `${h.service} ${r.format(h[r.key])} ${r.name}`)
      findings.push({
        rule: 'capacity-over-quota',
        severity: 'error',
        message: `${service.name} may request up to ${r.format(own[r.key])} ${r.name} in ${region} (${c.max} pods × ${r.name === 'cpu' ? c.requests!.cpu : c.requests!.memory}); with what the other services hold (${holders.length > 0 ? holders.join(', ') : 'none'}) that is ${r.format(total)} ${r.name}, over ${region}'s quota of ${r.format(limit)} ${r.name} (${platform.file} spec.regions.${region}.quota). Lower ${c.maxPath.join('.')} or the requests, or ask the platform team to raise the quota.`,
        file: service.file,
        ...service.locate(c.maxPath, 'value'),
        region
      })
    }
  }
  return findings
}
