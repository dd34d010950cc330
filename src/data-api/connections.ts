import pg from 'pg'
import type { DataMap } from '../data/data-map.js'
import { ident } from '../data/sql.js'
import type { Backend, QueryOptions, Rows, Transaction } from './engines/backend.js'
import { DataError, mask, maskValues } from './errors.js'

export type { Rows, Transaction } from './engines/backend.js'

/** Statements named per Connections at most (each holds a plan in each connection's server process). */
const MAX_NAMED = 500

/** SQLSTATE feature_not_supported: what PostgreSQL answers when a prepared statement's result type changed under it. */
const REPLANNED = '0A000'

/** A statement under way on the pool, and when it must have answered. */
interface Pending {
  deadline: number
  query: pg.Query
}

export interface ConnectionOptions {
  map: DataMap
  env: Record<string, string | undefined>
  /** Per call: connecting, and each statement. */
  timeoutMs: number
  maxPerRegion: number
  /** Name each statement, so each connection parses and plans it once (off for a pooler that cannot keep them). */
  prepare: boolean
}

/**
 * One pg pool per region and database role, opened on first use. Every
 * connection sets the caller's role at start-up (`-c role=...`, what SET ROLE
 * does), so the database checks each read and write against that role's
 * grants, not the login's, at no per-query cost. The deployment login needs
 * nothing of its own, only membership of the roles. The URL comes from the
 * environment variable the data map names, and never appears in an error,
 * nor does any value a statement was given.
 */
export class Connections implements Backend {
  /** By region, then role. */
  private readonly pools = new Map<string, Map<string, pg.Pool>>()
  private readonly secrets: string[] = []
  /** Prepared-statement names by statement text. */
  private readonly names = new Map<string, string>()
  private named = 0
  /** Statements under way, for the one timer that ends those past their deadline. */
  private readonly pending = new Set<Pending>()
  private sweeper: ReturnType<typeof setInterval> | undefined

  constructor(private readonly options: ConnectionOptions) {}

  readonly codePointOrder = ' COLLATE "C"'

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

  private pool(region: string, role: string): pg.Pool {
    let byRole = this.pools.get(region)
    if (!byRole) this.pools.set(region, (byRole = new Map()))
    let pool = byRole.get(role)
    if (!pool) {
      const { timeoutMs, maxPerRegion } = this.options
      pool = new pg.Pool({
        connectionString: this.url(region),
        max: maxPerRegion,
        connectionTimeoutMillis: timeoutMs,
        // A statement's own timeout is watch()'s: pg's would start and clear a timer per statement.
        // The role is checked against a role-name pattern when the handle opens, so it is one word.
        options: `-c role=${role}`
      })
      // An idle connection dropped by the server must not crash the process; the next call reconnects.
      pool.on('error', () => undefined)
      byRole.set(role, pool)
    }
    return pool
  }

