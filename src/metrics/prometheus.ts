import type { MetricCheck, QueryAnswer } from './verdict.js'

interface PromResponse {
  status: 'success' | 'error'
  error?: string
  data?: { resultType: string; result: { value?: [number, string] }[] | [number, string] }
}

/**
 * One instant query (GET /api/v1/query, Prometheus HTTP API docs "Instant
 * queries"). A refused connection, a timeout, a non-2xx answer or
 * status "error" is `unavailable`; a scalar is one value, a vector its
 * samples' values (strings in the API, "NaN" included).
 */
export async function instantQuery(
  baseUrl: string,
  query: string,
  timeoutMs = 5000
): Promise<QueryAnswer> {
  const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
  url.searchParams.set('query', query)
  let body: PromResponse
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    body = (await response.json()) as PromResponse
    if (!response.ok || body.status !== 'success')
      return {
        kind: 'unavailable',
        reason: `Prometheus at ${url.origin} answered ${response.status}: ${body.error ?? 'no error text'}`
      }
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: `Prometheus at ${url.origin} did not answer: ${(error as Error).message}`
    }
  }
  const data = body.data
  if (data?.resultType === 'scalar')
    return { kind: 'values', values: [Number((data.result as [number, string])[1])] }
  const samples = (data?.result ?? []) as { value?: [number, string] }[]
  return {
    kind: 'values',
    values: samples.flatMap(s => (s.value ? [Number(s.value[1])] : []))
  }
}

/** The check's query for one region. */
export function regionQuery(check: MetricCheck, region: string): string {
  return check.query.replaceAll('{region}', region)
}
