import type { Plan, RegionCapacityPlan } from '../schema/generated.js'

const pods = (c: RegionCapacityPlan) => (c.min === c.max ? `${c.max}` : `${c.min}-${c.max}`)
const requests = (c: RegionCapacityPlan) => (c.cpu ? `${c.cpu}, ${c.memory}` : 'no requests')
const round = (n: number) => Math.round(n * 100) / 100

/** The region's traffic when its worst failure happens, and whether its maximum takes it. */
function worstCase(c: RegionCapacityPlan): { text: string; ok: boolean } | undefined {
  if (c.capacityRps === undefined) return undefined
  const total = round((c.rps ?? 0) + (c.worst?.receivedRps ?? 0))
  const text = c.worst
    ? `${c.worst.failed}: +${c.worst.receivedRps} = ${total} rps`
    : 'no other region fails over to it'
  return { text, ok: total <= c.capacityRps }
}

/** One line a region with capacity: pods, requests, and with traffic figures its worst failover case. */
export function capacityLines(plan: Plan, width: number): string[] {
  return plan.regions.flatMap(r => {
    const c = r.capacity
    if (!c) return []
    const base = `  ${r.name.padEnd(width)}  ${pods(c)} pods × ${requests(c)}`
    const worst = worstCase(c)
    if (!worst) return [base]
    const when = c.worst ? worst.text.replace(':', ' down:') : worst.text
    return [
      `${base}  ${c.capacityRps} rps max, expects ${c.rps ?? 0}; ${when}, ${worst.ok ? 'ok' : 'OVER'}`
    ]
  })
}

/** The Markdown table of the same, or undefined when no region has capacity. */
export function capacityMarkdown(plan: Plan): string | undefined {
  const rows = plan.regions.flatMap(r => {
    const c = r.capacity
    if (!c) return []
    const worst = worstCase(c)
    return [
      `| ${r.name} | ${pods(c)} | ${requests(c)} | ${c.capacityRps ?? '-'} | ${c.rps ?? '-'} | ${worst?.text ?? '-'} | ${worst ? (worst.ok ? 'ok' : '**over**') : '-'} |`
    ]
  })
  if (rows.length === 0) return undefined
  return [
    '### Capacity',
    '',
    '| Region | Pods | Requests per pod | Serves (rps) | Expects (rps) | Worst failover | Headroom |',
    '|---|---|---|---|---|---|---|',
    ...rows
  ].join('\n')
}
