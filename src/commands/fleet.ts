import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { GitHubClient } from '../github/client.js'
import { readFleet } from '../github/fleet.js'
import { RateBudgetSpent } from '../github/rate-limit.js'
import type { Diagnostic } from '../manifest/diagnostic.js'
import { hasErrors, sortDiagnostics } from '../manifest/diagnostic.js'
import { checkServiceAgainstPlatform, loadService } from '../manifest/load.js'
import type { Platform, Service } from '../manifest/model.js'
import { serviceLabel } from '../train/names.js'
import type { GitHubPort } from '../train/ports.js'
import { readInputFile } from '../workspace/local-files.js'
import { latestRelease, reconcileTrain, TrainRefusal } from './train.js'
import type { TrainContext } from './train.js'

/**
 * How long after its last train PR closed or merged a service is still
 * reconciled: its bake and Argo CD wait, plus an hour for runs the rate
 * limit deferred. Past it, the train ended or waits on a person, whose
 * review or merge reopens the look.
 */
const SLACK_MS = 3_600_000

/** Services reconciled side by side: their Argo CD waits overlap, their GitHub writes are spaced by the client anyway. */
const DEFAULT_PARALLEL = 4

/** Everything a fleet reconcile needs, opened by the caller. */
export interface Fleet {
  services: Service[]
  client: GitHubClient
  owner: string
  repo: string
  /** One GitHub port for every service (it caches the bot's login). */
  github: GitHubPort
  /** platform.yaml from the default branch, read only when a train is in flight. */
  platform: (base: string) => Promise<{ platform: Platform } | { diagnostics: Diagnostic[] }>
  context: (service: Service, platform: Platform, github: GitHubPort) => TrainContext
  now: () => number
  parallel?: number
  resume?: boolean
}

/** What became of one service in a fleet run. */
export interface ServiceRun {
  service: string
  release?: string
  state: 'idle' | 'running' | 'waiting' | 'halted' | 'refused' | 'done' | 'failed' | 'deferred'
  done: string[]
}

export interface FleetRun {
  services: ServiceRun[]
  /** Why the run stopped early (GitHub's budget), when it did. */
  deferred?: string
  diagnostics: Diagnostic[]
}

/**
 * One reconcile of every service in the environments repository: one
 * GraphQL look at the train PRs tells which services have a train in flight
 * (readFleet), and only those are reconciled, each as `reconcile` would, so
 * an idle fleet costs one request whatever its size and a run writes only
 * where a train moves. When GitHub's budget runs out too far from its reset,
 * the services not reached are deferred to the next run.
 */
export async function reconcileFleet(fleet: Fleet): Promise<FleetRun> {
  const horizon =
    Math.max(0, ...fleet.services.map(s => (s.train.bakeSeconds + s.train.timeoutSeconds) * 1000)) +
    SLACK_MS
  const view = await readFleet(fleet.client, fleet.owner, fleet.repo, fleet.now() - horizon)
  const runs: ServiceRun[] = fleet.services.map(s => ({
    service: s.name,
    state: 'idle',
    done: []
  }))
  const active = fleet.services.filter(s => view.active.has(serviceLabel(s.name)))
  if (active.length === 0) return { services: runs, diagnostics: [] }
  const loaded = await fleet.platform(view.defaultBranch)
  if ('diagnostics' in loaded) return { services: runs, diagnostics: loaded.diagnostics }
  const github: GitHubPort = { ...fleet.github, defaultBranch: async () => view.defaultBranch }
  const diagnostics: Diagnostic[] = []
  let deferred: string | undefined
  const queue = [...active]
  const worker = async () => {
    for (let service = queue.shift(); service; service = queue.shift()) {
      const run = runs.find(r => r.service === service!.name)!
      if (deferred !== undefined) {
        run.state = 'deferred'
        continue
      }
      const joined = checkServiceAgainstPlatform(service, loaded.platform)
      if (hasErrors(joined)) {
        diagnostics.push(...joined)
        run.state = 'refused'
        continue
      }
      try {
        const ctx = fleet.context(service, loaded.platform, github)
        const release = await latestRelease(ctx)
        if (release === undefined) continue
        run.release = release
        const result = await reconcileTrain(ctx, release, { resume: fleet.resume ?? false })
        run.state = result.decision.state
        run.done = result.done
      } catch (error) {
        if (error instanceof RateBudgetSpent) {
          deferred = error.message
          run.state = 'deferred'
        } else {
          run.state = error instanceof TrainRefusal ? 'refused' : 'failed'
          run.done = [(error as Error).message]
        }
      }
    }
  }
  await Promise.all(
    Array.from({ length: Math.max(1, fleet.parallel ?? DEFAULT_PARALLEL) }, () => worker())
  )
  return {
    services: runs,
    diagnostics: sortDiagnostics(diagnostics),
    ...(deferred === undefined ? {} : { deferred })
  }
}

