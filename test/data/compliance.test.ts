import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planData } from '../../src/data/plan-data.js'
import { loadPlatform } from '../../src/manifest/load.js'
import { fixtureDataPlan, fixtureMigrations } from '../support/data.js'
import { fixtureService } from '../support/fixtures.js'
import { ENV_REPO } from '../support/paths.js'

const MANIFEST = 'fixtures/services/compliance-violations/multiregion.yaml'
const MIGRATIONS = 'fixtures/services/compliance-violations/db/migrations'

describe('the compliance lint', () => {
  it('reports one finding per violation at its manifest or migration line', () => {
    const { findings } = fixtureDataPlan('compliance-violations')
    expect(findings.map(f => `${f.file}:${f.line} ${f.severity} ${f.rule}`).sort()).toEqual(
      [
        `${MANIFEST}:16 error gdpr-retention-missing`,
        `${MANIFEST}:20 warning data-classified-global`,
        `${MANIFEST}:20 error data-classified-no-readers`,
        `${MANIFEST}:22 error data-residency-home`,
        `${MANIFEST}:30 error pipl-cross-border`,
        `${MANIFEST}:35 warning data-classified-global`,
        `${MANIFEST}:39 warning data-residency-replicas`,
        `${MANIFEST}:39 error data-global-primary-key`,
        `${MANIFEST}:45 error data-by-row-region-column`,
        `${MANIFEST}:46 warning data-retention-column`,
        `${MANIFEST}:49 error data-invalid-type`,
        `${MIGRATIONS}/0001_init.sql:4 error data-publication-classified`,
        `${MIGRATIONS}/0002_cleanup.sql:2 error data-destructive-migration`
      ].sort()
    )
  })

  it('accepts a destructive migration that records its approval', () => {
    const { findings } = fixtureDataPlan('compliance-violations')
    expect(findings.filter(f => f.file.endsWith('0003_reviewed.sql'))).toEqual([])
  })

  it('finds nothing to block on a compliant manifest', () => {
    const { findings } = fixtureDataPlan('residency')
    expect(findings.filter(f => f.severity === 'error')).toEqual([])
  })

  it('checks the platform rules wherever the compiler would store a column', () => {
    const text = readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8').replace(
      'compliance: [gdpr, pipl]',
      'compliance: [gdpr, pipl]\n  complianceRules:\n    - id: contact-in-us\n      categories: [user.contact]\n      jurisdictions: [US]\n      message: Support runs from the US (POL-7).'
    )
    const platform = loadPlatform(text, 'platform.yaml').value!
    const findings = planData(
      fixtureService('residency'),
      platform,
      fixtureMigrations('residency')
    )!.findings.filter(f => f.rule.startsWith('custom-'))
    expect(findings.map(f => [f.rule, f.line, f.severity])).toEqual([
      ['custom-contact-in-us', 26, 'error'],
      ['custom-contact-in-us', 27, 'error']
    ])
    expect(findings[0]!.message).toContain(
      'would be stored in sweden (EU). Support runs from the US (POL-7).'
    )
  })
})
