import type { Finding } from '../schema/generated.js'
import { KNOWN_PREFIXES } from './annotations.js'
import { LATENCY_REGIONS } from '../manifest/route53-locations.js'

/** Where a value sits: a file and a 1-based line and column. */
export interface Located {
  file: string
  line: number
  column: number
}

/**
 * One object's ExternalDNS annotations as ExternalDNS will read them: keys
 * without the region's prefix, each with where it is written (the manifest
 * field it came from, or the line of the environments file it was already
 * on). Validation runs on these, after the edit, so hand-written and stale
 * annotations are checked together with the compiled ones.
 */
export interface AnnotationView {
  region: string
  provider: string
  zone: string
  prefix: string
  /** Where a finding about a missing key points. */
  at: Located
  keys: Map<string, { value: string; at: Located }>
  /** Annotations under another ExternalDNS prefix, which this region's controller ignores. */
  foreign: { key: string; at: Located }[]
}

export interface ValidationContext {
  /** Hostnames other services already publish, with the service that owns each. */
  claimed: ReadonlyMap<string, string>
  service: string
}

/** TTL floors of providers that have one (routing-anchors.md §1.2): Cloudflare takes 120 s or 1 for automatic. */
const PROVIDER_MIN_TTL: Record<string, { min: number; allowed: number[] }> = {
  cloudflare: { min: 120, allowed: [1] }
}

const MAX_TTL = 2147483647

const POLICY_KEYS: [string, (key: string) => boolean][] = [
  ['weighted', k => k === 'aws-weight'],
  ['latency', k => k === 'aws-region'],
  ['failover', k => k === 'aws-failover'],
  ['geolocation', k => k.startsWith('aws-geolocation-')],
  ['geoproximity', k => k.startsWith('aws-geoproximity-')],
  ['multivalue', k => k === 'aws-multi-value-answer']
]

/** The routing policies a view's keys ask for. */
export function policiesOf(view: { keys: ReadonlyMap<string, unknown> }): string[] {
  const keys = [...view.keys.keys()]
  return POLICY_KEYS.filter(([, test]) => keys.some(test)).map(([policy]) => policy)
}

/** ExternalDNS reads a TTL as integer seconds or a Go duration (processors.go TTLFromAnnotations). */
export function parseTtl(value: string): number | undefined {
  if (/^-?\d+$/.test(value)) return Number(value)
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 1e-6, ns: 1e-9 }
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ns|us|ms|s|m|h)/g)]
  if (parts.length === 0 || parts.map(p => p[0]).join('') !== value) return undefined
  return Math.trunc(parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0))
}

/** A name as DNS compares it: case-insensitive, the root's trailing dot implied (RFC 4343). */
function normal(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '')
}

function names(view: AnnotationView): string[] {
  return (view.keys.get('hostname')?.value ?? '')
    .split(',')
    .map(normal)
    .filter(n => n !== '')
}

export function inZone(name: string, zone: string): boolean {
  const [n, z] = [normal(name), normal(zone)]
  return n === z || n.endsWith(`.${z}`)
}

/**
 * Checks every region's annotations together, before merge, for what
 * ExternalDNS lets through and Route 53 rejects later (routing-anchors.md
 * §1.6), and for what neither checks: zones, prefixes, ownership of a name.
 */
