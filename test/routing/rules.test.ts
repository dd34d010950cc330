import { describe, expect, it } from '@jest/globals'
import { loadService } from '../../src/manifest/load.js'
import { validateViews } from '../../src/routing/validate.js'
import type { AnnotationView } from '../../src/routing/validate.js'
import type { Finding, Plan } from '../../src/schema/generated.js'
import {
  MANIFEST,
  planOver,
  platformWith,
  serviceWith,
  withAnnotations
} from '../support/routing.js'

/*
 * One test per routing rule: each builds the smallest input that breaks it
 * and checks the finding's rule, severity, file, line, column and region.
 * Lines of MANIFEST: 9 is spec.routing.hostname, 10 onwards the routing
 * lines a test passes. Annotations a test adds to a service.yaml start at
 * its line 8.
 */

const US_EAST = 'regions/us-east/checkout/service.yaml'

function only(result: Plan, rule: string): Finding {
  const found = result.findings.filter(f => f.rule === rule)
  expect(found).toHaveLength(1)
  return found[0]!
}

const latency = () => serviceWith(['policy: latency'])

describe('rules Route 53 enforces only after merge, checked before it', () => {
  it('dns-policy-change: a former policy’s annotation is removed, with a warning, and others are kept', () => {
    const result = planOver(
      latency(),
      undefined,
      withAnnotations('us-east', [
        'example.com/keep: "yes"',
        'external-dns.kubernetes.io/aws-weight: "5"'
      ])
    )
    // The compiler removes keys it owns, so a stale weight goes; the unknown annotation stays.
    expect(result.findings.filter(f => f.rule === 'dns-mixed-policy')).toEqual([])
    const edit = result.regions[0]!.edits.find(e => e.path === US_EAST)!
    expect(edit.content).not.toContain('aws-weight')
    expect(edit.content).toContain('example.com/keep: "yes"')
    expect(only(result, 'dns-policy-change')).toMatchObject({
      severity: 'warning',
      region: 'us-east'
    })
  })

  it('dns-mixed-policy: a geoproximity annotation next to the compiled latency record', () => {
    const result = planOver(
      latency(),
      undefined,
      withAnnotations('us-east', ['external-dns.kubernetes.io/aws-geoproximity-region: us-east-1'])
    )
    expect(only(result, 'dns-mixed-policy')).toMatchObject({
      severity: 'error',
      file: US_EAST,
      line: 5,
      column: 3,
      region: 'us-east'
    })
    expect(result.regions[0]!.action).toBe('blocked')
  })

  it('dns-failover-health: a plain PRIMARY without a health check', () => {
    const result = planOver(
      serviceWith(
        ['policy: failover', 'failover: [us-east, us-west]', 'alias: false'],
        ['us-east', 'us-west']
      )
    )
    expect(only(result, 'dns-failover-health')).toMatchObject({
      severity: 'error',
      file: MANIFEST,
      line: 11,
      column: 16,
      region: 'us-east'
    })
    const withCheck = planOver(
      serviceWith(
        [
          'policy: failover',
          'failover: [us-east, us-west]',
          'alias: false',
          'healthCheck: { id: { us-east: 5b0d8c1e-2222-4e0b-9c1d-5a0e0f1e2d3c } }'
        ],
        ['us-east', 'us-west']
      )
    )
    expect(withCheck.findings.filter(f => f.rule === 'dns-failover-health')).toEqual([])
  })

  it('dns-region-removed: a region taken out of spec.regions whose Service still publishes the name', () => {
    const twoRegions = serviceWith(
      ['policy: failover', 'failover: [us-east, us-west]'],
      ['us-east', 'us-west']
    )
    // sweden served the latency set before it was removed; Route 53 would keep it beside the failover pair.
    const result = planOver(
      twoRegions,
      undefined,
      withAnnotations('sweden', [
        'external-dns.kubernetes.io/hostname: checkout.internal.example.com',
        'external-dns.kubernetes.io/set-identifier: checkout-sweden',
        'external-dns.kubernetes.io/aws-region: eu-north-1'
      ])
    )
    expect(only(result, 'dns-region-removed')).toMatchObject({
      severity: 'error',
      file: 'regions/sweden/checkout/service.yaml',
      line: 8,
      region: 'sweden'
    })
    expect(only(result, 'dns-region-removed').message).toContain('checkout.internal.example.com')
    // A removed region whose Service publishes nothing is no concern.
    expect(planOver(twoRegions).findings.map(f => f.rule)).not.toContain('dns-region-removed')
    // sweden was the first of three failover regions: its DNSEndpoint still carries the nested records.
    const threeTiers = planOver(
      serviceWith(['policy: failover', 'failover: [sweden, us-east, us-west]'])
    )
    const endpoint = threeTiers.regions
      .find(r => r.name === 'sweden')!
      .edits.find(e => e.path.endsWith('/dnsendpoint.yaml'))!
    const left = planOver(twoRegions, undefined, files =>
      files.set(endpoint.path, endpoint.content)
    )
    expect(only(left, 'dns-region-removed')).toMatchObject({
      file: endpoint.path,
      region: 'sweden'
    })
  })

  it('generated-file-stale: a Gslb of a region that left k8gb, or mesh files of a region that left the mesh', () => {
    const service = serviceWith(['policy: latency'])
    const k8gb = platformWith(t =>
      t.replaceAll(
        'provider: aws\n        zone: internal.example.com',
        'provider: k8gb\n        zone: internal.example.com'
      )
    )
    const formerGslb = planOver(service, k8gb)
      .regions.find(r => r.name === 'us-east')!
      .edits.find(e => e.path.endsWith('/gslb.yaml'))!
    const istio = platformWith(t => t.replace('  routing:\n', '  routing:\n    mesh: istio\n'))
    const formerIstio = planOver(service, istio)
      .regions.find(r => r.name === 'us-east')!
      .edits.find(e => e.path.endsWith('/istio.yaml'))!
    // Back on Route 53 and without a mesh: the two files are still in the folder and its kustomization.
    const result = planOver(service, platformWith(), files => {
      files.set(formerGslb.path, formerGslb.content)
      files.set(formerIstio.path, formerIstio.content)
    })
    const stale = result.findings.filter(f => f.rule === 'generated-file-stale')
    expect(stale.map(f => [f.severity, f.file, f.region])).toEqual([
      ['error', formerGslb.path, 'us-east'],
      ['warning', formerIstio.path, 'us-east']
    ])
    expect(stale[0]!.message).toContain('k8gb')
  })

  it('dns-latency-region: a latency record whose platform location is not a Region Route 53 knows', () => {
    // A GCP-style name for the cluster's location: Route 53 takes only its own Region values.
    const platform = platformWith(t => t.replace('location: eu-north-1', 'location: europe-north1'))
    const result = planOver(latency(), platform)
    expect(only(result, 'dns-latency-region')).toMatchObject({
      severity: 'error',
      file: MANIFEST,
      region: 'sweden'
    })
    expect(only(result, 'dns-latency-region').message).toContain('europe-north1')
    expect(planOver(latency()).findings.map(f => f.rule)).not.toContain('dns-latency-region')
  })

  it('dns-latency-duplicate: two regions of one latency name in the same AWS Region', () => {
    // Two clusters in us-east-1: Route 53 takes one latency record per Region and name.
    const platform = platformWith(t => t.replace('location: us-west-2', 'location: us-east-1'))
    const result = planOver(latency(), platform)
    expect(only(result, 'dns-latency-duplicate')).toMatchObject({
      severity: 'error',
      file: MANIFEST,
      region: 'us-west'
    })
    expect(only(result, 'dns-latency-duplicate').message).toContain('us-east-1')
  })

  it('dns-alias-false: ExternalDNS ignores alias "false" and makes ALIAS records to a load balancer anyway', () => {
    const result = planOver(serviceWith(['policy: latency', 'alias: false', 'ttl: 30']))
    expect(only(result, 'dns-alias-false')).toMatchObject({
      severity: 'warning',
      file: MANIFEST,
      line: 11,
      column: 12
    })
    expect(only(result, 'dns-alias-false').message).toContain('--aws-prefer-cname')
    expect(planOver(latency()).findings.map(f => f.rule)).not.toContain('dns-alias-false')
  })

  it('dns-failover-pair: not raised for a region alone on its name, which gets a plain record', () => {
    const result = planOver(serviceWith(['policy: failover', 'failover: [us-east]'], ['us-east']))
    expect(result.findings.map(f => f.rule)).not.toContain('dns-failover-pair')
    expect(result.regions[0]!.dns!.records).toEqual([
      expect.objectContaining({ policy: 'simple', alias: true })
    ])
    expect(result.regions[0]!.dns!.annotations).not.toHaveProperty(
      'external-dns.kubernetes.io/set-identifier'
    )
  })

  it('dns-geolocation-one-of: a continent and a country on one region', () => {
    const result = planOver(
      serviceWith([
        'policy: geolocation',
        'geolocation:',
        '  us-east: { continent: NA, country: US }',
        '  us-west: { country: "*" }',
        '  sweden: { continent: EU }'
      ])
    )
    expect(only(result, 'dns-geolocation-one-of')).toMatchObject({
      severity: 'error',
      file: MANIFEST,
      line: 12,
      region: 'us-east'
    })
  })

  it('dns-geolocation-one-of: a subdivision without its country', () => {
    const result = planOver(
      serviceWith([
        'policy: geolocation',
        'geolocation:',
        '  us-east: { subdivision: NY }',
        '  us-west: { country: "*" }',
        '  sweden: { continent: EU }'
      ])
    )
    expect(only(result, 'dns-geolocation-one-of')).toMatchObject({ line: 12, region: 'us-east' })
  })

  it('dns-geoproximity-one-of: two of region, local zone group and coordinates', () => {
    const result = planOver(
      serviceWith(['policy: latency'], ['us-east']),
      undefined,
      withAnnotations('us-east', [
        'external-dns.kubernetes.io/aws-geoproximity-region: us-east-1',
        'external-dns.kubernetes.io/aws-geoproximity-coordinates: "40.7,-74.0"'
      ])
    )
    expect(only(result, 'dns-geoproximity-one-of')).toMatchObject({
      file: US_EAST,
      line: 9,
      column: 62,
      region: 'us-east'
    })
  })

  it('dns-geoproximity-range: a bias outside -99..99 and coordinates off the globe', () => {
    const result = planOver(
      serviceWith(['policy: latency'], ['us-east']),
      undefined,
      withAnnotations('us-east', [
        'external-dns.kubernetes.io/aws-geoproximity-coordinates: "91,0"',
        'external-dns.kubernetes.io/aws-geoproximity-bias: "120"'
      ])
    )
    const found = result.findings.filter(f => f.rule === 'dns-geoproximity-range')
    expect(found.map(f => [f.file, f.line])).toEqual([
      [US_EAST, 8],
      [US_EAST, 9]
    ])
  })

  it('dns-multi-value-answer: "false" still turns multivalue on', () => {
    const result = planOver(
      latency(),
      undefined,
      withAnnotations('us-east', ['external-dns.kubernetes.io/aws-multi-value-answer: "false"'])
    )
    expect(only(result, 'dns-multi-value-answer')).toMatchObject({
      severity: 'warning',
      file: US_EAST,
      line: 8,
      region: 'us-east'
    })
  })

  it('dns-ttl-below-minimum: a Cloudflare record under 120 s', () => {
    const platform = platformWith(t =>
      t.replace(
        'provider: aws\n        zone: internal.example.com',
        'provider: cloudflare\n        zone: internal.example.com'
      )
    )
    const result = planOver(
      serviceWith(
        ['ttl: 60', 'hostnames: { us-east: solo.internal.example.com }'],
        ['us-east', 'us-west']
      ),
      platform
    )
    expect(only(result, 'dns-ttl-below-minimum')).toMatchObject({
      severity: 'error',
      file: MANIFEST,
      line: 10,
      column: 10,
      region: 'us-east'
    })
  })

  it('dns-hostname-zone: a hostname outside the region’s zone', () => {
    const result = planOver(serviceWith(['policy: latency'], ['us-east', 'china']))
    expect(result.findings.filter(f => f.rule === 'dns-hostname-zone')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: MANIFEST,
        line: 9,
        column: 15,
        region: 'china'
      })
    ])
  })

  it('dns-hostname-claimed: another service already publishes the name', () => {
    const result = planOver(
      latency(),
      undefined,
      undefined,
      new Map([['checkout.internal.example.com', 'payments-api']])
    )
    const found = result.findings.filter(f => f.rule === 'dns-hostname-claimed')
    expect(found.map(f => f.region)).toEqual(['us-east', 'us-west', 'sweden'])
    expect(found[0]).toMatchObject({ file: MANIFEST, line: 9, column: 15 })
    expect(found[0]!.message).toContain('payments-api')
  })

  it('dns-controller-value: a controller annotation that makes ExternalDNS skip the Service', () => {
    const result = planOver(
      latency(),
      undefined,
      withAnnotations('us-east', ['external-dns.kubernetes.io/controller: other'])
    )
    expect(only(result, 'dns-controller-value')).toMatchObject({
      file: US_EAST,
      line: 8,
      region: 'us-east'
    })
  })

  it('dns-annotation-prefix: annotations under a prefix the region’s ExternalDNS does not read', () => {
    const result = planOver(
      latency(),
      undefined,
      withAnnotations('us-east', [
        'external-dns.alpha.kubernetes.io/hostname: checkout.internal.example.com'
      ])
    )
    expect(only(result, 'dns-annotation-prefix')).toMatchObject({
      severity: 'warning',
      file: US_EAST,
      line: 8,
      column: 48,
      region: 'us-east'
    })
  })
})

