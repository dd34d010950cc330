import type { DataMap, DataMapTable } from '../data/data-map.js'
import { auditTime } from './audit.js'
import type { AuditSink } from './audit.js'
import type { Backend, QueryOptions, Rows, Transaction } from './engines/backend.js'
import { DataError } from './errors.js'
import {
  afterText,
  comparator,
  compileFilter,
  decodeCursor,
  encodeCursor,
  filterColumns,
  isOperators,
  orderText,
  sortKeys
} from './query.js'
import type { Direction, Filter } from './query.js'

/** A row as the database returns it. */
export type Row = Record<string, unknown>

export interface WriteResult<R extends object = Row> {
  /** Regions the statement ran in. */
  regions: string[]
  /** Rows written. */
  count: number
  /** insert: the new row's key (the key columns the role may read). */
  key?: Partial<R>
  /** update and delete of a by-row table: regions not searched because their rows may not be read from the caller's jurisdiction, and why. */
  skipped?: { region: string; reason: string }[]
}

export interface ReadOptions {
  /** global tables: a read that may be this many seconds stale, answered by the nearest replica (Spanner's bounded staleness; PostgreSQL reads the local replica anyway). */
  maxStalenessSeconds?: number
}

export interface FindOptions<R extends object = Row> extends ReadOptions {
  /** At most this many rows, 1 to 10,000; default 100. For stream, the rows fetched a page. */
  limit?: number
  /** by-row tables: search this region only. */
  region?: string
  /** The columns to return (a projection); default every column the role may read. */
  select?: (keyof R & string)[]
  /** The order, by column; the key breaks ties, so the order is total and the same across regions. */
  orderBy?: { [C in keyof R & string]?: Direction }
  /** The next cursor of the previous page: the rows after it in this order. */
  after?: string
}

export interface Page<R extends object = Row> {
  rows: Partial<R>[]
  /** Pass as `after` for the next page; absent on the last page. */
  next?: string
  /** by-row tables: regions not searched because their rows may not be read from the caller's jurisdiction, and why. */
  skipped?: { region: string; reason: string }[]
}

const FIND_OPTIONS = ['limit', 'region', 'select', 'orderBy', 'after', 'maxStalenessSeconds']

export interface Table<R extends object = Row> {
  insert(row: Partial<R>): Promise<WriteResult<R>>
  update(key: Partial<R> | string | number, patch: Partial<R>): Promise<WriteResult<R>>
  delete(key: Partial<R> | string | number): Promise<WriteResult<R>>
  get(key: Partial<R> | string | number, options?: ReadOptions): Promise<Partial<R> | undefined>
  /** Rows matching the filter; with orderBy, in that order across every region searched. */
  find(filter: Filter<R>, options?: FindOptions<R>): Promise<Partial<R>[]>
  /** One page in a total order (orderBy, then the key), and the cursor of the next: stable across regions. */
  page(filter: Filter<R>, options?: FindOptions<R>): Promise<Page<R>>
  /** Every matching row, a page at a time, without holding them all: for exports and large finds. */
  stream(filter: Filter<R>, options?: Omit<FindOptions<R>, 'after'>): AsyncIterable<Partial<R>>
}

export interface Caller {
  map: DataMap
  region: string
  role: string
  purpose: string
  audit: AuditSink
  /** HMAC of a filter's values for the audit entry. */
  hash: (filter: Row) => string
  connections: Backend
  /** Inside db.transaction(region, ...): the one region every statement must run in, on the transaction's connection. */
  pinned?: { region: string; run: Transaction }
}

const MAX_FIND = 10_000

/** Where a cursor's values go in the filter an audit entry hashes: not a column name (those are identifiers). */
const AFTER = '(after)'

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
 * article 38): refused unless the manifest declares it. A by-row table's rows
 * are resident where each is stored, so a read of the rows stored in `stored`
 * is a transfer unless the caller is in that region's jurisdiction: a table
 * resident in EU and CN does not let an EU region read CN rows. `transfers`
 * lists the jurisdictions that may read the rows remotely, whichever
 * jurisdiction holds them.
 */
