/**
 * The migration runner against two baselines on the same 200 files, in one
 * run, each into its own database of a real PostgreSQL cluster started as
 * `npm run test:pg` starts them: `psql -1 -f` once per file (one transaction
 * per file, as the runner applies them, but no history, lock or drift check)
 * and node-pg-migrate (its own history table and advisory lock, one
 * transaction per migration); and the plan-time PGlite shadow check, first
 * in the process (WASM compiled, prepared snapshot loaded) and again.
 *
 *   npm run bench:migrate
 *
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runner as nodePgMigrate } from 'node-pg-migrate'
import pg from 'pg'
import { migration } from '../../src/data/migration.js'
import { runMigrations } from '../../src/data-runner/runner.js'
import { shadowCheck } from '../../src/data-runner/shadow.js'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import type { Release } from '../../src/plan/release.js'
import setup, { teardown } from '../../test-pg/clusters.mjs'

const FILES = 200

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

function ms(value: number): string {
  return `${value.toFixed(0).padStart(6)} ms`
}

async function main(): Promise<void> {
  await setup()
  try {
    const state = JSON.parse(readFileSync(process.env.MULTIREGION_PG!, 'utf8')) as {
      bin: string
      clusters: { port: number }[]
    }
    const port = state.clusters[0]!.port
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

    const runnerUrl = await createDatabase(port, 'bench_runner')
    let start = performance.now()
    await runMigrations({
      connectionString: runnerUrl,
      migrations,
      publisherUrl: () => undefined,
      publisherDatabase: () => undefined,
      runId: 'bench',
      log: () => undefined
    })
    const runner = performance.now() - start

    const psqlUrl = await createDatabase(port, 'bench_psql')
    start = performance.now()
    for (const path of paths)
      execFileSync(
        join(state.bin, 'psql'),
        ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', psqlUrl, '-f', path],
        { stdio: ['ignore', 'ignore', 'inherit'] }
      )
    const psql = performance.now() - start

    // The same per-file transactions from one psql session, so process start-up is paid once.
    const sessionUrl = await createDatabase(port, 'bench_psql_session')
    const script = join(dir, 'session.sql')
    writeFileSync(script, paths.map(p => `BEGIN;\n\\i ${p}\nCOMMIT;\n`).join(''))
    start = performance.now()
    execFileSync(
      join(state.bin, 'psql'),
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', sessionUrl, '-f', script],
      { stdio: ['ignore', 'ignore', 'inherit'] }
    )
    const session = performance.now() - start

    // node-pg-migrate reads .sql files whose up part follows a "-- Up Migration" line.
    const npmDir = join(dir, 'node-pg-migrate')
    mkdirSync(npmDir)
    texts.forEach((text, i) =>
      writeFileSync(
        join(npmDir, `${String(i + 1).padStart(4, '0')}_bench.sql`),
        `-- Up Migration\n${text}`
      )
    )
    const npmUrl = await createDatabase(port, 'bench_node_pg_migrate')
    const npmOptions = {
      databaseUrl: npmUrl,
      dir: npmDir,
      direction: 'up' as const,
      migrationsTable: 'pgmigrations',
      singleTransaction: false,
      log: () => undefined
    }
    start = performance.now()
    await nodePgMigrate(npmOptions)
    const npm = performance.now() - start
    start = performance.now()
    await nodePgMigrate(npmOptions)
    const npmNoop = performance.now() - start

    start = performance.now()
    await runMigrations({
      connectionString: runnerUrl,
      migrations,
      publisherUrl: () => undefined,
      publisherDatabase: () => undefined,
      runId: 'bench-again',
      log: () => undefined
    })
    const noop = performance.now() - start
    rmSync(dir, { recursive: true, force: true })

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
    start = performance.now()
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

    const row = (label: string, value: number) => console.log(`  ${label.padEnd(62)}${ms(value)}`)
    const ratio = (label: string, value: number) =>
      console.log(`  ${label.padEnd(62)}${value.toFixed(2).padStart(9)}`)
    console.log(
      `Applying ${FILES} files to one region (PostgreSQL on 127.0.0.1), each into its own database`
    )
    row('runner (lock, history, drift check, one transaction per file)', runner)
    row('psql -1 -f, a process per file (one transaction each, no history)', psql)
    row('psql, one session, BEGIN; \\i file; COMMIT per file', session)
    row('node-pg-migrate (lock, history, one transaction per file)', npm)
    ratio('ratio runner / psql -1 -f per file', runner / psql)
    ratio('ratio runner / psql one session', runner / session)
    ratio('ratio runner / node-pg-migrate', runner / npm)
    row('runner again, nothing to apply', noop)
    row('node-pg-migrate again, nothing to apply', npmNoop)
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