/** Annotations as ExternalDNS would read them on one region's Service, each at its own line of FILE. */
const FILE = 'regions/x/checkout/service.yaml'
function view(
  region: string,
  annotations: Record<string, string>,
  provider = 'aws'
): AnnotationView {
  const keys = new Map(
    Object.entries(annotations).map(([key, value], i) => [
      key,
      { value, at: { file: FILE, line: 10 + i, column: 5 } }
    ])
  )
  return {
    region,
    provider,
    zone: 'internal.example.com',
    prefix: 'external-dns.kubernetes.io/',
    at: { file: FILE, line: 5, column: 3 },
    keys,
    foreign: []
  }
}
const NAME = 'checkout.internal.example.com'
const check = (...views: AnnotationView[]) =>
  validateViews(views, { claimed: new Map(), service: 'checkout' })

describe('rules on annotations the compiler never writes wrong, written by hand', () => {
  it('dns-set-identifier-missing: a routing policy without a set-identifier', () => {
    expect(check(view('us-east', { hostname: NAME, 'aws-region': 'us-east-1' }))).toEqual([
      expect.objectContaining({
        rule: 'dns-set-identifier-missing',
        severity: 'error',
        file: FILE,
        line: 5,
        column: 3,
        region: 'us-east'
      })
    ])
    expect(check(view('us-east', { hostname: NAME }))).toEqual([])
  })

  it('dns-set-identifier-duplicate: two regions with one set-identifier on a name', () => {
    const a = { hostname: NAME, 'set-identifier': 'checkout', 'aws-region': 'us-east-1' }
    const b = { ...a, 'aws-region': 'us-west-2' }
    expect(check(view('us-east', a), view('us-west', b))).toEqual([
      expect.objectContaining({
        rule: 'dns-set-identifier-duplicate',
        line: 11,
        region: 'us-west'
      })
    ])
  })

  it('dns-mixed-policy: regions that disagree on the policy of one name', () => {
    const found = check(
      view('us-east', { hostname: NAME, 'set-identifier': 'a', 'aws-region': 'us-east-1' }),
      view('us-west', { hostname: NAME, 'set-identifier': 'b', 'aws-weight': '10' })
    )
    expect(found).toEqual([
      expect.objectContaining({ rule: 'dns-mixed-policy', region: 'us-west', line: 5 })
    ])
  })

  it('dns-weight-range: a weight outside 0..255 or not an integer, and over 100 weighted records', () => {
    for (const weight of ['256', '-1', '1.5', 'ten'])
      expect(
        check(view('us-east', { hostname: NAME, 'set-identifier': 'a', 'aws-weight': weight }))
      ).toEqual([expect.objectContaining({ rule: 'dns-weight-range', line: 12 })])
    const many = Array.from({ length: 101 }, (_, i) =>
      view(`r${i}`, { hostname: NAME, 'set-identifier': `s${i}`, 'aws-weight': '1' })
    )
    expect(check(...many)).toEqual([
      expect.objectContaining({ rule: 'dns-weight-range', region: 'r100' })
    ])
  })

  it('dns-failover-value: aws-failover other than PRIMARY or SECONDARY', () => {
    expect(
      check(
        view('us-east', { hostname: NAME, 'set-identifier': 'a', 'aws-failover': 'primary' }),
        view('us-west', { hostname: NAME, 'set-identifier': 'b', 'aws-failover': 'SECONDARY' })
      ).map(f => [f.rule, f.region, f.line])
    ).toEqual([
      ['dns-failover-value', 'us-east', 12],
      ['dns-failover-pair', 'us-west', 12]
    ])
  })

  it('dns-failover-pair: two PRIMARY records on one name', () => {
    const primary = (id: string) => ({
      hostname: NAME,
      'set-identifier': id,
      'aws-failover': 'PRIMARY',
      alias: 'true'
    })
    expect(check(view('us-east', primary('a')), view('us-west', primary('b')))).toEqual([
      expect.objectContaining({ rule: 'dns-failover-pair', region: 'us-west', line: 12 })
    ])
  })

  it('dns-ttl-invalid: a TTL ExternalDNS would ignore; a Go duration is fine', () => {
    for (const ttl of ['0', '1y', '2147483648', 'abc'])
      expect(check(view('us-east', { hostname: NAME, ttl }))).toEqual([
        expect.objectContaining({ rule: 'dns-ttl-invalid', line: 11, region: 'us-east' })
      ])
    for (const ttl of ['60', '1m', '1h2m11s'])
      expect(check(view('us-east', { hostname: NAME, ttl }))).toEqual([])
  })
})

