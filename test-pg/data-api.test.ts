import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadInputs } from '../src/commands/load-inputs.js'
import { dataMap } from '../src/data/data-map.js'
import type { DataMap } from '../src/data/data-map.js'
import { dataModel } from '../src/data/model.js'
import { DataError, memorySink, openData } from '../src/data-api/index.js'
import type { Data } from '../src/data-api/index.js'
import { ENV_REPO } from '../test/support/paths.js'
import { eventually, freshService, withClient } from './support.js'

type Service = Awaited<ReturnType<typeof freshService>>

/** Support tickets: each lives in the region that took it, only in the EU or China, and names its customer. */
const TICKETS = `
      tickets:
        home: sweden
        locality: by-row
        residency: [EU, CN]
        retention: 365d
        subject: { column: customer }
        columns:
          id:         { type: uuid, primaryKey: true }
          region:     { type: text, nullable: false }
          customer:   { type: uuid, category: user.unique_id, readers: [support] }
          body:       { type: text, category: user.content, readers: [support] }
          created_at: { type: timestamptz, nullable: false }
`

async function mapsFor(svc: Service): Promise<Record<string, DataMap>> {
  const { service, platform, diagnostics } = await loadInputs({
    manifest: svc.manifest,
    platform: join(ENV_REPO, 'platform.yaml')
  })
  expect(diagnostics.filter(d => d.severity === 'error')).toEqual([])
  const model = dataModel(service!, platform!)!
  return Object.fromEntries(model.regions.map(r => [r.name, dataMap(model, r.name)]))
}

async function count(url: string, sql: string, values: unknown[] = []): Promise<number> {
  return withClient(url, async c => {
    const exists = await c.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [
      sql.match(/FROM (\w+)/)![1]
    ])
    if (!exists.rows[0].e) return 0
    return Number((await c.query(sql, values)).rows[0].n)
  })
}

