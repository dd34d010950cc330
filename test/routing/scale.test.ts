import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse } from 'yaml'
import { createClient, routeFor } from '../../src/client/index.js'
import type { RegionRouteTable } from '../../src/client/index.js'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import { createdFileDiff, unifiedDiff } from '../../src/plan/file-edit.js'
import { plan } from '../../src/plan/plan.js'
import { configureProperties, runs } from '../support/property.js'
import { planOver, serviceWith } from '../support/routing.js'

configureProperties(20261127)

/*
 * The plan grows with the number of regions, not with its square per file:
 * a region's route-table.yaml carries its own row of the route table (what
 * its clients read), and a created file's diff is its lines, all added.
 */

function mounted(content: string): RegionRouteTable {
  const configMap = parse(content) as { data: Record<string, string> }
  return JSON.parse(configMap.data['route-table.json']!) as RegionRouteTable
}

describe("a region's route table file", () => {
  it('carries only its own row, with the endpoints of that row, and the client reads it', () => {
    const result = planOver(
      serviceWith(
        ['failover: [us-west, sweden]', 'hostnames: { china: checkout.internal.example.cn }'],
        ['us-east', 'us-west', 'sweden', 'china']
      ),
      undefined,
      files => files.delete('regions/us-west/checkout/route-table.yaml')
    )
    expect(result.summary.blocked).toBe(0)
    for (const region of result.regions) {
      const edit = region.edits.find(e => e.path.endsWith('route-table.yaml'))!
      const table = mounted(edit.content)
      expect(table).toMatchObject({ tableVersion: 2, region: region.name })
      expect(table.order).toEqual(result.routes!.order[region.name])
      // Every URL follows the platform's template (china's zone is its own): none is written out.
      expect(table.endpoint).toMatch(
        /^https:\/\/checkout\.\{region\}\.internal\.example\.(com|cn)$/
      )
      expect(table.endpoints).toEqual({})
      expect(routeFor(table, region.name).endpoints).toEqual(
        Object.fromEntries(table.order.map(r => [r, result.routes!.endpoints[r]]))
      )
      const client = createClient(table, { region: region.name })
      expect(client.order).toEqual(result.routes!.order[region.name])
      client.close()
    }
  })

  it('grows linearly with the regions: 150 regions in one record set', () => {
    const n = 150
    const names = Array.from({ length: n }, (_, i) => `r${i}`)
    const platform = loadPlatform(
      [
        'apiVersion: multiregion.dev/v1',
        'kind: Platform',
        'spec:',
        '  layout: { path: "regions/{region}/{service}" }',
        '  regions:',
        ...names.map(
          r =>
            // k8gb: Route 53 takes one latency record per AWS Region, and 150 regions share one here.
            `    ${r}: { location: us-east-1, jurisdiction: US, argocd: { server: https://a.example.com }, dns: { provider: k8gb, zone: internal.example.com } }`
        ),
        ''
      ].join('\n'),
      'platform.yaml'
    ).value!
    const service = loadService(
      [
        'apiVersion: multiregion.dev/v1',
        'kind: Service',
        'metadata: { name: checkout }',
        'spec:',
        '  image: ghcr.io/acme/checkout',
        `  regions: [${names.join(', ')}]`,
        '  routing: { hostname: checkout.internal.example.com }',
        ''
      ].join('\n'),
      'multiregion.yaml'
    ).value!
    const files = new Map(
      names.map(r => [
        `regions/${r}/checkout/kustomization.yaml`,
        'images:\n  - name: ghcr.io/acme/checkout\n    newTag: v1\n'
      ])
    )
    const result = plan({ service, platform, release: { ref: 'v2', pin: { tag: 'v2' } }, files })
    const sizes = result.regions.map(
      r => r.edits.find(e => e.path.endsWith('route-table.yaml'))!.content.length
    )
    // One row of n names: about 8 bytes a region; the whole n x n table was ~150 times that.
    for (const size of sizes) expect(size).toBeLessThan(2000 + 10 * n)
  })
})

describe("a created file's diff", () => {
  it('is every line added, the same text the line diff gives', () => {
    const line = fc.stringMatching(/^[^\n\r]{0,20}$/)
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, newline) => {
        const text = lines.join('\n') + (newline && lines.length > 0 ? '\n' : '')
        expect(createdFileDiff('a/route-table.yaml', text)).toBe(
          unifiedDiff('a/route-table.yaml', '', text)
        )
      }),
      { numRuns: runs(300) }
    )
  })
})