describe('rules no DNS provider checks', () => {
  it('region-not-in-service: a failover target that is not one of the service’s regions', () => {
    const loaded = loadService(
      [
        'apiVersion: multiregion.dev/v1',
        'kind: Service',
        'metadata: { name: checkout }',
        'spec:',
        '  image: ghcr.io/acme/checkout',
        '  regions: [us-east, us-west]',
        '  routing:',
        '    hostname: checkout.internal.example.com',
        '    failover: [us-east, sweden]'
      ].join('\n'),
      MANIFEST
    )
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'region-not-in-service', line: 9, column: 25 })
    ])
  })

  it('dns-jurisdiction: a CN region failing over abroad', () => {
    const result = planOver(
      serviceWith(
        [
          'policy: failover',
          'failover: [china, us-east]',
          'hostnames: { china: checkout.internal.example.com }'
        ],
        ['us-east', 'china']
      ),
      platformWith(t => t.replace('zone: internal.example.cn', 'zone: internal.example.com'))
    )
    expect(only(result, 'dns-jurisdiction')).toMatchObject({
      severity: 'error',
      file: MANIFEST,
      line: 11,
      column: 16,
      region: 'china'
    })
  })

  it('dns-jurisdiction: only where the platform confines the jurisdiction', () => {
    const platform = platformWith(t =>
      t
        .replace('zone: internal.example.cn', 'zone: internal.example.com')
        .replace('failoverWithin: [CN]', 'failoverWithin: []')
        .replace('compliance: [gdpr, pipl]', 'compliance: [gdpr]')
    )
    const result = planOver(serviceWith(['policy: latency'], ['us-east', 'china']), platform)
    expect(result.findings.map(f => f.rule)).not.toContain('dns-jurisdiction')
  })

  it('dns-provider-unsupported: a shared name on a provider without routing policies', () => {
    const platform = platformWith(t =>
      t.replace(
        'provider: aws\n        zone: internal.example.com',
        'provider: google\n        zone: internal.example.com'
      )
    )
    const result = planOver(latency(), platform)
    expect(only(result, 'dns-provider-unsupported')).toMatchObject({
      severity: 'error',
      file: MANIFEST,
      line: 10,
      column: 13,
      region: 'us-east'
    })
  })

  it('dns-region-not-routed: a region left out of the failover list', () => {
    const result = planOver(serviceWith(['policy: failover', 'failover: [us-east, us-west]']))
    expect(only(result, 'dns-region-not-routed')).toMatchObject({
      severity: 'warning',
      file: MANIFEST,
      line: 7,
      region: 'sweden'
    })
  })

  it('dns-alias-ttl: a TTL Route 53 ignores on ALIAS records', () => {
    const result = planOver(serviceWith(['ttl: 30']))
    expect(only(result, 'dns-alias-ttl')).toMatchObject({ severity: 'info', line: 10, column: 10 })
  })

  it('dns-not-configured: a region without dns settings', () => {
    const platform = platformWith(t =>
      t.replace(
        '      dns:\n        provider: aws\n        zone: internal.example.com\n        annotationPrefix: external-dns.kubernetes.io/\n      database:\n        secret: DB_URL_US_EAST',
        '      database:\n        secret: DB_URL_US_EAST'
      )
    )
    const result = planOver(latency(), platform)
    expect(only(result, 'dns-not-configured')).toMatchObject({ line: 7, region: 'us-east' })
  })

  it('dns-carrier-not-found: no service.yaml to carry the annotations', () => {
    const result = planOver(latency(), undefined, files => files.delete(US_EAST))
    expect(only(result, 'dns-carrier-not-found')).toMatchObject({
      severity: 'warning',
      region: 'us-east'
    })
    expect(result.regions[0]!.action).toBe('promote')
  })

  it('dns-carrier-not-found: a service.yaml that holds something else than a Service', () => {
    const result = planOver(latency(), undefined, files =>
      files.set(US_EAST, 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: checkout }\n')
    )
    expect(only(result, 'dns-carrier-not-found')).toMatchObject({
      severity: 'error',
      file: US_EAST,
      line: 1,
      region: 'us-east'
    })
    expect(result.regions[0]!.action).toBe('blocked')
  })

  it('resource-not-listed: a generated file a kustomization in a form a splice cannot extend does not apply', () => {
    const path = 'regions/us-east/checkout/kustomization.yaml'
    const result = planOver(latency(), undefined, files => {
      files.set(
        path,
        files
          .get(path)!
          .replace(
            '  - ../../../base/checkout\n  - service.yaml\n',
            '  [../../../base/checkout, service.yaml]\n'
          )
      )
    })
    expect(only(result, 'resource-not-listed')).toMatchObject({
      severity: 'warning',
      file: path,
      region: 'us-east'
    })
    expect(result.regions[0]!.edits.map(e => e.field)).not.toContain('resources')
  })

  it('unsupported-layout: annotations written as an inline mapping are refused, not damaged', () => {
    const result = planOver(latency(), undefined, files => {
      files.set(
        US_EAST,
        files
          .get(US_EAST)!
          .replace(
            /annotations:\n(.*\n){2}/,
            'annotations: { service.beta.kubernetes.io/aws-load-balancer-type: external }\n'
          )
      )
    })
    expect(only(result, 'unsupported-layout')).toMatchObject({ file: US_EAST, region: 'us-east' })
    expect(result.regions[0]).toMatchObject({ action: 'blocked', edits: [] })
  })
})
