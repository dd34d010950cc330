/**
 * Validates and plans a generated fleet of services across 12 regions, at
 * several fleet sizes, and prints how the cost per region grows with the
 * fleet. Everything is generated in memory: the timings are of the pure core
 * (YAML parsing, schema checks, planning, edits and diffs), with no disk.
 *
 *   npm run bench
 *
 * See bench/README.md for how to read the output.
 */
import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'
import { checkServiceAgainstPlatform, loadPlatform, loadService } from '../../src/manifest/load.js'
import type { Platform, Service } from '../../src/manifest/model.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import { benchScale } from './scale.js'
import { benchStartup } from './startup.js'
import { benchRegions } from './regions.js'

const FLEET_SIZES = [25, 50, 100, 200]
const REPETITIONS = 3
/** Untimed passes over a mid-sized fleet first, so the first (baseline) size is not measured on a cold JIT. */
const GLOBAL_WARM_UPS = 1
const RELEASE = 'v2.0.0'

/** Twelve regions over six jurisdictions, as a platform team might run them. */
const REGIONS: [name: string, location: string, jurisdiction: string][] = [
  ['us-east', 'us-east-1', 'US'],
  ['us-west', 'us-west-2', 'US'],
  ['us-central', 'us-east-2', 'US'],
  ['canada', 'ca-central-1', 'CA'],
  ['brazil', 'sa-east-1', 'BR'],
  ['sweden', 'eu-north-1', 'EU'],
  ['germany', 'eu-central-1', 'EU'],
  ['ireland', 'eu-west-1', 'EU'],
  ['india', 'ap-south-1', 'IN'],
  ['japan', 'ap-northeast-1', 'JP'],
  ['australia', 'ap-southeast-2', 'AU'],
  ['china', 'cn-north-1', 'CN']
]
const REGION_NAMES = REGIONS.map(([name]) => name)

interface Fleet {
  platformText: string
  manifests: { file: string; text: string }[]
  files: Map<string, string>
}

const serviceName = (i: number) => `svc-${String(i).padStart(3, '0')}`
/** Every third service is still a Helm chart; the rest are kustomize. */
const isHelm = (i: number) => i % 3 === 2

function platformYaml(services: number): string {
  const helm = Array.from({ length: services }, (_, i) => i)
    .filter(isHelm)
    .map(i => `      ${serviceName(i)}:\n        image: helm`)
  const regions = REGIONS.map(
    ([name, location, jurisdiction], r) => `    ${name}:
      location: ${location}
      jurisdiction: ${jurisdiction}${r % 4 === 3 ? '\n      approvals: 2' : ''}
      argocd:
        server: https://argocd.${location}.example.com
        app: "{service}-{region}"
      dns:
        provider: aws
        zone: internal.example.${name === 'china' ? 'cn' : 'com'}
        annotationPrefix: external-dns.kubernetes.io/
      database:
        secret: DB_URL_${name.toUpperCase().replace(/-/g, '_')}`
  )
  return `apiVersion: multiregion.dev/v1
kind: Platform
metadata:
  name: bench
spec:
  layout:
    path: "regions/{region}/{service}"
    image: kustomize
    valuesFile: values.yaml
    services:
${helm.length > 0 ? helm.join('\n') : '      {}'}
  compliance: [gdpr, pipl]
  regions:
${regions.join('\n\n')}
`
}

