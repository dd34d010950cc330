import { migration } from './migration.js'
import type { Migration } from './migration.js'
import { REGION_COLUMN, isClassified, region, regionOrder, tableReaders } from './model.js'
import type { DataColumn, DataModel, DataTable } from './model.js'
import { compilable, nullified, retentionColumn } from './postgres.js'
import { backquote, literal } from './sql.js'

const TYPES: [RegExp, string][] = [
  [/^(text|varchar|character varying|citext)(\(\d+\))?$/i, 'STRING(MAX)'],
  [/^uuid$/i, 'STRING(36)'],
  [/^(bigint|int8|integer|int|int4|smallint|int2)$/i, 'INT64'],
  [/^(timestamptz|timestamp|timestamp with time zone)$/i, 'TIMESTAMP'],
  [/^(boolean|bool)$/i, 'BOOL'],
  [/^(numeric|decimal)(\(\d+( ?, ?\d+)?\))?$/i, 'NUMERIC'],
  [/^(double precision|float8|real|float4)$/i, 'FLOAT64'],
  [/^(json|jsonb)$/i, 'JSON'],
  [/^date$/i, 'DATE'],
  [/^bytea$/i, 'BYTES(MAX)']
]

/** The manifest speaks PostgreSQL types; Spanner's GoogleSQL has its own names. */
export function spannerType(type: string): string {
  return TYPES.find(([pattern]) => pattern.test(type))?.[1] ?? type.toUpperCase()
}

/** Placement names are identifiers, so a region's hyphens become underscores: us-east is placed in us_east. */
export function placementName(regionName: string): string {
  return regionName.replaceAll('-', '_')
}

/** The row deletion policy a table's retention compiles to: rows older than whole days by its timestamp column. */
export function rowDeletionPolicy(t: DataTable): { column: string; days: number } | undefined {
  const column = retentionColumn(t)
  if (t.retentionSeconds === undefined || !column) return undefined
  return { column: column.name, days: Math.ceil(t.retentionSeconds / 86400) }
}

function table(t: DataTable): string {
  const lines = t.columns.map(
    (c: DataColumn) =>
      `  ${backquote(c.name)} ${spannerType(c.type)}${c.nullable ? '' : ' NOT NULL'}${t.locality === 'by-row' && c.name === REGION_COLUMN ? ' PLACEMENT KEY' : ''}`
  )
  if (t.locality === 'by-row')
    // Spanner places a row by the placement its key column names; any other value would land in the default placement.
    lines.push(
      `  CONSTRAINT ${backquote(`${t.name}_region_is_placement`)} CHECK (${backquote(REGION_COLUMN)} IN (${t.placement.map(r => literal(placementName(r))).join(', ')}))`
    )
  const keys = t.columns.filter(c => c.primaryKey).map(c => backquote(c.name))
  const policy = rowDeletionPolicy(t)
  const deletion = policy
    ? `,\n  ROW DELETION POLICY (OLDER_THAN(${backquote(policy.column)}, INTERVAL ${policy.days} DAY))`
    : ''
  const classified = t.columns
    .filter(isClassified)
    .map(c => `-- ${t.name}.${c.name}: ${c.category}, readers ${c.readers.join(', ') || 'none'}\n`)
    .join('')
  return `${classified}CREATE TABLE ${backquote(t.name)} (\n${lines.join(',\n')}\n) PRIMARY KEY (${keys.join(', ')})${deletion};`
}

/**
 * One schema for the database in its multi-region instance config: the
 * default leader in the first region to migrate, placements for by-row
 * tables, fine-grained access control with column-level SELECT and row
 * deletion policies. Residency itself is the instance config's job: pick
 * one whose replicas all sit in the allowed geography.
 */
export function compileSpanner(model: DataModel): Migration {
  const db = backquote(model.service)
  const leader = regionOrder(model)[0]
  const body: string[] = []
  if (leader !== undefined)
    body.push(
      `ALTER DATABASE ${db} SET OPTIONS (default_leader = ${literal(region(model, leader)!.location)});`
    )
  const byRow = model.tables.filter(t => t.locality === 'by-row' && compilable(t))
  if (byRow.length > 0) {
    // Placement keys are fixed at table creation and need routing metadata set before any placement.
    body.push(`ALTER DATABASE ${db} SET OPTIONS (per_placement_routing_metadata = TRUE);`)
    const placed = [...new Set(byRow.flatMap(t => t.placement))]
    for (const r of model.regions.filter(r => placed.includes(r.name)))
      body.push(
        `CREATE PLACEMENT ${backquote(placementName(r.name))} OPTIONS (instance_partition=${literal(`${r.name}-partition`)}, default_leader=${literal(r.location)});`
      )
  }
  const subjectRoles = model.tables.some(t => t.subject) ? (model.subjectRoles ?? []) : []
  const roles = [...new Set([...model.tables.flatMap(tableReaders), ...subjectRoles])].sort()
  body.push(...roles.map(r => `CREATE ROLE ${backquote(r)};`))
  for (const t of model.tables.filter(compilable)) {
    body.push(table(t))
    const name = backquote(t.name)
    for (const role of tableReaders(t)) {
      const visible = t.columns.filter(c => !isClassified(c) || c.readers.includes(role))
      body.push(
        `GRANT SELECT(${visible.map(c => backquote(c.name)).join(', ')}) ON TABLE ${name} TO ROLE ${backquote(role)};`
      )
    }
    // multiregion/data opens each session with the caller's database role, so these grants are what a write is checked against.
    for (const role of t.writers ?? [])
      body.push(`GRANT INSERT, UPDATE, DELETE ON TABLE ${name} TO ROLE ${backquote(role)};`)
    if (t.subject)
      for (const role of subjectRoles) {
        // Erasure needs DELETE, or UPDATE of the columns nullify clears, and nothing more.
        const cleared = nullified(t)
        if (t.subject.erase !== 'nullify')
          body.push(`GRANT DELETE ON TABLE ${name} TO ROLE ${backquote(role)};`)
        else if (cleared.length > 0)
          body.push(
            `GRANT UPDATE(${cleared.map(backquote).join(', ')}) ON TABLE ${name} TO ROLE ${backquote(role)};`
          )
      }
  }
  const sql = `-- Generated by multiregion for ${model.service} (spanner, GoogleSQL DDL).\n-- Do not edit: change multiregion.yaml and plan again.\n\n${body.join('\n\n')}\n`
  return migration('multiregion/01_schema', 'generated', 'generated/spanner/01_schema.sql', sql)
}
