import type { Diagnostic } from '../manifest/diagnostic.js'
import { checkServiceAgainstPlatform } from '../manifest/load.js'
import type { Platform, Service } from '../manifest/model.js'
import { regionLayout } from '../gitops/layout.js'
import type { SourceFile } from '../data/migration.js'
import { planData } from '../data/plan-data.js'
import type { DataPlan } from '../data/plan-data.js'
import type { Finding } from '../schema/generated.js'
import { planRouting } from './dns.js'
import { resolveCapacity } from '../capacity/resolve.js'
import type { RegionCapacity } from '../capacity/resolve.js'
import { failoverHeadroom } from '../capacity/headroom.js'
import type { RegionHeadroom } from '../capacity/headroom.js'
import { checkQuota } from '../capacity/reservation.js'
import type { Holding } from '../capacity/reservation.js'
import type { RoutingPlan } from './dns.js'
import type { EnvRepoFiles } from './env-files.js'

/** What every rule reads: the two files, and when the environments repository was read, its files. */
export interface CheckInput {
  service: Service
  platform: Platform
  /** Absent: the environments repository was not read, so the rules that read it do not run. */
  files?: EnvRepoFiles
  /** Hostnames other services publish, with the service that owns each, to catch two services on one name. */
  claimedHostnames?: ReadonlyMap<string, string>
  /** Region -> what the environments repository's other services hold there, for the regions with a quota. */
  reservations?: ReadonlyMap<string, readonly Holding[]>
  /** The hand-written SQL files of spec.data.migrations; absent when the manifest names none. */
  migrations?: readonly SourceFile[]
}

export interface Checked {
  findings: Finding[]
  data?: DataPlan
  routing: RoutingPlan
  /** Region -> its wave, for the regions the platform knows. */
  waves: Map<string, number>
  /** Each region's capacity from spec.capacity; empty without one. */
  capacity: { regions: Map<string, RegionCapacity>; headroom: Map<string, RegionHeadroom> }
}

export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

export function toFinding(d: Diagnostic): Finding {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column
  }
}

export function sortFindings(findings: Finding[]): void {
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column
  )
}

/**
 * Every rule that needs no release: the manifest against the platform, data
 * placement and compliance, routing and, when the environments repository
 * was read, the rules on its files. `validate` reports exactly these and
 * `plan` builds on them, so the two commands cannot disagree.
 */
export function checkService(input: CheckInput): Checked {
  const { service, platform, files } = input
  const findings: Finding[] = checkServiceAgainstPlatform(service, platform).map(toFinding)
  const data = planData(service, platform, input.migrations ?? [])
  if (data) findings.push(...data.findings)
  const waves = new Map(
    service.train.waves.flatMap((regions, i) =>
      regions.filter(region => platform.regions[region]).map(r => [r, i + 1] as const)
    )
  )
  if (files)
    for (const region of waves.keys()) {
      const layout = regionLayout(platform, service.name, region)
      if (layout.candidates.some(candidate => files.has(candidate))) continue
      findings.push({
        rule: 'missing-file',
        severity: 'error',
        message: `${layout.candidates[0]} does not exist in the environments repository, so ${region} cannot be promoted. Create the service's ${layout.image} files in ${layout.folder}/ (layout ${platform.layout.path} in ${platform.file}) or remove ${region} from spec.regions.`,
        file: service.file,
        ...service.locate(['spec', 'regions', service.regions.indexOf(region)]),
        region
      })
    }
  const routing = planRouting({
    service,
    platform,
    files,
    waves,
    claimed: input.claimedHostnames ?? new Map()
  })
  findings.push(...routing.findings)
  const resolved = resolveCapacity(service)
  const headroom = failoverHeadroom(service, platform, resolved.regions)
  findings.push(
    ...resolved.findings,
    ...headroom.findings,
    ...checkQuota(service, platform, resolved.regions, input.reservations ?? new Map())
  )
  sortFindings(findings)
  const capacity = { regions: resolved.regions, headroom: headroom.regions }
  const checked: Checked = { findings, routing, waves, capacity }
  if (data) checked.data = data
  return checked
}
