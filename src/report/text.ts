import type { Finding, Plan } from '../schema/generated.js'
import { dnsLines, routeLines } from './dns.js'
import { firstFindings, formatSeconds, plural, shortVersion } from './format.js'

/**
 * `file:line:col: severity [rule] message`, the form editors and problem
 * matchers understand, one per line: the first of each level, then a line
 * saying how many more there are.
 */
export function findingLines(findings: readonly Finding[]): string[] {
  const { shown, more } = firstFindings(findings)
  const lines = shown.map(
    f => `${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}`
  )
  return more ? [...lines, more] : lines
}

/** The plan for people at a terminal: the train as waves, per-region diffs, findings. */
export function renderPlanText(plan: Plan): string {
  const { service, release, train, summary } = plan
  const out: string[] = []
  const team = service.team ? ` (${service.team})` : ''
  out.push(`Plan: ${service.name}${team} -> ${release.ref}  [${service.image}]`)
  out.push(
    `Train: ${plural(train.waves.length, 'wave')}, ${plural(train.approvals, 'approval')} per PR, bake ${formatSeconds(train.bakeSeconds)}, timeout ${formatSeconds(train.timeoutSeconds)}, on failure ${train.onFailure}`
  )
  const width = Math.max(...plan.regions.map(r => r.name.length), 6)
  for (const wave of train.waves) {
    out.push('', `Wave ${wave.number}`)
    for (const region of plan.regions.filter(r => r.wave === wave.number)) {
      const name = region.name.padEnd(width)
      const detail =
        region.action === 'promote'
          ? `${shortVersion(region.current)} -> ${shortVersion(region.target)}  ${region.edits.map(e => `${e.path}:${e.line}`).join(', ')}  (${plural(region.approvals, 'approval')}, Argo CD ${region.argocd.app})`
          : region.action === 'current'
            ? `already at ${shortVersion(region.current)}, no change`
            : 'blocked: see findings'
      out.push(`  ${name}  ${region.action.padEnd(7)}  ${detail}`)
    }
  }
  const dns = dnsLines(plan)
  if (dns.length > 0) out.push('', 'DNS', ...dns)
  const routes = routeLines(plan)
  if (routes.length > 0) out.push('', 'Routes', ...routes)
  const data = [...plan.regions].filter(r => r.data).sort((a, b) => a.data!.order - b.data!.order)
  if (data.length > 0) {
    out.push('', `Data (${data[0]!.data!.engine}), regions in migration order`)
    for (const region of data) {
      const migrations = region.data!.migrations
      out.push(
        `  ${region.data!.order}. ${region.name.padEnd(width)}  ${migrations.length > 0 ? migrations.map(m => m.version).join(', ') : 'nothing of its own'}`
      )
    }
  }
  const edits = plan.regions.flatMap(r => r.edits)
  if (edits.length > 0) {
    out.push('', 'Changes')
    for (const edit of edits) out.push(edit.diff.trimEnd())
  }
  out.push('', 'Findings')
  out.push(
    ...(plan.findings.length > 0 ? findingLines(plan.findings).map(l => `  ${l}`) : ['  none'])
  )
  out.push(
    '',
    `Summary: ${summary.promote} to promote, ${summary.current} current, ${summary.blocked} blocked; ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
  )
  return `${out.join('\n')}\n`
}
