import type { PlatformConfig, ServiceManifest } from '../schema/generated.js'
import type { Diagnostic, Severity } from './diagnostic.js'
import { hasErrors, listSome, sortDiagnostics } from './diagnostic.js'
import { parseDuration } from '../schema/formats.js'
import { DEFAULTS } from './model.js'
import type { Platform, Service } from './model.js'
import { routingSpecRules } from './routing-rules.js'
import { checkAgainstSchema, displayPath } from './schema-check.js'
import { suggester } from './suggest.js'
import { parseYaml } from './yaml-source.js'
import type { YamlPath, YamlSource } from './yaml-source.js'

/** A loaded file: the typed value when it is usable, and every diagnostic found either way. */
export type Loaded<T> = { value?: T; diagnostics: Diagnostic[] }

function finding(
  source: YamlSource,
  rule: string,
  message: string,
  path: YamlPath,
  at: 'key' | 'value' = 'value',
  severity: Severity = 'error'
): Diagnostic {
  return { rule, severity, message, file: source.file, ...source.locate(path, at) }
}

/** Rules the schema cannot express: every region named once in the waves, references to listed regions. */
function checkServiceRules(source: YamlSource, m: ServiceManifest): Diagnostic[] {
  const out: Diagnostic[] = []
  const regions = new Set(m.spec.regions)
  const listed = listSome(regions)
  const suggest = suggester(regions)
  const waves = m.spec.train?.waves
  if (waves) {
    const seen = new Map<string, string>()
    waves.forEach((wave, w) =>
      wave.forEach((region, r) => {
        const path = ['spec', 'train', 'waves', w, r]
        if (!regions.has(region)) {
          out.push(
            finding(
              source,
              'wave-unknown-region',
              `Wave ${w + 1} names "${region}", which is not in spec.regions (${listed}).${suggest(region)} Add it to spec.regions or remove it from the wave.`,
              path
            )
          )
        } else if (seen.has(region)) {
          out.push(
            finding(
              source,
              'wave-duplicate-region',
              `"${region}" is in ${seen.get(region)} and again in wave ${w + 1}; each region goes in exactly one wave.`,
              path
            )
          )
        } else {
          seen.set(region, `wave ${w + 1}`)
        }
      })
    )
    for (const region of m.spec.regions) {
      if (!seen.has(region)) {
        out.push(
          finding(
            source,
            'wave-missing-region',
            `Region "${region}" is in spec.regions but in no wave, so no release would reach it. Add it to one wave of spec.train.waves.`,
            ['spec', 'train', 'waves']
          )
        )
      }
    }
  }
  const mustBeListed = (region: string, path: YamlPath, at: 'key' | 'value', what: string) => {
    if (!regions.has(region)) {
      out.push(
        finding(
          source,
          'region-not-in-service',
          `${what} names "${region}", which is not one of spec.regions (${listed}).${suggest(region)} Use one of spec.regions, or add "${region}" to them.`,
          path,
          at
        )
      )
    }
  }
  const routing = m.spec.routing
  routing?.failover?.forEach((r, i) =>
    mustBeListed(r, ['spec', 'routing', 'failover', i], 'value', 'spec.routing.failover')
  )
  for (const key of ['weights', 'geolocation', 'hostnames'] as const) {
    for (const r of Object.keys(routing?.[key] ?? {}))
      mustBeListed(r, ['spec', 'routing', key, r], 'key', `spec.routing.${key}`)
  }
  for (const r of Object.keys(routing?.healthCheck?.id ?? {}))
    mustBeListed(
      r,
      ['spec', 'routing', 'healthCheck', 'id', r],
      'key',
      'spec.routing.healthCheck.id'
    )
  for (const [table, spec] of Object.entries(m.spec.data?.tables ?? {})) {
    mustBeListed(
      spec.home,
      ['spec', 'data', 'tables', table, 'home'],
      'value',
      `spec.data.tables.${table}.home`
    )
  }
  out.push(...routingSpecRules(source, m))
  const timeout = m.spec.train?.timeout
  if (timeout !== undefined && parseDuration(timeout) === 0) {
    out.push(
      finding(
        source,
        'invalid-duration',
        'spec.train.timeout is zero, so every wave would fail at once; give Argo CD time to sync, such as 30m.',
        ['spec', 'train', 'timeout']
      )
    )
  }
  for (const [i, check] of (m.spec.train?.checks ?? []).entries())
    if (check.max === undefined && check.min === undefined)
      out.push(
        finding(
          source,
          'check-without-bounds',
          `spec.train.checks[${i}] (${check.name}) has neither max nor min, so any value would pass; add the bound its value must stay within, such as max: 0.01.`,
          ['spec', 'train', 'checks', i]
        )
      )
  return out
}

function checkPlatformRules(source: YamlSource, p: PlatformConfig): Diagnostic[] {
  const out: Diagnostic[] = []
  const templates: [string, YamlPath][] = [[p.spec.layout.path, ['spec', 'layout', 'path']]]
  for (const [service, override] of Object.entries(p.spec.layout.services ?? {})) {
    if (override.path)
      templates.push([override.path, ['spec', 'layout', 'services', service, 'path']])
  }
  for (const [template, path] of templates) {
    for (const placeholder of ['{region}', '{service}']) {
      if (!template.includes(placeholder)) {
        out.push(
          finding(
            source,
            'layout-missing-placeholder',
            `${displayPath(path)} "${template}" has no ${placeholder}, so different ${placeholder === '{region}' ? 'regions' : 'services'} would share one folder. Add ${placeholder}, as in regions/{region}/{service}.`,
            path
          )
        )
      }
    }
  }
  for (const [region, spec] of Object.entries(p.spec.regions)) {
    const app = spec.argocd.app
    const unknown = app
      ?.match(/\{[^}]*\}/g)
      ?.filter(token => token !== '{service}' && token !== '{region}')
    if (unknown && unknown.length > 0) {
      out.push(
        finding(
          source,
          'invalid-template',
          `spec.regions.${region}.argocd.app uses ${unknown.join(', ')}; only {service} and {region} are replaced.`,
          ['spec', 'regions', region, 'argocd', 'app']
        )
      )
    }
  }
  return out
}

