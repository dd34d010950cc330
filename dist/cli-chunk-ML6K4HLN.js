#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/format.ts
function formatSeconds(seconds) {
  if (seconds === 0) return "0s";
  const units = [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ];
  let rest = seconds;
  let out = "";
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  if (rest > 0) out += `${Math.round(rest * 1e3)}ms`;
  return out;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function shortVersion(version) {
  if (version === null) return "?";
  return version.startsWith("sha256:") ? `${version.slice(0, 19)}\u2026` : version;
}
var FINDINGS_PER_LEVEL = 50;
function firstFindings(findings, perLevel = FINDINGS_PER_LEVEL) {
  const count = { error: 0, warning: 0, info: 0 };
  const shown = findings.filter((f) => ++count[f.severity] <= perLevel);
  const left = ["error", "warning", "info"].filter((level) => count[level] > perLevel).map((level) => `${count[level] - perLevel} more ${level === "info" ? "info" : `${level}s`}`);
  if (left.length === 0) return { shown, more: "" };
  const all = ["error", "warning", "info"].filter((level) => count[level] > 0).map((level) => plural(count[level], level, level === "info" ? "info" : `${level}s`));
  return {
    shown,
    more: `\u2026 and ${left.join(", ")} (${all.join(", ")} in all; the first ${perLevel} of each level are shown, --format json lists every one)`
  };
}

export {
  formatSeconds,
  plural,
  shortVersion,
  firstFindings
};
