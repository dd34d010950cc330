import { randomUUID } from 'node:crypto'
import { ident as pgIdent } from '../data/sql.js'
import type { DataMapTable } from '../data/data-map.js'
import { SUBJECT_REQUESTS_TABLE } from '../data/model.js'
import { auditTime } from './audit.js'
import type { RegionReceipt, Transaction } from './engines/backend.js'
import { DataError } from './errors.js'
import { readable, transferRefusal } from './table.js'
import type { Caller, Row } from './table.js'

export type { RegionReceipt } from './engines/backend.js'

export interface Receipt {
  /** The request's id in the subject request table of the subject's home region: resume it by this. */
  request: string
  subject: string | number
  /** False while any region or any replica is not done: the failed regions say why. */
  complete: boolean
  regions: RegionReceipt[]
}

export interface SubjectExport extends Receipt {
  /** The subject's rows by table: the columns the role may read, from every region it may read them in. */
  tables: Record<string, Row[]>
}

/** A subject request as its home region records it. */
export interface SubjectRequest {
  request: string
  subject: string
  action: 'export' | 'erase'
  role: string
  purpose: string
  requestedAt: Date
  updatedAt: Date
  complete: boolean
  regions: Record<string, Omit<RegionReceipt, 'region'>>
}

interface Target {
  name: string
  table: DataMapTable & { subject: NonNullable<DataMapTable['subject']> }
}

/** The regions that hold a subject's own rows of a table: home for regional and global tables, every placed region for by-row. */
function regionsOf(table: DataMapTable): string[] {
  return table.locality === 'by-row' ? table.placement : [table.home]
}

function targets(caller: Caller): Target[] {
  return Object.entries(caller.map.tables)
    .filter((e): e is [string, Target['table']] => e[1].subject !== undefined)
    .map(([name, table]) => ({ name, table }))
}

/** The tables to visit in each database: per region, or once for a cluster that spans them (one transaction there). */
function byRegion(caller: Caller): Map<string, Target[]> {
  const out = new Map<string, Target[]>()
  const sites = new Map<string, string>()
  for (const region of caller.map.order)
    for (const target of targets(caller))
      if (regionsOf(target.table).includes(region)) {
        const site = caller.connections.site(region)
        if (!sites.has(site)) sites.set(site, region)
        const at = sites.get(site)!
        const tables = out.get(at) ?? []
        if (!tables.some(t => t.name === target.name)) out.set(at, [...tables, target])
      }
  return out
}

/** The engine's quoting and placeholders; a subject column's placeholder carries its type. */
function dialect(caller: Caller) {
  const c = caller.connections
  return {
    ident: (name: string) => c.ident(name),
    param: (n: number, table?: DataMapTable, column?: string) =>
      c.param(n, column === undefined ? undefined : table?.columns[column]?.type)
  }
}

/**
 * The durable record of subject requests is a PostgreSQL table the
 * migrations create in the subjects' home region; the Spanner migrations do
 * not create it yet, so there a request runs without a record, and listing
 * or resuming one is refused rather than answered from nothing.
 */
function recorded(caller: Caller, what: string): boolean {
  if (caller.map.engine !== 'spanner') return true
  if (what === 'run') return false
  throw new DataError(
    'not-supported',
    `subjectRequests.${what} reads the record of subject requests, which engine spanner does not keep yet (${SUBJECT_REQUESTS_TABLE} is created on PostgreSQL only): keep each receipt, and run export or erase again to finish one.`
  )
}

/** Subject requests run only under a role the manifest names for them. */
function allowed(caller: Caller): string {
  const subjects = caller.map.subjects
  if (!subjects?.roles.includes(caller.role))
    throw new DataError(
      'not-allowed',
      `${caller.role} may not run subject requests: ${subjects ? `only ${subjects.roles.join(', ')} may` : 'no role may yet'}; name the roles in spec.data.subjectRequests.roles in multiregion.yaml.`
    )
  return subjects.home
}

async function settle<T>(
  regions: string[],
  run: (region: string) => Promise<T>
): Promise<Map<string, { ok: true; value: T } | { ok: false; error: string }>> {
  const out = new Map<string, { ok: true; value: T } | { ok: false; error: string }>()
  await Promise.all(
    regions.map(async region => {
      try {
        out.set(region, { ok: true, value: await run(region) })
      } catch (error) {
        out.set(region, {
          ok: false,
          error: error instanceof Error ? error.message : String(error)
        })
      }
    })
  )
  return out
}

