import type { Platform, Service } from '../manifest/model.js'
import { isHostname } from '../schema/formats.js'
import { DEFAULTS } from '../manifest/model.js'
import { hostnameOf, normalName, ROUTING_DEFAULTS } from '../manifest/routing.js'
import type { ManagedKey } from './annotations.js'
import type { YamlPath } from '../manifest/yaml-source.js'
import type { DnsRecord, Finding, RoutingSpec } from '../schema/generated.js'
import { inZone } from './validate.js'

/** Route 53 is the only provider whose routing policies ExternalDNS publishes (routing-anchors.md §0.2). */
export const ROUTING_PROVIDERS = new Set(['aws'])

/** One region's share of the service's DNS: what its Service carries and what else it publishes. */
export interface RegionDnsPlan {
  region: string
  provider: string
  zone: string
  prefix: string
  hostname: string
  /** The record on the region's Service, or undefined when the region publishes none. */
  service?: DnsRecord
  /** Records of the DNSEndpoint this region carries for failover beyond two tiers. */
  endpoint: DnsRecord[]
  /** The k8gb Gslb strategy when the region's provider is k8gb. */
  gslb?: GslbStrategy
  /** Where each managed annotation's value comes from in the manifest. */
  origins: Partial<Record<ManagedKey, YamlPath>>
}

export interface GslbStrategy {
  type: 'roundRobin' | 'failover' | 'geoip'
  dnsTtlSeconds: number
  primaryGeoTag?: string
  weight?: Record<string, number>
}

export interface CompiledDns {
  regions: RegionDnsPlan[]
  findings: Finding[]
}

/** A location in the aws-cn partition, whose Route 53 is separate from the commercial one. */
export function inChinaPartition(location: string): boolean {
  return location.startsWith('cn-')
}

export function prefixOf(platform: Platform, region: string): string {
  return platform.regions[region]?.dns?.annotationPrefix ?? DEFAULTS.annotationPrefix
}

/** The regions of the service the platform knows, grouped by the hostname they share: one record set each. */
export function recordSets(service: Service, platform: Platform): Map<string, string[]> {
  const sets = new Map<string, string[]>()
  if (!service.routing) return sets
  for (const region of service.regions) {
    if (!platform.regions[region]) continue
    const name = hostnameOf(service.routing, region)
    const members = sets.get(name)
    if (members) members.push(region)
    else sets.set(name, [region])
  }
  return sets
}

/** The failover order within one record set: the manifest's list, else the manifest's regions. */
function failoverChain(routing: RoutingSpec, members: readonly string[]): string[] {
  const listed = routing.failover?.filter(r => members.includes(r)) ?? []
  return listed.length > 0 ? listed : [...members]
}

/** `checkout.internal.example.com`, tier 2 -> `checkout-tier2.internal.example.com`. */
export function nestedName(name: string, tier: number): string {
  const dot = name.indexOf('.')
  return `${name.slice(0, dot)}-tier${tier}${name.slice(dot)}`
}

/**
 * Compiles the routing block into per-region records. Pure: the platform's
 * dns settings decide the provider, zone and prefix of each region.
 */
