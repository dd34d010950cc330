#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/dns.ts
function describeRecord(record) {
  const parts = [record.name, record.policy];
  if (record.awsRegion) parts.push(`region ${record.awsRegion}`);
  if (record.failover) parts.push(record.failover);
  if (record.weight !== void 0) parts.push(`weight ${record.weight}`);
  if (record.continent) parts.push(`continent ${record.continent}`);
  if (record.country)
    parts.push(`country ${record.country}${record.subdivision ? `-${record.subdivision}` : ""}`);
  if (record.target) parts.push(`-> ${record.target}`);
  if (record.setIdentifier) parts.push(`id ${record.setIdentifier}`);
  if (record.healthCheckId) parts.push(`health check ${record.healthCheckId}`);
  else if (record.alias) parts.push("alias, evaluate target health");
  if (!record.alias) parts.push(`ttl ${record.ttl}`);
  if (record.carrier !== "Service") parts.push(`(${record.carrier})`);
  return parts.join(", ");
}
function dnsLines(plan) {
  const out = [];
  const width = Math.max(...plan.regions.map((r) => r.name.length), 6);
  for (const region of plan.regions) {
    if (!region.dns) continue;
    const records = region.dns.records.length > 0 ? region.dns.records : void 0;
    out.push(
      `  ${region.name.padEnd(width)}  ${region.dns.provider} ${region.dns.zone}: ${records ? records.map(describeRecord).join("; ") : "no record"}`
    );
    for (const step of region.dns.shift ?? [])
      out.push(`  ${"".padEnd(width)}  weight ${step.weight} in wave ${step.wave}`);
  }
  return out;
}
function routeLines(plan) {
  const routes = plan.routes;
  if (!routes) return [];
  const width = Math.max(...Object.keys(routes.order).map((r) => r.length), 6);
  const hedge = routes.hedgeMs !== void 0 ? `, hedge after ${routes.hedgeMs} ms` : "";
  return [
    `  timeout ${routes.timeoutMs} ms per attempt, deadline ${routes.deadlineMs} ms, ${routes.retries} retries (budget ${Math.round(routes.retryBudget.ratio * 100)}%)${hedge}`,
    ...Object.entries(routes.order).map(
      ([client, order]) => `  from ${client.padEnd(width)}  ${order.length > 0 ? order.join(" > ") : "unreachable"}`
    )
  ];
}

// src/report/capacity.ts
var pods = (c) => c.min === c.max ? `${c.max}` : `${c.min}-${c.max}`;
var requests = (c) => c.cpu ? `${c.cpu}, ${c.memory}` : "no requests";
var round = (n) => Math.round(n * 100) / 100;
function worstCase(c) {
  if (c.capacityRps === void 0) return void 0;
  const total = round((c.rps ?? 0) + (c.worst?.receivedRps ?? 0));
  const text = c.worst ? `${c.worst.failed}: +${c.worst.receivedRps} = ${total} rps` : "no other region fails over to it";
  return { text, ok: total <= c.capacityRps };
}
function capacityLines(plan, width) {
  return plan.regions.flatMap((r) => {
    const c = r.capacity;
    if (!c) return [];
    const base = `  ${r.name.padEnd(width)}  ${pods(c)} pods \xD7 ${requests(c)}`;
    const worst = worstCase(c);
    if (!worst) return [base];
    const when = c.worst ? worst.text.replace(":", " down:") : worst.text;
    return [
      `${base}  ${c.capacityRps} rps max, expects ${c.rps ?? 0}; ${when}, ${worst.ok ? "ok" : "OVER"}`
    ];
  });
}
function capacityMarkdown(plan) {
  const rows = plan.regions.flatMap((r) => {
    const c = r.capacity;
    if (!c) return [];
    const worst = worstCase(c);
    return [
      `| ${r.name} | ${pods(c)} | ${requests(c)} | ${c.capacityRps ?? "-"} | ${c.rps ?? "-"} | ${worst?.text ?? "-"} | ${worst ? worst.ok ? "ok" : "**over**" : "-"} |`
    ];
  });
  if (rows.length === 0) return void 0;
  return [
    "### Capacity",
    "",
    "| Region | Pods | Requests per pod | Serves (rps) | Expects (rps) | Worst failover | Headroom |",
    "|---|---|---|---|---|---|---|",
    ...rows
  ].join("\n");
}

export {
  describeRecord,
  dnsLines,
  routeLines,
  capacityLines,
  capacityMarkdown
};
