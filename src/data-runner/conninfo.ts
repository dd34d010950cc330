/**
 * Database URLs as the platform's secrets hold them, and the connection
 * string a subscription stores. CREATE SUBSCRIPTION is a statement the server
 * may log (log_min_error_statement logs a failing one whole) and keeps in
 * pg_subscription, so the string it gets never carries a password: the
 * subscriber's server reads it from a libpq password file instead.
 */

/** A keyword/value string (host=... dbname=...) or anything else that is not a postgres:// URL. */
export class ConnectionStringError extends Error {}

export function parseDatabaseUrl(url: string, where: string): URL {
  const shape = /^postgres(ql)?:\/\//i.test(url)
    ? undefined
    : /^\s*[a-z_]+\s*=/i.test(url)
      ? 'a keyword/value connection string (host=... dbname=...)'
      : 'not a postgres:// URL'
  let parsed: URL | undefined
  if (shape === undefined) {
    try {
      parsed = new URL(url)
    } catch {
      // Reported below without echoing the value, which may hold a password.
    }
  }
  if (!parsed)
    throw new ConnectionStringError(
      `${where} is ${shape ?? 'a URL that cannot be parsed'}. Write it as a URL: postgres://user:password@host:5432/dbname?sslmode=require (percent-encode special characters in the password).`
    )
  return parsed
}

function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
}

/** Parameters that are credentials, or that a subscription must not inherit. */
const DROPPED = new Set(['password', 'user', 'dbname', 'host', 'port', 'passfile'])

/**
 * The keyword/value connection string a subscription uses to reach its
 * publisher: the publisher URL's host, port, database and TLS settings, the
 * replication role (else the URL's user), and the password file, never the
 * password.
 */
export function subscriptionConnection(
  url: URL,
  login: { user?: string; passfile?: string } = {}
): string {
  const parts: [string, string][] = [['host', url.hostname.replace(/^\[|\]$/g, '')]]
  if (url.port !== '') parts.push(['port', url.port])
  parts.push(['dbname', decodeURIComponent(url.pathname.replace(/^\//, ''))])
  const user = login.user ?? decodeURIComponent(url.username)
  if (user !== '') parts.push(['user', user])
  if (login.passfile !== undefined) parts.push(['passfile', login.passfile])
  for (const [key, value] of url.searchParams)
    if (!DROPPED.has(key.toLowerCase())) parts.push([key, value])
  return parts.map(([k, v]) => `${k}=${quote(v)}`).join(' ')
}