export function compileDns(service: Service, platform: Platform): CompiledDns {
  const routing = service.routing
  const findings: Finding[] = []
  const regions: RegionDnsPlan[] = []
  if (!routing) return { regions, findings }
  const policy = routing.policy ?? ROUTING_DEFAULTS.policy
  const ttl = routing.ttl ?? ROUTING_DEFAULTS.ttl
  const alias = routing.alias ?? ROUTING_DEFAULTS.alias
  const find = (
    rule: string,
    severity: Finding['severity'],
    message: string,
    path: YamlPath,
    region?: string
  ) => {
    const finding: Finding = {
      rule,
      severity,
      message,
      file: service.file,
      ...service.locate(path)
    }
    if (region !== undefined) finding.region = region
    findings.push(finding)
  }

  if (alias && routing.ttl !== undefined) {
    find(
      'dns-alias-ttl',
      'info',
      'Route 53 ignores the TTL of ALIAS records (it uses the load balancer\'s); spec.routing.ttl still applies to k8gb and plain records. Remove it, or set "alias: false" for plain records with this TTL.',
      ['spec', 'routing', 'ttl']
    )
  }

  // ExternalDNS reads only alias "true" (source/annotations ProviderSpecificAnnotations); without it, the AWS
  // provider turns a CNAME to a load balancer into an ALIAS record anyway (provider/aws/aws.go AdjustEndpoints).
  if (
    routing.alias === false &&
    service.regions.some(r => platform.regions[r]?.dns?.provider === 'aws')
  )
    find(
      'dns-alias-false',
      'warning',
      `ExternalDNS makes ALIAS records to an AWS load balancer whatever "alias: false" says, unless its controller runs with --aws-prefer-cname: Route 53 then ignores spec.routing.ttl and evaluates the load balancer's health. Ask the platform team whether the Route 53 regions' ExternalDNS runs with --aws-prefer-cname, or remove "alias: false".`,
      ['spec', 'routing', 'alias']
    )

  for (const [name, members] of recordSets(service, platform)) {
    const chain = failoverChain(routing, members)
    const shared = members.length > 1
    const hostPathOf = (region: string): YamlPath =>
      routing.hostnames?.[region]
        ? ['spec', 'routing', 'hostnames', region]
        : ['spec', 'routing', 'hostname']
    findings.push(...partitionFindings(service, platform, name, members, hostPathOf))
    if (policy === 'failover' && shared) {
      const listed = (routing.failover ?? []).filter(r => members.includes(r))
      if (chain.length < 2) {
        find(
          'dns-failover-pair',
          'error',
          `Policy failover needs at least two regions of ${name} in spec.routing.failover (PRIMARY and SECONDARY), but it names only ${chain.join(', ')}. Add the region to fail over to, or choose another policy.`,
          ['spec', 'routing', 'failover', (routing.failover ?? []).indexOf(listed[0]!)],
          chain[0]
        )
        continue
      }
      const nested = Array.from({ length: chain.length - 2 }, (_, i) => nestedName(name, i + 2))
      // Route 53 takes labels of at most 63 characters and names of at most 253 (RFC 1035 2.3.4).
      const tooLong = nested.find(n => !isHostname(n))
      if (tooLong !== undefined) {
        find(
          'dns-failover-nesting',
          'error',
          `Failover over ${chain.length} regions nests through ${tooLong}, which is longer than DNS allows (labels of at most 63 characters, names of at most 253), so Route 53 would refuse it. Shorten the hostname's first label (the tiers add -tier2, -tier3 ... to it), or fail over between two regions.`,
          hostPathOf(chain[0]!),
          chain[0]
        )
        continue
      }
      const outside = nested.find(n =>
        members.some(r => !inZone(n, platform.regions[r]?.dns?.zone ?? n))
      )
      if (outside !== undefined) {
        find(
          'dns-failover-nesting',
          'error',
          `Failover over ${chain.length} regions nests through ${outside}, which is outside the zone of ${name} (an apex name has no label to extend), so ExternalDNS would not publish it. Use a name below the zone apex (such as checkout.${name}), or fail over between two regions.`,
          ['spec', 'routing', 'failover'],
          chain[0]
        )
        continue
      }
    }
    for (const region of members) {
      const settings = platform.regions[region]!
      const dns = settings.dns
      const hostPath = hostPathOf(region)
      const plan: RegionDnsPlan = {
        region,
        provider: dns?.provider ?? 'none',
        zone: dns?.zone ?? '',
        prefix: prefixOf(platform, region),
        hostname: name,
        endpoint: [],
        origins: { hostname: hostPath, ttl: ['spec', 'routing', 'ttl'] }
      }
      regions.push(plan)
      const regionIndex = service.regions.indexOf(region)
      if (!dns) {
        find(
          'dns-not-configured',
          'error',
          `Region ${region} has no dns settings in ${platform.file}, so ${name} cannot be published there. Ask the platform team to add spec.regions.${region}.dns, or remove ${region} from spec.regions.`,
          ['spec', 'regions', regionIndex],
          region
        )
        continue
      }
      if (dns.provider === 'k8gb') {
        plan.gslb = gslbStrategy(routing, policy, ttl, members, chain)
        continue
      }
      const base: DnsRecord = { name, policy: 'simple', carrier: 'Service', ttl, alias }
      const healthCheckId = routing.healthCheck?.id?.[region]
      if (healthCheckId !== undefined) {
        base.healthCheckId = healthCheckId
        plan.origins['aws-health-check-id'] = ['spec', 'routing', 'healthCheck', 'id', region]
      }
      if (alias) base.evaluateTargetHealth = true
      if (!ROUTING_PROVIDERS.has(dns.provider)) {
        if (shared) {
          find(
            'dns-provider-unsupported',
            'error',
            `Region ${region} publishes DNS through ${dns.provider}, which has no routing policies in ExternalDNS (only Route 53 has), so ${name} cannot be shared by ${members.join(', ')} with policy ${policy}. Give ${region} its own name in spec.routing.hostnames, or ask the platform team to serve it through k8gb.`,
            ['spec', 'routing', 'policy'],
            region
          )
          continue
        }
        // A lone record needs no routing policy; AWS-only keys would break other providers (external-dns #1664).
        plan.service = { name, policy: 'simple', carrier: 'Service', ttl, alias: false }
        continue
      }
      const setIdentifier = `${service.name}-${region}`
      const record: DnsRecord = { ...base, setIdentifier }
      plan.origins['set-identifier'] = ['metadata', 'name']
      switch (policy) {
        case 'latency':
          record.policy = 'latency'
          record.awsRegion = settings.location
          plan.origins['aws-region'] = ['spec', 'regions', regionIndex]
          break
        case 'weighted':
          record.policy = 'weighted'
          record.weight = routing.weights?.[region] ?? ROUTING_DEFAULTS.weight
          plan.origins['aws-weight'] =
            routing.weights?.[region] !== undefined
              ? ['spec', 'routing', 'weights', region]
              : ['spec', 'routing', 'policy']
          break
        case 'geolocation': {
          const geo = routing.geolocation?.[region]
          if (!geo) {
            find(
              'dns-region-not-routed',
              'warning',
              `Region ${region} has no entry in spec.routing.geolocation, so the geolocation record set ${name} sends it no traffic. Add one (such as "${region}: { country: US }").`,
              ['spec', 'regions', regionIndex],
              region
            )
            continue
          }
          record.policy = 'geolocation'
          const geoPath: YamlPath = ['spec', 'routing', 'geolocation', region]
          if (geo.continent !== undefined) {
            record.continent = geo.continent
            plan.origins['aws-geolocation-continent-code'] = [...geoPath, 'continent']
          }
          if (geo.country !== undefined) {
            record.country = geo.country
            plan.origins['aws-geolocation-country-code'] = [...geoPath, 'country']
          }
          if (geo.subdivision !== undefined) {
            record.subdivision = geo.subdivision
            plan.origins['aws-geolocation-subdivision-code'] = [...geoPath, 'subdivision']
          }
          break
        }
        case 'failover': {
          const tier = chain.indexOf(region)
          if (tier === -1) {
            find(
              'dns-region-not-routed',
              'warning',
              `Region ${region} is not in spec.routing.failover, so the failover record set ${name} never sends it traffic. Add it to the list, or remove it from spec.regions.`,
              ['spec', 'regions', regionIndex],
              region
            )
            continue
          }
          if (!shared) {
            // A failover set needs two records; a region alone on its name publishes a plain one.
            plan.service = base
            continue
          }
          record.policy = 'failover'
          const last = tier === chain.length - 1
          // Region t is PRIMARY of level t+1; the last region is SECONDARY of the last level.
          const level = last ? chain.length - 1 : tier + 1
          record.name = level === 1 ? name : nestedName(name, level)
          record.failover = last ? 'SECONDARY' : 'PRIMARY'
          plan.origins['aws-failover'] = ['spec', 'routing', 'failover', tier]
          plan.origins.hostname = ['spec', 'routing', 'failover', tier]
          if (tier === 0) plan.endpoint = nestingRecords(service.name, name, chain.length, ttl)
          break
        }
      }
      plan.service = record
    }
  }
  return { regions, findings }
}

