import type { Database, Instance, Spanner } from '@google-cloud/spanner'
import type { DataMap, DataMapTable } from '../../data/data-map.js'
import { spannerType } from '../../data/spanner.js'
import { backquote } from '../../data/sql.js'
import { DataError, maskValues } from '../errors.js'
import type { Backend, QueryOptions, RegionReceipt, Rows, Transaction } from './backend.js'

export interface SpannerBackendOptions {
  map: DataMap
  /** A client the caller built (credentials, endpoint, emulator); default one for the map's project. */
  client?: Spanner
  timeoutMs: number
}

/** gRPC status codes of an engine that is not there or did not answer in time; any other code is the statement's fault. */
const UNAVAILABLE = new Set([4, 14])

/** The manifest's integer types PostgreSQL returns as strings (int8), and those it returns as numbers. */
const BIGINT = /^(bigint|int8)$/i

/**
 * The type a parameter is sent as, when the column's differs from the one the
 * client infers (a JavaScript number is FLOAT64 unless whole, a string is
 * STRING, a NULL has none): GoogleSQL does not convert those to INT64,
 * NUMERIC, TIMESTAMP or DATE by itself. The type rides in the parameter's
 * name (@p3_int64), so the statement needs no CAST for the server to plan.
 */
const PARAM_TYPES: Record<string, string> = {
  INT64: 'int64',
  NUMERIC: 'numeric',
  TIMESTAMP: 'timestamp',
  DATE: 'date'
}
const PARAM = /@(p\d+)(?:_([a-z0-9]+))?\b/g

/** A value in the form its declared type travels in: NUMERIC as a decimal string, DATE as YYYY-MM-DD. */
function wire(value: unknown, type: string | undefined): unknown {
  if (value === undefined) return null
  if (type === 'numeric' && typeof value === 'number') return String(value)
  if (type === 'date' && value instanceof Date) return value.toISOString().slice(0, 10)
  return value
}

/**
 * multiregion/data on Cloud Spanner: one database for every region, so a
 * region is a placement of rows, not a connection. Sessions open with the
 * caller's database role (fine-grained access control enforces the column
 * grants the migrations create); the API filters columns itself as well,
 * since the emulator has no roles. Values come back as on PostgreSQL.
 */
export class SpannerBackend implements Backend {
  private client: Spanner | undefined
  private instance: Instance | undefined
  private readonly databases = new Map<string, Database>()
  private readonly target: NonNullable<DataMap['spanner']>
  private readonly regionOfPlacement: Map<string, string>

  constructor(private readonly options: SpannerBackendOptions) {
    const { map } = options
    if (!map.spanner)
      throw new DataError(
        'bad-map',
        `${map.service} runs on engine spanner, but its data map names no instance: set spec.spanner (project, instance) in platform.yaml and plan again.`
      )
    this.target = map.spanner
    this.client = options.client
    this.regionOfPlacement = new Map(
      Object.entries(map.regions).map(([name, r]) => [r.placement ?? name, name])
    )
  }

  /** GoogleSQL compares STRING by its UTF-8 bytes, which is code point order. */
  readonly codePointOrder = ''

  ident(name: string): string {
    return backquote(name)
  }

  param(n: number, type?: string): string {
    const sent = type === undefined ? undefined : PARAM_TYPES[spannerType(type)]
    return sent ? `@p${n}_${sent}` : `@p${n}`
  }

  returning(columns: string): string {
    return ` THEN RETURN ${columns}`
  }

  /** Every region's rows are in the one database. */
  site(): string {
    return `${this.target.instance}/${this.target.database}`
  }

  placementOf(region: string): string {
    return this.options.map.regions[region]?.placement ?? region
  }

  /** A session pool per database role: Spanner's fine-grained access control checks each statement against that role's grants. */
  private async database(role: string): Promise<Database> {
    const id = role
    let db = this.databases.get(id)
    if (!db) {
      if (!this.client) {
        const { Spanner } = await import('@google-cloud/spanner')
        this.client = new Spanner({ projectId: this.target.project })
      }
      this.instance ??= this.client.instance(this.target.instance)
      // A session the pool cannot get fails the call after the timeout, not at the client's own minute.
      db = this.instance.database(
        this.target.database,
        { acquireTimeout: this.options.timeoutMs },
        undefined,
        role
      )
      // The pool reports a failed background session request as an event: unheard, it would end the process.
      db.on('error', () => undefined)
      this.databases.set(id, db)
    }
    return db
  }

  /** Named parameters @p1 or @p1_<type>; a NULL of no known type is sent as a STRING. */
  private request(text: string, values: unknown[]) {
    const params: Record<string, unknown> = {}
    const types: Record<string, string> = {}
    for (const [, name, type] of text.matchAll(PARAM)) {
      const key = type ? `${name}_${type}` : name!
      const value = values[Number(name!.slice(1)) - 1]
      params[key] = wire(value, type)
      if (type) types[key] = type
      else if (value === null || value === undefined) types[key] = 'string'
    }
    return {
      sql: text,
      params,
      types,
      json: false,
      gaxOptions: { timeout: this.options.timeoutMs }
    }
  }

  /** A row as pg returns it: bigint and NUMERIC as strings, INT64 of smaller types and FLOAT64 as numbers, TIMESTAMP as a Date, a by-row region by its name. */
  private rows(raw: unknown[], table: DataMapTable | undefined): Rows {
    return raw.map(row => {
      const out: Record<string, unknown> = {}
      for (const field of row as { name: string; value: unknown }[]) {
        const column = table?.columns[field.name]
        out[field.name] = this.value(field.value, column?.type)
        if (table?.regionColumn === field.name && typeof out[field.name] === 'string')
          out[field.name] = this.regionOfPlacement.get(out[field.name] as string) ?? out[field.name]
      }
      return out
    })
  }

