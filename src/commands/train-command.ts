import type { Diagnostic } from '../manifest/diagnostic.js'
import { renderTrainStatus } from '../report/train.js'
import type { TrainState } from '../train/decide.js'
import {
  latestRelease,
  manualRollback,
  reconcileTrain,
  startTrain,
  TrainRefusal,
  trainStatus
} from './train.js'
import type { TrainContext, TrainRun } from './train.js'
import type { GitHubClient } from '../github/client.js'
import { RateBudgetSpent } from '../github/rate-limit.js'
import { reconcileFleet, renderFleet } from './fleet.js'
import { openFleet, openTrain } from './train-setup.js'
import type { TrainSettings } from './train-setup.js'

/** The train commands, the same for the CLI (flags) and the action (inputs). */
export type TrainCommand =
  | { name: 'promote'; release: string; skip: readonly string[] }
  | { name: 'reconcile'; release?: string; resume: boolean }
  | { name: 'status'; release?: string }
  | { name: 'rollback'; region: string; to?: string }

export interface TrainCommandResult {
  /** False when the train halted, was refused, or the input was bad: the run should fail. */
  ok: boolean
  state?: TrainState
  /** What this run did, a line each. */
  done: string[]
  /** The train's status as Markdown: a table, a diagram, what comes next. */
  summary: string
  /** For --format json: the observation and the decision, as plain JSON. */
  json?: unknown
  /** "N GitHub requests: …", for the job summary. */
  requests?: string
  diagnostics: Diagnostic[]
}

function toJson(run: TrainRun): unknown {
  return {
    ...run.observed,
    badReleases: [...run.observed.badReleases],
    decision: run.decision,
    done: run.done
  }
}

/** Opens the train of the manifest's service and runs one command on it. */
export async function runTrainCommand(
  settings: TrainSettings,
  command: TrainCommand
): Promise<TrainCommandResult> {
  if (command.name === 'reconcile' && settings.services !== undefined)
    return runFleet({ ...settings, services: settings.services }, command.resume)
  const opened = await openTrain(settings)
  if ('diagnostics' in opened)
    return { ok: false, done: [], summary: '', diagnostics: opened.diagnostics }
  const { ctx, client } = opened
  try {
    return await run(ctx, client, command)
  } catch (error) {
    if (error instanceof RateBudgetSpent)
      // Stopped before GitHub would refuse: the train is as GitHub shows it, and the next run carries on.
      return {
        ok: true,
        done: [error.message],
        summary: `## multiregion ${command.name}\n\nDeferred to the next run: ${error.message}.\n`,
        requests: client.counter.summary(),
        diagnostics: []
      }
    if (!(error instanceof TrainRefusal)) throw error
    return {
      ok: false,
      done: [error.message],
      summary: `## multiregion ${command.name}\n\nRefused: ${error.message}\n`,
      requests: client.counter.summary(),
      diagnostics: []
    }
  }
}

async function run(
  ctx: TrainContext,
  client: GitHubClient,
  command: TrainCommand
): Promise<TrainCommandResult> {
  if (command.name === 'rollback') {
    const line = await manualRollback(ctx, command.region, command.to)
    return {
      ok: true,
      done: [line],
      summary: `## multiregion rollback\n\n${line}\n`,
      requests: client.counter.summary(),
      diagnostics: []
    }
  }
  const release =
    command.name === 'promote' ? command.release : (command.release ?? (await latestRelease(ctx)))
  if (release === undefined) {
    const line = `No train of ${ctx.service.name} has started yet; start one with promote --release <version>.`
    return {
      ok: true,
      done: [line],
      summary: `## multiregion ${command.name}\n\n${line}\n`,
      requests: client.counter.summary(),
      diagnostics: []
    }
  }
  const run =
    command.name === 'promote'
      ? await startTrain(ctx, release, command.skip)
      : command.name === 'reconcile'
        ? await reconcileTrain(ctx, release, { resume: command.resume })
        : await trainStatus(ctx, release)
  const done =
    run.done.length > 0 ? `\n### This run\n\n${run.done.map(l => `- ${l}`).join('\n')}\n` : ''
  return {
    ok: run.decision.state !== 'halted' && run.decision.state !== 'refused',
    state: run.decision.state,
    done: run.done,
    summary: `${renderTrainStatus(run.observed, run.decision)}${done}\n<sub>${client.counter.summary()}</sub>\n`,
    json: toJson(run),
    requests: client.counter.summary(),
    diagnostics: []
  }
}

/** reconcile over every service of the environments repository (TrainSettings.services). */
async function runFleet(
  settings: TrainSettings & { services: string },
  resume: boolean
): Promise<TrainCommandResult> {
  const { fleet, client, diagnostics } = await openFleet(settings, { resume })
  const run = await reconcileFleet(fleet)
  const failed = run.services.filter(s => ['failed', 'halted', 'refused'].includes(s.state))
  const all = [...diagnostics, ...run.diagnostics]
  return {
    // A bad manifest or a failing train fails the job; the other services have moved on regardless.
    ok: all.length === 0 && failed.length === 0,
    done: run.services.flatMap(s => s.done.map(line => `${s.service}: ${line}`)),
    summary: `${renderFleet(run, client.counter.summary())}${
      all.length > 0
        ? `\n### Left out: fix these and the next run takes them in\n\n${all.map(d => `- ${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n')}\n`
        : ''
    }`,
    json: run,
    requests: client.counter.summary(),
    // Bad manifests are shown in the summary's place only when nothing else ran.
    diagnostics: run.services.every(s => s.state === 'idle') ? all : []
  }
}
