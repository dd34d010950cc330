import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planData } from '../../src/data/plan-data.js'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import type { SourceFile } from '../../src/data/migration.js'
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
        `${MANIFEST}:20 error data-classified-global`,
        `${MANIFEST}:20 error data-classified-no-readers`,
        `${MANIFEST}:22 error data-residency-home`,
        `${MANIFEST}:28 warning data-retention-nullable`,
        `${MANIFEST}:30 error pipl-cross-border`,
        `${MANIFEST}:35 error data-classified-global`,
        `${MANIFEST}:36 warning data-retention-nullable`,
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

  describe('the rules that refuse what would leak', () => {
    const RESIDENCY = 'fixtures/services/residency/multiregion.yaml'
    function lint(
      edit: (text: string) => string,
      options: { files?: SourceFile[]; platform?: (text: string) => string; engine?: string } = {}
    ) {
      let text = edit(
        readFileSync(join(ENV_REPO, '..', 'services', 'residency', 'multiregion.yaml'), 'utf8')
      )
      if (options.engine) text = text.replace('engine: postgres', `engine: ${options.engine}`)
      const service = loadService(text, RESIDENCY).value!
      const platformText = (options.platform ?? (t => t))(
        readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8')
      )
      const platform = loadPlatform(platformText, 'platform.yaml').value!
      return planData(service, platform, options.files ?? [])!.findings
    }
    const at = (findings: { rule: string; line?: number; severity: string }[], rule: string) =>
      findings.filter(f => f.rule === rule).map(f => [f.line, f.severity])

    it('refuses personal data in a global table on every engine, and a classified key in one', () => {
      const personal = (t: string) =>
        t.replace(
          '          name:        { type: text }',
          '          name:        { type: text, category: user.name, readers: [support] }'
        )
      for (const engine of ['postgres', 'cockroachdb', 'spanner', 'cassandra'])
        expect([engine, at(lint(personal, { engine }), 'data-classified-global')]).toEqual([
          engine,
          expect.arrayContaining([[35, 'error']])
        ])
      const key = lint(t =>
        t.replace(
          'code:        { type: text, primaryKey: true }',
          'code:        { type: text, primaryKey: true, category: system.operations, readers: [billing] }'
        )
      )
      expect(at(key, 'data-classified-key-global')).toEqual([[34, 'error']])
    })

    it('refuses categories outside the Fides taxonomy, with the one that was meant', () => {
      const findings = lint(t =>
        t
          .replace('category: user.contact.email', 'category: usr.contact.email')
          .replace('category: user.contact.phone_number', 'category: contact.phone_number')
      )
      const unknown = findings.filter(f => f.rule === 'data-unknown-category')
      expect(unknown.map(f => [f.line, f.severity])).toEqual([
        [26, 'error'],
        [27, 'error']
      ])
      expect(unknown[0]!.message).toContain('Did you mean user.contact.email?')
      expect(unknown[1]!.message).toContain('Did you mean user.contact.phone_number?')
    })

    it('warns about a reader the platform does not declare, or that looks like a typo', () => {
      const typo = (t: string) =>
        t.replace(
          'category: user.contact.phone_number, readers: [billing]',
          'category: user.contact.phone_number, readers: [suport]'
        )
      const undeclared = lint(typo)
      // Without declared roles, two names one letter apart are both suspects.
      expect(at(undeclared, 'data-undeclared-reader')).toEqual([
        [26, 'warning'],
        [27, 'warning']
      ])
      expect(undeclared.find(f => f.line === 27)!.message).toContain('Did you mean support?')
      const declared = lint(t => t, {
        platform: p =>
          p.replace(
            'compliance: [gdpr, pipl]',
            'compliance: [gdpr, pipl]\n  databaseRoles: [support, billing_team]'
          )
      })
      expect(
        declared.filter(f => f.rule === 'data-undeclared-reader').map(f => [f.line, f.message])
      ).toEqual([
        [
          27,
          expect.stringContaining(
            'reader billing, which the platform does not declare (spec.databaseRoles)'
          )
        ],
        [38, expect.stringContaining('Did you mean billing_team?')]
      ])
    })

    it('warns when retention ages rows by a timestamp that may be NULL', () => {
      const findings = lint(t =>
        t.replace(
          'created_at: { type: timestamptz, nullable: false }',
          'created_at: { type: timestamptz }'
        )
      )
      expect(at(findings, 'data-retention-nullable')).toEqual([[28, 'warning']])
    })

    it('refuses personal data homed in CN on an engine whose one cluster spans regions abroad', () => {
      // customers moves home to china: PLACEMENT RESTRICTED keeps it in CN, but a gateway abroad reads it.
      const chinese = (t: string) =>
        t.replace(
          'home: sweden\n        locality: regional\n        residency: [EU]',
          'home: china\n        locality: regional\n        residency: [CN]'
        )
      for (const engine of ['cockroachdb', 'spanner', 'cassandra']) {
        const findings = lint(chinese, { engine }).filter(f => f.rule === 'pipl-cluster-abroad')
        expect([engine, findings.map(f => [f.line, f.severity])]).toEqual([engine, [[20, 'error']]])
        expect(findings[0]!.message).toContain('us-east (US), sweden (EU)')
        expect(findings[0]!.message).toContain('PIPL art. 38')
      }
      // A database per region keeps CN's rows in CN's own database.
      expect(at(lint(chinese), 'pipl-cluster-abroad')).toEqual([])
      // A by-row table holding personal data places some rows in china: the same cluster serves them abroad.
      const byRow = (t: string) =>
        t.replace(
          '          total_cents: { type: bigint }',
          '          total_cents: { type: bigint }\n          buyer:       { type: text, category: user.name, readers: [support] }'
        )
      expect(at(lint(byRow, { engine: 'spanner' }), 'pipl-cluster-abroad')).toEqual([[41, 'error']])
      // Without the pipl pack the rule is silent.
      expect(
        at(
          lint(chinese, {
            engine: 'spanner',
            platform: p => p.replace('compliance: [gdpr, pipl]', 'compliance: [gdpr]')
          }),
          'pipl-cluster-abroad'
        )
      ).toEqual([])
    })

    it('accepts CN personal data on a spanning engine when the platform gives CN a cluster of its own', () => {
      const chinese = (t: string) =>
        t.replace(
          'home: sweden\n        locality: regional\n        residency: [EU]',
          'home: china\n        locality: regional\n        residency: [CN]'
        )
      const own = (p: string) =>
        p.replace(
          'compliance: [gdpr, pipl]',
          'compliance: [gdpr, pipl]\n  databaseClusterWithin: [CN]'
        )
      for (const engine of ['cockroachdb', 'spanner', 'cassandra'])
        expect([
          engine,
          at(lint(chinese, { engine, platform: own }), 'pipl-cluster-abroad')
        ]).toEqual([engine, []])
    })

    it('catches a publication of classified columns however the table is named', () => {
      const files = [
        'CREATE PUBLICATION a FOR TABLE public.customers;',
        'CREATE PUBLICATION b FOR TABLE "public"."customers" (id, email);',
        'CREATE PUBLICATION c FOR TABLE ONLY public . customers *;',
        'ALTER PUBLICATION d ADD TABLE plans, public.customers;',
        // Comment markers inside quotes are not comments: neither hides the statement.
        'CREATE PUBLICATION "--" FOR ALL TABLES;',
        // E'...' escapes its quote with a backslash, so /* is inside the string and the publication runs.
        "SELECT E'\\'/*';\nCREATE PUBLICATION f FOR ALL TABLES;\nSELECT '*/';"
      ].map((text, i) => ({ name: `000${i}_p.sql`, path: `db/000${i}_p.sql`, text }))
      const findings = lint(t => t, { files })
      expect(
        findings.filter(f => f.rule === 'data-publication-classified').map(f => f.file)
      ).toEqual(files.map(f => f.path))
    })
  })
})
