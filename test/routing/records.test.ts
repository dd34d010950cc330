import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { loadService } from '../../src/manifest/load.js'
import type { Diagnostic } from '../../src/manifest/diagnostic.js'
import { routeTable } from '../../src/routing/route-table.js'
import { validateViews } from '../../src/routing/validate.js'
import type { AnnotationView } from '../../src/routing/validate.js'
import type { Finding, Plan } from '../../src/schema/generated.js'
import { MANIFEST, planOver, platformWith, serviceWith } from '../support/routing.js'

/*
 * Records Route 53 and ExternalDNS accept (issue 11): each test builds an
 * input Route 53 would refuse after merge, or a record set that would send
 * traffic where it must not go, and checks the planner says so before.
 */

const rules = (result: Plan | { diagnostics: Diagnostic[] }) =>
  ('findings' in result ? result.findings : result.diagnostics).map(f => f.rule)

function errors(result: Plan, rule: string): Finding[] {
  return result.findings.filter(f => f.rule === rule && f.severity === 'error')
}

/** Loads a manifest whose spec.routing holds `lines`, over `regions`. */
function manifest(lines: string[], regions = ['us-east', 'us-west', 'sweden']) {
  return loadService(
    [
      'apiVersion: multiregion.dev/v1',
      'kind: Service',
      'metadata: { name: checkout }',
      'spec:',
      '  image: ghcr.io/acme/checkout',
      `  regions: [${regions.join(', ')}]`,
      '  routing:',
      '    hostname: checkout.internal.example.com',
      ...lines.map(l => `    ${l}`),
      ''
    ].join('\n'),
    MANIFEST
  )
}

/** Applies a plan's edits to the files, as merging its PRs would. */
function merge(result: Plan, files: Map<string, string>): void {
  for (const region of result.regions)
    for (const edit of region.edits) files.set(edit.path, edit.content)
}

