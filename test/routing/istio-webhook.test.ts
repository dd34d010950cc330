import { describe, expect, it } from '@jest/globals'
import { parseAllDocuments, stringify } from 'yaml'
import { compileIstio } from '../../src/routing/istio.js'
import { ISTIO_WEBHOOK_RULES, istioWebhookFindings } from '../../src/routing/istio-webhook.js'
import { BREAKER_DEFAULTS } from '../../src/routing/mesh.js'
import type { MeshRoutes } from '../../src/routing/mesh.js'

const ROUTES: MeshRoutes = {
  service: 'checkout',
  hostname: 'checkout.internal.example.com',
  region: 'us-east',
  timeoutMs: 200,
  deadlineMs: 600,
  retries: 2,
  retryBudget: { ratio: 0.2, minPerSecond: 10 },
  order: ['us-east', 'us-west', 'sweden'],
  endpoints: {
    'us-east': 'https://checkout.us-east.internal.example.com',
    'us-west': 'https://checkout.us-west.internal.example.com',
    sweden: 'https://checkout.sweden.internal.example.com'
  },
  locations: { 'us-east': 'us-east-1', 'us-west': 'us-west-2', sweden: 'eu-north-1' },
  breaker: { ...BREAKER_DEFAULTS }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated YAML edited field by field
type Any = any

function docs(routes: MeshRoutes): Record<string, Any> {
  return Object.fromEntries(
    parseAllDocuments(compileIstio(routes).content).map(d => {
      const doc = d.toJS() as Any
      return [doc.kind, doc]
    })
  )
}

/** The file with one object changed, as the webhook would see it. */
function edited(change: (byKind: Record<string, Any>) => void): string {
  const byKind = docs(ROUTES)
  change(byKind)
  return Object.values(byKind)
    .map(d => stringify(d))
    .join('---\n')
}

const rulesOf = (content: string) => istioWebhookFindings(content).map(f => f.rule)

describe("Istio's validating webhook, ported (istio/istio pkg/config/validation)", () => {
  it('passes every file the toolkit generates, whatever the retries, hedge and regions', () => {
    for (const routes of [
      ROUTES,
      { ...ROUTES, retries: 0 },
      { ...ROUTES, retries: 7, hedgeMs: 50 },
      { ...ROUTES, order: ['us-east'] },
      // Two clusters in one location.
      { ...ROUTES, locations: { ...ROUTES.locations, 'us-west': 'us-east-1' } }
    ])
      expect(istioWebhookFindings(compileIstio(routes).content)).toEqual([])
  })

  it('retries 0 writes attempts 0 alone: Istio refuses perTryTimeout or retryOn beside it (ValidateHTTPRetry)', () => {
    const vs = docs({ ...ROUTES, retries: 0 }).VirtualService
    expect(vs.spec.http.map((h: Any) => h.retries)).toEqual([{ attempts: 0 }, { attempts: 0 }])
    const refused = istioWebhookFindings(
      edited(k => {
        k.VirtualService.spec.http[0].retries = {
          attempts: 0,
          perTryTimeout: '0.2s',
          retryOn: '503'
        }
      })
    )
    expect(refused).toEqual([
      expect.objectContaining({
        rule: 'istio-retry-disabled',
        severity: 'error',
        message: expect.stringContaining(
          'http retry policy configured when attempts are set to 0 (disabled)'
        )
      })
    ])
  })

  // One case per ported rule: the file edited so that only that rule breaks, and the function it cites.
  const cases: [keyof typeof ISTIO_WEBHOOK_RULES, (k: Record<string, Any>) => void][] = [
    ['istio-duration', k => (k.VirtualService.spec.http[0].timeout = '0.0005s')],
    [
      'istio-connect-timeout',
      k => (k.DestinationRule.spec.trafficPolicy.connectionPool.tcp.connectTimeout = '7200s')
    ],
    ['istio-retry-attempts', k => (k.VirtualService.spec.http[0].retries.attempts = -1)],
    ['istio-retry-disabled', k => (k.VirtualService.spec.http[1].retries.attempts = 0)],
    ['istio-retry-on', k => (k.VirtualService.spec.http[0].retries.retryOn = '5xx,teapot')],
    [
      'istio-locality-exclusive',
      k =>
        (k.DestinationRule.spec.trafficPolicy.loadBalancer.localityLbSetting = {
          enabled: true,
          failover: [{ from: 'us-east-1', to: 'us-west-2' }],
          failoverPriority: ['topology.kubernetes.io/region']
        })
    ],
    [
      'istio-locality-failover',
      k =>
        (k.DestinationRule.spec.trafficPolicy.loadBalancer.localityLbSetting = {
          enabled: true,
          failover: [{ from: 'us-east-1', to: 'us-east-1' }]
        })
    ],
    ['istio-failover-outlier', k => delete k.DestinationRule.spec.trafficPolicy.outlierDetection],
    ['istio-traffic-policy-empty', k => (k.DestinationRule.spec.trafficPolicy = {})],
    [
      'istio-outlier-percent',
      k => (k.DestinationRule.spec.trafficPolicy.outlierDetection.maxEjectionPercent = 101)
    ],
    [
      'istio-connection-pool',
      k => (k.DestinationRule.spec.trafficPolicy.connectionPool.http.maxRetries = -1)
    ],
    ['istio-host', k => (k.VirtualService.spec.hosts = ['*'])],
    ['istio-virtual-service-routes', k => (k.VirtualService.spec.http = [])],
    [
      'istio-destination-weight',
      k =>
        (k.VirtualService.spec.http[0].route = [
          { destination: { host: 'a.example.com' }, weight: 0 },
          { destination: { host: 'b.example.com' }, weight: 0 }
        ])
    ],
    ['istio-port', k => (k.ServiceEntry.spec.ports[0].targetPort = 70000)],
    ['istio-service-entry-endpoint', k => (k.ServiceEntry.spec.endpoints[0].ports = { grpc: 443 })],
    [
      'istio-label',
      k => (k.ServiceEntry.spec.endpoints[0].labels = { 'multiregion.dev/rank le 0': 'true' })
    ]
  ]

  it('covers every ported rule with a case', () => {
    expect(cases.map(([rule]) => rule).sort()).toEqual(Object.keys(ISTIO_WEBHOOK_RULES).sort())
  })

  it.each(cases.map(([rule, change]) => [rule, ISTIO_WEBHOOK_RULES[rule], change] as const))(
    '%s (istio/istio %s) refuses what it refuses, and only that',
    (rule, source, change) => {
      const found = istioWebhookFindings(edited(change))
      expect(found.map(f => f.rule)).toEqual([rule])
      expect(found[0]!.message).toContain(source)
      expect(found[0]!.severity).toBe(rule === 'istio-failover-outlier' ? 'warning' : 'error')
    }
  )

  it('reads a file with no Istio kinds as nothing to refuse', () => {
    expect(rulesOf('apiVersion: v1\nkind: ConfigMap\n')).toEqual([])
  })
})

describe('Istio carries the route table order and retries across regions', () => {
  it('ranks the endpoints in the route table order with failoverPriority, whatever the caller locality', () => {
    const byKind = docs(ROUTES)
    expect(byKind.DestinationRule.spec.trafficPolicy.loadBalancer.localityLbSetting).toEqual({
      enabled: true,
      failoverPriority: ['multiregion.dev/rank-le-1=true', 'multiregion.dev/rank-le-0=true']
    })
    expect(byKind.ServiceEntry.spec.endpoints.map((e: Any) => [e.address, e.labels])).toEqual([
      [
        'checkout.us-east.internal.example.com',
        { 'multiregion.dev/rank-le-0': 'true', 'multiregion.dev/rank-le-1': 'true' }
      ],
      ['checkout.us-west.internal.example.com', { 'multiregion.dev/rank-le-1': 'true' }],
      ['checkout.sweden.internal.example.com', {}]
    ])
  })

  it('a standby region ranks the primary first (policy failover), as DNS and the client do', () => {
    // The standby us-west's row under policy failover starts at the primary us-east.
    const standby = docs({ ...ROUTES, region: 'us-west', order: ['us-east', 'us-west'] })
    expect(priorities(standby)).toEqual({
      'checkout.us-east.internal.example.com': 0,
      'checkout.us-west.internal.example.com': 1
    })
  })

  it('two clusters in one location are still two ranks, with no failover from a location to itself', () => {
    const same = docs({ ...ROUTES, locations: { ...ROUTES.locations, 'us-west': 'us-east-1' } })
    expect(
      same.DestinationRule.spec.trafficPolicy.loadBalancer.localityLbSetting.failover
    ).toBeUndefined()
    expect(Object.values(priorities(same))).toEqual([0, 1, 2])
  })

  it('every retry goes to the next priority (retryRemoteLocalities, previous_priorities in Envoy)', () => {
    for (const route of docs(ROUTES).VirtualService.spec.http)
      expect(route.retries.retryRemoteLocalities).toBe(true)
  })

  it('a region on a name of its own is written for that name and SNI', () => {
    const china = docs({
      ...ROUTES,
      region: 'china',
      hostname: 'checkout.internal.example.cn',
      order: ['china'],
      endpoints: { china: 'https://checkout.china.internal.example.cn' },
      locations: { china: 'cn-north-1' }
    })
    expect(china.ServiceEntry.spec.hosts).toEqual(['checkout.internal.example.cn'])
    expect(china.DestinationRule.spec.host).toBe('checkout.internal.example.cn')
    expect(china.DestinationRule.spec.trafficPolicy.tls.sni).toBe('checkout.internal.example.cn')
    expect(china.VirtualService.spec.hosts).toEqual(['checkout.internal.example.cn'])
  })
})

/**
 * The Envoy priority Istio gives each endpoint for a caller: the number of
 * failoverPriority labels, in order, the endpoint matches decides it
 * (loadbalancer.go applyFailoverPriorityPerLocality; "key=value" overrides
 * the caller's own label value).
 */
function priorities(byKind: Record<string, Any>): Record<string, number> {
  const labels: string[] =
    byKind.DestinationRule.spec.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority ?? []
  const out: Record<string, number> = {}
  for (const e of byKind.ServiceEntry.spec.endpoints) {
    let priority = 0
    for (const [j, entry] of labels.entries()) {
      const [key, value] = entry.split('=')
      if (e.labels?.[key!] !== value) {
        priority = labels.length - j
        break
      }
    }
    out[e.address] = priority
  }
  return out
}
