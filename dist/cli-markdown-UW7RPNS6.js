#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  capacityMarkdown,
  describeRecord
} from "./cli-chunk-LPDYMA3W.js";
import {
  firstFindings,
  formatSeconds,
  plural,
  shortVersion
} from "./cli-chunk-ML6K4HLN.js";
import "./cli-chunk-HWCCQPND.js";

// src/report/markdown.ts
var SUMMARY_LIMIT = 1e6;
var COMMENT_LIMIT = 65e3;
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function mermaidId(text) {
  return text.replace(/[^A-Za-z0-9_]/g, "_");
}
function renderWavesMermaid(plan) {
  const lines = ["```mermaid", "flowchart LR"];
  for (const wave of plan.train.waves) {
    lines.push(`  subgraph wave${wave.number}["Wave ${wave.number}"]`);
    for (const region of plan.regions.filter((r) => r.wave === wave.number)) {
      const label = region.action === "promote" ? `${region.name}<br/>${shortVersion(region.current)} \u2192 ${shortVersion(region.target)}` : region.action === "current" ? `${region.name}<br/>already ${shortVersion(region.current)}` : `${region.name}<br/>blocked`;
      lines.push(
        `    ${mermaidId(`r_${region.name}`)}["${label.replace(/"/g, "#quot;")}"]:::${region.action}`
      );
    }
    lines.push("  end");
  }
  for (const wave of plan.train.waves.slice(1))
    lines.push(`  wave${wave.number - 1} --> wave${wave.number}`);
  lines.push(
    "  classDef promote fill:#dbeafe,stroke:#1d4ed8",
    "  classDef current fill:#f3f4f6,stroke:#6b7280",
    "  classDef blocked fill:#fee2e2,stroke:#b91c1c",
    "```"
  );
  return lines.join("\n");
}
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function findingsMarkdown(findings) {
  if (findings.length === 0) return "No findings.";
  const { shown, more } = firstFindings(findings);
  return [
    ...shown.map(
      (f) => `- ${ICON[f.severity]} **${f.severity}** \`${f.rule}\` \`${f.file}:${f.line}:${f.column}\`: ${f.message}`
    ),
    ...more ? [`- ${more}`] : []
  ].join("\n");
}
var isGenerated = (edit) => edit.field === "(whole file)";
function fileName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function codeDetails(summary, lang, body) {
  return `<details><summary>${summary}</summary>

\`\`\`${lang}
${body.trimEnd()}
\`\`\`

</details>`;
}
var ROUTE_REGIONS_SHOWN = 12;
function regionHeadline(r) {
  const change = r.action === "promote" ? `promote ${shortVersion(r.current)} \u2192 ${shortVersion(r.target)}` : r.action === "current" ? `current at ${shortVersion(r.current)}` : `blocked (target ${shortVersion(r.target)})`;
  return `${r.name} \xB7 wave ${r.wave} \xB7 ${change}`;
}
function movedLine(edits, migrations) {
  const parts = [
    ...edits.length > 0 ? [
      `${plural(edits.length, "diff")} (${[...new Set(edits.map((e) => fileName(e.path)))].map((n) => `\`${n}\``).join(", ")})`
    ] : [],
    ...migrations > 0 ? [`${plural(migrations, "migration")}' SQL`] : []
  ];
  return `_In the artifact: ${parts.join(" and ")}._`;
}
function regionSection(plan, r, level) {
  if (level >= 3) return `- ${regionHeadline(r)}`;
  const facts = [
    `${cell(r.location)} (${cell(r.jurisdiction)}), ${plural(r.approvals, "approval")}, Argo CD app \`${cell(r.argocd.app)}\` on ${cell(r.argocd.server)}, folder \`${cell(r.folder)}\``
  ];
  if (r.dns)
    facts.push(
      `DNS ${r.dns.provider} ${r.dns.zone}: ${r.dns.records.map(describeRecord).join("; ") || "no record"}${(r.dns.shift ?? []).map((s) => ` \xB7 weight ${s.weight} in wave ${s.wave}`).join("")}`
    );
  const order = plan.routes?.order[r.name];
  if (order)
    facts.push(
      `Routes from ${r.name}: ${order.length === 0 ? "unreachable" : order.slice(0, ROUTE_REGIONS_SHOWN).join(" > ")}${order.length > ROUTE_REGIONS_SHOWN ? ` > \u2026 (${order.length} regions in all, in its route-table.yaml)` : ""}`
    );
  const migrations = r.data?.migrations ?? [];
  if (r.data)
    facts.push(
      `Data (${r.data.engine}, order ${r.data.order}): ${migrations.map((m) => `\`${m.version}\``).join(", ") || "nothing of its own"}`
    );
  const shownEdits = r.edits.filter(
    (e) => level === 0 ? true : level === 1 ? !isGenerated(e) : false
  );
  const movedEdits = r.edits.filter((e) => !shownEdits.includes(e));
  const shownSql = level <= 1 ? migrations : [];
  const blocks = [
    ...shownEdits.map((e) => codeDetails(`<code>${e.path}</code>`, "diff", e.diff)),
    ...shownSql.map((m) => codeDetails(`<code>${m.file}</code> (SQL)`, "sql", m.sql))
  ];
  const moved = movedEdits.length + migrations.length - shownSql.length;
  const body = [
    facts.map((f) => `- ${f}`).join("\n"),
    ...blocks,
    ...moved > 0 ? [movedLine(movedEdits, migrations.length - shownSql.length)] : []
  ];
  return `<details><summary>${regionHeadline(r)}</summary>

