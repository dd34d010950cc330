import { loadService } from '../../src/manifest/load.js'
import type { Service } from '../../src/manifest/model.js'

/** A checkout manifest over `regions` whose spec.capacity is `capacity` (lines indented under it) and spec.routing `routing`. */
export function serviceWithCapacity(
  capacity: string[],
  routing: string[] = [],
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
    ...(routing.length > 0
      ? [
          '  routing:',
          '    hostname: checkout.internal.example.com',
          ...routing.map(l => `    ${l}`)
        ]
      : []),
    '  capacity:',
    ...capacity.map(line => `    ${line}`),
    ''
  ].join('\n')
  const loaded = loadService(text, 'multiregion.yaml')
  if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics, null, 2))
  return loaded.value
}
