import { describe, expect, it } from '@jest/globals'
import { lintData } from '../../src/data/compliance.js'
import type { DataModel } from '../../src/data/model.js'
import { compilePostgres } from '../../src/data/postgres.js'
import { splitStatements } from '../../src/data/sql.js'
import { fixtureService } from '../support/fixtures.js'
import { fixtureDataPlan, fixtureModel } from '../support/data.js'

function sqlFor(model: DataModel, region: string): string {
  return compilePostgres(model, region)
    .map(m => m.sql)
    .join('\n')
}

describe('the postgres compiler', () => {
  const model = fixtureModel('residency')

  it('creates a residency-bound table only in its allowed regions', () => {
    expect(sqlFor(model, 'sweden')).toContain('CREATE TABLE IF NOT EXISTS "customers"')
    expect(sqlFor(model, 'us-east')).not.toContain('"customers"')
    expect(sqlFor(model, 'china')).not.toContain('"customers"')
  })

  it('publishes a global table with a column list that leaves classified columns home', () => {
    const home = sqlFor(model, 'us-east')
    expect(home).toContain(
      'CREATE PUBLICATION "mr_plans_to_sweden" FOR TABLE "plans" ("code", "name", "price_cents");'
    )
    const replica = sqlFor(model, 'china')
    expect(replica).toContain(
      `SELECT format('CREATE SUBSCRIPTION %I CONNECTION %L PUBLICATION %I WITH (create_slot = false, slot_name = %L)', 'mr_profiles_plans_us_east_to_china', 'multiregion:publisher=us-east', 'mr_plans_to_china', 'mr_profiles_plans_us_east_to_china')`
    )
    expect(replica).not.toContain('"margin" numeric')
    // A replica made before the column was classified loses its copies.
    expect(replica).toContain('DROP COLUMN IF EXISTS "margin"')
    expect(home).toContain('"margin" numeric(6,2)')
  })

  it("makes a subscription's slot on its publisher first, only while the subscription is missing", () => {
    const file = compilePostgres(model, 'china').find(
      m => m.version === 'multiregion/04_subscription_plans'
    )!
    const [slot, create] = splitStatements(file.sql)
    expect(slot!.gexec).toBe(true)
    expect(slot!.text).toMatch(
      /^SELECT \$publisher\$-- multiregion:runs-on us-east\n[\s\S]*pg_catalog\.pg_create_logical_replication_slot\('mr_profiles_plans_us_east_to_china', 'pgoutput'\)[\s\S]*\n\$publisher\$ AS "multiregion:on-publisher"\nWHERE NOT EXISTS \(SELECT s\.oid, s\.subname FROM pg_catalog\.pg_subscription s\n {2}WHERE s\.subname = 'mr_profiles_plans_us_east_to_china'/
    )
    expect(create!.text).toContain('WITH (create_slot = false, slot_name = %L)')
  })

  it('grants classified columns only to their readers, the rest to every reader', () => {
    const sql = sqlFor(model, 'sweden')
    expect(sql).toContain('REVOKE ALL ON TABLE "customers" FROM PUBLIC;')
    expect(sql).toContain(
      'GRANT SELECT ("id", "email", "created_at") ON TABLE "customers" TO "support";'
    )
    expect(sql).toContain(
      'GRANT SELECT ("id", "phone", "created_at") ON TABLE "customers" TO "billing";'
    )
  })

  it('keeps by-row rows in their region with row level security', () => {
    expect(sqlFor(model, 'china')).toContain(
      `USING ("region" = 'china') WITH CHECK ("region" = 'china')`
    )
  })

  it('orders regions publishers first and runs subscriptions outside a transaction', () => {
    const plan = fixtureDataPlan('residency')
    expect([...plan.regions].map(([name, r]) => [name, r.order])).toEqual([
      ['us-east', 1],
      ['sweden', 2],
      ['china', 3]
    ])
    const sweden = plan.regions.get('sweden')!.migrations
    expect(sweden.map(m => [m.version, m.transaction])).toEqual([
      ['multiregion/00_prune', false],
      ['multiregion/01_tables', true],
      ['multiregion/02_policy', true],
      ['multiregion/03_publications', true],
      ['multiregion/04_subscription_plans', false],
      ['0001_audit', true],
      ['0002_audit_index', true],
      ['0003_customers_email', true]
    ])
    expect(plan.regions.get('china')!.migrations.map(m => m.version)).not.toContain(
      '0003_customers_email'
    )
  })

  it('quotes names that try to inject SQL and refuses types that do', () => {
    const hostile: DataModel = {
      ...model,
      tables: [
        {
          name: 'x"; DROP TABLE customers; --',
          home: 'us-east',
          locality: 'regional',
          placement: ['us-east'],
          path: ['spec', 'data', 'tables', 'plans'],
          columns: [
            {
              name: "a'); DROP ROLE support; --",
              type: 'text',
              primaryKey: true,
              nullable: false,
              category: 'user.name',
              readers: ['r"x']
            },
            {
              name: 'b',
              type: 'text); DROP TABLE customers; --',
              primaryKey: false,
              nullable: true,
              readers: []
            }
          ]
        },
        {
          name: 'y"; DROP TABLE customers; --',
          home: 'us-east',
          locality: 'regional',
          placement: ['us-east'],
          path: ['spec', 'data', 'tables', 'plans'],
          columns: [
            {
              name: "a'); DROP ROLE support; --",
              type: 'text',
              primaryKey: true,
              nullable: false,
              category: 'user.name',
              readers: ['r"x']
            }
          ]
        }
      ]
    }
    const sql = sqlFor(hostile, 'us-east')
    expect(sql).not.toContain('x"; DROP')
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "y""; DROP TABLE customers; --" (')
    expect(sql).toContain(`"a'); DROP ROLE support; --" text NOT NULL`)
    expect(sql).toContain(`WHERE rolname = 'r"x'`)
    expect(sql).toContain('CREATE ROLE "r""x" NOLOGIN;')
    // Every statement starts with a keyword the compiler writes: nothing was split out of a name.
    for (const s of splitStatements(sql))
      expect(s.text).toMatch(/^(CREATE|ALTER|REVOKE|GRANT|COMMENT|DO|DROP POLICY|SELECT format)\b/)
    const findings = lintData(hostile, fixtureService('residency'), [])
    expect(findings.map(f => f.rule)).toContain('data-invalid-type')
  })
})

describe('splitStatements', () => {
  it('keeps semicolons inside quotes, dollar quotes and comments and reports lines', () => {
    const sql = `-- a; comment\nSELECT 'a;b';\n/* x; */ SELECT "c;d"\n  FROM t;\nDO $x$ BEGIN PERFORM 1; END $x$;\n`
    expect(splitStatements(sql).map(s => [s.line, s.text.split('\n')[0]])).toEqual([
      [2, "SELECT 'a;b'"],
      [3, 'SELECT "c;d"'],
      [5, 'DO $x$ BEGIN PERFORM 1; END $x$']
    ])
  })
})
