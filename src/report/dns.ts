import type { DnsRecord, Plan } from '../schema/generated.js'

/** One record in a line: name, policy and what decides its answers. */
export function describeRecord(record: DnsRecord): string {
  const parts = [record.name, record.policy]
  if (record.awsRegion) parts.push(`region ${record.awsRegion}`)
  if (record.failover) parts.push(record.failover)
  if (record.weight !== undefined) parts.push(`weight ${record.weight}`)
  if (record.continent) parts.push(`continent ${record.continent}`)
  if (record.country)
    parts.push(`country ${record.country}${record.subdivision ? `-${record.subdivision}` : ''}`)
  if (record.target) parts.push(`-> ${record.target}`)
  if (record.setIdentifier) parts.push(`id ${record.setIdentifier}`)
  if (record.healthCheckId) parts.push(`health check ${record.healthCheckId}`)
  else if (record.alias) parts.push('alias, evaluate target health')
  if (!record.alias) parts.push(`ttl ${record.ttl}`)
  if (record.carrier !== 'Service') parts.push(`(${record.carrier})`)
  return parts.join(', ')
}

/** Per region its records, then the route table's order from each client region. */
export function dnsLines(plan: Plan): string[] {
  const out: string[] = []
  const width = Math.max(...plan.regions.map(r => r.name.length), 6)
  for (const region of plan.regions) {
    if (!region.dns) continue
    const records = region.dns.records.length > 0 ? region.dns.records : undefined
    out.push(
      `  ${region.name.padEnd(width)}  ${region.dns.provider} ${region.dns.zone}: ${records ? records.map(describeRecord).join('; ') : 'no record'}`
    )
    for (const step of region.dns.shift ?? [])
      out.push(`  ${''.padEnd(width)}  weight ${step.weight} in wave ${step.wave}`)
  }
  return out
}

export function routeLines(plan: Plan): string[] {
  const routes = plan.routes
  if (!routes) return []
  const width = Math.max(...Object.keys(routes.order).map(r => r.length), 6)
  const hedge = routes.hedgeMs !== undefined ? `, hedge after ${routes.hedgeMs} ms` : ''
  return [
    `  timeout ${routes.timeoutMs} ms per attempt, deadline ${routes.deadlineMs} ms, ${routes.retries} retries (budget ${Math.round(routes.retryBudget.ratio * 100)}%)${hedge}`,
    ...Object.entries(routes.order).map(
      ([client, order]) =>
        `  from ${client.padEnd(width)}  ${order.length > 0 ? order.join(' > ') : 'unreachable'}`
    )
  ]
}
