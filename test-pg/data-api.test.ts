import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadInputs } from '../src/commands/load-inputs.js'
import { dataMapFile, decodeDataMap } from '../src/data/data-map.js'
import type { DataMapFile } from '../src/data/data-map.js'
import { dataModel } from '../src/data/model.js'
import { DataError, memorySink, openData } from '../src/data-api/index.js'
import type { Data } from '../src/data-api/index.js'
import { Connections } from '../src/data-api/connections.js'
import { ENV_REPO } from '../test/support/paths.js'
import { eventually, freshService, serverLog, withClient } from './support.js'

type Service = Awaited<ReturnType<typeof freshService>>

/** Support tickets: each lives in the region that took it, only in the EU or China, and names its customer. */
const TICKETS = `
      tickets:
        home: sweden
        locality: by-row
        residency: [EU, CN]
        writers: [support]
        retention: 365d
        subject: { column: customer }
        columns:
          id:         { type: uuid, primaryKey: true }
          region:     { type: text, nullable: false }
          customer:   { type: uuid, category: user.unique_id, readers: [support] }
          body:       { type: text, category: user.content, readers: [support] }
          created_at: { type: timestamptz, nullable: false }

      devices:
        home: us-east
        locality: global
        writers: [support]
        subject: { column: owner }
        columns:
          id:    { type: uuid, primaryKey: true }
          owner: { type: uuid }
          model: { type: text }
`

/** The roles this service's deployment login may act as (the platform team grants them after migrate). */
const ROLES = ['billing', 'support', 'privacy']

