/**
 * One size of bench/plan/regions.ts, in a process of its own so its peak
 * memory is its own: plans the generated service over N regions once and
 * prints, as one JSON line, the plan's CPU time, the bytes it writes, the
 * sizes of its job summary and PR comment, and the process's peak RSS.
 *
 *   tsx bench/plan/regions-run.ts 1000
 */
import { COMMENT_LIMIT, SUMMARY_LIMIT, renderPlanMarkdown } from '../../src/report/markdown.js'
import { regionFleetPlan } from '../../test/support/region-fleet.js'

const n = Number(process.argv[2])
const before = process.cpuUsage()
const plan = regionFleetPlan(n)
const cpu = process.cpuUsage(before)
const artifact = {
  name: 'multiregion-plan',
  url: 'https://github.com/acme/checkout/actions/runs/1'
}
const summary = renderPlanMarkdown(plan, { limit: SUMMARY_LIMIT, artifact })
const comment = renderPlanMarkdown(plan, { limit: COMMENT_LIMIT, artifact })
console.log(
  JSON.stringify({
    regions: n,
    // Generating the inputs and loading them is in this figure too: it is what plan --no-shadow does.
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes: plan.regions
      .flatMap(r => r.edits)
      .reduce((sum, e) => sum + e.content.length + e.diff.length, 0),
    summaryBytes: Buffer.byteLength(summary),
    commentChars: comment.length,
    errors: plan.summary.errors,
    maxRssMb: process.resourceUsage().maxRSS / 1024
  })
)
