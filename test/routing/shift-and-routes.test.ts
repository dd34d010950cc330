import { describe, expect, it } from '@jest/globals'
import { upsertAnnotations } from '../../src/gitops/annotations.js'
import { weightLadder } from '../../src/plan/dns.js'
import { routeTable } from '../../src/routing/route-table.js'
import { planOver, platformWith, serviceWith, withAnnotations } from '../support/routing.js'

describe('weighted shift', () => {
  it('climbs the ladder from where the region is, ending at its weight', () => {
    expect(weightLadder(200, [10, 50, 100])).toEqual([20, 100, 200])
    expect(weightLadder(200, [10, 50, 100], 20)).toEqual([100, 200])
    expect(weightLadder(200, [10, 50, 100], 150)).toEqual([200])
    expect(weightLadder(200, [10, 50, 100], 200)).toEqual([200])
    expect(weightLadder(0, [10, 50])).toEqual([0])
  })

  it('lets a region join with a small weight, raised one wave at a time, each step an edit of its own', () => {
    const service = serviceWith([
      'policy: weighted',
      'weights: { us-east: 200 }',
      'shift: [10, 50, 100]'
    ])
    // us-east (wave 1) joins the weighted set for the first time; us-west already carries weight 100.
    const result = planOver(
      service,
      undefined,
      withAnnotations('us-west', ['external-dns.kubernetes.io/aws-weight: "100"'])
    )
    const east = result.regions.find(r => r.name === 'us-east')!
    expect(east.dns!.annotations['external-dns.kubernetes.io/aws-weight']).toBe('20')
    expect(east.dns!.shift!.map(s => [s.wave, s.weight])).toEqual([
      [2, 100],
      [3, 200]
    ])
    const [first, second] = east.dns!.shift!
    // Each step applies on top of the one before: one line changes, the weight.
    const promoted = east.edits.find(e => e.path.endsWith('service.yaml'))!
    expect(first!.edit.baseSha256).not.toBe(promoted.baseSha256)
    expect(first!.edit.diff).toContain('-    external-dns.kubernetes.io/aws-weight: "20"')
    expect(first!.edit.diff).toContain('+    external-dns.kubernetes.io/aws-weight: "100"')
    expect(second!.edit.content).toContain('aws-weight: "200"')
    const west = result.regions.find(r => r.name === 'us-west')!
    expect(west.dns!.shift).toBeUndefined()
    expect(west.dns!.annotations['external-dns.kubernetes.io/aws-weight']).toBe('100')
  })

  it('continues a shift the last release left halfway', () => {
    const service = serviceWith(['policy: weighted', 'shift: [10, 50, 100]'])
    const result = planOver(
      service,
      undefined,
      withAnnotations('sweden', ['external-dns.kubernetes.io/aws-weight: "10"'])
    )
    const sweden = result.regions.find(r => r.name === 'sweden')!
    // sweden is in the last wave: it moves one step, to 50; the next release takes it to 100.
    expect(sweden.dns!.annotations['external-dns.kubernetes.io/aws-weight']).toBe('50')
    expect(sweden.dns!.shift).toBeUndefined()
  })
})