describe('a region that no longer publishes', () => {
  it('loses every annotation the compiler owns when the new policy leaves it out', () => {
    let files = new Map<string, string>()
    const latency = planOver(serviceWith(['policy: latency']), undefined, f => (files = f))
    merge(latency, files)
    expect(files.get('regions/us-east/checkout/service.yaml')).toContain('aws-region: us-east-1')
    const failover = planOver(
      serviceWith(['policy: failover', 'failover: [us-west, sweden]']),
      undefined,
      f => {
        for (const [k, v] of files) f.set(k, v)
      }
    )
    const edit = failover.regions
      .find(r => r.name === 'us-east')!
      .edits.find(e => e.path === 'regions/us-east/checkout/service.yaml')
    expect(edit).toBeDefined()
    expect(edit!.content).not.toMatch(/external-dns\.kubernetes\.io\//)
    // Other annotations stay, byte for byte.
    expect(edit!.content).toContain('service.beta.kubernetes.io/aws-load-balancer-scheme: internal')
  })
})

describe('a region that moves to k8gb', () => {
  it('gets a Gslb k8gb can resolve, and loses the ExternalDNS annotations the toolkit wrote', () => {
    let files = new Map<string, string>()
    merge(
      planOver(serviceWith(['policy: latency']), undefined, f => (files = f)),
      files
    )
    const k8gb = platformWith(t =>
      t.replace(
        'provider: aws\n        zone: internal.example.com',
        'provider: k8gb\n        zone: internal.example.com'
      )
    )
    const result = planOver(serviceWith(['policy: latency']), k8gb, f => {
      for (const [k, v] of files) f.set(k, v)
    })
    const edits = result.regions.find(r => r.name === 'us-east')!.edits
    const service = edits.find(e => e.path === 'regions/us-east/checkout/service.yaml')
    expect(service?.content).not.toMatch(/external-dns\.kubernetes\.io\//)
    const gslb = parse(edits.find(e => e.path.endsWith('gslb.yaml'))!.content) as {
      metadata: { annotations: Record<string, string> }
      spec: { resourceRef: { kind: string; name: string } }
    }
    // k8gb reads a Service-backed Gslb's name from this annotation (refresolver/lbservice GetServers).
    expect(gslb.metadata.annotations['k8gb.io/hostname']).toBe('checkout.internal.example.com')
    expect(gslb.spec.resourceRef).toMatchObject({ kind: 'Service', name: 'checkout' })
  })
})

describe('names are compared as DNS compares them', () => {
  it('a name differing only by case and a trailing dot joins the record set', () => {
    const result = planOver(
      serviceWith([
        'policy: failover',
        'failover: [us-east, us-west, sweden]',
        "hostnames: { sweden: 'Checkout.Internal.Example.com.' }"
      ])
    )
    const sweden = result.regions.find(r => r.name === 'sweden')!.dns!
    // Not a plain record beside the failover pair (Route 53 refuses the mix, external-dns #3141).
    expect(sweden.records[0]).toMatchObject({ policy: 'failover', failover: 'SECONDARY' })
    expect(result.summary.errors).toBe(0)
  })

  it('counts a plain record on a name with routed records as a mixed policy', () => {
    const at = { file: 'x', line: 1, column: 1 }
    const view = (region: string, keys: Record<string, string>): AnnotationView => ({
      region,
      provider: 'aws',
      zone: 'internal.example.com',
      prefix: 'external-dns.kubernetes.io/',
      at,
      keys: new Map(Object.entries(keys).map(([k, value]) => [k, { value, at }])),
      foreign: []
    })
    const findings = validateViews(
      [
        view('us-east', {
          hostname: 'checkout.internal.example.com',
          'set-identifier': 'a',
          'aws-failover': 'PRIMARY'
        }),
        view('us-west', {
          hostname: 'checkout.internal.example.com',
          'set-identifier': 'b',
          'aws-failover': 'SECONDARY'
        }),
        view('sweden', { hostname: 'CHECKOUT.internal.example.com.' })
      ],
      { claimed: new Map(), service: 'checkout' }
    )
    expect(findings.map(f => f.rule)).toContain('dns-mixed-policy')
  })

  it('a claimed name written in another case is still claimed', () => {
    const result = planOver(
      serviceWith(['policy: latency']),
      undefined,
      undefined,
      new Map([['CHECKOUT.Internal.example.com.', 'search']])
    )
    expect(errors(result, 'dns-hostname-claimed').length).toBeGreaterThan(0)
  })
})

describe('geolocation locations Route 53 accepts', () => {
  const geo = (entries: string[]) =>
    manifest(
      ['policy: geolocation', 'geolocation:', ...entries.map(e => `  ${e}`)],
      ['us-east', 'us-west', 'sweden', 'china']
    )

  it.each([
    ['UK, which Route 53 calls GB', 'us-east: { country: UK }'],
    ['XX, no country', 'us-east: { country: XX }'],
    ['a subdivision outside the United States', 'us-east: { country: SE, subdivision: AB }'],
    ['a US subdivision that is no state', 'us-east: { country: US, subdivision: ZZ }']
  ])('refuses %s', (_, entry) => {
    const loaded = geo([entry, "us-west: { country: '*' }"])
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'dns-geolocation-code', severity: 'error', line: 11 })
    ])
  })

  it('accepts GB, UA, a US state and a continent', () => {
    const loaded = geo([
      'us-east: { country: US, subdivision: CA }',
      'us-west: { country: GB }',
      'sweden: { continent: EU }',
      "china: { country: '*' }"
    ])
    expect(rules(loaded)).toEqual([])
    expect(
      rules(
        manifest([
          'policy: geolocation',
          'geolocation:',
          '  us-east: { country: UA }',
          "  us-west: { country: '*' }"
        ])
      )
    ).toEqual([])
  })

  it('refuses two regions on one location', () => {
    const loaded = geo([
      'us-east: { country: US }',
      'us-west: { country: US }',
      "sweden: { country: '*' }"
    ])
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'dns-geolocation-duplicate', severity: 'error', line: 12 })
    ])
  })

  it('takes one location per record set: China on a name of its own may answer for * too', () => {
    const china = (entry: string) =>
      manifest(
        [
          'hostnames: { china: checkout.internal.example.cn }',
          'policy: geolocation',
          'geolocation:',
          '  us-east: { country: US }',
          "  us-west: { country: '*' }",
          '  sweden: { continent: EU }',
          `  china: ${entry}`
        ],
        ['us-east', 'us-west', 'sweden', 'china']
      )
    expect(rules(china("{ country: '*' }"))).toEqual([])
    // Without a default of its own, China's name answers nobody outside China.
    const loaded = china('{ country: CN }')
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'dns-geolocation-default', severity: 'warning' })
    ])
    expect(loaded.diagnostics[0]!.message).toContain('checkout.internal.example.cn (china)')
  })

  it('refuses an empty entry', () => {
    const loaded = geo(['us-east: {}', "us-west: { country: '*' }"])
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'dns-geolocation-empty', severity: 'error', line: 11 })
    ])
  })

  it('warns when no region answers for the rest of the world (*)', () => {
    const loaded = geo(['us-east: { country: US }', 'sweden: { continent: EU }'])
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'dns-geolocation-default', severity: 'warning' })
    ])
    expect(loaded.value).toBeDefined()
  })
})

