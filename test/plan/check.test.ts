import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { regionLayout } from '../../src/gitops/layout.js'
import { checkService } from '../../src/plan/check.js'
import { plan } from '../../src/plan/plan.js'
import type { Finding } from '../../src/schema/generated.js'
import { fixtureEnvFiles } from '../support/fixtures.js'
import { configureProperties, runs } from '../support/property.js'
import { platformWith, serviceWith, withAnnotations } from '../support/routing.js'

configureProperties(20261127)

/*
 * validate runs checkService; plan runs checkService and then pins the
 * release. For generated manifests, platforms and environments files, plan's
 * findings are checkService's plus only those of pinning the release into
 * the image file; and checkService without the repository reports a subset.
 */

const REGIONS = ['us-east', 'us-west', 'sweden', 'china']
const PIN_RULES = new Set([
  'pinned-by-digest',
  'image-not-found',
  'image-mismatch',
  'unsupported-value',
  'unsupported-layout',
  'invalid-yaml'
])

const key = (f: Finding) => JSON.stringify(f)

const routingLines = fc.record({
  policy: fc.constantFrom('latency', 'failover', 'weighted', 'geolocation'),
  hostname: fc.constantFrom('checkout.internal.example.com', 'checkout.example.org'),
  china: fc.constantFrom(undefined, 'checkout.internal.example.cn', 'checkout.example.org'),
  failover: fc.subarray(REGIONS),
  weight: fc.integer({ min: 0, max: 255 }),
  geo: fc.constantFrom('{ country: US }', "{ country: '*' }", '{ continent: EU }')
})

describe('checkService is the rules of validate and of plan', () => {
  it('plan adds only the findings of pinning the release', () => {
    fc.assert(
      fc.property(
        routingLines,
        fc.subarray(REGIONS, { minLength: 1 }),
        fc.boolean(),
        fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
        (r, regions, confine, annotated) => {
          const lines = [
            `policy: ${r.policy}`,
            ...(r.china && regions.includes('china') ? [`hostnames: { china: ${r.china} }`] : []),
            ...(r.failover.filter(x => regions.includes(x)).length > 0
              ? [`failover: [${r.failover.filter(x => regions.includes(x)).join(', ')}]`]
              : []),
            `weights: { ${regions[0]}: ${r.weight} }`,
            `geolocation: { ${regions[0]}: ${r.geo} }`
          ]
          const service = serviceWith(lines, regions)
          service.routing!.hostname = r.hostname
          const platform = platformWith(text =>
            confine ? text : text.replace('failoverWithin: [CN]', 'failoverWithin: []')
          )
          const files = fixtureEnvFiles(service, platform)
          if (annotated && regions.includes(annotated))
            withAnnotations(annotated, ['external-dns.kubernetes.io/aws-weight: "7"'])(files)
          const release = { ref: 'v1.5.0', pin: { tag: 'v1.5.0' } }
          const planned = plan({ service, platform, release, files }).findings
          const checked = checkService({ service, platform, files }).findings
          const pinFiles = new Set(
            regions.flatMap(x => regionLayout(platform, service.name, x).candidates)
          )
          const pinOnly = planned.filter(f => PIN_RULES.has(f.rule) && pinFiles.has(f.file))
          expect(planned.filter(f => !pinOnly.includes(f))).toEqual(checked)
          if (!annotated) {
            const all = new Set(planned.map(key))
            for (const f of checkService({ service, platform }).findings)
              expect(all).toContain(key(f))
          }
        }
      ),
      { numRuns: runs(60) }
    )
  })
})
