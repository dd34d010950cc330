#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readMigrationFiles
} from "./cli-chunk-DMJN7MOR.js";
import {
  CAPACITY_PATCH_FILE,
  SERVICE_FILE,
  filesToRead,
  holdingOf,
  parseRelease,
  plan,
  prefixOf,
  readAnnotations,
  regionLayout,
  servicesFolder,
  toFinding,
  withFindings
} from "./cli-chunk-MJIWIIMF.js";
import {
  loadInputs
} from "./cli-chunk-O6VE6RSW.js";
import {
  listFolders,
  normalName,
  readEnvRepo
} from "./cli-chunk-T7O25SVE.js";
import {
  hasErrors
} from "./cli-chunk-FELDZ6CB.js";

// src/routing/claims.ts
function claimedHostnames(files, owners) {
  const claimed = /* @__PURE__ */ new Map();
  for (const [path, text] of files) {
    const owner = owners.get(path);
    const read = readAnnotations(text, path);
    if (owner === void 0 || read.kind !== "read") continue;
    const names = read.annotations.get(`${owner.prefix}hostname`)?.value ?? "";
    for (const name of names.split(",")) {
      const normal = normalName(name.trim());
      if (normal !== "" && !claimed.has(normal)) claimed.set(normal, owner.service);
    }
  }
  return claimed;
}

// src/commands/plan.ts
async function readRepoInputs(manifest, envRepo, service, platform) {
  const migrations = await readMigrationFiles(manifest, service.data?.migrations);
  if (envRepo === void 0) return { migrations };
  const files = await readEnvRepo(envRepo, filesToRead(platform, service.name, service.regions));
  const claimedHostnames2 = service.routing ? await otherServicesHostnames(envRepo, platform, service.name) : /* @__PURE__ */ new Map();
  const reservations = await otherServicesHoldings(envRepo, platform, service);
  return { files, claimedHostnames: claimedHostnames2, migrations, reservations };
}
async function otherServicesHoldings(envRepo, platform, service) {
  const paths = /* @__PURE__ */ new Map();
  for (const region of service.regions) {
    const folder = servicesFolder(platform, region);
    if (folder === void 0 || !platform.regions[region]?.quota) continue;
    for (const other of await listFolders(envRepo, folder))
      if (other !== service.name)
        paths.set(`${regionLayout(platform, other, region).folder}/${CAPACITY_PATCH_FILE}`, {
          region,
          service: other
        });
  }
  const files = await readEnvRepo(envRepo, [...paths.keys()]);
  const holdings = /* @__PURE__ */ new Map();
  for (const [path, text] of files) {
    const { region, service: other } = paths.get(path);
    const holding = holdingOf(other, text);
    if (holding) holdings.set(region, [...holdings.get(region) ?? [], holding]);
  }
  return holdings;
}
async function runPlan(options) {
  const { service, platform, diagnostics } = await loadInputs({ ...options, crossCheck: false });
  if (!service || !platform || hasErrors(diagnostics)) return { kind: "invalid", diagnostics };
  const release = parseRelease(options.release, service.image);
  if ("error" in release) return { kind: "usage", message: release.error };
  const read = await readRepoInputs(options.manifest, options.envRepo, service, platform);
  const result = withFindings(
    plan({ service, platform, release, ...read, files: read.files }),
    diagnostics.map(toFinding)
  );
  if (options.shadow === false || service.data?.engine !== "postgres")
    return { kind: "plan", plan: result };
  const { shadowCheck } = await import("./cli-shadow-ZYGCTAOX.js");
  try {
    const shadow = await shadowCheck(result, service);
    const regions = result.regions.filter((r) => r.data?.engine === "postgres").length;
    return {
      kind: "plan",
      plan: withFindings(result, shadow),
      ...regions > 0 && !shadow.some((f) => f.severity === "error") ? { shadowReplayed: { regions } } : {}
    };
  } catch (error) {
    const unavailable = {
      rule: "data-shadow-unavailable",
      severity: "info",
      message: `The migrations were not replayed on an embedded PostgreSQL: ${error.message.split("\n")[0]}. The rest of the plan is complete; run it again, or \`multiregion plan\` locally, to check them.`,
      file: service.file,
      ...service.locate(["spec", "data"], "key")
    };
    return { kind: "plan", plan: withFindings(result, [unavailable]) };
  }
}
async function otherServicesHostnames(envRepo, platform, self) {
  const owners = /* @__PURE__ */ new Map();
  for (const region of Object.keys(platform.regions)) {
    const folder = servicesFolder(platform, region);
    if (folder === void 0) continue;
    const prefix = prefixOf(platform, region);
    for (const other of await listFolders(envRepo, folder))
      if (other !== self)
        owners.set(`${regionLayout(platform, other, region).folder}/${SERVICE_FILE}`, {
          service: other,
          prefix
        });
  }
  return claimedHostnames(await readEnvRepo(envRepo, [...owners.keys()]), owners);
}
function planFailed(plan2) {
  return hasErrors(plan2.findings);
}

export {
  readRepoInputs,
  runPlan,
  planFailed
};
