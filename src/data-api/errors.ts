/** Every error multiregion/data throws; `code` tells them apart without parsing messages. */
export class DataError extends Error {
  constructor(
    readonly code:
      | 'residency'
      | 'unknown-table'
      | 'unknown-column'
      | 'not-readable'
      | 'not-allowed'
      | 'transfer'
      | 'bad-value'
      | 'bad-option'
      | 'bad-key'
      | 'bad-map'
      | 'no-url'
      | 'not-supported'
      | 'unavailable'
      | 'query',
    message: string,
    readonly region?: string
  ) {
    super(message)
    this.name = 'DataError'
  }
}

/** Replaces every secret (a URL, its password) in a message with a mask, so errors can be logged. */
export function mask(message: string, secrets: readonly string[]): string {
  let out = message
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***')
  return out
}

/** Replaces every value a statement was given with a mask: an error message may be logged, a value may be personal. */
export function maskValues(message: string, values: readonly unknown[]): string {
  let out = message
  for (const value of leaves(values)) {
    const text = String(value)
    if (text.length === 0) continue
    out = out.split(`"${text}"`).join('"***"')
    if (text.length >= 3) out = out.split(text).join('***')
  }
  return out
}

/**
 * The strings and numbers inside the values: pg sends a list as an array
 * literal and an object as JSON, and PostgreSQL quotes either back whole
 * ("{"alice@example.com"}"), so each element is masked wherever it shows.
 */
function leaves(values: readonly unknown[]): (string | number | bigint | boolean)[] {
  const out: (string | number | bigint | boolean)[] = []
  const stack: unknown[] = [...values]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || value === undefined || typeof value === 'function') continue
    if (Array.isArray(value)) stack.push(...(value as unknown[]))
    else if (value instanceof Date) out.push(...dateTexts(value))
    else if (Buffer.isBuffer(value)) continue
    else if (typeof value === 'object') stack.push(...Object.keys(value), ...Object.values(value))
    else out.push(value as string | number | bigint | boolean)
  }
  return out
}

/**
 * How a date can show in PostgreSQL's message: as pg sends it (node-postgres
 * lib/utils.js dateToString: local time, offset, " BC" for years before 1),
 * longest first so the whole text is masked before its date part.
 */
function dateTexts(date: Date): string[] {
  if (Number.isNaN(date.getTime())) return []
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  let year = date.getFullYear()
  const bc = year < 1
  if (bc) year = 1 - year
  const day = `${pad(year, 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const offset = -date.getTimezoneOffset()
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`
  return [`${day}T${time}${zone}${bc ? ' BC' : ''}`, date.toISOString(), day, String(year)]
}
