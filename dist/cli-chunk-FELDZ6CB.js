#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/manifest/diagnostic.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}
var MAX_QUOTED = 100;
function clip(text, max = MAX_QUOTED) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join("")}\u2026 (${chars.length} characters)`;
}
function quote(value) {
  if (typeof value !== "string") return clip(JSON.stringify(value) ?? String(value));
  const chars = [...value];
  if (chars.length <= MAX_QUOTED) return JSON.stringify(value);
  return `${JSON.stringify(chars.slice(0, MAX_QUOTED).join(""))}\u2026 (${chars.length} characters)`;
}
function listSome(items, max = 10) {
  const all = [...items];
  const shown = all.slice(0, max).join(", ");
  return all.length <= max ? shown : `${shown} \u2026 and ${all.length - max} more`;
}

export {
  hasErrors,
  sortDiagnostics,
  MAX_QUOTED,
  clip,
  quote,
  listSome
};
