/**
 * multiregion/data against raw `pg` on the same loopback PostgreSQL cluster,
 * on the path users take: a table with a classified column the role reads
 * (so every read is audited, with its keyed hash) and the deployment's
 * non-superuser login acting as the role, for the API and for raw pg alike.
 * `insert`, `get` and `find` of one row, sequential, through the API and
 * through a pg.Pool with the same statement; a `find` that searches three
 * regions (a by-row table without a region filter) against one region, and
 * against raw pg sending the same statement to the three at once (what the
 * machine allows a fan-out); and the library's own CPU per call against a
 * backend that answers at once, which a loaded machine moves far less than
 * the ratios.
 * The migrations run through the real runner, as `multiregion migrate` does;
 * clusters start as `npm run test:pg` starts them, each run in its own folder.
 *
 *   npm run bench:data
 *
 * Prints figures and ratios; asserts nothing.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { dataMap, dataMapFile } from '../../src/data/data-map.js'
import type { DataModel } from '../../src/data/model.js'
import { compilePostgres } from '../../src/data/postgres.js'
import { keyHasher } from '../../src/data-api/audit.js'
import type { Backend } from '../../src/data-api/engines/backend.js'
import { openData } from '../../src/data-api/index.js'
import { openTable } from '../../src/data-api/table.js'
import { runMigrations } from '../../src/data-runner/runner.js'
import setup, { APP_LOGIN, teardown } from '../../test-pg/clusters.mjs'
import { benchSpanner } from './spanner.js'

const OPS = 3000
/**
 * Calls each path makes before it is measured. V8 compiles a hot path in the
 * background for the first few thousand calls (TurboFan, on its worker
 * threads, which process.cpuUsage() counts): after 300 calls the measured
 * client CPU of the next 3000 was still half compilation, more for the API,
 * which has more code to compile. The warm-up's own cost is printed apart.
 */
const WARMUP = 5000
/** Calls of the instant backend in ownWork, before and while measured. */
const OWN_WARMUP = 6000
const OWN_OPS = 60000
const REGIONS = ['us-east', 'sweden', 'china']
/** The role the service acts as; the deployment login is a member. */
const ROLE = 'clerk'
let audited = 0

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
        {
          name: 'email',
          type: 'text',
          primaryKey: false,
          nullable: true,
          category: 'user.contact.email',
          readers: [ROLE]
        },
        { name: 'qty', type: 'integer', primaryKey: false, nullable: true, readers: [] }
      ],
      writers: [ROLE],
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
        { name: 'kind', type: 'text', primaryKey: false, nullable: true, readers: [] },
        {
          name: 'email',
          type: 'text',
          primaryKey: false,
          nullable: true,
          category: 'user.contact.email',
          readers: [ROLE]
        }
      ],
      writers: [ROLE],
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

/**
 * The library's own CPU per call, every check and the audit entry with its
 * keyed hash included, against a backend that answers at once: what the API
 * adds to a call whatever the database and the machine's load do.
 */
