import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { instantQuery, regionQuery } from '../../src/metrics/prometheus.js'
import { bakeVerdict, judge } from '../../src/metrics/verdict.js'
import type { CheckResult, MetricCheck } from '../../src/metrics/verdict.js'

/*
 * A real Prometheus (Debian's `prometheus` package) scrapes an exporter on
 * loopback whose request counters the test drives, per region: the bake's
 * error-ratio check passes on clean traffic, fails once errors rise, and is
 * inconclusive for a region with no series or a Prometheus that does not answer.
 */

jest.setTimeout(120_000)
const PROMETHEUS = process.env.PROMETHEUS ?? '/usr/bin/prometheus'

const ERROR_RATIO: MetricCheck = {
  name: 'error-ratio',
  query:
    'sum(rate(http_requests_total{region="{region}",code=~"5.."}[5s])) / sum(rate(http_requests_total{region="{region}"}[5s]))',
  max: 0.05
}

/** Requests served so far per region, by status code; a region absent here exports nothing. */
const counters = new Map<string, { ok: number; errors: number; errorShare: number }>([
  ['us-east', { ok: 0, errors: 0, errorShare: 0 }],
  ['us-west', { ok: 0, errors: 0, errorShare: 0 }]
])

let dir: string
let exporter: Server
let prometheus: ChildProcess
let promUrl: string
let traffic: NodeJS.Timeout

async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

beforeAll(async () => {
  if (!existsSync(PROMETHEUS))
    throw new Error(
      `prometheus is not at ${PROMETHEUS}: this test runs a real one. apt-get install -y prometheus, or set PROMETHEUS.`
    )
  dir = mkdtempSync(join(tmpdir(), 'multiregion-prometheus-'))
  exporter = createServer((_req, res) => {
    const lines = ['# TYPE http_requests_total counter']
    for (const [region, c] of counters)
      lines.push(
        `http_requests_total{region="${region}",code="200"} ${c.ok}`,
        `http_requests_total{region="${region}",code="500"} ${c.errors}`
      )
    res.setHeader('content-type', 'text/plain; version=0.0.4')
    res.end(`${lines.join('\n')}\n`)
  })
  await new Promise<void>(resolve => exporter.listen(0, '127.0.0.1', resolve))
  const exporterPort = (exporter.address() as AddressInfo).port
  // Each region serves 100 requests every 100 ms, errorShare of them failing.
  traffic = setInterval(() => {
    for (const c of counters.values()) {
      c.errors += Math.round(100 * c.errorShare)
      c.ok += 100 - Math.round(100 * c.errorShare)
    }
  }, 100)
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      'scrape_configs:',
      '  - job_name: exporter',
      `    static_configs: [{ targets: ["127.0.0.1:${exporterPort}"] }]`,
      ''
    ].join('\n')
  )
  const port = await freePort()
  promUrl = `http://127.0.0.1:${port}`
  prometheus = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`
    ],
    { stdio: 'ignore' }
  )
})

afterAll(async () => {
  clearInterval(traffic)
  prometheus?.kill()
  await new Promise(resolve => exporter?.close(resolve))
  rmSync(dir, { recursive: true, force: true })
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
    counters.get('us-west')!.errorShare = 0.3
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
