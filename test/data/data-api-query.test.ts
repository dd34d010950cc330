import { createHmac } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { dataMap, dataMapFile } from '../../src/data/data-map.js'
import type { DataModel } from '../../src/data/model.js'
import { compilePostgres } from '../../src/data/postgres.js'
import { DataError, memorySink, openData } from '../../src/data-api/index.js'
import { keyHasher } from '../../src/data-api/audit.js'
import { openTable } from '../../src/data-api/table.js'
import type { DataMap } from '../../src/data/data-map.js'
import { Connections } from '../../src/data-api/connections.js'
import type { Backend } from '../../src/data-api/engines/backend.js'
import { SpannerBackend } from '../../src/data-api/engines/spanner.js'
import {
  comparator,
  compileFilter,
  decodeCursor,
  encodeCursor,
  orderText
} from '../../src/data-api/query.js'
import { fixtureModel } from '../support/data.js'

/** The residency fixture with the role model a deployment declares: writers, transfers and a subject request role. */
function model(): DataModel {
  const m = fixtureModel('residency')
  const customers = m.tables.find(t => t.name === 'customers')!
  customers.writers = ['billing']
  customers.transfers = ['US']
  customers.subject = { column: 'id', erase: 'delete' }
  customers.columns.find(c => c.name === 'id')!.readers.push('privacy')
  return { ...m, subjectRoles: ['privacy'] }
}

const TYPES: Record<string, string> = { a: 'bigint', b: 'integer', c: 'text' }

/** A filter compiler on an engine's own dialect, as table.ts builds one. */
function compilerOn(backend: Backend) {
  return {
    table: 't',
    what: 'find',
    columns: ['a', 'b', 'c'],
    checkValue: () => undefined,
    stored: (_: string, value: unknown) => value,
    ident: (n: string) => backend.ident(n),
    param: (n: number, c: string) => backend.param(n, TYPES[c]),
    codePointOrder: backend.codePointOrder
  }
}

const postgres = new Connections({
  map: {} as DataMap,
  env: {},
  timeoutMs: 1,
  maxPerRegion: 1,
  prepare: true
})
const spanner = new SpannerBackend({
  map: {
    service: 't',
    regions: {},
    spanner: { project: 'p', instance: 'i', database: 'd' }
  } as unknown as DataMap,
  timeoutMs: 1
})
const compiler = compilerOn(postgres)

