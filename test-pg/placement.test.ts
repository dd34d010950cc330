import { beforeAll, describe, expect, it } from '@jest/globals'
import { eventually, freshService, withClient } from './support.js'

type Service = Awaited<ReturnType<typeof freshService>>

describe('migrate on three real PostgreSQL regions', () => {
  let svc: Service

  beforeAll(async () => {
    svc = await freshService()
    // Publishers first: us-east homes the global price list.
    for (const region of ['us-east', 'sweden', 'china']) {
      const outcome = await svc.migrate(region)
      expect([region, 'problems' in outcome ? outcome.problems : outcome.kind]).toEqual([
        region,
        'applied'
      ])
    }
  })

  it('denies a classified column to a role that is not its reader and serves the rest', async () => {
    await withClient(svc.urls.sweden!, async c => {
      await c.query(
        `INSERT INTO customers (id, email, phone, created_at) VALUES (gen_random_uuid(), 'a@example.com', '+46 1', now())`
      )
      await c.query('SET ROLE billing')
      await expect(c.query('SELECT email FROM customers')).rejects.toThrow(/permission denied/)
      const { rows } = await c.query('SELECT id, phone, created_at FROM customers')
      expect(rows).toHaveLength(1)
      expect(rows[0].phone).toBe('+46 1')
    })
  })

  it('creates a residency-restricted table only in its allowed regions', async () => {
    for (const [region, exists] of [
      ['sweden', true],
      ['us-east', false],
      ['china', false]
    ] as const) {
      const { rows } = await withClient(svc.urls[region]!, c =>
        c.query(`SELECT to_regclass('customers') IS NOT NULL AS exists`)
      )
      expect([region, rows[0].exists]).toEqual([region, exists])
    }
  })

  it('replicates a global table from its home without the columns that stay home', async () => {
    await withClient(svc.urls['us-east']!, c =>
      c.query(
        `INSERT INTO plans (code, name, price_cents, margin) VALUES ('pro', 'Pro', 1900, 12.50)`
      )
    )
    for (const region of ['sweden', 'china']) {
      const row = await eventually(`the plan row in ${region}`, () =>
        withClient(svc.urls[region]!, async c => {
          const { rows } = await c.query(`SELECT * FROM plans WHERE code = 'pro'`)
          return rows[0] as Record<string, unknown> | undefined
        })
      )
      expect(row).toEqual({ code: 'pro', name: 'Pro', price_cents: '1900' })
    }
  })

  it('keeps a by-row table to its own region with row security', async () => {
    await withClient(svc.urls.china!, async c => {
      await c.query('CREATE ROLE app_china NOLOGIN')
      await c.query('GRANT INSERT ON orders TO app_china')
      await c.query('SET ROLE app_china')
      await expect(
        c.query(
          `INSERT INTO orders (id, region, total_cents, created_at) VALUES (gen_random_uuid(), 'us-east', 1, now())`
        )
      ).rejects.toThrow(/row-level security/)
      await c.query(
        `INSERT INTO orders (id, region, total_cents, created_at) VALUES (gen_random_uuid(), 'china', 1, now())`
      )
    })
  })

  it('applies nothing twice and verifies again on a second run', async () => {
    const outcome = await svc.migrate('sweden')
    expect(outcome).toMatchObject({ kind: 'applied', applied: [] })
  })
})
