import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { main } from '../src/cli/program.js'
import { clusterPort, eventually, freshService, pgBin, serverLog, withClient } from './support.js'

type Service = Awaited<ReturnType<typeof freshService>>
const REGIONS = ['us-east', 'sweden', 'china']

async function migrateAll(svc: Service, regions = REGIONS): Promise<void> {
  for (const region of regions) {
    const outcome = await svc.migrate(region)
    expect([region, 'problems' in outcome ? outcome.problems : outcome]).toEqual([
      region,
      expect.objectContaining({ kind: 'applied' })
    ])
  }
}

/** pg_subscription is shared by the cluster's databases: count this test's only. */
const MY_SUBSCRIPTIONS = `SELECT count(*) AS n FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())`

async function exists(url: string, table: string): Promise<boolean> {
  const { rows } = await withClient(url, c =>
    c.query('SELECT to_regclass($1) IS NOT NULL AS exists', [table])
  )
  return rows[0].exists as boolean
}

async function count(url: string, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await withClient(url, c => c.query(sql, params))
  return Number(rows[0].n)
}

/** A global table without classified columns, homed where the test says. */
function globalTable(name: string, home: string): (text: string) => string {
  return text =>
    text.replace(
      '      orders:\n',
      `      ${name}:\n        home: ${home}\n        locality: global\n        columns:\n          code: { type: text, primaryKey: true }\n          rank: { type: integer }\n\n      orders:\n`
    )
}

