import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { reconcileTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { instantQuery } from '../../src/metrics/prometheus.js'
import { renderTrainStatus } from '../../src/report/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { SERVICES } from '../support/paths.js'
import { freePort, PrometheusWithExporter } from '../support/prometheus.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

/*
 * Bakes decided by metrics, end to end: the train over the GitHub and Argo CD
 * simulators, each region's bake judged by an error-ratio check that a real
 * Prometheus answers from an exporter on loopback whose error rate the test
 * drives. A clean release goes everywhere; a region whose errors rise during
 * its bake rolls back as a Degraded one does; a region whose exporter is
 * silent, or whose Prometheus does not answer, halts the train.
 */

jest.setTimeout(180_000)
const MIN = 60_000
const REGIONS = ['us-east', 'us-west', 'sweden', 'china']
const QUERY =
  'sum(rate(http_requests_total{region="{region}",code=~"5.."}[5s])) / sum(rate(http_requests_total{region="{region}"}[5s]))'

let prometheus: PrometheusWithExporter
stopHarnessesAfterEach()

beforeAll(async () => {
  prometheus = await PrometheusWithExporter.start(REGIONS)
})
afterAll(async () => {
  await prometheus?.stop()
})

/** Polls Prometheus until the region's error ratio satisfies `holds` (undefined: no data), so a check sees what the test set. */
async function ratioSettles(region: string, holds: (v: number | undefined) => boolean) {
  const query = QUERY.replaceAll('{region}', region)
  for (let i = 0; i < 120; i++) {
    const answer = await instantQuery(prometheus.url, query)
    const values = answer.kind === 'values' ? answer.values.filter(v => !Number.isNaN(v)) : []
    if (holds(values.length === 0 ? undefined : Math.max(...values))) return
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new Error(`Prometheus never showed the expected error ratio for ${region}`)
}

/** The checkout fixture with an error-ratio check, and each region's Prometheus (the real one unless `urls` says). */
async function start(urls: Record<string, string> = {}): Promise<TrainHarness> {
  const manifest = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8').replace(
    /( +)onFailure: rollback.*\n/,
    (line, indent: string) =>
      `${line}${indent}checks:\n${indent}  - name: error-ratio\n${indent}    query: '${QUERY}'\n${indent}    max: 0.05\n`
  )
  const SHORT: Record<string, string> = {
    use1: 'us-east',
    usw2: 'us-west',
    eun1: 'sweden',
    cnn1: 'china'
  }
  return TrainHarness.start({
    manifest,
    platform: text =>
      text.replace(
        /\n( +)argocd:\n( +)server: https:\/\/argocd\.([a-z0-9]+)\.example\.com\n/g,
        (block, indent: string, _inner: string, short: string) =>
          `\n${indent}prometheus: { url: "${urls[SHORT[short]!] ?? prometheus.url}" }${block}`
      )
  })
}

/** Reconcile runs as workflow runs would make them: approvals given and 11 minutes between runs; `between` runs after each. */
async function drive(h: TrainHarness, between: () => Promise<void> = async () => {}) {
  let run: TrainRun = await reconcileTrain(h.ctx, 'v1.5.0')
  const done = [...run.done]
  for (let i = 0; i < 14 && run.decision.state !== 'done' && run.decision.state !== 'halted'; i++) {
    await between()
    h.approveAll('alice', 'bob')
    h.clock.advance(11 * MIN)
    run = await reconcileTrain(h.ctx, 'v1.5.0')
    done.push(...run.done)
  }
  return { run, done }
}

function pulls(h: TrainHarness) {
  return [...h.github.repo(REPO).pulls.values()].map(p => ({
    marker: decodeMarker(p.body),
    merged: p.mergedAt !== null,
    labels: p.labels
  }))
}

function promotion(h: TrainHarness, region: string) {
  return pulls(h).find(p => p.marker?.kind === 'promotion' && p.marker.region === region)
}

describe('bakes decided by metrics from a real Prometheus', () => {
  it('a clean release passes every bake and reaches every region, the checks on record', async () => {
    for (const r of REGIONS) {
      prometheus.traffic.set(r, { ok: 0, errors: 0, errorShare: 0 })
      await ratioSettles(r, v => v === 0)
    }
    const h = await start()
    const { run, done } = await drive(h)
    expect(run.decision.state).toBe('done')
    for (const region of ['us-east', 'sweden', 'china'])
      expect(promotion(h, region)!.marker!.bake).toEqual({
        outcome: 'pass',
        results: [{ check: 'error-ratio', outcome: 'pass', value: 0, detail: '0 is within bounds' }]
      })
    expect(done).toContainEqual(
      expect.stringMatching(/^sweden: metric checks pass at the end of its bake/)
    )
    const summary = renderTrainStatus(run.observed, run.decision)
    expect(summary).toContain('### Metric checks at the end of each bake')
    expect(summary).toMatch(/\| china \| error-ratio \| pass \| 0 \|/)
  })

  it('a region whose error rate rises during its bake fails its check and rolls back as a Degraded one does', async () => {
    for (const r of REGIONS) {
      prometheus.traffic.set(r, { ok: 0, errors: 0, errorShare: 0 })
      await ratioSettles(r, v => v === 0)
    }
    const h = await start()
    let raised = false
    const { run } = await drive(h, async () => {
      // china went Healthy in Argo CD; during its bake its errors climb to 30%.
      const china = promotion(h, 'china')?.marker
      if (!raised && china?.outcome === 'healthy') {
        raised = true
        prometheus.traffic.get('china')!.errorShare = 0.3
        await ratioSettles('china', v => v !== undefined && v > 0.05)
      }
    })
    expect(raised).toBe(true)
    expect(run.decision.state).toBe('halted')
    const bake = promotion(h, 'china')!.marker!.bake!
    expect(bake.outcome).toBe('fail')
    expect(bake.results[0]!.value).toBeGreaterThan(0.05)
    expect(bake.results[0]!.detail).toMatch(/is above 0.05/)
    const rollbacks = pulls(h).filter(p => p.marker?.kind === 'rollback')
    expect(rollbacks.map(p => [p.marker?.region, p.merged, p.marker?.outcome])).toEqual([
      ['china', true, 'healthy'],
      ['sweden', true, 'healthy'],
      ['us-east', true, 'healthy']
    ])
    expect(
      h.github.repo(REPO).files('main').get('regions/us-east/checkout/kustomization.yaml')
    ).toContain('newTag: v1.4.2')
    expect(promotion(h, 'china')!.labels).toContain('multiregion:bad-release')
  })

  it('a silent exporter halts the train and says so; nothing passes or rolls back', async () => {
    for (const r of REGIONS) prometheus.traffic.set(r, { ok: 0, errors: 0, errorShare: 0 })
    prometheus.traffic.delete('sweden')
    await ratioSettles('sweden', v => v === undefined)
    const h = await start()
    const { run } = await drive(h)
    expect(run.decision.state).toBe('halted')
    expect(promotion(h, 'us-east')!.marker!.bake?.outcome).toBe('pass')
    expect(promotion(h, 'sweden')!.marker!.bake).toMatchObject({
      outcome: 'inconclusive',
      results: [{ outcome: 'inconclusive', detail: expect.stringMatching(/no data/) }]
    })
    expect(run.decision.actions).toContainEqual(
      expect.objectContaining({
        type: 'halt',
        reason: expect.stringMatching(/metric checks of sweden were inconclusive.*no data/)
      })
    )
    expect(promotion(h, 'china')).toBeUndefined()
    expect(pulls(h).filter(p => p.marker?.kind === 'rollback')).toEqual([])
    expect(promotion(h, 'sweden')!.labels).not.toContain('multiregion:bad-release')
  })

  it('a Prometheus that does not answer halts the train at the first bake', async () => {
    for (const r of REGIONS) prometheus.traffic.set(r, { ok: 0, errors: 0, errorShare: 0 })
    const h = await start({ 'us-east': `http://127.0.0.1:${await freePort()}` })
    const { run } = await drive(h)
    expect(run.decision.state).toBe('halted')
    expect(promotion(h, 'us-east')!.marker!.bake).toMatchObject({
      outcome: 'inconclusive',
      results: [{ outcome: 'inconclusive', detail: expect.stringMatching(/did not answer/) }]
    })
    expect(promotion(h, 'sweden')).toBeUndefined()
    expect(pulls(h).filter(p => p.marker?.kind === 'rollback')).toEqual([])
  })
})
