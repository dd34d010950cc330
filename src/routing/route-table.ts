import { parseDuration } from '../schema/formats.js'
import type { Platform, Service } from '../manifest/model.js'
import type { Finding, RouteTable } from '../schema/generated.js'
import { hostnameOf, ROUTING_DEFAULTS } from '../manifest/routing.js'
import { recordSets } from './compile.js'

/** Finagle's default retry budget: retries may add 20% to the requests, plus a floor of 10 a second. */
export const RETRY_BUDGET = { ratio: 0.2, minPerSecond: 10 } as const

/**
 * Connections a client keeps to each region at most: a burst queues in the
 * client instead of opening a socket per request, which overflowed the
 * server's listen backlog (Node's default is 511) and failed on the
 * connect timeout rather than the attempt timeout.
 */
export const MAX_CONNECTIONS = 128

const DEFAULT_ENDPOINT = 'https://{service}.{region}.{zone}'

function milliseconds(duration: string): number {
  return Math.round((parseDuration(duration) as number) * 1000)
}

/**
 * The members of a record set DNS sends traffic to: a weighted record of
 * weight 0 gets none unless every record of the set is 0 (Route 53 then
 * answers with all of them; ResourceRecordSet.Weight); a geolocation
 * region without a location has no record; under policy failover, a region
 * outside spec.routing.failover has none. The client and the mesh drain what
 * DNS drains.
 */
function routed(routing: NonNullable<Service['routing']>, members: readonly string[]): string[] {
  switch (routing.policy ?? ROUTING_DEFAULTS.policy) {
    case 'weighted': {
      const weight = (r: string) => routing.weights?.[r] ?? ROUTING_DEFAULTS.weight
      return members.every(r => weight(r) === 0) ? [...members] : members.filter(r => weight(r) > 0)
    }
    case 'geolocation':
      return members.filter(r => routing.geolocation?.[r] !== undefined)
    case 'failover': {
      const listed = members.filter(r => routing.failover?.includes(r))
      return listed.length > 0 ? listed : [...members]
    }
    default:
      return [...members]
  }
}

/** Each record set's members that DNS sends traffic to. */
function routedSets(service: Service, platform: Platform): Map<string, string[]> {
  const routing = service.routing!
  return new Map(
    [...recordSets(service, platform)].map(([name, members]) => [name, routed(routing, members)])
  )
}

/**
 * The regions a caller in `client` tries, best first. A caller that runs
 * the service in its own region starts there (nearest); with policy
 * failover it starts at the PRIMARY instead. Then the manifest's failover
 * order, then the rest of the record set, same jurisdiction first. Only
 * regions sharing the caller's record set appear, so the client never routes
 * where DNS would not (a region with its own zone stays on its own), and of
 * those only the ones DNS sends traffic to. A caller in a jurisdiction a
 * compliance pack confines both ways (pipl: CN) gets no region abroad, so an
 * empty row when the service does not run there.
 *
 * Callers with the same record set and jurisdiction share all but their own
 * place at the front, so that part is computed once for them, not once a
 * caller (a sort of the record set each, N^2 log N in the regions).
 */
