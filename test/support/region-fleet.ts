/**
 * One service with the full manifest (routing with a failover list, data with
 * regional, by-row and global tables) over N generated regions, and its
 * environments files (a kustomization and a Service per region). Shared by
 * bench/plan/regions.ts and the tests of output size, so both measure one shape.
 */
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import type { Plan } from '../../src/schema/generated.js'

const LOCATIONS: [string, string][] = [
  ['us-east-1', 'US'],
  ['us-west-2', 'US'],
  ['eu-west-1', 'EU'],
  ['eu-central-1', 'EU'],
  ['us-east-2', 'US'],
  ['eu-north-1', 'EU']
]

const regionName = (i: number) => `r${String(i).padStart(3, '0')}`

/**
 * DNS through k8gb: Route 53 takes one latency record per AWS Region and
 * name (dns-latency-duplicate), and there are fewer AWS Regions than the
 * 400 regions planned here, which would all share one name.
 */
export function platformYaml(n: number): string {
  const regions = Array.from({ length: n }, (_, i) => {
    const [location, jurisdiction] = LOCATIONS[i % LOCATIONS.length]!
    return `    ${regionName(i)}:
      location: ${location}
      jurisdiction: ${jurisdiction}
      argocd:
        server: https://argocd.${regionName(i)}.example.com
      dns:
        provider: k8gb
        zone: internal.example.com
      database:
        secret: DB_URL_${regionName(i).toUpperCase()}`
  })
  return `apiVersion: multiregion.dev/v1
kind: Platform
metadata:
  name: bench-regions
spec:
  layout:
    path: "regions/{region}/{service}"
    image: kustomize
  compliance: [gdpr]
  regions:
${regions.join('\n')}
`
}

export function serviceYaml(n: number): string {
  const names = Array.from({ length: n }, (_, i) => regionName(i))
  const waveSize = Math.ceil(n / 4)
  const waves = Array.from({ length: Math.ceil(n / waveSize) }, (_, w) =>
    names.slice(w * waveSize, (w + 1) * waveSize)
  )
  return `apiVersion: multiregion.dev/v1
kind: Service
metadata:
  name: checkout
spec:
  image: ghcr.io/acme/checkout
  regions: [${names.join(', ')}]
  train:
    waves: [${waves.map(w => `[${w.join(', ')}]`).join(', ')}]
  routing:
    hostname: checkout.internal.example.com
    policy: latency
    timeout: 2s
    retries: 2
    hedge: 300ms
    failover: [${names.slice(0, 3).join(', ')}]
  data:
    engine: postgres
    tables:
      customers:
        home: ${names[2]}
        locality: regional
        residency: [EU, US]
        retention: 730d
        columns:
          id:         { type: uuid, primaryKey: true }
          email:      { type: text, category: user.contact.email, readers: [support] }
          created_at: { type: timestamptz }
      orders:
        home: ${names[0]}
        locality: by-row
        retention: 2555d
        columns:
          id:          { type: uuid, primaryKey: true }
          region:      { type: text }
          total_cents: { type: bigint }
      currencies:
        home: ${names[0]}
        locality: global
        columns:
          code: { type: text, primaryKey: true }
          name: { type: text }
`
}

export function envFiles(n: number): Map<string, string> {
  const files = new Map<string, string>()
  for (let i = 0; i < n; i++) {
    const folder = `regions/${regionName(i)}/checkout`
    files.set(
      `${folder}/kustomization.yaml`,
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: checkout

resources:
  - ../../../base/checkout
  - service.yaml

images:
  - name: ghcr.io/acme/checkout
    newTag: v1.9.${i % 7}
`
    )
    files.set(
      `${folder}/service.yaml`,
      `apiVersion: v1
kind: Service
metadata:
  name: checkout
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-scheme: internal
spec:
  type: LoadBalancer
  selector:
    app.kubernetes.io/name: checkout
  ports:
    - name: http
      port: 8080
`
    )
  }
  return files
}

/** The release plan of the generated service over `n` regions (no shadow database). */
export function regionFleetPlan(n: number): Plan {
  const platform = loadPlatform(platformYaml(n), 'platform.yaml').value
  const loaded = loadService(serviceYaml(n), 'multiregion.yaml')
  if (!platform || !loaded.value)
    throw new Error(`generated inputs for ${n} regions do not load: ${JSON.stringify(loaded)}`)
  const release = parseRelease('v2.0.0', loaded.value.image)
  if ('error' in release) throw new Error(release.error)
  return plan({ service: loaded.value, platform, release, files: envFiles(n) })
}