function serviceYaml(i: number): string {
  const name = serviceName(i)
  const waves = [[0], [1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]].map(
    wave => `[${wave.map(r => REGION_NAMES[r]).join(', ')}]`
  )
  const policy = ['latency', 'failover', 'weighted'][i % 3]
  // customers may live in the EU and the US only, so its home is one of those regions.
  const homes = REGIONS.filter(
    ([, , jurisdiction]) => jurisdiction === 'EU' || jurisdiction === 'US'
  ).map(([name]) => name)
  const home = homes[i % homes.length]
  return `# yaml-language-server: $schema=../../schema/multiregion.schema.json
apiVersion: multiregion.dev/v1
kind: Service
metadata:
  name: ${name}
  team: team-${i % 17}
  labels:
    tier: ${i % 5 === 0 ? 'critical' : 'standard'}
    cost-center: cc-${4000 + i}
spec:
  image: ghcr.io/acme/${name}
  regions: [${REGION_NAMES.join(', ')}]
  train:
    waves: [${waves.join(', ')}]
    approvals: ${1 + (i % 2)}
    bake: 10m
    timeout: 30m
    onFailure: ${i % 4 === 0 ? 'halt' : 'rollback'}
  routing:
    hostname: ${name}.internal.example.com
    hostnames: { china: ${name}.internal.example.cn }
    policy: ${policy}
    ttl: 60
    timeout: 2s
    retries: 2
    failover: [us-east, us-west, ireland]
    weights:
${REGION_NAMES.map((r, k) => `      ${r}: ${(k * 20 + i) % 256}`).join('\n')}
    healthCheck:
      path: /healthz
      port: 8080
  data:
    engine: postgres
    migrations: db/migrations
    tables:
      customers:
        home: ${home}
        locality: regional
        residency: [EU, US]
        retention: 730d
        expectedSize: 20GiB
        columns:
          id:         { type: uuid, primaryKey: true }
          email:      { type: text, category: user.contact.email, readers: [support] }
          created_at: { type: timestamptz }
      orders:
        home: us-east
        locality: by-row
        retention: 2555d
        columns:
          id:          { type: uuid, primaryKey: true }
          customer_id: { type: uuid }
          region:      { type: text }
          total_cents: { type: bigint }
      currencies:
        home: us-east
        locality: global
        columns:
          code: { type: text, primaryKey: true }
          name: { type: text }
`
}

/** The version a region runs now: about one region in five is already at the release. */
function currentVersion(service: number, region: number): string {
  return (service + region) % 5 === 0 ? RELEASE : `v1.${9 - (region % 3)}.${service % 7}`
}

