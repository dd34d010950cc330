/**
 * How planning one service grows with its number of regions: 4, 40 and 400
 * regions, each with the full manifest (routing with a failover list, data
 * with regional, by-row and global tables), over generated environments
 * files (a kustomization and a Service per region). Prints the time, the
 * bytes the plan writes, and the growth exponents measured in this run.
 *
 * The figure that must be near 1 is the growth exponent k of the plan's
 * time, time ∝ N^k, measured between the sizes of this run. Each region's
 * route table row lists the regions of its record set, so the bytes written
 * per region grow with N (O(N) per file); before issue 11 every region's file
 * carried the whole N x N table, O(N^2) per file and O(N^3) in all (200
 * regions took 44 s and 400 crashed with "Invalid string length").
 */
import { performance } from 'node:perf_hooks'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'

const SIZES = [4, 40, 400]
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

interface Measured {
  regions: number
  ms: number
  bytes: number
  errors: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function measure(n: number): Measured {
  const platform = loadPlatform(platformYaml(n), 'platform.yaml').value
  const loaded = loadService(serviceYaml(n), 'multiregion.yaml')
  if (!platform || !loaded.value)
    throw new Error(`generated inputs for ${n} regions do not load: ${JSON.stringify(loaded)}`)
  const service = loaded.value
  const files = envFiles(n)
  const release = parseRelease('v2.0.0', service.image)
  if ('error' in release) throw new Error(release.error)
  const run = () => plan({ service, platform, release, files })
  run() // warm-up
  const repetitions = n >= 400 ? 3 : n >= 40 ? 7 : 21
  const times: number[] = []
  let result = run()
  for (let i = 0; i < repetitions; i++) {
    const t0 = performance.now()
    result = run()
    times.push(performance.now() - t0)
  }
  const bytes = result.regions
    .flatMap(r => r.edits)
    .reduce((sum, e) => sum + e.content.length + e.diff.length, 0)
  return { regions: n, ms: median(times), bytes, errors: result.summary.errors }
}

/** The exponent k of cost ∝ N^k between two sizes. */
const exponent = (a: number, b: number, na: number, nb: number) =>
  Math.log(b / a) / Math.log(nb / na)

export function benchRegions(): void {
  console.log('')
  console.log(
    `multiregion plan bench, one service over N regions (full manifest: routing and data), plan() without the shadow database`
  )
  console.log('regions   plan ms   ms/region   KB written   KB/region   errors')
  const results = SIZES.map(measure)
  for (const r of results)
    console.log(
      [
        String(r.regions).padStart(7),
        r.ms.toFixed(1).padStart(9),
        (r.ms / r.regions).toFixed(3).padStart(11),
        (r.bytes / 1024).toFixed(0).padStart(12),
        (r.bytes / 1024 / r.regions).toFixed(1).padStart(11),
        String(r.errors).padStart(8)
      ].join(' ')
    )
  const [small, , large] = results as [Measured, Measured, Measured]
  const mid = results[1]!
  console.log('')
  for (const [a, b] of [
    [small, large],
    [mid, large]
  ] as const)
    console.log(
      `growth exponent ${a.regions} -> ${b.regions} regions: plan time ${exponent(a.ms, b.ms, a.regions, b.regions).toFixed(2)} (must be near 1); bytes per region ${exponent(a.bytes / a.regions, b.bytes / b.regions, a.regions, b.regions).toFixed(2)} (a route table row per region, O(N))`
    )
  console.log(`peak resident memory ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`)
}
