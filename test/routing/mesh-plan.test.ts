import { describe, expect, it } from '@jest/globals'
import { parseAllDocuments } from 'yaml'
import { istioWebhookFindings } from '../../src/routing/istio-webhook.js'
import type { Plan } from '../../src/schema/generated.js'
import { planOver, platformWith, serviceWith } from '../support/routing.js'

/*
 * The mesh files as the plan writes them into each region's folder, read
 * the way Istio reads them: its webhook first, then the endpoints' Envoy
 * priorities for a caller in that region.
 */

const istio = (edit: (t: string) => string = t => t) =>
  platformWith(t => edit(t.replace('  routing:\n', '  routing:\n    mesh: istio\n')))

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated YAML read back
type Any = any

function istioFile(result: Plan, region: string): Record<string, Any> {
  const edit = result.regions
    .find(r => r.name === region)!
    .edits.find(e => e.path.endsWith('/istio.yaml'))!
  return Object.fromEntries(
    parseAllDocuments(edit.content).map(d => {
      const doc = d.toJS() as Any
      return [doc.kind, doc]
    })
  )
}

function istioTexts(result: Plan): string[] {
  return result.regions.flatMap(r =>
    r.edits.filter(e => e.path.endsWith('/istio.yaml')).map(e => e.content)
  )
}

/** Endpoint address -> Envoy priority for the region's callers (loadbalancer.go applyFailoverPriorityPerLocality). */
function priorities(file: Record<string, Any>): [string, number][] {
  const labels: string[] =
    file.DestinationRule.spec.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority ?? []
  return file.ServiceEntry.spec.endpoints.map((e: Any) => {
    const miss = labels.findIndex(entry => {
      const [key, value] = entry.split('=')
      return e.labels?.[key!] !== value
    })
    return [e.address, miss === -1 ? 0 : labels.length - miss]
  })
}

describe('the Istio files of a plan pass Istio’s webhook and say what the route table says', () => {
  it('retries: 0 writes a retry policy Istio accepts, in every region', () => {
    const result = planOver(serviceWith(['policy: latency', 'retries: 0']), istio())
    const texts = istioTexts(result)
    expect(texts).toHaveLength(3)
    for (const text of texts) expect(istioWebhookFindings(text)).toEqual([])
    expect(result.findings.filter(f => f.rule.startsWith('istio-'))).toEqual([])
  })

  it('policy failover: a standby region’s callers go to the primary first, as DNS and the client do', () => {
    const result = planOver(
      serviceWith(['policy: failover', 'failover: [us-east, us-west, sweden]']),
      istio()
    )
    expect(result.routes!.order['us-west']).toEqual(['us-east', 'us-west', 'sweden'])
    expect(priorities(istioFile(result, 'us-west'))).toEqual([
      ['checkout.us-east.internal.example.com', 0],
      ['checkout.us-west.internal.example.com', 1],
      ['checkout.sweden.internal.example.com', 2]
    ])
  })

  it('two clusters in one location: no failover from a location to itself, and the plan is clean', () => {
    const result = planOver(
      serviceWith(['policy: weighted']),
      istio(t => t.replace('location: us-west-2', 'location: us-east-1'))
    )
    for (const text of istioTexts(result)) expect(istioWebhookFindings(text)).toEqual([])
    expect(
      istioFile(result, 'us-east').DestinationRule.spec.trafficPolicy.loadBalancer
    ).not.toHaveProperty('localityLbSetting.failover')
  })

  it('China’s files are written for China’s own name and SNI, with China’s endpoints only', () => {
    const result = planOver(
      serviceWith(
        ['policy: latency', 'hostnames: { china: checkout.internal.example.cn }'],
        ['us-east', 'us-west', 'sweden', 'china']
      ),
      istio()
    )
    const china = istioFile(result, 'china')
    expect(china.ServiceEntry.spec.hosts).toEqual(['checkout.internal.example.cn'])
    expect(china.VirtualService.spec.hosts).toEqual(['checkout.internal.example.cn'])
    expect(china.DestinationRule.spec.trafficPolicy.tls.sni).toBe('checkout.internal.example.cn')
    expect(china.ServiceEntry.spec.endpoints.map((e: Any) => e.address)).toEqual([
      'checkout.china.internal.example.cn'
    ])
    // The others keep the shared name.
    expect(istioFile(result, 'sweden').ServiceEntry.spec.hosts).toEqual([
      'checkout.internal.example.com'
    ])
  })
})

describe('the Linkerd files of a plan', () => {
  it('the plan prints what the platform must set for Linkerd to apply the ServiceProfile', () => {
    const linkerd = platformWith(t => t.replace('  routing:\n', '  routing:\n    mesh: linkerd\n'))
    const result = planOver(serviceWith(['policy: latency']), linkerd)
    const warnings = result.findings.filter(
      f => f.severity === 'warning' && f.rule.startsWith('mesh-linkerd-')
    )
    expect([...new Set(warnings.map(f => f.rule))].sort()).toEqual([
      'mesh-linkerd-external-profile',
      'mesh-linkerd-tls-origination'
    ])
    expect(warnings.map(f => f.region).sort()).toEqual([
      'sweden',
      'sweden',
      'us-east',
      'us-east',
      'us-west',
      'us-west'
    ])
  })
})
