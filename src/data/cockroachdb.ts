import { migration } from './migration.js'
import type { Migration } from './migration.js'
import { REGION_COLUMN, isClassified, region, regionOrder, tableReaders } from './model.js'
import type { DataColumn, DataModel, DataTable } from './model.js'
import { compilable, objectName, retentionColumn } from './postgres.js'
import { NO_TRANSACTION_MARKER, ident, literal } from './sql.js'

/** CockroachDB regions are the cluster's localities: the platform's cloud location of each region. */
function location(model: DataModel, name: string): string {
  return region(model, name)?.location ?? name
}

/** The hidden computed column REGIONAL BY ROW places rows by, derived from the manifest's region column. */
const PLACEMENT_COLUMN = 'mr_region'

function columns(model: DataModel, table: DataTable): string[] {
  const lines = table.columns.map(
    (c: DataColumn) => `  ${ident(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`
  )
  if (table.locality === 'by-row') {
    const cases = table.placement
      .map(r => `WHEN ${literal(r)} THEN ${literal(location(model, r))}`)
      .join(' ')
    lines.push(
      `  ${ident(PLACEMENT_COLUMN)} crdb_internal_region NOT VISIBLE NOT NULL AS (CASE ${ident(REGION_COLUMN)} ${cases} END) STORED`
    )
  }
  const keys = table.columns.filter(c => c.primaryKey)
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.map(c => ident(c.name)).join(', ')})`)
  return lines
}

function locality(model: DataModel, table: DataTable): string {
  if (table.locality === 'global') return 'LOCALITY GLOBAL'
  if (table.locality === 'by-row') return `LOCALITY REGIONAL BY ROW AS ${ident(PLACEMENT_COLUMN)}`
  return `LOCALITY REGIONAL BY TABLE IN ${ident(location(model, table.home))}`
}

function ttl(table: DataTable): string {
  const column = retentionColumn(table)
  if (table.retentionSeconds === undefined || !column) return ''
  const expression = `${ident(column.name)} + INTERVAL '${table.retentionSeconds} seconds'`
  return ` WITH (ttl_expiration_expression = ${literal(expression)}, ttl_job_cron = '@daily')`
}

/** CockroachDB has no column GRANT (cockroach#72766), so each reader gets a view of the columns it may read. */
function readerViews(table: DataTable): string[] {
  const t = ident(table.name)
  const out = [`REVOKE ALL ON TABLE ${t} FROM public;`]
  for (const role of tableReaders(table)) {
    const view = ident(objectName(table.name, 'for', role))
    const visible = table.columns.filter(c => !isClassified(c) || c.readers.includes(role))
    out.push(
      `REVOKE ALL ON TABLE ${t} FROM ${ident(role)};`,
      `CREATE OR REPLACE VIEW ${view} AS SELECT ${visible.map(c => ident(c.name)).join(', ')} FROM ${t};`,
      `GRANT SELECT ON TABLE ${view} TO ${ident(role)};`
    )
  }
  return out
}

/**
 * One schema for the whole multi-region cluster: database regions, a super
 * region per jurisdiction that residency names, and each table's locality,
 * TTL, reader views and classification comments.
 */
export function compileCockroach(model: DataModel): Migration {
  const db = ident(model.service)
  const [primary, ...others] = regionOrder(model)
  // Region and locality changes are schema jobs that CockroachDB will not batch into one transaction.
  const body: string[] = [NO_TRANSACTION_MARKER]
  if (primary !== undefined) {
    body.push(`ALTER DATABASE ${db} SET PRIMARY REGION ${ident(location(model, primary))};`)
    for (const r of others)
      body.push(`ALTER DATABASE ${db} ADD REGION IF NOT EXISTS ${ident(location(model, r))};`)
  }
  if (model.tables.some(t => t.locality !== 'global' && t.columns.some(isClassified))) {
    // Regional and by-row data keep every replica, non-voting ones included, in their home region
    // (data-domiciling docs). PLACEMENT RESTRICTED can be run again, unlike ADD SUPER REGION, which
    // has no IF NOT EXISTS form; it needs zone survival. GLOBAL tables ignore it: the lint refuses
    // residency and personal data on them.
    body.push(
      `SET enable_multiregion_placement_policy = 'on';`,
      `ALTER DATABASE ${db} SURVIVE ZONE FAILURE;`,
      `ALTER DATABASE ${db} PLACEMENT RESTRICTED;`
    )
  }
  const roles = [...new Set(model.tables.flatMap(tableReaders))].sort()
  body.push(...roles.map(r => `CREATE ROLE IF NOT EXISTS ${ident(r)};`))
  for (const table of model.tables.filter(compilable)) {
    body.push(
      `CREATE TABLE IF NOT EXISTS ${ident(table.name)} (\n${columns(model, table).join(',\n')}\n) ${locality(model, table)}${ttl(table)};`,
      // A table created under another locality takes the manifest's on the next run.
      ...(table.locality === 'by-row'
        ? [
            `ALTER TABLE ${ident(table.name)} ADD COLUMN IF NOT EXISTS ${columns(model, table)
              .find(l => l.includes(ident(PLACEMENT_COLUMN)))!
              .trim()};`
          ]
        : []),
      `ALTER TABLE ${ident(table.name)} SET ${locality(model, table)};`,
      ...readerViews(table),
      ...table.columns
        .filter(isClassified)
        .map(
          c =>
            `COMMENT ON COLUMN ${ident(table.name)}.${ident(c.name)} IS ${literal(JSON.stringify({ fides: c.category, readers: c.readers }))};`
        )
    )
  }
  const sql = `-- Generated by multiregion for ${model.service} (cockroachdb, one multi-region cluster).\n-- Do not edit: change multiregion.yaml and plan again.\n\n${body.join('\n\n')}\n`
  return migration('multiregion/01_schema', 'generated', 'generated/cockroachdb/01_schema.sql', sql)
}
