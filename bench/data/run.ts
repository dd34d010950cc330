/**
 * multiregion/data against raw `pg` on the same loopback PostgreSQL cluster,
 * on the path users take: a table with a classified column the role reads
 * (so every read is audited, with its keyed hash) and the deployment's
 * non-superuser login acting as the role, for the API and for raw pg alike;
 * the API bundled as dist/data.js is (tsx would add a keepNames wrapper to
 * every closure the library makes per call, which users never run).
 * `insert`, `get` and `find` (by an indexed email, as an application indexes
 * what it looks rows up by) of one row, sequential, through the API and
 * through a pg.Pool with the same statement, in alternating rounds: the
 * verdict is the median round's ratio, with the spread of the rounds.
 * A `find` that searches three regions (a by-row table without a region
 * filter) against each region alone and against raw pg sending the same
 * statement to the three at once, in the same alternating rounds: on
 * loopback, where a region answers in microseconds and the machine has two
 * cores, and through a proxy per region that delays its round trips as
 * distance does, where a fan-out should cost the slowest region, not the
 * sum. And the library's own CPU per call against a backend that answers at
 * once, which a loaded machine moves far less than the ratios.
 * The migrations run through the real runner, as `multiregion migrate` does;
 * clusters start as `npm run test:pg` starts them, each run in its own folder.
 *
 *   npm run bench:data
 *
 * Prints figures and ratios; asserts nothing.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { dataMap, dataMapFile } from '../../src/data/data-map.js'
import type { DataModel } from '../../src/data/model.js'
import { compilePostgres } from '../../src/data/postgres.js'
import type { Backend } from '../../src/data-api/engines/backend.js'
import { runMigrations } from '../../src/data-runner/runner.js'
import { bundleData } from '../../script/build.mjs'
import setup, { APP_LOGIN, teardown } from '../../test-pg/clusters.mjs'
import { benchSpanner } from './spanner.js'

/** Rounds of each comparison; the paths take turns going first, so drift on the machine hits them alike. */
const ROUNDS = 20
/** Calls per path per round: 3000 per path in all. */
const ROUND = 150
/**
 * Calls each path makes before it is measured. V8 compiles a hot path in the
 * background for the first few thousand calls (TurboFan, on its worker
 * threads, which process.cpuUsage() counts): after 300 calls the measured
 * client CPU of the next 3000 was still half compilation, more for the API,
 * which has more code to compile. The warm-up's own cost is printed apart.
 */
const WARMUP = 5000
/** Calls per path per round of the fan-out on loopback, and through the delaying proxies. */
const FAN_ROUND = 100
const FAR_ROUND = 25
/** Calls of the instant backend in ownWork, before and while measured. */
const OWN_WARMUP = 6000
const OWN_OPS = 60000
const REGIONS = ['us-east', 'sweden', 'china']
/** The round trip each region's proxy adds, in ms: three distances, so the slowest region is one of them. */
const DELAYS = [2, 4, 6]
/** The role the service acts as; the deployment login is a member. */
const ROLE = 'clerk'
const GOAL = 1.15
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

/** Wall time and this process's CPU time (steadier on a busy machine), per call, in µs. */
interface Sample {
  wall: number
  cpu: number
}
type Op = (i: number) => Promise<unknown>

async function timed(n: number, op: Op, from = 0): Promise<Sample> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < n; i++) await op(from + i)
  const used = process.cpuUsage(cpu)
  return { wall: ((performance.now() - start) * 1000) / n, cpu: (used.user + used.system) / n }
}

/**
 * Rounds of the paths side by side, each round starting with the next path
 * in turn; per path, the samples of each round.
 */
