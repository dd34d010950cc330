import pg from 'pg'
import type { Migration } from '../data/migration.js'
import { PUBLISHER_PLACEHOLDER } from '../data/postgres.js'
import { destructiveApproval, lineAt, literal, splitStatements } from '../data/sql.js'

/** One key for every multiregion run; advisory locks are per database, so regions never contend. */
const LOCK_KEY = 7_248_901_337

export const HISTORY_TABLE = 'multiregion.history'

export interface RunOptions {
  connectionString: string
  migrations: readonly Migration[]
  /** The database URL of another region, for subscriptions to its publications. */
  publisherUrl: (region: string) => string | undefined
  runId: string
  approver?: string
  log: (line: string) => void
}

export interface HistoryRow {
  version: string
  kind: string
  sha256: string
}

export interface RunResult {
  applied: string[]
  unchanged: string[]
}

/** A hand-written file changed (or vanished) after it was applied: nothing is applied until someone looks. */
export class DriftError extends Error {
  constructor(readonly drifted: { version: string; applied: string; now: string | null }[]) {
    super(
      `Drift: ${drifted.map(d => `${d.version} was applied with sha256 ${d.applied.slice(0, 12)}…, ${d.now === null ? 'and its file is gone' : `but the file now has ${d.now.slice(0, 12)}…`}`).join('; ')}. Applied migrations are history: restore the file and put the change in a new migration.`
    )
  }
}

/** A statement failed: where, in the file's own lines. */
export class MigrationError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string
  ) {
    super(`${file}:${line}: ${reason}`)
  }
}

function errorLine(sql: string, error: unknown, base = 1): number {
  const position = Number((error as { position?: string }).position)
  return Number.isFinite(position) && position > 0 ? base + lineAt(sql, position - 1) - 1 : base
}

function withPublishers(sql: string, publisherUrl: RunOptions['publisherUrl']): string {
  return sql.replace(PUBLISHER_PLACEHOLDER, (_match, region: string) => {
    const url = publisherUrl(region)
    if (url === undefined)
      throw new Error(
        `A subscription needs the database URL of its publisher ${region}; set the variable the platform names in regions.${region}.database.secret.`
      )
    return literal(url)
  })
}

async function ensureHistory(client: pg.Client): Promise<HistoryRow[]> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS multiregion;
CREATE TABLE IF NOT EXISTS ${HISTORY_TABLE} (
  version    text        PRIMARY KEY,
  kind       text        NOT NULL,
  file       text        NOT NULL,
  sha256     text        NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  run_id     text        NOT NULL,
  approver   text
)`)
  const { rows } = await client.query<HistoryRow>(
    `SELECT version, kind, sha256 FROM ${HISTORY_TABLE}`
  )
  return rows
}

const RECORD = `INSERT INTO ${HISTORY_TABLE} (version, kind, file, sha256, applied_at, run_id, approver)
VALUES ($1, $2, $3, $4, now(), $5, $6)
ON CONFLICT (version) DO UPDATE SET file = $3, sha256 = $4, applied_at = now(), run_id = $5, approver = $6`

async function apply(client: pg.Client, m: Migration, options: RunOptions): Promise<void> {
  const approver = destructiveApproval(m.sql)?.approver ?? options.approver ?? null
  const record = [m.version, m.kind, m.file, m.sha256, options.runId, approver]
  if (m.transaction) {
    await client.query('BEGIN')
    try {
      await client.query(m.sql)
      await client.query(RECORD, record)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw new MigrationError(m.file, errorLine(m.sql, error), (error as Error).message)
    }
    return
  }
  // Statement by statement, each in its own implicit transaction; the record comes last, so a
  // failure leaves the file unrecorded and the next run starts it again.
  for (const statement of splitStatements(m.sql)) {
    try {
      await client.query(withPublishers(statement.text, options.publisherUrl))
    } catch (error) {
      throw new MigrationError(
        m.file,
        errorLine(statement.text, error, statement.line),
        (error as Error).message
      )
    }
  }
  await client.query(RECORD, record)
}

/**
 * Applies a region's migrations in order under an advisory lock: a second
 * run waits, then finds everything recorded and applies nothing twice.
 * Hand-written files run once and are checked for drift first; generated
 * files run again when their text changed.
 */
export async function runMigrations(options: RunOptions): Promise<RunResult> {
  const client = new pg.Client({ connectionString: options.connectionString })
  // A pg error event on an idle client would otherwise crash the process.
  client.on('error', () => undefined)
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    const history = new Map((await ensureHistory(client)).map(r => [r.version, r]))
    const current = new Map(options.migrations.map(m => [m.version, m]))
    const drifted = [...history.values()]
      .filter(h => h.kind === 'hand-written')
      .filter(h => current.get(h.version)?.sha256 !== h.sha256)
      .map(h => ({
        version: h.version,
        applied: h.sha256,
        now: current.get(h.version)?.sha256 ?? null
      }))
    if (drifted.length > 0) throw new DriftError(drifted)
    const result: RunResult = { applied: [], unchanged: [] }
    for (const m of options.migrations) {
      if (history.get(m.version)?.sha256 === m.sha256) {
        result.unchanged.push(m.version)
        continue
      }
      options.log(`applying ${m.version} (${m.file}${m.transaction ? '' : ', no transaction'})`)
      await apply(client, m, options)
      result.applied.push(m.version)
    }
    return result
  } finally {
    await client.end().catch(() => undefined)
  }
}
