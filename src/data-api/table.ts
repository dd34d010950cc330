import type { DataMap, DataMapTable } from '../data/data-map.js'
import { ident } from '../data/sql.js'
import type { AuditSink } from './audit.js'
import type { Connections, Rows } from './connections.js'
import { DataError } from './errors.js'

/** A row as the database returns it. */
export type Row = Record<string, unknown>

export interface WriteResult<R extends Row = Row> {
  /** Regions the statement ran in. */
  regions: string[]
  /** Rows written. */
  count: number
  /** insert: the new row's key (the key columns the role may read). */
  key?: Partial<R>
}

export interface FindOptions {
  /** At most this many rows, 1 to 10,000; default 100. */
  limit?: number
  /** by-row tables: search this region only. */
  region?: string
}

const FIND_OPTIONS = ['limit', 'region']

export interface Table<R extends Row = Row> {
  insert(row: Partial<R>): Promise<WriteResult<R>>
  update(key: Partial<R> | string | number, patch: Partial<R>): Promise<WriteResult<R>>
  delete(key: Partial<R> | string | number): Promise<WriteResult<R>>
  get(key: Partial<R> | string | number): Promise<Partial<R> | undefined>
  find(filter: Partial<R>, options?: FindOptions): Promise<Partial<R>[]>
}

export interface Caller {
  map: DataMap
  region: string
  role: string
  purpose: string
  audit: AuditSink
  /** HMAC of a filter's values for the audit entry. */
  hash: (filter: Row) => string
  connections: Connections
}

const MAX_FIND = 10_000

/** The roles the migrations granted anything on the table: its readers and writers. */
function grantees(table: DataMapTable): Set<string> {
  return new Set([
    ...Object.values(table.columns).flatMap(c => c.readers),
    ...(table.writers ?? [])
  ])
}

/**
 * The columns a role may read, as the migrations granted them: a role named
 * by the table (a reader of some column, or a writer) reads every
 * unclassified column and the classified ones naming it; any other role, none.
 */
export function readable(table: DataMapTable, role: string): string[] {
  if (!grantees(table).has(role)) return []
  return Object.entries(table.columns)
    .filter(([, c]) => c.category === undefined || c.readers.includes(role))
    .map(([name]) => name)
}

/**
 * A read of rows resident in some jurisdictions from a region outside them is
 * a transfer (EDPB Guidelines 05/2021 count remote access as one; PIPL
 * article 38): refused unless the manifest declares it.
 */