async function ownWork(): Promise<{ get: number; find: number }> {
  const row = [{ id: randomUUID(), email: 'u@example.com', qty: 1 }]
  const instant: Backend = {
    ident: n => `"${n}"`,
    param: n => `$${n}`,
    codePointOrder: ' COLLATE "C"',
    returning: c => ` RETURNING ${c}`,
    site: r => r,
    placementOf: r => r,
    query: () => Promise.resolve(row),
    transaction: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve()
  }
  const items = openTable<Record<string, unknown>>(
    {
      map: dataMap(model, 'us-east'),
      region: 'us-east',
      role: ROLE,
      purpose: 'bench',
      audit: { write: () => void audited++ },
      hash: keyHasher('bench'),
      connections: instant
    },
    'items'
  )
  const ids = Array.from({ length: 1000 }, () => randomUUID())
  const get = (i: number) => items.get(ids[i % 1000]!)
  const find = (i: number) => items.find({ email: `u${i}@example.com` })
  await timed(OWN_WARMUP, get)
  await timed(OWN_WARMUP, find)
  await timed(OWN_OPS, get)
  const getCpu = cpuPerOp
  await timed(OWN_OPS, find)
  return { get: getCpu, find: cpuPerOp }
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
      const admin = `postgres://postgres@127.0.0.1:${port}/postgres`
      await runMigrations({
        connectionString: admin,
        migrations: compilePostgres(model, region),
        publisherUrl: () => undefined,
        publisherDatabase: () => undefined,
        runId: 'bench',
        log: () => undefined
      })
      const c = new pg.Client({ connectionString: admin })
      await c.connect()
      await c.query(`GRANT ${ROLE} TO ${APP_LOGIN}`)
      // The rows go in as the table's owner: the region policy lets only this region's rows in.
      await c.query(
        `INSERT INTO events SELECT gen_random_uuid(), $1, 'k' || g, 'e' || g || '@example.com' FROM generate_series(1, 100) g`,
        [region]
      )
      await c.end()
      env[`BENCH_DB_${i}`] = `postgres://${APP_LOGIN}@127.0.0.1:${port}/postgres`
    }
    // Raw pg as a careful deployment would use it: the same login, acting as the same role.
    const raw = new pg.Pool({
      connectionString: env.BENCH_DB_0,
      max: 1,
      options: `-c role=${ROLE}`
    })
    pools.push(raw)
    const db = openData({
      map: dataMapFile(model, 'us-east'),
      role: ROLE,
      purpose: 'bench',
      env,
      // Entries are built and hashed as always, then counted: what a sink does with them (a log shipper, a file) is the deployment's cost, not the library's.
      audit: { write: () => void audited++ },
      auditKey: 'bench',
      maxConnectionsPerRegion: 1
    })
    const ids = Array.from({ length: OPS + WARMUP }, () => randomUUID())
    const rawIds = Array.from({ length: OPS + WARMUP }, () => randomUUID())
    const insertRaw = (i: number) =>
      raw.query('INSERT INTO "items" ("id", "email", "qty") VALUES ($1, $2, $3) RETURNING "id"', [
        rawIds[i],
        `u${i}@example.com`,
        i
      ])
    const insertApi = (i: number) =>
      db.table('items').insert({ id: ids[i], email: `u${i}@example.com`, qty: i })
    const getRaw = (i: number) =>
      raw.query('SELECT "id", "email", "qty" FROM "items" WHERE "id" = $1 LIMIT 1', [rawIds[i]])
    const getApi = (i: number) => db.table('items').get(ids[i]!)
    const findRaw = (i: number) =>
      raw.query('SELECT "id", "email", "qty" FROM "items" WHERE "email" = $1 LIMIT 100', [
        `u${i}@example.com`
      ])
    const findApi = (i: number) => db.table('items').find({ email: `u${i}@example.com` })

    // Warm both paths (their client CPU per call while V8 compiles them is printed too),
    // then alternate rounds so drift on the machine hits both alike.
    const warm: Record<string, { raw: number; api: number }> = {}
    type Op = (i: number) => Promise<unknown>
    const warmUp = async (name: string, rawOp: Op, apiOp: Op) => {
      await timed(WARMUP, i => rawOp(OPS + i))
      const raw = cpuPerOp
      await timed(WARMUP, i => apiOp(OPS + i))
      warm[name] = { raw, api: cpuPerOp }
    }
    await warmUp('insert', insertRaw, insertApi)
    const half = OPS / 2
    const insert = { raw: 0, api: 0, rawCpu: 0, apiCpu: 0 }
    const get = { raw: 0, api: 0, rawCpu: 0, apiCpu: 0 }
    const findItems = { raw: 0, api: 0, rawCpu: 0, apiCpu: 0 }
    await warmUp('get', getRaw, getApi)
    await warmUp('find', findRaw, findApi)
    for (const [r, rawOp, apiOp] of [
      [insert, insertRaw, insertApi],
      [get, getRaw, getApi],
      [findItems, findRaw, findApi]
    ] as const)
      // Each path goes first in one half, so neither always inherits the other's garbage or a busy moment.
      for (const [offset, apiFirst] of [
        [0, false],
        [half, true]
      ] as const) {
        const runRaw = async () => {
          r.raw += (await timed(half, i => rawOp(offset + i))) / 2
          r.rawCpu += cpuPerOp / 2
        }
        const runApi = async () => {
          r.api += (await timed(half, i => apiOp(offset + i))) / 2
          r.apiCpu += cpuPerOp / 2
        }
        if (apiFirst) await runApi().then(runRaw)
        else await runRaw().then(runApi)
      }
    const across = (region?: string) => () =>
      db.table('events').find({ kind: 'k1' }, { limit: 10, ...(region ? { region } : {}) })
    await timed(100, across())
    const find = await timed(500, across())
    const one: number[] = []
    for (const region of REGIONS) {
      await timed(100, across(region))
      one.push(await timed(500, across(region)))
    }
    // What this machine allows: raw pg sending the same statement to the three regions at once.
    const rawRegions = REGIONS.map(
      (_, i) =>
        new pg.Pool({ connectionString: env[`BENCH_DB_${i}`], max: 1, options: `-c role=${ROLE}` })
    )
    pools.push(...rawRegions)
    const rawAcross = () =>
      Promise.all(
        rawRegions.map(p =>
          p.query(
            'SELECT "id", "region", "kind", "email" FROM "events" WHERE "kind" = $1 LIMIT 10',
            ['k1']
          )
        )
      )
    await timed(100, rawAcross)
    const rawFind = await timed(500, rawAcross)
    const line = (name: string, r: typeof insert) =>
      console.log(
        `${name.padEnd(8)} wall: raw pg ${r.raw.toFixed(1).padStart(7)} µs, multiregion/data ${r.api.toFixed(1).padStart(7)} µs, ratio ${(r.api / r.raw).toFixed(3)} (goal <= 1.15)   client CPU: ${r.rawCpu.toFixed(1)} µs against ${r.apiCpu.toFixed(1)} µs, ratio ${(r.apiCpu / r.rawCpu).toFixed(3)}`
      )
    console.log(
      `multiregion/data against raw pg, ${OPS} sequential operations each, one loopback cluster, a classified column read by the role (audited), the non-superuser login acting as the role`
    )
    line('insert', insert)
    line('get', get)
    line('find', findItems)
    console.log(
      `warm-up  client CPU per call over each path's first ${WARMUP} calls, V8 still compiling them: ${Object.entries(
        warm
      )
        .map(
          ([name, w]) =>
            `${name} raw pg ${w.raw.toFixed(1)} µs, multiregion/data ${w.api.toFixed(1)} µs (${(w.api / w.raw).toFixed(2)}x)`
        )
        .join('; ')}`
    )
    const slowest = Math.max(...one)
    const sum = one.reduce((a, b) => a + b, 0)
    console.log(
      `find     across 3 regions ${find.toFixed(1)} µs; one region alone: ${one.map((v, i) => `${REGIONS[i]} ${v.toFixed(1)} µs`).join(', ')}; ratio to the slowest region ${(find / slowest).toFixed(2)} (goal about 1), to their sum ${(find / sum).toFixed(2)}`
    )
    console.log(
      `find     across 3 regions, raw pg sending the same statement to the three at once: ${rawFind.toFixed(1)} µs; multiregion/data's ratio to it ${(find / rawFind).toFixed(2)}`
    )
    const own = await ownWork()
    console.log(
      `own work (checks, statement, audit entry and its HMAC) against a backend that answers at once: get ${own.get.toFixed(1)} µs CPU (${((100 * own.get) / get.rawCpu).toFixed(0)}% of raw pg's get above), find ${own.find.toFixed(1)} µs (${((100 * own.find) / findItems.rawCpu).toFixed(0)}% of raw pg's find)`
    )
    console.log(`audit entries written: ${audited}`)
    await db.close()
  } finally {
    await Promise.all(pools.map(p => p.end()))
    await teardown()
  }
}

await main()
await benchSpanner()
