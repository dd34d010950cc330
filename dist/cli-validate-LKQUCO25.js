#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readRepoInputs
} from "./cli-chunk-J3FO7QUL.js";
import "./cli-chunk-DMJN7MOR.js";
import {
  checkService,
  sortFindings,
  toFinding
} from "./cli-chunk-MJIWIIMF.js";
import "./cli-chunk-ZNUBSWMV.js";
import "./cli-chunk-3YLAANSM.js";
import {
  loadInputs
} from "./cli-chunk-O6VE6RSW.js";
import "./cli-chunk-T7O25SVE.js";
import {
  hasErrors
} from "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-DUZMPWI2.js";
import "./cli-chunk-HWCCQPND.js";

// src/commands/validate.ts
async function runValidate(options) {
  const { service, platform, diagnostics } = await loadInputs({
    manifest: options.manifest,
    ...options.platform === void 0 ? {} : { platform: options.platform },
    crossCheck: false
  });
  const findings = diagnostics.map(toFinding);
  if (!service || !platform || hasErrors(diagnostics)) return findings;
  const read = await readRepoInputs(options.manifest, options.envRepo, service, platform);
  findings.push(...checkService({ service, platform, ...read }).findings);
  sortFindings(findings);
  return findings;
}
export {
  runValidate
};
