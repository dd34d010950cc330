/**
 * The migration runner against two baselines on the same 200 files, in one
 * run, each into its own database of a real PostgreSQL cluster started as
 * `npm run test:pg` starts them: `psql -1 -f` once per file (one transaction
 * per file, as the runner applies them, but no history, lock or drift check)
 * and node-pg-migrate (its own history table and advisory lock, one
 * transaction per migration); and the plan-time PGlite shadow check, first
 * in the process (WASM compiled, prepared snapshot loaded) and again.
 *
 * The machine may be loaded by other work: each contender runs ROUNDS times,
 * each time into a fresh database and in a rotated order so none always goes
 * first on a cold cluster, and the median and the spread (min-max) are
 * printed, with ratios of medians. A second case applies the generated
 * residency migrations of the 4-region checkout fixture (with its
 * hand-written file) into one database per region, runner against one psql
 * session; the subscription files are left out, since only the runner can
 * route their slot statements to the publisher.
 *
 *   npm run bench:migrate        (BENCH_ROUNDS=5 for more rounds)
 *
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runner as nodePgMigrate } from 'node-pg-migrate'
import pg from 'pg'
import { migration } from '../../src/data/migration.js'
import type { Migration } from '../../src/data/migration.js'
import { runMigrations } from '../../src/data-runner/runner.js'
import { shadowCheck } from '../../src/data-runner/shadow.js'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import type { Release } from '../../src/plan/release.js'
import setup, { teardown } from '../../test-pg/clusters.mjs'

const FILES = 200
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
/** psql prints the IF NOT EXISTS notices of the residency files otherwise. */
const QUIET = { ...process.env, PGOPTIONS: '-c client_min_messages=warning' }

function file(i: number): string {
  const t = `bench_${String(i).padStart(4, '0')}`
  return `-- migration ${i}\nCREATE TABLE ${t} (\n  id bigint PRIMARY KEY,\n  name text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX ${t}_name ON ${t} (name);\nINSERT INTO ${t} (id, name) SELECT g, 'row ' || g FROM generate_series(1, 50) g;\nCOMMENT ON TABLE ${t} IS 'benchmark table ${i}';\n`
}

async function createDatabase(port: number, name: string): Promise<string> {
  const admin = new pg.Client({
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`
  })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return `postgres://postgres@127.0.0.1:${port}/${name}`
}

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/** utime, stime, cutime, cstime of a process, in clock ticks (proc(5), /proc/pid/stat). */
function ticks(pid: string | number, children: boolean): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 14-17 of stat(5), counted from the state field, which is field 3.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as number[]
    return utime! + stime! + (children ? cutime! + cstime! : 0)
  } catch {
    return 0 // the process ended between listing and reading: its time is in its parent's cutime
  }
}

/**
 * CPU time spent so far by this process with the children it waited for
 * (psql), and by the whole cluster: the postmaster with the backends it has
 * reaped, and its live backends and workers. Unlike wall time on a loaded
 * machine, it counts only work done for the migrations.
 */
