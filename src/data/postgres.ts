import { migration, sha256 } from './migration.js'
import type { Migration } from './migration.js'
import {
  REGION_COLUMN,
  classifiedJurisdictions,
  columnsIn,
  isClassified,
  subscribers,
  tableReaders
} from './model.js'
import type { DataColumn, DataModel, DataTable } from './model.js'
import { NO_TRANSACTION_MARKER, ident, isSafeType, literal } from './sql.js'

/** PostgreSQL truncates names past 63 bytes; long generated names keep a hash so they stay distinct. */
export function objectName(...parts: string[]): string {
  const name = parts.join('_').replace(/[^a-z0-9_]/g, '_')
  return name.length <= 63 ? name : `${name.slice(0, 54)}_${sha256(name).slice(0, 8)}`
}

export function publicationName(table: DataTable, subscriber: string): string {
  return objectName('mr', table.name, 'to', subscriber)
}

/** Replication slots take the subscription's name and are per publisher cluster, which several services may share. */
export function subscriptionName(model: DataModel, table: DataTable, subscriber: string): string {
  return objectName('mr', model.service, table.name, table.home, 'to', subscriber)
}

export const RETENTION_FUNCTION_PREFIX = 'mr_retention_'

/**
 * Stands where a subscription's connection string goes. The URL is a secret,
 * so the plan and the history hold this literal and the runner swaps in the
 * publisher's URL when it executes the statement.
 */
export function publisherPlaceholder(region: string): string {
  return literal(`multiregion:publisher=${region}`)
}
export const PUBLISHER_PLACEHOLDER = /'multiregion:publisher=([a-z0-9-]+)'/g

/** The timestamp a retention job compares against: created_at, else the first timestamp column. */
export function retentionColumn(table: DataTable): DataColumn | undefined {
  const stamps = table.columns.filter(c => /^timestamp/i.test(c.type))
  return stamps.find(c => c.name === 'created_at') ?? stamps[0]
}

/** Whether every name and type in the table is safe to compile; the lint reports the rest. */
export function compilable(table: DataTable): boolean {
  return table.columns.every(c => isSafeType(c.type))
}

function columnDefinition(c: DataColumn): string {
  return `${ident(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`
}

function createTable(table: DataTable, columns: DataColumn[]): string[] {
  const keys = columns.filter(c => c.primaryKey)
  const rest = columns.filter(c => !c.primaryKey)
  const lines = columns.map(c => `  ${columnDefinition(c)}`)
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.map(c => ident(c.name)).join(', ')})`)
  return [
    `CREATE TABLE IF NOT EXISTS ${ident(table.name)} (\n${lines.join(',\n')}\n);`,
    // A column added to the manifest later reaches tables created before it.
    ...(rest.length > 0
      ? [
          `ALTER TABLE ${ident(table.name)}\n${rest.map(c => `  ADD COLUMN IF NOT EXISTS ${columnDefinition(c)}`).join(',\n')};`
        ]
      : [])
  ]
}

function ensureRole(role: string): string {
  return `DO $mr$ BEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${literal(role)}) THEN\n    CREATE ROLE ${ident(role)} NOLOGIN;\n  END IF;\nEND $mr$;`
}

function grants(table: DataTable, columns: DataColumn[]): string[] {
  const t = ident(table.name)
  const readers = tableReaders(table)
  // A table-level SELECT would override every column restriction, so start from none.
  const out = [`REVOKE ALL ON TABLE ${t} FROM PUBLIC;`]
  for (const role of readers) {
    out.push(`REVOKE ALL ON TABLE ${t} FROM ${ident(role)};`)
    const readable = columns.filter(c => !isClassified(c) || c.readers.includes(role))
    if (readable.length > 0)
      out.push(
        `GRANT SELECT (${readable.map(c => ident(c.name)).join(', ')}) ON TABLE ${t} TO ${ident(role)};`
      )
  }
  return out
}

function rowSecurity(table: DataTable, regionName: string): string[] {
  const t = ident(table.name)
  const policy = ident('multiregion_rows_in_region')
  const here = `${ident(REGION_COLUMN)} = ${literal(regionName)}`
  return [
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`,
    // FORCE binds the table owner too, so an application connecting as owner cannot store another region's rows.
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`,
    `DROP POLICY IF EXISTS ${policy} ON ${t};`,
    `CREATE POLICY ${policy} ON ${t} AS PERMISSIVE FOR ALL TO PUBLIC USING (${here}) WITH CHECK (${here});`
  ]
}

function comments(model: DataModel, table: DataTable, columns: DataColumn[]): string[] {
  const about: Record<string, unknown> = {
    multiregion: {
      home: table.home,
      locality: table.locality,
      ...(table.residency ? { residency: table.residency } : {}),
      ...(table.retention ? { retention: table.retention } : {})
    }
  }
  const out = [`COMMENT ON TABLE ${ident(table.name)} IS ${literal(JSON.stringify(about))};`]
  for (const c of columns.filter(isClassified)) {
    const tag = {
      fides: c.category,
      readers: c.readers,
      residency: classifiedJurisdictions(model, table)
    }
    out.push(
      `COMMENT ON COLUMN ${ident(table.name)}.${ident(c.name)} IS ${literal(JSON.stringify(tag))};`
    )
  }
  return out
}

function retentionJob(table: DataTable): string[] {
  const column = retentionColumn(table)
  if (table.retentionSeconds === undefined || column === undefined) return []
  const fn = ident(objectName(RETENTION_FUNCTION_PREFIX + table.name))
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS bigint LANGUAGE sql AS $mr$\n  WITH gone AS (\n    DELETE FROM ${ident(table.name)}\n    WHERE ${ident(column.name)} < now() - interval ${literal(`${table.retentionSeconds} seconds`)}\n    RETURNING 1\n  )\n  SELECT count(*) FROM gone\n$mr$;`,
    `COMMENT ON FUNCTION ${fn}() IS ${literal(`multiregion retention job for ${table.name} (${table.retention}): deletes rows older than that and returns how many. Schedule it daily, for example with pg_cron: SELECT cron.schedule('${table.name}-retention', '@daily', 'SELECT ${objectName(RETENTION_FUNCTION_PREFIX + table.name)}()').`)};`
  ]
}

