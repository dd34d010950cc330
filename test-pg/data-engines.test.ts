import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataMapFile } from '../src/data/data-map.js'
import type { DataMapFile } from '../src/data/data-map.js'
import { dataModel } from '../src/data/model.js'
import type { DataModel } from '../src/data/model.js'
import { compileSpanner, placementName } from '../src/data/spanner.js'
import { splitStatements, stripComments } from '../src/data/sql.js'
import { loadPlatform, loadService } from '../src/manifest/load.js'
import { memorySink, openData } from '../src/data-api/index.js'
import type { Data, OpenDataOptions } from '../src/data-api/index.js'
import { ENV_REPO, SERVICES } from '../test/support/paths.js'
import { GATEWAY, emulatorInstalled, startEmulator } from './spanner-emulator.js'
import type { Emulator } from './spanner-emulator.js'
import { eventually, freshService, withClient } from './support.js'

/**
 * One application, two engines: the same calls and the same expectations on
 * three real PostgreSQL regions (a database per region) and on the Cloud
 * Spanner emulator (one database spanning them). What the engines do
 * differently is in docs/data-api.md; where a test must look under the API
 * (where a row is stored), each engine answers through its own raw client.
 */

/**
 * Support tickets: each lives in the region that took it, only in the EU or China, and names its
 * customer. The EU may read China's tickets (a declared transfer); China may not read the EU's.
 */
const TICKETS = `
      tickets:
        home: sweden
        locality: by-row
        residency: [EU, CN]
        transfers: [EU]
        retention: 365d
        writers: [support]
        subject: { column: customer }
        columns:
          id:         { type: uuid, primaryKey: true }
          region:     { type: text, nullable: false }
          customer:   { type: uuid, category: user.unique_id, readers: [support, privacy] }
          body:       { type: text, category: user.content, readers: [support, privacy] }
          created_at: { type: timestamptz, nullable: false }
`

/** The roles the suite runs as: every call runs as one, and the deployment login is a member of each. */
const ROLES = ['billing', 'support', 'privacy']

/** The residency fixture with the role model a deployment declares: writers, a transfer, subject requests. */
function manifestText(name: string, engine: string): string {
  return readFileSync(join(SERVICES, 'residency', 'multiregion.yaml'), 'utf8')
    .replace('name: profiles', `name: ${name}`)
    .replace('engine: postgres', `engine: ${engine}`)
    .replace(
      '        residency: [EU]\n',
      '        residency: [EU]\n        transfers: [US]\n        writers: [billing, support]\n        subject: { column: id }\n'
    )
    .replace('readers: [support] }', 'readers: [support, privacy] }')
    .replace('        locality: global\n', '        locality: global\n        writers: [support]\n')
    .replace('        locality: by-row\n', '        locality: by-row\n        writers: [support]\n')
    .replace('\n      plans:', `${TICKETS}\n      plans:`)
    .replace('    tables:\n', '    subjectRequests: { roles: [privacy] }\n    tables:\n')
}

function maps(model: DataModel): Record<string, DataMapFile> {
  return Object.fromEntries(model.regions.map(r => [r.name, dataMapFile(model, r.name)]))
}

type Extra = Partial<Pick<OpenDataOptions, 'audit' | 'purpose'>>

interface Engine {
  /** A handle as an application in the region opens it. */
  open(region: string, role: string, extra?: Extra): Data
  /** A handle whose every request would fail: only a refusal made before any request is a residency error. */
  unreachable(region: string, role: string): Data
  /** Where the engine stored a by-row row, as its own client sees it. */
  storedIn(table: string, id: string): Promise<string[]>
  /** A ticket written past its retention, behind the API's back. */
  insertExpired(id: string, region: string): Promise<void>
  close(): Promise<void>
}