describe('data API filters', () => {
  it('turns operators into parameters, never into text', () => {
    const values: unknown[] = []
    const text = compileFilter(
      {
        a: { in: [1, 2] },
        b: { gte: 3, lt: "9'; DROP TABLE t; --" },
        OR: [{ c: null }, { c: { like: 'x%' } }]
      },
      compiler,
      values
    )
    expect(text).toBe(
      '"a" IN ($1, $2) AND "b" >= $3 AND "b" < $4 AND (("c" IS NULL) OR ("c" LIKE $5))'
    )
    expect(values).toEqual([1, 2, 3, "9'; DROP TABLE t; --", 'x%'])
  })

  it('compiles the same operators to Spanner placeholders typed by their column, and orders text without a PostgreSQL collation', () => {
    const values: unknown[] = []
    const on = compilerOn(spanner)
    const text = compileFilter(
      { a: { in: [1, 2] }, b: { gte: 3, ne: 4 }, OR: [{ c: null }, { c: { like: 'x%' } }] },
      on,
      values
    )
    expect(text).toBe(
      '`a` IN (@p1_int64, @p2_int64) AND `b` >= @p3_int64 AND `b` <> @p4_int64 AND ((`c` IS NULL) OR (`c` LIKE @p5))'
    )
    expect(values).toEqual([1, 2, 3, 4, 'x%'])
    const text_ = (c: string) => c === 'c'
    expect(orderText([['c', 'asc']], text_, on)).toBe('`c` ASC')
    expect(orderText([['c', 'asc']], text_, compiler)).toBe('"c" COLLATE "C" ASC')
  })

  it('refuses an unknown column, operator or operand with an error that says how to fix it', () => {
    const bad = (filter: Record<string, unknown>) => () => compileFilter(filter, compiler, [])
    expect(bad({ z: 1 })).toThrow(/t has no column z/)
    expect(bad({ a: { between: [1, 2] } })).toThrow(
      /a has no operator between \(operators: eq, ne, in/
    )
    expect(bad({ a: { in: 3 } })).toThrow(/a\.in takes a list/)
    expect(bad({ a: { gt: null } })).toThrow(/use a: null/)
    expect(bad({ OR: [] })).toThrow(/OR takes a non-empty list/)
  })

  it('merges regions in the order PostgreSQL sorts them: code points for text, numbers for bigint strings', () => {
    const byName = comparator(
      [
        ['name', 'asc'],
        ['id', 'asc']
      ],
      c => c === 'n'
    )
    expect(
      ['b', 'B', 'ä', 'a']
        .map(name => ({ name, id: 1 }))
        .sort(byName)
        .map(r => r.name)
    ).toEqual(['B', 'a', 'b', 'ä'])
    const byN = comparator([['n', 'desc']], c => c === 'n')
    expect([{ n: '9' }, { n: '10' }, { n: '9007199254740993' }].sort(byN).map(r => r.n)).toEqual([
      '9007199254740993',
      '10',
      '9'
    ])
  })

  it('takes back only a cursor made for the same order', () => {
    const keys: [string, 'asc' | 'desc'][] = [
      ['at', 'desc'],
      ['id', 'asc']
    ]
    const at = new Date('2026-01-01T00:00:00Z')
    const cursor = encodeCursor(keys, { at, id: 'k' })
    expect(decodeCursor(cursor, keys, 't')).toEqual([at, 'k'])
    expect(() => decodeCursor(cursor, [['id', 'asc']], 't')).toThrow(DataError)
    expect(() => decodeCursor('not a cursor', keys, 't')).toThrow(/not one this order gave/)
  })
})

describe('the role model in the data map and the migrations', () => {
  it('carries writers, transfers and who runs subject requests, and grants exactly that', () => {
    const m = model()
    const map = dataMap(m, 'us-east')
    expect(map.tables.customers).toMatchObject({ writers: ['billing'], transfers: ['US'] })
    expect(map.subjects).toEqual({ roles: ['privacy'], home: 'sweden' })
    const sql = compilePostgres(m, 'sweden')
      .map(x => x.sql)
      .join('\n')
    expect(sql).toContain('GRANT INSERT, UPDATE, DELETE ON TABLE "customers" TO "billing";')
    expect(sql).toContain('GRANT DELETE ON TABLE "customers" TO "privacy";')
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "multiregion_subject_requests"')
    expect(sql).toContain(
      'GRANT SELECT, INSERT, UPDATE ON TABLE "multiregion_subject_requests" TO "privacy";'
    )
    // privacy reads the subject column (PostgreSQL needs it for the WHERE of an erasure), not email.
    expect(sql).toContain('GRANT SELECT ("id", "created_at") ON TABLE "customers" TO "privacy";')
  })

  it('refuses before any I/O: a write by a role that is no writer, a subject request by any other role, a read from an undeclared jurisdiction', async () => {
    const m = model()
    const open = (region: string, role: string) =>
      openData({ map: dataMapFile(m, region), role, purpose: 'x', env: {}, auditKey: 'k' })
    await expect(
      open('sweden', 'support')
        .table('customers')
        .insert({ id: '4f1c1d1e-0000-4000-8000-000000000001' })
    ).rejects.toMatchObject({ code: 'not-allowed' })
    await expect(open('sweden', 'support').subject('x').erase()).rejects.toMatchObject({
      code: 'not-allowed'
    })
    await expect(
      open('china', 'support').table('customers').get('4f1c1d1e-0000-4000-8000-000000000001')
    ).rejects.toMatchObject({ code: 'transfer', region: 'china' })
    await expect(
      open('sweden', 'billing')
        .table('customers')
        .find({}, { limit: 'abc' as never })
    ).rejects.toMatchObject({ code: 'bad-option' })
    await expect(
      open('sweden', 'billing').table('customers').get('alice@example.com')
    ).rejects.toThrow(/customers\.id is uuid, and the value given in get is not one/)
  })
})

describe('the audit key hash', () => {
  it('is the HMAC-SHA256 an auditor computes with createHmac, for any key length and any values', () => {
    // An auditor checks an entry by hashing a candidate value: the sorted [column, value] pairs as JSON.
    const auditor = (key: string, filter: Record<string, unknown>) =>
      createHmac('sha256', key)
        .update(
          JSON.stringify(
            Object.keys(filter)
              .sort()
              .map(c => [c, filter[c]])
          )
        )
        .digest('hex')
    // Keys shorter than, as long as and longer than SHA-256's 64-byte block (a longer one is hashed first).
    for (const key of ['k', 'x'.repeat(64), 'ключ'.repeat(20)]) {
      const hash = keyHasher(key)
      const long = { email: `${'é'.repeat(400)}@example.se`, id: 7 }
      for (const filter of [
        { email: 'a@example.se' },
        long,
        { email: 'b@example.se', phone: null }
      ])
        expect(hash(filter)).toBe(auditor(key, filter))
      // A message longer than the one before it, then a shorter one: nothing of the longer is hashed again.
      expect(hash({ email: 'c@example.se' })).toBe(auditor(key, { email: 'c@example.se' }))
      expect(hash({ when: new Date('2026-01-02T03:04:05Z'), n: 10n })).toBe(
        auditor(key, { n: '10', when: '2026-01-02T03:04:05.000Z' })
      )
      expect(hash({ email: 'a@example.se', gone: undefined })).toBe(
        auditor(key, { email: 'a@example.se' })
      )
    }
    expect(keyHasher('k1')({ email: 'a' })).not.toBe(keyHasher('k2')({ email: 'a' }))
  })
})

describe('data API statements', () => {
  it('builds a find statement once per shape, and sends each call its own values', async () => {
    const sent: [string, unknown[]][] = []
    let quoted = 0
    const backend: Backend = {
      ident: n => {
        quoted++
        return postgres.ident(n)
      },
      param: n => `$${n}`,
      codePointOrder: postgres.codePointOrder,
      returning: c => ` RETURNING ${c}`,
      site: r => r,
      placementOf: r => r,
      query: (_region, text, values) => {
        sent.push([text, values])
        return Promise.resolve([])
      },
      transaction: () => Promise.reject(new Error('no transaction here')),
      close: () => Promise.resolve()
    }
    const audit = memorySink()
    const customers = openTable<Record<string, unknown>>(
      {
        map: dataMap(model(), 'sweden'),
        region: 'sweden',
        role: 'support',
        purpose: 'x',
        audit,
        hash: keyHasher('k'),
        connections: backend
      },
      'customers'
    )
    await customers.find({ email: 'a@example.se' })
    const once = quoted
    await customers.find({ email: 'b@example.se' })
    // The second find of the same shape quotes nothing: its text was built once.
    expect(quoted).toBe(once)
    const id = '4f1c1d1e-0000-4000-8000-000000000001'
    await customers.find({ email: null, id })
    await customers.find({ email: 'c@example.se' }, { limit: 5 })
    await customers.find({ email: { like: 'd%' } })
    await customers.find({ id, email: undefined })
    const columns = '"id", "email", "created_at"'
    expect(sent).toEqual([
      [`SELECT ${columns} FROM "customers" WHERE "email" = $1 LIMIT 100`, ['a@example.se']],
      [`SELECT ${columns} FROM "customers" WHERE "email" = $1 LIMIT 100`, ['b@example.se']],
      [`SELECT ${columns} FROM "customers" WHERE "email" IS NULL AND "id" = $1 LIMIT 100`, [id]],
      [`SELECT ${columns} FROM "customers" WHERE "email" = $1 LIMIT 5`, ['c@example.se']],
      [`SELECT ${columns} FROM "customers" WHERE "email" LIKE $1 LIMIT 100`, ['d%']],
      [`SELECT ${columns} FROM "customers" WHERE "id" = $1 LIMIT 100`, [id]]
    ])
    // Each is audited as ever: a keyed hash per call, the columns filtered on.
    expect(audit.entries.map(e => e.filter)).toEqual([
      ['email'],
      ['email'],
      ['email', 'id'],
      ['email'],
      ['email'],
      ['id']
    ])
    expect(new Set(audit.entries.map(e => e.keyHash)).size).toBe(6)
  })
})
