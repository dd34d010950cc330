import { Octokit } from '@octokit/rest'
import { throttling } from '@octokit/plugin-throttling'
import type { ThrottlingOptions } from '@octokit/plugin-throttling'
import { PromptLimiter } from './limiter.js'
import { retryServerErrors } from './retry.js'
import { RatePacer } from './rate-limit.js'

/** What a run cost in GitHub requests, counted per HTTP request (every retry is a request). */
export interface RequestCount {
  total: number
  reads: number
  writes: number
  /** Requests that were a plugin's second or later attempt at the same call. */
  retries: number
  /** Per route, e.g. `POST /repos/{owner}/{repo}/git/trees` or `POST /graphql (mutation)`. */
  byRoute: Record<string, number>
}

/**
 * Counts the requests that reach the network. GitHub's budgets (GITHUB_TOKEN:
 * 1,000 requests an hour per repository; content creation: 80 a minute) are
 * spent per request, retries included, so that is what the job summary shows.
 */
export class RequestCounter {
  #count: RequestCount = emptyCount()

  record(method: string, route: string, write: boolean, retry: boolean): void {
    const count = this.#count
    count.total++
    if (write) count.writes++
    else count.reads++
    if (retry) count.retries++
    const key = `${method} ${route}`
    count.byRoute[key] = (count.byRoute[key] ?? 0) + 1
  }

