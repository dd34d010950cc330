import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { DataModel } from '../src/data/model.js'
import { migration } from '../src/data/migration.js'
import { compilePostgres } from '../src/data/postgres.js'
import { runMigrations } from '../src/data-runner/runner.js'
import { ROOT } from '../test/support/paths.js'
import { eventually, freshService, withClient } from './support.js'

const COUNTED = `CREATE TABLE IF NOT EXISTS applied_count (n int);\nINSERT INTO applied_count VALUES (1);\n`

async function history(url: string): Promise<{ version: string; sha256: string }[]> {
  const { rows } = await withClient(url, c =>
    c.query('SELECT version, sha256 FROM multiregion.history ORDER BY version')
  )
  return rows
}

/**
 * A loopback proxy in front of a database that counts the round trips its
 * clients make: every simple Query ('Q') and every Sync ('S') of the extended
 * protocol waits for the server's ReadyForQuery, as the protocol defines them
 * (PostgreSQL docs, "Frontend/Backend Protocol: Message Flow").
 */
async function countingProxy(
  url: string
): Promise<{ url: string; trips: () => number; close: () => void }> {
  const target = new URL(url)
  let trips = 0
  const sockets: Socket[] = []
  const server = createServer(client => {
    const upstream = connect(Number(target.port), target.hostname)
    sockets.push(client, upstream)
    let buffer = Buffer.alloc(0)
    let started = false
    client.on('data', chunk => {
      buffer = Buffer.concat([buffer, chunk])
      // The startup message has no type byte; every later one is a type byte and an int32 length.
      for (;;) {
        const head = started ? 1 : 0
        if (buffer.length < head + 4) break
        const length = buffer.readInt32BE(head)
        if (buffer.length < head + length) break
        if (started && (buffer[0] === 0x51 || buffer[0] === 0x53)) trips++
        buffer = buffer.subarray(head + length)
        started = true
      }
      upstream.write(chunk)
    })
    upstream.on('data', chunk => client.write(chunk))
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
    client.on('error', () => undefined)
    upstream.on('error', () => undefined)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const proxied = new URL(url)
  proxied.port = String((server.address() as AddressInfo).port)
  return {
    url: proxied.toString(),
    trips: () => trips,
    close: () => {
      for (const s of sockets) s.destroy()
      server.close()
    }
  }
}

describe('the migration runner on real PostgreSQL', () => {
  it('applies a transactional file, its history row and the commit in one round trip', async () => {
    const svc = await freshService()
    const proxy = await countingProxy(svc.urls['us-east']!)
    const files = Array.from({ length: 40 }, (_, i) =>
      migration(
        String(i + 1).padStart(4, '0'),
        'hand-written',
        `db/migrations/${i + 1}.sql`,
        `CREATE TABLE trip_${i} (id int PRIMARY KEY);\nINSERT INTO trip_${i} VALUES (${i});\n-- a last comment without a newline`
      )
    )
    try {
      const run = (runId: string) =>
        runMigrations({
          connectionString: proxy.url,
          migrations: files,
          publisherUrl: () => undefined,
          publisherDatabase: () => undefined,
          runId,
          log: () => undefined
        })
      expect((await run('first')).applied).toHaveLength(40)
      // The lock, the history read and one trip per file; four per file before.
      expect(proxy.trips()).toBeLessThanOrEqual(40 + 3)
      const before = proxy.trips()
      expect((await run('again')).applied).toEqual([])
      expect(proxy.trips() - before).toBeLessThanOrEqual(3)
    } finally {
      proxy.close()
    }
    const recorded = await history(svc.urls['us-east']!)
    expect(recorded.filter(h => /^\d{4}$/.test(h.version))).toHaveLength(40)
  })

  it('never lets a file that ends inside a quote swallow its own history row', async () => {
    const svc = await freshService()
    const url = svc.urls['us-east']!
    // Joined naively to its history row, this file's open dollar quote would run up to the one in
    // the run id, the run id would commit the table, and the approver would comment the row's end
    // out: the table committed and no history. The file alone is an unterminated quote.
    const open = migration(
      '0100',
      'hand-written',
      'db/migrations/0100_open.sql',
      '-- multiregion:approve-destructive $q$--: closes the quote\nCREATE TABLE swallowed (x int);\nSELECT $q$'
    )
    await expect(
      runMigrations({
        connectionString: url,
        migrations: [open],
        publisherUrl: () => undefined,
        publisherDatabase: () => undefined,
        runId: '$q$ AS a; COMMIT; SELECT $q$',
        log: () => undefined
      })
    ).rejects.toThrow(/0100_open\.sql:\d+: .*unterminated dollar-quoted string/)
    const { rows } = await withClient(url, c =>
      c.query(`SELECT to_regclass('swallowed') IS NULL AS absent`)
    )
    expect(rows[0].absent).toBe(true)
    expect((await history(url)).map(h => h.version)).not.toContain('0100')
  })

  it('applies each file once when two runs race for the same region', async () => {
    const svc = await freshService({ '0003_counted.sql': COUNTED })
    // sweden subscribes to us-east's plans: its publisher goes first.
    expect((await svc.migrate('us-east')).kind).toBe('applied')
    const [a, b] = await Promise.all([svc.migrate('sweden'), svc.migrate('sweden')])
    expect([a.kind, b.kind]).toEqual(['applied', 'applied'])
    const applied = [a, b].flatMap(o => ('applied' in o ? o.applied : []))
    expect(applied.filter(v => v === '0003_counted')).toHaveLength(1)
    const { rows } = await withClient(svc.urls.sweden!, c =>
      c.query('SELECT count(*)::int AS n FROM applied_count')
    )
    expect(rows[0].n).toBe(1)
    const versions = (await history(svc.urls.sweden!)).map(h => h.version)
    expect(versions).toEqual([...new Set(versions)])
    expect(versions).toContain('0003_counted')
  })

  it('leaves the history consistent when a run dies mid-file, and the re-run completes', async () => {
    // Long enough that a loaded runner polling pg_stat_activity sees it (the re-run waits it out).
    const slow = `CREATE TABLE half_done (x int);\nSELECT pg_sleep(4);\nINSERT INTO half_done VALUES (1);\n`
    const svc = await freshService({
      '0003_slow.sql': slow.replace('CREATE', '-- multiregion:regions sweden\nCREATE')
    })
    expect((await svc.migrate('us-east')).kind).toBe('applied')
    const run = svc.migrate('sweden')
    const pid = await eventually('the slow file to start', () =>
      withClient(svc.urls.sweden!, async c => {
        const { rows } = await c.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(4)%' AND pid <> pg_backend_pid()`
        )
        return rows[0]?.pid as number | undefined
      })
    )
    await withClient(svc.urls.sweden!, c => c.query('SELECT pg_terminate_backend($1)', [pid]))
    const killed = await run
    expect(killed.kind).toBe('failed')
    const versions = (await history(svc.urls.sweden!)).map(h => h.version)
    expect(versions).toContain('0001_audit')
    expect(versions).not.toContain('0003_slow')
    const { rows } = await withClient(svc.urls.sweden!, c =>
      c.query(`SELECT to_regclass('half_done') IS NULL AS gone`)
    )
    expect(rows[0].gone).toBe(true)
    const rerun = await svc.migrate('sweden')
    expect(rerun).toMatchObject({ kind: 'applied', applied: ['0003_slow'] })
  })

  it('survives the migrate process itself being killed mid-file', async () => {
    const slow = `CREATE TABLE half_done (x int);\nSELECT pg_sleep(2);\nINSERT INTO half_done VALUES (1);\n`
    const svc = await freshService({
      '0003_slow.sql': slow.replace('CREATE', '-- multiregion:regions sweden\nCREATE')
    })
    expect((await svc.migrate('us-east')).kind).toBe('applied')
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli.js'),
        'migrate',
        '--region',
        'sweden',
        '--manifest',
        svc.manifest,
        '--platform',
        join(ROOT, 'fixtures/environments/platform.yaml')
      ],
      { env: { PATH: process.env.PATH, ...svc.env }, stdio: 'ignore' }
    )
    const exited = new Promise(resolve => child.on('exit', resolve))
    await eventually('the slow file to start', () =>
      withClient(svc.urls.sweden!, async c => {
        const { rows } = await c.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(2)%' AND pid <> pg_backend_pid()`
        )
        return rows[0]?.pid as number | undefined
      })
    )
    child.kill('SIGKILL')
    await exited
    // The file, its history row and COMMIT reach the server as one message, so the server either
    // finishes all three (it writes no result until the COMMIT, and so never sees the dead client)
    // or, when the kill came before the message was whole, rolls the file back. Never a half.
    await eventually('the killed run to end', () =>
      withClient(svc.urls.sweden!, async c => {
        const { rows } = await c.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`
        )
        return rows[0].n === 0 ? true : undefined
      })
    )
    const recorded = (await history(svc.urls.sweden!)).map(h => h.version).includes('0003_slow')
    const { rows: left } = await withClient(svc.urls.sweden!, c =>
      c.query(`SELECT to_regclass('half_done') IS NOT NULL AS there`)
    )
    expect(left[0].there).toBe(recorded)
    const rerun = await svc.migrate('sweden')
    expect(rerun).toMatchObject(
      recorded ? { kind: 'applied', applied: [] } : { kind: 'applied', applied: ['0003_slow'] }
    )
    const { rows } = await withClient(svc.urls.sweden!, c =>
      c.query('SELECT count(*)::int AS n FROM half_done')
    )
    expect(rows[0].n).toBe(1)
  })

  it('takes a global table added to the manifest later to every region', async () => {
    const svc = await freshService()
    const regions = ['us-east', 'sweden', 'china']
    for (const region of regions) expect((await svc.migrate(region)).kind).toBe('applied')
    const text = readFileSync(svc.manifest, 'utf8')
    writeFileSync(
      svc.manifest,
      text.replace(
        '      orders:\n',
        '      tiers:\n        home: us-east\n        locality: global\n        columns:\n          code: { type: text, primaryKey: true }\n          rank: { type: integer }\n\n      orders:\n'
      )
    )
    const again = []
    for (const region of regions) again.push(await svc.migrate(region))
    expect(again.map(o => ('applied' in o ? o.applied : o.kind))).toEqual([
      ['multiregion/01_tables', 'multiregion/02_policy', 'multiregion/03_publications'],
      [
        'multiregion/00_prune',
        'multiregion/01_tables',
        'multiregion/02_policy',
        'multiregion/04_subscription_tiers'
      ],
      [
        'multiregion/00_prune',
        'multiregion/01_tables',
        'multiregion/02_policy',
        'multiregion/04_subscription_tiers'
      ]
    ])
    await withClient(svc.urls['us-east']!, c =>
      c.query(`INSERT INTO tiers (code, rank) VALUES ('gold', 1)`)
    )
    const row = await eventually('the tier row in china', () =>
      withClient(svc.urls.china!, async c => {
        const { rows } = await c.query(`SELECT code, rank FROM tiers`)
        return rows[0] as Record<string, unknown> | undefined
      })
    )
    expect(row).toEqual({ code: 'gold', rank: 1 })
  })

  it('fails verification when the catalog drifts from the manifest outside migrate', async () => {
    const svc = await freshService()
    expect((await svc.migrate('us-east')).kind).toBe('applied')
    expect((await svc.migrate('sweden')).kind).toBe('applied')
    await withClient(svc.urls.sweden!, c => c.query('GRANT SELECT ON customers TO billing'))
    await withClient(svc.urls['us-east']!, c =>
      c.query('CREATE TABLE customers (id uuid PRIMARY KEY, email text)')
    )
    expect(await svc.migrate('sweden')).toMatchObject({
      kind: 'verify-failed',
      problems: [
        `${svc.manifest}:25: billing may SELECT all of customers, which overrides its column privileges`,
        `${svc.manifest}:26: billing can read customers.email, a classified column it is not a reader of`
      ]
    })
    expect(await svc.migrate('us-east')).toMatchObject({
      kind: 'verify-failed',
      problems: [
        `${svc.manifest}:20: table customers exists here, but its rows may not live in this region`
      ]
    })
  })

  it('reports a changed applied file as drift and applies nothing', async () => {
    const svc = await freshService()
    expect((await svc.migrate('us-east')).kind).toBe('applied')
    expect((await svc.migrate('sweden')).kind).toBe('applied')
    const migrations = join(svc.dir, 'db', 'migrations')
    writeFileSync(join(migrations, '0001_audit.sql'), '-- edited after it was applied\nSELECT 1;\n')
    writeFileSync(join(migrations, '0003_new.sql'), 'CREATE TABLE not_yet (x int);\n')
    const outcome = await svc.migrate('sweden')
    expect(outcome.kind).toBe('drift')
    expect('message' in outcome && outcome.message).toContain('0001_audit')
    const { rows } = await withClient(svc.urls.sweden!, c =>
      c.query(`SELECT to_regclass('not_yet') IS NULL AS absent`)
    )
    expect(rows[0].absent).toBe(true)
  })

  it('blocks a manifest whose column type tries to inject SQL before connecting', async () => {
    const svc = await freshService()
    const text = readFileSync(svc.manifest, 'utf8')
    writeFileSync(
      svc.manifest,
      text.replace(
        'price_cents: { type: bigint }',
        'price_cents: { type: "bigint); DROP TABLE audit_log; --" }'
      )
    )
    const outcome = await svc.migrate('us-east')
    expect(outcome.kind).toBe('blocked')
    expect('findings' in outcome && outcome.findings.map(f => f.rule)).toContain(
      'data-invalid-type'
    )
  })

  it('quotes identifiers that look like SQL injection so they stay names', async () => {
    const svc = await freshService()
    const hostile: DataModel = {
      service: 'hostile',
      engine: 'postgres',
      compliance: [],
      customRules: [],
      regions: [{ name: 'sweden', jurisdiction: 'EU', location: 'eu-north-1' }],
      tables: [
        {
          name: 'x"; DROP TABLE victim; --',
          home: 'sweden',
          locality: 'regional',
          placement: ['sweden'],
          path: [],
          columns: [
            {
              name: "id'); DROP TABLE victim; --",
              type: 'uuid',
              primaryKey: true,
              nullable: false,
              readers: []
            },
            {
              name: 'secret',
              type: 'text',
              primaryKey: false,
              nullable: true,
              category: 'user.name',
              readers: ['r"; DROP TABLE victim; --']
            }
          ]
        }
      ]
    }
    await withClient(svc.urls.sweden!, c => c.query('CREATE TABLE victim (x int)'))
    await runMigrations({
      connectionString: svc.urls.sweden!,
      migrations: compilePostgres(hostile, 'sweden'),
      publisherUrl: () => undefined,
      publisherDatabase: () => undefined,
      runId: 'injection',
      log: () => undefined
    })
    const { rows } = await withClient(svc.urls.sweden!, c =>
      c.query(
        `SELECT to_regclass('victim') IS NOT NULL AS victim,
                to_regclass('"x""; DROP TABLE victim; --"') IS NOT NULL AS hostile,
                EXISTS (SELECT FROM pg_roles WHERE rolname = 'r"; DROP TABLE victim; --') AS role`
      )
    )
    expect(rows[0]).toEqual({ victim: true, hostile: true, role: true })
  })

  it("reads a file's strings as the lint does, even where the database defaults to non-standard strings", async () => {
    const svc = await freshService({
      '0003_strings.sql':
        "-- multiregion:regions us-east\nCREATE TABLE strs (s text);\nINSERT INTO strs VALUES ('a\\b');\n"
    })
    const db = new URL(svc.urls['us-east']!).pathname.slice(1)
    await withClient(svc.urls['us-east']!, c =>
      c.query(`ALTER DATABASE ${db} SET standard_conforming_strings = off`)
    )
    expect((await svc.migrate('us-east')).kind).toBe('applied')
    const { rows } = await withClient(svc.urls['us-east']!, c => c.query('SELECT s FROM strs'))
    // With standard_conforming_strings off the server would read \b as a backspace.
    expect(rows[0].s).toBe('a\\b')
  })
})
