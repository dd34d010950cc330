import { columnsIn, isClassified, subscribers, tableReaders } from './model.js'
import type { DataModel } from './model.js'
import { compilable, publicationName } from './postgres.js'

/** What a region's PostgreSQL catalog must show after migrate: read back by the verifier. */
export interface ExpectedCatalog {
  /** Manifest tables and whether they may exist here. */
  tables: {
    name: string
    present: boolean
    columns: string[]
    /** Manifest columns that must not exist here (kept home on a global table's replica). */
    absentColumns: string[]
    rowSecurity: boolean
    /** Per reader role, the columns it may SELECT; every other manifest column is denied. */
    readers: { role: string; columns: string[] }[]
  }[]
  publications: { name: string; table: string; columns: string[] }[]
}

export function expectedCatalog(model: DataModel, region: string): ExpectedCatalog {
  const tables = model.tables.filter(compilable).map(t => {
    const present = t.placement.includes(region)
    const columns = present ? columnsIn(model, t, region) : []
    const names = columns.map(c => c.name)
    return {
      name: t.name,
      present,
      columns: names,
      absentColumns: present ? t.columns.map(c => c.name).filter(c => !names.includes(c)) : [],
      rowSecurity: present && t.locality === 'by-row',
      readers: present
        ? tableReaders(t).map(role => ({
            role,
            columns: columns
              .filter(c => !isClassified(c) || c.readers.includes(role))
              .map(c => c.name)
          }))
        : []
    }
  })
  const publications = model.tables
    .filter(t => compilable(t) && t.home === region)
    .flatMap(t =>
      subscribers(t).map(s => ({
        name: publicationName(t, s),
        table: t.name,
        columns: columnsIn(model, t, s).map(c => c.name)
      }))
    )
  return { tables, publications }
}
