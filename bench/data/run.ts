/**
 * multiregion/data against raw `pg` on the same loopback PostgreSQL cluster:
 * `get` and `insert` of one row, sequential, through the API and through a
 * pg.Pool with the same statement; and a `find` that searches three regions
 * (a by-row table without a region filter). Clusters start as
 * `npm run test:pg` starts them.
 *
 *   npm run bench:data
 *
 * Prints figures and ratios; asserts nothing.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { dataMap } from '../../src/data/data-map.js'
import type { DataModel } from '../../src/data/model.js'
import { compilePostgres } from '../../src/data/postgres.js'
import { memorySink, openData } from '../../src/data-api/index.js'
import setup, { teardown } from '../../test-pg/clusters.mjs'
import { benchSpanner } from './spanner.js'

const OPS = 3000
const WARMUP = 300
const REGIONS = ['us-east', 'sweden', 'china']

const model: DataModel = {
  service: 'bench',
  engine: 'postgres',
  compliance: [],
  customRules: [],
  regions: REGIONS.map((name, i) => ({
    name,
    jurisdiction: ['US', 'EU', 'CN'][i]!,
    location: name,
    secret: `BENCH_DB_${i}`
  })),
  tables: [
    {
      name: 'items',
      home: 'us-east',
      locality: 'regional',
      columns: [
        { name: 'id', type: 'uuid', primaryKey: true, nullable: false, readers: [] },
        { name: 'name', type: 'text', primaryKey: false, nullable: true, readers: [] },
        { name: 'qty', type: 'integer', primaryKey: false, nullable: true, readers: [] }
      ],
      placement: ['us-east'],
      path: []
    },
    {
      name: 'events',
      home: 'us-east',
      locality: 'by-row',
      columns: [
        { name: 'id', type: 'uuid', primaryKey: true, nullable: false, readers: [] },
        { name: 'region', type: 'text', primaryKey: false, nullable: false, readers: [] },
        { name: 'kind', type: 'text', primaryKey: false, nullable: true, readers: [] }
      ],
      placement: REGIONS,
      path: []
    }
  ]
}

/** Wall time per operation, and this process's CPU time per operation (steadier on a busy machine). */
let cpuPerOp = 0
async function timed(n: number, op: (i: number) => Promise<unknown>): Promise<number> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < n; i++) await op(i)
  const used = process.cpuUsage(cpu)
  cpuPerOp = (used.user + used.system) / n
  return ((performance.now() - start) * 1000) / n
}

async function main(): Promise<void> {
  await setup()
  const pools: pg.Pool[] = []
  try {
    const state = JSON.parse(readFileSync(process.env.MULTIREGION_PG!, 'utf8')) as {
      clusters: { region: string; port: number }[]
    }
    const env: Record<string, string> = {}
    for (const [i, region] of REGIONS.entries()) {
      const port = state.clusters.find(c => c.region === region)!.port
      const url = `postgres://postgres@127.0.0.1:${port}/postgres`
      env[`BENCH_DB_${i}`] = url
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      for (const m of compilePostgres(model, region)) await c.query(m.sql)
      await c.query(
        `INSERT INTO events SELECT gen_random_uuid(), $1, 'k' || g FROM generate_series(1, 100) g`,
        [region]
      )
      await c.end()
    }
    const raw = new pg.Pool({ connectionString: env.BENCH_DB_0, max: 1 })
    pools.push(raw)
    const db = openData({
      map: dataMap(model, 'us-east'),
      role: 'app',
      purpose: 'bench',
      env,
      audit: memorySink(),
      maxConnectionsPerRegion: 1
    })
    const ids = Array.from({ length: OPS + WARMUP }, () => randomUUID())
    const rawIds = Array.from({ length: OPS + WARMUP }, () => randomUUID())
    const insertRaw = (i: number) =>
      raw.query('INSERT INTO "items" ("id", "name", "qty") VALUES ($1, $2, $3) RETURNING "id"', [
        rawIds[i],
        'n',
        i
      ])
    const insertApi = (i: number) => db.table('items').insert({ id: ids[i], name: 'n', qty: i })
    const getRaw = (i: number) =>
      raw.query('SELECT "id", "name", "qty" FROM "items" WHERE "id" = $1 LIMIT 1', [rawIds[i]])
    const getApi = (i: number) => db.table('items').get(ids[i]!)

    // Warm both paths, then alternate rounds so drift on the machine hits both alike.
    await timed(WARMUP, i => insertRaw(OPS + i))
    await timed(WARMUP, i => insertApi(OPS + i))
    const half = OPS / 2
    const insert = { raw: 0, api: 0, rawCpu: 0, apiCpu: 0 }
    const get = { raw: 0, api: 0, rawCpu: 0, apiCpu: 0 }
    for (const [r, rawOp, apiOp] of [
      [insert, insertRaw, insertApi],
      [get, getRaw, getApi]
    ] as const)
      for (const offset of [0, half]) {
        r.raw += (await timed(half, i => rawOp(offset + i))) / 2
        r.rawCpu += cpuPerOp / 2
        r.api += (await timed(half, i => apiOp(offset + i))) / 2
        r.apiCpu += cpuPerOp / 2
      }
    const find = await timed(200, () => db.table('events').find({ kind: 'k1' }, { limit: 10 }))
    const findOne = await timed(200, () =>
      db.table('events').find({ kind: 'k1' }, { limit: 10, region: 'us-east' })
    )
    const line = (name: string, r: typeof insert) =>
      console.log(
        `${name.padEnd(8)} wall: raw pg ${r.raw.toFixed(1).padStart(7)} µs, multiregion/data ${r.api.toFixed(1).padStart(7)} µs, ratio ${(r.api / r.raw).toFixed(3)} (goal <= 1.15)   client CPU: ${r.rawCpu.toFixed(1)} µs against ${r.apiCpu.toFixed(1)} µs, ratio ${(r.apiCpu / r.rawCpu).toFixed(3)}`
      )
    console.log(
      `multiregion/data against raw pg, ${OPS} sequential operations each, one loopback cluster`
    )
    line('insert', insert)
    line('get', get)
    console.log(
      `find     across 3 regions ${find.toFixed(1)} µs   in 1 region ${findOne.toFixed(1)} µs   ratio ${(find / findOne).toFixed(2)}`
    )
    await db.close()
  } finally {
    await Promise.all(pools.map(p => p.end()))
    await teardown()
  }
}

await main()
await benchSpanner()
