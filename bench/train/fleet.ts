/**
 * What a fleet of services costs an App installation in GitHub requests an
 * hour, the old way (a reconcile job per service) and the new (one job that
 * looks at every service's train PRs at once), idle and with releases. Each
 * figure below is counted at the GitHub simulator; the hourly figures
 * multiply those counts by the schedule (a reconcile every 10 minutes) and
 * by one 20-region release per service an hour.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { reconcileFleet } from '../../src/commands/fleet.js'
import type { Fleet } from '../../src/commands/fleet.js'
import { latestRelease, startTrain } from '../../src/commands/train.js'
import { gitHubPort } from '../../src/github/train-port.js'
import { loadService } from '../../src/manifest/load.js'
import type { Service } from '../../src/manifest/model.js'
import { decodeMarker } from '../../src/train/marker.js'
import { connect } from '../../test/simulators/github/connect.js'
import { SERVICES } from '../../test/support/paths.js'
import { REPO, TrainHarness } from '../../test/support/train-harness.js'

const MIN = 60_000
/** The template's schedule: `*\/10 * * * *`. */
export const RUNS_AN_HOUR = 6
export const REGIONS_A_RELEASE = 20

const CHECKOUT = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8')

function idleServices(count: number): Service[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `svc-${String(i).padStart(4, '0')}`
    return loadService(CHECKOUT.replace(/name: checkout/, `name: ${name}`), `${name}.yaml`).value!
  })
}

function fleetOf(h: TrainHarness, services: Service[]): Fleet {
  const { client, env } = connect(h.github, REPO, { botLogin: 'multiregion[bot]' })
  return {
    services,
    client,
    owner: 'acme',
    repo: 'environments',
    github: gitHubPort(env, { method: 'merge', counter: client.counter }),
    platform: async () => ({ platform: h.ctx.platform }),
    context: (service, platform, github) => ({ ...h.ctx, service, platform, github }),
    now: h.clock.now
  }
}

/** Requests one idle fleet reconcile makes, counted at the simulator. */
async function fleetIdle(count: number): Promise<number> {
  const h = await TrainHarness.start()
  try {
    const before = h.github.requests.length
    await reconcileFleet(fleetOf(h, idleServices(count)))
    return h.github.requests.length - before
  } finally {
    await h.stop()
  }
}

/**
 * Requests one idle reconcile job of one service makes the old way: the
 * default branch and platform.yaml (openTrain), then the look for its newest
 * train (latestRelease), which finds none.
 */
async function perServiceIdle(): Promise<number> {
  const h = await TrainHarness.start()
  try {
    const before = h.github.requests.length
    const base = await h.ctx.github.defaultBranch()
    await h.ctx.github.readFiles(base, ['platform.yaml'])
    await latestRelease(h.ctx)
    return h.github.requests.length - before
  } finally {
    await h.stop()
  }
}

/**
 * One whole train of checkout driven by fleet reconciles among `idle` idle
 * services, as the schedule and reviews would (approvals given, bake time
 * passing): the requests of the whole train, promote included, per
 * promoted region.
 */
async function fleetTrain(idle: number): Promise<{ perRegion: number; runs: number }> {
  const h = await TrainHarness.start()
  try {
    const services = [h.ctx.service, ...idleServices(idle)]
    const before = h.github.requests.length
    await startTrain(h.ctx, 'v1.5.0')
    let runs = 0
    for (; runs < 16; runs++) {
      h.approveAll('alice', 'bob')
      h.clock.advance(11 * MIN)
      const run = await reconcileFleet(fleetOf(h, services))
      if (run.services[0]?.state === 'done') break
    }
    const prs = [...h.github.repo(REPO).pulls.values()].filter(
      p => decodeMarker(p.body)?.kind === 'promotion'
    ).length
    return { perRegion: (h.github.requests.length - before) / prs, runs: runs + 1 }
  } finally {
    await h.stop()
  }
}

export interface FleetFigures {
  perServiceIdle: number
  fleetIdle: Map<number, number>
  perRegion: number
  trainRuns: number
}

export async function measureFleet(sizes: readonly number[]): Promise<FleetFigures> {
  const fleetIdleCosts = new Map<number, number>()
  for (const size of sizes) fleetIdleCosts.set(size, await fleetIdle(size))
  const train = await fleetTrain(10)
  return {
    perServiceIdle: await perServiceIdle(),
    fleetIdle: fleetIdleCosts,
    perRegion: train.perRegion,
    trainRuns: train.runs
  }
}

/** Requests an hour: idle, and with one 20-region release of every service an hour. */
export function hourly(
  services: number,
  look: number,
  perRegion: number
): { idle: number; releases: number } {
  const idle = RUNS_AN_HOUR * look
  return { idle, releases: idle + services * REGIONS_A_RELEASE * perRegion }
}
