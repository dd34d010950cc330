#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  capacityLines,
  dnsLines,
  routeLines
} from "./cli-chunk-LPDYMA3W.js";
import {
  applyPatch,
  parsePatch,
  reversePatch,
  unifiedDiff
} from "./cli-chunk-3YLAANSM.js";
import {
  firstFindings,
  formatSeconds,
  plural,
  shortVersion
} from "./cli-chunk-ML6K4HLN.js";
import "./cli-chunk-HWCCQPND.js";

// src/report/file-diffs.ts
function fileDiffs(edits) {
  const byPath = /* @__PURE__ */ new Map();
  for (const edit of edits) byPath.set(edit.path, [...byPath.get(edit.path) ?? [], edit]);
  return [...byPath].map(([path, chain]) => {
    const first = chain[0];
    const last = chain.at(-1);
    if (chain.length === 1) return first.diff;
    const [patch] = parsePatch(first.diff);
    const before = first.created ? "" : patch ? applyPatch(first.content, reversePatch(patch)) : false;
    if (before === false) return chain.map((e) => e.diff).join("");
    return unifiedDiff(path, before, last.content);
  });
}

// src/report/text.ts
function findingLines(findings) {
  const { shown, more } = firstFindings(findings);
  const lines = shown.map(
    (f) => `${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}`
  );
  return more ? [...lines, more] : lines;
}
function renderPlanText(plan, context = {}) {
  const { service, release, train, summary } = plan;
  const out = [];
  const team = service.team ? ` (${service.team})` : "";
  out.push(`Plan: ${service.name}${team} -> ${release.ref}  [${service.image}]`);
  out.push(
    `Summary: ${summary.promote} to promote, ${summary.current} current, ${summary.blocked} blocked; ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`
  );
  if (context.shadowReplayed)
    out.push(
      `Shadow check: the migrations of ${plural(context.shadowReplayed.regions, "region")} replayed on an embedded PostgreSQL, no error`
    );
  if (plan.findings.length === 0) out.push("Findings: none");
  else out.push("Findings", ...findingLines(plan.findings).map((l) => `  ${l}`));
  out.push("");
  out.push(
    `Train: ${plural(train.waves.length, "wave")}, ${plural(train.approvals, "approval")} per PR, bake ${formatSeconds(train.bakeSeconds)}, timeout ${formatSeconds(train.timeoutSeconds)}, on failure ${train.onFailure}`
  );
  const width = Math.max(...plan.regions.map((r) => r.name.length), 6);
  for (const wave of train.waves) {
    out.push("", `Wave ${wave.number}`);
    for (const region of plan.regions.filter((r) => r.wave === wave.number)) {
      const name = region.name.padEnd(width);
      const detail = region.action === "promote" ? `${shortVersion(region.current)} -> ${shortVersion(region.target)}  ${filesOf(region.edits)}  (${plural(region.approvals, "approval")}, Argo CD ${region.argocd.app})` : region.action === "current" ? `already at ${shortVersion(region.current)}, no change` : "blocked: see findings";
      out.push(`  ${name}  ${region.action.padEnd(7)}  ${detail}`);
    }
  }
  const capacity = capacityLines(plan, width);
  if (capacity.length > 0) out.push("", "Capacity", ...capacity);
  const dns = dnsLines(plan);
  if (dns.length > 0) out.push("", "DNS", ...dns);
  const routes = routeLines(plan);
  if (routes.length > 0) out.push("", "Routes", ...routes);
  const data = [...plan.regions].filter((r) => r.data).sort((a, b) => a.data.order - b.data.order);
  if (data.length > 0) {
    out.push("", `Data (${data[0].data.engine}), regions in migration order`);
    for (const region of data) {
      const migrations = region.data.migrations;
      out.push(
        `  ${region.data.order}. ${region.name.padEnd(width)}  ${migrations.length > 0 ? migrations.map((m) => m.version).join(", ") : "nothing of its own"}`
      );
    }
  }
  const edits = plan.regions.flatMap((r) => r.edits);
  if (edits.length > 0) {
    out.push("", "Changes");
    for (const diff of fileDiffs(edits)) out.push(diff.trimEnd());
  }
  return `${out.join("\n")}
`;
}
function filesOf(edits) {
  const first = /* @__PURE__ */ new Map();
  for (const e of edits) if (!first.has(e.path)) first.set(e.path, e.line);
  return [...first].map(([path, line]) => `${path}:${line}`).join(", ");
}
export {
  findingLines,
  renderPlanText
};