function kustomizationYaml(service: number, region: number): string {
  const name = serviceName(service)
  const regionName = REGION_NAMES[region] as string
  // Every seventh file has no newTag yet, so the planner inserts the key instead of replacing it.
  const tagLine =
    (service * 12 + region) % 7 === 0 ? '' : `\n    newTag: ${currentVersion(service, region)}`
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# ${name} in ${regionName}. The image tag is promoted by multiregion.
namespace: ${name}

resources:
  - ../../../base/${name}
  - service.yaml

patches:
  - path: patch-replicas.yaml

labels:
  - pairs:
      acme.com/region: ${regionName}
      acme.com/team: team-${service % 17}

images:
  - name: ghcr.io/acme/envoy-sidecar
    newTag: 1.30.1
  - name: ghcr.io/acme/${name}${tagLine}
`
}

function valuesYaml(service: number, region: number): string {
  const name = serviceName(service)
  return `# Helm values for ${name} in ${REGION_NAMES[region]}.
replicaCount: ${2 + (region % 3)}

image:
  repository: ghcr.io/acme/${name}
  tag: "${currentVersion(service, region)}"
  pullPolicy: IfNotPresent
  digest: ""

imagePullSecrets:
  - name: ghcr-pull

service:
  type: ClusterIP
  port: 8080

resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { memory: 1Gi }

database:
  existingSecret: ${name}-db
  sslMode: verify-full
`
}

function generateFleet(services: number): Fleet {
  const files = new Map<string, string>()
  const manifests: Fleet['manifests'] = []
  for (let i = 0; i < services; i++) {
    const name = serviceName(i)
    manifests.push({ file: `services/${name}/multiregion.yaml`, text: serviceYaml(i) })
    REGION_NAMES.forEach((region, r) => {
      const folder = `regions/${region}/${name}`
      if (isHelm(i)) files.set(`${folder}/values.yaml`, valuesYaml(i, r))
      else files.set(`${folder}/kustomization.yaml`, kustomizationYaml(i, r))
    })
  }
  return { platformText: platformYaml(services), manifests, files }
}

/** Loads and cross-checks every file of the fleet; throws if the generated fleet is not valid. */
function validate(fleet: Fleet): { platform: Platform; services: Service[] } {
  const loadedPlatform = loadPlatform(fleet.platformText, 'platform.yaml')
  const platform = loadedPlatform.value
  if (!platform)
    throw new Error(
      `generated platform.yaml does not load: ${JSON.stringify(loadedPlatform.diagnostics)}`
    )
  const services = fleet.manifests.map(({ file, text }) => {
    const loaded = loadService(text, file)
    const problems = [
      ...loaded.diagnostics,
      ...(loaded.value ? checkServiceAgainstPlatform(loaded.value, platform) : [])
    ].filter(d => d.severity === 'error')
    if (!loaded.value || problems.length > 0)
      throw new Error(`generated ${file} does not validate: ${JSON.stringify(problems)}`)
    return loaded.value
  })
  return { platform, services }
}

interface Counts {
  promote: number
  current: number
  blocked: number
  errors: number
}

function planFleet(fleet: Fleet, platform: Platform, services: Service[]): Counts {
  const counts: Counts = { promote: 0, current: 0, blocked: 0, errors: 0 }
  for (const service of services) {
    const release = parseRelease(RELEASE, service.image)
    if ('error' in release) throw new Error(release.error)
    const { summary } = plan({ service, platform, release, files: fleet.files })
    counts.promote += summary.promote
    counts.current += summary.current
    counts.blocked += summary.blocked
    counts.errors += summary.errors
  }
  return counts
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

interface Result {
  services: number
  validateMs: number
  planMs: number
  counts: Counts
}

function measure(services: number): Result {
  const fleet = generateFleet(services)
  // Warm-up: compiles the schema validators and lets the JIT settle before anything is timed.
  const warm = validate(fleet)
  planFleet(fleet, warm.platform, warm.services)
  const validateTimes: number[] = []
  const planTimes: number[] = []
  let counts: Counts | undefined
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const t0 = performance.now()
    const { platform, services: loaded } = validate(fleet)
    const t1 = performance.now()
    counts = planFleet(fleet, platform, loaded)
    const t2 = performance.now()
    validateTimes.push(t1 - t0)
    planTimes.push(t2 - t1)
  }
  return {
    services,
    validateMs: median(validateTimes),
    planMs: median(planTimes),
    counts: counts as Counts
  }
}

const regionsPerService = REGIONS.length
const fixed = (value: number, digits: number, width: number) =>
  value.toFixed(digits).padStart(width)

console.log(
  `multiregion plan bench: ${FLEET_SIZES.join(', ')} services x ${regionsPerService} regions, release ${RELEASE}`
)
console.log(
  `node ${process.version}, ${availableParallelism()} CPUs; median of ${REPETITIONS} repetitions after warm-up passes`
)
console.log('')
console.log(
  'services  regions  validate ms  plan ms  total ms  µs/region  ratio   promote/current/blocked'
)

{
  const fleet = generateFleet(50)
  for (let i = 0; i < GLOBAL_WARM_UPS; i++) {
    const { platform, services } = validate(fleet)
    planFleet(fleet, platform, services)
  }
}

const results: Result[] = []
for (const size of FLEET_SIZES) {
  const result = measure(size)
  results.push(result)
  const totalMs = result.validateMs + result.planMs
  const perRegion = (totalMs * 1000) / (size * regionsPerService)
  const base = results[0] as Result
  const basePerRegion =
    ((base.validateMs + base.planMs) * 1000) / (base.services * regionsPerService)
  const { promote, current, blocked, errors } = result.counts
  console.log(
    [
      String(size).padStart(8),
      String(regionsPerService).padStart(7),
      fixed(result.validateMs, 1, 11),
      fixed(result.planMs, 1, 7),
      fixed(totalMs, 1, 8),
      fixed(perRegion, 1, 9),
      fixed(perRegion / basePerRegion, 2, 5),
      `   ${promote}/${current}/${blocked}${errors > 0 ? ` (${errors} errors)` : ''}`
    ].join('  ')
  )
}

const largest = results.at(-1) as Result
const largestPerRegion =
  ((largest.validateMs + largest.planMs) * 1000) / (largest.services * regionsPerService)
console.log('')
console.log(
  `fleet ${largest.services}x${regionsPerService}: validate ${largest.validateMs.toFixed(1)} ms, plan ${largest.planMs.toFixed(1)} ms, ${largestPerRegion.toFixed(1)} µs/region`
)

/** Runs one part of the bench and says how long it took, so a slow part is plain to see. */
function timed(part: string, run: () => void): void {
  const t0 = performance.now()
  run()
  console.log(`(${part}: ${((performance.now() - t0) / 1000).toFixed(0)} s wall)`)
}

timed('validate at scale', benchScale)
timed('start-up', benchStartup)
// One service over 100, 400 and 1,000 regions (issues 11 and 19): bench/plan/regions.ts.
timed('regions', benchRegions)
console.log(`(whole bench: ${(performance.now() / 1000).toFixed(0)} s wall)`)