async function rounds(paths: Op[], calls: number, from = 0): Promise<Sample[][]> {
  const out: Sample[][] = paths.map(() => [])
  for (let r = 0; r < ROUNDS; r++)
    for (let k = 0; k < paths.length; k++) {
      const p = (r + k) % paths.length
      out[p]!.push(await timed(calls, paths[p]!, from + r * calls))
    }
  return out
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** The median of the rounds' ratios (each round's paths measured side by side), and their spread. */
function ratio(a: number[], b: number[]): string {
  const r = a.map((x, i) => x / b[i]!)
  return `${median(r).toFixed(3)} (rounds ${Math.min(...r).toFixed(2)}-${Math.max(...r).toFixed(2)})`
}
const ratioOf = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!))
const wall = (s: Sample[]) => s.map(x => x.wall)
const cpu = (s: Sample[]) => s.map(x => x.cpu)
const us = (xs: number[]) => `${median(xs).toFixed(1)} µs`

/**
 * The library's own CPU per call, every check and the audit entry with its
 * keyed hash included, against a backend that answers at once: what the API
 * adds to a call whatever the database and the machine's load do.
 */
async function ownWork(api: typeof import('./api.js')): Promise<{ get: number; find: number }> {
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
  const items = api.openTable<Record<string, unknown>>(
    {
      map: dataMap(model, 'us-east'),
      region: 'us-east',
      role: ROLE,
      purpose: 'bench',
      audit: { write: () => void audited++ },
      hash: api.keyHasher('bench'),
      connections: instant
    },
    'items'
  )
  const ids = Array.from({ length: 1000 }, () => randomUUID())
  const get = (i: number) => items.get(ids[i % 1000]!)
  const find = (i: number) => items.find({ email: `u${i}@example.com` })
  await timed(OWN_WARMUP, get)
  await timed(OWN_WARMUP, find)
  const g = await timed(OWN_OPS, get)
  const f = await timed(OWN_OPS, find)
  return { get: g.cpu, find: f.cpu }
}

