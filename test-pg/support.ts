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

function state(): { bin: string; root: string; clusters: Cluster[]; login: string } {
  const file = process.env.MULTIREGION_PG
  if (!file) throw new Error('MULTIREGION_PG is not set: run this suite with npm run test:pg')
  return JSON.parse(readFileSync(file, 'utf8')) as {
    bin: string
    root: string
    clusters: Cluster[]
    login: string
  }
}

function clusters(): Cluster[] {
  return state().clusters
}

/** The server log of a region's cluster (pg_ctl -l), what an operator's log shipping would collect. */
export function serverLog(region: string): string {
  return readFileSync(join(state().root, `${region}.log`), 'utf8')
}

/** The PostgreSQL bin directory the clusters run from, for its client tools. */
export function pgBin(): string {
  return state().bin
}

export function clusterPort(region: string): number {
  return clusters().find(c => c.region === region)!.port
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
export async function freshService(
  extraMigrations: Record<string, string> = {},
  editPlatform: (text: string) => string = text => text
) {
  // Test files share one process and the clusters: a random name keeps their databases apart.
  const name = `svc${randomUUID().slice(0, 8)}`
  const dir = mkdtempSync(join(tmpdir(), 'multiregion-svc-'))
  cpSync(join(SERVICES, 'residency'), dir, { recursive: true })
  const manifest = join(dir, 'multiregion.yaml')
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('name: profiles', `name: ${name}`))
  mkdirSync(join(dir, 'db', 'migrations'), { recursive: true })
  for (const [file, text] of Object.entries(extraMigrations))
    writeFileSync(join(dir, 'db', 'migrations', file), text)
  const platform = join(dir, 'platform.yaml')
  writeFileSync(platform, editPlatform(readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8')))
  const env: Record<string, string> = {}
  const urls: Record<string, string> = {}
  const { login } = state()
  /** What a deployed service gets: the same databases through the cluster's non-superuser login. */
  const appEnv: Record<string, string> = {}
  for (const { region, port } of clusters()) {
    const admin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`
    })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    urls[region] = `postgres://postgres@127.0.0.1:${port}/${name}`
    env[SECRETS[region]!] = urls[region]!
    appEnv[SECRETS[region]!] = `postgres://${login}@127.0.0.1:${port}/${name}`
  }
  /** The platform team's step after migrate: the deployment login may act as these roles (SET ROLE), and as nothing else. */
  const grantLogin = async (roles: string[]) => {
    for (const { port } of clusters())
      await withClient(`postgres://postgres@127.0.0.1:${port}/postgres`, c =>
        c.query(`GRANT ${roles.join(', ')} TO ${login}`)
      )
  }
  const migrate = (
    region: string,
    extra: Partial<Parameters<typeof runMigrate>[0]> = {}
  ): Promise<MigrateOutcome> =>
    runMigrate({
      manifest,
      platform,
      region,
      dryRun: false,
      runId: `test-${name}`,
      env,
      log: () => undefined,
      ...extra
    })
  /** Rewrites the manifest, as a service owner's next pull request would. */
  const edit = (change: (text: string) => string) => {
    const before = readFileSync(manifest, 'utf8')
    const after = change(before)
    if (after === before) throw new Error('the manifest edit changed nothing')
    writeFileSync(manifest, after)
  }
  return { name, dir, manifest, platform, env, appEnv, grantLogin, urls, migrate, edit }
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
