import type { Diagnostic } from '../manifest/diagnostic.js'
import { hasErrors } from '../manifest/diagnostic.js'
import { filesToRead } from '../gitops/layout.js'
import { plan } from '../plan/plan.js'
import { parseRelease } from '../plan/release.js'
import type { Plan } from '../schema/generated.js'
import { readEnvRepo } from '../workspace/local-files.js'
import { readMigrationFiles } from '../workspace/migration-files.js'
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
  const migrations = await readMigrationFiles(options.manifest, service.data?.migrations)
  return { kind: 'plan', plan: plan({ service, platform, release, files, migrations }) }
}

export function planFailed(plan: Plan): boolean {
  return hasErrors(plan.findings)
}