async function postgres(): Promise<Engine> {
  const svc = await freshService()
  writeFileSync(svc.manifest, manifestText(svc.name, 'postgres'))
  for (const region of ['us-east', 'sweden', 'china']) {
    const outcome = await svc.migrate(region)
    if (!('kind' in outcome) || outcome.kind !== 'applied')
      throw new Error(`migrate ${region}: ${JSON.stringify(outcome)}`)
  }
  await svc.grantLogin(ROLES)
  const model = dataModel(
    loadService(readFileSync(svc.manifest, 'utf8'), svc.manifest).value!,
    loadPlatform(readFileSync(svc.platform, 'utf8'), svc.platform).value!
  )!
  const byRegion = maps(model)
  const open: Data[] = []
  const handle = (region: string, role: string, env: Record<string, string>, extra: Extra) => {
    const db = openData({
      map: byRegion[region]!,
      role,
      purpose: 'test',
      env,
      audit: memorySink(),
      auditKey: 'test-audit-key',
      ...extra
    })
    open.push(db)
    return db
  }
  return {
    open: (region, role, extra = {}) => handle(region, role, svc.appEnv, extra),
    unreachable: (region, role) => handle(region, role, {}, {}),
    async storedIn(table, id) {
      const found: string[] = []
      for (const [region, url] of Object.entries(svc.urls))
        await withClient(url, async c => {
          const rows = await c.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])
          if (rows.rowCount) found.push(region)
        })
      return found
    },
    insertExpired: (id, region) =>
      withClient(svc.urls[region]!, c =>
        c.query(
          `INSERT INTO tickets (id, region, customer, body, created_at) VALUES ($1, $2, gen_random_uuid(), 'old', now() - interval '400 days')`,
          [id, region]
        )
      ).then(() => undefined),
    close: async () => void (await Promise.all(open.map(db => db.close())))
  }
}

/**
 * The emulator refuses placements, roles and grants (test-pg/spanner.test.ts
 * lists each refusal): the database gets the same tables without them, so
 * placement and the grants are the API's own doing here, and the placement
 * key's CHECK constraint is the database's.
 */
function emulatorDdl(model: DataModel): string[] {
  return splitStatements(compileSpanner(model).sql)
    .map(s => stripComments(s.text).trim())
    .filter(s => !/^(CREATE PLACEMENT|CREATE ROLE|GRANT )/.test(s))
    .filter(s => !/per_placement_routing_metadata/.test(s))
    .map(s => s.replace(' PLACEMENT KEY', ''))
}

async function spanner(emulator: Emulator): Promise<Engine> {
  const name = `svc${randomUUID().slice(0, 8)}`
  const platformText = readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8').replace(
    'compliance: [gdpr, pipl]',
    'compliance: [gdpr, pipl]\n  spanner: { project: test-project, instance: emulator }'
  )
  const model = dataModel(
    loadService(manifestText(name, 'spanner'), 'multiregion.yaml').value!,
    loadPlatform(platformText, 'platform.yaml').value!
  )!
  const raw = await emulator.database(name, emulatorDdl(model))
  const byRegion = maps(model)
  const open: Data[] = []
  const handle = (region: string, role: string, client: Emulator['client'], extra: Extra) => {
    const db = openData({
      map: byRegion[region]!,
      role,
      purpose: 'test',
      spannerClient: client,
      audit: memorySink(),
      auditKey: 'test-audit-key',
      timeoutMs: 3000,
      ...extra
    })
    open.push(db)
    return db
  }
  return {
    open: (region, role, extra = {}) => handle(region, role, emulator.client, extra),
    unreachable: (region, role) => handle(region, role, emulator.unreachable, {}),
    async storedIn(table, id) {
      const [rows] = await raw.run({
        sql: `SELECT region FROM ${table} WHERE id = @id`,
        params: { id }
      })
      return rows.map(r => String((r.toJSON() as { region: string }).region))
    },
    async insertExpired(id, region) {
      await raw.table('tickets').insert({
        id,
        region: placementName(region),
        customer: randomUUID(),
        body: 'old',
        created_at: new Date(Date.now() - 400 * 86400_000)
      })
    },
    close: async () => {
      await Promise.all(open.map(db => db.close()))
      await raw.close()
    }
  }
}