function audit(
  caller: Caller,
  entry: {
    table: string
    columns: string[]
    filter: Row
    region: string
    rows: number
    action: 'export' | 'erase'
  }
) {
  return caller.audit.write({
    time: auditTime(),
    role: caller.role,
    purpose: caller.purpose,
    table: entry.table,
    columns: entry.columns,
    filter: Object.keys(entry.filter),
    keyHash: caller.hash(entry.filter),
    region: entry.region,
    rows: entry.rows,
    action: entry.action
  })
}

/** Hands each exported row on as it arrives instead of keeping it: for subjects with more rows than memory should hold. */
export type ExportRow = (table: string, row: Row, region: string) => void | Promise<void>

export interface ExportOptions {
  /** Streams the rows here, a page at a time; the result's `tables` is then empty. */
  onRow?: ExportRow
}

const EXPORT_PAGE = 1000

/** The subject's rows of one table in one region: at once, or a page at a time in key order when streamed. */
async function subjectRows(
  caller: Caller,
  region: string,
  name: string,
  table: Target['table'],
  id: string | number,
  onRow: ExportRow | undefined,
  tx: Transaction
): Promise<{ rows: Row[]; count: number }> {
  const { ident, param } = dialect(caller)
  const columns = readable(table, caller.role)
  const from = `FROM ${ident(name)} WHERE ${ident(table.subject.column)} = ${param(1, table, table.subject.column)}`
  if (!onRow) {
    const rows = await tx(`SELECT ${columns.map(ident).join(', ')} ${from}`, [id], { table: name })
    return { rows, count: rows.length }
  }
  const key = table.key
  const fetched = [...new Set([...columns, ...key])]
  const keyList = key.map(ident).join(', ')
  // Rows after the last key, spelled out column by column: GoogleSQL has no row comparison (a, b) > (x, y).
  const afterKey = key
    .map(
      (_, i) =>
        `(${key
          .slice(0, i + 1)
          .map((c, j) => `${ident(c)} ${j < i ? '=' : '>'} ${param(j + 2, table, c)}`)
          .join(' AND ')})`
    )
    .join(' OR ')
  let count = 0
  let after: unknown[] | undefined
  for (;;) {
    const rows = await tx(
      `SELECT ${fetched.map(ident).join(', ')} ${from}${after ? ` AND (${afterKey})` : ''} ORDER BY ${keyList} LIMIT ${EXPORT_PAGE}`,
      after ? [id, ...after] : [id],
      { table: name }
    )
    for (const row of rows)
      await onRow(
        name,
        fetched.length === columns.length ? row : Object.fromEntries(columns.map(c => [c, row[c]])),
        region
      )
    count += rows.length
    if (rows.length < EXPORT_PAGE) return { rows: [], count }
    const last = rows[rows.length - 1]!
    after = key.map(c => last[c])
  }
}

/** GDPR article 15 / PIPL article 45: the subject's rows the role may read, from every region it may read them in. */
async function exportRows(caller: Caller, id: string | number, onRow: ExportRow | undefined) {
  const plan = byRegion(caller)
  const tables: Record<string, Row[]> = {}
  // One transaction per database: the export is one consistent picture of each.
  const results = await settle([...plan.keys()], region =>
    caller.connections.transaction(region, caller.role, tx => exportIn(region, tx))
  )
  async function exportIn(region: string, tx: Transaction) {
    const found: Record<string, { rows: Row[]; count: number }> = {}
    for (const { name, table } of plan.get(region)!) {
      const refused = transferRefusal(caller.map, name, caller.region, region)
      if (refused) throw refused
      if (onRow && table.key.length === 0)
        throw new DataError(
          'bad-key',
          `${name} has no primary key to page its rows by; export it without onRow.`
        )
      const result = await subjectRows(caller, region, name, table, id, onRow, tx)
      found[name] = result
      const classified = readable(table, caller.role).filter(
        c => table.columns[c]!.category !== undefined
      )
      if (classified.length > 0)
        await audit(caller, {
          table: name,
          columns: classified,
          filter: { [table.subject.column]: id },
          region,
          rows: result.count,
          action: 'export'
        })
    }
    return found
  }
  const regions: RegionReceipt[] = []
  for (const [region, result] of results) {
    if (!result.ok) {
      regions.push({ region, ok: false, rows: {}, error: result.error })
      continue
    }
    const rows: Record<string, number> = {}
    for (const [name, found] of Object.entries(result.value)) {
      rows[name] = found.count
      if (!onRow) tables[name] = [...(tables[name] ?? []), ...found.rows]
    }
    regions.push({ region, ok: true, rows })
  }
  return { regions, tables }
}