/** The delaying proxies (bench/data/latency.mjs), in their own process; their ports, in the order given. */
async function proxies(ports: number[]) {
  const child = spawn(
    process.execPath,
    [
      new URL('./latency.mjs', import.meta.url).pathname,
      ...ports.map((p, i) => `${p}:${DELAYS[i]}`)
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  // Its first line: the ports.
  let line: string | undefined
  for await (const l of createInterface({ input: child.stdout })) {
    line = l
    break
  }
  if (!line) throw new Error('bench/data/latency.mjs did not start')
  return { ports: JSON.parse(line) as number[], stop: () => child.kill() }
}

async function main(): Promise<void> {
  // The API as users run it: bundled as dist/data.js is, into a folder of this run's own.
  mkdirSync('.tmp', { recursive: true })
  const build = mkdtempSync('.tmp/bench-data-')
  await bundleData(`${build}/api.js`, 'bench/data/api.ts')
  const api = (await import(`${process.cwd()}/${build}/api.js`)) as typeof import('./api.js')
  await setup()
  const pools: pg.Pool[] = []
  const closing: (() => unknown)[] = []
  try {
    const state = JSON.parse(readFileSync(process.env.MULTIREGION_PG!, 'utf8')) as {
      clusters: { region: string; port: number }[]
    }
    const env: Record<string, string> = {}
    const ports: number[] = []
    for (const [i, region] of REGIONS.entries()) {
      const port = state.clusters.find(c => c.region === region)!.port
      ports.push(port)
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
      // What an application looks rows up by, it indexes (the manifest declares no indexes).
      if (region === 'us-east') await c.query('CREATE INDEX ON items (email)')
      // The rows go in as the table's owner: the region policy lets only this region's rows in.
      await c.query(
        `INSERT INTO events SELECT gen_random_uuid(), $1, 'k' || g, 'e' || g || '@example.com' FROM generate_series(1, 100) g`,
        [region]
      )
      await c.end()
      env[`BENCH_DB_${i}`] = `postgres://${APP_LOGIN}@127.0.0.1:${port}/postgres`
    }
    // Raw pg as a careful deployment would use it: the same login, acting as the same role.
    const rawPool = (url: string) => {
      const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c role=${ROLE}` })
      pools.push(pool)
      return pool
    }
    const raw = rawPool(env.BENCH_DB_0!)
    const open = (urls: Record<string, string>) => {
      const db = api.openData({
        map: dataMapFile(model, 'us-east'),
        role: ROLE,
        purpose: 'bench',
        env: urls,
        // Entries are built and hashed as always, then counted: what a sink does with them (a log shipper, a file) is the deployment's cost, not the library's.
        audit: { write: () => void audited++ },
        auditKey: 'bench',
        maxConnectionsPerRegion: 1
      })
      closing.push(() => db.close())
      return db
    }
    const db = open(env)
    const calls = ROUNDS * ROUND + WARMUP
    const ids = Array.from({ length: calls }, () => randomUUID())
    const rawIds = Array.from({ length: calls }, () => randomUUID())
    const insertRaw = (i: number) =>
      raw.query('INSERT INTO "items" ("id", "email", "qty") VALUES ($1, $2, $3) RETURNING "id"', [
        rawIds[i],
        `r${i}@example.com`,
        i
      ])
    const insertApi = (i: number) =>
      db.table('items').insert({ id: ids[i], email: `a${i}@example.com`, qty: i })
    const getRaw = (i: number) =>
      raw.query('SELECT "id", "email", "qty" FROM "items" WHERE "id" = $1 LIMIT 1', [rawIds[i]])
    const getApi = (i: number) => db.table('items').get(ids[i]!)
    // Each path finds the row it inserted.
    const findRaw = (i: number) =>
      raw.query('SELECT "id", "email", "qty" FROM "items" WHERE "email" = $1 LIMIT 100', [
        `r${i}@example.com`
      ])
    const findApi = (i: number) => db.table('items').find({ email: `a${i}@example.com` })

    // Warm both paths (their client CPU per call while V8 compiles them is printed too), on calls of their own.
    const warm: Record<string, { raw: number; api: number }> = {}
    const warmUp = async (name: string, rawOp: Op, apiOp: Op) => {
      const r = await timed(WARMUP, rawOp, ROUNDS * ROUND)
      const a = await timed(WARMUP, apiOp, ROUNDS * ROUND)
      warm[name] = { raw: r.cpu, api: a.cpu }
    }
    await warmUp('insert', insertRaw, insertApi)
    await warmUp('get', getRaw, getApi)
    await warmUp('find', findRaw, findApi)
    const measured: [string, Sample[], Sample[]][] = []
    for (const [name, rawOp, apiOp] of [
      ['insert', insertRaw, insertApi],
      ['get', getRaw, getApi],
      ['find', findRaw, findApi]
    ] as const) {
      const [r, a] = await rounds([rawOp, apiOp], ROUND)
      measured.push([name, r!, a!])
    }

    // A find of every region: three statements at once, against each region alone, side by side.
    const across =
      (handle: typeof db, region?: string): Op =>
      () =>
        handle.table('events').find({ kind: 'k1' }, { limit: 10, ...(region ? { region } : {}) })
    const rawAcross = (urls: Record<string, string>): Op => {
      const regionPools = REGIONS.map((_, i) => rawPool(urls[`BENCH_DB_${i}`]!))
      return () =>
        Promise.all(
          regionPools.map(p =>
            p.query(
              'SELECT "id", "region", "kind", "email" FROM "events" WHERE "kind" = $1 LIMIT 10',
              ['k1']
            )
          )
        )
    }
    const fanOut = async (handle: typeof db, urls: Record<string, string>, calls: number) => {
      const paths = [across(handle), ...REGIONS.map(r => across(handle, r)), rawAcross(urls)]
      for (const p of paths) await timed(calls, p)
      const [all, ...rest] = await rounds(paths, calls)
      const alone = rest.slice(0, REGIONS.length)
      const slowest = all!.map((_, i) => Math.max(...alone.map(s => s[i]!.wall)))
      const sum = all!.map((_, i) => alone.reduce((t, s) => t + s[i]!.wall, 0))
      return {
        all: wall(all!),
        alone: alone.map(wall),
        slowest,
        sum,
        raw: wall(rest[REGIONS.length]!),
        // The client's own CPU, which one thread spends on the three statements one after another.
        cpu: cpu(all!),
        cpuAlone: cpu(alone[0]!)
      }
    }
    const loopback = await fanOut(db, env, FAN_ROUND)
    const far = await proxies(ports)
    closing.push(far.stop)
    const farEnv = Object.fromEntries(
      far.ports.map((port, i) => [
        `BENCH_DB_${i}`,
        `postgres://${APP_LOGIN}@127.0.0.1:${port}/postgres`
      ])
    )
    const distant = await fanOut(open(farEnv), farEnv, FAR_ROUND)

    console.log(
      `multiregion/data (bundled as dist/data.js) against raw pg, ${ROUNDS} rounds of ${ROUND} sequential calls per path, the paths taking turns to go first; one loopback cluster, a classified column read by the role (audited), the non-superuser login acting as the role. Ratios: the median round's, and the rounds' spread.`
    )
    for (const [name, r, a] of measured) {
      const met = (x: number[], y: number[]) => (ratioOf(x, y) <= GOAL ? 'met' : 'missed')
      console.log(
        `${name.padEnd(8)} wall: raw pg ${us(wall(r))}, multiregion/data ${us(wall(a))}, ratio ${ratio(wall(a), wall(r))}   client CPU: raw pg ${us(cpu(r))}, multiregion/data ${us(cpu(a))}, ratio ${ratio(cpu(a), cpu(r))}   goal <= ${GOAL}: wall ${met(wall(a), wall(r))}, CPU ${met(cpu(a), cpu(r))}`
      )
    }
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
    // The goal, a fan-out costing about its slowest region, is judged where regions are apart. On
    // loopback the three servers and the client share this machine's two cores, so no fan-out, raw
    // pg's included, can end with its slowest region: there the bar is raw pg's own fan-out.
    const fanLine = (what: string, f: typeof loopback, judged: 'slowest' | 'raw') =>
      console.log(
        `find     across 3 regions, ${what}: ${us(f.all)}; each region alone ${f.alone.map((s, i) => `${REGIONS[i]} ${us(s)}`).join(', ')}; ratio to the slowest region of its round ${ratio(f.all, f.slowest)}${judged === 'slowest' ? ` (goal <= ${GOAL}: ${ratioOf(f.all, f.slowest) <= GOAL ? 'met' : 'missed'})` : ' (not judged here: the CPU is shared)'}, to their sum ${ratio(f.all, f.sum)}; raw pg sending the same statement to the three at once ${us(f.raw)}, ratio to it ${ratio(f.all, f.raw)}${judged === 'raw' ? ` (goal <= ${GOAL}: ${ratioOf(f.all, f.raw) <= GOAL ? 'met' : 'missed'})` : ''}; client CPU ${us(f.cpu)} a fan-out, ${us(f.cpuAlone)} a call to ${REGIONS[0]} alone`
      )
    fanLine(
      `loopback (${FAN_ROUND} calls a path a round; two cores run the three servers and the client)`,
      loopback,
      'raw'
    )
    fanLine(
      `each region behind a proxy adding ${DELAYS.map((d, i) => `${d} ms to ${REGIONS[i]}`).join(', ')} a round trip (${FAR_ROUND} calls a path a round)`,
      distant,
      'slowest'
    )
    const own = await ownWork(api)
    const rawCpu = (name: string) => median(cpu(measured.find(m => m[0] === name)![1]))
    console.log(
      `own work (checks, statement, audit entry and its HMAC) against a backend that answers at once: get ${own.get.toFixed(1)} µs CPU (${((100 * own.get) / rawCpu('get')).toFixed(0)}% of raw pg's get above), find ${own.find.toFixed(1)} µs (${((100 * own.find) / rawCpu('find')).toFixed(0)}% of raw pg's find)`
    )
    console.log(`audit entries written: ${audited}`)
  } finally {
    for (const close of closing.reverse()) await close()
    await Promise.all(pools.map(p => p.end()))
    await teardown()
    rmSync(build, { recursive: true, force: true })
  }
}

await main()
await benchSpanner()
