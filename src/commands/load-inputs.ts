import type { Diagnostic } from '../manifest/diagnostic.js'
import { sortDiagnostics } from '../manifest/diagnostic.js'
import { checkServiceAgainstPlatform, loadPlatform, loadService } from '../manifest/load.js'
import type { Platform, Service } from '../manifest/model.js'
import { readInputFile } from '../workspace/local-files.js'

export interface InputPaths {
  manifest: string
  /** Absent: the manifest is checked on its own, without the cross-file rules. */
  platform?: string
  /** Whether to run the rules that join the two files (the planner runs them itself). Default true. */
  crossCheck?: boolean
}

export interface LoadedInputs {
  service?: Service
  platform?: Platform
  diagnostics: Diagnostic[]
}

/** Reads and validates the manifest and the platform config, with the rules that join them. */
export async function loadInputs(paths: InputPaths): Promise<LoadedInputs> {
  const diagnostics: Diagnostic[] = []
  const manifestFile = await readInputFile(
    paths.manifest,
    'service manifest (multiregion.yaml)',
    '--manifest'
  )
  let service: Service | undefined
  if ('diagnostic' in manifestFile) diagnostics.push(manifestFile.diagnostic)
  else {
    const loaded = loadService(manifestFile.text, paths.manifest)
    diagnostics.push(...loaded.diagnostics)
    service = loaded.value
  }
  let platform: Platform | undefined
  if (paths.platform !== undefined) {
    const platformFile = await readInputFile(
      paths.platform,
      'platform config (platform.yaml)',
      '--platform'
    )
    if ('diagnostic' in platformFile) diagnostics.push(platformFile.diagnostic)
    else {
      const loaded = loadPlatform(platformFile.text, paths.platform)
      diagnostics.push(...loaded.diagnostics)
      platform = loaded.value
    }
  }
  if (service && platform && paths.crossCheck !== false)
    diagnostics.push(...checkServiceAgainstPlatform(service, platform))
  const result: LoadedInputs = { diagnostics: sortDiagnostics(diagnostics) }
  if (service) result.service = service
  if (platform) result.platform = platform
  return result
}