/**
 * GDPR article 17 / PIPL article 47: deletes the subject's rows, or nulls
 * their personal columns where the manifest keeps the row (pseudonymisation:
 * the row stays linked to the subject). Each region runs in one transaction,
 * so a region is erased whole or not at all. A global table is erased at
 * home, and is done only when every replica no longer holds the subject's
 * rows: a replica whose subscription is disabled keeps them, and says so.
 */
async function eraseRows(caller: Caller, id: string | number): Promise<RegionReceipt[]> {
  const { ident, param } = dialect(caller)
  const returning = caller.connections.returning('1')
  const plan = byRegion(caller)
  const results = await settle([...plan.keys()], region =>
    caller.connections.transaction(region, caller.role, async tx => {
      const changed: Record<string, number> = {}
      for (const { name, table } of plan.get(region)!) {
        const personal = Object.entries(table.columns)
          .filter(
            ([c, k]) => k.personal && k.nullable && !k.primaryKey && c !== table.subject.column
          )
          .map(([c]) => c)
        const subject = `${ident(table.subject.column)} = ${param(1, table, table.subject.column)}`
        const text =
          table.subject.erase === 'nullify'
            ? personal.length > 0
              ? `UPDATE ${ident(name)} SET ${personal.map(c => `${ident(c)} = NULL`).join(', ')} WHERE ${subject}${returning}`
              : undefined
            : `DELETE FROM ${ident(name)} WHERE ${subject}${returning}`
        changed[name] = text ? (await tx(text, [id])).length : 0
      }
      return changed
    })
  )
  const receipts = new Map<string, RegionReceipt>()
  for (const [region, result] of results)
    receipts.set(
      region,
      result.ok
        ? { region, ok: true, rows: result.value }
        : { region, ok: false, rows: {}, error: result.error }
    )
  // The copies: every replica of an erased global table must no longer hold the subject's rows (one spanning database has none apart from home).
  const site = (region: string) => caller.connections.site(region)
  const copies = targets(caller).flatMap(({ name, table }) =>
    table.locality === 'global' && table.subject.erase === 'delete'
      ? Object.keys(table.replicas ?? {})
          .filter(replica => site(replica) !== site(table.home))
          .map(replica => ({ name, table, replica }))
      : []
  )
  const held = await settle(
    copies.map((_, i) => String(i)),
    async i => {
      const { name, table, replica } = copies[Number(i)]!
      if (!receipts.get(table.home)?.ok)
        throw new Error(`${name} is not erased at home (${table.home}) yet`)
      const [row] = await caller.connections.query(
        replica,
        `SELECT count(*) AS n FROM ${ident(name)} WHERE ${ident(table.subject.column)} = ${param(1, table, table.subject.column)}`,
        [id],
        { role: caller.role, table: name }
      )
      const n = Number(row?.n ?? 0)
      if (n > 0)
        throw new Error(
          `the replica of ${name} still holds ${n} row${n === 1 ? '' : 's'} of the subject: its subscription to ${table.home} has not applied the erasure (is it disabled?); resume the request once it has`
        )
    }
  )
  copies.forEach(({ replica }, i) => {
    const result = held.get(String(i))!
    const receipt = receipts.get(replica) ?? { region: replica, ok: true, rows: {} }
    if (!result.ok) {
      receipt.ok = false
      receipt.error = receipt.error ? `${receipt.error}; ${result.error}` : result.error
    }
    receipts.set(replica, receipt)
  })
  for (const receipt of receipts.values())
    if (receipt.ok && Object.keys(receipt.rows).length > 0)
      await audit(caller, {
        table: Object.keys(receipt.rows).join(','),
        columns: [],
        filter: { subject: id },
        region: receipt.region,
        rows: Object.values(receipt.rows).reduce((a, b) => a + b, 0),
        action: 'erase'
      })
  return caller.map.order.filter(r => receipts.has(r)).map(r => receipts.get(r)!)
}

const TABLE = pgIdent(SUBJECT_REQUESTS_TABLE)

/**
 * Records the request in the subject's home region before any work, so a
 * request an outage leaves unfinished is on record even if the caller drops
 * the receipt; nothing is erased unless it could be recorded.
 */
async function record(
  caller: Caller,
  home: string,
  request: string,
  id: string | number,
  action: 'export' | 'erase'
) {
  if (!recorded(caller, 'run')) return
  await caller.connections.query(
    home,
    `INSERT INTO ${TABLE} (id, subject, action, role, purpose, regions) VALUES ($1, $2, $3, $4, $5, '{}'::jsonb) ON CONFLICT (id) DO NOTHING`,
    [request, String(id), action, caller.role, caller.purpose],
    { role: caller.role }
  )
}