function cpuMs(dataDir: string): number {
  const postmaster = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!
  let total = ticks('self', true) + ticks(postmaster, true)
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      if (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] === postmaster)
        total += ticks(pid, false)
    } catch {
      // gone
    }
  }
  return total * TICK_MS
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(6)} ms`
}

async function main(): Promise<void> {
  await setup()
  try {
    const state = JSON.parse(readFileSync(process.env.MULTIREGION_PG!, 'utf8')) as {
      bin: string
      clusters: { port: number; dir: string }[]
    }
    const port = state.clusters[0]!.port
    const dataDir = state.clusters[0]!.dir
    const dir = mkdtempSync(join(tmpdir(), 'multiregion-bench-'))
    const texts = Array.from({ length: FILES }, (_, i) => file(i + 1))
    const paths = texts.map((text, i) => {
      const path = join(dir, `${String(i + 1).padStart(4, '0')}_bench.sql`)
      writeFileSync(path, text)
      return path
    })
    const migrations = texts.map((text, i) =>
      migration(String(i + 1).padStart(4, '0'), 'hand-written', paths[i]!, text)
    )

    const psqlBin = join(state.bin, 'psql')
    const script = join(dir, 'session.sql')
    writeFileSync(script, paths.map(p => `BEGIN;\n\\i ${p}\nCOMMIT;\n`).join(''))
    // node-pg-migrate reads .sql files whose up part follows a "-- Up Migration" line.
    const npmDir = join(dir, 'node-pg-migrate')
    mkdirSync(npmDir)
    texts.forEach((text, i) =>
      writeFileSync(
        join(npmDir, `${String(i + 1).padStart(4, '0')}_bench.sql`),
        `-- Up Migration\n${text}`
      )
    )
    const npmOptions = (databaseUrl: string) => ({
      databaseUrl,
      dir: npmDir,
      direction: 'up' as const,
      migrationsTable: 'pgmigrations',
      singleTransaction: false,
      log: () => undefined
    })
    const runWith = (connectionString: string, list: Migration[], runId: string) =>
      runMigrations({
        connectionString,
        migrations: list,
        publisherUrl: () => undefined,
        publisherDatabase: () => undefined,
        runId,
        log: () => undefined
      })
    // Every database is made up front and the cluster left to settle, so the CPU time of CREATE
    // DATABASE (its backend is reaped later, its checkpoint) is never counted to a contender.
    const pool = await Promise.all(
      Array.from({ length: ROUNDS * 3 + ROUNDS * 2 * 4 + 3 }, (_, i) =>
        createDatabase(port, `bench_${i}`)
      )
    )
    await new Promise(resolve => setTimeout(resolve, 2000))
    const fresh = async () => pool.shift()!
    const cpu: number[] = []
    const timed = async (fn: () => Promise<unknown>) => {
      const cpu0 = cpuMs(dataDir)
      const start = performance.now()
      await fn()
      const wall = performance.now() - start
      cpu.push(cpuMs(dataDir) - cpu0)
      return wall
    }
    /** Runs a timed contender and returns [wall, cpu]. */
    const both = async (fn: () => Promise<number>): Promise<[number, number]> => {
      const wall = await fn()
      return [wall, cpu.at(-1)!]
    }
    const contenders: [string, () => Promise<number>][] = [
      [
        'runner',
        async () => {
          const url = await fresh()
          return timed(() => runWith(url, migrations, 'bench'))
        }
      ],
      [
        'session',
        async () => {
          const url = await fresh()
          return timed(async () =>
            execFileSync(psqlBin, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', script], {
              stdio: ['ignore', 'ignore', 'inherit']
            })
          )
        }
      ],
      [
        'npm',
        async () => {
          const url = await fresh()
          return timed(() => nodePgMigrate(npmOptions(url)))
        }
      ]
    ]
    const times = new Map<string, number[]>(contenders.map(([name]) => [name, []]))
    const cpus = new Map<string, number[]>(contenders.map(([name]) => [name, []]))
    for (let round = 0; round < ROUNDS; round++)
      for (let k = 0; k < contenders.length; k++) {
        const [name, fn] = contenders[(round + k) % contenders.length]!
        const [wall, used] = await both(fn)
        times.get(name)!.push(wall)
        cpus.get(name)!.push(used)
      }

    // A process per file pays psql's start-up 200 times: measured once, for scale.
    const psqlUrl = await fresh()
    const psql = await timed(async () => {
      for (const path of paths)
        execFileSync(
          psqlBin,
          ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', psqlUrl, '-f', path],
          {
            stdio: ['ignore', 'ignore', 'inherit']
          }
        )
    })

    const noopUrl = await fresh()
    await runWith(noopUrl, migrations, 'bench')
    const noop = await timed(() => runWith(noopUrl, migrations, 'bench-again'))
    const npmNoopUrl = await fresh()
    await nodePgMigrate(npmOptions(npmNoopUrl))
    const npmNoop = await timed(() => nodePgMigrate(npmOptions(npmNoopUrl)))

    const root = new URL('../..', import.meta.url).pathname
    const manifest = 'fixtures/services/checkout/multiregion.yaml'
    const service = loadService(readFileSync(join(root, manifest), 'utf8'), manifest).value!
    const platform = loadPlatform(
      readFileSync(join(root, 'fixtures/environments/platform.yaml'), 'utf8'),
      'platform.yaml'
    ).value!
    const checkout = plan({
      service,
      platform,
      release: parseRelease('v1.5.0', service.image) as Release,
      files: new Map(),
      migrations: [
        {
          name: '0001_init.sql',
          path: 'db/migrations/0001_init.sql',
          text: readFileSync(
            join(root, 'fixtures/services/checkout/db/migrations/0001_init.sql'),
            'utf8'
          )
        }
      ]
    })
    // The residency case: each region's generated files and the hand-written one, into its own database.
    const perRegion = checkout.regions.map(r =>
      (r.data?.migrations ?? []).filter(m => !m.version.includes('subscription'))
    )
    const residencyFiles = perRegion.flat().length
    const residency = { runner: [] as number[], session: [] as number[] }
    const residencyCpu = { runner: [] as number[], session: [] as number[] }
    for (let round = 0; round < ROUNDS; round++) {
      const order =
        round % 2 === 0 ? (['runner', 'session'] as const) : (['session', 'runner'] as const)
      for (const who of order) {
        const urls = await Promise.all(perRegion.map(() => fresh()))
        const scripts = perRegion.map((list, r) => {
          const path = join(dir, `residency-${round}-${r}.sql`)
          writeFileSync(
            path,
            list
              .map(m => (m.transaction ? `BEGIN;\n${m.sql}\n;\nCOMMIT;\n` : `${m.sql}\n`))
              .join('')
          )
          return path
        })
        const [wall, used] = await both(() =>
          timed(async () => {
            for (const [r, list] of perRegion.entries())
              if (who === 'runner') await runWith(urls[r]!, list, 'bench')
              else
                execFileSync(
                  psqlBin,
                  ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', urls[r]!, '-f', scripts[r]!],
                  { stdio: ['ignore', 'ignore', 'inherit'], env: QUIET }
                )
          })
        )
        residency[who].push(wall)
        residencyCpu[who].push(used)
      }
    }
    rmSync(dir, { recursive: true, force: true })

    let start = performance.now()
    await shadowCheck(checkout, service)
    const cold = performance.now() - start
    const warm: number[] = []
    for (let i = 0; i < 5; i++) {
      start = performance.now()
      await shadowCheck(checkout, service)
      warm.push(performance.now() - start)
    }
    warm.sort((a, b) => a - b)
    const statements = checkout.regions.reduce((n, r) => n + (r.data?.migrations.length ?? 0), 0)

    const median = (values: number[]) =>
      [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!
    const spread = (values: number[]) =>
      `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}`
    const row = (label: string, value: number) => console.log(`  ${label.padEnd(62)}${ms(value)}`)
    const rowOf = (label: string, values: number[]) =>
      console.log(`  ${label.padEnd(62)}${ms(median(values))}  (${spread(values)})`)
    const ratio = (label: string, value: number) =>
      console.log(`  ${label.padEnd(62)}${value.toFixed(2).padStart(9)}`)
    const [runner, session, npm] = ['runner', 'session', 'npm'].map(n => times.get(n)!) as [
      number[],
      number[],
      number[]
    ]
    const [runnerCpu, sessionCpu, npmCpu] = ['runner', 'session', 'npm'].map(n => cpus.get(n)!) as [
      number[],
      number[],
      number[]
    ]
    console.log(
      `Applying ${FILES} files to one region (PostgreSQL on 127.0.0.1), each into its own database;`
    )
    console.log(
      `median of ${ROUNDS} rounds in rotated order (min-max); the machine may be loaded, compare ratios`
    )
    rowOf('runner (lock, history, drift check, one transaction per file)', runner)
    rowOf('psql, one session, BEGIN; \\i file; COMMIT per file', session)
    rowOf('node-pg-migrate (lock, history, one transaction per file)', npm)
    row('psql -1 -f, a process per file (once; one transaction each)', psql)
    ratio('ratio runner / psql one session (medians)', median(runner) / median(session))
    ratio('ratio runner / node-pg-migrate (medians)', median(runner) / median(npm))
    console.log(
      '  CPU time, client with its psql children and the whole cluster (load-independent):'
    )
    rowOf('runner', runnerCpu)
    rowOf('psql, one session', sessionCpu)
    rowOf('node-pg-migrate', npmCpu)
    ratio('cpu ratio runner / psql one session (medians)', median(runnerCpu) / median(sessionCpu))
    ratio('cpu ratio runner / node-pg-migrate (medians)', median(runnerCpu) / median(npmCpu))
    ratio('ratio runner / psql -1 -f per file', median(runner) / psql)
    row('runner again, nothing to apply', noop)
    row('node-pg-migrate again, nothing to apply', npmNoop)
    console.log('')
    console.log(
      `Residency migrations of the 4-region checkout service (${residencyFiles} files, generated and hand-written, no subscriptions), a database per region`
    )
    rowOf('runner', residency.runner)
    rowOf('psql, one session per region', residency.session)
    ratio(
      'ratio runner / psql session (medians)',
      median(residency.runner) / median(residency.session)
    )
    rowOf('runner, CPU time with the cluster', residencyCpu.runner)
    rowOf('psql, CPU time with the cluster', residencyCpu.session)
    ratio(
      'cpu ratio runner / psql session (medians)',
      median(residencyCpu.runner) / median(residencyCpu.session)
    )
    console.log('')
    console.log(
      `PGlite shadow check of the checkout plan (4 regions, ${statements} migration files)`
    )
    console.log(`  first in the process (WASM compiled, snapshot loaded)         ${ms(cold)}`)
    console.log(`  again in the same process, median of 5                        ${ms(warm[2]!)}`)
  } finally {
    await teardown()
  }
}

await main()
