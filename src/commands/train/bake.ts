import { instantQuery, regionQuery } from '../../metrics/prometheus.js'
import { bakeVerdict, judge } from '../../metrics/verdict.js'
import type { CheckResult } from '../../metrics/verdict.js'
import type { Action } from '../../train/decide.js'
import { pullOf } from './context.js'
import type { Round, TrainContext } from './context.js'
import { updateMarker } from './record.js'

/** At the end of a region's bake: its metric checks' verdict, recorded on its PR's marker. */
export async function evaluateBake(
  { ctx, snap }: Round,
  action: Extract<Action, { type: 'evaluate-checks' }>
): Promise<string> {
  const results = await evaluateChecks(ctx, action.region)
  const outcome = bakeVerdict(results)
  await updateMarker(ctx, pullOf(snap, action.pr), m => ({ ...m, bake: { outcome, results } }))
  return `${action.region}: metric checks ${outcome} at the end of its bake (${results
    .map(r => `${r.check} ${r.outcome}: ${r.detail}`)
    .join('; ')})`
}

/** The service's metric checks, each queried against the region's Prometheus; a region the platform gives none is inconclusive. */
async function evaluateChecks(ctx: TrainContext, region: string): Promise<CheckResult[]> {
  const url = ctx.platform.regions[region]?.prometheus?.url
  return Promise.all(
    (ctx.service.train.checks ?? []).map(async check =>
      judge(
        check,
        url === undefined
          ? {
              kind: 'unavailable',
              reason: `the platform names no Prometheus for ${region} (regions.${region}.prometheus.url)`
            }
          : await instantQuery(url, regionQuery(check, region))
      )
    )
  )
}
