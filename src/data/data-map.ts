import { jsonFile, renderConfigMap } from '../gitops/config-map.js'
import { GENERATED_FILES } from '../gitops/layout.js'
import { REGION_COLUMN, columnsIn, isClassified, isPersonal, subscribers } from './model.js'
import type { DataModel, DataTable, Locality } from './model.js'
import { RETENTION_FUNCTION_PREFIX, objectName, retentionColumn } from './postgres.js'

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
  /** Regions the table exists in: the only regions a row of it may be written to or read from. */
  placement: string[]
  key: string[]
  /** by-row tables: the column naming the region a row lives in. */
  regionColumn?: string
  /** The column naming the data subject, for export and erasure. */
  subject?: { column: string; erase: 'delete' | 'nullify' }
  /** global tables: the columns each replica holds (a classified column may stay home). */
  replicas?: Record<string, string[]>
  /** The SQL function that deletes rows past retention, in every placed region. */
  retentionFunction?: string
  columns: Record<string, DataMapColumn>
}

export interface DataMapRegion {
  jurisdiction: string
  /** The environment variable holding the region's database URL; never the URL itself. */
  secret?: string
}

/** What multiregion/data reads in one region: a versioned, language-neutral description of where rows live and who reads them. */
export interface DataMap {
  mapVersion: typeof DATA_MAP_VERSION
  service: string
  engine: DataModel['engine']
  /** The region this map is deployed in. */
  region: string
  jurisdiction: string
  /** Regions in the order a read that may hit several searches them: here, same jurisdiction, then the rest in the manifest's order. */
  order: string[]
  regions: Record<string, DataMapRegion>
  tables: Record<string, DataMapTable>
}

function searchOrder(model: DataModel, here: string): string[] {
  const jurisdiction = model.regions.find(r => r.name === here)?.jurisdiction
  const rank = (name: string, j: string) => (name === here ? 0 : j === jurisdiction ? 1 : 2)
  return model.regions
    .map((r, i) => ({ name: r.name, rank: rank(r.name, r.jurisdiction), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(r => r.name)
}

function mapTable(model: DataModel, table: DataTable): DataMapTable {
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
    placement: [...table.placement],
    key: table.columns.filter(c => c.primaryKey).map(c => c.name),
    columns
  }
  if (table.residency) out.jurisdictions = [...table.residency]
  const replicas = subscribers(table)
  if (replicas.length > 0)
    out.replicas = Object.fromEntries(
      replicas.map(r => [r, columnsIn(model, table, r).map(c => c.name)])
    )
  if (table.locality === 'by-row') out.regionColumn = REGION_COLUMN
  if (table.subject) out.subject = { ...table.subject }
  if (model.engine === 'postgres' && table.retentionSeconds !== undefined && retentionColumn(table))
    out.retentionFunction = objectName(RETENTION_FUNCTION_PREFIX + table.name)
  return out
}

/** The data map of one region. Pure: the plan writes it into the region's `<service>-data` ConfigMap. */
export function dataMap(model: DataModel, region: string): DataMap {
  const here = model.regions.find(r => r.name === region)
  const regions: Record<string, DataMapRegion> = {}
  for (const r of model.regions)
    regions[r.name] = {
      jurisdiction: r.jurisdiction,
      ...(r.secret !== undefined ? { secret: r.secret } : {})
    }
  const tables: Record<string, DataMapTable> = {}
  for (const t of model.tables) tables[t.name] = mapTable(model, t)
  return {
    mapVersion: DATA_MAP_VERSION,
    service: model.service,
    engine: model.engine,
    region,
    jurisdiction: here?.jurisdiction ?? '',
    order: searchOrder(model, region),
    regions,
    tables
  }
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