/**
 * The manifests of every service: `<dir>/<service>/multiregion.yaml`, as
 * the environments repository keeps them. A manifest that does not load, or
 * names another service than its folder, is a diagnostic, and it is left
 * out; the others still move.
 */
export async function loadServices(
  dir: string
): Promise<{ services: Service[]; diagnostics: Diagnostic[] }> {
  let entries: string[]
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter(e => e.isDirectory())
      .map(e => e.name)
      .sort()
  } catch {
    return {
      services: [],
      diagnostics: [
        {
          rule: 'file-not-found',
          severity: 'error',
          message: `${dir} is not a folder: pass the folder whose subfolders each hold a service's multiregion.yaml (--services, input "services").`,
          file: dir,
          line: 1,
          column: 1
        }
      ]
    }
  }
  const services: Service[] = []
  const diagnostics: Diagnostic[] = []
  for (const name of entries) {
    const path = join(dir, name, 'multiregion.yaml')
    const file = await readInputFile(path, 'service manifest (multiregion.yaml)', '--services')
    if ('diagnostic' in file) {
      // A folder without a manifest is not a service.
      if (file.diagnostic.rule !== 'file-not-found') diagnostics.push(file.diagnostic)
      continue
    }
    const loaded = loadService(file.text, path)
    if (!loaded.value) diagnostics.push(...loaded.diagnostics)
    // A manifest gates the service it names: only the one in that service's own folder may (its
    // owners review that folder), never a copy a writer adds in another folder under the name.
    else if (loaded.value.name !== name)
      diagnostics.push({
        rule: 'service-folder',
        severity: 'error',
        message: `${path} names the service ${loaded.value.name}, but lies in the folder ${name}: a service's manifest is ${join(dir, loaded.value.name, 'multiregion.yaml')}. Move it there, or name the service ${name}.`,
        file: path,
        line: Math.max(1, file.text.split('\n').findIndex(l => /^\s*name:/.test(l)) + 1),
        column: 1
      })
    else services.push(loaded.value)
  }
  return { services, diagnostics }
}

/** The fleet run as Markdown for the job summary: only services that did something or need a person are listed. */
export function renderFleet(run: FleetRun, requests: string): string {
  const idle = run.services.filter(s => s.state === 'idle').length
  const moved = run.services.filter(s => s.state !== 'idle')
  const rows = moved.map(
    s =>
      `| \`${s.service}\` | ${s.release ? `\`${s.release}\`` : '–'} | ${s.state} | ${s.done.join('<br>') || '–'} |`
  )
  return [
    `## multiregion reconcile: ${run.services.length} services`,
    '',
    `${moved.length} with a train in flight, ${idle} idle.`,
    ...(run.deferred ? ['', `Deferred to the next run: ${run.deferred}.`] : []),
    ...(rows.length > 0
      ? ['', '| Service | Release | State | This run |', '|---|---|---|---|', ...rows]
      : []),
    '',
    `<sub>${requests}</sub>`,
    ''
  ].join('\n')
}
