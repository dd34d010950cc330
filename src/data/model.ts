import { parseDuration } from '../schema/formats.js'
import type { Platform, Service } from '../manifest/model.js'
import type { YamlPath } from '../manifest/yaml-source.js'
import type { ComplianceRule } from '../schema/generated.js'

export type Engine = 'postgres' | 'cockroachdb' | 'spanner' | 'cassandra'
export type Locality = 'regional' | 'global' | 'by-row'

export interface DataColumn {
  name: string
  type: string
  primaryKey: boolean
  nullable: boolean
  category?: string
  readers: string[]
}

export interface DataTable {
  name: string
  home: string
  locality: Locality
  /** Jurisdictions the rows may be stored in; absent means anywhere. */
  residency?: string[]
  /** Jurisdictions outside residency that may read the rows remotely: declared transfers. */
  transfers?: string[]
  /** Roles that may insert, update and delete rows. */
  writers?: string[]
  retention?: string
  retentionSeconds?: number
  columns: DataColumn[]
  /** The column naming the person a row is about, for data subject export and erasure. */
  subject?: { column: string; erase: 'delete' | 'nullify' }
  /** The regions the table exists in: where its rows may live, in service order. */
  placement: string[]
  path: YamlPath
}

export interface DataRegion {
  name: string
  jurisdiction: string
  location: string
  /** The environment variable that holds the region's database URL. */
  secret?: string
  /** PostgreSQL: the role subscribers log in as here, and the password file this region's subscriptions read. */
  replication?: { user?: string; passfile?: string }
}

/** The manifest's data block joined with the platform's regions: what every compiler and rule reads. */
export interface DataModel {
  service: string
  engine: Engine
  regions: DataRegion[]
  tables: DataTable[]
  compliance: string[]
  /** The platform's spec.complianceRules. */
  customRules: ComplianceRule[]
  /** Jurisdictions the platform gives a cluster of their own on a spanning engine (spec.databaseClusterWithin). */
  clusterWithin?: string[]
  /** engine spanner: the platform's instance (spec.spanner); the database is named after the service. */
  spanner?: { project: string; instance: string }
  /** Roles that may run data subject export and erasure (spec.data.subjectRequests.roles). */
  subjectRoles?: string[]
}

/** The table every region keeps its data subject requests in, created by the generated migrations. */
export const SUBJECT_REQUESTS_TABLE = 'multiregion_subject_requests'

/** The column that places a by-row table's rows. */
export const REGION_COLUMN = 'region'

export function isClassified(column: DataColumn): boolean {
  return column.category !== undefined
}

/** Fides categories under user.* describe a person: personal data in GDPR's and PIPL's sense. */
export function isPersonal(column: DataColumn): boolean {
  return column.category?.startsWith('user.') ?? false
}

export function region(model: DataModel, name: string): DataRegion | undefined {
  return model.regions.find(r => r.name === name)
}

function jurisdictionOf(model: DataModel, name: string): string | undefined {
  return region(model, name)?.jurisdiction
}

/**
 * Where a classified column of the table may be stored: the declared
 * residency, or the home region's jurisdiction when none is declared. With
 * PIPL enabled, data homed in CN stays in CN whatever the residency says.
 */
export function classifiedJurisdictions(model: DataModel, table: DataTable): string[] {
  const home = jurisdictionOf(model, table.home)
  if (home === 'CN' && model.compliance.includes('pipl')) return ['CN']
  return table.residency ?? (home === undefined ? [] : [home])
}

/** Whether a column's values may be copied into a region. */
export function mayLeaveTo(
  model: DataModel,
  table: DataTable,
  column: DataColumn,
  to: string
): boolean {
  if (!isClassified(column)) return true
  const jurisdiction = jurisdictionOf(model, to)
  return jurisdiction !== undefined && classifiedJurisdictions(model, table).includes(jurisdiction)
}

/** The columns a region holds: all of them at home, only those allowed to leave on a global table's replicas. */
export function columnsIn(model: DataModel, table: DataTable, regionName: string): DataColumn[] {
  if (table.locality !== 'global' || regionName === table.home) return table.columns
  return table.columns.filter(c => mayLeaveTo(model, table, c, regionName))
}