describe('route table', () => {
  it('orders regions nearest first, then the failover list, then the same jurisdiction', () => {
    const service = serviceWith(
      ['failover: [us-west, sweden]', 'timeout: 500ms', 'hedge: 50ms'],
      ['us-east', 'us-west', 'sweden']
    )
    const table = routeTable(service, platformWith())!
    expect(table.order['us-east']).toEqual(['us-east', 'us-west', 'sweden'])
    expect(table.order['sweden']).toEqual(['sweden', 'us-west', 'us-east'])
    expect(table).toMatchObject({ timeoutMs: 500, deadlineMs: 1500, hedgeMs: 50, retries: 2 })
    expect(table.endpoints['us-east']).toBe('https://checkout.us-east.internal.example.com')
  })

  it('starts at the PRIMARY for policy failover, and keeps a region with its own name on its own', () => {
    const service = serviceWith(
      [
        'policy: failover',
        'failover: [us-west, us-east]',
        'hostnames: { china: checkout.internal.example.cn }'
      ],
      ['us-east', 'us-west', 'china']
    )
    const table = routeTable(service, platformWith())!
    expect(table.order['us-east']).toEqual(['us-west', 'us-east'])
    expect(table.order['china']).toEqual(['china'])
  })

  it('drains in the client what DNS drains: a region of weight 0 is in no row, its own callers included', () => {
    const service = serviceWith([
      'policy: weighted',
      'weights: { us-east: 100, us-west: 0, sweden: 50 }'
    ])
    const table = routeTable(service, platformWith())!
    expect(table.order['us-west']).toEqual(['us-east', 'sweden'])
    for (const row of Object.values(table.order)) expect(row).not.toContain('us-west')
    // Route 53 answers with every record when all weigh 0; so does the route table.
    const allZero = serviceWith([
      'policy: weighted',
      'weights: { us-east: 0, us-west: 0, sweden: 0 }'
    ])
    expect(routeTable(allZero, platformWith())!.order['us-east']).toEqual([
      'us-east',
      'us-west',
      'sweden'
    ])
  })

  it('drains a geolocation region with no location, and the mesh does too', () => {
    const service = serviceWith([
      'policy: geolocation',
      "geolocation: { us-east: { country: '*' }, sweden: { continent: EU } }"
    ])
    const table = routeTable(service, platformWith())!
    expect(table.order['us-west']).toEqual(['us-east', 'sweden'])
    expect(table.order['sweden']).toEqual(['sweden', 'us-east'])
    const mesh = planOver(
      service,
      platformWith(t => t.replace('  routing:\n', '  routing:\n    mesh: istio\n'))
    )
    const istio = mesh.regions
      .find(r => r.name === 'us-west')!
      .edits.find(e => e.path.endsWith('/istio.yaml'))!
    expect(istio.content).not.toContain('checkout.us-west.internal.example.com')
  })

  it('under pipl, a China caller gets no region abroad when the service does not run in China', () => {
    const table = routeTable(serviceWith([]), platformWith())!
    expect(table.order['china']).toEqual([])
    expect(table.order['sweden']).toEqual(['sweden', 'us-east', 'us-west'])
  })

  it('is written to every region as a ConfigMap and is in the plan JSON', () => {
    const result = planOver(serviceWith([]))
    expect(result.routes?.service).toBe('checkout')
    const edit = result.regions[0]!.edits.find(e => e.path.endsWith('route-table.yaml'))!
    expect(edit.created).toBe(true)
    expect(edit.content).toContain('kind: ConfigMap')
    expect(edit.content).toContain('"deadlineMs": 6000')
  })
})

describe('annotation upsert', () => {
  const SERVICE = [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: checkout # the public name',
    '  annotations:',
    "    a.example.com/keep: 'single'   # kept",
    '    external-dns.kubernetes.io/ttl: "30"',
    'spec: {type: LoadBalancer}',
    ''
  ].join('\n')

  it('replaces, adds and removes annotations and keeps every other byte', () => {
    const result = upsertAnnotations(
      SERVICE,
      'service.yaml',
      { 'external-dns.kubernetes.io/hostname': 'a.internal.example.com' },
      ['external-dns.kubernetes.io/ttl']
    )
    expect(result).toMatchObject({ kind: 'edit' })
    if (result.kind !== 'edit') return
    expect(result.text).toBe(
      SERVICE.replace('    external-dns.kubernetes.io/ttl: "30"\n', '').replace(
        '# kept\n',
        '# kept\n    external-dns.kubernetes.io/hostname: a.internal.example.com\n'
      )
    )
    expect(result.before).toEqual({
      'external-dns.kubernetes.io/hostname': null,
      'external-dns.kubernetes.io/ttl': '30'
    })
  })

  it('adds an annotations mapping under metadata when there is none', () => {
    const text = 'kind: Service\nmetadata:\n  name: checkout\nspec: {}\n'
    const result = upsertAnnotations(text, 'service.yaml', { 'x.example.com/y': 'true' })
    expect(result).toMatchObject({
      kind: 'edit',
      text: 'kind: Service\nmetadata:\n  name: checkout\n  annotations:\n    x.example.com/y: "true"\nspec: {}\n'
    })
  })

  it('is current when every annotation already holds its value', () => {
    expect(
      upsertAnnotations(SERVICE, 'service.yaml', { 'external-dns.kubernetes.io/ttl': '30' })
    ).toEqual({ kind: 'current' })
  })

  it('refuses a file that does not hold a Service or Ingress', () => {
    expect(
      upsertAnnotations('kind: Deployment\nmetadata: {name: x}\n', 'service.yaml', { a: 'b' })
    ).toMatchObject({ kind: 'problem', rule: 'dns-carrier-not-found' })
  })
})
