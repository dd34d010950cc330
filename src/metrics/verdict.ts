/** One metric check of a bake: a PromQL query whose single value must stay within bounds. */
export interface MetricCheck {
  name: string
  /** PromQL; `{region}` is replaced by the region's name. */
  query: string
  /** The value passes when at most max and at least min. */
  max?: number
  min?: number
}

/** What a Prometheus instant query answered: its vector's values, or why there is none. */
export type QueryAnswer =
  { kind: 'values'; values: number[] } | { kind: 'unavailable'; reason: string }

export interface CheckResult {
  check: string
  /** fail rolls back as an unhealthy app does; inconclusive halts the train, never passes. */
  outcome: 'pass' | 'fail' | 'inconclusive'
  value?: number
  detail: string
}

/**
 * A check's outcome from the query's answer. No answer or no series is
 * inconclusive: a silent exporter proves nothing, so it never passes. A
 * result of several series takes the worst (the largest for max, the
 * smallest for min); NaN (0/0, as a ratio over no requests) is no data.
 * Pure.
 */
export function judge(check: MetricCheck, answer: QueryAnswer): CheckResult {
  if (answer.kind === 'unavailable')
    return { check: check.name, outcome: 'inconclusive', detail: answer.reason }
  const values = answer.values.filter(v => !Number.isNaN(v))
  if (values.length === 0)
    return {
      check: check.name,
      outcome: 'inconclusive',
      detail: `${check.query} returned no data`
    }
  const high = Math.max(...values)
  const low = Math.min(...values)
  if (check.max !== undefined && high > check.max)
    return {
      check: check.name,
      outcome: 'fail',
      value: high,
      detail: `${high} is above ${check.max}`
    }
  if (check.min !== undefined && low < check.min)
    return {
      check: check.name,
      outcome: 'fail',
      value: low,
      detail: `${low} is below ${check.min}`
    }
  const value = check.max !== undefined ? high : low
  return { check: check.name, outcome: 'pass', value, detail: `${value} is within bounds` }
}

/** A region's bake verdict: any failed check fails it, else any inconclusive one halts it. */
export function bakeVerdict(results: readonly CheckResult[]): CheckResult['outcome'] {
  if (results.some(r => r.outcome === 'fail')) return 'fail'
  if (results.some(r => r.outcome === 'inconclusive')) return 'inconclusive'
  return 'pass'
}