const ENGINES: ['postgres' | 'spanner'][] = [['postgres'], ['spanner']]
if (!emulatorInstalled())
  console.error(
    `\n\n!!! SPANNER SKIPPED: the Cloud Spanner emulator is not at ${GATEWAY}, so the data API suite runs on PostgreSQL only. Install the Google Cloud SDK's cloud-spanner-emulator component.\n\n`
  )

describe.each(ENGINES)('multiregion/data on %s', engineName => {
  const skip = engineName === 'spanner' && !emulatorInstalled()
  let engine: Engine
  let emulator: Emulator | undefined

  beforeAll(async () => {
    if (skip) return
    if (engineName === 'spanner') emulator = await startEmulator()
    engine = engineName === 'spanner' ? await spanner(emulator!) : await postgres()
  })

  afterAll(async () => {
    await engine?.close()
    await emulator?.stop()
  })

  const test = skip ? it.skip : it

  test('stores a by-row row where its region column says, finds it without being told where, and a regional row at home', async () => {
    const db = engine.open('sweden', 'support')
    const id = randomUUID()
    const written = await db
      .table('orders')
      .insert({ id, region: 'us-east', total_cents: 1250, created_at: new Date() })
    expect(written).toMatchObject({ regions: ['us-east'], count: 1, key: { id } })
    // Spanner keeps the row in the placement its region column names, as the compiled CHECK requires.
    expect(await engine.storedIn('orders', id)).toEqual([
      engineName === 'spanner' ? placementName('us-east') : 'us-east'
    ])
    expect(await db.table('orders').get(id)).toMatchObject({
      id,
      region: 'us-east',
      total_cents: '1250'
    })
    // A value read back writes back: a bigint string, and a timestamp as an ISO string.
    await db.table('orders').update(id, {
      total_cents: '1300',
      created_at: '2026-01-02T03:04:05.000Z'
    } as never)
    expect(await db.table('orders').get(id)).toMatchObject({
      total_cents: '1300',
      created_at: new Date('2026-01-02T03:04:05.000Z')
    })
    expect(await db.table('orders').find({ region: 'us-east', id } as never)).toHaveLength(1)
    expect(await db.table('orders').find({ id } as never, { region: 'china' })).toEqual([])

    const customer = await engine.open('us-east', 'billing').table('customers').insert({
      id: randomUUID(),
      email: 'ana@example.se',
      phone: '+46 70',
      created_at: new Date()
    })
    expect(customer.regions).toEqual(['sweden'])
  })

  test('refuses a row outside its jurisdictions before any request, whatever the caller passes', async () => {
    const db = engine.unreachable('sweden', 'support')
    const row = (region: string) => ({
      id: randomUUID(),
      region,
      customer: randomUUID(),
      body: 'x',
      created_at: new Date()
    })
    const refused = db.table('tickets').insert(row('us-east'))
    await expect(refused).rejects.toMatchObject({ code: 'residency', region: 'us-east' })
    await expect(refused).rejects.toThrow(
      /tickets may not be stored in us-east \(US\).*sweden, china/
    )
    await expect(db.table('tickets').find({ region: 'mars' } as never)).rejects.toMatchObject({
      code: 'residency'
    })
    // The same handle does send an allowed row: it fails for want of a database, not by residency.
    const sent = await db
      .table('tickets')
      .insert(row('china'))
      .catch((e: { code: string }) => e.code)
    expect(['no-url', 'unavailable']).toContain(sent)
  })

  test('gives a role only the columns it may read, and audits who read personal data', async () => {
    const id = randomUUID()
    await engine
      .open('sweden', 'billing')
      .table('customers')
      .insert({ id, email: 'bo@example.se', phone: '+46 71', created_at: new Date() })
    const billing = engine.open('us-east', 'billing')
    const seen = await billing.table('customers').get(id)
    expect(Object.keys(seen!).sort()).toEqual(['created_at', 'id', 'phone'])
    expect(seen!.created_at).toBeInstanceOf(Date)
    await expect(
      billing.table('customers').find({ email: 'bo@example.se' } as never)
    ).rejects.toMatchObject({ code: 'not-readable' })

    const audit = memorySink()
    const support = engine.open('us-east', 'support', { audit, purpose: 'ticket 4711' })
    expect(await support.table('customers').get(id)).toMatchObject({ email: 'bo@example.se' })
    expect(audit.entries).toEqual([
      expect.objectContaining({
        role: 'support',
        purpose: 'ticket 4711',
        table: 'customers',
        columns: ['email'],
        filter: ['id'],
        keyHash: expect.any(String),
        region: 'sweden',
        action: 'read'
      })
    ])
  })

  test('reads a global table with bounded staleness where the caller asks, and only there', async () => {
    await engine
      .open('china', 'support')
      .table('plans')
      .insert({ code: 'team', name: 'Team', price_cents: 4900 })
    const reader = engine.open('sweden', 'support')
    const row = await eventually('the plan within the staleness bound', () =>
      reader.table('plans').get('team', { maxStalenessSeconds: 15 })
    )
    expect(row).toEqual({ code: 'team', name: 'Team', price_cents: '4900' })
    expect(await reader.table('plans').get('team')).toEqual(row)
    await expect(
      reader.table('customers').get(randomUUID(), { maxStalenessSeconds: 15 })
    ).rejects.toMatchObject({ code: 'bad-option' })
  })

  test('exports and erases a subject wherever its rows are placed', async () => {
    const customer = randomUUID()
    const writer = engine.open('sweden', 'support')
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
    const dsar = engine.open('sweden', 'privacy', { audit, purpose: 'DSAR 17' })
    const exported = await dsar.subject(customer).export()
    expect(exported.complete).toBe(true)
    expect(exported.tables.customers).toEqual([
      expect.objectContaining({ id: customer, email: 'cy@example.se' })
    ])
    expect(exported.tables.tickets!.map(t => [t.body, t.region]).sort()).toEqual([
      ['from china', 'china'],
      ['from sweden', 'sweden']
    ])
    expect(audit.entries.map(e => [e.action, e.table])).toEqual(
      expect.arrayContaining([
        ['export', 'customers'],
        ['export', 'tickets']
      ])
    )

    const erased = await dsar.subject(customer).erase()
    expect(erased.complete).toBe(true)
    const counted = erased.regions.reduce(
      (n, r) => n + (r.rows.customers ?? 0) + (r.rows.tickets ?? 0),
      0
    )
    expect(counted).toBe(3)
    const after = await dsar.subject(customer).export()
    expect([after.tables.customers, after.tables.tickets]).toEqual([[], []])

    // The durable record of requests is PostgreSQL's table; Spanner keeps none yet and says so.
    const recorded = dsar.subjectRequests.list()
    if (engineName === 'postgres')
      expect((await recorded).map(r => r.request)).toEqual(
        expect.arrayContaining([exported.request, erased.request])
      )
    else
      await expect(recorded).rejects.toMatchObject({
        code: 'not-supported',
        message: expect.stringMatching(/engine spanner does not keep yet/)
      })
  })

  test('keeps a by-row row in its jurisdiction: a search from China skips the EU, a read naming it is refused', async () => {
    const customer = randomUUID()
    const sweden = engine.open('sweden', 'support')
    const inEu = randomUUID()
    for (const [region, body] of [
      ['sweden', 'eu'],
      ['china', 'cn']
    ] as const)
      await sweden.table('tickets').insert({
        id: region === 'sweden' ? inEu : randomUUID(),
        region,
        customer,
        body,
        created_at: new Date()
      })
    const china = engine.open('china', 'support').table('tickets')
    // On Spanner both regions are one database: the region column bounds what is read, not only where.
    const page = await china.page({ customer } as never, { select: ['body', 'region'] as never })
    expect(page.rows).toEqual([{ body: 'cn', region: 'china' }])
    expect(page.skipped?.map(s => s.region)).toEqual(['sweden'])
    expect(await china.find({ customer } as never, { select: ['body'] as never })).toEqual([
      { body: 'cn' }
    ])
    await expect(china.find({ customer, region: 'sweden' } as never)).rejects.toMatchObject({
      code: 'transfer'
    })
    // An update or delete counts what it matched, so it reads as find does: the EU row is neither changed nor counted.
    for (const change of [china.update(inEu, { body: 'overwritten' }), china.delete(inEu)])
      expect(await change).toMatchObject({ count: 0, skipped: [{ region: 'sweden' }] })
    await expect(china.delete({ id: inEu, region: 'sweden' } as never)).rejects.toMatchObject({
      code: 'transfer'
    })
    expect(await sweden.table('tickets').get(inEu)).toMatchObject({ body: 'eu' })
  })

  test('filters with operators, orders, pages and streams the same rows on both', async () => {
    const db = engine.open('sweden', 'support')
    const customer = randomUUID()
    const at = new Date('2026-03-01T00:00:00.000Z')
    for (const [region, body, day] of [
      ['sweden', 'alpha', 1],
      ['china', 'beta', 2],
      ['sweden', 'gamma', 3],
      ['china', 'Zulu', 4]
    ] as const)
      await db.table('tickets').insert({
        id: randomUUID(),
        region,
        customer,
        body,
        created_at: new Date(at.getTime() + day * 86400_000)
      })
    const tickets = db.table('tickets')
    const found = await tickets.find(
      {
        customer,
        created_at: { gte: new Date(at.getTime() + 2 * 86400_000) },
        OR: [{ body: { like: 'g%' } }, { region: { in: ['china'] } }]
      } as never,
      { orderBy: { body: 'asc' }, select: ['body', 'region'] as never }
    )
    // Code point order: upper case before lower, on both engines and across regions.
    expect(found).toEqual([
      { body: 'Zulu', region: 'china' },
      { body: 'beta', region: 'china' },
      { body: 'gamma', region: 'sweden' }
    ])
    expect(
      (await tickets.find({ customer, body: { ne: 'alpha' }, region: 'sweden' } as never)).map(
        r => r.body
      )
    ).toEqual(['gamma'])
    const first = await tickets.page({ customer } as never, {
      orderBy: { created_at: 'desc' },
      limit: 3
    })
    expect(first.rows.map(r => r.body)).toEqual(['Zulu', 'gamma', 'beta'])
    const second = await tickets.page({ customer } as never, {
      orderBy: { created_at: 'desc' },
      limit: 3,
      after: first.next!
    })
    expect([second.rows.map(r => r.body), second.next]).toEqual([['alpha'], undefined])
    const streamed: unknown[] = []
    for await (const row of tickets.stream({ customer } as never, { limit: 1 }))
      streamed.push(row.body)
    expect(streamed.sort()).toEqual(['Zulu', 'alpha', 'beta', 'gamma'])
  })

  test('runs a transaction as the caller, whole or not at all', async () => {
    const db = engine.open('sweden', 'support')
    const id = randomUUID()
    const failed = db.transaction('sweden', async tx => {
      await tx
        .table('tickets')
        .insert({ id, region: 'sweden', customer: randomUUID(), body: 'x', created_at: new Date() })
      throw new Error('the body changed its mind')
    })
    await expect(failed).rejects.toThrow('the body changed its mind')
    expect(await db.table('tickets').get(id)).toBeUndefined()
    await db.transaction('sweden', async tx => {
      const t = tx.table('tickets')
      await t.insert({
        id,
        region: 'sweden',
        customer: randomUUID(),
        body: 'y',
        created_at: new Date()
      })
      await t.update(id, { body: 'z' })
    })
    expect(await db.table('tickets').get(id)).toMatchObject({ body: 'z' })
  })

  test('answers retention for every table that keeps rows for a time', async () => {
    await engine.insertExpired(randomUUID(), 'china')
    const receipts = await engine.open('sweden', 'support').retention.run()
    expect(receipts.every(r => r.ok)).toBe(true)
    // PostgreSQL's generated function deletes the row now; Spanner's row deletion policy deletes it
    // within about three days, and run() counts it as pending.
    const handled = receipts.reduce(
      (n, r) => n + (r.rows.tickets ?? 0) + (r.pending?.tickets ?? 0),
      0
    )
    expect(handled).toBe(1)
  })
})
