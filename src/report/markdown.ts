import type { FileEdit, Finding, Plan, RegionPlan } from '../schema/generated.js'
import { describeRecord } from './dns.js'
import { capacityMarkdown } from './capacity.js'
import { firstFindings, formatSeconds, plural, shortVersion } from './format.js'

/**
 * A job summary may have 1 MiB a step (GitHub docs, "Adding a job summary");
 * this leaves room for the lines other steps add.
 */
export const SUMMARY_LIMIT = 1_000_000
/**
 * GitHub refuses a comment body over 65,536 characters (the REST API's
 * "body is too long"); the limit counts UTF-8 bytes, never fewer than the
 * characters, and leaves room for the comment's hidden marker.
 */
export const COMMENT_LIMIT = 65_000

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

export interface MarkdownOptions {
  /**
   * The most UTF-8 bytes the text may have. What does not fit moves to the
   * artifact in whole sections, never cut: first the generated files' diffs,
   * then the waves chart, then the other diffs and the SQL, then a region's
   * details (one line a region instead), last from the first wave on. Without
   * a limit everything is there: the complete plan, for the artifact.
   */
  limit?: number
  /** The artifact the job uploads with the complete plan, and where to find it (the run's page). */
  artifact?: { name: string; url?: string }
}

/** A file the toolkit writes whole (route table, data map, DNS): derived from the manifest, its diff is the least to review. */
const isGenerated = (edit: FileEdit) => edit.field === '(whole file)'

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function codeDetails(summary: string, lang: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n\`\`\`${lang}\n${body.trimEnd()}\n\`\`\`\n\n</details>`
}

/** Shown from a region, the first regions of its route order; the whole order is in its route-table.yaml. */
const ROUTE_REGIONS_SHOWN = 12

function regionHeadline(r: RegionPlan): string {
  const change =
    r.action === 'promote'
      ? `promote ${shortVersion(r.current)} → ${shortVersion(r.target)}`
      : r.action === 'current'
        ? `current at ${shortVersion(r.current)}`
        : `blocked (target ${shortVersion(r.target)})`
  return `${r.name} · wave ${r.wave} · ${change}`
}

/** What a region's collapsed detail moved to the artifact, said in its place. */
function movedLine(edits: readonly FileEdit[], migrations: number): string {
  const parts = [
    ...(edits.length > 0
      ? [
          `${plural(edits.length, 'diff')} (${[...new Set(edits.map(e => fileName(e.path)))].map(n => `\`${n}\``).join(', ')})`
        ]
      : []),
    ...(migrations > 0 ? [`${plural(migrations, 'migration')}' SQL`] : [])
  ]
  return `_In the artifact: ${parts.join(' and ')}._`
}

/**
 * One region, collapsed. Level 0 has everything; 1 moves the generated
 * files' diffs to the artifact; 2 every diff and the SQL too; 3 is one line.
 */
