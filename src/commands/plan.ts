import type { Diagnostic } from '../manifest/diagnostic.js'
import { hasErrors } from '../manifest/diagnostic.js'
import { filesToRead, regionLayout, SERVICE_FILE, servicesFolder } from '../gitops/layout.js'
import type { Platform } from '../manifest/model.js'
import { claimedHostnames } from '../routing/claims.js'
import { plan } from '../plan/plan.js'
import { parseRelease } from '../plan/release.js'
import type { Plan } from '../schema/generated.js'
import { listFolders, readEnvRepo } from '../workspace/local-files.js'
import { loadInputs } from './load-inputs.js'

export interface PlanOptions {
  manifest: string
  platform: string
  envRepo: string
  release: string
}

export type PlanOutcome =
  | { kind: 'plan'; plan: Plan }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string }

/** Loads both files, reads the environments repository and plans the release. */
export async function runPlan(options: PlanOptions): Promise<PlanOutcome> {
  const { service, platform, diagnostics } = await loadInputs({ ...options, crossCheck: false })
  if (!service || !platform || hasErrors(diagnostics)) return { kind: 'invalid', diagnostics }
  const release = parseRelease(options.release, service.image)
  if ('error' in release) return { kind: 'usage', message: release.error }
  const files = await readEnvRepo(
    options.envRepo,
    filesToRead(platform, service.name, service.regions)
  )
  const claimed = service.routing
    ? await otherServicesHostnames(options.envRepo, platform, service.name)
    : new Map<string, string>()
  return {
    kind: 'plan',
    plan: plan({ service, platform, release, files, claimedHostnames: claimed })
  }
}

/** The hostnames the environments repository's other services publish, from their service.yaml in every region. */
async function otherServicesHostnames(
  envRepo: string,
  platform: Platform,
  self: string
): Promise<Map<string, string>> {
  const owners = new Map<string, string>()
  for (const region of Object.keys(platform.regions)) {
    const folder = servicesFolder(platform, region)
    if (folder === undefined) continue
    for (const other of await listFolders(envRepo, folder))
      if (other !== self)
        owners.set(`${regionLayout(platform, other, region).folder}/${SERVICE_FILE}`, other)
  }
  return claimedHostnames(await readEnvRepo(envRepo, [...owners.keys()]), owners)
}

export function planFailed(plan: Plan): boolean {
  return hasErrors(plan.findings)
}
