import { beforeAll, describe, expect, it } from '@jest/globals'
import { freshService, withClient } from './support.js'

type Service = Awaited<ReturnType<typeof freshService>>

/** A global table without classified columns: a publication of it without a column list copies nothing classified today, but would copy any column added later. */
const TIERS =
  '      tiers:\n        home: us-east\n        locality: global\n        columns:\n          code: { type: text, primaryKey: true }\n          rank: { type: integer }\n\n      orders:\n'

function problems(outcome: Awaited<ReturnType<Service['migrate']>>): string[] {
  return outcome.kind === 'verify-failed' ? outcome.problems : [outcome.kind]
}

describe('the verifier catches what drifted outside migrate', () => {
  let svc: Service
  beforeAll(async () => {
    svc = await freshService()
    svc.edit(t => t.replace('      orders:\n', TIERS))
    for (const region of ['us-east', 'sweden', 'china'])
      expect((await svc.migrate(region)).kind).toBe('applied')
  })

  it('fails on a by-row policy widened to USING (true) with FORCE off', async () => {
    await withClient(svc.urls.china!, async c => {
      await c.query('ALTER TABLE orders NO FORCE ROW LEVEL SECURITY')
      await c.query('CREATE POLICY anyone ON orders USING (true)')
    })
    expect(problems(await svc.migrate('china'))).toEqual([
      `${svc.manifest}:49: table orders does not FORCE row level security, so its owner sees every region's rows`,
      `${svc.manifest}:49: policy anyone on orders is USING true, but by-row rows here are only those with (region = 'china'::text)`
    ])
    await withClient(svc.urls.china!, async c => {
      await c.query('DROP POLICY anyone ON orders')
      await c.query('ALTER TABLE orders FORCE ROW LEVEL SECURITY')
    })
  })

  it('fails on GRANT SELECT ON ALL TABLES to a role the manifest does not name', async () => {
    await withClient(svc.urls.sweden!, async c => {
      await c.query(
        `DO $$ BEGIN CREATE ROLE outsider NOLOGIN; EXCEPTION WHEN duplicate_object THEN END $$`
      )
      await c.query('GRANT SELECT ON ALL TABLES IN SCHEMA public TO outsider')
    })
    const found = problems(await svc.migrate('sweden'))
    expect(found).toContain(
      `${svc.manifest}:25: outsider can read customers, but the manifest names it nowhere as a reader of customers`
    )
    expect(found).toContain(
      `${svc.manifest}:34: outsider can read plans, but the manifest names it nowhere as a reader of plans`
    )
    await withClient(svc.urls.sweden!, c =>
      c.query('REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM outsider')
    )
  })

  it('fails on a publication without a column list, and on a subscription holding no tables', async () => {
    await withClient(svc.urls['us-east']!, c =>
      c.query('ALTER PUBLICATION mr_tiers_to_china SET TABLE tiers')
    )
    expect(problems(await svc.migrate('us-east'))).toEqual([
      `${svc.manifest}:42: publication mr_tiers_to_china publishes tiers without a column list, so every column, and any added later, is copied`
    ])
    await withClient(svc.urls['us-east']!, c =>
      c.query('ALTER PUBLICATION mr_tiers_to_china SET TABLE tiers (code, rank)')
    )
    await withClient(svc.urls['us-east']!, c =>
      c.query('ALTER PUBLICATION mr_plans_to_china DROP TABLE plans')
    )
    await withClient(svc.urls.china!, c =>
      c.query(`ALTER SUBSCRIPTION mr_${svc.name}_plans_us_east_to_china REFRESH PUBLICATION`)
    )
    expect(problems(await svc.migrate('china'))).toEqual([
      `${svc.manifest}:32: subscription mr_${svc.name}_plans_us_east_to_china holds no tables, so nothing of plans arrives from us-east; run migrate for us-east, then here again`
    ])
  })
})
