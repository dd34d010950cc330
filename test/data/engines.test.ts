import { describe, expect, it } from '@jest/globals'
import { compileCassandra, keyspaceName } from '../../src/data/cassandra.js'
import { lintData } from '../../src/data/compliance.js'
import { splitStatements } from '../../src/data/sql.js'
import { fixtureService } from '../support/fixtures.js'
import { compileCockroach } from '../../src/data/cockroachdb.js'
import { compileSpanner } from '../../src/data/spanner.js'
import { fixtureModel } from '../support/data.js'
import { expectGolden } from '../support/golden.js'

// Reviewed against the syntax quoted in db-anchors.md (sections 3 to 5): REGIONAL BY TABLE IN,
// REGIONAL BY ROW AS with a computed crdb_internal_region, SUPER REGION, ttl_expiration_expression;
// default_leader, CREATE PLACEMENT, PLACEMENT KEY, GRANT SELECT(cols) ... TO ROLE, ROW DELETION POLICY;
// NetworkTopologyStrategy with 0 per excluded DC, ACCESS TO DATACENTERS, MASKED WITH, UNMASK, default_time_to_live.
describe('compilers for the single-cluster engines', () => {
  it('writes CockroachDB localities, restricted placement, TTL and reader views, all safe to run again', () => {
    const sql = compileCockroach(fixtureModel('residency', 'cockroachdb')).sql
    expectGolden('data/residency.cockroachdb.sql', sql)
    expect(sql).toContain('LOCALITY REGIONAL BY TABLE IN "eu-north-1"')
    // data-domiciling: PLACEMENT RESTRICTED keeps regional and by-row replicas (non-voting ones too) at home.
    expect(sql).toContain('ALTER DATABASE "profiles" PLACEMENT RESTRICTED;')
    expect(sql).not.toMatch(/GRANT SELECT \(/)
    // Every statement can run twice: no ADD SUPER REGION (it has no IF NOT EXISTS), and each
    // table's locality is set again so a changed locality applies to a table that exists.
    expect(sql).not.toContain('SUPER REGION')
    expect(sql).toContain('ALTER TABLE "customers" SET LOCALITY REGIONAL BY TABLE IN "eu-north-1";')
    expect(sql).toContain('ALTER TABLE "plans" SET LOCALITY GLOBAL;')
    expect(sql).toContain(
      'ALTER TABLE "orders" ADD COLUMN IF NOT EXISTS "mr_region" crdb_internal_region'
    )
    expect(sql).toContain('ALTER TABLE "orders" SET LOCALITY REGIONAL BY ROW AS "mr_region";')
    for (const statement of splitStatements(sql))
      expect(statement.text).toMatch(
        /^(SET |ALTER DATABASE \S+ (SET PRIMARY REGION|ADD REGION IF NOT EXISTS|SURVIVE|PLACEMENT)|CREATE (ROLE|TABLE) IF NOT EXISTS|CREATE OR REPLACE VIEW|ALTER TABLE \S+ (SET LOCALITY|ADD COLUMN IF NOT EXISTS)|REVOKE|GRANT|COMMENT ON)/
      )
  })

  it('refuses a CockroachDB GLOBAL table with a residency, and Cassandra by-row personal data across jurisdictions', () => {
    const crdb = lintData(
      {
        ...fixtureModel('residency', 'cockroachdb'),
        tables: fixtureModel('residency').tables.map(t =>
          t.name === 'plans' ? { ...t, residency: ['US'] } : t
        )
      },
      fixtureService('residency'),
      []
    )
    expect(crdb.filter(f => f.rule === 'data-engine-placement').map(f => f.line)).toEqual([31])
    const cassandra = lintData(
      {
        ...fixtureModel('residency', 'cassandra'),
        tables: fixtureModel('residency').tables.map(t =>
          t.name === 'orders'
            ? {
                ...t,
                columns: [
                  ...t.columns,
                  {
                    name: 'email',
                    type: 'text',
                    primaryKey: false,
                    nullable: true,
                    category: 'user.contact.email',
                    readers: ['support']
                  }
                ]
              }
            : t
        )
      },
      fixtureService('residency'),
      []
    )
    expect(
      cassandra.filter(f => f.rule === 'data-engine-placement').map(f => [f.line, f.severity])
    ).toEqual([[42, 'error']])
  })

  it('writes Spanner placement, column-level grants and row deletion policies', () => {
    const sql = compileSpanner(fixtureModel('residency', 'spanner')).sql
    expectGolden('data/residency.spanner.sql', sql)
    expect(sql).toContain(
      'GRANT SELECT(`id`, `email`, `created_at`) ON TABLE `customers` TO ROLE `support`;'
    )
    expect(sql).toContain('ROW DELETION POLICY (OLDER_THAN(`created_at`, INTERVAL 730 DAY))')
    // Rows must name a placement: us-east's is us_east, and any other value is refused.
    expect(sql).toContain('CREATE PLACEMENT `us_east`')
    expect(sql).toContain(
      "CONSTRAINT `orders_region_is_placement` CHECK (`region` IN ('us_east', 'sweden', 'china'))"
    )
  })

  it('writes Cassandra keyspaces with no replicas outside the allowed data centers', () => {
    const sql = compileCassandra(fixtureModel('residency', 'cassandra')).sql
    expectGolden('data/residency.cassandra.sql', sql)
    expect(sql).toContain(
      `CREATE KEYSPACE IF NOT EXISTS "profiles_sweden"\n  WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east': 0, 'sweden': 3, 'china': 0};`
    )
    expect(sql).toContain('default_time_to_live = 63072000')
  })

  it('keeps Cassandra keyspace names within 48 characters, distinct per region set', () => {
    const model = fixtureModel('residency', 'cassandra')
    const long = { ...model, service: 'a-service-with-a-rather-long-name-for-cassandra' }
    const names = long.tables.map(t => keyspaceName(long, t))
    for (const n of names) expect(n.length).toBeLessThanOrEqual(48)
    expect(new Set(names).size).toBe(new Set(long.tables.map(t => t.placement.join())).size)
  })

  it('asks Spanner for its own region names and says what the instance configuration must keep', () => {
    const findings = lintData(fixtureModel('residency', 'spanner'), fixtureService('residency'), [])
    const placement = findings.filter(f => f.rule === 'data-engine-placement')
    expect(placement.filter(f => f.severity === 'error').map(f => f.message)).toEqual([
      expect.stringContaining(
        'Region us-east has location us-east-1, which is not a Spanner region name'
      ),
      expect.stringContaining('Region sweden has location eu-north-1'),
      expect.stringContaining('Region china has location cn-north-1')
    ])
    expect(placement.filter(f => f.severity === 'info').map(f => f.line)).toEqual([22])
  })
})
