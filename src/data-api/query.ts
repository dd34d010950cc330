import { DataError } from './errors.js'

/** What a filter may say about one column: a value (equality), null (IS NULL), or operators. */
export interface Operators<V = unknown> {
  eq?: V
  ne?: V
  in?: V[]
  gt?: V
  gte?: V
  lt?: V
  lte?: V
  /** SQL LIKE: % any run of characters, _ one character. */
  like?: string
}

/** Rows whose columns match every entry; `OR` matches rows any of its filters match. */
export type Filter<R> = {
  [C in keyof R]?: R[C] | null | Operators<R[C]>
} & { OR?: Filter<R>[] }

export type Direction = 'asc' | 'desc'

const OPERATORS: Record<keyof Operators, string> = {
  eq: '=',
  ne: '<>',
  in: 'IN',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'LIKE'
}

/** A plain object of operators, as opposed to a value (a Date or Buffer is a value). */
export function isOperators(value: unknown): value is Operators {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    !Buffer.isBuffer(value) &&
    !Array.isArray(value)
  )
}

/** The engine's SQL: quoting, placeholders (typed by the column), and code point order of text. */
export interface Dialect {
  ident(name: string): string
  /** The placeholder of the n-th value, for a value of this column. */
  param(n: number, column: string): string
  /** What follows a text column to compare it by code point (PostgreSQL's COLLATE "C"). */
  codePointOrder: string
}

export interface FilterCompiler extends Dialect {
  /** Names a column's table and the call, for errors. */
  table: string
  what: string
  columns: readonly string[]
  checkValue(column: string, value: unknown, what: string): void
  /** The value a column stores for the value a caller gave (a by-row region's placement on Spanner). */
  stored(column: string, value: unknown): unknown
}

/** Every column a filter reads, OR branches included: PostgreSQL requires SELECT on each. */
export function filterColumns(filter: Record<string, unknown>): string[] {
  const out: string[] = []
  // A loop over a stack, not a recursive closure: this runs on every find.
  const stack = [filter]
  while (stack.length > 0) {
    const f = stack.pop()!
    for (const key in f) {
      const value = f[key]
      if (value === undefined) continue
      if (key === 'OR' && Array.isArray(value)) stack.push(...(value as Record<string, unknown>[]))
      else if (!out.includes(key)) out.push(key)
    }
  }
  return out
}

/**
 * A filter as SQL: each value becomes a parameter (the engine's placeholder
 * of the n-th value after `values`' current length), so nothing a caller passes reaches the text but a checked column
 * name. Every column, operator and operand is checked here, before any I/O.
 */
export function compileFilter(
  filter: Record<string, unknown>,
  c: FilterCompiler,
  values: unknown[]
): string {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw new DataError('bad-key', `${c.what} on ${c.table} takes a filter object.`)
  const parts: string[] = []
  const param = (column: string, value: unknown) => {
    c.checkValue(column, value, c.what)
    values.push(c.stored(column, value))
    return c.param(values.length, column)
  }
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue
    if (key === 'OR') {
      if (!Array.isArray(value) || value.length === 0)
        throw new DataError(
          'bad-key',
          `${c.what} on ${c.table}: OR takes a non-empty list of filters.`
        )
      const branches = value.map(b => compileFilter(b as Record<string, unknown>, c, values))
      parts.push(`(${branches.map(b => `(${b || 'true'})`).join(' OR ')})`)
      continue
    }
    if (!c.columns.includes(key))
      throw new DataError(
        'unknown-column',
        `${c.table} has no column ${key} (in ${c.what}); its columns are ${c.columns.join(', ')}.`
      )
    const column = c.ident(key)
    if (value === null) {
      parts.push(`${column} IS NULL`)
      continue
    }
    if (!isOperators(value)) {
      parts.push(`${column} = ${param(key, value)}`)
      continue
    }
    const ops = Object.entries(value).filter(([, v]) => v !== undefined)
    if (ops.length === 0)
      throw new DataError('bad-key', `${c.what} on ${c.table}: ${key} names no operator.`)
    for (const [op, operand] of ops) {
      if (!Object.hasOwn(OPERATORS, op))
        throw new DataError(
          'bad-key',
          `${c.what} on ${c.table}: ${key} has no operator ${op} (operators: ${Object.keys(OPERATORS).join(', ')}).`
        )
      if (op === 'in') {
        if (!Array.isArray(operand))
          throw new DataError('bad-key', `${c.what} on ${c.table}: ${key}.in takes a list.`)
        parts.push(
          operand.length === 0
            ? 'false'
            : `${column} IN (${operand.map(v => param(key, v)).join(', ')})`
        )
        continue
      }
      if (operand === null)
        throw new DataError(
          'bad-key',
          `${c.what} on ${c.table}: ${key}.${op} cannot compare with null; use ${key}: null.`
        )
      if (op === 'like' && typeof operand !== 'string')
        throw new DataError('bad-key', `${c.what} on ${c.table}: ${key}.like takes a string.`)
      parts.push(`${column} ${OPERATORS[op as keyof Operators]} ${param(key, operand)}`)
    }
  }
  return parts.join(' AND ')
}

