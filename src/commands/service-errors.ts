import { ArgoCDError } from '../argocd/client.js'
import { clip } from '../manifest/diagnostic.js'

/** Where the user set the GitHub token: the CLI's variable or the action's input. */
export interface TokenSource {
  /** e.g. "GITHUB_TOKEN" or 'the "token" input' */
  token: string
  /** e.g. "GITHUB_API_URL" or 'the GITHUB_API_URL variable' */
  apiUrl: string
  /** The token itself, to scrub from anything quoted. */
  secrets?: readonly string[]
}

interface HttpLikeError {
  status?: number
  message?: string
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
  cause?: unknown
}

/** A repository permission GitHub needs for a route, for when it does not say (x-accepted-github-permissions). */
function permissionFor(method: string, url: string): string {
  const write = method !== 'GET' && method !== 'HEAD'
  const level = write ? 'write' : 'read'
  if (/\/graphql$/.test(url)) return 'contents: read, pull-requests: write'
  if (/\/git\//.test(url) || /\/contents\//.test(url)) return `contents: ${level}`
  if (/\/pulls/.test(url)) return `pull-requests: ${level}`
  if (/\/issues\/\d+\/(comments|labels)/.test(url)) return `pull-requests: ${level}`
  if (/\/issues/.test(url)) return `issues: ${level}`
  if (/\/deployments/.test(url)) return `deployments: ${level}`
  if (/\/check-runs|\/status/.test(url)) return `checks: read, statuses: read`
  return `contents: ${level}`
}

/** A host and path without query or credentials, for saying what failed. */
function endpoint(url: string | undefined): { host: string; path: string } {
  try {
    const parsed = new URL(url ?? '')
    return { host: parsed.host, path: parsed.pathname }
  } catch {
    return { host: 'the GitHub API', path: '' }
  }
}

/** What the server said, as text a person can read: HTML stripped, whitespace folded, capped, tokens removed. */
export function plainText(body: unknown, secrets: readonly string[] = []): string {
  let text =
    typeof body === 'string' ? body : String((body as { message?: unknown })?.message ?? '')
  text = text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return clip(redact(text, secrets), 200)
}

/** Removes the given secrets and anything shaped like a GitHub token. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***')
  return out.replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***')
}

function causeOf(error: unknown): string {
  let cause: unknown = error
  for (let i = 0; i < 4 && cause; i++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string') return code
    cause = (cause as { cause?: unknown }).cause
  }
  return (error as { message?: string }).message ?? String(error)
}

/**
 * Says what failed and what to check when GitHub or Argo CD answered with an
 * error or could not be reached; undefined for anything else (a bug, which
 * keeps its stack). Never includes a token, and never the body of an HTML page.
 */
export function explainServiceError(error: unknown, source: TokenSource): string | undefined {
  const secrets = source.secrets ?? []
  if (error instanceof ArgoCDError) return clip(redact(error.message, secrets), 1000)
  const e = error as HttpLikeError
  if (typeof e !== 'object' || e === null || typeof e.status !== 'number' || !e.request)
    return undefined
  const method = e.request.method ?? 'GET'
  const { host, path } = endpoint(e.request.url)
  const what = `${method} ${path}`
  if (!e.response) {
    return `Cannot reach GitHub at ${host} (${redact(causeOf(e.cause ?? e), secrets)}) for ${what}. Check ${source.apiUrl} and the network.`
  }
  const headers = e.response.headers ?? {}
  const contentType = headers['content-type'] ?? ''
  const said = contentType.includes('html') ? '' : plainText(e.response.data ?? e.message, secrets)
  const detail = said ? `: ${said}` : ''
  if (e.status === 401)
    return `GitHub at ${host} rejected the token (401${detail}) for ${what}: the token is invalid or expired. Check ${source.token}.`
  if (e.status === 403) {
    const needed = headers['x-accepted-github-permissions']
      ? headers['x-accepted-github-permissions'].replace(/=/g, ': ').replace(/,/g, ', ')
      : permissionFor(method, e.request.url ?? '')
    return `GitHub at ${host} refused ${what} (403${detail}): the token lacks a permission. Give it ${needed} (${source.token}).`
  }
  if (e.status === 404)
    return `GitHub at ${host} has no ${path} (404${detail}), or the token cannot see it. Check the repository name and that ${source.token} may read it.`
  if (e.status >= 500)
    return `GitHub at ${host} is unavailable (${e.status}${detail}) for ${what}, after retries. Retry later; https://www.githubstatus.com says whether GitHub is down.`
  return `GitHub at ${host} refused ${what} (${e.status}${detail}).`
}
