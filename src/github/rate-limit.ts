/**
 * GitHub's primary rate limits, one budget per resource: REST requests
 * (`core`) and GraphQL points (`graphql`), each 5,000 an hour for a GitHub
 * App installation and up to 12,500 on larger organisations
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#primary-rate-limit-for-github-app-installations).
 */
export type RateResource = 'core' | 'graphql'

/** Where one budget stood at the last answer GitHub sent. */
export interface RateBudget {
  resource: RateResource
  limit: number
  remaining: number
  /** Seconds until GitHub resets it (x-ratelimit-reset, measured against the answer's date). */
  resetsIn: number
}

/** A run stopped before GitHub would have refused it: the budget is spent and resets too late to wait for. */
export class RateBudgetSpent extends Error {
  constructor(readonly budget: RateBudget) {
    super(
      `GitHub's ${budget.resource === 'graphql' ? 'GraphQL' : 'REST'} rate limit is nearly spent (${budget.remaining} of ${budget.limit} left, resets in ${Math.ceil(budget.resetsIn)} s): stopping here so the next run carries on once it resets`
    )
  }
}

/** The part of the client's logger the pacer writes to. */
interface PacerLog {
  debug(message: string): void
  warn(message: string): void
}

export interface PacerOptions {
  /** Milliseconds per second of waiting; tests pass 1. */
  unitMs: number
  log: PacerLog
  /** Requests (points) kept back for other jobs on the same installation: below this the pacer waits for the reset. Default: 2% of the limit. */
  reserve?: number
  /** The longest wait for a reset, in seconds; past it the run stops with RateBudgetSpent. Default 300. */
  maxWaitSeconds?: number
}

interface Seen {
  limit: number
  remaining: number
  /** Seconds to the reset when it was read. */
  resetsIn: number
  /** performance.now() when it was read. */
  at: number
}

/** Below this share of the limit, requests are spaced to last until the reset. */
const PACE_BELOW = 0.2

/**
 * Slows a client down before GitHub does. It reads the rate-limit headers of
 * every answer and, before each request: waits out a secondary limit's
 * `retry-after` for every request, not only the one refused (GitHub asks
 * clients not to send anything until it has passed, and may ban an
 * integration that does: docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit);
 * below a fifth of the budget, spaces requests so what is left lasts until
 * the reset; at the reserve, waits for the reset when it is near, or stops
 * the run with RateBudgetSpent when it is not.
 */
export class RatePacer {
  readonly #seen = new Map<RateResource, Seen>()
  #holdUntil = 0
  readonly #unit: number
  readonly #log: PacerLog
  readonly #reserve: number | undefined
  readonly #maxWait: number

  constructor(options: PacerOptions) {
    this.#unit = options.unitMs
    this.#log = options.log
    this.#reserve = options.reserve
    this.#maxWait = options.maxWaitSeconds ?? 300
  }

  /** Where the budget stands now, if an answer has said so. */
  budget(resource: RateResource): RateBudget | undefined {
    const seen = this.#seen.get(resource)
    if (!seen) return undefined
    const elapsed = (performance.now() - seen.at) / this.#unit
    return {
      resource,
      limit: seen.limit,
      remaining: seen.remaining,
      resetsIn: Math.max(0, seen.resetsIn - elapsed)
    }
  }

  /** Reads an answer's headers, a refusal's included. */
  observe(url: string, status: number, headers: Record<string, unknown> | undefined): void {
    if (!headers) return
    const header = (name: string) => {
      const value = headers[name]
      return value === undefined || value === null ? undefined : String(value)
    }
    const retryAfter = Number(header('retry-after'))
    if ((status === 403 || status === 429) && retryAfter > 0) {
      this.#holdUntil = Math.max(this.#holdUntil, performance.now() + retryAfter * this.#unit)
      // The throttling plugin's handler already warns of the limit; this says the rest of the run waits too.
      this.#log.debug(`every request waits ${retryAfter} s: GitHub's retry-after`)
    }
    const limit = Number(header('x-ratelimit-limit'))
    const remaining = Number(header('x-ratelimit-remaining'))
    const reset = Number(header('x-ratelimit-reset'))
    if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset)) return
    const date = Date.parse(header('date') ?? '')
    const now = Number.isNaN(date) ? Date.now() : date
    this.#seen.set(resourceOf(url, header('x-ratelimit-resource')), {
      limit,
      remaining,
      resetsIn: Math.max(0, reset - now / 1000),
      at: performance.now()
    })
  }

  /** Waits as long as the budget asks before a request to `url`. */
  async beforeRequest(url: string): Promise<void> {
    const hold = this.#holdUntil - performance.now()
    if (hold > 0) await sleep(hold)
    const resource = resourceOf(url)
    const budget = this.budget(resource)
    if (!budget) return
    const reserve = this.#reserve ?? Math.ceil(budget.limit * 0.02)
    const seen = this.#seen.get(resource)!
    if (budget.remaining <= reserve) {
      if (budget.resetsIn > this.#maxWait) throw new RateBudgetSpent(budget)
      this.#log.warn(
        `GitHub ${resource} rate limit: ${budget.remaining} of ${budget.limit} left; waiting ${Math.ceil(budget.resetsIn)} s for the reset`
      )
      await sleep((budget.resetsIn + 1) * this.#unit)
      // Until the next answer says otherwise, the window has reset.
      this.#seen.delete(resource)
      return
    }
    // Count this request now, so requests sent side by side see each other.
    seen.remaining--
    if (budget.remaining < budget.limit * PACE_BELOW) {
      const spacing = budget.resetsIn / (budget.remaining - reserve)
      await sleep(spacing * this.#unit)
    }
  }
}

function resourceOf(url: string, header?: string): RateResource {
  if (header === 'graphql' || header === 'core') return header
  return /\/graphql$/.test(url.replace(/\?.*$/, '')) ? 'graphql' : 'core'
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
