import type { YamlPath } from '../manifest/yaml-source.js'
import {
  REGION_COLUMN,
  columnsIn,
  isClassified,
  region,
  subscribers,
  tableReaders
} from './model.js'
import type { DataModel } from './model.js'
import { ROW_POLICY, compilable, objectTag, publicationName, subscriptionName } from './postgres.js'

/** What a region's PostgreSQL catalog must show after migrate: read back by the verifier. */
export interface ExpectedCatalog {
  /** Manifest tables and whether they may exist here. */
  tables: {
    name: string
    /** The manifest entry, for findings: spec.data.tables.<name>. */
    path: YamlPath
    present: boolean
    columns: string[]
    /** Manifest columns that must not exist here (kept home on a global table's replica). */
    absentColumns: string[]
    /** By-row tables: row security on and forced, and this policy expression the only one. */
    rowPolicy?: { name: string; using: string }
    /** Per reader role, the columns it may SELECT; every other manifest column is denied. */
    readers: { role: string; columns: string[] }[]
    /** Roles other than the owner that may hold SELECT at all: the readers and the replication role. */
    selectRoles: string[]
  }[]
  publications: { name: string; table: string; columns: string[]; path: YamlPath }[]
  subscriptions: { name: string; table: string; home: string; path: YamlPath }[]
  /** The comment that marks this service's publications and subscriptions. */
  tag: string
}

export function expectedCatalog(model: DataModel, here: string): ExpectedCatalog {
  const replication = region(model, here)?.replication?.user
  const tables = model.tables.filter(compilable).map(t => {
    const present = t.placement.includes(here)
    const columns = present ? columnsIn(model, t, here) : []
    const names = columns.map(c => c.name)
    const readers = present ? tableReaders(t) : []
    const publishes = t.home === here && subscribers(t).length > 0
    return {
      name: t.name,
      path: t.path,
      present,
      columns: names,
      absentColumns: present ? t.columns.map(c => c.name).filter(c => !names.includes(c)) : [],
      ...(present && t.locality === 'by-row'
        ? {
            rowPolicy: {
              name: ROW_POLICY,
              using: `(${REGION_COLUMN} = '${here.replaceAll("'", "''")}'::text)`
            }
          }
        : {}),
      readers: readers.map(role => ({
        role,
        columns: columns.filter(c => !isClassified(c) || c.readers.includes(role)).map(c => c.name)
      })),
      selectRoles: publishes && replication !== undefined ? [...readers, replication] : readers
    }
  })
  const publications = model.tables
    .filter(t => compilable(t) && t.home === here)
    .flatMap(t =>
      subscribers(t).map(s => ({
        name: publicationName(t, s),
        table: t.name,
        columns: columnsIn(model, t, s).map(c => c.name),
        path: [...t.path, 'locality']
      }))
    )
  const subscriptions = model.tables
    .filter(t => compilable(t) && subscribers(t).includes(here))
    .map(t => ({
      name: subscriptionName(model, t, here),
      table: t.name,
      home: t.home,
      path: [...t.path, 'locality']
    }))
  return { tables, publications, subscriptions, tag: objectTag(model) }
}