/**
 * Route 53 failover has two tiers. For n regions, level k (1..n-1) pairs
 * region k as PRIMARY with, as SECONDARY, an alias to level k+1, except the
 * last level whose SECONDARY is region n. Those alias records have no
 * Service behind them, so a DNSEndpoint carries them.
 */
function nestingRecords(service: string, name: string, tiers: number, ttl: number): DnsRecord[] {
  const records: DnsRecord[] = []
  for (let level = 1; level <= tiers - 2; level++) {
    records.push({
      name: level === 1 ? name : nestedName(name, level),
      policy: 'failover',
      carrier: 'DNSEndpoint',
      setIdentifier: `${service}-tier${level + 1}`,
      failover: 'SECONDARY',
      ttl,
      alias: true,
      evaluateTargetHealth: true,
      target: nestedName(name, level + 1)
    })
  }
  return records
}

function gslbStrategy(
  routing: RoutingSpec,
  policy: string,
  ttl: number,
  members: readonly string[],
  chain: readonly string[]
): GslbStrategy {
  switch (policy) {
    case 'failover':
      return { type: 'failover', dnsTtlSeconds: ttl, primaryGeoTag: chain[0]! }
    case 'weighted':
      return {
        type: 'roundRobin',
        dnsTtlSeconds: ttl,
        weight: Object.fromEntries(
          members.map(r => [r, routing.weights?.[r] ?? ROUTING_DEFAULTS.weight])
        )
      }
    case 'geolocation':
      return { type: 'geoip', dnsTtlSeconds: ttl }
    default:
      // k8gb has no latency strategy; geoip is its nearest-cluster answer (routing-anchors.md §2).
      return { type: 'geoip', dnsTtlSeconds: ttl }
  }
}

