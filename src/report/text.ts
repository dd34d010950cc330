import type { FileEdit, Finding, Plan } from '../schema/generated.js'
import { dnsLines, routeLines } from './dns.js'
import { capacityLines } from './capacity.js'
import { fileDiffs } from './file-diffs.js'
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

/** What the plan command knows beyond the plan: the PGlite shadow check replayed every region's migrations without error. */
export interface TextContext {
  shadowReplayed?: { regions: number }
}

/**
 * The plan for people at a terminal: first what a reader acts on (the summary,
 * the shadow check, the findings), then the train as waves, routing and data,
 * and last one diff per file.
 */
export function renderPlanText(plan: Plan, context: TextContext = {}): string {
  const { service, release, train, summary } = plan
  const out: string[] = []
  const team = service.team ? ` (${service.team})` : ''
  out.push(`Plan: ${service.name}${team} -> ${release.ref}  [${service.image}]`)
  out.push(
    `Summary: ${summary.promote} to promote, ${summary.current} current, ${summary.blocked} blocked; ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
  )
  if (context.shadowReplayed)
    out.push(
      `Shadow check: the migrations of ${plural(context.shadowReplayed.regions, 'region')} replayed on an embedded PostgreSQL, no error`
    )
  if (plan.findings.length === 0) out.push('Findings: none')
  else out.push('Findings', ...findingLines(plan.findings).map(l => `  ${l}`))
  out.push('')
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
          ? `${shortVersion(region.current)} -> ${shortVersion(region.target)}  ${filesOf(region.edits)}  (${plural(region.approvals, 'approval')}, Argo CD ${region.argocd.app})`
          : region.action === 'current'
            ? `already at ${shortVersion(region.current)}, no change`
            : 'blocked: see findings'
      out.push(`  ${name}  ${region.action.padEnd(7)}  ${detail}`)
    }
  }
  const capacity = capacityLines(plan, width)
  if (capacity.length > 0) out.push('', 'Capacity', ...capacity)
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
    for (const diff of fileDiffs(edits)) out.push(diff.trimEnd())
  }
  return `${out.join('\n')}\n`
}

/** Each file a region's PR edits, once, at the line of its first edit. */
function filesOf(edits: readonly FileEdit[]): string {
  const first = new Map<string, number>()
  for (const e of edits) if (!first.has(e.path)) first.set(e.path, e.line)
  return [...first].map(([path, line]) => `${path}:${line}`).join(', ')
}