export function validateViews(views: readonly AnnotationView[], ctx: ValidationContext): Finding[] {
  const claimed = new Map([...ctx.claimed].map(([name, owner]) => [normal(name), owner]))
  const findings: Finding[] = []
  const add = (
    rule: string,
    severity: Finding['severity'],
    message: string,
    at: Located,
    region: string
  ) => findings.push({ rule, severity, message, ...at, region })
  const byName = new Map<string, AnnotationView[]>()

  for (const view of views) {
    const key = (k: string) => view.keys.get(k)
    const where = (k: string) => key(k)?.at ?? view.at
    const p = view.prefix
    const policies = policiesOf(view)
    for (const name of names(view)) {
      byName.set(name, [...(byName.get(name) ?? []), view])
      if (view.zone !== '' && !inZone(name, view.zone))
        add(
          'dns-hostname-zone',
          'error',
          `${name} is not inside ${view.region}'s DNS zone ${view.zone}, so its ExternalDNS (--domain-filter) would silently leave it unmanaged. Use a name ending in .${view.zone}, or give ${view.region} its own name in spec.routing.hostnames.`,
          where('hostname'),
          view.region
        )
      const owner = claimed.get(name)
      if (owner !== undefined && owner !== ctx.service)
        add(
          'dns-hostname-claimed',
          'error',
          `${name} is already published by service ${owner}; two services on one name would overwrite each other's records. Choose another hostname.`,
          where('hostname'),
          view.region
        )
    }
    if (policies.length > 1)
      add(
        'dns-mixed-policy',
        'error',
        `${view.region}'s annotations ask for several routing policies (${policies.join(', ')}); Route 53 allows one per record. Remove the annotations of the policy you no longer use (a policy change needs the old record deleted first).`,
        view.at,
        view.region
      )
    if (policies.length > 0 && !key('set-identifier'))
      add(
        'dns-set-identifier-missing',
        'error',
        `${view.region} asks for a ${policies[0]} record without ${p}set-identifier; Route 53 rejects it ("Missing field 'SetIdentifier'"). Add a set-identifier unique to the region.`,
        view.at,
        view.region
      )
    const weight = key('aws-weight')
    if (weight && !(/^\d+$/.test(weight.value) && Number(weight.value) <= 255))
      add(
        'dns-weight-range',
        'error',
        `${p}aws-weight is "${weight.value}"; Route 53 takes an integer from 0 to 255 (ExternalDNS turns anything else into 0).`,
        weight.at,
        view.region
      )
    const awsRegion = key('aws-region')
    if (awsRegion && !LATENCY_REGIONS.has(awsRegion.value))
      add(
        'dns-latency-region',
        'error',
        `${p}aws-region is "${awsRegion.value}", which is not a Region Route 53 takes for a latency record (such as us-east-1 or eu-north-1), so Route 53 would refuse ${view.region}'s record. The value is the region's location in the platform config: ask the platform team to set it to the AWS Region the cluster runs in, or choose another policy.`,
        awsRegion.at,
        view.region
      )
    const failover = key('aws-failover')
    if (failover && !['PRIMARY', 'SECONDARY'].includes(failover.value))
      add(
        'dns-failover-value',
        'error',
        `${p}aws-failover is "${failover.value}"; it must be PRIMARY or SECONDARY.`,
        failover.at,
        view.region
      )
    if (
      failover?.value === 'PRIMARY' &&
      key('alias')?.value !== 'true' &&
      !key('aws-health-check-id')
    )
      add(
        'dns-failover-health',
        'error',
        `${view.region} is the PRIMARY of a failover record without a health check; Route 53 rejects a non-alias primary without one. Set spec.routing.healthCheck.id.${view.region}, or keep alias records (spec.routing.alias) so the load balancer's health is evaluated.`,
        failover.at,
        view.region
      )
    const continent = key('aws-geolocation-continent-code')
    const country = key('aws-geolocation-country-code')
    const subdivision = key('aws-geolocation-subdivision-code')
    if (continent && (country || subdivision))
      add(
        'dns-geolocation-one-of',
        'error',
        `${view.region} sets a continent and a country; Route 53 takes one (ExternalDNS silently keeps the continent). Keep one of them.`,
        (country ?? subdivision)!.at,
        view.region
      )
    else if (subdivision && !country)
      add(
        'dns-geolocation-one-of',
        'error',
        `${view.region} sets a subdivision without its country; add the country code (such as US for a US state).`,
        subdivision.at,
        view.region
      )
    const proximity = [
      'aws-geoproximity-region',
      'aws-geoproximity-local-zone-group',
      'aws-geoproximity-coordinates'
    ].filter(k => key(k))
    if (policies.includes('geoproximity') && proximity.length !== 1)
      add(
        'dns-geoproximity-one-of',
        'error',
        `${view.region}'s geoproximity record must set exactly one of aws-geoproximity-region, -local-zone-group and -coordinates (it sets ${proximity.length === 0 ? 'none' : proximity.join(', ')}); Route 53 rejects anything else.`,
        key(proximity[1] ?? '')?.at ?? view.at,
        view.region
      )
    const bias = key('aws-geoproximity-bias')
    if (bias && !(/^-?\d+$/.test(bias.value) && Math.abs(Number(bias.value)) <= 99))
      add(
        'dns-geoproximity-range',
        'error',
        `${p}aws-geoproximity-bias is "${bias.value}"; it must be an integer from -99 to 99.`,
        bias.at,
        view.region
      )
    const coordinates = key('aws-geoproximity-coordinates')
    if (coordinates) {
      const [lat, long, ...rest] = coordinates.value.split(',').map(Number)
      if (rest.length > 0 || !(Math.abs(lat!) <= 90 && Math.abs(long!) <= 180))
        add(
          'dns-geoproximity-range',
          'error',
          `${p}aws-geoproximity-coordinates is "${coordinates.value}"; it must be "latitude,longitude" with latitude -90..90 and longitude -180..180.`,
          coordinates.at,
          view.region
        )
    }
    const multi = key('aws-multi-value-answer')
    if (multi && multi.value !== 'true')
      add(
        'dns-multi-value-answer',
        'warning',
        `${p}aws-multi-value-answer is "${multi.value}", but ExternalDNS turns multivalue on whenever the annotation is present. Remove the annotation to turn it off.`,
        multi.at,
        view.region
      )
    const ttl = key('ttl')
    if (ttl) {
      const seconds = parseTtl(ttl.value)
      const floor = PROVIDER_MIN_TTL[view.provider]
      if (seconds === undefined || seconds < 1 || seconds > MAX_TTL)
        add(
          'dns-ttl-invalid',
          'error',
          `${p}ttl is "${ttl.value}"; ExternalDNS takes whole seconds from 1 to ${MAX_TTL} (or a duration such as 1m) and ignores anything else with only a log line.`,
          ttl.at,
          view.region
        )
      else if (floor && seconds < floor.min && !floor.allowed.includes(seconds))
        add(
          'dns-ttl-below-minimum',
          'error',
          `${view.region}'s provider ${view.provider} takes TTLs of at least ${floor.min} s (or ${floor.allowed.join(', ')} for automatic); ${ttl.value} would be rejected. Raise spec.routing.ttl to ${floor.min}.`,
          ttl.at,
          view.region
        )
    }
    const controller = key('controller')
    if (controller && controller.value !== 'dns-controller')
      add(
        'dns-controller-value',
        'error',
        `${p}controller is "${controller.value}"; ExternalDNS skips every object whose controller annotation is not dns-controller, so none of its records would be published. Remove the annotation.`,
        controller.at,
        view.region
      )
    for (const foreign of view.foreign)
      add(
        'dns-annotation-prefix',
        'warning',
        `${foreign.key} uses a prefix ${view.region}'s ExternalDNS does not read (it is configured for ${p} in the platform config), so it has no effect. Rename it to ${p}${foreign.key.slice(foreign.key.indexOf('/') + 1)} or remove it.`,
        foreign.at,
        view.region
      )
  }

  for (const [name, members] of byName) {
    const ids = new Map<string, AnnotationView>()
    for (const view of members) {
      const id = view.keys.get('set-identifier')
      if (!id) continue
      const first = ids.get(id.value)
      if (first)
        add(
          'dns-set-identifier-duplicate',
          'error',
          `${name} has set-identifier "${id.value}" in both ${first.region} and ${view.region}; each region's record needs its own, or Route 53 keeps only one.`,
          id.at,
          view.region
        )
      else ids.set(id.value, view)
    }
    // A region asking for several policies at once is reported on its own; here, regions that disagree.
    const policies = new Set(members.map(policiesOf).flatMap(p => (p.length === 1 ? p : [])))
    // A plain record beside routed ones is a mix too: Route 53 refuses it (external-dns #3141).
    if (policies.size > 0 && members.some(m => policiesOf(m).length === 0)) policies.add('simple')
    if (policies.size > 1) {
      const last = members[members.length - 1]!
      add(
        'dns-mixed-policy',
        'error',
        `${name} mixes routing policies across regions (${[...policies].join(', ')}: ${members.map(m => `${m.region} ${policiesOf(m).join('+') || 'simple'}`).join(', ')}); Route 53 allows one policy per name. Make every region use spec.routing.policy, removing stale annotations by hand.`,
        last.at,
        last.region
      )
    }
    // "You can only create one latency resource record set for each Amazon EC2 Region" (Route 53 API, ResourceRecordSet.Region).
    const latencyRegions = new Map<string, AnnotationView>()
    for (const view of members) {
      const awsRegion = view.keys.get('aws-region')
      if (!awsRegion) continue
      const first = latencyRegions.get(awsRegion.value)
      if (first)
        add(
          'dns-latency-duplicate',
          'error',
          `${first.region} and ${view.region} both publish a latency record for ${awsRegion.value} on ${name}; Route 53 takes one latency record per AWS Region and name, so it would refuse the second. Give one of them a name of its own in spec.routing.hostnames, or use policy weighted.`,
          awsRegion.at,
          view.region
        )
      else latencyRegions.set(awsRegion.value, view)
    }
    const weighted = members.filter(m => m.keys.has('aws-weight'))
    if (weighted.length > 100)
      add(
        'dns-weight-range',
        'error',
        `${name} has ${weighted.length} weighted records; Route 53 allows at most 100 per name.`,
        weighted[100]!.at,
        weighted[100]!.region
      )
    const tiers = members.map(m => m.keys.get('aws-failover')?.value).filter(v => v !== undefined)
    const primaries = tiers.filter(t => t === 'PRIMARY').length
    const secondaries = tiers.filter(t => t === 'SECONDARY').length
    if (tiers.length > 0 && (primaries !== 1 || secondaries !== 1)) {
      const last = members[members.length - 1]!
      add(
        'dns-failover-pair',
        'error',
        `${name} has ${primaries} PRIMARY and ${secondaries} SECONDARY failover records; Route 53 takes exactly one of each. Order the regions in spec.routing.failover (more than two are nested for you).`,
        last.keys.get('aws-failover')?.at ?? last.at,
        last.region
      )
    }
  }
  return findings
}

/** The annotations of `all` under `prefix`, and those under another ExternalDNS prefix. */
export function splitByPrefix<T>(
  all: ReadonlyMap<string, T>,
  prefix: string
): { own: Map<string, T>; foreign: [string, T][] } {
  const own = new Map<string, T>()
  const foreign: [string, T][] = []
  for (const [key, value] of all) {
    if (key.startsWith(prefix)) own.set(key.slice(prefix.length), value)
    else if (KNOWN_PREFIXES.some(other => other !== prefix && key.startsWith(other)))
      foreign.push([key, value])
  }
  return { own, foreign }
}
