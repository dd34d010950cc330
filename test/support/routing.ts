import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import type { Platform, Service } from '../../src/manifest/model.js'
import { plan } from '../../src/plan/plan.js'
import type { Plan } from '../../src/schema/generated.js'
import { fixtureEnvFiles } from './fixtures.js'
import { ENV_REPO } from './paths.js'

export const MANIFEST = 'multiregion.yaml'

/** A checkout manifest over `regions` whose spec.routing is `routing` (lines indented under it). */
export function serviceWith(
  routing: string[],
  regions = ['us-east', 'us-west', 'sweden']
): Service {
  const text = [
    'apiVersion: multiregion.dev/v1',
    'kind: Service',
    'metadata:',
    '  name: checkout',
    'spec:',
    '  image: ghcr.io/acme/checkout',
    `  regions: [${regions.join(', ')}]`,
    '  routing:',
    '    hostname: checkout.internal.example.com',
    ...routing.map(line => `    ${line}`),
    ''
  ].join('\n')
  const loaded = loadService(text, MANIFEST)
  if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics, null, 2))
  return loaded.value
}

/** The fixture platform, with `edit` applied to its text first. */
export function platformWith(edit: (text: string) => string = t => t): Platform {
  const text = edit(readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8'))
  const loaded = loadPlatform(text, 'platform.yaml')
  if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics, null, 2))
  return loaded.value
}

/** Plans v1.5.0 of `service` over the fixture environments repository, after `edit` of its files. */
export function planOver(
  service: Service,
  platform: Platform = platformWith(),
  edit: (files: Map<string, string>) => void = () => {},
  claimedHostnames?: Map<string, string>
): Plan {
  const files = fixtureEnvFiles(service, platform)
  edit(files)
  return plan({
    service,
    platform,
    release: { ref: 'v1.5.0', pin: { tag: 'v1.5.0' } },
    files,
    ...(claimedHostnames ? { claimedHostnames } : {})
  })
}

/** Adds annotation lines to a region's fixture service.yaml, after its last annotation. */
export function withAnnotations(region: string, lines: string[]) {
  return (files: Map<string, string>) => {
    const path = `regions/${region}/checkout/service.yaml`
    files.set(
      path,
      files
        .get(path)!
        .replace(
          /(aws-load-balancer-scheme: internal\n)/,
          `$1${lines.map(l => `    ${l}\n`).join('')}`
        )
    )
  }
}