function orderer(
  service: Service,
  platform: Platform,
  /** The regions a row may hold (those with an endpoint); the rest are left out of every row. */
  keep: (region: string) => boolean
): (client: string) => string[] {
  const routing = service.routing!
  const sets = routedSets(service, platform)
  const { outgoing, both } = confinement(platform)
  const selfFirst = (routing.policy ?? ROUTING_DEFAULTS.policy) !== 'failover'
  const of = (r: string) => platform.regions[r]?.jurisdiction
  const shared = new Map<readonly string[], Map<string | undefined, Shared>>()
  interface Shared {
    /** The failover order, then the rest of the set, same jurisdiction first. */
    base: string[]
    /** base as a caller of the jurisdiction inside the set keeps it behind itself. */
    kept: string[]
    /** The row of a caller not at its front (outside the set, or policy failover): the same for all of them. */
    row?: string[]
  }
  const sharedOf = (members: readonly string[], jurisdiction: string | undefined): Shared => {
    const byJurisdiction = shared.get(members) ?? new Map<string | undefined, Shared>()
    shared.set(members, byJurisdiction)
    const known = byJurisdiction.get(jurisdiction)
    if (known) return known
    const failover = (routing.failover ?? []).filter(r => members.includes(r))
    const listed = new Set(failover)
    const rest = members.filter(r => !listed.has(r))
    // Same jurisdiction first, each part in the set's order (a stable partition, not a sort).
    const base = [
      ...new Set([
        ...failover,
        ...rest.filter(r => of(r) === jurisdiction),
        ...rest.filter(r => of(r) !== jurisdiction)
      ])
    ]
    const confined = jurisdiction !== undefined && outgoing.has(jurisdiction)
    const kept = base.filter(
      r =>
        keep(r) && (confined ? of(r) === jurisdiction : of(r) === jurisdiction || !both.has(of(r)!))
    )
    const result = { base, kept }
    byJurisdiction.set(jurisdiction, result)
    return result
  }
  const rowOf = (base: string[], jurisdiction: string | undefined, confined: boolean) => {
    if (confined && base.some(r => of(r) === jurisdiction))
      return base.filter(r => of(r) === jurisdiction)
    // Personal data a request carries stays in a jurisdiction confined both ways: no region abroad serves its callers.
    if (jurisdiction !== undefined && both.has(jurisdiction)) return []
    // Nobody fails over into a jurisdiction that takes no traffic from abroad; a first choice is no failover.
    return base.filter((r, i) => i === 0 || of(r) === jurisdiction || !both.has(of(r)!))
  }
  const sameJurisdictionOf = new Map<string | undefined, string[] | undefined>()
  const membersOf = new Map([...sets].map(([name, members]) => [name, new Set(members)]))
  return client => {
    const jurisdiction = of(client)
    const own = membersOf.get(hostnameOf(routing, client))?.has(client) === true
    if (!sameJurisdictionOf.has(jurisdiction))
      sameJurisdictionOf.set(
        jurisdiction,
        [...sets.values()].find(members => members.some(r => of(r) === jurisdiction))
      )
    const sameJurisdiction = sameJurisdictionOf.get(jurisdiction)
    // A caller in a confined jurisdiction stays inside it when the service runs there.
    const confined = jurisdiction !== undefined && outgoing.has(jurisdiction)
    const members = own
      ? sets.get(hostnameOf(routing, client))!
      : ((confined ? sameJurisdiction : undefined) ??
        sets.get(routing.hostname) ??
        sameJurisdiction ??
        [])
    const shared = sharedOf(members, jurisdiction)
    // Its own region first: the rest as every caller of its jurisdiction in the set keeps it.
    if (own && selfFirst)
      return [...(keep(client) ? [client] : []), ...shared.kept.filter(r => r !== client)]
    shared.row ??= rowOf(shared.base, jurisdiction, confined).filter(keep)
    return [...shared.row]
  }
}

/** Compliance packs that confine a jurisdiction's traffic both ways: pipl keeps CN's personal data, which requests carry, in CN. */
const PACK_CONFINES: Record<string, string> = { pipl: 'CN' }

/**
 * The jurisdictions whose regions never fail over abroad (spec.routing.failoverWithin,
 * and those of the compliance packs) and, of those, the ones that receive no
 * failover from abroad either (the packs'), unless the platform allows it
 * (spec.routing.allowFailoverAbroad).
 */
export function confinement(platform: Platform): { outgoing: Set<string>; both: Set<string> } {
  const routing = platform.raw.spec.routing
  const allowed = new Set(routing?.allowFailoverAbroad ?? [])
  const both = new Set(
    platform.compliance.flatMap(pack => {
      const jurisdiction = PACK_CONFINES[pack]
      return jurisdiction === undefined || allowed.has(jurisdiction) ? [] : [jurisdiction]
    })
  )
  return { outgoing: new Set([...(routing?.failoverWithin ?? []), ...both]), both }
}