function parseChecked<T>(
  text: string,
  file: string,
  schema: 'service' | 'platform',
  rules: (s: YamlSource, v: T) => Diagnostic[]
): { source?: YamlSource; value?: T; diagnostics: Diagnostic[] } {
  const { source, diagnostics } = parseYaml(text, file)
  if (!source) return { diagnostics }
  const schemaDiagnostics = checkAgainstSchema(source, schema)
  // Semantic rules assume the shape the schema guarantees, so they run only on a well-formed file.
  if (schemaDiagnostics.length > 0) return { diagnostics: sortDiagnostics(schemaDiagnostics) }
  const value = source.value as T
  return { source, value, diagnostics: sortDiagnostics(rules(source, value)) }
}

/** Loads a service manifest from its text. Never throws; `value` is set only when there is no error. */
export function loadService(text: string, file: string): Loaded<Service> {
  const {
    source,
    value: m,
    diagnostics
  } = parseChecked<ServiceManifest>(text, file, 'service', checkServiceRules)
  if (!source || !m || hasErrors(diagnostics)) return { diagnostics }
  const train = m.spec.train ?? {}
  const service: Service = {
    file,
    name: m.metadata.name,
    labels: m.metadata.labels ?? {},
    image: m.spec.image,
    regions: [...m.spec.regions],
    train: {
      waves: train.waves ?? m.spec.regions.map(r => [r]),
      approvals: train.approvals ?? DEFAULTS.approvals,
      bakeSeconds: parseDuration(train.bake ?? DEFAULTS.bake) as number,
      timeoutSeconds: parseDuration(train.timeout ?? DEFAULTS.timeout) as number,
      onFailure: train.onFailure ?? DEFAULTS.onFailure,
      checks: train.checks ?? []
    },
    raw: m,
    locate: source.locate
  }
  if (m.metadata.team !== undefined) service.team = m.metadata.team
  if (m.spec.routing) service.routing = m.spec.routing
  if (m.spec.data) service.data = m.spec.data
  return { value: service, diagnostics }
}

/**
 * A copy without a prototype, so that looking up a user-chosen name such as
 * "constructor" finds only what the file defines.
 */
function ownKeysOnly<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record)
}

/** Loads the platform config from its text. Never throws; `value` is set only when there is no error. */
export function loadPlatform(text: string, file: string): Loaded<Platform> {
  const {
    source,
    value: p,
    diagnostics
  } = parseChecked<PlatformConfig>(text, file, 'platform', checkPlatformRules)
  if (!source || !p || hasErrors(diagnostics)) return { diagnostics }
  const layout = p.spec.layout
  const platform: Platform = {
    file,
    layout: {
      path: layout.path,
      image: layout.image ?? 'kustomize',
      valuesFile: layout.valuesFile ?? DEFAULTS.valuesFile,
      services: ownKeysOnly(layout.services ?? {})
    },
    compliance: [...(p.spec.compliance ?? [])],
    rollbackApprovals: p.spec.rollback?.approvals ?? DEFAULTS.rollbackApprovals,
    regions: ownKeysOnly(p.spec.regions),
    raw: p,
    locate: source.locate
  }
  if (p.metadata?.name !== undefined) platform.name = p.metadata.name
  return { value: platform, diagnostics }
}

/** Rules that need both files: every region the manifest names exists in the platform. */
export function checkServiceAgainstPlatform(service: Service, platform: Platform): Diagnostic[] {
  const out: Diagnostic[] = []
  const known = Object.keys(platform.regions)
  const knownList = listSome(known)
  const suggest = suggester(known)
  service.regions.forEach((region, i) => {
    if (!platform.regions[region]) {
      out.push({
        rule: 'unknown-region',
        severity: 'error',
        message: `Region "${region}" is not defined in ${platform.file} (regions: ${knownList}).${suggest(region)} Fix the name or ask the platform team to add the region.`,
        file: service.file,
        ...service.locate(['spec', 'regions', i])
      })
    }
  })
  const jurisdictions = new Set(Object.values(platform.regions).map(r => r.jurisdiction))
  const suggestJurisdiction = suggester(jurisdictions)
  const jurisdictionList = listSome(jurisdictions)
  for (const [table, spec] of Object.entries(service.data?.tables ?? {})) {
    spec.residency?.forEach((j, i) => {
      if (!jurisdictions.has(j)) {
        out.push({
          rule: 'unknown-jurisdiction',
          severity: 'warning',
          message: `Table ${table} allows jurisdiction ${j}, but no platform region is in it (jurisdictions: ${jurisdictionList}).${suggestJurisdiction(j)} Remove it, or ask the platform team for a region in ${j}.`,
          file: service.file,
          ...service.locate(['spec', 'data', 'tables', table, 'residency', i])
        })
      }
    })
  }
  return sortDiagnostics(out)
}