  private fail(region: string, error: unknown, values: readonly unknown[] = []): DataError {
    if (error instanceof DataError) return error
    const secret = this.options.map.regions[region]?.secret ?? 'its secret'
    // PostgreSQL quotes the offending value in some messages (invalid input syntax for type uuid: "..."): never pass one on.
    const message = maskValues(
      mask(error instanceof Error ? error.message : String(error), this.secrets),
      values
    )
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

  /**
   * A statement named after its text: PostgreSQL parses and plans a named
   * statement once per connection, and pg then sends no Parse, only Bind,
   * Describe, Execute and Sync (in one write, as for an unnamed one; pg still
   * asks for and parses the row description every time), which saves the
   * client building the Parse and the server its parse. An application runs a
   * few shapes of statement (table.ts builds each shape's text once), so a
   * bounded set of names covers them; past it a statement goes unnamed.
   */
  private statement(text: string, values: unknown[]): pg.Query {
    // Made from the text and named after: pg copies a config object's property descriptors
    // (Object.getOwnPropertyDescriptors, about 5 µs, as long as the rest of a read's own work),
    // and a query object it takes as it is.
    const query = new pg.Query(text, values)
    if (!this.options.prepare) return query
    let name = this.names.get(text)
    if (name === undefined && this.names.size < MAX_NAMED) {
      name = `multiregion_${this.named++}`
      this.names.set(text, name)
    }
    if (name !== undefined) (query as { name?: string }).name = name
    return query
  }

  /**
   * Ends a statement still unanswered timeoutMs after it was asked, as pg's
   * query_timeout would, with one timer for every statement instead of one
   * each: it looks a tenth of timeoutMs apart, and stops while nothing is
   * under way. The ended statement's callback gets the error, so the pool
   * drops its connection (its late answer never reaches the next caller).
   */
  private watch(pool: pg.Pool, query: pg.Query): Promise<Rows> {
    const { timeoutMs } = this.options
    let call: Pending | undefined
    if (timeoutMs > 0) {
      call = { deadline: performance.now() + timeoutMs, query }
      this.pending.add(call)
      this.sweeper ??= setInterval(() => this.sweep(), Math.max(10, timeoutMs / 10)).unref()
    }
    // The pool's callback form: one promise per statement here, where its promise form, an async
    // wrapper and an await each would add one more (and a turn of the microtask queue) to every call.
    return new Promise((resolve, reject) => {
      pool.query(
        query as unknown as pg.QueryConfig,
        (error: Error | undefined, result: pg.QueryResult) => {
          if (call) this.pending.delete(call)
          if (error) reject(error)
          else resolve(result.rows as Rows)
        }
      )
    })
  }

  private sweep(): void {
    if (this.pending.size === 0) {
      clearInterval(this.sweeper)
      this.sweeper = undefined
      return
    }
    const now = performance.now()
    for (const call of this.pending) {
      // Still waiting for a connection (no callback yet): the pool's connectionTimeoutMillis ends that.
      const query = call.query as unknown as { callback?: (error: Error) => void }
      if (now < call.deadline || !query.callback) continue
      this.pending.delete(call)
      const callback = query.callback
      query.callback = () => undefined
      callback(new Error(`Query read timeout after ${this.options.timeoutMs} ms`))
    }
  }

  /** One statement on the region's database, as the role. */
  async query(
    region: string,
    text: string,
    values: unknown[],
    options: QueryOptions
  ): Promise<Rows> {
    const pool = this.pool(region, options.role)
    try {
      const first = this.statement(text, values)
      try {
        return await this.watch(pool, first)
      } catch (error) {
        if (!(first as { name?: string }).name || (error as { code?: unknown }).code !== REPLANNED)
          throw error
        // A migration changed the type of a column the statement returns while connections
        // stayed open: PostgreSQL refuses the statement prepared before ("cached plan must not
        // change result type") before running it, so nothing was done. Under a new name every
        // connection prepares it again, and this one statement, outside any transaction, runs
        // once more. (The old plan stays on a connection until it closes.)
        this.names.delete(text)
        return await this.watch(pool, this.statement(text, values))
      }
    } catch (error) {
      throw this.fail(region, error, values)
    }
  }

  /** Statements in one transaction on the region's database, as the role; rolled back whole when one fails. */
  async transaction<T>(
    region: string,
    role: string,
    body: (tx: Transaction) => Promise<T>
  ): Promise<T> {
    let client: pg.PoolClient | undefined
    // The transaction holds its connection for the body, so its statements carry pg's own read timeout.
    const timed = (c: pg.PoolClient, text: string, values?: unknown[]) =>
      c.query({ text, values, query_timeout: this.options.timeoutMs } as pg.QueryConfig)
    try {
      client = await this.pool(region, role).connect()
      await timed(client, 'BEGIN')
    } catch (error) {
      client?.release()
      throw this.fail(region, error)
    }
    const c = client
    // Once the transaction ends its connection goes back to the pool and on to
    // other callers: a table handle kept past the body must not run there.
    let ended = false
    try {
      // A statement's failure reaches the body as a DataError; whatever the body throws passes through as it is.
      let out: T
      try {
        out = await body(async (text, values) => {
          if (ended)
            throw new DataError(
              'bad-option',
              `this transaction in ${region} has ended: a table from tx.table() works only inside the transaction's body; use db.table() after it.`,
              region
            )
          try {
            return (await timed(c, text, values)).rows as Rows
          } catch (error) {
            throw this.fail(region, error, values)
          }
        })
      } finally {
        ended = true
      }
      await timed(c, 'COMMIT').catch((error: unknown) => {
        throw this.fail(region, error)
      })
      return out
    } catch (error) {
      await timed(c, 'ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      c.release()
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper)
    this.sweeper = undefined
    const pools = [...this.pools.values()].flatMap(byRole => [...byRole.values()])
    this.pools.clear()
    await Promise.all(pools.map(p => p.end().catch(() => undefined)))
  }
}
