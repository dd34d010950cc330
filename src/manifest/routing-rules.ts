import type { Diagnostic, Severity } from './diagnostic.js'
import { parseDuration } from '../schema/formats.js'
import type { YamlPath, YamlSource } from './yaml-source.js'
import type { ServiceManifest } from '../schema/generated.js'
import { hostnameOf, ROUTING_DEFAULTS } from './routing.js'
import { COUNTRIES, DEFAULT_COUNTRY, US_SUBDIVISIONS } from './route53-locations.js'

/** Node's timers hold at most 2^31 - 1 ms; a longer delay fires at once (setTimeout docs), so every request would time out. */
export const MAX_TIMER_MS = 2 ** 31 - 1

const ms = (duration: string) => Math.round((parseDuration(duration) ?? 0) * 1000)

/**
 * The routing rules that need only the manifest: geolocation codes Route 53
 * accepts, durations the client can keep, shift steps that rise.
 */
export function routingSpecRules(source: YamlSource, m: ServiceManifest): Diagnostic[] {
  const routing = m.spec.routing
  if (!routing) return []
  const out: Diagnostic[] = []
  const add = (
    rule: string,
    message: string,
    path: YamlPath,
    severity: Severity = 'error',
    at: 'key' | 'value' = 'value'
  ) => out.push({ rule, severity, message, file: source.file, ...source.locate(path, at) })

  const geoPath = ['spec', 'routing', 'geolocation']
  const geolocation = (routing.policy ?? ROUTING_DEFAULTS.policy) === 'geolocation'
  // Route 53 keys a geolocation record by name and location: regions on names of their own (spec.routing.hostnames) are separate record sets.
  const seen = new Map<string, string>()
  for (const [region, geo] of Object.entries(routing.geolocation ?? {})) {
    const path = [...geoPath, region]
    if (Object.keys(geo).length === 0) {
      add(
        'dns-geolocation-empty',
        `spec.routing.geolocation.${region} names no location, so Route 53 would refuse its record. Give it a continent, a country (with a subdivision for a US state) or country '*' for the rest of the world.`,
        path
      )
      continue
    }
    const country = geo.country
    if (country !== undefined && country !== DEFAULT_COUNTRY && !COUNTRIES.has(country))
      add(
        'dns-geolocation-code',
        `spec.routing.geolocation.${region}.country is "${country}", which is not an ISO 3166-1 alpha-2 code Route 53 accepts${country === 'UK' ? ' (the United Kingdom is GB)' : ''}. Use a code of the Route 53 GeoLocation type, or '*' for the default record.`,
        [...path, 'country']
      )
    if (geo.subdivision !== undefined && country !== undefined) {
      if (country !== 'US')
        add(
          'dns-geolocation-code',
          `spec.routing.geolocation.${region}.subdivision is set for country ${country}, but Route 53 takes subdivisions only for US states. Remove the subdivision, or route the whole country.`,
          [...path, 'subdivision']
        )
      else if (!US_SUBDIVISIONS.has(geo.subdivision))
        add(
          'dns-geolocation-code',
          `spec.routing.geolocation.${region}.subdivision is "${geo.subdivision}", which is not a US state Route 53 knows (two letters, such as CA or NY; territories such as PR have country codes of their own).`,
          [...path, 'subdivision']
        )
    }
    if (!geolocation) continue
    const name = hostnameOf(routing, region)
    const location = geo.continent ?? `${country}${geo.subdivision ? `-${geo.subdivision}` : ''}`
    const first = seen.get(`${name} ${location}`)
    if (first !== undefined)
      add(
        'dns-geolocation-duplicate',
        `${region} and ${first} both answer for ${location} on ${name}; Route 53 takes one geolocation record per location and name. Give each region a location of its own.`,
        path
      )
    else seen.set(`${name} ${location}`, region)
  }
  if (geolocation) {
    const names = new Map<string, string[]>()
    for (const region of m.spec.regions) {
      const name = hostnameOf(routing, region)
      names.set(name, [...(names.get(name) ?? []), region])
    }
    for (const [name, regions] of names) {
      if (regions.some(r => routing.geolocation?.[r]?.country === DEFAULT_COUNTRY)) continue
      const whom = names.size > 1 ? ` of ${name} (${regions.join(', ')})` : ''
      add(
        'dns-geolocation-default',
        `No region${whom} answers for locations outside spec.routing.geolocation, so Route 53 returns no answer (NODATA) to those clients. Give one region${whom} country '*'.`,
        routing.geolocation ? geoPath : ['spec', 'routing', 'policy'],
        'warning',
        routing.geolocation ? 'key' : 'value'
      )
    }
  }

  const timeout = ms(routing.timeout ?? ROUTING_DEFAULTS.timeout)
  const retries = routing.retries ?? ROUTING_DEFAULTS.retries
  const deadline = routing.deadline === undefined ? timeout * (retries + 1) : ms(routing.deadline)
  const durationPath = (field: string) => ['spec', 'routing', field]
  if (timeout <= 0)
    add(
      'routing-duration',
      'spec.routing.timeout is zero, so every attempt would time out before it is sent. Give attempts time, such as 2s.',
      durationPath('timeout')
    )
  else if (routing.deadline !== undefined && timeout > deadline)
    add(
      'routing-duration',
      `spec.routing.timeout (${routing.timeout ?? ROUTING_DEFAULTS.timeout}) is longer than spec.routing.deadline (${routing.deadline}), which ends every request first. Make the attempt timeout at most the deadline.`,
      durationPath('timeout')
    )
  for (const [field, value] of [
    ['timeout', timeout],
    ['deadline', deadline],
    ['hedge', routing.hedge === undefined ? 0 : ms(routing.hedge)]
  ] as const)
    if (value > MAX_TIMER_MS)
      add(
        'routing-duration',
        `spec.routing.${field} is ${value} ms; Node's timers hold at most 2^31 - 1 ms (about 24.8 days) and fire at once beyond it, so every request would fail. Use a shorter duration.`,
        durationPath(field === 'deadline' && routing.deadline === undefined ? 'timeout' : field)
      )
  if (routing.hedge !== undefined && ms(routing.hedge) <= 0)
    add(
      'routing-duration',
      `spec.routing.hedge is ${routing.hedge}, so every idempotent request goes to two regions at once and doubles the load on the service. Set the hedge to a latency most requests beat (such as their p95), or remove it.`,
      durationPath('hedge')
    )
  else if (routing.hedge !== undefined && ms(routing.hedge) >= deadline)
    add(
      'routing-duration',
      `spec.routing.hedge (${routing.hedge}) is not shorter than the deadline (${deadline} ms), so no hedge would ever be sent. Make it shorter, or remove it.`,
      durationPath('hedge')
    )

  routing.shift?.forEach((step, i) => {
    const before = routing.shift![i - 1]
    if (before !== undefined && step <= before)
      add(
        'routing-shift-order',
        `spec.routing.shift step ${i + 1} (${step}%) does not rise above step ${i} (${before}%); a joining region's weight must only grow towards its target. List the steps in rising order.`,
        ['spec', 'routing', 'shift', i]
      )
  })
  return out
}