/**
 * Route 53 in the aws-cn partition is a separate service with its own hosted
 * zones: a record set or a zone cannot span it and the commercial partition
 * (AWS docs, "Amazon Route 53" in Getting Started with AWS in China).
 */
function partitionFindings(
  service: Service,
  platform: Platform,
  name: string,
  members: readonly string[],
  hostPathOf: (region: string) => YamlPath
): Finding[] {
  const aws = members.filter(r => platform.regions[r]?.dns?.provider === 'aws')
  const china = aws.filter(r => inChinaPartition(platform.regions[r]!.location))
  const commercial = aws.filter(r => !china.includes(r))
  const findings: Finding[] = []
  for (const region of china) {
    const zone = platform.regions[region]!.dns!.zone
    const sameZone = Object.entries(platform.regions)
      .filter(([, r]) => r.dns?.provider === 'aws' && !inChinaPartition(r.location))
      .filter(([, r]) => normalName(r.dns!.zone) === normalName(zone))
      .map(([other]) => other)
    if (commercial.length === 0 && sameZone.length === 0) continue
    findings.push({
      rule: 'dns-partition',
      severity: 'error',
      message:
        commercial.length > 0
          ? `${region} (${platform.regions[region]!.location}) is in the aws-cn partition, whose Route 53 is separate, but shares ${name} with ${commercial.join(', ')} in the commercial partition: no record set can span both. Give ${region} a name in its own zone in spec.routing.hostnames.`
          : `${region} (${platform.regions[region]!.location}) is in the aws-cn partition, but its zone ${zone} is also the zone of ${sameZone.join(', ')} in the commercial partition: one hosted zone cannot serve both. Ask the platform team for a zone of its own for ${region}.`,
      file: service.file,
      ...service.locate(hostPathOf(region)),
      region
    })
  }
  return findings
}
