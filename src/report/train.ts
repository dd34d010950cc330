import type { Decision, Observed, ObservedRegion } from '../train/decide.js'
import { withMarker } from '../train/marker.js'
import type { Marker, Timeline } from '../train/marker.js'
import type { Plan, RegionPlan } from '../schema/generated.js'
import { formatSeconds, plural } from './format.js'

/** Where a region stands in a train, in the words the status table uses. */
export type RegionStatus =
  | 'not started'
  | 'PR open'
  | 'approved'
  | 'syncing'
  | 'healthy'
  | 'failed'
  | 'rolling back'
  | 'rolled back'
  | 'skipped'
  | 'already current'
  | 'blocked'
  | 'closed'

export function regionStatus(r: ObservedRegion): RegionStatus {
  if (r.rollback) {
    return r.rollback.state === 'merged' && r.rollback.marker.outcome === 'healthy'
      ? 'rolled back'
      : 'rolling back'
  }
  if (r.skipped) return 'skipped'
  const pr = r.promotion
  if (!pr)
    return r.planned === 'current'
      ? 'already current'
      : r.planned === 'blocked'
        ? 'blocked'
        : 'not started'
  if (pr.state === 'closed') return 'closed'
  if (pr.state === 'open') return pr.gate.met ? 'approved' : 'PR open'
  if (pr.marker.outcome === null) return 'syncing'
  return pr.marker.outcome === 'healthy' && pr.marker.bake?.outcome !== 'fail'
    ? 'healthy'
    : 'failed'
}

/** Minutes between two steps of a region's timeline, or a dash. */
function span(times: Timeline, from: keyof Timeline, to: keyof Timeline): string {
  const a = times[from]
  const b = times[to]
  return a === undefined || b === undefined
    ? '–'
    : formatSeconds(Math.max(0, Math.round((b - a) / 1000)))
}

/** A region's name, or a weighted-shift step of it. */
function label(r: ObservedRegion): string {
  return r.step === undefined ? r.region : `${r.region} weight step ${r.step}`
}

function mermaidId(region: string): string {
  return `r_${region.replace(/[^A-Za-z0-9_]/g, '_')}`
}

/** The train as a Mermaid flowchart, each region coloured by where it stands. */
export function trainMermaid(observed: Observed): string {
  const waves = [...new Set(observed.regions.map(r => r.wave))].sort((a, b) => a - b)
  const lines = ['```mermaid', 'flowchart LR']
  for (const wave of waves) {
    lines.push(`  subgraph wave${wave}["Wave ${wave}"]`)
    for (const r of observed.regions.filter(x => x.wave === wave)) {
      const status = regionStatus(r)
      const css = status.replace(/[^a-z]/g, '')
      lines.push(
        `    ${mermaidId(r.step ? `${r.region}_step${r.step}` : r.region)}["${label(r)}<br/>${status}"]:::${css}`
      )
    }
    lines.push('  end')
  }
  for (let i = 1; i < waves.length; i++) lines.push(`  wave${waves[i - 1]} --> wave${waves[i]}`)
  lines.push(
    '  classDef healthy fill:#dcfce7,stroke:#15803d',
    '  classDef failed fill:#fee2e2,stroke:#b91c1c',
    '  classDef rollingback fill:#fef3c7,stroke:#b45309',
    '  classDef rolledback fill:#fef3c7,stroke:#b45309',
    '  classDef syncing fill:#dbeafe,stroke:#1d4ed8',
    '```'
  )
  return lines.join('\n')
}

/** The job summary and `status` output of one train: a table of regions with lead times, the diagram and what happens next. */
export function renderTrainStatus(observed: Observed, decision: Decision): string {
  const rows = observed.regions.map(r => {
    const pr = r.rollback ?? r.promotion
    const t = r.promotion?.marker.times ?? {}
    return `| ${r.wave} | ${label(r)} | ${regionStatus(r)} | ${pr ? `#${pr.number}` : '–'} | ${span(t, 'opened', 'approved')} | ${span(t, 'approved', 'merged')} | ${span(t, 'merged', 'healthy')} | ${span(t, 'opened', 'healthy')} |`
  })
  const next =
    decision.actions.length === 0
      ? ['Nothing to do.']
      : decision.actions.map(a => `- ${describeAction(a)}`)
  const checks = observed.regions.flatMap(r =>
    (r.promotion?.marker.bake?.results ?? []).map(
      c =>
        `| ${label(r)} | ${c.check} | ${c.outcome} | ${c.value ?? '–'} | ${c.detail.replaceAll('|', '\\|')} |`
    )
  )
  const bake =
    checks.length === 0
      ? []
      : [
          '### Metric checks at the end of each bake',
          '',
          '| Region | Check | Outcome | Value | Detail |',
          '|---|---|---|---|---|',
          ...checks,
          ''
        ]
  return [
    `## multiregion train: \`${observed.service}\` → \`${observed.release}\` (${decision.state})`,
    '',
    trainMermaid(observed),
    '',
    '| Wave | Region | Status | PR | Opened → approved | Approved → merged | Merged → healthy | Lead time |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...bake,
    '### Next',
    '',
    ...next,
    ''
  ].join('\n')
}

