import pg from 'pg'
import type { Migration } from '../data/migration.js'
import { ON_PUBLISHER_COLUMN, PUBLISHER_PLACEHOLDER, RUNS_ON } from '../data/postgres.js'
import {
  controlsTransaction,
  destructiveApproval,
  lineAt,
  literal,
  splitStatements
} from '../data/sql.js'
import type { Statement } from '../data/sql.js'

/** One key for every multiregion run; advisory locks are per database, so regions never contend. */
const LOCK_KEY = 7_248_901_337

export const HISTORY_TABLE = 'multiregion.history'

export interface RunOptions {
  connectionString: string
  migrations: readonly Migration[]
  /**
   * The connection string a subscription here uses to reach another region's
   * publisher. It is written into CREATE SUBSCRIPTION, which the server may
   * log, so it must hold no password (see subscriptionConnection).
   */
  publisherUrl: (region: string) => string | undefined
  /**
   * The URL the runner itself connects to another region's publisher with, to
   * make a subscription's replication slot there before CREATE SUBSCRIPTION.
   * It is only ever a connection parameter, never part of a statement.
   */
  publisherDatabase: (region: string) => string | undefined
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

/** A statement failed: where, in the file's own lines, and what the failure left behind. */
export class MigrationError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
    /** What stays applied: the whole file is rolled back, or the statements before the failed one stay. */
    readonly aftermath: string
  ) {
    super(`${file}:${line}: ${reason}`)
  }
}

/** The database could not be reached at all. */
export class ConnectionError extends Error {}

const ROLLED_BACK =
  'The file ran in one transaction, so it is rolled back whole and stays unrecorded; fix it and run migrate again.'

function noTransactionAftermath(statement: Statement, index: number): string {
  const leftover = /\bCONCURRENTLY\b/i.test(statement.text)
    ? ' CREATE INDEX CONCURRENTLY that fails leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY IF EXISTS ...) before running again.'
    : ''
  return `The file runs without a transaction (-- multiregion:no-transaction): ${index === 0 ? 'nothing before this statement ran' : `the ${index} statement(s) before line ${statement.line} stay applied`}, and the file stays unrecorded, so the next run starts it again from the top.${leftover}`
}

/** `shift` is how many characters the runner sent before the file's own text in the same query. */
function positionLine(sql: string, error: unknown, shift = 0): number | undefined {
  const position = Number((error as { position?: string }).position) - shift
  return Number.isFinite(position) && position > 0 ? lineAt(sql, position - 1) : undefined
}

/**
 * A file sent whole reports a position only for syntax-like errors. For the
 * rest, the file is replayed statement by statement in a transaction that is
 * rolled back, to find the statement that fails.
 */
