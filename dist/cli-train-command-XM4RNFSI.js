#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RateBudgetSpent,
  TrainRefusal,
  latestRelease,
  manualRollback,
  openFleet,
  openTrain,
  reconcileFleet,
  reconcileTrain,
  renderFleet,
  renderTrainStatus,
  startTrain,
  trainStatus
} from "./cli-chunk-R5XWP734.js";
import "./cli-chunk-MJIWIIMF.js";
import "./cli-chunk-ZNUBSWMV.js";
import "./cli-chunk-3YLAANSM.js";
import "./cli-chunk-ML6K4HLN.js";
import "./cli-chunk-YRMC5HOG.js";
import "./cli-chunk-T7O25SVE.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-DUZMPWI2.js";
import "./cli-chunk-HWCCQPND.js";

// src/commands/train-command.ts
function toJson(run2) {
  return {
    ...run2.observed,
    badReleases: [...run2.observed.badReleases],
    decision: run2.decision,
    done: run2.done
  };
}
async function runTrainCommand(settings, command) {
  if (command.name === "reconcile" && settings.services !== void 0)
    return runFleet({ ...settings, services: settings.services }, command.resume);
  const opened = await openTrain(settings);
  if ("diagnostics" in opened)
    return { ok: false, done: [], summary: "", diagnostics: opened.diagnostics };
  const { ctx, client } = opened;
  try {
    return await run(ctx, client, command);
  } catch (error) {
    if (error instanceof RateBudgetSpent)
      return {
        ok: true,
        done: [error.message],
        summary: `## multiregion ${command.name}

Deferred to the next run: ${error.message}.
`,
        requests: client.counter.summary(),
        diagnostics: []
      };
    if (!(error instanceof TrainRefusal)) throw error;
    return {
      ok: false,
      done: [error.message],
      summary: `## multiregion ${command.name}

Refused: ${error.message}
`,
      requests: client.counter.summary(),
      diagnostics: []
    };
  }
}
async function run(ctx, client, command) {
  if (command.name === "rollback") {
    const line = await manualRollback(ctx, command.region, command.to);
    return {
      ok: true,
      done: [line],
      summary: `## multiregion rollback

${line}
`,
      requests: client.counter.summary(),
      diagnostics: []
    };
  }
  const release = command.name === "promote" ? command.release : command.release ?? await latestRelease(ctx);
  if (release === void 0) {
    const line = `No train of ${ctx.service.name} has started yet; start one with promote --release <version>.`;
    return {
      ok: true,
      done: [line],
      summary: `## multiregion ${command.name}

${line}
`,
      requests: client.counter.summary(),
      diagnostics: []
    };
  }
  const run2 = command.name === "promote" ? await startTrain(ctx, release, command.skip) : command.name === "reconcile" ? await reconcileTrain(ctx, release, { resume: command.resume }) : await trainStatus(ctx, release);
  const done = run2.done.length > 0 ? `
### This run

${run2.done.map((l) => `- ${l}`).join("\n")}
` : "";
  return {
    ok: run2.decision.state !== "halted" && run2.decision.state !== "refused",
    state: run2.decision.state,
    done: run2.done,
    summary: `${renderTrainStatus(run2.observed, run2.decision)}${done}
<sub>${client.counter.summary()}</sub>
`,
    json: toJson(run2),
    requests: client.counter.summary(),
    diagnostics: []
  };
}
async function runFleet(settings, resume) {
  const { fleet, client, diagnostics } = await openFleet(settings, { resume });
  const run2 = await reconcileFleet(fleet);
  const failed = run2.services.filter((s) => ["failed", "halted", "refused"].includes(s.state));
  const all = [...diagnostics, ...run2.diagnostics];
  return {
    // A bad manifest or a failing train fails the job; the other services have moved on regardless.
    ok: all.length === 0 && failed.length === 0,
    done: run2.services.flatMap((s) => s.done.map((line) => `${s.service}: ${line}`)),
    summary: `${renderFleet(run2, client.counter.summary())}${all.length > 0 ? `
### Left out: fix these and the next run takes them in

${all.map((d) => `- ${d.file}:${d.line}:${d.column}: ${d.message}`).join("\n")}
` : ""}`,
    json: run2,
    requests: client.counter.summary(),
    // Bad manifests are shown in the summary's place only when nothing else ran.
    diagnostics: run2.services.every((s) => s.state === "idle") ? all : []
  };
}
export {
  runTrainCommand
};