function publication(model: DataModel, table: DataTable, subscriber: string): string {
  const name = publicationName(table, subscriber)
  const list = `${ident(table.name)} (${columnsIn(model, table, subscriber)
    .map(c => ident(c.name))
    .join(', ')})`
  return `DO $mr$ BEGIN\n  IF EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = ${literal(name)}) THEN\n    ALTER PUBLICATION ${ident(name)} SET TABLE ${list};\n  ELSE\n    CREATE PUBLICATION ${ident(name)} FOR TABLE ${list};\n  END IF;\nEND $mr$;`
}

function file(model: DataModel, regionName: string, title: string, body: string[]): string {
  return `-- Generated by multiregion for ${model.service} in region ${regionName}: ${title}.\n-- Do not edit: change multiregion.yaml and plan again.\n\n${body.join('\n\n')}\n`
}

/**
 * The generated migrations of one region, in the order they run: tables,
 * then privileges, row security, comments and retention, then the
 * publications this region serves, then its subscriptions.
 */
export function compilePostgres(model: DataModel, regionName: string): Migration[] {
  const here = model.tables.filter(t => t.placement.includes(regionName) && compilable(t))
  const out: Migration[] = []
  const add = (n: string, title: string, body: string[], marker = false) => {
    if (body.length === 0) return
    const sql = file(model, regionName, title, marker ? [NO_TRANSACTION_MARKER, ...body] : body)
    out.push(migration(`multiregion/${n}`, 'generated', `generated/${regionName}/${n}.sql`, sql))
  }
  add(
    '01_tables',
    'tables whose rows may live here',
    here.flatMap(t => createTable(t, columnsIn(model, t, regionName)))
  )
  const roles = [...new Set(here.flatMap(tableReaders))].sort()
  add('02_policy', 'column privileges, row security, classification and retention', [
    ...roles.map(ensureRole),
    ...here.flatMap(t => {
      const columns = columnsIn(model, t, regionName)
      return [
        ...grants(t, columns),
        ...(t.locality === 'by-row' ? rowSecurity(t, regionName) : []),
        ...comments(model, t, columns),
        ...retentionJob(t)
      ]
    })
  ])
  add(
    '03_publications',
    'publications of the global tables homed here, with column lists',
    here
      .filter(t => t.home === regionName)
      .flatMap(t => subscribers(t).map(s => publication(model, t, s)))
  )
  // A file per subscription: CREATE SUBSCRIPTION cannot be made idempotent, so a new global
  // table adds a file rather than changing one that has already run.
  for (const t of here.filter(t => t.locality === 'global' && t.home !== regionName))
    add(
      `04_subscription_${t.name}`,
      `subscription to ${t.name} from ${t.home} (CREATE SUBSCRIPTION cannot run in a transaction)`,
      [
        `CREATE SUBSCRIPTION ${ident(subscriptionName(model, t, regionName))}\n  CONNECTION ${publisherPlaceholder(t.home)}\n  PUBLICATION ${ident(publicationName(t, regionName))};`
      ],
      true
    )
  return out
}
