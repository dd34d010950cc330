#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ident,
  lineAt,
  splitStatements,
  transactionControl
} from "./cli-chunk-DUZMPWI2.js";
import "./cli-chunk-HWCCQPND.js";

// src/data-runner/shadow.ts
import { readFile } from "node:fs/promises";
import { setFlagsFromString } from "node:v8";
import { gunzipSync } from "node:zlib";
var SNAPSHOT = new URL("./pglite-snapshot.tgz", import.meta.url);
var SETTINGS = ["-c", "shared_buffers=1MB"];
async function open() {
  setFlagsFromString("--liftoff-only");
  const { PGlite } = await import("./pglite.js");
  const startParams = [...PGlite.defaultStartParams, ...SETTINGS];
  const snapshot = await readFile(SNAPSHOT).catch(() => void 0);
  if (snapshot) {
    try {
      return await PGlite.create({
        loadDataDir: new File([gunzipSync(snapshot)], "pglite-snapshot.tar"),
        startParams
      });
    } catch {
    }
  }
  return PGlite.create({ startParams });
}
function position(error) {
  const p = Number(error.position);
  return Number.isFinite(p) && p > 0 ? p - 1 : 0;
}
async function shadowCheck(plan, service) {
  const regions = plan.regions.filter((r) => r.data?.engine === "postgres").sort((a, b) => a.data.order - b.data.order);
  if (regions.length === 0) return [];
  const db = await open();
  const findings = [];
  const tables = Object.keys(service.data?.tables ?? {});
  try {
    for (const region of regions) {
      await db.exec("BEGIN");
      try {
        for (const m of region.data.migrations.filter((x) => x.transaction)) {
          const control = transactionControl(m.sql);
          if (control) {
            if (!findings.some((f) => f.file === m.file && f.line === control.line))
              findings.push({
                rule: "data-shadow-error",
                severity: "error",
                message: `${control.text.split(/\s/)[0].toUpperCase()} controls the transaction, which migrate owns (one transaction per file, or none with -- multiregion:no-transaction); migrate refuses the file, so it was not replayed (in region ${region.name}).`,
                file: m.file,
                line: control.line,
                column: 1,
                region: region.name
              });
            break;
          }
          await db.exec("SAVEPOINT file");
          const whole = await db.exec(m.sql).then(
            () => true,
            () => false
          );
          if (whole) continue;
          await db.exec("ROLLBACK TO SAVEPOINT file");
          for (const statement of splitStatements(m.sql)) {
            try {
              await db.exec(statement.text);
            } catch (error) {
              const line = statement.line + lineAt(statement.text, position(error)) - 1;
              const reason = error.message;
              const table = tables.find((t) => statement.text.includes(ident(t)));
              const finding = m.kind === "hand-written" || table === void 0 ? {
                rule: "data-shadow-error",
                severity: "error",
                message: `${reason} (in region ${region.name}, checked on an embedded PostgreSQL).`,
                file: m.file,
                line,
                column: 1,
                region: region.name
              } : {
                rule: "data-shadow-error",
                severity: "error",
                message: `The SQL generated for table ${table} fails: ${reason} (${m.file} line ${line}, checked on an embedded PostgreSQL). Check its column types.`,
                file: service.file,
                ...service.locate(["spec", "data", "tables", table]),
                region: region.name
              };
              if (!findings.some((f) => f.file === finding.file && f.line === finding.line))
                findings.push(finding);
              throw error;
            }
          }
        }
      } catch {
      } finally {
        await db.exec("ROLLBACK");
      }
    }
  } finally {
    await db.close();
  }
  return findings;
}
export {
  shadowCheck
};
