import { jsonFile, renderConfigMap } from '../gitops/config-map.js'
import { GENERATED_FILES } from '../gitops/layout.js'
import { REGION_COLUMN, columnsIn, isClassified, isPersonal, subscribers } from './model.js'
import type { DataModel, DataTable, Locality } from './model.js'
import { RETENTION_FUNCTION_PREFIX, objectName, retentionColumn } from './postgres.js'
import { placementName, rowDeletionPolicy } from './spanner.js'

/** The file of a region's folder that holds its data map, as a ConfigMap. */
export const DATA_MAP_FILE = GENERATED_FILES.dataMap

/**
 * The format of data-map.json. Bumped on any change a reader written for the
 * previous version would misread; the data API refuses any other version.
 * Version 2 names each region once (jurisdictions and database secrets as
 * lists and a template, a placement of every region as "*", no search
 * order); version 1 gave every region a record and listed it again in the
 * search order and in each table placed there.
 */
export const DATA_MAP_VERSION = 2

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

/** What multiregion/data works from in one region: where rows live and who reads them (decoded from its DataMapFile). */
export interface DataMap {
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

/** Where a read that may hit several regions looks: here, then the same jurisdiction, then the rest, each in the given order. */
function searchOrder(
  regions: readonly { name: string; jurisdiction: string }[],
  here: string
): string[] {
  const jurisdiction = regions.find(r => r.name === here)?.jurisdiction
  const rank = (name: string, j: string) => (name === here ? 0 : j === jurisdiction ? 1 : 2)
  return regions
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
 * The data map of one region, as the data API reads it: its tables, and of
 * the other regions only those its data API reaches (a table's home, a
 * by-row table's placement). Pure; the plan writes its file (dataMapFile).
 */
export function dataMap(model: DataModel, region: string): DataMap {
  return decodeDataMap(dataMapFile(model, region))
}

/** The regions part of a file: the names, their jurisdictions and database secrets. */
type RegionsPart = Pick<DataMapFile, 'regions' | 'jurisdictions' | 'secret' | 'secrets'>

function regionsPart(regions: readonly DataModel['regions'][number][]): RegionsPart {
  const jurisdictions: Record<string, string[]> = {}
  for (const r of regions) (jurisdictions[r.jurisdiction] ??= []).push(r.name)
  const template = secretTemplate(regions)
  const secrets: Record<string, string> = {}
  for (const r of regions)
    if (r.secret !== undefined && (template === undefined || fill(template, r.name) !== r.secret))
      secrets[r.name] = r.secret
  return {
    regions: regions.map(r => r.name),
    jurisdictions,
    ...(template === undefined ? {} : { secret: template }),
    ...(Object.keys(secrets).length > 0 ? { secrets } : {})
  }
}

/**
 * The regions part of a map reaching every region of the service (a by-row
 * table placed everywhere), the same in every region: built once a model,
 * not once a region, which made planning quadratic in the regions.
 */
const everyRegion = new WeakMap<DataModel, RegionsPart>()

/** The data-map.json of one region, as the plan writes it (DATA_MAP_VERSION). */
export function dataMapFile(model: DataModel, region: string): DataMapFile {
  const here = model.regions.find(r => r.name === region)
  const mapped = model.tables.map(t => mapTable(model, t, region))
  const subjects = subjectRequests(model)
  const reached = new Set([region, ...(subjects ? [subjects.home] : [])])
  for (const t of mapped) {
    reached.add(t.home)
    for (const r of t.placement) reached.add(r)
    for (const r of Object.keys(t.replicas ?? {})) reached.add(r)
  }
  let part: RegionsPart
  if (reached.size === model.regions.length) {
    part = everyRegion.get(model) ?? regionsPart(model.regions)
    everyRegion.set(model, part)
  } else part = regionsPart(model.regions.filter(r => reached.has(r.name)))
  const names = part.regions
  const everywhere = (placement: readonly string[]) =>
    placement.length === names.length && placement.every((r, i) => r === names[i])
  const tables: Record<string, DataMapFileTable> = {}
  model.tables.forEach((t, i) => {
    const m = mapped[i]!
    tables[t.name] = { ...m, placement: everywhere(m.placement) ? '*' : m.placement }
  })
  return {
    mapVersion: DATA_MAP_VERSION,
    service: model.service,
    engine: model.engine,
    region,
    jurisdiction: here?.jurisdiction ?? '',
    ...part,
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

/** A table as data-map.json gives it: a placement of every region of the map is "*". */
export interface DataMapFileTable extends Omit<DataMapTable, 'placement'> {
  placement: string[] | '*'
}

/**
 * What data-map.json holds: a versioned, language-neutral description of
 * where rows live and who reads them, naming each region the data API
 * reaches once. A region's search order is not written: readers derive it
 * (the region itself, its jurisdiction's regions, then the rest, each in the
 * order of `regions`).
 */
export interface DataMapFile {
  mapVersion: typeof DATA_MAP_VERSION
  service: string
  engine: DataModel['engine']
  region: string
  jurisdiction: string
  /** The regions this region's data API reaches, in the manifest's order. */
  regions: string[]
  /** Each jurisdiction's regions of `regions`. */
  jurisdictions: Record<string, string[]>
  /**
   * The environment variable holding every region's database URL, with
   * `{region}` for the region's name or `{REGION}` for it in capitals with _
   * for any other character; absent when not every region has one.
   */
  secret?: string
  /** The variables the template does not give. */
  secrets?: Record<string, string>
  tables: Record<string, DataMapFileTable>
  spanner?: DataMap['spanner']
  subjects?: DataMap['subjects']
}

/** `{REGION}` of a secret template: the name in capitals, any other character as _, as environment variables are spelt. */
const capitals = (region: string) => region.toUpperCase().replace(/[^A-Z0-9]/g, '_')

const fill = (template: string, region: string) =>
  template.replaceAll('{region}', region).replaceAll('{REGION}', capitals(region))

/** The template the regions' secrets follow, guessed from the first region's; each is checked against it. */
function secretTemplate(regions: readonly { name: string; secret?: string }[]): string | undefined {
  const first = regions[0]
  if (first === undefined || regions.some(r => r.secret === undefined)) return undefined
  const secret = first.secret!
  if (secret.includes('{')) return undefined
  if (secret.includes(capitals(first.name)))
    return secret.replaceAll(capitals(first.name), '{REGION}')
  if (secret.includes(first.name)) return secret.replaceAll(first.name, '{region}')
  return undefined
}

/**
 * The data map of a data-map.json of version DATA_MAP_VERSION, its search
 * order derived; a file of another version, or one that does not hold
 * together, is refused with what to do.
 */
export function decodeDataMap(file: DataMapFile): DataMap {
  if (file.mapVersion !== DATA_MAP_VERSION)
    throw new RangeError(
      `the data map is version ${String(file.mapVersion)}, and this library reads version ${DATA_MAP_VERSION}: upgrade multiregion, or plan again with the version this service uses.`
    )
  if (!Array.isArray(file.regions) || typeof file.jurisdictions !== 'object')
    throw new RangeError('the data map has no regions or jurisdictions: pass data-map.json.')
  const jurisdictionOf = new Map<string, string>()
  for (const [jurisdiction, names] of Object.entries(file.jurisdictions))
    for (const name of names) jurisdictionOf.set(name, jurisdiction)
  const regions: Record<string, DataMapRegion> = {}
  for (const name of file.regions) {
    const jurisdiction = jurisdictionOf.get(name)
    if (jurisdiction === undefined)
      throw new RangeError(
        `the data map's region ${name} is in no jurisdiction: pass data-map.json as planned.`
      )
    const secret =
      file.secrets?.[name] ?? (file.secret === undefined ? undefined : fill(file.secret, name))
    regions[name] = {
      jurisdiction,
      ...(secret !== undefined ? { secret } : {}),
      ...(file.engine === 'spanner' ? { placement: placementName(name) } : {})
    }
  }
  const tables: Record<string, DataMapTable> = {}
  for (const [name, t] of Object.entries(file.tables))
    tables[name] = { ...t, placement: t.placement === '*' ? [...file.regions] : t.placement }
  return {
    service: file.service,
    engine: file.engine,
    region: file.region,
    jurisdiction: file.jurisdiction,
    order: searchOrder(
      file.regions.map(name => ({ name, jurisdiction: jurisdictionOf.get(name)! })),
      file.region
    ),
    regions,
    tables,
    ...(file.subjects ? { subjects: file.subjects } : {}),
    ...(file.spanner ? { spanner: file.spanner } : {})
  }
}

/** The data map as the `<service>-data` ConfigMap services mount (key data-map.json). */
export function renderDataMapConfigMap(file: DataMapFile): string {
  return renderConfigMap(
    `Generated by multiregion from ${file.service}'s multiregion.yaml (spec.data); edits here are replaced.`,
    `${file.service}-data`,
    { 'app.kubernetes.io/managed-by': 'multiregion', 'multiregion.dev/region': file.region },
    { 'data-map.json': jsonFile(file) }
  )
}
