import type { Diagnostic } from '../manifest/diagnostic.js'
import { hasErrors } from '../manifest/diagnostic.js'
import {
  CAPACITY_PATCH_FILE,
  filesToRead,
  regionLayout,
  SERVICE_FILE,
  servicesFolder
} from '../gitops/layout.js'
import type { Platform, Service } from '../manifest/model.js'
import type { CheckInput } from '../plan/check.js'
import { toFinding } from '../plan/check.js'
import { claimedHostnames } from '../routing/claims.js'
import type { ClaimOwner } from '../routing/claims.js'
import { prefixOf } from '../routing/compile.js'
import { plan, withFindings } from '../plan/plan.js'
import { parseRelease } from '../plan/release.js'
import type { Finding, Plan } from '../schema/generated.js'
import { listFolders, readEnvRepo } from '../workspace/local-files.js'
import { readMigrationFiles } from '../workspace/migration-files.js'
import { loadInputs } from './load-inputs.js'
import { holdingOf } from '../capacity/reservation.js'
import type { Holding } from '../capacity/reservation.js'

export interface PlanOptions {
  manifest: string
  platform: string
  envRepo: string
  release: string
  /** Replay the postgres migrations on an embedded PGlite database (default true). */
  shadow?: boolean
}

export type PlanOutcome =
  | { kind: 'plan'; plan: Plan; shadowReplayed?: { regions: number } }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string }

/** The environments repository's files, claimed hostnames and migration files the rules read. */
export async function readRepoInputs(
  manifest: string,
  envRepo: string | undefined,
  service: Service,
  platform: Platform
): Promise<Omit<CheckInput, 'service' | 'platform'>> {
  const migrations = await readMigrationFiles(manifest, service.data?.migrations)
  if (envRepo === undefined) return { migrations }
  const files = await readEnvRepo(envRepo, filesToRead(platform, service.name, service.regions))
  const claimedHostnames = service.routing
    ? await otherServicesHostnames(envRepo, platform, service.name)
    : new Map<string, string>()
  const reservations = await otherServicesHoldings(envRepo, platform, service)
  return { files, claimedHostnames, migrations, reservations }
}

/**
 * What the other services of the environments repository hold in each
 * region of the service that has a quota, from the capacity patches their
 * own plans wrote; a service without one holds nothing the planner knows.
 */
async function otherServicesHoldings(
  envRepo: string,
  platform: Platform,
  service: Service
): Promise<Map<string, Holding[]>> {
  const paths = new Map<string, { region: string; service: string }>()
  for (const region of service.regions) {
    const folder = servicesFolder(platform, region)
    if (folder === undefined || !platform.regions[region]?.quota) continue
    for (const other of await listFolders(envRepo, folder))
      if (other !== service.name)
        paths.set(`${regionLayout(platform, other, region).folder}/${CAPACITY_PATCH_FILE}`, {
          region,
          service: other
        })
  }
  const files = await readEnvRepo(envRepo, [...paths.keys()])
  const holdings = new Map<string, Holding[]>()
  for (const [path, text] of files) {
    const { region, service: other } = paths.get(path)!
    const holding = holdingOf(other, text)
    if (holding) holdings.set(region, [...(holdings.get(region) ?? []), holding])
  }
  return holdings
}

/** Loads both files, reads the environments repository and plans the release. */
export async function runPlan(options: PlanOptions): Promise<PlanOutcome> {
  const { service, platform, diagnostics } = await loadInputs({ ...options, crossCheck: false })
  if (!service || !platform || hasErrors(diagnostics)) return { kind: 'invalid', diagnostics }
  const release = parseRelease(options.release, service.image)
  if ('error' in release) return { kind: 'usage', message: release.error }
  const read = await readRepoInputs(options.manifest, options.envRepo, service, platform)
  // Warnings of loading the two files (the manifest's own rules, such as a geolocation without a default) are findings too.
  const result = withFindings(
    plan({ service, platform, release, ...read, files: read.files! }),
    diagnostics.map(toFinding)
  )
  if (options.shadow === false || service.data?.engine !== 'postgres')
    return { kind: 'plan', plan: result }
  // Loaded only here: PGlite is WASM, and plans without postgres data should not pay for it.
  const { shadowCheck } = await import('../data-runner/shadow.js')
  try {
    const shadow = await shadowCheck(result, service)
    // A replay without an error is one line of the text output; its errors are findings.
    const regions = result.regions.filter(r => r.data?.engine === 'postgres').length
    return {
      kind: 'plan',
      plan: withFindings(result, shadow),
      ...(regions > 0 && !shadow.some(f => f.severity === 'error')
        ? { shadowReplayed: { regions } }
        : {})
    }
  } catch (error) {
    // PGlite ships in dist/ (script/build.mjs); should it still fail to start (memory, a damaged checkout), say so rather than fail the plan.
    const unavailable: Finding = {
      rule: 'data-shadow-unavailable',
      severity: 'info',
      message: `The migrations were not replayed on an embedded PostgreSQL: ${(error as Error).message.split('\n')[0]}. The rest of the plan is complete; run it again, or \`multiregion plan\` locally, to check them.`,
      file: service.file,
      ...service.locate(['spec', 'data'], 'key')
    }
    return { kind: 'plan', plan: withFindings(result, [unavailable]) }
  }
}

/** The hostnames the environments repository's other services publish, from their service.yaml in every region. */
async function otherServicesHostnames(
  envRepo: string,
  platform: Platform,
  self: string
): Promise<Map<string, string>> {
  const owners = new Map<string, ClaimOwner>()
  for (const region of Object.keys(platform.regions)) {
    const folder = servicesFolder(platform, region)
    if (folder === undefined) continue
    const prefix = prefixOf(platform, region)
    for (const other of await listFolders(envRepo, folder))
      if (other !== self)
        owners.set(`${regionLayout(platform, other, region).folder}/${SERVICE_FILE}`, {
          service: other,
          prefix
        })
  }
  return claimedHostnames(await readEnvRepo(envRepo, [...owners.keys()]), owners)
}

export function planFailed(plan: Plan): boolean {
  return hasErrors(plan.findings)
}
