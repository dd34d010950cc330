import { randomUUID } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { runMigrate } from '../src/commands/migrate.js'
import type { MigrateOutcome } from '../src/commands/migrate.js'
import { ENV_REPO, SERVICES } from '../test/support/paths.js'

interface Cluster {
  region: string
  port: number
}

function clusters(): Cluster[] {
  const state = process.env.MULTIREGION_PG
  if (!state) throw new Error('MULTIREGION_PG is not set: run this suite with npm run test:pg')
  return (JSON.parse(readFileSync(state, 'utf8')) as { clusters: Cluster[] }).clusters
}

const SECRETS: Record<string, string> = {
  'us-east': 'DB_URL_US_EAST',
  sweden: 'DB_URL_SWEDEN',
  china: 'DB_URL_CHINA'
}

/**
 * A copy of the residency fixture under a fresh service name, with its own
 * database in every cluster, so tests share the clusters and nothing else.
 */
export async function freshService(extraMigrations: Record<string, string> = {}) {
  // Test files share one process and the clusters: a random name keeps their databases apart.
  const name = `svc${randomUUID().slice(0, 8)}`
  const dir = mkdtempSync(join(tmpdir(), 'multiregion-svc-'))
  cpSync(join(SERVICES, 'residency'), dir, { recursive: true })
  const manifest = join(dir, 'multiregion.yaml')
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('name: profiles', `name: ${name}`))
  mkdirSync(join(dir, 'db', 'migrations'), { recursive: true })
  for (const [file, text] of Object.entries(extraMigrations))
    writeFileSync(join(dir, 'db', 'migrations', file), text)
  const env: Record<string, string> = {}
  const urls: Record<string, string> = {}
  for (const { region, port } of clusters()) {
    const admin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`
    })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    urls[region] = `postgres://postgres@127.0.0.1:${port}/${name}`
    env[SECRETS[region]!] = urls[region]!
  }
  const migrate = (
    region: string,
    extra: Partial<Parameters<typeof runMigrate>[0]> = {}
  ): Promise<MigrateOutcome> =>
    runMigrate({
      manifest,
      platform: join(ENV_REPO, 'platform.yaml'),
      region,
      dryRun: false,
      runId: `test-${name}`,
      env,
      log: () => undefined,
      ...extra
    })
  return { name, dir, manifest, env, urls, migrate }
}

/** Runs fn with a client on url and always closes it. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Polls until check returns a value, failing after a bounded wait. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}
