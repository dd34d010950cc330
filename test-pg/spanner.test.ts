import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { compileSpanner } from '../src/data/spanner.js'
import { splitStatements, stripComments } from '../src/data/sql.js'
import { fixtureModel } from '../test/support/data.js'
import { startGateway } from './spanner-emulator.js'
import type { Gateway } from './spanner-emulator.js'

/**
 * The Spanner DDL that `plan` prints, run against the Cloud Spanner emulator
 * (the Cloud SDK's gateway_main starts emulator_main and serves the REST API)
 * on loopback ports. The emulator implements the data definition of tables,
 * check constraints, row deletion policies and database options, but not
 * roles, fine-grained access control or geo-partitioning placements: those
 * statements are refused by it and listed in EMULATOR_CANNOT_CHECK, so a
 * statement the emulator starts to accept (or a new one it refuses) fails
 * this test. docs/data.md says the same.
 */
/** Statement kinds the emulator refuses, and what it says. */
const EMULATOR_CANNOT_CHECK: [RegExp, RegExp][] = [
  [/^ALTER DATABASE \S+ SET OPTIONS \(per_placement_routing_metadata/, /is unknown/],
  [/^CREATE PLACEMENT /, /Encountered 'PLACEMENT'/],
  [/^CREATE ROLE /, /Unsupported ddl statement/],
  [/^GRANT SELECT\(/, /does not yet support column level access controls/],
  [/^CREATE TABLE `orders`/, /found 'PLACEMENT'/]
]

describe('Spanner DDL on the Cloud Spanner emulator', () => {
  let gateway: Gateway | undefined
  let base: string

  async function call(
    method: string,
    path: string,
    body?: unknown
  ): Promise<Record<string, unknown>> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    return (await response.json()) as Record<string, unknown>
  }

  beforeAll(async () => {
    gateway = await startGateway()
    base = `http://127.0.0.1:${gateway.http}/v1/projects/test`
    const instance = await call('POST', '/instances', {
      instanceId: 'residency',
      instance: { config: 'emulator-config', displayName: 'residency', nodeCount: 1 }
    })
    expect(instance.error ?? instance.code).toBeUndefined()
    const database = await call('POST', '/instances/residency/databases', {
      createStatement: 'CREATE DATABASE `profiles`'
    })
    expect(database.code).toBeUndefined()
  })

  afterAll(async () => {
    await gateway?.stop()
  })

  const ddl = (statement: string) =>
    call('PATCH', '/instances/residency/databases/profiles/ddl', { statements: [statement] })

  it('accepts every statement it implements, and refuses exactly the ones it cannot check', async () => {
    const statements = splitStatements(
      compileSpanner(fixtureModel('residency', 'spanner')).sql
    ).map(s => stripComments(s.text).trim())
    const refused: string[] = []
    for (const statement of statements) {
      const result = await ddl(statement)
      if (result.code === undefined) continue
      const known = EMULATOR_CANNOT_CHECK.find(([kind]) => kind.test(statement))
      expect([statement, String(result.message)]).toEqual([
        statement,
        expect.stringMatching(known ? known[1] : /^accepted$/)
      ])
      refused.push(statement.split('\n')[0]!)
    }
    expect(refused).toEqual([
      'ALTER DATABASE `profiles` SET OPTIONS (per_placement_routing_metadata = TRUE)',
      expect.stringMatching(/^CREATE PLACEMENT `us_east`/),
      expect.stringMatching(/^CREATE PLACEMENT `sweden`/),
      expect.stringMatching(/^CREATE PLACEMENT `china`/),
      'CREATE ROLE `billing`',
      'CREATE ROLE `support`',
      expect.stringMatching(/^GRANT SELECT\(.*`customers` TO ROLE `billing`/),
      expect.stringMatching(/^GRANT SELECT\(.*`customers` TO ROLE `support`/),
      expect.stringMatching(/^GRANT SELECT\(.*`plans` TO ROLE `billing`/),
      'CREATE TABLE `orders` ('
    ])
  })

  it('refuses a by-row row whose placement key is not a placement name', async () => {
    const orders = splitStatements(compileSpanner(fixtureModel('residency', 'spanner')).sql)
      .map(s => stripComments(s.text).trim())
      .find(s => s.startsWith('CREATE TABLE `orders`'))!
    // The emulator has no placements: the table is checked without its PLACEMENT KEY clause.
    expect((await ddl(orders.replace(' PLACEMENT KEY', ''))).code).toBeUndefined()
    const session = (await call('POST', '/instances/residency/databases/profiles/sessions', {}))
      .name as string
    const insert = (region: string) =>
      fetch(`${base.replace('/projects/test', '')}/${session}:commit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          singleUseTransaction: { readWrite: {} },
          mutations: [
            {
              insert: {
                table: 'orders',
                columns: ['id', 'region', 'total_cents', 'created_at'],
                values: [[`o-${region}`, region, '1', '2026-01-01T00:00:00Z']]
              }
            }
          ]
        })
      }).then(async r => (await r.json()) as Record<string, unknown>)
    expect((await insert('us-east')).message).toMatch(/orders_region_is_placement/)
    expect((await insert('us_east')).commitTimestamp).toBeDefined()
  })
})
