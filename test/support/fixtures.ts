import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import type { Platform, Service } from '../../src/manifest/model.js'
import { filesToRead } from '../../src/gitops/layout.js'
import { ENV_REPO, SERVICES } from './paths.js'

/** Loads a fixture manifest, failing the test loudly if the fixture itself is broken. */
export function fixtureService(
  name: string,
  file = `fixtures/services/${name}/multiregion.yaml`
): Service {
  const loaded = loadService(readFileSync(join(SERVICES, name, 'multiregion.yaml'), 'utf8'), file)
  if (!loaded.value)
    throw new Error(`fixture ${name} does not load: ${JSON.stringify(loaded.diagnostics)}`)
  return loaded.value
}

export function fixturePlatform(file = 'fixtures/environments/platform.yaml'): Platform {
  const loaded = loadPlatform(readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8'), file)
  if (!loaded.value)
    throw new Error(`fixture platform does not load: ${JSON.stringify(loaded.diagnostics)}`)
  return loaded.value
}

/** The fixture environments repository's files a service's plan reads, as the planner wants them. */
export function fixtureEnvFiles(service: Service, platform: Platform): Map<string, string> {
  const files = new Map<string, string>()
  for (const path of filesToRead(platform, service.name, service.regions)) {
    try {
      files.set(path, readFileSync(join(ENV_REPO, path), 'utf8'))
    } catch {
      // absent in the fixture: the planner reports it
    }
  }
  return files
}