${body.join("\n\n")}

</details>`;
}
function regionNames(plan) {
  return ["promote", "current", "blocked"].map((action) => [action, plan.regions.filter((r) => r.action === action)]).filter(([, regions]) => regions.length > 0).map(
    ([action, regions]) => `- ${action} (${regions.length}): ${regions.map((r) => r.name).join(", ")}`
  ).join("\n");
}
var bytes = (text) => Buffer.byteLength(text);
function renderPlanMarkdown(plan, options = {}) {
  const { service, release, train, summary } = plan;
  const head = [
    `## multiregion plan: \`${service.name}\` \u2192 \`${release.ref}\``,
    `${summary.promote} to promote, ${summary.current} current, ${summary.blocked} blocked \xB7 ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")} \xB7 ${plural(train.waves.length, "wave")}, bake ${formatSeconds(train.bakeSeconds)}, timeout ${formatSeconds(train.timeoutSeconds)}, on failure ${train.onFailure}`,
    `### Findings

${findingsMarkdown(plan.findings)}`
  ];
  const capacity = capacityMarkdown(plan);
  if (capacity) head.push(capacity);
  const routes = plan.routes;
  const settings = routes ? `Routes: timeout ${routes.timeoutMs} ms per attempt, deadline ${routes.deadlineMs} ms, ${routes.retries} retries (budget ${Math.round(routes.retryBudget.ratio * 100)}%)${routes.hedgeMs !== void 0 ? `, hedge after ${routes.hedgeMs} ms` : ""}.` : void 0;
  const chart = `### Waves

${renderWavesMermaid(plan)}`;
  const regionsHeading = `### Regions${settings ? `

${settings}` : ""}`;
  const page = (regions, withChart2, note2) => `${[...head, ...note2 ? [note2] : [], ...withChart2 ? [chart] : [], regionsHeading, regions].join("\n\n")}
`;
  const render = (levels2, withChart2, note2) => page(
    plan.regions.map((r, i) => regionSection(plan, r, levels2[i])).join("\n\n"),
    withChart2,
    note2
  );
  const artifact = options.artifact;
  const where = artifact ? `the artifact \`${artifact.name}\`${artifact.url ? ` of [this run](${artifact.url})` : ""}` : "the output of `multiregion plan --format markdown`";
  const completeNote = artifact ? `The complete plan, every diff and migration, is in ${where}.` : void 0;
  const limit = options.limit;
  if (limit === void 0)
    return render(
      plan.regions.map(() => 0),
      true,
      completeNote
    );
  const sizes = plan.regions.map(
    (r) => [0, 1, 2, 3].map((level) => bytes(regionSection(plan, r, level)))
  );
  const levels = plan.regions.map(() => 0);
  const fullSize = bytes(page("", true, completeNote)) + 2 * (plan.regions.length - 1) + sizes.reduce((sum, s) => sum + s[0], 0);
  if (fullSize <= limit) return render(levels, true, completeNote);
  const note = (moved) => `**Moved to ${where}** so this fits GitHub's limit, each in whole: ${moved}.`;
  const reserve = 400 + bytes(where);
  let withChart = true;
  let total = fullSize + reserve;
  const movedFor = () => {
    const movesAt = [
      () => true,
      (r) => r.edits.some(isGenerated),
      (r) => r.edits.length > 0 || (r.data?.migrations.length ?? 0) > 0,
      () => true
    ];
    const atLeast = (level) => plural(
      plan.regions.filter((r, i) => levels[i] >= level && movesAt[level](r)).length,
      "region"
    );
    const kinds = [];
    if (levels.some((l) => l >= 1)) kinds.push(`the generated files' diffs of ${atLeast(1)}`);
    if (!withChart) kinds.push("the waves chart");
    if (levels.some((l) => l >= 2)) kinds.push(`every diff and migration of ${atLeast(2)}`);
    if (levels.some((l) => l >= 3)) kinds.push(`the details of ${atLeast(3)} (one line each here)`);
    return kinds.join("; ");
  };
  for (const level of [1, 2, 3]) {
    if (level === 2 && withChart) {
      withChart = false;
      total -= bytes(chart) + 2;
      if (total <= limit) break;
    }
    for (let i = plan.regions.length - 1; i >= 0 && total > limit; i--) {
      if (levels[i] >= level) continue;
      total += sizes[i][level] - sizes[i][levels[i]];
      levels[i] = level;
    }
    if (total <= limit) break;
  }
  if (total <= limit) return render(levels, withChart, note(movedFor()));
  const names = page(
    regionNames(plan),
    false,
    note("the waves chart and every region\u2019s details; the regions by action")
  );
  if (bytes(names) <= limit) return names;
  return `${[...head, note("the waves chart and every region\u2019s details and name"), regionsHeading, `${plural(plan.regions.length, "region")}.`].join("\n\n")}
`;
}
export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderPlanMarkdown,
  renderWavesMermaid
};