function regionSection(plan: Plan, r: RegionPlan, level: number): string {
  if (level >= 3) return `- ${regionHeadline(r)}`
  const facts = [
    `${cell(r.location)} (${cell(r.jurisdiction)}), ${plural(r.approvals, 'approval')}, Argo CD app \`${cell(r.argocd.app)}\` on ${cell(r.argocd.server)}, folder \`${cell(r.folder)}\``
  ]
  if (r.dns)
    facts.push(
      `DNS ${r.dns.provider} ${r.dns.zone}: ${r.dns.records.map(describeRecord).join('; ') || 'no record'}${(r.dns.shift ?? []).map(s => ` · weight ${s.weight} in wave ${s.wave}`).join('')}`
    )
  const order = plan.routes?.order[r.name]
  if (order)
    facts.push(
      `Routes from ${r.name}: ${order.length === 0 ? 'unreachable' : order.slice(0, ROUTE_REGIONS_SHOWN).join(' > ')}${order.length > ROUTE_REGIONS_SHOWN ? ` > … (${order.length} regions in all, in its route-table.yaml)` : ''}`
    )
  const migrations = r.data?.migrations ?? []
  if (r.data)
    facts.push(
      `Data (${r.data.engine}, order ${r.data.order}): ${migrations.map(m => `\`${m.version}\``).join(', ') || 'nothing of its own'}`
    )
  const shownEdits = r.edits.filter(e =>
    level === 0 ? true : level === 1 ? !isGenerated(e) : false
  )
  const movedEdits = r.edits.filter(e => !shownEdits.includes(e))
  const shownSql = level <= 1 ? migrations : []
  const blocks = [
    ...shownEdits.map(e => codeDetails(`<code>${e.path}</code>`, 'diff', e.diff)),
    ...shownSql.map(m => codeDetails(`<code>${m.file}</code> (SQL)`, 'sql', m.sql))
  ]
  const moved = movedEdits.length + migrations.length - shownSql.length
  const body = [
    facts.map(f => `- ${f}`).join('\n'),
    ...blocks,
    ...(moved > 0 ? [movedLine(movedEdits, migrations.length - shownSql.length)] : [])
  ]
  return `<details><summary>${regionHeadline(r)}</summary>\n\n${body.join('\n\n')}\n\n</details>`
}

/** The last resort: every region named, grouped by what the plan does to it. */
function regionNames(plan: Plan): string {
  return (['promote', 'current', 'blocked'] as const)
    .map(action => [action, plan.regions.filter(r => r.action === action)] as const)
    .filter(([, regions]) => regions.length > 0)
    .map(
      ([action, regions]) =>
        `- ${action} (${regions.length}): ${regions.map(r => r.name).join(', ')}`
    )
    .join('\n')
}

const bytes = (text: string) => Buffer.byteLength(text)

/**
 * The plan for PR comments, job summaries and the artifact: the summary and
 * the findings first, then a collapsed section per region (its facts, diffs
 * and SQL). Given a limit, whole sections move to the artifact until the
 * text fits, and the text says what moved and where it is.
 */
export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const { service, release, train, summary } = plan
  const head = [
    `## multiregion plan: \`${service.name}\` → \`${release.ref}\``,
    `${summary.promote} to promote, ${summary.current} current, ${summary.blocked} blocked · ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} · ${plural(train.waves.length, 'wave')}, bake ${formatSeconds(train.bakeSeconds)}, timeout ${formatSeconds(train.timeoutSeconds)}, on failure ${train.onFailure}`,
    `### Findings\n\n${findingsMarkdown(plan.findings)}`
  ]
  const capacity = capacityMarkdown(plan)
  if (capacity) head.push(capacity)
  const routes = plan.routes
  const settings = routes
    ? `Routes: timeout ${routes.timeoutMs} ms per attempt, deadline ${routes.deadlineMs} ms, ${routes.retries} retries (budget ${Math.round(routes.retryBudget.ratio * 100)}%)${routes.hedgeMs !== undefined ? `, hedge after ${routes.hedgeMs} ms` : ''}.`
    : undefined
  const chart = `### Waves\n\n${renderWavesMermaid(plan)}`
  const regionsHeading = `### Regions${settings ? `\n\n${settings}` : ''}`
  const page = (regions: string, withChart: boolean, note: string | undefined) =>
    `${[...head, ...(note ? [note] : []), ...(withChart ? [chart] : []), regionsHeading, regions].join('\n\n')}\n`
  const render = (levels: readonly number[], withChart: boolean, note: string | undefined) =>
    page(
      plan.regions.map((r, i) => regionSection(plan, r, levels[i]!)).join('\n\n'),
      withChart,
      note
    )
  const artifact = options.artifact
  const where = artifact
    ? `the artifact \`${artifact.name}\`${artifact.url ? ` of [this run](${artifact.url})` : ''}`
    : 'the output of `multiregion plan --format markdown`'
  const completeNote = artifact
    ? `The complete plan, every diff and migration, is in ${where}.`
    : undefined
  const limit = options.limit
  if (limit === undefined)
    return render(
      plan.regions.map(() => 0),
      true,
      completeNote
    )

  // Sizes per region and level, each section rendered and dropped in turn: at 1,000 regions the
  // whole text is hundreds of MB, which is never built when it cannot fit.
  const sizes = plan.regions.map(r =>
    [0, 1, 2, 3].map(level => bytes(regionSection(plan, r, level)))
  )
  const levels = plan.regions.map(() => 0)
  // The page around the regions, and a blank line between two regions.
  const fullSize =
    bytes(page('', true, completeNote)) +
    2 * (plan.regions.length - 1) +
    sizes.reduce((sum, s) => sum + s[0]!, 0)
  if (fullSize <= limit) return render(levels, true, completeNote)
  const note = (moved: string) =>
    `**Moved to ${where}** so this fits GitHub's limit, each in whole: ${moved}.`
  const reserve = 400 + bytes(where)
  let withChart = true
  let total = fullSize + reserve
  const movedFor = () => {
    // Counted where something moved: a region with no generated file loses nothing at level 1.
    const movesAt = [
      () => true,
      (r: RegionPlan) => r.edits.some(isGenerated),
      (r: RegionPlan) => r.edits.length > 0 || (r.data?.migrations.length ?? 0) > 0,
      () => true
    ]
    const atLeast = (level: number) =>
      plural(
        plan.regions.filter((r, i) => levels[i]! >= level && movesAt[level]!(r)).length,
        'region'
      )
    const kinds: string[] = []
    if (levels.some(l => l >= 1)) kinds.push(`the generated files' diffs of ${atLeast(1)}`)
    if (!withChart) kinds.push('the waves chart')
    if (levels.some(l => l >= 2)) kinds.push(`every diff and migration of ${atLeast(2)}`)
    if (levels.some(l => l >= 3)) kinds.push(`the details of ${atLeast(3)} (one line each here)`)
    return kinds.join('; ')
  }
  for (const level of [1, 2, 3]) {
    if (level === 2 && withChart) {
      withChart = false
      total -= bytes(chart) + 2
      if (total <= limit) break
    }
    for (let i = plan.regions.length - 1; i >= 0 && total > limit; i--) {
      if (levels[i]! >= level) continue
      total += sizes[i]![level]! - sizes[i]![levels[i]!]!
      levels[i] = level
    }
    if (total <= limit) break
  }
  if (total <= limit) return render(levels, withChart, note(movedFor()))
  const names = page(
    regionNames(plan),
    false,
    note('the waves chart and every region’s details; the regions by action')
  )
  if (bytes(names) <= limit) return names
  return `${[...head, note('the waves chart and every region’s details and name'), regionsHeading, `${plural(plan.regions.length, 'region')}.`].join('\n\n')}\n`
}