async function finish(
  caller: Caller,
  home: string,
  request: string,
  regions: RegionReceipt[]
): Promise<boolean> {
  const complete = regions.every(r => r.ok)
  if (!recorded(caller, 'run')) return complete
  const status = Object.fromEntries(regions.map(({ region, ...rest }) => [region, rest]))
  await caller.connections.query(
    home,
    `UPDATE ${TABLE} SET regions = $2::jsonb, complete = $3, updated_at = now() WHERE id = $1`,
    [request, JSON.stringify(status), complete],
    { role: caller.role }
  )
  return complete
}

export async function exportSubject(
  caller: Caller,
  id: string | number,
  request: string = randomUUID(),
  options: ExportOptions = {}
): Promise<SubjectExport> {
  const home = allowed(caller)
  if (options.onRow !== undefined && typeof options.onRow !== 'function')
    throw new DataError('bad-option', 'export: onRow must be a function (table, row, region).')
  await record(caller, home, request, id, 'export')
  const { regions, tables } = await exportRows(caller, id, options.onRow)
  const complete = await finish(caller, home, request, regions)
  return { request, subject: id, complete, regions, tables }
}

export async function eraseSubject(
  caller: Caller,
  id: string | number,
  request: string = randomUUID()
): Promise<Receipt> {
  const home = allowed(caller)
  await record(caller, home, request, id, 'erase')
  const regions = await eraseRows(caller, id)
  const complete = await finish(caller, home, request, regions)
  return { request, subject: id, complete, regions }
}

export async function listRequests(
  caller: Caller,
  filter: { complete?: boolean } = {}
): Promise<SubjectRequest[]> {
  const home = allowed(caller)
  recorded(caller, 'list')
  if (filter.complete !== undefined && typeof filter.complete !== 'boolean')
    throw new DataError('bad-option', 'subjectRequests.list: complete must be true or false.')
  const rows = await caller.connections.query(
    home,
    `SELECT id, subject, action, role, purpose, requested_at, updated_at, complete, regions FROM ${TABLE}${filter.complete === undefined ? '' : ' WHERE complete = $1'} ORDER BY requested_at, id`,
    filter.complete === undefined ? [] : [filter.complete],
    { role: caller.role }
  )
  return rows.map(r => ({
    request: r.id as string,
    subject: r.subject as string,
    action: r.action as SubjectRequest['action'],
    role: r.role as string,
    purpose: r.purpose as string,
    requestedAt: r.requested_at as Date,
    updatedAt: r.updated_at as Date,
    complete: r.complete as boolean,
    regions: r.regions as SubjectRequest['regions']
  }))
}

/** Runs a recorded request again (both export and erasure are safe to repeat) and updates its record. */
export async function resumeRequest(caller: Caller, request: string): Promise<Receipt> {
  const home = allowed(caller)
  recorded(caller, 'resume')
  const [row] = await caller.connections.query(
    home,
    `SELECT subject, action FROM ${TABLE} WHERE id = $1`,
    [request],
    { role: caller.role }
  )
  if (!row)
    throw new DataError(
      'bad-key',
      `no subject request ${request} is recorded in ${home}, the subjects' home region.`,
      home
    )
  const subject = row.subject as string
  return row.action === 'export'
    ? exportSubject(caller, subject, request)
    : eraseSubject(caller, subject, request)
}

/** Runs every generated retention function the role may run, where its table lives (home for global tables: deletes replicate). */
export async function runRetention(caller: Caller): Promise<RegionReceipt[]> {
  if (caller.connections.retention) return caller.connections.retention(caller.map, caller.role)
  const { ident } = dialect(caller)
  const work = new Map<string, [string, string][]>()
  for (const [name, table] of Object.entries(caller.map.tables)) {
    if (!table.retentionFunction || !(table.writers ?? []).includes(caller.role)) continue
    for (const region of table.locality === 'global' ? [table.home] : table.placement)
      work.set(region, [...(work.get(region) ?? []), [name, table.retentionFunction]])
  }
  return Promise.all(
    caller.map.order
      .filter(region => work.has(region))
      .map(async (region): Promise<RegionReceipt> => {
        const rows: Record<string, number> = {}
        try {
          for (const [name, fn] of work.get(region)!) {
            const [row] = await caller.connections.query(
              region,
              `SELECT ${ident(fn)}() AS deleted`,
              [],
              { role: caller.role }
            )
            rows[name] = Number(row?.deleted ?? 0)
          }
          return { region, ok: true, rows }
        } catch (error) {
          return {
            region,
            ok: false,
            rows,
            error: error instanceof Error ? error.message : String(error)
          }
        }
      })
  )
}
