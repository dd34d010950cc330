#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/data/sql.ts
function ident(name) {
  if (name.includes("\0")) throw new Error(`identifier contains NUL: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}
function literal(text) {
  if (text.includes("\0")) throw new Error("string literal contains NUL");
  return `'${text.replaceAll("'", "''")}'`;
}
function backquote(name) {
  if (name.includes("\0") || name.includes("`"))
    throw new Error(`identifier cannot be backquoted: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}
var SAFE_TYPE = /^[a-z][a-z0-9_]*( [a-z][a-z0-9_]*)*( ?\(\d{1,5}( ?, ?\d{1,5})?\))?(\[\])?$/i;
function isSafeType(type) {
  return type.length <= 64 && SAFE_TYPE.test(type);
}
var NO_TRANSACTION_MARKER = "-- multiregion:no-transaction";
var APPROVAL = /^--\s*multiregion:approve-destructive\s+([^\s:]+)\s*:\s*(\S.*)$/m;
var REGIONS = /^--\s*multiregion:regions\s+(.+)$/m;
function onlyRegions(sql) {
  const match = REGIONS.exec(sql);
  return match?.[1].split(/[\s,]+/).filter((r) => r !== "");
}
function wantsTransaction(sql) {
  return !sql.split("\n").some((line) => line.trim() === NO_TRANSACTION_MARKER);
}
function destructiveApproval(sql) {
  const match = APPROVAL.exec(sql);
  return match ? { approver: match[1], reason: match[2].trim() } : void 0;
}
var GEXEC = /^\\gexec[ \t]*(?:\n|$)/;
var LEADING_NOISE = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;
var WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;
var ROUTINE = /^c(f|p|or[fp])/;
function splitStatements(sql) {
  const out = [];
  let start = 0;
  let i = 0;
  let parens = 0;
  let blocks = 0;
  let firstLetters = "";
  const push = (end, gexec = false) => {
    const raw = sql.slice(start, end);
    const lead = LEADING_NOISE.exec(raw)[0].length;
    const text = raw.slice(lead).trimEnd();
    if (text !== "") {
      const offset = start + lead;
      out.push({ text, offset, line: lineAt(sql, offset), ...gexec ? { gexec } : {} });
    }
    parens = 0;
    blocks = 0;
    firstLetters = "";
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    WORD.lastIndex = i;
    const word = WORD.exec(sql)?.[0];
    if (word !== void 0) {
      const lower = word.toLowerCase();
      if (firstLetters.length < 4)
        firstLetters += ["create", "function", "procedure", "or", "replace"].includes(lower) ? lower[0] : "-";
      if (ROUTINE.test(firstLetters) && parens === 0) {
        if (lower === "begin") blocks++;
        else if (lower === "case" && blocks > 0) blocks++;
        else if (lower === "end" && blocks > 0) blocks--;
      }
      i += word.length;
    } else if (c === "(") {
      parens++;
      i++;
    } else if (c === ")") {
      parens = Math.max(0, parens - 1);
      i++;
    } else if (c === "-" && next === "-" || c === "/" && next === "*") {
      i = commentEnd(sql, i);
    } else if (c === "'" || c === '"' || c === "$") {
      i = quotedEnd(sql, i);
    } else if (c === ";" && parens === 0 && blocks === 0) {
      push(i);
      i++;
      start = i;
    } else if (c === "\\" && (i === 0 || sql[i - 1] === "\n") && GEXEC.test(sql.slice(i, i + 9))) {
      push(i, true);
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end + 1;
      start = i;
    } else i++;
  }
  push(sql.length);
  return out;
}
var TRANSACTION_CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE\s+TRANSACTION)\b/i;
function transactionControl(sql) {
  return splitStatements(sql).find(controlsTransaction);
}
function controlsTransaction(statement) {
  return TRANSACTION_CONTROL.test(stripComments(statement.text).trim());
}
function quotedEnd(sql, i) {
  const c = sql[i];
  if (c === "$") {
    const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 80));
    if (!tag) return i + 1;
    const end = sql.indexOf(tag[0], i + tag[0].length);
    return end === -1 ? sql.length : end + tag[0].length;
  }
  const escapes = c === "'" && /[eE]/.test(sql[i - 1] ?? "") && !/[\w$\u0080-\uffff]/.test(sql[i - 2] ?? "");
  let j = i + 1;
  while (j < sql.length) {
    if (escapes && sql[j] === "\\") j += 2;
    else if (sql[j] === c && sql[j + 1] === c) j += 2;
    else if (sql[j] === c) return j + 1;
    else j++;
  }
  return sql.length;
}
function commentEnd(sql, i) {
  if (sql[i] === "-") {
    const end = sql.indexOf("\n", i);
    return end === -1 ? sql.length : end + 1;
  }
  let depth = 1;
  let j = i + 2;
  while (j < sql.length && depth > 0) {
    const pair = sql.slice(j, j + 2);
    depth += pair === "/*" ? 1 : pair === "*/" ? -1 : 0;
    j += pair === "/*" || pair === "*/" ? 2 : 1;
  }
  return j;
}
function stripComments(sql) {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === "-" && next === "-" || c === "/" && next === "*") {
      i = commentEnd(sql, i);
      out += c === "-" ? "\n" : " ";
    } else if (c === "'" || c === '"' || c === "$") {
      const end = quotedEnd(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

export {
  ident,
  literal,
  backquote,
  isSafeType,
  NO_TRANSACTION_MARKER,
  onlyRegions,
  wantsTransaction,
  destructiveApproval,
  splitStatements,
  transactionControl,
  controlsTransaction,
  stripComments,
  lineAt
};
