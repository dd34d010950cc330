import { describe, expect, it } from '@jest/globals'
import { compileDns } from '../../src/routing/compile.js'
import { renderDnsEndpoint, renderGslb } from '../../src/routing/resources.js'
import { expectGolden } from '../support/golden.js'
import { MANIFEST, planOver, platformWith, serviceWith } from '../support/routing.js'
import type { Plan } from '../../src/schema/generated.js'

/** Every region's records, annotations and generated resources, as a reviewer would read them. */
function dnsReport(result: Plan): string {
  const out: string[] = []
  for (const region of result.regions) {
    out.push(`## ${region.name} (${region.dns?.provider} ${region.dns?.zone})`)
    for (const record of region.dns?.records ?? []) out.push(`record ${JSON.stringify(record)}`)
    for (const [key, value] of Object.entries(region.dns?.annotations ?? {}))
      out.push(`  ${key}: ${value}`)
    for (const step of region.dns?.shift ?? [])
      out.push(`shift: weight ${step.weight} in wave ${step.wave} (${step.edit.field})`)
    for (const edit of region.edits.filter(e => /dnsendpoint|gslb/.test(e.path)))
      out.push(`--- ${edit.path}`, edit.content.trimEnd())
  }
  out.push('## findings')
  for (const f of result.findings)
    out.push(`${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}`)
  out.push('## routes', JSON.stringify(result.routes))
  return `${out.join('\n')}\n`
}

describe('the DNS compiler, one golden file per policy', () => {
  it('latency: one aws-region record per region, an ALIAS evaluating the load balancer’s health', () => {
    const result = planOver(serviceWith(['policy: latency']))
    expect(result.summary.errors).toBe(0)
    expectGolden('dns-latency.txt', dnsReport(result))
  })

  it('failover over three regions: PRIMARY/SECONDARY nested through a DNSEndpoint in the first', () => {
    const result = planOver(
      serviceWith(['policy: failover', 'failover: [sweden, us-east, us-west]'])
    )
    expect(result.summary.errors).toBe(0)
    expectGolden('dns-failover.txt', dnsReport(result))
  })

  it('failover over two regions: one PRIMARY and one SECONDARY on the name itself', () => {
    const result = planOver(
      serviceWith(['policy: failover', 'failover: [us-east, us-west]'], ['us-east', 'us-west'])
    )
    const records = result.regions.map(r => r.dns!.records)
    expect(records.flat().map(r => [r.name, r.failover, r.carrier])).toEqual([
      ['checkout.internal.example.com', 'PRIMARY', 'Service'],
      ['checkout.internal.example.com', 'SECONDARY', 'Service']
    ])
  })

  it('weighted: aws-weight per region, 100 for a region the manifest does not weigh', () => {
    const result = planOver(
      serviceWith([
        'policy: weighted',
        'weights: { us-east: 200, us-west: 0 }',
        'alias: false',
        'ttl: 30'
      ])
    )
    expect(result.summary.errors).toBe(0)
    expectGolden('dns-weighted.txt', dnsReport(result))
  })

  it('geolocation: continent, or country with subdivision, and a default record', () => {
    const result = planOver(
      serviceWith([
        'policy: geolocation',
        'geolocation:',
        '  us-east: { country: US, subdivision: NY }',
        '  us-west: { country: "*" }',
        '  sweden: { continent: EU }',
        'healthCheck: { id: { us-east: 0d8e7c3a-1111-4e0b-9c1d-5a0e0f1e2d3c } }'
      ])
    )
    expect(result.summary.errors).toBe(0)
    expectGolden('dns-geolocation.txt', dnsReport(result))
  })

  it('k8gb: a Gslb per region instead of annotations', () => {
    const platform = platformWith(t =>
      t.replaceAll(
        'provider: aws\n        zone: internal.example.com',
        'provider: k8gb\n        zone: internal.example.com'
      )
    )
    const result = planOver(serviceWith(['policy: weighted', 'weights: { us-east: 3 }']), platform)
    expect(result.regions.map(r => r.dns?.records[0]?.carrier)).toEqual(['Gslb', 'Gslb', 'Gslb'])
    expectGolden('dns-k8gb.txt', dnsReport(result))
  })

  it('writes the per-region prefix: the alpha prefix where ExternalDNS predates 0.22', () => {
    const service = serviceWith(
      ['hostnames: { china: checkout.internal.example.cn }'],
      ['us-east', 'china']
    )
    const result = planOver(service)
    expect(Object.keys(result.regions.find(r => r.name === 'china')!.dns!.annotations)).toEqual(
      expect.arrayContaining(['external-dns.alpha.kubernetes.io/hostname'])
    )
    expect(Object.keys(result.regions.find(r => r.name === 'us-east')!.dns!.annotations)).toEqual(
      expect.arrayContaining(['external-dns.kubernetes.io/hostname'])
    )
  })

  it('renders the DNSEndpoint and Gslb resources with provider-specific names, not annotation keys', () => {
    const { regions } = compileDns(
      serviceWith(['policy: failover', 'failover: [us-east, us-west, sweden]']),
      platformWith()
    )
    const text = renderDnsEndpoint('checkout', regions[0]!.endpoint)
    expect(text).toContain('name: aws/failover')
    expect(text).not.toContain('external-dns')
    expect(
      renderGslb('checkout', 'checkout.internal.example.com', {
        type: 'failover',
        dnsTtlSeconds: 30,
        primaryGeoTag: 'us-east'
      })
    ).toContain('primaryGeoTag: us-east')
    expect(MANIFEST).toBe('multiregion.yaml')
  })
})
