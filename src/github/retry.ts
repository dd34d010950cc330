import type { Octokit } from '@octokit/rest'

/**
 * Retries a request GitHub answered with a server fault, as
 * @octokit/plugin-retry 8 does (dist-src/error-request.js, wrap-request.js):
 * any status from 400 not in `doNotRetry`, and a GraphQL answer whose first
 * error is GitHub's "Something went wrong while executing your query",
 * retried up to `retries` times, the nth retry after n² × `unitMs`. The
 * plugin schedules each request through a Bottleneck of its own, which costs
 * about 4.5 ms a request even when nothing fails (see limiter.ts); this hook
 * costs nothing until a request fails. Rate limits are the throttling
 * plugin's, inside this hook, so a retry here waits for them as a first try
 * does.
 */
export function retryServerErrors(options: {
  retries: number
  unitMs: number
  doNotRetry: readonly number[]
}) {
  return (octokit: Pick<Octokit, 'hook'>): void =>
    octokit.hook.wrap('request', async (request, endpoint) => {
      for (let attempt = 0; ; attempt++) {
        const wait = () =>
          new Promise(resolve => setTimeout(resolve, (attempt + 1) ** 2 * options.unitMs))
        try {
          const response = await request(endpoint)
          const errors = (response.data as { errors?: { message?: string }[] } | undefined)?.errors
          if (attempt < options.retries && TRANSIENT_GRAPHQL.test(errors?.[0]?.message ?? '')) {
            await wait()
            continue
          }
          return response
        } catch (error) {
          const status = (error as { status?: unknown }).status
          const retryable =
            typeof status === 'number' &&
            status >= 400 &&
            !options.doNotRetry.includes(status) &&
            (error as { request?: unknown }).request !== undefined
          if (!retryable || attempt >= options.retries) throw error
          await wait()
        }
      }
    })
}

/** GitHub's answer to a GraphQL query that failed on its side, which plugin-retry retries. */
const TRANSIENT_GRAPHQL = /Something went wrong while executing your query/