describe('multiregion/data on three real PostgreSQL regions', () => {
  let svc: Service
  let maps: Record<string, DataMap>
  const open: Data[] = []
  const handle = (
    region: string,
    role: string,
    extra: Partial<Parameters<typeof openData>[0]> = {}
  ) => {
    const db = openData({
      map: maps[region]!,
      role,
      purpose: 'test',
      env: svc.env,
      audit: memorySink(),
      ...extra
    })
    open.push(db)
    return db
  }

  beforeAll(async () => {
    svc = await freshService()
    const text = readFileSync(svc.manifest, 'utf8')
      .replace(
        '        residency: [EU]\n',
        '        residency: [EU]\n        subject: { column: id }\n'
      )
      .replace('\n      plans:', `${TICKETS}\n      plans:`)
    writeFileSync(svc.manifest, text)
    for (const region of ['us-east', 'sweden', 'china']) {
      const outcome = await svc.migrate(region)
      expect([region, 'problems' in outcome ? outcome.problems : outcome.kind]).toEqual([
        region,
        'applied'
      ])
    }
    maps = await mapsFor(svc)
  })

  afterAll(async () => {
    await Promise.all(open.map(db => db.close()))
  })

  it("writes a customer from us-east into sweden's database only", async () => {
    const db = handle('us-east', 'billing')
    const id = randomUUID()
    const result = await db
      .table('customers')
      .insert({ id, email: 'ana@example.se', phone: '+46 70', created_at: new Date() })
    expect(result).toMatchObject({ regions: ['sweden'], count: 1, key: { id } })
    expect(
      await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM customers WHERE id = $1', [id])
    ).toBe(1)
    for (const region of ['us-east', 'china'])
      expect([
        region,
        await count(svc.urls[region]!, 'SELECT count(*) AS n FROM customers')
      ]).toEqual([region, 0])
  })

  it("writes a by-row ticket for china from sweden into china's database only, and finds it without being told where", async () => {
    const db = handle('sweden', 'support')
    const id = randomUUID()
    await db.table('tickets').insert({
      id,
      region: 'china',
      customer: randomUUID(),
      body: '退款',
      created_at: new Date()
    })
    expect(
      await count(svc.urls.china!, 'SELECT count(*) AS n FROM tickets WHERE id = $1', [id])
    ).toBe(1)
    expect(
      await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM tickets WHERE id = $1', [id])
    ).toBe(0)
    expect(await db.table('tickets').get(id)).toMatchObject({ id, region: 'china', body: '退款' })
  })

  it('refuses a row outside its jurisdictions before any I/O, whatever the caller passes', async () => {
    // us-east has no credentials at all: a refusal that tried to connect would say so instead.
    const db = handle('sweden', 'support', { env: { ...svc.env, DB_URL_US_EAST: undefined } })
    const insert = db.table('tickets').insert({
      id: randomUUID(),
      region: 'us-east',
      customer: randomUUID(),
      body: 'x',
      created_at: new Date()
    })
    await expect(insert).rejects.toThrow(DataError)
    await expect(insert).rejects.toMatchObject({ code: 'residency', region: 'us-east' })
    await expect(insert).rejects.toThrow(
      /tickets may not be stored in us-east \(US\).*sweden, china/
    )
    await expect(db.table('tickets').find({ region: 'mars' } as never)).rejects.toMatchObject({
      code: 'residency'
    })
    expect(await count(svc.urls['us-east']!, 'SELECT count(*) AS n FROM tickets')).toBe(0)
  })

  it('gives a role only the columns it may read, backed by the grants, and audits who read personal data', async () => {
    const id = randomUUID()
    await handle('sweden', 'billing')
      .table('customers')
      .insert({ id, email: 'bo@example.se', phone: '+46 71', created_at: new Date() })

    const billingAudit = memorySink()
    const billing = handle('us-east', 'billing', { audit: billingAudit })
    const seen = await billing.table('customers').get(id)
    expect(Object.keys(seen!).sort()).toEqual(['created_at', 'id', 'phone'])
    await expect(
      billing.table('customers').find({ email: 'bo@example.se' } as never)
    ).rejects.toMatchObject({
      code: 'not-readable'
    })

    const supportAudit = memorySink()
    const support = handle('us-east', 'support', { audit: supportAudit, purpose: 'ticket 4711' })
    expect(await support.table('customers').get(id)).toMatchObject({ email: 'bo@example.se' })
    expect(supportAudit.entries).toEqual([
      expect.objectContaining({
        role: 'support',
        purpose: 'ticket 4711',
        table: 'customers',
        columns: ['email'],
        key: { id },
        region: 'sweden',
        action: 'read'
      })
    ])
    // The database agrees: billing, connected as itself, may not select email.
    await withClient(svc.urls.sweden!, async c => {
      await c.query('SET ROLE billing')
      await expect(c.query('SELECT email FROM customers')).rejects.toThrow(/permission denied/)
    })
  })

  it('reads a global table from the local replica after replication, even with home down', async () => {
    await handle('china', 'support')
      .table('plans')
      .insert({ code: 'team', name: 'Team', price_cents: 4900 })
    expect(
      await count(svc.urls['us-east']!, `SELECT count(*) AS n FROM plans WHERE code = 'team'`)
    ).toBe(1)
    const homeDown = handle('sweden', 'support', {
      env: { ...svc.env, DB_URL_US_EAST: 'postgres://postgres@127.0.0.1:1/none' }
    })
    const row = await eventually('the plan on the sweden replica', () =>
      homeDown.table('plans').get('team')
    )
    expect(row).toEqual({ code: 'team', name: 'Team', price_cents: '4900' })
  })

  it('exports and erases a subject in every region, and reports a region that is down', async () => {
    const customer = randomUUID()
    const writer = handle('sweden', 'support')
    await writer
      .table('customers')
      .insert({ id: customer, email: 'cy@example.se', created_at: new Date() })
    for (const region of ['sweden', 'china'])
      await writer.table('tickets').insert({
        id: randomUUID(),
        region,
        customer,
        body: `from ${region}`,
        created_at: new Date()
      })

    const audit = memorySink()
    const exported = await handle('us-east', 'support', { audit, purpose: 'DSAR 17' })
      .subject(customer)
      .export()
    expect(exported.complete).toBe(true)
    expect(exported.tables.customers).toEqual([
      expect.objectContaining({ id: customer, email: 'cy@example.se' })
    ])
    expect(exported.tables.tickets!.map(t => t.body).sort()).toEqual(['from china', 'from sweden'])
    expect(audit.entries.map(e => [e.action, e.table, e.region]).sort()).toEqual([
      ['export', 'customers', 'sweden'],
      ['export', 'tickets', 'china'],
      ['export', 'tickets', 'sweden']
    ])

    // China is unreachable: sweden is erased, china is reported, and the request is not complete.
    const partial = await handle('us-east', 'support', {
      env: { ...svc.env, DB_URL_CHINA: 'postgres://postgres:s3cret-pass@127.0.0.1:1/none' }
    })
      .subject(customer)
      .erase()
    expect(partial.complete).toBe(false)
    const china = partial.regions.find(r => r.region === 'china')!
    expect(china).toMatchObject({ ok: false })
    expect(china.error).toMatch(/china's database \(DB_URL_CHINA\) is unavailable/)
    expect(china.error).not.toMatch(/s3cret-pass/)
    expect(partial.regions.find(r => r.region === 'sweden')).toMatchObject({
      ok: true,
      rows: { customers: 1, tickets: 1 }
    })
    expect(
      await count(svc.urls.china!, 'SELECT count(*) AS n FROM tickets WHERE customer = $1', [
        customer
      ])
    ).toBe(1)

    const retry = await handle('us-east', 'support').subject(customer).erase()
    expect(retry.complete).toBe(true)
    for (const region of ['sweden', 'china'])
      expect(
        await count(svc.urls[region]!, 'SELECT count(*) AS n FROM tickets WHERE customer = $1', [
          customer
        ])
      ).toBe(0)
  })

  it('runs the retention functions in every region where their table lives', async () => {
    const old = randomUUID()
    await withClient(svc.urls.china!, c =>
      c.query(
        `INSERT INTO tickets (id, region, customer, body, created_at) VALUES ($1, 'china', gen_random_uuid(), 'old', now() - interval '400 days')`,
        [old]
      )
    )
    const receipts = await handle('sweden', 'support').retention.run()
    expect(receipts.every(r => r.ok)).toBe(true)
    expect(receipts.find(r => r.region === 'china')!.rows.tickets).toBe(1)
    expect(receipts.map(r => r.region).sort()).toEqual(['china', 'sweden', 'us-east'])
    expect(
      await count(svc.urls.china!, 'SELECT count(*) AS n FROM tickets WHERE id = $1', [old])
    ).toBe(0)
  })
})