  /** A copy, so a caller can take one before and one after a step and subtract them. */
  snapshot(): RequestCount {
    return { ...this.#count, byRoute: { ...this.#count.byRoute } }
  }

  /** One line for the job summary. */
  summary(): string {
    const { total, reads, writes, retries } = this.#count
    return `${total} GitHub request${total === 1 ? '' : 's'}: ${reads} read${reads === 1 ? '' : 's'}, ${writes} write${writes === 1 ? '' : 's'}${retries > 0 ? ` (${retries} retried)` : ''}`
  }
}

function emptyCount(): RequestCount {
  return { total: 0, reads: 0, writes: 0, retries: 0, byRoute: {} }
}

/** What happened between two snapshots, e.g. the writes one region's promotion PR cost. */
export function requestsBetween(before: RequestCount, after: RequestCount): RequestCount {
  const byRoute: Record<string, number> = {}
  for (const [route, n] of Object.entries(after.byRoute)) {
    const delta = n - (before.byRoute[route] ?? 0)
    if (delta > 0) byRoute[route] = delta
  }
  return {
    total: after.total - before.total,
    reads: after.reads - before.reads,
    writes: after.writes - before.writes,
    retries: after.retries - before.retries,
    byRoute
  }
}

/** What a request is spent on, for a bench or summary that reports e.g. writes per region PR. */
export type RequestCategory =
  'git' | 'pulls' | 'issues' | 'checks' | 'deployments' | 'graphql' | 'other'

/**
 * Reads and writes per category: Git Data (trees, commits, refs), pull
 * requests (incl. reviews and merges), issues (labels, comments), checks and
 * statuses, deployments, GraphQL, and anything else.
 */
export function requestsByCategory(
  count: RequestCount
): Record<RequestCategory, { reads: number; writes: number }> {
  const out = Object.fromEntries(
    (['git', 'pulls', 'issues', 'checks', 'deployments', 'graphql', 'other'] as const).map(c => [
      c,
      { reads: 0, writes: 0 }
    ])
  ) as Record<RequestCategory, { reads: number; writes: number }>
  for (const [key, n] of Object.entries(count.byRoute)) {
    const [method, route = ''] = key.split(' ')
    const write =
      key.endsWith('(mutation)') || (route !== '/graphql' && method !== 'GET' && method !== 'HEAD')
    const bucket = out[categoryOf(route)]
    if (write) bucket.writes += n
    else bucket.reads += n
  }
  return out
}

function categoryOf(route: string): RequestCategory {
  if (route === '/graphql') return 'graphql'
  const rest = route.replace(/^\/repos\/\{owner\}\/\{repo\}/, '')
  if (rest === route) return 'other'
  if (rest.startsWith('/git/')) return 'git'
  if (rest.startsWith('/pulls')) return 'pulls'
  if (rest.startsWith('/issues')) return 'issues'
  if (rest.startsWith('/deployments')) return 'deployments'
  if (
    /^\/commits\/\{ref\}\/(check-runs|status|statuses)$/.test(rest) ||
    rest.startsWith('/statuses')
  )
    return 'checks'
  return 'other'
}

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export interface ClientOptions {
  token: string
  /** REST root; GitHub Enterprise Server's is `https://HOST/api/v3`. Default: GITHUB_API_URL, else api.github.com. */
  baseUrl?: string
  log?: Logger
  /** Attempts after the first for 5xx and other retryable failures (retry plugin). Default 3. */
  retries?: number
  /** Retries of one request after secondary rate limits. Default 3. */
  secondaryLimitRetries?: number
  /**
   * Milliseconds per unit of the plugins' back-off: retry-after seconds for
   * rate limits, the square of the attempt number for 5xx. Default 1000;
   * tests pass 1 so a `retry-after: 60` waits 60 ms.
   */
  backoffUnitMs?: number
  /**
   * The throttling plugin spaces writes one second apart (three for those
   * that notify people, such as pull requests and comments), as GitHub asks
   * of clients that create content. Tests against a loopback simulator turn
   * it off; nothing else should.
   */
  spaceWrites?: boolean
  /** Requests kept back for other jobs on the installation, and the longest wait for a reset (RatePacer). */
  pacing?: { reserve?: number; maxWaitSeconds?: number }
}

export interface GitHubClient {
  octokit: Octokit
  counter: RequestCounter
  /** Where GitHub's rate limits stand, as its last answers said. */
  pacer: RatePacer
}

/**
 * An Octokit with the throttling and retry plugins and a request counter.
 * The counter is the first plugin so that its hook is the innermost one and
 * sees every attempt the other two make.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const counter = new RequestCounter()
  const log = options.log ?? silentLog
  const unit = options.backoffUnitMs ?? 1000
  const secondaryLimitRetries = options.secondaryLimitRetries ?? 3
  const pacer = new RatePacer({ unitMs: unit, log, ...options.pacing })
  // The pacer sits inside the plugins too, so their retries wait for the budget as first tries do.
  const CountedOctokit = Octokit.plugin(
    countRequests(counter),
    pace(pacer),
    throttling,
    retryServerErrors({
      retries: options.retries ?? 3,
      unitMs: unit,
      // plugin-retry's list plus 405 and 409: a refused merge (protection, a moved head) is an answer, not a fault.
      doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451]
    })
  )
  const octokit = new CountedOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? defaultBaseUrl()).replace(/\/+$/, ''),
    userAgent: 'multiregion',
    log,
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      // The plugin's own Bottleneck limiters cost about 4.5 ms a request each (limiter.ts); the
      // same rules without them: its retry after a rate limit, and 10 requests at once at most
      // (the plugin's global group; GitHub allows 100). Writes keep the plugin's one-a-second
      // group. The plugin reads both from these options (index.js, `state.retryLimiter ??`,
      // `state.global ??`) though its types name neither; test/github/resilience.test.ts holds it to them.
      ...({
        retryLimiter: new PromptLimiter(),
        global: new PromptLimiter(10)
      } as object),
      ...(options.spaceWrites === false
        ? {
            write: passThroughGroup as unknown as ThrottlingOptions['write'],
            notifications: passThroughGroup as unknown as ThrottlingOptions['notifications']
          }
        : {}),
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number
      ) => {
        // The primary limit resets within the hour; waiting a job out is worse than failing it with a clear message.
        const retrying = retryCount < 1 && retryAfter <= 60
        log.warn(
          `GitHub rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s` : `giving up (it resets in ${retryAfter} s)`}`
        )
        return retrying
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number
      ) => {
        const retrying = retryCount < secondaryLimitRetries
        log.warn(
          `GitHub secondary rate limit on ${request.method} ${request.url}: ${retrying ? `retry ${retryCount + 1} of ${secondaryLimitRetries} in ${retryAfter} s` : 'giving up'}`
        )
        return retrying
      }
    }
  })
  octokit.hook.error('request', (error, endpoint) => {
    throw explainForbidden(error, endpoint as unknown as RequestOptions)
  })
  return { octokit, counter, pacer }
}

/**
 * The fine-grained permission each kind of write needs, as GitHub's docs list
 * them under "Fine-grained access tokens" for each endpoint
 * (https://docs.github.com/rest/authentication/permissions-required-for-fine-grained-personal-access-tokens).
 */
function permissionFor(method: string, url: string): string {
  const rest = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/^.*\/repos\/[^/]+\/[^/]+/, '')
  const write = method !== 'GET' && method !== 'HEAD'
  const level = write ? 'write' : 'read'
  if (url.endsWith('/graphql'))
    return 'contents: read (file reads) and pull-requests: write (auto-merge)'
  if (
    rest.startsWith('/git/') ||
    rest.startsWith('/contents') ||
    (rest.startsWith('/commits/') && !/check-runs|status/.test(rest))
  )
    return `contents: ${level}`
  if (/^\/issues\/\d+\/labels/.test(rest) || rest.startsWith('/issues'))
    return `pull-requests: ${level} (labels and comments on a pull request)`
  if (rest.startsWith('/pulls')) return `pull-requests: ${level}`
  if (rest.startsWith('/deployments')) return `deployments: ${level}`
  if (/check-runs|status/.test(rest)) return `checks: read and statuses: read`
  if (
    rest.startsWith('/rules') ||
    rest.startsWith('/branches') ||
    rest.startsWith('/collaborators')
  )
    return `metadata: read (and administration: read for protection details)`
  return `the permission GitHub's docs list for ${method} ${rest || url}`
}