export function transferRefusal(map: DataMap, name: string, here: string): DataError | undefined {
  const table = map.tables[name]!
  const jurisdiction = map.regions[here]?.jurisdiction ?? ''
  if (!table.jurisdictions || table.jurisdictions.includes(jurisdiction)) return undefined
  if (table.transfers?.includes(jurisdiction)) return undefined
  return new DataError(
    'transfer',
    `${name}'s rows are resident in ${table.jurisdictions.join(', ')}, and a read from ${here} (${jurisdiction}) would transfer them out: add ${jurisdiction} to spec.data.tables.${name}.transfers in multiregion.yaml once the transfer has its legal basis (EDPB Guidelines 05/2021; PIPL article 38), or read from a region in ${table.jurisdictions.join(', ')}.`,
    here
  )
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i
const INTEGER = /^(smallint|integer|int|int2|int4|int8|bigint|serial|bigserial)$/i

export function tableOf(map: DataMap, name: string): DataMapTable {
  const table = Object.hasOwn(map.tables, name) ? map.tables[name] : undefined
  if (!table)
    throw new DataError(
      'unknown-table',
      `${map.service} has no table ${name} (tables: ${Object.keys(map.tables).join(', ')}); add it to spec.data.tables in multiregion.yaml.`
    )
  return table
}

export function openTable<R extends Row>(caller: Caller, name: string): Table<R> {
  const table = tableOf(caller.map, name)
  const { map, role, connections } = caller
  const t = ident(name)
  const columns = Object.keys(table.columns)
  const canRead = readable(table, role)
  const classifiedRead = canRead.filter(c => table.columns[c]!.category !== undefined)
  const canWrite = (table.writers ?? []).includes(role)

  const checkColumns = (row: Row, what: string) => {
    for (const column of Object.keys(row))
      if (!columns.includes(column))
        throw new DataError(
          'unknown-column',
          `${name} has no column ${column} (in ${what}); its columns are ${columns.join(', ')}.`
        )
  }

  /** The region a row must be stored in; refused before any I/O when the table may not live there. */
  const allowed = (region: string, why: string): string => {
    if (!table.placement.includes(region)) {
      const jurisdiction = map.regions[region]?.jurisdiction
      throw new DataError(
        'residency',
        `${name} may not be stored in ${region}${jurisdiction ? ` (${jurisdiction})` : ''}: ${why}; it may live only in ${table.placement.join(', ') || 'no region'}${table.jurisdictions ? ` (jurisdictions ${table.jurisdictions.join(', ')})` : ''}.`,
        region
      )
    }
    return region
  }

  const rowRegion = (row: Row, what: string): string | undefined => {
    if (!table.regionColumn) return undefined
    const value = row[table.regionColumn]
    if (value === undefined) return undefined
    if (typeof value !== 'string' || !Object.hasOwn(map.regions, value))
      throw new DataError(
        'residency',
        `${name}.${table.regionColumn} in ${what} is ${JSON.stringify(value)}, which is not one of the service's regions (${Object.keys(map.regions).join(', ')}).`
      )
    return allowed(value, `its ${table.regionColumn} column says ${value}`)
  }

  /** Where a write goes: home, or for by-row tables the row's own region. */
  const writeRegions = (row: Row, what: string): string[] => {
    if (table.locality !== 'by-row') return [allowed(table.home, 'it is the home region')]
    const region = rowRegion(row, what)
    return region ? [region] : table.placement.filter(r => allowed(r, 'searched'))
  }

  /** Where a read goes: the local replica of a global table when it holds every column asked for, else home; by-row tables search their placement in the map's order. */
  const readRegions = (row: Row, wanted: string[], what: string): string[] => {
    if (table.locality === 'regional') return [table.home]
    if (table.locality === 'global') {
      const local = table.replicas?.[caller.region]
      return local && wanted.every(c => local.includes(c)) ? [caller.region] : [table.home]
    }
    const region = rowRegion(row, what)
    if (region) return [region]
    return map.order.filter(r => table.placement.includes(r))
  }

  const keyOf = (key: Partial<R> | string | number, what: string): Row => {
    const k: Row =
      typeof key === 'object' && key !== null
        ? { ...key }
        : table.key.length === 1
          ? { [table.key[0]!]: key }
          : {}
    checkColumns(k, what)
    const missing = table.key.filter(c => k[c] === undefined)
    if (table.key.length === 0 || missing.length > 0)
      throw new DataError(
        'bad-key',
        table.key.length === 0
          ? `${name} has no primary key to look rows up by; mark its key columns primaryKey: true.`
          : `${what} needs ${name}'s key ${table.key.join(', ')}; missing ${missing.join(', ')}.`
      )
    return k
  }

  /** A value the column's type cannot take is refused here, so the database never quotes it back in an error. */
  const checkValue = (column: string, value: unknown, what: string) => {
    if (value === null || value === undefined) return
    const type = table.columns[column]!.type
    const bad =
      (type === 'uuid' && !(typeof value === 'string' && UUID.test(value))) ||
      (INTEGER.test(type) &&
        !(
          (typeof value === 'number' && Number.isInteger(value)) ||
          typeof value === 'bigint' ||
          (typeof value === 'string' && /^-?\d+$/.test(value))
        ))
    if (bad)
      throw new DataError(
        'bad-value',
        `${name}.${column} is ${type}, and the value given in ${what} is not one (the value is not repeated here, since it may be personal data).`
      )
  }

  const where = (filter: Row, offset: number, what: string) => {
    const values: unknown[] = []
    const text = Object.keys(filter)
      .map(c => {
        const value = filter[c]
        if (value === null) return `${ident(c)} IS NULL`
        checkValue(c, value, what)
        values.push(value)
        return `${ident(c)} = $${values.length + offset}`
      })
      .join(' AND ')
    return { text: text ? ` WHERE ${text}` : '', values }
  }

  /** PostgreSQL requires SELECT on every column a WHERE reads; so does this library, before any I/O, for reads and writes alike. */
  const refuseHidden = (filter: Row, what: string) => {
    if (canRead.length === 0)
      throw new DataError(
        'not-readable',
        `${role} may not read ${name} at all (in ${what}): name it in a column's readers or in the table's writers in multiregion.yaml.`
      )
    const hidden = Object.keys(filter).filter(c => !canRead.includes(c))
    if (hidden.length > 0)
      throw new DataError(
        'not-readable',
        `${role} may not read ${name}.${hidden.join(`, ${name}.`)}, so it cannot look rows up by ${hidden.length > 1 ? 'them' : 'it'} (in ${what}). Add ${role} to the column's readers in multiregion.yaml.`
      )
  }

  const refuseWrite = (what: string) => {
    if (!canWrite)
      throw new DataError(
        'not-allowed',
        `${role} may not write ${name} (in ${what}): add it to spec.data.tables.${name}.writers in multiregion.yaml.`
      )
  }

  const classified = (filter: Row) =>
    classifiedRead.length > 0 || Object.keys(filter).some(c => table.columns[c]!.category)

  const audit = async (filter: Row, region: string, rows: Rows) => {
    if (!classified(filter)) return
    await caller.audit.write({
      time: new Date().toISOString(),
      role,
      purpose: caller.purpose,
      table: name,
      columns: classifiedRead,
      filter: Object.keys(filter),
      keyHash: caller.hash(filter),
      region,
      rows: rows.length,
      action: 'read'
    })
  }

  const select = canRead.map(ident).join(', ')

  const read = async (filter: Row, limit: number, what: string): Promise<Rows> => {
    refuseHidden(filter, what)
    const refused = transferRefusal(map, name, caller.region)
    if (refused) throw refused
    const regions = readRegions(filter, canRead, what)
    const w = where(filter, 0, what)
    const text = `SELECT ${select} FROM ${t}${w.text} LIMIT ${limit}`
    const fetch = async (region: string) => {
      const rows = await connections.query(region, text, w.values, role)
      await audit(filter, region, rows)
      return rows
    }
    // get asks one region at a time and stops at the first that has the row (the nearest usually does);
    // find asks every region at once and keeps the map's order.
    if (limit === 1) {
      for (const region of regions) {
        const rows = await fetch(region)
        if (rows.length > 0) return rows
      }
      return []
    }
    return (await Promise.all(regions.map(fetch))).flat().slice(0, limit)
  }

  return {
    async insert(row) {
      const r = row as Row
      checkColumns(r, 'insert')
      refuseWrite('insert')
      for (const c of Object.keys(r)) checkValue(c, r[c], 'insert')
      const [region] = writeRegions(r, 'insert')
      if (table.locality === 'by-row' && rowRegion(r, 'insert') === undefined)
        throw new DataError(
          'residency',
          `${name} is by-row: an inserted row names its region in ${table.regionColumn} (one of ${table.placement.join(', ')}).`
        )
      const names = Object.keys(r)
      const returning = table.key.filter(c => canRead.includes(c))
      const text = `INSERT INTO ${t} (${names.map(ident).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})${returning.length > 0 ? ` RETURNING ${returning.map(ident).join(', ')}` : ''}`
      const rows = await connections.query(
        region!,
        text,
        names.map(c => r[c]),
        role
      )
      return {
        regions: [region!],
        count: 1,
        ...(rows[0] ? { key: rows[0] as Partial<R> } : {})
      }
    },

    async update(key, patch) {
      const k = keyOf(key, 'update')
      const p = patch as Row
      checkColumns(p, 'update')
      if (table.regionColumn && p[table.regionColumn] !== undefined)
        throw new DataError(
          'residency',
          `${name}.${table.regionColumn} says where a row lives and cannot be updated; move a row by inserting it in the new region and deleting it from the old one.`
        )
      refuseWrite('update')
      refuseHidden(k, 'update')
      for (const c of Object.keys(p)) checkValue(c, p[c], 'update')
      const set = Object.keys(p)
      if (set.length === 0) return { regions: [], count: 0 }
      const w = where(k, set.length, 'update')
      const text = `UPDATE ${t} SET ${set.map((c, i) => `${ident(c)} = $${i + 1}`).join(', ')}${w.text}`
      return write(writeRegions(k, 'update'), text, [...set.map(c => p[c]), ...w.values])
    },

    async delete(key) {
      const k = keyOf(key, 'delete')
      refuseWrite('delete')
      refuseHidden(k, 'delete')
      const w = where(k, 0, 'delete')
      return write(writeRegions(k, 'delete'), `DELETE FROM ${t}${w.text}`, w.values)
    },

    async get(key) {
      const k = keyOf(key, 'get')
      const rows = await read(k, 1, 'get')
      return rows[0] as Partial<R> | undefined
    },

    async find(filter, options = {}) {
      const f: Row = { ...(filter as Row) }
      checkColumns(f, 'find')
      checkOptions(options)
      if (options.region !== undefined) {
        if (!table.regionColumn)
          throw new DataError(
            'bad-key',
            `find's region option is for by-row tables; ${name} is ${table.locality}.`
          )
        f[table.regionColumn] = options.region
      }
      const limit = options.limit ?? 100
      return (await read(f, limit, 'find')) as Partial<R>[]
    }
  }

  /** Every option is checked before any I/O: a typo or a wrong type is an error, never a default. */
  function checkOptions(options: FindOptions) {
    if (typeof options !== 'object' || options === null)
      throw new DataError('bad-option', `find's options on ${name} must be an object.`)
    for (const key of Object.keys(options))
      if (!FIND_OPTIONS.includes(key))
        throw new DataError(
          'bad-option',
          `find has no option ${key} (options: ${FIND_OPTIONS.join(', ')}).`
        )
    const { limit, region } = options
    if (
      limit !== undefined &&
      !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= MAX_FIND)
    )
      throw new DataError(
        'bad-option',
        `find's limit on ${name} must be a whole number from 1 to ${MAX_FIND}, not ${JSON.stringify(limit)}.`
      )
    if (region !== undefined && typeof region !== 'string')
      throw new DataError('bad-option', `find's region on ${name} must be a region name.`)
  }

  async function write(regions: string[], text: string, values: unknown[]) {
    let count = 0
    const touched: string[] = []
    for (const region of regions) {
      const rows = await connections.query(region, `${text} RETURNING 1`, values, role)
      count += rows.length
      touched.push(region)
    }
    return { regions: touched, count }
  }
}