async function mapsFor(svc: Service): Promise<Record<string, DataMapFile>> {
  const { service, platform, diagnostics } = await loadInputs({
    manifest: svc.manifest,
    platform: join(ENV_REPO, 'platform.yaml')
  })
  expect(diagnostics.filter(d => d.severity === 'error')).toEqual([])
  const model = dataModel(service!, platform!)!
  return Object.fromEntries(model.regions.map(r => [r.name, dataMapFile(model, r.name)]))
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
  let maps: Record<string, DataMapFile>
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
      env: svc.appEnv,
      audit: memorySink(),
      auditKey: 'test-audit-key',
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
        '        residency: [EU]\n        transfers: [US]\n        writers: [billing, support]\n        subject: { column: id }\n'
      )
      .replace('readers: [support] }', 'readers: [support, privacy] }')
      .replace(
        '        locality: global\n',
        '        locality: global\n        writers: [support]\n'
      )
      .replace('\n      plans:', `${TICKETS}\n      plans:`)
      .replace('    tables:\n', '    subjectRequests: { roles: [privacy] }\n    tables:\n')
    writeFileSync(svc.manifest, text)
    for (const region of ['us-east', 'sweden', 'china']) {
      const outcome = await svc.migrate(region)
      expect([
        region,
        'problems' in outcome
          ? outcome.problems
          : 'message' in outcome
            ? outcome.message
            : outcome.kind
      ]).toEqual([region, 'applied'])
    }
    await svc.grantLogin(ROLES)
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
    // Stored in China, it is read from China: from Sweden it would be a transfer out of CN.
    expect(await handle('china', 'support').table('tickets').get(id)).toMatchObject({
      id,
      region: 'china',
      body: '退款'
    })
  })

  it('refuses a row outside its jurisdictions before any I/O, whatever the caller passes', async () => {
    // us-east has no credentials at all: a refusal that tried to connect would say so instead.
    const db = handle('sweden', 'support', { env: { ...svc.appEnv, DB_URL_US_EAST: undefined } })
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
        filter: ['id'],
        region: 'sweden',
        rows: 1,
        action: 'read'
      })
    ])
    // The database agrees: billing, connected as itself, may not select email.
    await withClient(svc.urls.sweden!, async c => {
      await c.query('SET ROLE billing')
      await expect(c.query('SELECT email FROM customers')).rejects.toThrow(/permission denied/)
    })
  })

  it('prepares a read once per connection and then sends only its values, audited as ever', async () => {
    const id = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'cy@example.se', phone: '+46 72', created_at: new Date() })
    // The server logs each statement it runs, and the name it runs it under, for connections opened from here on.
    const logStatements = (value: string) =>
      withClient(svc.urls.sweden!, c =>
        c.query(`ALTER DATABASE "${svc.name}" SET log_statement = ${value}`)
      )
    await logStatements(`'all'`)
    const audit = memorySink()
    const db = handle('us-east', 'support', { audit, maxConnectionsPerRegion: 1 })
    try {
      for (let i = 0; i < 3; i++)
        expect(await db.table('customers').get(id)).toMatchObject({ email: 'cy@example.se' })
    } finally {
      await logStatements('DEFAULT')
    }
    const runs = serverLog('sweden')
      .split('\n')
      .filter(line => /execute .*FROM "customers" WHERE "id" = \$1 LIMIT 1/.test(line))
      .slice(-3)
      .map(line => line.match(/execute ([^:]+):/)![1])
    // The same prepared statement, parsed once, runs three times.
    expect(runs).toEqual([expect.stringMatching(/^multiregion_\d+$/), runs[0], runs[0]])
    expect(audit.entries.map(e => [e.region, e.rows])).toEqual([
      ['sweden', 1],
      ['sweden', 1],
      ['sweden', 1]
    ])
  })

  it('answers a prepared read after a migration changes the type of a column it returns, on the open connection', async () => {
    const id = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'di@example.se', phone: '+46 73', created_at: new Date() })
    const db = handle('sweden', 'billing', { maxConnectionsPerRegion: 1 })
    const customers = db.table('customers')
    const retype = (type: string) =>
      withClient(svc.urls.sweden!, c =>
        c.query(`ALTER TABLE customers ALTER COLUMN phone TYPE ${type}`)
      )
    expect(await customers.get(id)).toMatchObject({ phone: '+46 73' })
    expect(await customers.find({ phone: '+46 73' })).toHaveLength(1)
    try {
      // PostgreSQL refuses a prepared statement whose result type changed ("cached plan must not change result type").
      await retype('varchar(64)')
      expect(await customers.get(id)).toMatchObject({ phone: '+46 73' })
      expect(await customers.find({ phone: '+46 73' })).toHaveLength(1)
      expect(await customers.update(id, { phone: '+46 74' })).toMatchObject({ count: 1 })
    } finally {
      await retype('text')
    }
    expect(await customers.get(id)).toMatchObject({ phone: '+46 74' })
    // Turned off (a pooler that cannot keep prepared statements), every call still answers.
    const unprepared = handle('sweden', 'billing', { prepareStatements: false }).table('customers')
    expect(await unprepared.get(id)).toMatchObject({ phone: '+46 74' })
  })

  it('ends a statement that outlasts timeoutMs, and the next call in the region answers', async () => {
    const connections = new Connections({
      map: decodeDataMap(maps.sweden!),
      env: svc.appEnv,
      // The next call opens a connection and asks within this timeout too: a loaded runner needs room.
      timeoutMs: 1500,
      maxPerRegion: 1,
      prepare: true
    })
    try {
      await expect(
        connections.query('sweden', 'SELECT pg_sleep(3)', [], { role: 'support' })
      ).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(/sweden's database \(DB_URL_SWEDEN\).*timeout/)
      })
      // The connection that still waits for that answer is not handed on: this one gets its own.
      expect(await connections.query('sweden', 'SELECT 1 AS one', [], { role: 'support' })).toEqual(
        [{ one: 1 }]
      )
    } finally {
      await connections.close()
    }
  })

  it('reads a global table from the local replica after replication, even with home down', async () => {
    await handle('china', 'support')
      .table('plans')
      .insert({ code: 'team', name: 'Team', price_cents: 4900 })
    expect(
      await count(svc.urls['us-east']!, `SELECT count(*) AS n FROM plans WHERE code = 'team'`)
    ).toBe(1)
    const homeDown = handle('sweden', 'support', {
      env: { ...svc.appEnv, DB_URL_US_EAST: 'postgres://postgres@127.0.0.1:1/none' }
    })
    const row = await eventually('the plan on the sweden replica', () =>
      homeDown.table('plans').get('team')
    )
    expect(row).toEqual({ code: 'team', name: 'Team', price_cents: '4900' })
  })

  it('exports and erases a subject in every region, records the request in its home region, and resumes it after an outage', async () => {
    const customer = randomUUID()
    const writer = handle('sweden', 'support')
    await writer
      .table('customers')
      .insert({ id: customer, email: 'cy@example.se', phone: '+46 72', created_at: new Date() })
    for (const region of ['sweden', 'china'])
      await writer.table('tickets').insert({
        id: randomUUID(),
        region,
        customer,
        body: `from ${region}`,
        created_at: new Date()
      })

    const audit = memorySink()
    const exported = await handle('sweden', 'privacy', { audit, purpose: 'DSAR 17' })
      .subject(customer)
      .export()
    // China's ticket is resident in CN: an export from Sweden leaves it out and says so.
    expect(exported.complete).toBe(false)
    expect(exported.regions.find(r => r.region === 'china')).toMatchObject({ ok: false })
    // privacy reads email (the manifest names it) but not phone: the export holds what the role may read.
    expect(exported.tables.customers).toEqual([
      { id: customer, email: 'cy@example.se', created_at: expect.any(Date) }
    ])
    expect(exported.tables.tickets!.map(t => Object.keys(t).sort())).toEqual([
      ['created_at', 'customer', 'id', 'region']
    ])
    expect(audit.entries.map(e => [e.action, e.table, e.region]).sort()).toEqual([
      ['export', 'customers', 'sweden'],
      ['export', 'tickets', 'sweden']
    ])
    const fromChina = await handle('china', 'privacy').subject(customer).export()
    expect(fromChina.tables.tickets!.map(t => t.region)).toEqual(['china'])

    // China is unreachable: sweden is erased, china is reported, and the request is not complete.
    const down = handle('us-east', 'privacy', {
      env: { ...svc.appEnv, DB_URL_CHINA: 'postgres://postgres:s3cret-pass@127.0.0.1:1/none' }
    })
    const partial = await down.subject(customer).erase()
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

    // The caller drops the receipt: the request is on record in the subject's home region (sweden), unfinished.
    const recorded = await withClient(
      svc.urls.sweden!,
      async c =>
        (
          await c.query(
            'SELECT subject, action, role, complete, regions FROM multiregion_subject_requests WHERE id = $1',
            [partial.request]
          )
        ).rows
    )
    expect(recorded).toEqual([
      expect.objectContaining({
        subject: customer,
        action: 'erase',
        role: 'privacy',
        complete: false
      })
    ])
    expect(recorded[0].regions.china).toMatchObject({ ok: false })

    // A later job, china back, finds the request and finishes it.
    const job = handle('china', 'privacy')
    const open = await job.subjectRequests.list({ complete: false })
    expect(open.map(r => r.request)).toContain(partial.request)
    const done = await job.subjectRequests.resume(partial.request)
    expect(done.complete).toBe(true)
    for (const region of ['sweden', 'china'])
      expect(
        await count(svc.urls[region]!, 'SELECT count(*) AS n FROM tickets WHERE customer = $1', [
          customer
        ])
      ).toBe(0)
    expect((await job.subjectRequests.list({ complete: false })).map(r => r.request)).not.toContain(
      partial.request
    )
  })

  it('runs subject requests only under a role the manifest names for them', async () => {
    const customer = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id: customer, email: 'dee@example.se', phone: '+46 73', created_at: new Date() })
    for (const role of ['support', 'billing']) {
      const db = handle('sweden', role)
      await expect(db.subject(customer).export()).rejects.toMatchObject({ code: 'not-allowed' })
      await expect(db.subject(customer).erase()).rejects.toThrow(
        /subject requests.*spec\.data\.subjectRequests\.roles/
      )
    }
    expect(
      await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM customers WHERE id = $1', [customer])
    ).toBe(1)
  })

  it('is not complete while a replica whose subscription is disabled still holds the subject', async () => {
    const owner = randomUUID()
    const id = randomUUID()
    await handle('sweden', 'support').table('devices').insert({ id, owner, model: 'phone' })
    for (const region of ['sweden', 'china'])
      await eventually(`the device on ${region}`, async () =>
        (await count(svc.urls[region]!, 'SELECT count(*) AS n FROM devices WHERE id = $1', [
          id
        ])) === 1
          ? true
          : undefined
      )
    const subscription = async (action: 'DISABLE' | 'ENABLE') =>
      withClient(svc.urls.china!, async c => {
        const { rows } = await c.query(
          `SELECT subname FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND subname LIKE '%devices%'`
        )
        await c.query(`ALTER SUBSCRIPTION ${rows[0].subname} ${action}`)
      })
    await subscription('DISABLE')
    const privacy = handle('sweden', 'privacy')
    const receipt = await privacy.subject(owner).erase()
    expect(receipt.complete).toBe(false)
    expect(receipt.regions.find(r => r.region === 'china')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/replica of devices still holds 1 row/)
    })
    expect(
      await count(svc.urls.china!, 'SELECT count(*) AS n FROM devices WHERE owner = $1', [owner])
    ).toBe(1)
    await subscription('ENABLE')
    const done = await eventually('the replica to apply the erasure', async () => {
      const r = await privacy.subjectRequests.resume(receipt.request)
      return r.complete ? r : undefined
    })
    expect(done.regions.every(r => r.ok)).toBe(true)
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
    // A role runs the retention of the tables it writes: orders names no writer, so us-east has none for support.
    expect(receipts.map(r => r.region).sort()).toEqual(['china', 'sweden'])
    expect(
      await count(svc.urls.china!, 'SELECT count(*) AS n FROM tickets WHERE id = $1', [old])
    ).toBe(0)
  })

  it("refuses update and delete filtered on a column the role may not read, and checks every write against the role's grants", async () => {
    const id = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'eve@example.se', phone: '+46 74', created_at: new Date() })
    const billing = handle('us-east', 'billing').table('customers')
    // billing may not read email: a guess must not come back as a count.
    for (const guess of ['eve@example.se', 'nobody@example.se']) {
      await expect(
        billing.update({ id, email: guess } as never, { phone: '+46 75' })
      ).rejects.toMatchObject({
        code: 'not-readable'
      })
      await expect(billing.delete({ id, email: guess } as never)).rejects.toMatchObject({
        code: 'not-readable'
      })
    }
    expect(await billing.update(id, { phone: '+46 75' })).toMatchObject({ count: 1 })
    // A role the manifest does not name a writer is refused before any I/O.
    const privacy = handle('sweden', 'privacy', { env: {} })
    await expect(
      privacy.table('customers').update(id, { email: 'x@example.se' })
    ).rejects.toMatchObject({ code: 'not-allowed' })
    // The database checks the role, not the login: with billing's UPDATE revoked there, billing's write fails.
    await withClient(svc.urls.sweden!, c => c.query('REVOKE UPDATE ON customers FROM billing'))
    await expect(billing.update(id, { phone: '+46 76' })).rejects.toThrow(/permission denied/)
    await withClient(svc.urls.sweden!, c => c.query('GRANT UPDATE ON customers TO billing'))
    expect(
      await withClient(
        svc.urls.sweden!,
        async c => (await c.query('SELECT phone FROM customers WHERE id = $1', [id])).rows[0].phone
      )
    ).toBe('+46 75')
  })

  it('refuses a read of resident rows from a jurisdiction the manifest declares no transfer to, naming the rule', async () => {
    const id = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'fay@example.se', created_at: new Date() })
    const china = handle('china', 'support').table('customers')
    await expect(china.get(id)).rejects.toMatchObject({ code: 'transfer', region: 'china' })
    await expect(china.find({ email: 'fay@example.se' })).rejects.toThrow(
      /customers.*EU.*china \(CN\).*spec\.data\.tables\.customers\.transfers/
    )
    // us-east (US) is a declared transfer.
    expect(await handle('us-east', 'support').table('customers').get(id)).toMatchObject({
      email: 'fay@example.se'
    })
    // An export from the US leaves out tickets (EU and CN, no transfer) and says why.
    const exported = await handle('us-east', 'privacy').subject(id).export()
    expect(exported.complete).toBe(false)
    expect(exported.regions.filter(r => !r.ok).map(r => r.error)).toEqual([
      expect.stringMatching(/tickets.*transfers/),
      expect.stringMatching(/tickets.*transfers/)
    ])
  })

  it("keeps a by-row table's rows in their jurisdiction: EU reads EU rows, CN reads CN rows, and a search says which regions it skipped", async () => {
    const customer = randomUUID()
    const inEu = randomUUID()
    const inCn = randomUUID()
    const writer = handle('sweden', 'support').table('tickets')
    for (const [id, region, body] of [
      [inEu, 'sweden', 'eu-secret'],
      [inCn, 'china', 'cn-secret']
    ] as const)
      await writer.insert({ id, region, customer, body, created_at: new Date() })
    const sweden = handle('sweden', 'support').table('tickets')
    const china = handle('china', 'support').table('tickets')
    // Searches skip the other jurisdiction's region, and page() says so.
    expect((await sweden.find({ customer })).map(r => r.body)).toEqual(['eu-secret'])
    expect((await china.find({ customer })).map(r => r.body)).toEqual(['cn-secret'])
    expect(await sweden.get(inCn)).toBeUndefined()
    expect(await china.get(inEu)).toBeUndefined()
    const page = await sweden.page({ customer })
    expect(page.rows.map(r => r.body)).toEqual(['eu-secret'])
    expect(page.skipped).toEqual([
      { region: 'china', reason: expect.stringMatching(/tickets.*china.*CN.*transfers/) }
    ])
    // Naming the other jurisdiction's region is refused with the rule.
    await expect(sweden.get({ id: inCn, region: 'china' })).rejects.toMatchObject({
      code: 'transfer',
      message: expect.stringMatching(/spec\.data\.tables\.tickets\.transfers/)
    })
    await expect(china.find({ customer }, { region: 'sweden' })).rejects.toMatchObject({
      code: 'transfer'
    })
    // An export from Sweden leaves China's tickets out, and says why.
    const exported = await handle('sweden', 'privacy').subject(customer).export()
    expect(exported.complete).toBe(false)
    expect(JSON.stringify(exported)).not.toMatch(/cn-secret/)
    expect(exported.regions.find(r => r.region === 'china')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/tickets.*transfers/)
    })
  })

  it("refuses an update or delete of another jurisdiction's rows before any I/O, as a read is refused, so its count cannot tell whether a row exists", async () => {
    const customer = randomUUID()
    const inCn = randomUUID()
    const inEu = randomUUID()
    const writer = handle('sweden', 'support').table('tickets')
    for (const [id, region, body] of [
      [inCn, 'china', 'cn-original'],
      [inEu, 'sweden', 'eu-original']
    ] as const)
      await writer.insert({ id, region, customer, body, created_at: new Date() })
    // Sweden's handle has no URL for China: a call that tried to reach China would fail on that instead.
    const sweden = handle('sweden', 'support', {
      env: { ...svc.appEnv, DB_URL_CHINA: undefined }
    }).table('tickets')
    const rule =
      /tickets's rows stored in china are resident in CN.*sweden \(EU\).*spec\.data\.tables\.tickets\.transfers/
    await expect(
      sweden.update({ id: inCn, region: 'china' }, { body: 'overwritten' })
    ).rejects.toMatchObject({
      code: 'transfer',
      region: 'sweden',
      message: expect.stringMatching(rule)
    })
    await expect(sweden.delete({ id: inCn, region: 'china' })).rejects.toMatchObject({
      code: 'transfer',
      message: expect.stringMatching(rule)
    })
    // Without the region, the call searches as get does: China is skipped, and the result says so.
    const skipped = [{ region: 'china', reason: expect.stringMatching(rule) }]
    expect(await sweden.update(inCn, { body: 'overwritten' })).toEqual({
      regions: ['sweden'],
      count: 0,
      skipped
    })
    expect(await sweden.delete(inCn)).toEqual({ regions: ['sweden'], count: 0, skipped })
    expect(await sweden.update(inEu, { body: 'eu-updated' })).toEqual({
      regions: ['sweden'],
      count: 1,
      skipped
    })
    expect(
      await count(
        svc.urls.china!,
        "SELECT count(*) AS n FROM tickets WHERE id = $1 AND body = 'cn-original'",
        [inCn]
      )
    ).toBe(1)
    // A table resident in the EU: from China (no declared transfer) refused before any I/O, from the US (declared) written.
    const id = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'ivo@example.se', created_at: new Date() })
    const china = handle('china', 'support', {
      env: { ...svc.appEnv, DB_URL_SWEDEN: undefined }
    }).table('customers')
    for (const call of [china.update(id, { phone: '+86 1' }), china.delete(id)])
      await expect(call).rejects.toMatchObject({
        code: 'transfer',
        region: 'china',
        message: expect.stringMatching(
          /customers.*EU.*china \(CN\).*spec\.data\.tables\.customers\.transfers/
        )
      })
    expect(
      await handle('us-east', 'support').table('customers').update(id, { phone: '+1 555' })
    ).toEqual({ regions: ['sweden'], count: 1 })
  })

  it('refuses to open a handle that audits classified reads without a stable audit key, and an empty key', () => {
    const open = (extra: Partial<Parameters<typeof openData>[0]>) => () =>
      openData({ map: maps.sweden!, role: 'support', purpose: 'test', env: svc.appEnv, ...extra })
    expect(open({})).toThrow(/auditKey.*MULTIREGION_AUDIT_KEY/)
    expect(
      open({ auditKey: '', env: { ...svc.appEnv, MULTIREGION_AUDIT_KEY: 'from-env' } })
    ).toThrow(/auditKey.*empty/)
    expect(open({ env: { ...svc.appEnv, MULTIREGION_AUDIT_KEY: '' } })).toThrow(
      /MULTIREGION_AUDIT_KEY.*empty/
    )
    // The key from the environment is enough; a role that reads nothing classified needs none.
    open({ env: { ...svc.appEnv, MULTIREGION_AUDIT_KEY: 'from-env' } })().close()
    open({ role: 'nobody' })().close()
  })

  it('audits every read of classified columns, found or not, with a keyed hash of the values and never a value', async () => {
    const id = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'gus@example.se', created_at: new Date() })
    const audit = memorySink()
    const support = handle('sweden', 'support', { audit, auditKey: 'k1' }).table('customers')
    expect(await support.find({ email: 'nobody@example.se' })).toEqual([])
    expect(await support.find({ email: 'gus@example.se' })).toHaveLength(1)
    expect(await support.find({ email: 'nobody@example.se' })).toEqual([])
    expect(audit.entries.map(e => [e.filter, e.rows])).toEqual([
      [['email'], 0],
      [['email'], 1],
      [['email'], 0]
    ])
    const text = JSON.stringify(audit.entries)
    expect(text).not.toMatch(/example\.se/)
    expect(text).not.toContain(id)
    // The same search hashes alike (an auditor can correlate), a different one differently.
    const [a, b, c] = audit.entries.map(e => e.keyHash)
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(c).toBe(a)
    expect(b).not.toBe(a)
    // A value never reaches an error message.
    const error = await support.get('alice@example.com').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataError)
    expect(String((error as Error).message)).not.toMatch(/alice/)
  })

  it('finds by a null column and a value, and checks every option before any I/O', async () => {
    const id = randomUUID()
    const when = new Date('2026-01-02T03:04:05Z')
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'hal@example.se', created_at: when })
    const billing = handle('sweden', 'billing').table('customers')
    expect(await billing.find({ phone: null, created_at: when })).toEqual([
      { id, phone: null, created_at: when }
    ])
    const offline = handle('sweden', 'billing', { env: {} }).table('customers')
    await expect(offline.find({}, { limit: 'abc' as never })).rejects.toThrow(/limit.*whole number/)
    await expect(offline.find({}, { limit: 0 })).rejects.toMatchObject({ code: 'bad-option' })
  })

  it('queries with operators, projections and an order, and pages through every region with a stable cursor', async () => {
    const customer = randomUUID()
    const support = handle('sweden', 'support')
    const base = Date.parse('2026-03-01T00:00:00Z')
    const made: { id: string; region: string; at: Date }[] = []
    for (let i = 0; i < 7; i++) {
      const region = i % 2 === 0 ? 'sweden' : 'china'
      // Two tickets share each timestamp: the key breaks the tie, the same way in both regions.
      const at = new Date(base + Math.floor(i / 2) * 60_000)
      const id = randomUUID()
      made.push({ id, region, at })
      await support.table('tickets').insert({ id, region, customer, body: `t${i}`, created_at: at })
    }
    // Sweden reads the EU rows only: China's are resident in CN (see the jurisdiction test).
    const tickets = support.table('tickets')
    const expected = made
      .filter(m => m.region === 'sweden')
      .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? -1 : 1))
      .map(m => m.id)
    const seen: string[] = []
    let after: string | undefined
    do {
      const page = await tickets.page(
        { customer },
        { orderBy: { created_at: 'desc' }, limit: 3, select: ['id'], ...(after ? { after } : {}) }
      )
      expect(page.rows.every(r => Object.keys(r).join() === 'id')).toBe(true)
      seen.push(...page.rows.map(r => r.id as string))
      after = page.next
    } while (after)
    expect(seen).toEqual(expected)

    const streamed: string[] = []
    for await (const row of tickets.stream(
      { customer },
      { orderBy: { created_at: 'desc' }, limit: 2 }
    ))
      streamed.push(row.id as string)
    expect(streamed).toEqual(expected)

    const bodies = async (filter: Record<string, unknown>) =>
      (await tickets.find({ customer, ...filter } as never, { orderBy: { body: 'asc' } })).map(
        r => r.body
      )
    expect(await bodies({ body: { in: ['t1', 't4', 'nope'] } })).toEqual(['t4'])
    expect(
      await bodies({ created_at: { gte: new Date(base + 60_000), lt: new Date(base + 180_000) } })
    ).toEqual(['t2', 't4'])
    expect(
      (
        await handle('china', 'support')
          .table('tickets')
          .find({ customer, body: { like: 't_' } }, { orderBy: { body: 'asc' } })
      ).map(r => r.body)
    ).toEqual(['t1', 't3', 't5'])
    expect(await bodies({ OR: [{ body: 't0' }, { body: { gt: 't5' } }] })).toEqual(['t0', 't6'])
    await expect(
      tickets.find({ customer }, { orderBy: { body: 'up' } } as never)
    ).rejects.toMatchObject({
      code: 'bad-option'
    })
    await expect(tickets.page({ customer }, { after: 'forged' })).rejects.toMatchObject({
      code: 'bad-option'
    })
  })

  it('runs calls in one transaction within a region: all or nothing, and never another region', async () => {
    const db = handle('sweden', 'support')
    const customer = randomUUID()
    const ticket = randomUUID()
    const both = (tx: { table(name: string): ReturnType<Data['table']> }) =>
      Promise.all([
        tx
          .table('customers')
          .insert({ id: customer, email: 'ivy@example.se', created_at: new Date() }),
        tx.table('tickets').insert({
          id: ticket,
          region: 'sweden',
          customer,
          body: 'tx',
          created_at: new Date()
        })
      ])
    await expect(
      db.transaction('sweden', async tx => {
        await both(tx)
        throw new Error('the caller changed its mind')
      })
    ).rejects.toThrow('the caller changed its mind')
    expect(
      await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM customers WHERE id = $1', [customer])
    ).toBe(0)
    expect(
      await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM tickets WHERE id = $1', [ticket])
    ).toBe(0)

    await db.transaction('sweden', async tx => {
      await both(tx)
      // A by-row search inside the transaction stays in its region, and sees its own writes.
      expect(await tx.table('tickets').find({ customer })).toHaveLength(1)
    })
    expect(
      await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM tickets WHERE id = $1', [ticket])
    ).toBe(1)
    await expect(
      db.transaction('sweden', tx =>
        tx.table('tickets').insert({
          id: randomUUID(),
          region: 'china',
          customer,
          body: 'x',
          created_at: new Date()
        })
      )
    ).rejects.toThrow(/outside this transaction's region sweden/)
  })

  it('audits an update or a delete that looks a row up by a classified column, matched or not: the count it returns is a read', async () => {
    const id = randomUUID()
    await handle('sweden', 'support')
      .table('customers')
      .insert({ id, email: 'jo@example.se', created_at: new Date() })
    const audit = memorySink()
    const support = handle('sweden', 'support', { audit, auditKey: 'k1' }).table('customers')
    // The count says whether the guess was right, exactly as a find would.
    expect(
      await support.update({ id, email: 'nobody@example.se' } as never, { phone: '+46 70' })
    ).toMatchObject({ count: 0 })
    expect(
      await support.update({ id, email: 'jo@example.se' } as never, { phone: '+46 70' })
    ).toMatchObject({ count: 1 })
    expect(await support.delete({ id, email: 'nobody@example.se' } as never)).toMatchObject({
      count: 0
    })
    expect(audit.entries.map(e => [e.action, e.filter, e.rows])).toEqual([
      ['read', ['id', 'email'], 0],
      ['read', ['id', 'email'], 1],
      ['read', ['id', 'email'], 0]
    ])
    expect(JSON.stringify(audit.entries)).not.toMatch(/example\.se/)
  })

  it('audits the values of a cursor as a filter: a forged one bounds a classified column as gt would', async () => {
    const support = handle('sweden', 'support').table('customers')
    for (const email of ['lou@example.se', 'max@example.se'])
      await support.insert({ id: randomUUID(), email, created_at: new Date() })
    const page = await support.page({}, { orderBy: { email: 'asc' }, limit: 1 })
    expect(page.next).toBeDefined()
    // The caller rewrites the cursor to start just before a guessed email.
    const decoded = JSON.parse(Buffer.from(page.next!, 'base64url').toString()) as {
      k: unknown
      v: unknown[]
    }
    const forged = Buffer.from(
      JSON.stringify({ k: decoded.k, v: ['jo@example.sd', decoded.v[1]] })
    ).toString('base64url')
    const audit = memorySink()
    const audited = handle('sweden', 'support', { audit, auditKey: 'k1' }).table('customers')
    await audited.page({}, { orderBy: { email: 'asc' }, limit: 1, after: forged })
    await audited.page({}, { orderBy: { email: 'asc' }, limit: 1, after: page.next! })
    expect(audit.entries.map(e => e.filter)).toEqual([
      ['email', 'id'],
      ['email', 'id']
    ])
    // Different cursors hash differently, so an auditor sees two searches, not one.
    expect(audit.entries[0]!.keyHash).not.toBe(audit.entries[1]!.keyHash)
    expect(JSON.stringify(audit.entries)).not.toMatch(/example\.s/)
  })

  it('refuses a transaction handle used after its transaction ended, instead of running on a connection the pool has handed on', async () => {
    const db = handle('sweden', 'support', { maxConnectionsPerRegion: 1 })
    let leaked: ReturnType<Data['table']> | undefined
    await db.transaction('sweden', async tx => {
      leaked = tx.table('customers')
      await leaked.find({ id: randomUUID() })
    })
    const id = randomUUID()
    await expect(
      leaked!.insert({ id, email: 'kim@example.se', created_at: new Date() })
    ).rejects.toThrow(/transaction.*(ended|over)/)
    expect(
      await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM customers WHERE id = $1', [id])
    ).toBe(0)
  })

  it('keeps a value out of an error even when it arrives in a list or an object', async () => {
    const support = handle('sweden', 'support').table('customers')
    for (const created_at of [
      ['alice@example.com'],
      { at: 'alice@example.com' },
      // A date can be personal (a birth date); this one is outside PostgreSQL's range, so the error quotes it.
      new Date(-8_000_000_000_000_000)
    ]) {
      const error = await support
        .insert({ id: randomUUID(), email: 'x@example.se', created_at } as never)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DataError)
      expect(String((error as Error).message)).not.toMatch(/alice|25154/)
    }
  })

  it('streams an export a page at a time, every row once, without keeping them', async () => {
    const customer = randomUUID()
    await withClient(svc.urls.sweden!, c =>
      c.query(
        `INSERT INTO tickets (id, region, customer, body, created_at) SELECT gen_random_uuid(), 'sweden', $1, 'b' || g, now() FROM generate_series(1, 2005) g`,
        [customer]
      )
    )
    const seen = new Set<string>()
    const result = await handle('sweden', 'privacy')
      .subject(customer)
      .export({
        onRow: (table, row, region) => {
          expect([table, region]).toEqual(['tickets', 'sweden'])
          seen.add(row.id as string)
        }
      })
    // China's tickets are resident in CN: Sweden's export reports them as not read.
    expect(result.complete).toBe(false)
    expect(result.tables).toEqual({})
    expect(result.regions.find(r => r.region === 'sweden')!.rows.tickets).toBe(2005)
    expect(seen.size).toBe(2005)
  })
})