function describeAction(a: Decision['actions'][number]): string {
  switch (a.type) {
    case 'open-promotion':
      return `open the promotion PR for ${a.region} (wave ${a.wave})`
    case 'merge':
      return `merge ${a.kind} PR #${a.pr} for ${a.region}`
    case 'enable-auto-merge':
      return `enable auto-merge on ${a.kind} PR #${a.pr} for ${a.region}`
    case 'rebuild-branch':
      return `put ${a.kind} PR #${a.pr}'s branch for ${a.region} back to the train's edits: ${a.reason}`
    case 'wait-health':
      return `wait for Argo CD to sync ${a.revision.slice(0, 7)} in ${a.region} and report Healthy`
    case 'open-rollback':
      return `open a rollback PR for ${a.region} to ${a.to}`
    case 'close-promotion':
      return `close promotion PR #${a.pr} for ${a.region}: ${a.reason}`
    case 'record-bad-release':
      return `record the release as bad: ${a.reason}`
    case 'halt':
      return `halted: ${a.reason}`
    case 'wait':
      return `${a.region ? `${a.region}: ` : ''}${a.reason}`
    case 'evaluate-checks':
      return `evaluate the metric checks of ${a.region} (PR #${a.pr}) against its Prometheus`
  }
}

/** The body of a promotion or rollback PR: what changes, why, which wave, the gates that remain, and the marker. */
export function renderPrBody(
  plan: Plan,
  region: RegionPlan,
  marker: Marker,
  trainUrl?: string
): string {
  const waves = plan.train.waves.length
  const rollback = marker.kind === 'rollback'
  const what =
    marker.step !== undefined
      ? `Raises **${plan.service.name}**'s DNS weight in **${region.name}**, step ${marker.step} of its weighted shift in the \`${marker.release}\` train (the image is already \`${marker.to}\`).`
      : rollback
        ? `Rolls **${plan.service.name}** in **${region.name}** back from \`${marker.release}\` to \`${marker.to}\`.`
        : `Promotes **${plan.service.name}** \`${marker.to}\` to **${region.name}** (${region.location}, ${region.jurisdiction}), from \`${marker.from ?? 'unknown'}\`.`
  const why = rollback
    ? `Release \`${marker.release}\` failed in this train, so every region it reached is rolled back, later waves first. A rollback is never itself rolled back.`
    : `Release \`${marker.release}\` of \`${plan.service.image}\` travels region by region; this is wave ${marker.wave} of ${waves}.`
  const gates = [
    `- [ ] ${plural(marker.approvals, 'approval')} on the head commit, from someone other than the PR's author and the toolkit`,
    "- [ ] the repository's required checks are green",
    `- [ ] after merge, Argo CD app \`${region.argocd.app}\` syncs the merge commit and reports Synced and Healthy within ${formatSeconds(plan.train.timeoutSeconds)}`,
    ...(rollback || marker.wave === waves
      ? []
      : [
          `- [ ] the wave stays healthy for ${formatSeconds(plan.train.bakeSeconds)} before wave ${marker.wave + 1} opens`
        ])
  ]
  const diffs = region.edits.map(e => `\`\`\`diff\n${e.diff.trimEnd()}\n\`\`\``).join('\n\n')
  const body = [
    what,
    '',
    '### Why',
    '',
    why,
    ...(trainUrl ? ['', `The train: ${trainUrl}`] : []),
    '',
    '### Gates',
    '',
    ...gates,
    '',
    '### What changes',
    '',
    diffs,
    '',
    '<sub>Opened by multiregion. Merging is done by the train once the gates are met; closing this PR without merging aborts the region and halts the train.</sub>'
  ].join('\n')
  return withMarker(body, marker)
}