/** Every role that reads some column of the table or writes it: they all read its unclassified columns. */
export function tableReaders(table: DataTable): string[] {
  return [...new Set([...table.columns.flatMap(c => c.readers), ...(table.writers ?? [])])].sort()
}

/** A global table's replicas: every placed region but home. */
export function subscribers(table: DataTable): string[] {
  return table.locality === 'global' ? table.placement.filter(r => r !== table.home) : []
}

function placement(model: Omit<DataModel, 'tables'>, table: Omit<DataTable, 'placement'>) {
  const allowed = (name: string) => {
    const jurisdiction = model.regions.find(r => r.name === name)?.jurisdiction
    return (
      table.residency === undefined ||
      (jurisdiction !== undefined && table.residency.includes(jurisdiction))
    )
  }
  const candidates = table.locality === 'regional' ? [table.home] : model.regions.map(r => r.name)
  return candidates.filter(allowed)
}

/** Builds the data model; undefined when the manifest has no data block. */
export function dataModel(service: Service, platform: Platform): DataModel | undefined {
  const data = service.data
  if (!data) return undefined
  const base = {
    service: service.name,
    engine: data.engine,
    compliance: [...platform.compliance].sort(),
    customRules: [...(platform.raw.spec.complianceRules ?? [])],
    ...(platform.raw.spec.databaseClusterWithin
      ? { clusterWithin: [...platform.raw.spec.databaseClusterWithin] }
      : {}),
    ...(platform.raw.spec.spanner ? { spanner: { ...platform.raw.spec.spanner } } : {}),
    subjectRoles: [...(data.subjectRequests?.roles ?? [])].sort(),
    regions: service.regions
      .filter(name => platform.regions[name])
      .map(name => {
        const spec = platform.regions[name]!
        const r: DataRegion = { name, jurisdiction: spec.jurisdiction, location: spec.location }
        if (spec.database?.secret !== undefined) r.secret = spec.database.secret
        if (spec.database?.replication !== undefined)
          r.replication = { ...spec.database.replication }
        return r
      })
  }
  const tables = Object.entries(data.tables ?? {}).map(([name, spec]) => {
    const columns = Object.entries(spec.columns ?? {}).map(([columnName, c]) => {
      // A subject request looks rows up by the subject column, and PostgreSQL needs SELECT on what a WHERE reads.
      const asksBy = spec.subject?.column === columnName ? base.subjectRoles : []
      const column: DataColumn = {
        name: columnName,
        type: c.type,
        primaryKey: c.primaryKey ?? false,
        nullable: c.nullable ?? !(c.primaryKey ?? false),
        readers: [...new Set([...(c.readers ?? []), ...asksBy])]
      }
      if (c.category !== undefined) column.category = c.category
      return column
    })
    const table: Omit<DataTable, 'placement'> = {
      name,
      home: spec.home,
      locality: spec.locality ?? 'regional',
      columns,
      writers: [...(spec.writers ?? [])],
      path: ['spec', 'data', 'tables', name]
    }
    if (spec.residency !== undefined) table.residency = [...spec.residency]
    if (spec.transfers !== undefined) table.transfers = [...spec.transfers]
    if (spec.subject !== undefined)
      table.subject = { column: spec.subject.column, erase: spec.subject.erase ?? 'delete' }
    if (spec.retention !== undefined) {
      table.retention = spec.retention
      const seconds = parseDuration(spec.retention)
      if (seconds !== undefined) table.retentionSeconds = seconds
    }
    return { ...table, placement: placement(base, table) }
  })
  return { ...base, tables }
}

/**
 * The order regions are migrated in: publishers of global tables first (a
 * subscription needs its publication), then the other home regions, then the rest.
 */
export function regionOrder(model: DataModel): string[] {
  const rank = (name: string) =>
    model.tables.some(t => t.home === name && subscribers(t).length > 0)
      ? 0
      : model.tables.some(t => t.home === name)
        ? 1
        : 2
  return model.regions
    .map((r, i) => ({ name: r.name, rank: rank(r.name), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(r => r.name)
}