describe('failover Route 53 can build', () => {
  it('refuses policy failover over one region, with no tier0 record', () => {
    const result = planOver(serviceWith(['policy: failover', 'failover: [us-east]']))
    expect(errors(result, 'dns-failover-pair')).toEqual([
      expect.objectContaining({ file: MANIFEST, line: 11 })
    ])
    const names = result.regions.flatMap(r => r.dns?.records.map(d => d.name) ?? [])
    expect(names.some(n => n.includes('tier0'))).toBe(false)
  })

  it('refuses nesting whose names fall outside the zone (an apex name, three tiers)', () => {
    const service = serviceWith(['policy: failover', 'failover: [us-east, us-west, sweden]'])
    service.routing!.hostname = 'internal.example.com'
    const result = planOver(service)
    expect(errors(result, 'dns-failover-nesting')).toHaveLength(1)
    expect(errors(result, 'dns-failover-nesting')[0]!.message).toContain(
      'internal-tier2.example.com'
    )
  })

  it('refuses nesting whose names Route 53 cannot hold (a first label of 60 characters, over 63 with -tier2)', () => {
    const service = serviceWith(['policy: failover', 'failover: [us-east, us-west, sweden]'])
    const label = 'c'.repeat(60)
    service.routing!.hostname = `${label}.internal.example.com`
    const result = planOver(service)
    expect(errors(result, 'dns-failover-nesting')).toHaveLength(1)
    expect(errors(result, 'dns-failover-nesting')[0]!.message).toContain(`${label}-tier2`)
    // No region is planned a record on the name Route 53 would refuse.
    const names = result.regions.flatMap(r => r.dns?.records.map(d => d.name) ?? [])
    expect(names.some(n => n.includes('-tier2'))).toBe(false)
  })
})

describe('durations the client can keep', () => {
  it.each([
    ['an attempt timeout of zero', ['timeout: 0s'], 'timeout'],
    ['an attempt timeout above the deadline', ['timeout: 5s', 'deadline: 2s'], 'timeout'],
    ['a deadline setTimeout cannot hold (30d)', ['deadline: 30d'], 'deadline'],
    ['a hedge delay at the deadline', ['timeout: 1s', 'deadline: 3s', 'hedge: 3s'], 'hedge'],
    ['a hedge of 0s, which sends every request twice', ['hedge: 0s'], 'hedge']
  ])('refuses %s', (_, lines, field) => {
    const loaded = manifest(lines)
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'routing-duration', severity: 'error' })
    ])
    expect(loaded.diagnostics[0]!.message).toContain(`spec.routing.${field}`)
  })

  it('refuses shift steps that do not rise', () => {
    const loaded = manifest(['policy: weighted', 'shift: [50, 10, 100]'])
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'routing-shift-order', severity: 'error', line: 10 })
    ])
  })

  it('refuses a hostnames key that is no region of the service, with a suggestion', () => {
    const loaded = manifest(['hostnames: { swedn: checkout.internal.example.com }'])
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'region-not-in-service', severity: 'error' })
    ])
    expect(loaded.diagnostics[0]!.message).toContain('Did you mean "sweden"?')
  })
})

describe('China', () => {
  const open = (t: string) =>
    t
      .replace('zone: internal.example.cn', 'zone: internal.example.com')
      .replace('failoverWithin: [CN]', 'failoverWithin: []')
      .replace('compliance: [gdpr, pipl]', 'compliance: [gdpr]')

  it('refuses a record set shared by the aws-cn partition and commercial regions', () => {
    const result = planOver(
      serviceWith(['policy: latency'], ['us-east', 'china']),
      platformWith(open)
    )
    expect(errors(result, 'dns-partition').length).toBeGreaterThan(0)
  })

  it('with pipl, a CN region neither fails over abroad nor receives failover from abroad', () => {
    const pipl = (t: string) => open(t).replace('compliance: [gdpr]', 'compliance: [gdpr, pipl]')
    const shared = serviceWith(
      ['policy: failover', 'failover: [us-east, china]'],
      ['us-east', 'us-west', 'china']
    )
    const platform = platformWith(pipl)
    expect(errors(planOver(shared, platform), 'dns-jurisdiction').map(f => f.region)).toContain(
      'china'
    )
    const table = routeTable(shared, platform)!
    expect(table.order['us-east']).not.toContain('china')
    expect(table.order['china']).toEqual(['china'])
  })

  it('unless the platform allows CN failover abroad explicitly', () => {
    const allowed = (t: string) =>
      open(t)
        .replace('compliance: [gdpr]', 'compliance: [gdpr, pipl]')
        .replace('failoverWithin: []', 'failoverWithin: []\n    allowFailoverAbroad: [CN]')
    const shared = serviceWith(
      ['policy: failover', 'failover: [us-east, china]'],
      ['us-east', 'us-west', 'china']
    )
    const platform = platformWith(allowed)
    expect(errors(planOver(shared, platform), 'dns-jurisdiction')).toEqual([])
    expect(routeTable(shared, platform)!.order['us-east']).toContain('china')
  })
})