/** The order of a page: the caller's columns, then the key, so that every row has one place across every region. */
export function sortKeys(
  orderBy: Record<string, Direction | undefined> | undefined,
  key: readonly string[]
): [string, Direction][] {
  const out = Object.entries(orderBy ?? {}).filter(
    (e): e is [string, Direction] => e[1] !== undefined
  )
  for (const k of key) if (!out.some(([c]) => c === k)) out.push([k, 'asc'])
  return out
}

/** ORDER BY text; text compares by code point (COLLATE "C" on PostgreSQL) so every region and the merge here agree. */
export function orderText(
  keys: [string, Direction][],
  text: (column: string) => boolean,
  sql: Dialect
): string {
  return keys
    .map(([c, d]) => `${sql.ident(c)}${text(c) ? sql.codePointOrder : ''} ${d.toUpperCase()}`)
    .join(', ')
}

/** Rows after the cursor in the page order: (a > x) OR (a = x AND b > y) ..., with each column's direction. */
export function afterText(
  keys: [string, Direction][],
  cursor: unknown[],
  text: (column: string) => boolean,
  values: unknown[],
  sql: Dialect
): string {
  const ors: string[] = []
  for (let i = 0; i < keys.length; i++) {
    const ands: string[] = []
    for (let j = 0; j <= i; j++) {
      const [c, d] = keys[j]!
      values.push(cursor[j])
      const col = `${sql.ident(c)}${text(c) ? sql.codePointOrder : ''}`
      ands.push(`${col} ${j < i ? '=' : d === 'asc' ? '>' : '<'} ${sql.param(values.length, c)}`)
    }
    ors.push(`(${ands.join(' AND ')})`)
  }
  return `(${ors.join(' OR ')})`
}

function compareValues(a: unknown, b: unknown, numeric: boolean): number {
  if (a === b) return 0
  // The database sorts NULL last ascending; so does the merge.
  if (a === null || a === undefined) return 1
  if (b === null || b === undefined) return -1
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime()
  if (typeof a === 'number' && typeof b === 'number') return a - b
  // bigint and numeric columns arrive as strings: bigint compares exactly, numeric as a double.
  if (numeric) {
    const [x, y] = [String(a), String(b)]
    if (/^-?\d+$/.test(x) && /^-?\d+$/.test(y)) return BigInt(x) < BigInt(y) ? -1 : 1
    return Number(x) - Number(y)
  }
  if (typeof a === 'string' && typeof b === 'string')
    return Buffer.compare(Buffer.from(a), Buffer.from(b))
  return String(a) < String(b) ? -1 : 1
}

/** Merges the regions' sorted pages into one order, the same one each region's ORDER BY gave. */
export function comparator(
  keys: [string, Direction][],
  numeric: (column: string) => boolean
): (a: Record<string, unknown>, b: Record<string, unknown>) => number {
  return (a, b) => {
    for (const [c, d] of keys) {
      const r = compareValues(a[c], b[c], numeric(c))
      if (r !== 0) return d === 'asc' ? r : -r
    }
    return 0
  }
}

/** A cursor is the last row's sort values: opaque to the caller, checked when it comes back. */
export function encodeCursor(keys: [string, Direction][], row: Record<string, unknown>): string {
  const values = keys.map(([c]) => {
    const v = row[c]
    return v instanceof Date ? { d: v.toISOString() } : v
  })
  return Buffer.from(JSON.stringify({ k: keys, v: values })).toString('base64url')
}

export function decodeCursor(
  cursor: unknown,
  keys: [string, Direction][],
  table: string
): unknown[] {
  const bad = () =>
    new DataError(
      'bad-option',
      `the cursor given to find on ${table} is not one this order gave: pass the next cursor of the previous page, with the same orderBy.`
    )
  if (typeof cursor !== 'string') throw bad()
  let parsed: { k?: unknown; v?: unknown }
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof parsed
  } catch {
    throw bad()
  }
  if (JSON.stringify(parsed.k) !== JSON.stringify(keys) || !Array.isArray(parsed.v)) throw bad()
  return parsed.v.map((v: unknown) =>
    typeof v === 'object' && v !== null && 'd' in v ? new Date(String((v as { d: unknown }).d)) : v
  )
}
