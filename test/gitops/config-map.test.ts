import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { jsonFile, renderConfigMap } from '../../src/gitops/config-map.js'
import { configureProperties, runs } from '../support/property.js'

configureProperties()

/** What the yaml library writes for the whole ConfigMap: the text renderConfigMap must equal. */
function byLibrary(name: string, labels: Record<string, string>, data: Record<string, string>) {
  return `# c\n${stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels }, data })}`
}

describe('ConfigMaps of generated files', () => {
  it('writes a JSON file as a literal block, as the yaml library would', () => {
    const json = `${JSON.stringify({ order: ['r1', 'r2'], endpoints: { r1: 'https://a' } }, null, 2)}\n`
    const text = renderConfigMap(
      'c',
      'checkout-routes',
      { a: 'b' },
      { region: 'r1', 'route-table.json': json }
    )
    expect(text).toBe(
      byLibrary('checkout-routes', { a: 'b' }, { region: 'r1', 'route-table.json': json })
    )
    expect(text).toContain('  route-table.json: |\n    {\n      "order": [')
  })

  it('writes any value to the same text as the yaml library', () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.oneof(fc.constantFrom('', ' x', '{', '#', 'a: b', '- c', '\t'), fc.string()), {
          maxLength: 5
        })
        .map(lines => `${lines.join('\n')}\n`)
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), value, { maxKeys: 4 }), data => {
        const labels = { 'app.kubernetes.io/managed-by': 'multiregion' }
        expect(renderConfigMap('c', 'm', labels, data)).toBe(byLibrary('m', labels, data))
      }),
      { numRuns: runs(500) }
    )
  })

  it('reads back every JSON file it writes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue().map(jsonFile), { maxKeys: 3 }),
        data => {
          expect(parse(renderConfigMap('c', 'm', {}, data)).data ?? {}).toEqual(data)
        }
      ),
      { numRuns: runs(300) }
    )
  })

  it('writes JSON files with a line per region: names and small records inline, the rest a key a line', () => {
    const map = {
      order: ['sweden', 'us-east'],
      regions: { sweden: { jurisdiction: 'EU', secret: 'DB_URL_SWEDEN' } },
      endpoints: {
        sweden: 'https://checkout.sweden.internal.example.com',
        'us-east': 'https://checkout.us-east.internal.example.com'
      }
    }
    expect(jsonFile(map)).toBe(
      [
        '{',
        '  "order": ["sweden", "us-east"],',
        '  "regions": {',
        '    "sweden": { "jurisdiction": "EU", "secret": "DB_URL_SWEDEN" }',
        '  },',
        '  "endpoints": {',
        '    "sweden": "https://checkout.sweden.internal.example.com",',
        '    "us-east": "https://checkout.us-east.internal.example.com"',
        '  }',
        '}',
        ''
      ].join('\n')
    )
    fc.assert(
      fc.property(fc.jsonValue(), value => {
        expect(JSON.parse(jsonFile(value))).toEqual(JSON.parse(JSON.stringify(value)))
      })
    )
  })
})
