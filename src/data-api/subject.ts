import type { DataMapTable } from '../data/data-map.js'
import type { Transaction } from './engines/backend.js'
import type { Caller, Row } from './table.js'

/** What happened in one region: the rows found or changed per table, or why the region failed. */
export interface RegionReceipt {
  region: string
  ok: boolean
  /** Rows per table. */
  rows: Record<string, number>
  /** retention on an engine that deletes by itself (Spanner): rows past retention still waiting for its deletion, per table. */
  pending?: Record<string, number>
  error?: string
}

export interface Receipt {
  subject: string | number
  /** False when any region failed: the request is not done, and the failed regions say why. */
  complete: boolean
  regions: RegionReceipt[]
}

export interface SubjectExport extends Receipt {
  /** The subject's rows by table, every column, from every region they may live in. */
  tables: Record<string, Row[]>
}

interface Target {
  name: string
  table: DataMapTable & { subject: NonNullable<DataMapTable['subject']> }
}

/** The regions that hold a subject's own rows of a table: home for regional and global tables (replicas follow home), every placed region for by-row. */
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

function personalColumns(table: DataMapTable): string[] {
  return Object.entries(table.columns)
    .filter(([, c]) => c.category !== undefined)
    .map(([name]) => name)
}

async function each<T>(
  caller: Caller,
  run: (region: string, tables: Target[]) => Promise<T>
): Promise<{ results: Map<string, T>; receipts: RegionReceipt[] }> {
  const results = new Map<string, T>()
  const receipts = await Promise.all(
    [...byRegion(caller)].map(async ([region, tables]): Promise<RegionReceipt> => {
      try {
        results.set(region, await run(region, tables))
        return { region, ok: true, rows: {} }
      } catch (error) {
        return {
          region,
          ok: false,
          rows: {},
          error: error instanceof Error ? error.message : String(error)
        }
      }
    })
  )
  return { results, receipts }
}

/** The subject's rows of each table in one database, audited as they are read. */
async function exportIn(
  caller: Caller,
  region: string,
  targets: Target[],
  tx: Transaction,
  id: string | number
): Promise<Record<string, Row[]>> {
  const { ident, param } = dialect(caller)
  const found: Record<string, Row[]> = {}
  for (const { name, table } of targets) {
    const rows = await tx(
      `SELECT * FROM ${ident(name)} WHERE ${ident(table.subject.column)} = ${param(1, table.columns[table.subject.column]?.type)}`,
      [id],
      { table: name }
    )
    found[name] = rows
    const classified = personalColumns(table)
    if (rows.length > 0 && classified.length > 0)
      await caller.audit.write({
        time: new Date().toISOString(),
        role: caller.role,
        purpose: caller.purpose,
        table: name,
        columns: classified,
        key: { [table.subject.column]: id },
        region,
        rows: rows.length,
        action: 'export'
      })
  }
  return found
}

/** GDPR article 15 / PIPL article 45: every row about the subject, from every region it may live in. */
export async function exportSubject(caller: Caller, id: string | number): Promise<SubjectExport> {
  const tables: Record<string, Row[]> = {}
  // One transaction per database: the export is one consistent picture of each.
  const { results, receipts } = await each(caller, (region, targets) =>
    caller.connections.transaction(region, tx => exportIn(caller, region, targets, tx, id))
  )
  for (const receipt of receipts) {
    const found = results.get(receipt.region) ?? {}
    for (const [name, rows] of Object.entries(found)) {
      receipt.rows[name] = rows.length
      tables[name] = [...(tables[name] ?? []), ...rows]
    }
  }
  return { subject: id, complete: receipts.every(r => r.ok), regions: receipts, tables }
}

/** The engine's quoting and placeholders. */
function dialect(caller: Caller) {
  const c = caller.connections
  return {
    ident: (name: string) => c.ident(name),
    param: (n: number, type?: string) => c.param(n, type)
  }
}

/**
 * GDPR article 17 / PIPL article 47: deletes the subject's rows, or nulls
 * their personal columns where the manifest keeps the row. Each region runs
 * in one transaction, so a region is erased whole or not at all; a global
 * table is erased at home and its replicas follow by replication.
 */
export async function eraseSubject(caller: Caller, id: string | number): Promise<Receipt> {
  const { ident, param } = dialect(caller)
  const returning = caller.connections.returning('1')
  const { results, receipts } = await each(caller, region =>
    caller.connections.transaction(region, async tx => {
      const changed: Record<string, number> = {}
      for (const { name, table } of byRegion(caller).get(region) ?? []) {
        const subject = `${ident(table.subject.column)} = ${param(1, table.columns[table.subject.column]?.type)}`
        const personal = Object.entries(table.columns)
          .filter(([, c]) => c.personal && c.nullable && !c.primaryKey)
          .map(([c]) => c)
          .filter(c => c !== table.subject.column)
        const text =
          table.subject.erase === 'nullify'
            ? `UPDATE ${ident(name)} SET ${personal.map(c => `${ident(c)} = NULL`).join(', ') || `${ident(table.subject.column)} = ${ident(table.subject.column)}`} WHERE ${subject}${returning}`
            : `DELETE FROM ${ident(name)} WHERE ${subject}${returning}`
        changed[name] = (await tx(text, [id])).length
      }
      return changed
    })
  )
  for (const receipt of receipts) receipt.rows = results.get(receipt.region) ?? {}
  for (const receipt of receipts.filter(r => r.ok))
    await caller.audit.write({
      time: new Date().toISOString(),
      role: caller.role,
      purpose: caller.purpose,
      table: Object.keys(receipt.rows).join(','),
      columns: [],
      key: { subject: id },
      region: receipt.region,
      rows: Object.values(receipt.rows).reduce((a, b) => a + b, 0),
      action: 'erase'
    })
  return { subject: id, complete: receipts.every(r => r.ok), regions: receipts }
}

/** Runs every generated retention function where its table lives (home for global tables: deletes replicate). */
export async function runRetention(caller: Caller): Promise<Receipt['regions']> {
  if (caller.connections.retention) return caller.connections.retention(caller.map)
  const { ident } = dialect(caller)
  const work = new Map<string, [string, string][]>()
  for (const [name, table] of Object.entries(caller.map.tables)) {
    if (!table.retentionFunction) continue
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
              []
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
