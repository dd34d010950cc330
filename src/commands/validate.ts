import { hasErrors } from '../manifest/diagnostic.js'
import { checkService, sortFindings, toFinding } from '../plan/check.js'
import type { Finding } from '../schema/generated.js'
import { loadInputs } from './load-inputs.js'
import { readRepoInputs } from './plan.js'

export interface ValidateOptions {
  manifest: string
  /** Absent: the manifest is checked on its own. */
  platform?: string
  /** Present: the rules that read the environments repository run too (claimed hostnames, files). */
  envRepo?: string
}

/**
 * Loads the files and runs every rule that needs no release, the same
 * function plan runs (checkService): what validate passes, plan does not
 * refuse for the same inputs, except on pinning the release itself.
 */
export async function runValidate(options: ValidateOptions): Promise<Finding[]> {
  const { service, platform, diagnostics } = await loadInputs({
    manifest: options.manifest,
    ...(options.platform === undefined ? {} : { platform: options.platform }),
    crossCheck: false
  })
  const findings = diagnostics.map(toFinding)
  if (!service || !platform || hasErrors(diagnostics)) return findings
  const read = await readRepoInputs(options.manifest, options.envRepo, service, platform)
  findings.push(...checkService({ service, platform, ...read }).findings)
  sortFindings(findings)
  return findings
}
