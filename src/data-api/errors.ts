/** Every error multiregion/data throws; `code` tells them apart without parsing messages. */
export class DataError extends Error {
  constructor(
    readonly code:
      | 'residency'
      | 'unknown-table'
      | 'unknown-column'
      | 'not-readable'
      | 'bad-key'
      | 'bad-map'
      | 'no-url'
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
