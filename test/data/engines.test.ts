import { describe, expect, it } from '@jest/globals'
import { compileCassandra } from '../../src/data/cassandra.js'
import { compileCockroach } from '../../src/data/cockroachdb.js'
import { compileSpanner } from '../../src/data/spanner.js'
import { fixtureModel } from '../support/data.js'
import { expectGolden } from '../support/golden.js'

// Reviewed against the syntax quoted in db-anchors.md (sections 3 to 5): REGIONAL BY TABLE IN,
// REGIONAL BY ROW AS with a computed crdb_internal_region, SUPER REGION, ttl_expiration_expression;
// default_leader, CREATE PLACEMENT, PLACEMENT KEY, GRANT SELECT(cols) ... TO ROLE, ROW DELETION POLICY;
// NetworkTopologyStrategy with 0 per excluded DC, ACCESS TO DATACENTERS, MASKED WITH, UNMASK, default_time_to_live.
describe('compilers for the single-cluster engines', () => {
  it('writes CockroachDB localities, super regions, TTL and reader views', () => {
    const sql = compileCockroach(fixtureModel('residency', 'cockroachdb')).sql
    expectGolden('data/residency.cockroachdb.sql', sql)
    expect(sql).toContain('LOCALITY REGIONAL BY TABLE IN "eu-north-1"')
    expect(sql).toContain('ADD SUPER REGION "eu" VALUES "eu-north-1"')
    expect(sql).not.toMatch(/GRANT SELECT \(/)
  })

  it('writes Spanner placement, column-level grants and row deletion policies', () => {
    const sql = compileSpanner(fixtureModel('residency', 'spanner')).sql
    expectGolden('data/residency.spanner.sql', sql)
    expect(sql).toContain(
      'GRANT SELECT(`id`, `email`, `created_at`) ON TABLE `customers` TO ROLE `support`;'
    )
    expect(sql).toContain('ROW DELETION POLICY (OLDER_THAN(`created_at`, INTERVAL 730 DAY))')
  })

  it('writes Cassandra keyspaces with no replicas outside the allowed data centers', () => {
    const sql = compileCassandra(fixtureModel('residency', 'cassandra')).sql
    expectGolden('data/residency.cassandra.sql', sql)
    expect(sql).toContain(
      `CREATE KEYSPACE IF NOT EXISTS "profiles_sweden"\n  WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east': 0, 'sweden': 3, 'china': 0};`
    )
    expect(sql).toContain('default_time_to_live = 63072000')
  })
})
