import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { instantQuery, regionQuery } from '../../src/metrics/prometheus.js'
import { bakeVerdict, judge } from '../../src/metrics/verdict.js'
import type { CheckResult, MetricCheck } from '../../src/metrics/verdict.js'
import { freePort, PrometheusWithExporter } from '../support/prometheus.js'

/*
 * A real Prometheus (Debian's `prometheus` package) scrapes an exporter on
 * loopback whose request counters the test drives, per region: the bake's
 * error-ratio check passes on clean traffic, fails once errors rise, and is
 * inconclusive for a region with no series or a Prometheus that does not answer.
 */

jest.setTimeout(120_000)

const ERROR_RATIO: MetricCheck = {
  name: 'error-ratio',
  query:
    'sum(rate(http_requests_total{region="{region}",code=~"5.."}[5s])) / sum(rate(http_requests_total{region="{region}"}[5s]))',
  max: 0.05
}

let prometheus: PrometheusWithExporter
let promUrl: string

beforeAll(async () => {
  prometheus = await PrometheusWithExporter.start(['us-east', 'us-west'])
  promUrl = prometheus.url
})

afterAll(async () => {
  await prometheus?.stop()
})

/** Evaluates the check for the region until `until` holds of its result, or gives the last result after 60 tries. */
async function evaluateUntil(
  region: string,
  until: (r: CheckResult) => boolean,
  url = promUrl
): Promise<CheckResult> {
  let result: CheckResult | undefined
  for (let i = 0; i < 60; i++) {
    result = judge(ERROR_RATIO, await instantQuery(url, regionQuery(ERROR_RATIO, region)))
    if (until(result)) break
    await new Promise(resolve => setTimeout(resolve, 500))
  }
  return result!
}

describe('bakes decided by a real Prometheus', () => {
  it('a clean region passes; once its errors rise the check fails and the bake rolls back', async () => {
    const clean = await evaluateUntil('us-west', r => r.outcome === 'pass')
    expect(clean).toMatchObject({ outcome: 'pass', value: 0 })
    expect(bakeVerdict([clean])).toBe('pass')
    prometheus.traffic.get('us-west')!.errorShare = 0.3
    const rising = await evaluateUntil('us-west', r => r.outcome !== 'pass')
    expect(rising.outcome).toBe('fail')
    expect(rising.value).toBeGreaterThan(0.05)
    expect(rising.detail).toMatch(/is above 0.05/)
    // The clean region is unaffected.
    expect((await evaluateUntil('us-east', r => r.outcome === 'pass')).outcome).toBe('pass')
  })

  it('a region whose exporter is silent (no series) is inconclusive, never a pass', async () => {
    await evaluateUntil('us-east', r => r.outcome === 'pass')
    const silent = judge(
      ERROR_RATIO,
      await instantQuery(promUrl, regionQuery(ERROR_RATIO, 'sweden'))
    )
    expect(silent).toMatchObject({
      outcome: 'inconclusive',
      detail: expect.stringMatching(/no data/)
    })
    expect(bakeVerdict([{ check: 'other', outcome: 'pass', detail: '' }, silent])).toBe(
      'inconclusive'
    )
  })

  it('a Prometheus that does not answer is inconclusive', async () => {
    const down = `http://127.0.0.1:${await freePort()}`
    const result = judge(ERROR_RATIO, await instantQuery(down, regionQuery(ERROR_RATIO, 'us-east')))
    expect(result).toMatchObject({
      outcome: 'inconclusive',
      detail: expect.stringMatching(/did not answer/)
    })
  })
})