/**
 * A 403 that is not a rate limit means the token lacks a permission. GitHub's
 * own message ("Resource not accessible by integration") does not say which,
 * so the error names it; the status stays for callers that test it.
 */
function explainForbidden(error: unknown, request: RequestOptions): unknown {
  const status = (error as { status?: unknown }).status
  if (status !== 403 || !(error instanceof Error)) return error
  const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers
  if (headers?.['retry-after'] !== undefined || headers?.['x-ratelimit-remaining'] === '0')
    return error
  if (/rate limit/i.test(error.message)) return error
  const route = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '')
  error.message = `GitHub refused ${request.method} ${route} (403: ${error.message}). The token needs ${permissionFor(request.method, request.url)} on this repository: grant it in the workflow's permissions block or the GitHub App's settings, then run again.`
  return error
}

interface RequestOptions {
  method: string
  url: string
}

/** The REST root the runner says this job talks to, so GitHub Enterprise Server works without configuration. */
function defaultBaseUrl(): string {
  return process.env.GITHUB_API_URL || 'https://api.github.com'
}

const silentLog: Logger = { debug() {}, info() {}, warn() {}, error() {} }

/** Stands in for the throttling plugin's write limiter (a Bottleneck group): runs each job at once. */
const passThroughGroup = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args))
  })
}

function countRequests(counter: RequestCounter) {
  // The plugins retry by passing the same options object down again; their own
  // retryCount fields live on an object Octokit shares between calls, so they cannot tell.
  const seen = new WeakSet<object>()
  return (octokit: Pick<Octokit, 'hook'>): void =>
    octokit.hook.wrap('request', (request, endpoint) => {
      const { method, url } = endpoint as unknown as RequestOptions
      const retried = seen.has(endpoint)
      seen.add(endpoint)
      if (url === '/graphql') {
        const mutation = /^\s*mutation\b/.test(
          String((endpoint as { query?: unknown }).query ?? '')
        )
        counter.record(
          method,
          mutation ? '/graphql (mutation)' : '/graphql (query)',
          mutation,
          retried
        )
      } else {
        counter.record(method, routeOf(url), method !== 'GET' && method !== 'HEAD', retried)
      }
      return request(endpoint)
    })
}

function pace(pacer: RatePacer) {
  return (octokit: Pick<Octokit, 'hook'>): void =>
    octokit.hook.wrap('request', async (request, endpoint) => {
      const { url } = endpoint as unknown as RequestOptions
      await pacer.beforeRequest(url)
      try {
        const response = await request(endpoint)
        pacer.observe(url, response.status, response.headers as Record<string, unknown>)
        return response
      } catch (error) {
        const { status, response } = error as {
          status?: number
          response?: { headers?: Record<string, unknown> }
        }
        pacer.observe(url, status ?? 0, response?.headers)
        throw error
      }
    })
}

/**
 * The route template of a request. Octokit hands the hook a template for
 * most calls, but paginate() sends expanded URLs (and absolute ones for the
 * next pages); fold those back so one route is counted under one key.
 */
function routeOf(url: string): string {
  if (url.includes('{')) return url
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '')
  const repo = /\/repos\/[^/]+\/[^/]+(\/.*)?$/.exec(path)
  if (!repo) return path
  const rest = (repo[1] ?? '')
    .replace(/^\/pulls\/\d+/, '/pulls/{pull_number}')
    .replace(/^\/issues\/comments\/\d+/, '/issues/comments/{comment_id}')
    .replace(/^\/issues\/\d+/, '/issues/{issue_number}')
    .replace(/^\/deployments\/\d+/, '/deployments/{deployment_id}')
    .replace(/^\/commits\/[^/]+/, '/commits/{ref}')
    .replace(/^\/rules\/branches\/.+$/, '/rules/branches/{branch}')
  return `/repos/{owner}/{repo}${rest}`
}
