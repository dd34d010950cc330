import pg from 'pg'
import type { DataMap } from '../data/data-map.js'
import { ident } from '../data/sql.js'
import type { Backend, QueryOptions, Rows, Transaction } from './engines/backend.js'
import { DataError, mask } from './errors.js'

export type { Rows, Transaction } from './engines/backend.js'

export interface ConnectionOptions {
  map: DataMap
  env: Record<string, string | undefined>
  /** Per call: connecting, and each statement. */
  timeoutMs: number
  maxPerRegion: number
}

/**
 * One pg pool per region and database role, opened on first use. Reads by a
 * reader role connect with that role set at start-up (`-c role=...`), so the
 * database's column grants back the library's own column filter, at no
 * per-query cost. The URL comes from the environment variable the data map
 * names, and never appears in an error.
 */
export class Connections implements Backend {
  private readonly pools = new Map<string, pg.Pool>()
  private readonly secrets: string[] = []

  constructor(private readonly options: ConnectionOptions) {}

  ident(name: string): string {
    return ident(name)
  }

  param(n: number): string {
    return `$${n}`
  }

  returning(columns: string): string {
    return ` RETURNING ${columns}`
  }

  /** A database per region. */
  site(region: string): string {
    return region
  }

  placementOf(region: string): string {
    return region
  }

  private url(region: string): string {
    const spec = this.options.map.regions[region]
    if (!spec) throw new DataError('bad-map', `the data map has no region ${region}`, region)
    if (!spec.secret)
      throw new DataError(
        'no-url',
        `${region} has no database secret in the data map: set spec.regions.${region}.database.secret in platform.yaml and plan again.`,
        region
      )
    const url = this.options.env[spec.secret]
    if (!url)
      throw new DataError(
        'no-url',
        `${region}'s database URL is not set: the environment variable ${spec.secret} is empty.`,
        region
      )
    if (!this.secrets.includes(url)) {
      this.secrets.push(url)
      try {
        const password = decodeURIComponent(new URL(url).password)
        if (password) this.secrets.push(password, encodeURIComponent(password))
      } catch {
        // A keyword-form connection string has no URL password to pick out; the whole string is masked.
      }
    }
    return url
  }

  private pool(region: string, role: string | undefined): pg.Pool {
    const id = `${region}\u0000${role ?? ''}`
    let pool = this.pools.get(id)
    if (!pool) {
      const { timeoutMs, maxPerRegion } = this.options
      pool = new pg.Pool({
        connectionString: this.url(region),
        max: maxPerRegion,
        connectionTimeoutMillis: timeoutMs,
        query_timeout: timeoutMs,
        // The role is an identifier checked against the data map; quoting keeps it one word.
        ...(role ? { options: `-c role=${role}` } : {})
      })
      // An idle connection dropped by the server must not crash the process; the next call reconnects.
      pool.on('error', () => undefined)
      this.pools.set(id, pool)
    }
    return pool
  }

  private fail(region: string, error: unknown): DataError {
    if (error instanceof DataError) return error
    const secret = this.options.map.regions[region]?.secret ?? 'its secret'
    const message = mask(error instanceof Error ? error.message : String(error), this.secrets)
    const code = (error as { code?: unknown }).code
    // A SQLSTATE is five characters: the server answered, so the region is up and the statement failed.
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return new DataError('query', `${region}: ${message}`, region)
    return new DataError(
      'unavailable',
      `${region}'s database (${secret}) is unavailable: ${message}`,
      region
    )
  }

  /** One statement on the region's database, as the role when one is given. */
  async query(
    region: string,
    text: string,
    values: unknown[],
    options: QueryOptions = {}
  ): Promise<Rows> {
    try {
      const result = await this.pool(region, options.role).query(text, values)
      return result.rows as Rows
    } catch (error) {
      throw this.fail(region, error)
    }
  }

  /** Statements in one transaction on the region's database; rolled back whole when one fails. */
  async transaction<T>(region: string, body: (tx: Transaction) => Promise<T>): Promise<T> {
    let client: pg.PoolClient | undefined
    try {
      client = await this.pool(region, undefined).connect()
      const c = client
      await c.query('BEGIN')
      try {
        const out = await body(async (text, values) => (await c.query(text, values)).rows as Rows)
        await c.query('COMMIT')
        return out
      } catch (error) {
        await c.query('ROLLBACK').catch(() => undefined)
        throw error
      }
    } catch (error) {
      throw this.fail(region, error)
    } finally {
      client?.release()
    }
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()]
    this.pools.clear()
    await Promise.all(pools.map(p => p.end().catch(() => undefined)))
  }
}