export function transferRefusal(
  map: DataMap,
  name: string,
  here: string,
  stored?: string
): DataError | undefined {
  const table = map.tables[name]!
  const jurisdiction = map.regions[here]?.jurisdiction ?? ''
  if (!table.jurisdictions || table.transfers?.includes(jurisdiction)) return undefined
  const perRow = table.locality === 'by-row' && stored !== undefined
  const resident = perRow ? [map.regions[stored]?.jurisdiction ?? ''] : table.jurisdictions
  if (resident.includes(jurisdiction)) return undefined
  return new DataError(
    'transfer',
    `${name}'s rows${perRow ? ` stored in ${stored}` : ''} are resident in ${resident.join(', ')}, and a read from ${here} (${jurisdiction}) would transfer them out: add ${jurisdiction} to spec.data.tables.${name}.transfers in multiregion.yaml once the transfer has its legal basis (EDPB Guidelines 05/2021; PIPL article 38), or read from a region in ${resident.join(', ')}.`,
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

export function openTable<R extends object>(caller: Caller, name: string): Table<R> {
  const table = tableOf(caller.map, name)
  const { map, role, connections, pinned } = caller
  /** One statement as the role: on the transaction's connection when pinned, else the region's pool. */
  const query = (
    region: string,
    text: string,
    values: unknown[],
    options: Omit<QueryOptions, 'role'> = {}
  ) =>
    pinned
      ? pinned.run(text, values, { table: name })
      : connections.query(region, text, values, { role, table: name, ...options })
  const ident = (n: string) => connections.ident(n)
  const param = (n: number, column: string) => connections.param(n, table.columns[column]?.type)
  /** The value a column stores: a by-row region column holds the engine's placement of the region. */
  const stored = (column: string, value: unknown) =>
    column === table.regionColumn && typeof value === 'string'
      ? connections.placementOf(value)
      : value
  /** One region per database: a cluster that spans regions is asked once. */
  const perSite = (regions: string[]) => {
    const seen = new Set<string>()
    return regions.filter(r => !seen.has(connections.site(r)) && seen.add(connections.site(r)))
  }
  /** In a transaction, a call reaches only its region: a by-row search stays there, anything else is refused. */
  const pin = (regions: string[], what: string): string[] => {
    if (!pinned) return regions
    // One cluster spanning regions (Spanner) runs the transaction over every region it holds.
    const site = connections.site(pinned.region)
    if (regions.some(r => connections.site(r) === site)) return [pinned.region]
    throw new DataError(
      'bad-option',
      `${what} on ${name} needs ${regions.join(' or ')}, outside this transaction's region ${pinned.region}: a transaction runs in one region.`,
      pinned.region
    )
  }
  const t = ident(name)
  const columns = Object.keys(table.columns)
  const canRead = readable(table, role)
  const classifiedRead = canRead.filter(c => table.columns[c]!.category !== undefined)
  const canWrite = (table.writers ?? []).includes(role)

  const checkColumns = (row: Row, what: string) => checkNames(Object.keys(row), what)
  const checkNames = (names: readonly string[], what: string) => {
    for (const column of names)
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
  const readRegions = (row: Row, wanted: readonly string[], what: string): string[] => {
    if (table.locality === 'regional') return [table.home]
    if (table.locality === 'global') {
      const local = table.replicas?.[caller.region]
      return local && wanted.every(c => local.includes(c)) ? [caller.region] : [table.home]
    }
    // A region column compared by an operator, not a value, searches every region the table is in.
    const value = table.regionColumn ? row[table.regionColumn] : undefined
    const region = typeof value === 'object' && value !== null ? undefined : rowRegion(row, what)
    if (region) return [region]
    return map.order.filter(r => table.placement.includes(r))
  }

  /**
   * The regions a read may reach from the caller's jurisdiction: a by-row
   * search skips the others and says which; a read that can reach none of
   * them (one naming such a region) is refused with the rule.
   */
  const reachable = (regions: string[]) => {
    const skipped: { region: string; reason: string }[] = []
    const ok: string[] = []
    let refusal: DataError | undefined
    for (const region of regions) {
      const refused = transferRefusal(map, name, caller.region, region)
      if (!refused) ok.push(region)
      else {
        refusal ??= refused
        skipped.push({ region, reason: refused.message })
      }
    }
    if (ok.length === 0 && refusal) throw refusal
    return { regions: ok, skipped }
  }

  /**
   * Where an update or delete goes. Its count says whether a row matched, so
   * it reads the rows as get does: refused from outside the table's
   * jurisdictions unless a transfer is declared, and a by-row search skips
   * the regions whose rows the caller's jurisdiction may not read; a key
   * naming such a region is refused. All before any I/O.
   */
  const changeRegions = (k: Row, what: string) => {
    const refused = transferRefusal(map, name, caller.region)
    if (refused) throw refused
    return reachable(pin(writeRegions(k, what), what))
  }

  /**
   * Skipped regions may share a database with allowed ones (Spanner holds
   * every region in one): a condition on the region column keeps their rows
   * out of the statement, not only out of the regions asked.
   */
  const boundRegions = (reach: { regions: string[]; skipped: unknown[] }, values: unknown[]) => {
    const column = table.regionColumn
    if (!column || reach.skipped.length === 0) return ''
    const params = reach.regions.map(r => {
      values.push(stored(column, r))
      return param(values.length, column)
    })
    return ` AND ${ident(column)} IN (${params.join(', ')})`
  }

  const keyOf = (key: Partial<R> | string | number, what: string): Row => {
    const k: Row =
      typeof key === 'object' && key !== null
        ? { ...key }
        : table.key.length === 1
          ? { [table.key[0]!]: key }
          : {}
    // An undefined column is no condition, as in a filter.
    for (const c of Object.keys(k)) if (k[c] === undefined) delete k[c]
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
      .filter(c => filter[c] !== undefined)
      .map(c => {
        const value = filter[c]
        if (value === null) return `${ident(c)} IS NULL`
        checkValue(c, value, what)
        values.push(stored(c, value))
        return `${ident(c)} = ${param(values.length + offset, c)}`
      })
      .join(' AND ')
    return { text: text ? ` WHERE ${text}` : '', values }
  }

  /** PostgreSQL requires SELECT on every column a WHERE reads; so does this library, before any I/O, for reads and writes alike. */
  const refuseHidden = (filter: Row, what: string) => refuseHiddenNames(Object.keys(filter), what)
  const refuseHiddenNames = (names: readonly string[], what: string) => {
    if (canRead.length === 0)
      throw new DataError(
        'not-readable',
        `${role} may not read ${name} at all (in ${what}): name it in a column's readers or in the table's writers in multiregion.yaml.`
      )
    const hidden = names.filter(c => !canRead.includes(c))
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

  const classified = (referenced: string[]) =>
    classifiedRead.length > 0 || referenced.some(c => table.columns[c]?.category)

  /** The audit entry of one call, hashed once however many regions it asks; undefined when it touches nothing classified. */
  const auditFor = (filter: Row, referenced: string[]) => {
    if (!classified(referenced)) return undefined
    const keyHash = caller.hash(filter)
    // Not async: a sink that writes synchronously (the default) costs the read no promise.
    return (region: string, rows: Rows) =>
      caller.audit.write({
        time: auditTime(),
        role,
        purpose: caller.purpose,
        table: name,
        columns: classifiedRead,
        filter: referenced,
        keyHash,
        region,
        rows: rows.length,
        action: 'read'
      })
  }

  /**
   * An update or delete filtered on a classified column answers, by its
   * count, whether the row holds the value: that is a read of the column and
   * is audited like one, matched or not. Filtered on unclassified columns
   * only, it reads nothing personal.
   */
  const writeAuditFor = (filter: Row) => {
    const read = Object.keys(filter).filter(c => table.columns[c]?.category !== undefined)
    if (read.length === 0) return undefined
    const keyHash = caller.hash(filter)
    return (region: string, rows: number) =>
      caller.audit.write({
        time: auditTime(),
        role,
        purpose: caller.purpose,
        table: name,
        columns: read,
        filter: Object.keys(filter),
        keyHash,
        region,
        rows,
        action: 'read'
      })
  }

  const selectAll = canRead.map(ident).join(', ')
  const types = (c: string) => table.columns[c]!.type
  const isText = (c: string) =>
    /^(text|varchar|character varying|char|character|citext)/i.test(types(c))
  const isNumeric = (c: string) =>
    /^(smallint|integer|int|int2|int4|int8|bigint|numeric|decimal|real|double)/i.test(types(c))
  const compiler = {
    table: name,
    columns,
    checkValue,
    what: '',
    ident,
    param,
    stored,
    codePointOrder: connections.codePointOrder
  }
  /** Statements by shape (the call and its column names): an application repeats a few, so each is built once. */
  const texts = new Map<string, string>()
  const statement = (shape: string, build: () => string): string => {
    let text = texts.get(shape)
    if (text === undefined) {
      text = build()
      if (texts.size < 1000) texts.set(shape, text)
    }
    return text
  }

  /**
   * A filter of plain values (no operator, no OR) as a statement's shape: its
   * column names, and which are null (IS NULL takes no value). undefined for
   * any other filter, which compileFilter builds each time.
   */
  const plainShape = (filter: Row): string | undefined => {
    let shape = ''
    for (const c in filter) {
      const value = filter[c]
      if (value === undefined) continue
      if (c === 'OR' || isOperators(value)) return undefined
      shape += value === null ? `\u0000${c} IS NULL` : `\u0000${c}`
    }
    return shape
  }

  /** A plain filter's values, checked, in the order where() numbers them. */
  const plainValues = (filter: Row, what: string): unknown[] => {
    const values: unknown[] = []
    for (const c in filter) {
      const value = filter[c]
      if (value === undefined || value === null) continue
      checkValue(c, value, what)
      values.push(stored(c, value))
    }
    return values
  }

  const fetchedFor = (
    selected: readonly string[],
    keys: readonly (readonly [string, unknown])[]
  ): readonly string[] =>
    keys.length === 0 ? selected : [...new Set([...selected, ...keys.map(([c]) => c)])]
  /** The columns a find returns by default, as a statement's shape names them. */
  const canReadShape = canRead.join(',')

  /** get asks one region at a time and stops at the first that has the row (the nearest usually does). */
  const getRow = async (k: Row, options: ReadOptions): Promise<Rows> => {
    refuseHidden(k, 'get')
    const refused = transferRefusal(map, name, caller.region)
    if (refused) throw refused
    checkStaleness(options, 'get')
    const reach = reachable(pin(readRegions(k, canRead, 'get'), 'get'))
    // Skipped regions may share a database with allowed ones (Spanner): the page query bounds the region column.
    if (table.regionColumn && reach.skipped.length > 0)
      return (await readPage(k, { ...options, limit: 1 }, 'get', false)).rows
    const regions = perSite(reach.regions)
    const names = Object.keys(k)
    let text: string
    let values: unknown[]
    if (names.some(c => k[c] === null)) {
      const w = where(k, 0, 'get')
      text = `SELECT ${selectAll} FROM ${t}${w.text} LIMIT 1`
      values = w.values
    } else {
      values = names.map(c => {
        checkValue(c, k[c], 'get')
        return stored(c, k[c])
      })
      text = statement(
        `get\u0000${names.join('\u0000')}`,
        () => `SELECT ${selectAll} FROM ${t}${where(k, 0, 'get').text} LIMIT 1`
      )
    }
    const audit = auditFor(k, names)
    for (const region of regions) {
      const rows = await query(region, text, values, stale(options))
      const audited = audit?.(region, rows)
      if (audited) await audited
      if (rows.length > 0) return rows
    }
    return []
  }

  /**
   * A page: every region searched at once (the cost is about the slowest
   * region, not their sum), each sorted and cut to the limit by the
   * database, merged here in the same order. Cursor pagination orders by the
   * key after the caller's columns, so each row has one place across regions.
   */
  const readPage = async (
    filter: Row,
    options: FindOptions,
    what: string,
    paged: boolean
  ): Promise<{ rows: Rows; next?: string }> => {
    const referenced = filterColumns(filter)
    checkNames(referenced, what)
    refuseHiddenNames(referenced, what)
    const refused = transferRefusal(map, name, caller.region)
    if (refused) throw refused
    checkStaleness(options, what)
    const limit = options.limit ?? 100
    const selected = options.select ?? canRead
    const ordered = paged || options.orderBy !== undefined || options.after !== undefined
    const keys = ordered ? sortKeys(options.orderBy, table.key) : []
    // The sort columns come back too, for the merge and the cursor; the caller gets what it selected.
    const fetched = fetchedFor(selected, keys)
    // Every column the role may read, by default: then none is hidden.
    if (fetched !== canRead) refuseHiddenNames(fetched, what)
    const { regions: allowed, skipped } = reachable(pin(readRegions(filter, fetched, what), what))
    // A region of another jurisdiction may share a database with allowed ones (Spanner holds every
    // region in one): bound the region column, so its rows are never read, not only never asked for.
    const bounded =
      table.regionColumn && skipped.length > 0
        ? { ...filter, [table.regionColumn]: { in: allowed } }
        : filter
    const tail = `${ordered ? ` ORDER BY ${orderText(keys, isText, compiler)}` : ''} LIMIT ${paged ? limit + 1 : limit}`
    const shape = options.after === undefined && bounded === filter ? plainShape(filter) : undefined
    let values: unknown[]
    let text: string
    let cursor: unknown[] | undefined
    if (shape !== undefined) {
      // The common find: plain values, no cursor. Its text is its shape's, built once.
      values = plainValues(filter, what)
      text = statement(
        `find\u0000${fetched === canRead ? canReadShape : fetched.join(',')}\u0000${tail}${shape}`,
        () =>
          `SELECT ${fetched.map(ident).join(', ')} FROM ${t}${where(filter, 0, what).text}${tail}`
      )
    } else {
      values = []
      const conditions = [compileFilter(bounded, { ...compiler, what }, values)]
      // A cursor is the caller's to keep, so it may be forged: its values bound the order's
      // columns as a range filter would, and are audited as one.
      if (options.after !== undefined) {
        cursor = decodeCursor(options.after, keys, name)
        conditions.push(afterText(keys, cursor, isText, values, compiler))
      }
      const cond = conditions.filter(Boolean).join(' AND ')
      text = `SELECT ${fetched.map(ident).join(', ')} FROM ${t}${cond ? ` WHERE ${cond}` : ''}${tail}`
    }
    const regions = perSite(allowed)
    const audit =
      cursor === undefined
        ? auditFor(filter, referenced)
        : auditFor({ ...filter, [AFTER]: cursor }, [
            ...new Set([...referenced, ...keys.map(([c]) => c)])
          ])
    const ask = async (region: string) => {
      const rows = await query(region, text, values, stale(options))
      const audited = audit?.(region, rows)
      if (audited) await audited
      return rows
    }
    // Every region at once; one region is asked without the promise a fan-out takes.
    const results =
      regions.length === 1 ? [await ask(regions[0]!)] : await Promise.all(regions.map(ask))
    let rows = results.length === 1 ? results[0]! : results.flat()
    if (ordered && results.length > 1) rows.sort(comparator(keys, isNumeric))
    const more = rows.length > limit
    if (rows.length > limit) rows = rows.slice(0, limit)
    let next: string | undefined
    if (paged && more) {
      const last = rows[rows.length - 1]!
      const empty = keys.find(([c]) => last[c] === null)
      if (empty)
        throw new DataError(
          'bad-option',
          `${name}.${empty[0]} is NULL in a row of this page, and a cursor cannot point past a NULL: order by columns that are never NULL.`
        )
      next = encodeCursor(keys, last)
    }
    if (fetched.length !== selected.length)
      rows = rows.map(r => Object.fromEntries(selected.map(c => [c, r[c]])))
    return {
      rows,
      ...(next === undefined ? {} : { next }),
      ...(skipped.length > 0 ? { skipped } : {})
    }
  }

  return {
    async insert(row) {
      const r = row as Row
      checkColumns(r, 'insert')
      refuseWrite('insert')
      for (const c of Object.keys(r)) checkValue(c, r[c], 'insert')
      const [region] = pin(writeRegions(r, 'insert'), 'insert')
      if (table.locality === 'by-row' && rowRegion(r, 'insert') === undefined)
        throw new DataError(
          'residency',
          `${name} is by-row: an inserted row names its region in ${table.regionColumn} (one of ${table.placement.join(', ')}).`
        )
      const names = Object.keys(r)
      const returning = table.key.filter(c => canRead.includes(c))
      const text = statement(
        `insert\u0000${names.join('\u0000')}`,
        () =>
          `INSERT INTO ${t} (${names.map(ident).join(', ')}) VALUES (${names.map((c, i) => param(i + 1, c)).join(', ')})${returning.length > 0 ? connections.returning(returning.map(ident).join(', ')) : ''}`
      )
      const rows = await query(
        region!,
        text,
        names.map(c => stored(c, r[c]))
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
      const reach = changeRegions(k, 'update')
      const w = where(k, set.length, 'update')
      const values = [...set.map(c => p[c]), ...w.values]
      const text = `UPDATE ${t} SET ${set.map((c, i) => `${ident(c)} = ${param(i + 1, c)}`).join(', ')}${w.text}${boundRegions(reach, values)}`
      return write(reach, text, values, writeAuditFor(k))
    },

    async delete(key) {
      const k = keyOf(key, 'delete')
      refuseWrite('delete')
      refuseHidden(k, 'delete')
      const reach = changeRegions(k, 'delete')
      const w = where(k, 0, 'delete')
      const text = `DELETE FROM ${t}${w.text}${boundRegions(reach, w.values)}`
      return write(reach, text, w.values, writeAuditFor(k))
    },

    async get(key, options = {}) {
      const rows = await getRow(keyOf(key, 'get'), options)
      return rows[0] as Partial<R> | undefined
    },

    async find(filter, options = {}) {
      return (await readPage(scoped(filter as Row, options, 'find'), options, 'find', false))
        .rows as Partial<R>[]
    },

    async page(filter, options = {}) {
      return (await readPage(
        scoped(filter as Row, options, 'page'),
        options,
        'page',
        true
      )) as Page<R>
    },

    async *stream(filter, options = {}) {
      const f = scoped(filter as Row, options, 'stream')
      let after: string | undefined
      do {
        const page = await readPage(
          f,
          after === undefined ? options : { ...options, after },
          'stream',
          true
        )
        for (const row of page.rows) yield row as Partial<R>
        after = page.next
      } while (after !== undefined)
    }
  }

  /** The filter, with the region option folded in, after every option is checked. */
  function scoped(filter: Row, options: FindOptions, what: string): Row {
    checkOptions(options as FindOptions, what)
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
      throw new DataError('bad-key', `${what} on ${name} takes a filter object.`)
    const f: Row = { ...filter }
    if (options.region !== undefined) {
      if (!table.regionColumn)
        throw new DataError(
          'bad-option',
          `${what}'s region option is for by-row tables; ${name} is ${table.locality}.`
        )
      f[table.regionColumn] = options.region
    }
    return f
  }

  /** A stale read is for global tables, whose replicas may lag; other tables are read where they are written. */
  function checkStaleness(options: ReadOptions, what: string) {
    const bound = options.maxStalenessSeconds
    if (bound === undefined) return
    if (!(typeof bound === 'number' && Number.isFinite(bound) && bound >= 0))
      throw new DataError(
        'bad-option',
        `${what}'s maxStalenessSeconds on ${name} must be a number of seconds, 0 or more.`
      )
    if (table.locality !== 'global')
      throw new DataError(
        'bad-option',
        `maxStalenessSeconds is for global tables, whose replicas may lag; ${name} is ${table.locality}, and its rows are read where they are written.`
      )
  }

  function stale(options: ReadOptions): Omit<QueryOptions, 'role'> {
    return options.maxStalenessSeconds === undefined
      ? {}
      : { maxStalenessSeconds: options.maxStalenessSeconds }
  }

  /** Every option is checked before any I/O: a typo or a wrong type is an error, never a default. */
  function checkOptions(options: FindOptions, what: string) {
    if (typeof options !== 'object' || options === null)
      throw new DataError('bad-option', `${what}'s options on ${name} must be an object.`)
    for (const key of Object.keys(options))
      if (!FIND_OPTIONS.includes(key))
        throw new DataError(
          'bad-option',
          `${what} has no option ${key} (options: ${FIND_OPTIONS.join(', ')}).`
        )
    const { limit, region, select, orderBy } = options
    if (
      limit !== undefined &&
      !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= MAX_FIND)
    )
      throw new DataError(
        'bad-option',
        `${what}'s limit on ${name} must be a whole number from 1 to ${MAX_FIND}, not ${JSON.stringify(limit)}.`
      )
    if (region !== undefined && typeof region !== 'string')
      throw new DataError('bad-option', `${what}'s region on ${name} must be a region name.`)
    if (
      select !== undefined &&
      (!Array.isArray(select) || select.length === 0 || select.some(c => !columns.includes(c)))
    )
      throw new DataError(
        'bad-option',
        `${what}'s select on ${name} must list some of its columns (${columns.join(', ')}).`
      )
    if (orderBy !== undefined) {
      if (typeof orderBy !== 'object' || orderBy === null || Array.isArray(orderBy))
        throw new DataError(
          'bad-option',
          `${what}'s orderBy on ${name} is an object of column: 'asc' or 'desc'.`
        )
      for (const [c, d] of Object.entries(orderBy))
        if (!columns.includes(c) || (d !== 'asc' && d !== 'desc'))
          throw new DataError(
            'bad-option',
            `${what}'s orderBy on ${name}: ${c} must be one of its columns, ordered 'asc' or 'desc'.`
          )
    }
  }

  async function write(
    reach: { regions: string[]; skipped: { region: string; reason: string }[] },
    text: string,
    values: unknown[],
    audit?: (region: string, rows: number) => void | Promise<void>
  ): Promise<WriteResult<R>> {
    let count = 0
    const touched: string[] = []
    for (const region of perSite(reach.regions)) {
      const rows = await query(region, `${text}${connections.returning('1')}`, values)
      const audited = audit?.(region, rows.length)
      if (audited) await audited
      count += rows.length
      touched.push(region)
    }
    return {
      regions: touched,
      count,
      ...(reach.skipped.length > 0 ? { skipped: reach.skipped } : {})
    }
  }
}
