#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkServiceAgainstPlatform,
  loadPlatform,
  loadService,
  readInputFile
} from "./cli-chunk-T7O25SVE.js";
import {
  sortDiagnostics
} from "./cli-chunk-FELDZ6CB.js";

// src/commands/load-inputs.ts
async function loadInputs(paths) {
  const diagnostics = [];
  const manifestFile = await readInputFile(
    paths.manifest,
    "service manifest (multiregion.yaml)",
    "--manifest"
  );
  let service;
  if ("diagnostic" in manifestFile) diagnostics.push(manifestFile.diagnostic);
  else {
    const loaded = loadService(manifestFile.text, paths.manifest);
    diagnostics.push(...loaded.diagnostics);
    service = loaded.value;
  }
  let platform;
  if (paths.platform !== void 0) {
    const platformFile = await readInputFile(
      paths.platform,
      "platform config (platform.yaml)",
      "--platform"
    );
    if ("diagnostic" in platformFile) diagnostics.push(platformFile.diagnostic);
    else {
      const loaded = loadPlatform(platformFile.text, paths.platform);
      diagnostics.push(...loaded.diagnostics);
      platform = loaded.value;
    }
  }
  if (service && platform && paths.crossCheck !== false)
    diagnostics.push(...checkServiceAgainstPlatform(service, platform));
  const result = { diagnostics: sortDiagnostics(diagnostics) };
  if (service) result.service = service;
  if (platform) result.platform = platform;
  return result;
}

export {
  loadInputs
};
