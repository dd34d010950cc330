import type { Finding, Plan } from '../schema/generated.js'
import { describeRecord, routeLines } from './dns.js'
import { capacityMarkdown } from './capacity.js'
import { firstFindings, formatSeconds, plural, shortVersion } from './format.js'

/** GitHub rejects job summaries over 1 MiB; diffs are dropped past this so the rest still shows. */
const MAX_MARKDOWN = 900 * 1024

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function mermaidId(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, '_')
}

/** The train as a Mermaid flowchart: one box per wave, its regions inside, arrows between waves. */
export function renderWavesMermaid(plan: Plan): string {
  const lines = ['```mermaid', 'flowchart LR']
  for (const wave of plan.train.waves) {
    lines.push(`  subgraph wave${wave.number}["Wave ${wave.number}"]`)
    for (const region of plan.regions.filter(r => r.wave === wave.number)) {
      const label =
        region.action === 'promote'
          ? `${region.name}<br/>${shortVersion(region.current)} → ${shortVersion(region.target)}`
          : region.action === 'current'
            ? `${region.name}<br/>already ${shortVersion(region.current)}`
            : `${region.name}<br/>blocked`
      lines.push(
        `    ${mermaidId(`r_${region.name}`)}["${label.replace(/"/g, '#quot;')}"]:::${region.action}`
      )
    }
    lines.push('  end')
  }
  for (const wave of plan.train.waves.slice(1))
    lines.push(`  wave${wave.number - 1} --> wave${wave.number}`)
  lines.push(
    '  classDef promote fill:#dbeafe,stroke:#1d4ed8',
    '  classDef current fill:#f3f4f6,stroke:#6b7280',
    '  classDef blocked fill:#fee2e2,stroke:#b91c1c',
    '```'
  )
  return lines.join('\n')
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

function findingsMarkdown(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.'
  const { shown, more } = firstFindings(findings)
  return [
    ...shown.map(
      f =>
        `- ${ICON[f.severity]} **${f.severity}** \`${f.rule}\` \`${f.file}:${f.line}:${f.column}\`: ${f.message}`
    ),
    ...(more ? [`- ${more}`] : [])
  ].join('\n')
}

/** The plan for PR comments and job summaries. */
export function renderPlanMarkdown(plan: Plan): string {
  const { service, release, train, summary } = plan
  const parts: string[] = []
  parts.push(`## multiregion plan: \`${service.name}\` → \`${release.ref}\``)
  parts.push(
    `${summary.promote} to promote, ${summary.current} current, ${summary.blocked} blocked · ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} · ${plural(train.waves.length, 'wave')}, bake ${formatSeconds(train.bakeSeconds)}, timeout ${formatSeconds(train.timeoutSeconds)}, on failure ${train.onFailure}`
  )
  parts.push(renderWavesMermaid(plan))
  const rows = plan.regions.map(
    r =>
      `| ${r.wave} | ${cell(r.name)} | ${cell(r.location)} (${cell(r.jurisdiction)}) | ${r.action} | ${cell(shortVersion(r.current))} | ${cell(shortVersion(r.target))} | ${r.approvals} | \`${cell(r.argocd.app)}\` |`
  )
  parts.push(
    [
      '| Wave | Region | Location | Action | Current | Target | Approvals | Argo CD app |',
      '|---|---|---|---|---|---|---|---|',
      ...rows
    ].join('\n')
  )
  const capacity = capacityMarkdown(plan)
  if (capacity) parts.push(capacity)
  const dns = plan.regions.filter(r => r.dns)
  if (dns.length > 0)
    parts.push(
      [
        '### DNS',
        '',
        '| Region | Provider | Zone | Records |',
        '|---|---|---|---|',
        ...dns.map(
          r =>
            `| ${cell(r.name)} | ${cell(r.dns!.provider)} | ${cell(r.dns!.zone)} | ${cell(r.dns!.records.map(describeRecord).join('; ') || 'none')}${(r.dns!.shift ?? []).map(s => ` · weight ${s.weight} in wave ${s.wave}`).join('')} |`
        )
      ].join('\n')
    )
  const routes = routeLines(plan)
  if (routes.length > 0) parts.push(`### Routes\n\n\`\`\`\n${routes.join('\n')}\n\`\`\``)
  parts.push(`### Findings\n\n${findingsMarkdown(plan.findings)}`)
  const data = [...plan.regions].filter(r => r.data).sort((a, b) => a.data!.order - b.data!.order)
  if (data.length > 0) {
    const rows = data.map(
      r =>
        `| ${r.data!.order} | ${cell(r.name)} | ${r.data!.migrations.map(m => `\`${cell(m.version)}\``).join(', ') || 'nothing of its own'} |`
    )
    parts.push(
      [
        `### Data (${data[0]!.data!.engine})`,
        '',
        '| Order | Region | Migrations |',
        '|---|---|---|',
        ...rows
      ].join('\n')
    )
  }
  const diffs = plan.regions.flatMap(r =>
    r.edits.map(
      e =>
        `<details><summary>${r.name}: <code>${e.path}</code></summary>\n\n\`\`\`diff\n${e.diff.trimEnd()}\n\`\`\`\n\n</details>`
    )
  )
  const sql = data.flatMap(r =>
    r.data!.migrations.map(
      m =>
        `<details><summary>${r.name}: <code>${m.file}</code></summary>\n\n\`\`\`sql\n${m.sql.trimEnd()}\n\`\`\`\n\n</details>`
    )
  )
  const withDiffs = [
    ...parts,
    ...(diffs.length > 0 ? [`### Changes\n\n${diffs.join('\n\n')}`] : []),
    ...(sql.length > 0 ? [`### Migrations\n\n${sql.join('\n\n')}`] : [])
  ].join('\n\n')
  if (Buffer.byteLength(withDiffs) <= MAX_MARKDOWN) return `${withDiffs}\n`
  return `${[...parts, '### Changes\n\nThe diffs are too large for this summary; run `multiregion plan --format text` to see them.'].join('\n\n')}\n`
}