describe('a manifest that changes over time, on three real PostgreSQL regions', () => {
  it('stops replicating a global table whose residency narrows, on the publisher and every subscriber', async () => {
    const svc = await freshService()
    await migrateAll(svc)
    await withClient(svc.urls['us-east']!, c =>
      c.query(`INSERT INTO plans (code, name, price_cents) VALUES ('a', 'A', 1)`)
    )
    await eventually('the first row in china', async () =>
      (await count(svc.urls.china!, 'SELECT count(*) AS n FROM plans')) === 1 ? true : undefined
    )
    svc.edit(t =>
      t.replace(
        '        home: us-east\n        locality: global\n',
        '        home: us-east\n        locality: global\n        residency: [US]\n'
      )
    )
    await migrateAll(svc)
    await withClient(svc.urls['us-east']!, c =>
      c.query(`INSERT INTO plans (code, name, price_cents) VALUES ('b', 'B', 2)`)
    )
    expect(await count(svc.urls['us-east']!, 'SELECT count(*) AS n FROM pg_publication')).toBe(0)
    for (const region of ['sweden', 'china']) {
      expect([region, await exists(svc.urls[region]!, 'plans')]).toEqual([region, false])
      expect([region, await count(svc.urls[region]!, MY_SUBSCRIPTIONS)]).toEqual([region, 0])
    }
    // The publisher's slots went with the subscriptions: nothing holds WAL for them.
    expect(
      await count(
        svc.urls['us-east']!,
        'SELECT count(*) AS n FROM pg_replication_slots WHERE database = current_database()'
      )
    ).toBe(0)
  })

  it("revokes a removed reader's grant, and only SELECT from the application's own role", async () => {
    const svc = await freshService()
    await withClient(svc.urls.sweden!, async c => {
      await c.query(
        `DO $$ BEGIN CREATE ROLE app_rw NOLOGIN; EXCEPTION WHEN duplicate_object THEN END $$`
      )
    })
    await migrateAll(svc, ['us-east', 'sweden'])
    await withClient(svc.urls.sweden!, c =>
      c.query('GRANT SELECT, INSERT, DELETE ON customers TO app_rw')
    )
    svc.edit(t =>
      t
        .replace(
          'category: user.contact.phone_number, readers: [billing]',
          'category: user.contact.phone_number, readers: [support]'
        )
        .replace(
          'category: user.contact.email, readers: [support]',
          'category: user.contact.email, readers: [support, app_rw]'
        )
    )
    await migrateAll(svc, ['sweden'])
    await withClient(svc.urls.sweden!, async c => {
      const { rows } = await c.query(
        `SELECT has_column_privilege('billing', 'customers', 'phone', 'SELECT') AS phone,
                has_column_privilege('billing', 'customers', 'id', 'SELECT') AS id,
                has_table_privilege('app_rw', 'customers', 'INSERT') AS app_insert,
                has_table_privilege('app_rw', 'customers', 'DELETE') AS app_delete,
                has_table_privilege('app_rw', 'customers', 'SELECT') AS app_whole,
                has_column_privilege('app_rw', 'customers', 'email', 'SELECT') AS app_email,
                has_column_privilege('app_rw', 'customers', 'phone', 'SELECT') AS app_phone`
      )
      expect(rows[0]).toEqual({
        phone: false,
        id: false,
        app_insert: true,
        app_delete: true,
        app_whole: false,
        app_email: true,
        app_phone: false
      })
    })
  })

  it('copies a column widened onto a replica for the rows it already holds', async () => {
    const svc = await freshService()
    await migrateAll(svc)
    await withClient(svc.urls['us-east']!, c =>
      c.query(`INSERT INTO plans (code, name, price_cents, margin) VALUES ('a', 'A', 1, 4.5)`)
    )
    await eventually('the row in sweden', async () =>
      (await count(svc.urls.sweden!, 'SELECT count(*) AS n FROM plans')) === 1 ? true : undefined
    )
    // margin is declassified: every replica may hold it now, for old rows as for new.
    svc.edit(t =>
      t.replace(
        'margin:      { type: "numeric(6,2)", category: system.operations, readers: [billing] }',
        'margin:      { type: "numeric(6,2)", readers: [billing] }'
      )
    )
    await migrateAll(svc)
    for (const region of ['sweden', 'china'])
      await eventually(`the old row's margin in ${region}`, async () => {
        const { rows } = await withClient(svc.urls[region]!, c =>
          c.query(`SELECT margin::text AS margin FROM plans WHERE code = 'a'`)
        )
        return rows[0]?.margin === '4.50' ? true : undefined
      })
    // And replication goes on: a new row arrives whole, and a third run changes nothing.
    await withClient(svc.urls['us-east']!, c =>
      c.query(`INSERT INTO plans (code, name, price_cents, margin) VALUES ('b', 'B', 2, 1.25)`)
    )
    await eventually('the new row in sweden', async () =>
      (await count(svc.urls.sweden!, `SELECT count(*) AS n FROM plans WHERE margin = 1.25`)) === 1
        ? true
        : undefined
    )
    expect(await svc.migrate('sweden')).toMatchObject({ kind: 'applied', applied: [] })
    // Each replica's slot was taken over, not left beside a new one.
    expect(
      await count(
        svc.urls['us-east']!,
        `SELECT count(*) AS n FROM pg_replication_slots WHERE database = current_database() AND slot_name LIKE 'mr\\_%'`
      )
    ).toBe(2)
  })

  it('waits for a publication before making its slot, then fills the subscription, across two publishing regions', async () => {
    const svc = await freshService()
    svc.edit(globalTable('tiers', 'sweden'))
    // us-east publishes plans and subscribes to tiers, whose home (sweden) has not run yet.
    const first = await svc.migrate('us-east')
    expect(first).toMatchObject({
      kind: 'failed',
      file: 'generated/us-east/04_subscription_tiers.sql'
    })
    expect(first.kind === 'failed' && first.message).toContain(
      'publication mr_tiers_to_us_east does not exist on sweden yet'
    )
    // A slot made before its publication stops at the first change committed in between (pgoutput's LoadPublications before PostgreSQL 18).
    expect(
      await count(
        svc.urls.sweden!,
        `SELECT count(*) AS n FROM pg_replication_slots WHERE database = current_database() AND slot_name LIKE 'mr\\_%'`
      )
    ).toBe(0)
    await migrateAll(svc, ['sweden', 'china', 'us-east'])
    await withClient(svc.urls.sweden!, c => c.query(`INSERT INTO tiers VALUES ('gold', 1)`))
    const row = await eventually('the tier row in us-east', () =>
      withClient(svc.urls['us-east']!, async c => {
        const { rows } = await c.query('SELECT code, rank FROM tiers')
        return rows[0] as Record<string, unknown> | undefined
      })
    )
    expect(row).toEqual({ code: 'gold', rank: 1 })
  })

  it('re-runs a subscription file whose CREATE SUBSCRIPTION committed before the run was killed', async () => {
    const svc = await freshService()
    await migrateAll(svc, ['us-east', 'sweden'])
    // The state a run killed between CREATE SUBSCRIPTION and its history row leaves behind.
    await withClient(svc.urls.sweden!, c =>
      c.query(`DELETE FROM multiregion.history WHERE version = 'multiregion/04_subscription_plans'`)
    )
    const rerun = await svc.migrate('sweden')
    expect(rerun).toMatchObject({ kind: 'applied', applied: ['multiregion/04_subscription_plans'] })
    expect(await count(svc.urls.sweden!, MY_SUBSCRIPTIONS)).toBe(1)
  })

  it('re-runs a subscription whose run was killed after the publisher created its replication slot', async () => {
    const svc = await freshService()
    await migrateAll(svc, ['us-east'])
    const slot = `mr_${svc.name}_plans_us_east_to_sweden`
    // What a run killed inside CREATE SUBSCRIPTION leaves: the slot on the publisher, no subscription.
    await withClient(svc.urls['us-east']!, c =>
      c.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [slot])
    )
    await migrateAll(svc, ['sweden'])
    expect(await count(svc.urls.sweden!, MY_SUBSCRIPTIONS)).toBe(1)
    expect(
      await count(
        svc.urls.sweden!,
        `SELECT count(*) AS n FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid WHERE s.subname = $1`,
        [slot]
      )
    ).toBe(1)
    // The orphan is the subscription's slot now: no second one holds WAL beside it.
    const { rows: slots } = await withClient(svc.urls['us-east']!, c =>
      c.query(
        'SELECT slot_name FROM pg_replication_slots WHERE database = current_database() AND NOT temporary'
      )
    )
    expect(slots).toEqual([{ slot_name: slot }])
    await withClient(svc.urls['us-east']!, c =>
      c.query(`INSERT INTO plans (code, name, price_cents) VALUES ('k', 'K', 7)`)
    )
    await eventually('the plan row in sweden', async () =>
      (await count(svc.urls.sweden!, `SELECT count(*) AS n FROM plans WHERE code = 'k'`)) === 1
        ? true
        : undefined
    )
    expect(await svc.migrate('sweden')).toMatchObject({ kind: 'applied', applied: [] })
  })

  it("refuses to take over another database's replication slot of the same name", async () => {
    const svc = await freshService()
    await migrateAll(svc, ['us-east'])
    const slot = `mr_${svc.name}_plans_us_east_to_sweden`
    const other = svc.urls['us-east']!.replace(`/${svc.name}`, '/postgres')
    await withClient(other, c =>
      c.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [slot])
    )
    try {
      expect(await svc.migrate('sweden')).toMatchObject({
        kind: 'failed',
        file: 'generated/sweden/04_subscription_plans.sql',
        message: expect.stringContaining(
          `replication slot ${slot} on us-east was made for another database or plugin (postgres, pgoutput, logical)`
        )
      })
      expect(await count(svc.urls.sweden!, MY_SUBSCRIPTIONS)).toBe(0)
    } finally {
      await withClient(other, c => c.query('SELECT pg_drop_replication_slot($1)', [slot]))
    }
  })

  it('refuses to take over a replication slot another connection is using', async () => {
    const svc = await freshService()
    await migrateAll(svc, ['us-east'])
    const slot = `mr_${svc.name}_plans_us_east_to_sweden`
    await withClient(svc.urls['us-east']!, c =>
      c.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [slot])
    )
    // Another consumer streams from the slot, as a subscription of some other database would.
    const consumer = spawn(
      join(pgBin(), 'pg_recvlogical'),
      [
        '--start',
        '--slot',
        slot,
        '--dbname',
        svc.urls['us-east']!,
        '--option',
        'proto_version=1',
        '--option',
        `publication_names=mr_plans_to_sweden`,
        '--file',
        '/dev/null',
        '--no-loop'
      ],
      { stdio: 'ignore' }
    )
    try {
      await eventually('the slot in use', async () =>
        (await count(
          svc.urls['us-east']!,
          'SELECT count(*) AS n FROM pg_replication_slots WHERE slot_name = $1 AND active',
          [slot]
        )) === 1
          ? true
          : undefined
      )
      const outcome = await svc.migrate('sweden')
      expect(outcome).toMatchObject({
        kind: 'failed',
        file: 'generated/sweden/04_subscription_plans.sql',
        message: expect.stringContaining(`replication slot ${slot} on us-east is in use`)
      })
      expect(await count(svc.urls.sweden!, MY_SUBSCRIPTIONS)).toBe(0)
    } finally {
      consumer.kill()
    }
  })

  it('refuses a hand-written file with its own BEGIN and COMMIT, and applies none of it', async () => {
    const svc = await freshService({
      '0004_own_transaction.sql':
        '-- written for psql\nBEGIN;\nCREATE TABLE half (x int);\nCOMMIT;\nCREATE TABLE other (x int);\nSELECT 1/0;\n'
    })
    const outcome = await svc.migrate('sweden')
    expect(outcome).toMatchObject({
      kind: 'failed',
      file: expect.stringContaining('0004_own_transaction.sql'),
      line: 2,
      message: expect.stringContaining('BEGIN controls the transaction')
    })
    expect(await exists(svc.urls.sweden!, 'half')).toBe(false)
    expect(await exists(svc.urls.sweden!, 'customers')).toBe(false)
  })

  it('applies SQL-standard function bodies (BEGIN ATOMIC ... END), with or without a transaction', async () => {
    const svc = await freshService({
      '0004_atomic.sql':
        '-- multiregion:regions sweden\nCREATE FUNCTION answer() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 42 ELSE 0 END;\nEND;\n',
      '0005_atomic_no_transaction.sql':
        '-- multiregion:no-transaction\n-- multiregion:regions sweden\nCREATE TABLE counted (n int);\nCREATE PROCEDURE count_up(n int) LANGUAGE sql\nBEGIN ATOMIC\n  INSERT INTO counted VALUES (n);\n  INSERT INTO counted VALUES (n + 1);\nEND;\nCALL count_up(answer());\n'
    })
    await migrateAll(svc, ['us-east', 'sweden'])
    const { rows } = await withClient(svc.urls.sweden!, c =>
      c.query('SELECT answer() AS answer, array_agg(n ORDER BY n) AS counted FROM counted')
    )
    expect(rows[0]).toEqual({ answer: 42, counted: [42, 43] })
  })

  it("refuses a hand-written file that would run statements on another region's publisher", async () => {
    const svc = await freshService({
      '0004_elsewhere.sql':
        '-- multiregion:no-transaction\n-- multiregion:regions sweden\nSELECT \'-- multiregion:runs-on us-east\nCREATE TABLE planted (x int)\' AS "multiregion:on-publisher"\n\\gexec\n'
    })
    await migrateAll(svc, ['us-east'])
    const outcome = await svc.migrate('sweden')
    expect(outcome).toMatchObject({
      kind: 'failed',
      file: expect.stringContaining('0004_elsewhere.sql'),
      line: 3,
      message: expect.stringContaining('only generated files may do that')
    })
    expect(await exists(svc.urls['us-east']!, 'planted')).toBe(false)
    expect(await exists(svc.urls.sweden!, 'planted')).toBe(false)
    expect(await exists(svc.urls.sweden!, 'customers')).toBe(false)
  })

  it('says what a failed no-transaction file left behind, never "rolled back whole"', async () => {
    const svc = await freshService({
      '0004_concurrent.sql':
        '-- multiregion:no-transaction\n-- multiregion:regions sweden\nCREATE TABLE dup (x int);\nINSERT INTO dup VALUES (1), (1);\nCREATE UNIQUE INDEX CONCURRENTLY dup_x ON dup (x);\n'
    })
    await migrateAll(svc, ['us-east'])
    let stderr = ''
    const code = await main(
      ['migrate', '--region', 'sweden', '--manifest', svc.manifest, '--platform', svc.platform],
      { stdout: () => undefined, stderr: text => (stderr += text) },
      svc.env
    )
    expect(code).toBe(1)
    expect(stderr).toContain('0004_concurrent.sql:5: error:')
    expect(stderr).not.toContain('rolled back whole')
    expect(stderr).toContain('the 2 statement(s) before line 5 stay applied')
    expect(stderr).toContain('INVALID index')
    const { rows } = await withClient(svc.urls.sweden!, c =>
      c.query(`SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('dup_x')`)
    )
    expect(rows).toEqual([{ indisvalid: false }])
  })

  it("reports a failure that has no position at its statement's line", async () => {
    const svc = await freshService({
      '0004_divide.sql':
        '-- multiregion:regions sweden\nCREATE TABLE fine (x int);\n\nSELECT 1 / 0;\n'
    })
    await migrateAll(svc, ['us-east'])
    expect(await svc.migrate('sweden')).toMatchObject({
      kind: 'failed',
      line: 4,
      message: 'division by zero'
    })
  })

  it("keeps the publisher's password out of the subscriber's log when CREATE SUBSCRIPTION fails", async () => {
    // The subscription connects as a replication role the publisher does not have, so CREATE
    // SUBSCRIPTION fails and log_min_error_statement logs it; the runner reached the publisher
    // with the URL (and its password) to make the slot.
    const svc = await freshService({}, text =>
      text.replace(
        '      database:\n        secret: DB_URL_US_EAST\n',
        '      database:\n        secret: DB_URL_US_EAST\n        replication: { user: mr_nobody }\n'
      )
    )
    const password = `pw${svc.name}Secret`
    svc.env.DB_URL_US_EAST = svc.urls['us-east']!.replace('postgres@', `postgres:${password}@`)
    // The publication exists (us-east's own run would stop at the missing role), so the slot is made and CREATE SUBSCRIPTION runs.
    await withClient(svc.urls['us-east']!, c => c.query('CREATE PUBLICATION mr_plans_to_sweden'))
    const outcome = await svc.migrate('sweden')
    expect(outcome).toMatchObject({
      kind: 'failed',
      file: 'generated/sweden/04_subscription_plans.sql',
      message: expect.stringContaining('role "mr_nobody" does not exist')
    })
    expect(JSON.stringify(outcome)).not.toContain(password)
    const log = serverLog('sweden')
    expect(log).toContain(`CREATE SUBSCRIPTION mr_${svc.name}_plans_us_east_to_sweden`)
    expect(log).not.toContain(password)
  })

  it('names the publisher it cannot reach, without its password', async () => {
    const svc = await freshService()
    const password = `pw${svc.name}Secret`
    svc.env.DB_URL_US_EAST = `postgres://postgres:${password}@127.0.0.1:1/${svc.name}`
    const outcome = await svc.migrate('sweden')
    expect(outcome).toMatchObject({
      kind: 'failed',
      file: 'generated/sweden/04_subscription_plans.sql',
      message: expect.stringContaining(
        'Cannot connect to the publisher us-east (regions.us-east.database.secret)'
      )
    })
    expect(JSON.stringify(outcome)).not.toContain(password)
  })

  it('subscribes as the platform replication role, which reads only the published columns', async () => {
    const svc = await freshService({}, text =>
      text
        .replace(
          '      database:\n        secret: DB_URL_US_EAST\n',
          '      database:\n        secret: DB_URL_US_EAST\n        replication: { user: mr_replicator }\n'
        )
        .replace(
          '      database:\n        secret: DB_URL_CHINA\n',
          '      database:\n        secret: DB_URL_CHINA\n        replication: { passfile: /var/lib/postgresql/.pgpass-multiregion }\n'
        )
    )
    await withClient(svc.urls['us-east']!, c =>
      c.query(
        `DO $$ BEGIN CREATE ROLE mr_replicator LOGIN REPLICATION; EXCEPTION WHEN duplicate_object THEN END $$;
         DO $$ BEGIN CREATE ROLE mr_plain LOGIN; EXCEPTION WHEN duplicate_object THEN END $$`
      )
    )
    await migrateAll(svc, ['us-east', 'sweden'])
    // China's job holds the publisher's replication-only URL, as the workflow template passes it:
    // that role makes the slot. A role without REPLICATION cannot, and the error says what to give.
    const as = (role: string) => ({
      env: { ...svc.env, DB_URL_US_EAST: svc.urls['us-east']!.replace('postgres@', `${role}@`) }
    })
    expect(await svc.migrate('china', as('mr_plain'))).toMatchObject({
      kind: 'failed',
      file: 'generated/china/04_subscription_plans.sql',
      message: expect.stringContaining("so it needs REPLICATION: give the subscriber's job the URL")
    })
    expect(await svc.migrate('china', as('mr_replicator'))).toMatchObject({ kind: 'applied' })
    await withClient(svc.urls['us-east']!, async c => {
      await c.query(`INSERT INTO plans VALUES ('p', 'P', 5, 1.5)`)
      const { rows } = await c.query(
        `SELECT has_column_privilege('mr_replicator', 'plans', 'price_cents', 'SELECT') AS price,
                has_column_privilege('mr_replicator', 'plans', 'margin', 'SELECT') AS margin`
      )
      expect(rows[0]).toEqual({ price: true, margin: false })
    })
    const { rows } = await withClient(svc.urls.china!, c =>
      c.query(
        `SELECT subconninfo FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())`
      )
    )
    expect(rows[0].subconninfo).toBe(
      `host='127.0.0.1' port='${clusterPort('us-east')}' dbname='${svc.name}' user='mr_replicator' passfile='/var/lib/postgresql/.pgpass-multiregion'`
    )
    await eventually('the plan row in china', async () =>
      (await count(svc.urls.china!, 'SELECT count(*) AS n FROM plans')) === 1 ? true : undefined
    )
  })

  it('refuses a keyword/value connection string, and names the region and variable when it cannot connect', async () => {
    const svc = await freshService()
    const keyword = await svc.migrate('sweden', {
      env: {
        ...svc.env,
        DB_URL_SWEDEN: `host=127.0.0.1 port=${clusterPort('sweden')} dbname=${svc.name}`
      }
    })
    expect(keyword).toMatchObject({ kind: 'failed' })
    expect(keyword.kind === 'failed' && keyword.message).toContain(
      'The database URL of region sweden (variable DB_URL_SWEDEN, regions.sweden.database.secret) is a keyword/value connection string'
    )
    const refused = await svc.migrate('sweden', {
      env: { ...svc.env, DB_URL_SWEDEN: 'postgres://postgres:hunter2@127.0.0.1:1/x' }
    })
    expect(refused.kind === 'failed' && refused.message).toMatch(
      /^Cannot connect to the database of region sweden \(variable DB_URL_SWEDEN, regions.sweden.database.secret\): /
    )
    expect(JSON.stringify(refused)).not.toContain('hunter2')
  })
})
