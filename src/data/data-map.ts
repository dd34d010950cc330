import { jsonFile, renderConfigMap } from '../gitops/config-map.js'
import { GENERATED_FILES } from '../gitops/layout.js'
import { REGION_COLUMN, columnsIn, isClassified, isPersonal, subscribers } from './model.js'
import type { DataModel, DataTable, Locality } from './model.js'
import { RETENTION_FUNCTION_PREFIX, objectName, retentionColumn } from './postgres.js'
import { placementName, rowDeletionPolicy } from './spanner.js'

/** The file of a region's folder that holds its data map, as a ConfigMap. */
export const DATA_MAP_FILE = GENERATED_FILES.dataMap

/** Bumped on any change a reader written for the previous version would misread. */
export const DATA_MAP_VERSION = 1

export interface DataMapColumn {
  type: string
  primaryKey: boolean
  nullable: boolean
  /** Fides data category; absent for unclassified columns. */
  category?: string
  /** Under Fides' user.*: data about a person. */
  personal: boolean
  /** Roles that may read the column; every role reads an unclassified column. */
  readers: string[]
}

export interface DataMapTable {
  locality: Locality
  home: string
  /** Jurisdictions rows may be stored in; absent means anywhere. */
  jurisdictions?: string[]
  /** Jurisdictions outside `jurisdictions` that may read the rows remotely (declared transfers). */
  transfers?: string[]
  /** Roles that may insert, update and delete; absent means none. */
  writers?: string[]
  /**
   * Regions this region's data API may write a row of it to or read one from:
   * its placement, for a global table only home and this region's replica (every
   * replica where subject requests may be run from here).
   */
  placement: string[]
  key: string[]
  /** by-row tables: the column naming the region a row lives in. */
  regionColumn?: string
  /** The column naming the data subject, for export and erasure. */
  subject?: { column: string; erase: 'delete' | 'nullify' }
  /** global tables: the columns this region's replica holds (a classified column may stay home). */
  replicas?: Record<string, string[]>
  /** The SQL function that deletes rows past retention, in every placed region. */
  retentionFunction?: string
  /** spanner: the row deletion policy the migrations create (rows older than days by column); Spanner deletes them itself. */
  rowDeletion?: { column: string; days: number }
  columns: Record<string, DataMapColumn>
}

export interface DataMapRegion {
  jurisdiction: string
  /** The environment variable holding the region's database URL; never the URL itself. */
  secret?: string
  /** spanner: the placement a by-row row of this region names in its region column. */
  placement?: string
}

/** What multiregion/data reads in one region: a versioned, language-neutral description of where rows live and who reads them. */
export interface DataMap {
  mapVersion: typeof DATA_MAP_VERSION
  service: string
  engine: DataModel['engine']
  /** The region this map is deployed in. */
  region: string
  jurisdiction: string
  /** The regions of `regions` in the order a read that may hit several searches them: here, same jurisdiction, then the rest in the manifest's order. */
  order: string[]
  /** The regions this region's data API reaches: itself, each table's home and placement. */
  regions: Record<string, DataMapRegion>
  tables: Record<string, DataMapTable>
  /** engine spanner: where the one database is; absent when the platform names no instance (spec.spanner). */
  spanner?: { project: string; instance: string; database: string }
  /** Who may run data subject requests, and the region that records them; absent means no one may. */
  subjects?: { roles: string[]; home: string }
}