  private value(v: unknown, type: string | undefined): unknown {
    if (v === null || v === undefined || typeof v !== 'object') return v
    const kind = v.constructor.name
    if (kind === 'Int') {
      const text = (v as { value: string }).value
      return type === undefined || BIGINT.test(type) ? text : Number(text)
    }
    if (kind === 'Float' || kind === 'Float32') return (v as { value: number }).value
    if (kind === 'Numeric') return (v as { value: string }).value
    if (v instanceof Date) return new Date(v.getTime())
    return v
  }

  private fail(error: unknown, values: readonly unknown[] = []): DataError {
    if (error instanceof DataError) return error
    const code = (error as { code?: unknown }).code
    // Spanner quotes an offending value in some messages: never pass one on, it may be personal.
    const message = maskValues(error instanceof Error ? error.message : String(error), values)
    if (typeof code === 'number' && !UNAVAILABLE.has(code))
      return new DataError('query', `${this.site()}: ${message}`)
    return new DataError(
      'unavailable',
      `the Spanner database ${this.site()} is unavailable: ${message}`
    )
  }

  private tableOf(options: { table?: string }): DataMapTable | undefined {
    const { tables } = this.options.map
    return options.table && Object.hasOwn(tables, options.table) ? tables[options.table] : undefined
  }

  async query(
    _region: string,
    text: string,
    values: unknown[],
    options: QueryOptions
  ): Promise<Rows> {
    // DML runs in a read-write transaction of its own; a query reads in a single-use read-only one.
    if (!/^\s*SELECT\b/i.test(text))
      return this.transaction(_region, options.role, tx => tx(text, values, options))
    try {
      const db = await this.database(options.role)
      // Without a bound the read is strong, as on PostgreSQL's primary.
      const [rows] =
        options.maxStalenessSeconds !== undefined
          ? await db.run(this.request(text, values), {
              maxStaleness: options.maxStalenessSeconds * 1000
            })
          : await db.run(this.request(text, values))
      return this.rows(rows, this.tableOf(options))
    } catch (error) {
      throw this.fail(error, values)
    }
  }

  async transaction<T>(
    _region: string,
    role: string,
    body: (tx: Transaction) => Promise<T>
  ): Promise<T> {
    // The body's own error passes through as it is; only the engine's are turned into DataErrors.
    let bodyError: { error: unknown } | undefined
    try {
      const db = await this.database(role)
      return await db.runTransactionAsync(async transaction => {
        try {
          const out = await body(async (text, values, options = {}) => {
            try {
              const [rows] = await transaction.run(this.request(text, values))
              return this.rows(rows, this.tableOf(options))
            } catch (error) {
              throw this.fail(error, values)
            }
          })
          await transaction.commit()
          return out
        } catch (error) {
          bodyError = { error }
          await transaction.rollback().catch(() => undefined)
          throw error
        }
      })
    } catch (error) {
      if (bodyError?.error === error) throw error
      throw this.fail(error)
    }
  }

  /**
   * Spanner deletes rows past retention itself, by the row deletion policy
   * the migrations create, within about three days of their expiry. run()
   * checks that each policy is the one the manifest asks for and counts the
   * rows past it that wait for deletion; it deletes nothing.
   */
  async retention(map: DataMap, role: string): Promise<RegionReceipt[]> {
    const region = this.site()
    const rows: Record<string, number> = {}
    const pending: Record<string, number> = {}
    // As on PostgreSQL, a role answers for the tables it writes.
    const wanted = Object.entries(map.tables).filter(
      ([, t]) => t.rowDeletion && (t.writers ?? []).includes(role)
    )
    if (wanted.length === 0) return []
    try {
      const policies = new Map(
        (
          await this.query(
            region,
            "SELECT TABLE_NAME AS name, ROW_DELETION_POLICY_EXPRESSION AS policy FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ''",
            [],
            { role }
          )
        ).map(r => [r.name as string, r.policy as string | null])
      )
      for (const [name, table] of wanted) {
        const { column, days } = table.rowDeletion!
        const expected = `OLDER_THAN(${column}, INTERVAL ${days} DAY)`
        const found = policies.get(name)
        if (found?.replace(/`/g, '') !== expected)
          throw new DataError(
            'query',
            `${name} has ${found ? `the row deletion policy ${found}` : 'no row deletion policy'}, but the manifest keeps its rows ${days} days by ${column} (${expected}): run multiregion migrate.`
          )
        const [count] = await this.query(
          region,
          `SELECT COUNT(*) AS n FROM ${backquote(name)} WHERE ${backquote(column)} < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL ${days} DAY)`,
          [],
          { role }
        )
        rows[name] = 0
        pending[name] = Number(count?.n ?? 0)
      }
      return [{ region, ok: true, rows, pending }]
    } catch (error) {
      return [
        {
          region,
          ok: false,
          rows,
          pending,
          error: error instanceof Error ? error.message : String(error)
        }
      ]
    }
  }

  async close(): Promise<void> {
    const databases = [...this.databases.values()]
    this.databases.clear()
    await Promise.all(databases.map(db => db.close().catch(() => undefined)))
    // A client the caller passed is the caller's to close.
    if (!this.options.client) this.client?.close()
  }
}