/** What the client library needs: endpoints, timeouts, retries, and per client region the order to try. */
export function routeTable(service: Service, platform: Platform): RouteTable | undefined {
  const routing = service.routing
  if (!routing) return undefined
  const timeoutMs = milliseconds(routing.timeout ?? ROUTING_DEFAULTS.timeout)
  const retries = routing.retries ?? ROUTING_DEFAULTS.retries
  const endpoints: Record<string, string> = {}
  for (const region of service.regions) {
    const dns = platform.regions[region]?.dns
    if (!dns) continue
    endpoints[region] = (dns.endpoint ?? DEFAULT_ENDPOINT)
      .replaceAll('{service}', service.name)
      .replaceAll('{region}', region)
      .replaceAll('{zone}', dns.zone)
  }
  const order: Record<string, string[]> = {}
  const orderOf = orderer(service, platform, r => Object.hasOwn(endpoints, r))
  for (const client of Object.keys(platform.regions).sort()) order[client] = orderOf(client)
  const table: RouteTable = {
    service: service.name,
    hostname: routing.hostname,
    timeoutMs,
    deadlineMs:
      routing.deadline !== undefined ? milliseconds(routing.deadline) : timeoutMs * (retries + 1),
    retries,
    maxConnections: MAX_CONNECTIONS,
    retryBudget: { ...RETRY_BUDGET },
    endpoints,
    order
  }
  if (routing.hedge !== undefined) table.hedgeMs = milliseconds(routing.hedge)
  return table
}

/**
 * A region in a jurisdiction the platform confines (spec.routing.failoverWithin)
 * must not fail over abroad: in a failover chain no region after it may be
 * outside, and in any other record set every member answers for every other,
 * so all must be inside.
 */
export function checkJurisdiction(service: Service, platform: Platform): Finding[] {
  const routing = service.routing
  const { outgoing: confined, both } = confinement(platform)
  if (!routing || confined.size === 0) return []
  const findings: Finding[] = []
  const failoverPolicy = (routing.policy ?? ROUTING_DEFAULTS.policy) === 'failover'
  for (const [name, members] of recordSets(service, platform)) {
    const chain = failoverPolicy
      ? (routing.failover ?? members).filter(r => members.includes(r))
      : members
    chain.forEach((region, i) => {
      const jurisdiction = platform.regions[region]!.jurisdiction
      if (!confined.has(jurisdiction)) return
      // Under policy failover a region sends traffic down the chain; one confined both ways takes none from above either.
      const reachable =
        failoverPolicy && !both.has(jurisdiction)
          ? chain.slice(i + 1)
          : chain.filter(r => r !== region)
      const abroad = reachable.filter(r => platform.regions[r]!.jurisdiction !== jurisdiction)
      if (abroad.length === 0) return
      const index = routing.failover?.indexOf(region) ?? -1
      const path =
        index >= 0
          ? ['spec', 'routing', 'failover', index]
          : routing.hostnames?.[region]
            ? ['spec', 'routing', 'hostnames', region]
            : ['spec', 'routing', 'hostname']
      findings.push({
        rule: 'dns-jurisdiction',
        severity: 'error',
        message: both.has(jurisdiction)
          ? `${region} is in ${jurisdiction}, whose regions neither fail over abroad nor take failover from abroad under the ${Object.keys(PACK_CONFINES).find(p => PACK_CONFINES[p] === jurisdiction)} compliance pack (${platform.file}), but ${name} joins it with ${abroad.join(', ')}. Give ${region} its own name in spec.routing.hostnames, or keep its failover inside ${jurisdiction} (the platform may allow it with spec.routing.allowFailoverAbroad).`
          : `${region} is in ${jurisdiction}, whose regions may fail over only within ${jurisdiction} (spec.routing.failoverWithin in ${platform.file}), but ${name} would send its traffic to ${abroad.join(', ')}. Give ${region} its own name in spec.routing.hostnames, or keep its failover inside ${jurisdiction}.`,
        file: service.file,
        ...service.locate(path),
        region
      })
    })
  }
  return findings
}