function searchOrder(model: DataModel, here: string): string[] {
  const jurisdiction = model.regions.find(r => r.name === here)?.jurisdiction
  const rank = (name: string, j: string) => (name === here ? 0 : j === jurisdiction ? 1 : 2)
  return model.regions
    .map((r, i) => ({ name: r.name, rank: rank(r.name, r.jurisdiction), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(r => r.name)
}

/**
 * A table as one region's data API sees it. A global table is read from the
 * region's own replica or from home and written at home, so the map names
 * those two and the columns of this region's replica only; regional and
 * by-row tables keep their whole placement (a by-row search asks every placed
 * region). The map so grows with the regions a table spans, not with every
 * other region's replica.
 */
function mapTable(model: DataModel, table: DataTable, region: string): DataMapTable {
  // A subject request started here must reach, and then check, every copy of a subject's rows.
  const reachesEveryCopy = table.subject !== undefined && subjectRequests(model) !== undefined
  const columns: Record<string, DataMapColumn> = {}
  for (const c of table.columns) {
    columns[c.name] = {
      type: c.type,
      primaryKey: c.primaryKey,
      nullable: c.nullable,
      ...(isClassified(c) ? { category: c.category } : {}),
      personal: isPersonal(c),
      readers: [...c.readers]
    }
  }
  const out: DataMapTable = {
    locality: table.locality,
    home: table.home,
    placement:
      table.locality === 'global' && !reachesEveryCopy
        ? table.placement.filter(r => r === table.home || r === region)
        : [...table.placement],
    key: table.columns.filter(c => c.primaryKey).map(c => c.name),
    columns
  }
  if (table.residency) out.jurisdictions = [...table.residency]
  if (table.transfers) out.transfers = [...table.transfers]
  if (table.writers && table.writers.length > 0) out.writers = [...table.writers]
  const replicas = subscribers(table).filter(r => reachesEveryCopy || r === region)
  if (replicas.length > 0)
    out.replicas = Object.fromEntries(
      replicas.map(r => [r, columnsIn(model, table, r).map(c => c.name)])
    )
  if (table.locality === 'by-row') out.regionColumn = REGION_COLUMN
  if (table.subject) out.subject = { ...table.subject }
  if (model.engine === 'postgres' && table.retentionSeconds !== undefined && retentionColumn(table))
    out.retentionFunction = objectName(RETENTION_FUNCTION_PREFIX + table.name)
  const policy = model.engine === 'spanner' ? rowDeletionPolicy(table) : undefined
  if (policy) out.rowDeletion = policy
  return out
}

/**
 * The data map of one region: its tables, and of the other regions only
 * those its data API reaches (a table's home, a by-row table's placement).
 * Pure: the plan writes it into the region's `<service>-data` ConfigMap.
 */
export function dataMap(model: DataModel, region: string): DataMap {
  const here = model.regions.find(r => r.name === region)
  const tables: Record<string, DataMapTable> = {}
  for (const t of model.tables) tables[t.name] = mapTable(model, t, region)
  const subjects = subjectRequests(model)
  const reached = new Set([
    region,
    ...(subjects ? [subjects.home] : []),
    ...Object.values(tables).flatMap(t => [
      t.home,
      ...t.placement,
      ...Object.keys(t.replicas ?? {})
    ])
  ])
  const regions: Record<string, DataMapRegion> = {}
  for (const r of model.regions)
    if (reached.has(r.name))
      regions[r.name] = {
        jurisdiction: r.jurisdiction,
        ...(r.secret !== undefined ? { secret: r.secret } : {}),
        ...(model.engine === 'spanner' ? { placement: placementName(r.name) } : {})
      }
  return {
    mapVersion: DATA_MAP_VERSION,
    service: model.service,
    engine: model.engine,
    region,
    jurisdiction: here?.jurisdiction ?? '',
    order: searchOrder(model, region).filter(r => reached.has(r)),
    regions,
    tables,
    ...(subjects ? { subjects } : {}),
    ...(model.engine === 'spanner' && model.spanner
      ? { spanner: { ...model.spanner, database: model.service } }
      : {})
  }
}

/**
 * Subject requests are recorded where the subject's own record lives: the
 * home of the table keyed by its subject column, else of the first table with a subject.
 */
function subjectRequests(model: DataModel): DataMap['subjects'] {
  const roles = model.subjectRoles ?? []
  const withSubject = model.tables.filter(t => t.subject)
  if (roles.length === 0 || withSubject.length === 0) return undefined
  const own = withSubject.find(t => {
    const key = t.columns.filter(c => c.primaryKey)
    return key.length === 1 && key[0]!.name === t.subject!.column
  })
  return { roles: [...roles], home: (own ?? withSubject[0]!).home }
}

/** The data map as the `<service>-data` ConfigMap services mount (key data-map.json). */
export function renderDataMapConfigMap(map: DataMap): string {
  return renderConfigMap(
    `Generated by multiregion from ${map.service}'s multiregion.yaml (spec.data); edits here are replaced.`,
    `${map.service}-data`,
    { 'app.kubernetes.io/managed-by': 'multiregion', 'multiregion.dev/region': map.region },
    { 'data-map.json': jsonFile(map) }
  )
}
