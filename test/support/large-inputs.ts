/**
 * Generated inputs at a scale no hand-written fixture reaches: a platform of
 * `regions` regions and a service that runs in `serviceRegions` of them, one
 * wave each. Shared by the scale test and bench/plan, so both measure one shape.
 */
export function regionName(i: number): string {
  return `r${String(i).padStart(5, '0')}`
}

export function largePlatform(regions: number): string {
  const lines = [
    'apiVersion: multiregion.dev/v1',
    'kind: Platform',
    'spec:',
    "  layout: { path: 'regions/{region}/{service}', image: kustomize }",
    '  regions:'
  ]
  // One line a region, so 10,000 regions fit in the 1 MiB a file may have.
  for (let i = 0; i < regions; i++) {
    lines.push(
      `    ${regionName(i)}: { location: l${i}, jurisdiction: ${i % 2 === 0 ? 'US' : 'EU'}, argocd: { server: 'https://a${i}.example' } }`
    )
  }
  return `${lines.join('\n')}\n`
}

export function largeService(regions: number, options: { unknown?: number } = {}): string {
  const names = Array.from({ length: regions }, (_, i) => regionName(i))
  // Names no platform region has, at the end, each its own finding.
  for (let i = 0; i < (options.unknown ?? 0); i++) names.push(`nowhere-${i}`)
  return [
    'apiVersion: multiregion.dev/v1',
    'kind: Service',
    'metadata: { name: checkout }',
    'spec:',
    '  image: ghcr.io/acme/checkout',
    `  regions: [${names.join(', ')}]`,
    '  train:',
    `    waves: [${names.map(n => `[${n}]`).join(', ')}]`,
    ''
  ].join('\n')
}