async function failingLine(
  client: pg.Client,
  sql: string,
  error: unknown,
  shift: number
): Promise<number> {
  const direct = positionLine(sql, error, shift)
  if (direct !== undefined) return direct
  const statements = splitStatements(sql)
  try {
    await client.query('BEGIN')
    for (const s of statements) {
      try {
        await client.query(s.text)
      } catch (replayed) {
        return s.line + (positionLine(s.text, replayed) ?? 1) - 1
      }
    }
  } catch {
    // The connection is gone: the first statement is the best guess left.
  } finally {
    await client.query('ROLLBACK').catch(() => undefined)
  }
  return statements[0]?.line ?? 1
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

/**
 * Creates the history table if missing and reads it, in one round trip. Sent
 * after the advisory lock is held, as its own query, so that even under a
 * database default of REPEATABLE READ its snapshot sees what a run that held
 * the lock before committed.
 */
async function ensureHistory(client: pg.Client): Promise<HistoryRow[]> {
  const results = (await client.query(`CREATE SCHEMA IF NOT EXISTS multiregion;
CREATE TABLE IF NOT EXISTS ${HISTORY_TABLE} (
  version    text        PRIMARY KEY,
  kind       text        NOT NULL,
  file       text        NOT NULL,
  sha256     text        NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  run_id     text        NOT NULL,
  approver   text
);
SELECT version, kind, sha256 FROM ${HISTORY_TABLE}`)) as unknown as pg.QueryResult<HistoryRow>[]
  return results.at(-1)!.rows
}

/** The history row of a file, as literals: it is sent in the same simple query as the file. */
function record(m: Migration, runId: string, approver: string | null): string {
  const values = [m.version, m.kind, m.file, m.sha256]
  return [
    `INSERT INTO ${HISTORY_TABLE} (version, kind, file, sha256, applied_at, run_id, approver)`,
    `VALUES (${values.map(literal).join(', ')}, now(), ${literal(runId)}, ${approver === null ? 'NULL' : literal(approver)})`,
    'ON CONFLICT (version) DO UPDATE SET file = EXCLUDED.file, sha256 = EXCLUDED.sha256, applied_at = now(), run_id = EXCLUDED.run_id, approver = EXCLUDED.approver'
  ].join(' ')
}

const BEGIN = 'BEGIN;\n'

/**
 * The whole of a transactional file as one query: BEGIN, the file, its
 * history row and COMMIT, so a file costs one round trip instead of four.
 * Only when the file's text ends where a statement may start (no open quote,
 * comment, parenthesis or function body), checked with the statement splitter
 * on the joined text: otherwise the file could swallow the history row into a
 * string and commit without it, and the file is sent on its own, the row and
 * COMMIT after it.
 */
function oneQuery(m: Migration, row: string): string[] {
  const tail = `${row};\nCOMMIT`
  const joined = `${BEGIN}${m.sql}\n;\n${tail}`
  const split = splitStatements(joined).slice(-2)
  return split.length === 2 && split[0]!.text === row && split[1]!.text === 'COMMIT'
    ? [joined]
    : [`${BEGIN}${m.sql}`, tail]
}

/** Connections to other regions' publishers, opened when a statement first needs one. */
type Publishers = (region: string) => Promise<pg.Client>

function publisherConnections(options: RunOptions): {
  publisher: Publishers
  close: () => Promise<void>
} {
  const open = new Map<string, Promise<pg.Client>>()
  const connect = async (region: string): Promise<pg.Client> => {
    const url = options.publisherDatabase(region)
    if (url === undefined)
      throw new Error(
        `A subscription's replication slot is made on its publisher ${region}, which needs its database URL; set the variable the platform names in regions.${region}.database.secret.`
      )
    const client = new pg.Client({ connectionString: url })
    client.on('error', () => undefined)
    try {
      await client.connect()
    } catch (error) {
      throw new Error(
        `Cannot connect to the publisher ${region} (regions.${region}.database.secret) to make the subscription's replication slot there: ${(error as Error).message}`,
        { cause: error }
      )
    }
    return client
  }
  return {
    publisher: region => {
      if (!open.has(region)) open.set(region, connect(region))
      return open.get(region)!
    },
    close: async () => {
      for (const client of open.values()) await client.then(c => c.end()).catch(() => undefined)
    }
  }
}

/**
 * Runs a statement; one ended by \gexec runs every non-null field it returns,
 * in order, as psql does, except that a field of the column ON_PUBLISHER_COLUMN
 * runs on the publisher its first line names.
 */
async function execute(
  client: pg.Client,
  text: string,
  gexec: boolean,
  publisher: Publishers
): Promise<void> {
  if (!gexec) {
    await client.query(text)
    return
  }
  const result = await client.query({ text, rowMode: 'array' })
  for (const row of result.rows as unknown[][])
    for (const [i, field] of row.entries()) {
      if (field === null) continue
      if (result.fields[i]?.name !== ON_PUBLISHER_COLUMN) {
        await client.query(String(field))
        continue
      }
      const region = RUNS_ON.exec(String(field))?.[1]
      if (region === undefined)
        throw new Error(
          `a "${ON_PUBLISHER_COLUMN}" statement must start with the line "-- multiregion:runs-on <region>"`
        )
      await (await publisher(region)).query(String(field)).catch((error: Error) => {
        const denied = (error as { code?: string }).code === '42501'
        throw new Error(
          `on the publisher ${region}: ${error.message}${denied ? `. The role of the publisher's URL makes the slot, so it needs REPLICATION: give the subscriber's job the URL of ${region}'s replication role (regions.${region}.database.replication.user), as workflows/migrations.yml does` : ''}`,
          { cause: error }
        )
      })
    }
}

async function apply(
  client: pg.Client,
  m: Migration,
  options: RunOptions,
  publisher: Publishers
): Promise<void> {
  const approver = destructiveApproval(m.sql)?.approver ?? options.approver ?? null
  const row = record(m, options.runId, approver)
  if (m.transaction) {
    const queries = oneQuery(m, row)
    try {
      for (const query of queries) await client.query(query)
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      const line = await failingLine(client, m.sql, error, BEGIN.length)
      throw new MigrationError(m.file, line, (error as Error).message, ROLLED_BACK)
    }
    return
  }
  // Statement by statement, each in its own implicit transaction; the record comes last, so a
  // failure leaves the file unrecorded and the next run starts it again.
  for (const [index, statement] of splitStatements(m.sql).entries()) {
    try {
      await execute(
        client,
        withPublishers(statement.text, options.publisherUrl),
        statement.gexec === true,
        publisher
      )
    } catch (error) {
      throw new MigrationError(
        m.file,
        statement.line + (positionLine(statement.text, error) ?? 1) - 1,
        (error as Error).message,
        noTransactionAftermath(statement, index)
      )
    }
  }
  await client.query(row)
}

/**
 * Applies a region's migrations in order under an advisory lock: a second
 * run waits, then finds everything recorded and applies nothing twice.
 * Hand-written files run once and are checked for drift first; generated
 * files run again when their text changed, or when they come back after a
 * manifest version that did not produce them.
 */
export async function runMigrations(options: RunOptions): Promise<RunResult> {
  const client = new pg.Client({ connectionString: options.connectionString })
  // A pg error event on an idle client would otherwise crash the process.
  client.on('error', () => undefined)
  await client.connect().catch((error: Error) => {
    throw new ConnectionError(error.message)
  })
  const publishers = publisherConnections(options)
  try {
    // Files are checked as the lint reads strings (a backslash is a plain character outside E'...'); the server must read them so too.
    await client.query(`SET standard_conforming_strings = on; SELECT pg_advisory_lock(${LOCK_KEY})`)
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
    const pending = new Set(
      options.migrations.filter(m => history.get(m.version)?.sha256 !== m.sha256)
    )
    for (const m of pending) {
      const statements = splitStatements(m.sql)
      const routed =
        m.kind === 'hand-written'
          ? statements.find(s => s.text.includes(ON_PUBLISHER_COLUMN))
          : undefined
      if (routed)
        throw new MigrationError(
          m.file,
          routed.line,
          `"${ON_PUBLISHER_COLUMN}" runs statements on another region's publisher with credentials the runner holds; only generated files may do that. Remove it.`,
          'Nothing was applied: every pending file is checked before the first runs.'
        )
      const control = statements.find(controlsTransaction)
      if (control)
        throw new MigrationError(
          m.file,
          control.line,
          `${control.text.split(/\s/)[0]!.toUpperCase()} controls the transaction, which the runner owns: a file's own BEGIN or COMMIT would commit part of it without its history row. Remove it; each file already runs in one transaction, or none with -- multiregion:no-transaction.`,
          'Nothing was applied: every pending file is checked before the first runs.'
        )
    }
    // A generated file the manifest no longer produces was undone by this run's prune steps (a table or subscription dropped); forgetting it lets it run again if the manifest brings it back. Generated files are safe to run again, so forgetting early never loses work.
    const gone = [...history.values()]
      .filter(h => h.kind === 'generated' && !current.has(h.version))
      .map(h => h.version)
    if (gone.length > 0)
      await client.query(`DELETE FROM ${HISTORY_TABLE} WHERE version = ANY($1::text[])`, [gone])
    const result: RunResult = { applied: [], unchanged: [] }
    for (const m of options.migrations) {
      if (!pending.has(m)) {
        result.unchanged.push(m.version)
        continue
      }
      options.log(`applying ${m.version} (${m.file}${m.transaction ? '' : ', no transaction'})`)
      await apply(client, m, options, publishers.publisher)
      result.applied.push(m.version)
    }
    return result
  } finally {
    await publishers.close()
    await client.end().catch(() => undefined)
  }
}
