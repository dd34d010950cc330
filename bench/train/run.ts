/**
 * The train's GitHub cost over the simulators against what a careful user
 * does instead (a shallow, blobless, sparse clone, edit, commit, push, as
 * Kargo's git steps do), both with the same injected latency per request, in
 * the same run. Then the same train under faults (a merge GitHub refuses, a
 * PR whose labels were never added), whose request count must stay within
 * twice the happy path's. Prints figures; exits 1 only if that bound breaks.
 */
import { reconcileTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { forgetParsed } from '../../src/gitops/yaml-edit.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO, TrainHarness } from '../../test/support/train-harness.js'
import { ENV_REPO } from '../../test/support/paths.js'
import { measureCloneBaseline } from './clone-baseline.js'
import { hourly, measureFleet, REGIONS_A_RELEASE, RUNS_AN_HOUR } from './fleet.js'

const FILES = 10_000
const CLOSED_PULLS = 1_000
const LATENCY_MS = 20
const MIN = 60_000

function bigRepo(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    files[`regions/r${i % 12}/svc${Math.floor(i / 12)}/kustomization.yaml`] =
      `images:\n  - name: ghcr.io/acme/svc${i}\n    newTag: v1.0.${i}\n`
  }
  return files
}

type Fault = 'refused-merge' | 'missing-labels'

/**
 * What GitHub's secondary rate limit counts as creating content (80 a
 * minute): REST writes and GraphQL mutations; a GraphQL query is a read
 * whatever its HTTP method.
 */
function creating(r: { method: string; path: string; mutation?: true }): boolean {
  return r.method !== 'GET' && (!r.path.endsWith('graphql') || r.mutation === true)
}

/**
 * The fixture service spread over `count` regions (the fixture's four and
 * more like us-east), in three waves as the fixture's: the first region
 * alone, then the rest in two halves. Each new region gets us-east's
 * platform entry and folder, and an Application.
 */
function manyRegions(count: number): {
  regions: string[]
  manifest: string
  platform: (text: string) => string
  files: Record<string, string>
} {
  const regions = Array.from({ length: count - 4 }, (_, i) => `extra${i + 1}`)
  const all = ['us-east', 'us-west', 'sweden', 'china', ...regions]
  const rest = all.slice(1)
  const half = Math.ceil(rest.length / 2)
  const manifest = `apiVersion: multiregion.dev/v1
kind: Service
metadata:
  name: checkout
  team: payments
spec:
  image: ghcr.io/acme/checkout
  regions: [${all.join(', ')}]
  train:
    waves: [[us-east], [${rest.slice(0, half).join(', ')}], [${rest.slice(half).join(', ')}]]
    approvals: 1
    bake: 10m
    timeout: 30m
    onFailure: rollback
`
  const folder = join(ENV_REPO, 'regions', 'us-east', 'checkout')
  const files: Record<string, string> = {}
  for (const region of regions)
    for (const name of ['kustomization.yaml', 'patch-replicas.yaml', 'service.yaml'])
      files[`regions/${region}/checkout/${name}`] = readFileSync(join(folder, name), 'utf8')
  const platform = (text: string) => {
    const entry = /\n {4}us-east:\n(?: {6}.*\n|\n)+?(?=\n {4}\S)/.exec(text)![0]
    return text.replace(
      '\n  regions:\n',
      `\n  regions:\n${regions.map(region => entry.replace('us-east:', `${region}:`).replace(/DB_URL_US_EAST/, `DB_URL_${region.toUpperCase()}`)).join('')}`
    )
  }
  return { regions, manifest, platform, files }
}

/**
 * One whole train, reconcile run after reconcile run as workflow runs would
 * go (approvals given, bake time passing); a run that fails is simply the
 * next run's to finish. GitHub time is the runs' wall time minus the time
 * spent waiting for Argo CD and the simulator's own work.
 */
async function runTrain(options: {
  files: number
  latencyMs: number
  faults?: Fault[]
  /** Closed PRs of people in the repository before the train starts. */
  closedPulls?: number
  /** Regions of the service, 4 (the fixture) by default. */
  regions?: number
}) {
  const spread = options.regions && options.regions > 4 ? manyRegions(options.regions) : undefined
  const harness = await TrainHarness.start(
    spread
      ? {
          regions: spread.regions,
          manifest: spread.manifest,
          platform: spread.platform,
          branches: { main: spread.files }
        }
      : {}
  )
  const sim = harness.github
  if (options.files > 0) sim.push(REPO, 'main', bigRepo(options.files), 'platform-team')
  if (options.closedPulls) {
    sim.push(REPO, 'feature/docs', { 'README.md': 'docs\n' }, 'carol')
    for (let i = 0; i < options.closedPulls; i++)
      sim.closePull(REPO, sim.openPull(REPO, 'feature/docs', { user: 'carol' }))
  }
  if (options.latencyMs > 0) sim.slow(options.latencyMs)
  const faults = new Set(options.faults ?? [])
  if (faults.has('missing-labels'))
    // The runner dies between opening the first PR and labelling it (GitHub answers 502 four times).
    sim.failNext(4, { method: 'POST', path: /\/issues\/\d+\/labels$/ })
  // Argo CD's answers are not GitHub time. Waits of one wave run side by side, so what is
  // subtracted is the wall time during which any Argo CD call was in flight, not their sum.
  let argoMs = 0
  let inFlight = 0
  let since = 0
  const timed = async <T>(call: () => Promise<T>): Promise<T> => {
    if (inFlight++ === 0) since = performance.now()
    try {
      return await call()
    } finally {
      if (--inFlight === 0) argoMs += performance.now() - since
    }
  }
  const argo = harness.ctx.argo
  harness.ctx.argo = {
    checkApplication: input => timed(() => argo.checkApplication(input)),
    waitForRevision: input => timed(() => argo.waitForRevision(input))
  }
  const refusedOnce = new Set<number>()
  const start = performance.now()
  let run: TrainRun | undefined
  let runs = 0
  let failedRuns = 0
  const writesPerRun: number[] = []
  while (runs < 16 && run?.decision.state !== 'done') {
    runs++
    if (runs > 1) {
      for (const pull of [...sim.repo(REPO).pulls.values()].filter(p => p.state === 'open')) {
        for (const user of ['alice', 'bob']) sim.approve(REPO, pull.number, user)
        // GitHub refuses the first merge of each PR (say, a required check re-ran), then allows it.
        if (faults.has('refused-merge') && !refusedOnce.has(pull.number)) {
          refusedOnce.add(pull.number)
          sim.setMergeable(REPO, pull.number, false)
        } else sim.setMergeable(REPO, pull.number, undefined)
      }
      harness.clock.advance(11 * MIN)
    }
    const before = sim.requests.length
    // Each run starts as the new process a workflow run is: nothing parsed yet.
    forgetParsed()
    try {
      run = await reconcileTrain(harness.ctx, 'v1.5.0')
    } catch (error) {
      failedRuns++
      if (faults.size === 0) throw error
    }
    writesPerRun.push(sim.requests.slice(before).filter(creating).length)
  }
  const elapsed = performance.now() - start
  const requests = sim.requests
  const prs = [...sim.repo(REPO).pulls.values()].filter(
    p => decodeMarker(p.body)?.kind === 'promotion'
  ).length
  const writes = requests.filter(
    r => r.method !== 'GET' && (!r.path.endsWith('graphql') || r.mutation)
  )
  const byOperation = new Map<string, number>()
  for (const w of writes) {
    const operation = w.mutation ? `graphql ${w.fields?.join('+') ?? 'mutation'}` : w.operation
    byOperation.set(operation, (byOperation.get(operation) ?? 0) + 1)
  }
  await harness.stop()
  if (run?.decision.state !== 'done')
    throw new Error(`the train did not finish: ${JSON.stringify(run?.decision)}`)
  return {
    // The simulator runs in this process: its own work (contract checks) is not the train's time.
    githubMs: elapsed - argoMs - sim.busyMs,
    runs,
    failedRuns,
    writesPerRun,
    prs,
    requests: requests.length,
    writes: writes.length,
    graphql: requests.filter(r => r.path.endsWith('graphql')).length,
    byOperation
  }
}

const small = await runTrain({ files: 0, latencyMs: 0 })
const big = await runTrain({ files: FILES, latencyMs: 0 })
const history = await runTrain({ files: 0, latencyMs: 0, closedPulls: CLOSED_PULLS })
// The timed train runs three times, as the git baseline does, and each figure is the median run's.
const slowRuns = [] as Awaited<ReturnType<typeof runTrain>>[]
for (let i = 0; i < 3; i++) slowRuns.push(await runTrain({ files: FILES, latencyMs: LATENCY_MS }))
const slow = slowRuns.sort((a, b) => a.githubMs - b.githubMs)[1]!
const faulty = await runTrain({
  files: 0,
  latencyMs: 0,
  faults: ['refused-merge', 'missing-labels']
})
// Without the 10,000 extra files: the Argo CD model re-reads the tree for each of 40 apps, which is
// the simulator's cost, not GitHub's; the first figures show the files change no request.
const wide = await runTrain({ files: 0, latencyMs: LATENCY_MS, regions: 40 })
const FLEET_SIZES = [10, 100, 1000] as const
const fleet = await measureFleet(FLEET_SIZES)
const baseline = await measureCloneBaseline(FILES, 3, LATENCY_MS)
await baseline.cleanup()

const per = (n: number, d = slow.prs) => (n / d).toFixed(1)
const writesOf = (...operations: string[]) =>
  operations.reduce((n, op) => n + (slow.byOperation.get(op) ?? 0), 0)
const deploymentWrites = writesOf('repos/create-deployment', 'repos/create-deployment-status')
const markerWrites = writesOf('pulls/update')
// The wait's end writes the deployment's final state and the marker in one request.
const bothWrites = writesOf('graphql createDeploymentStatus+updatePullRequest')
const promotionWrites = slow.writes - deploymentWrites - markerWrites - bothWrites

console.log(
  `multiregion train bench: checkout v1.5.0, 4 regions in 3 waves (${slow.prs} promotion PRs; us-west already current)`
)
console.log(`node ${process.version}; GitHub and Argo CD simulators on 127.0.0.1\n`)
console.log('requests per train (whole train, every reconcile run, observation included)')
console.log(`  the fixture environments repo:        ${small.requests} (${small.writes} writes)`)
console.log(
  `  with ${FILES} more files in the repo:   ${big.requests} (${big.writes} writes): repository size changes nothing`
)
console.log(
  `  with ${CLOSED_PULLS} closed PRs of others:     ${history.requests} (${history.writes} writes): closed-PR history changes nothing`
)
console.log(
  `  reconcile runs: ${slow.runs}; GraphQL queries: ${slow.graphql}; writes by endpoint: ${[...slow.byOperation].map(([op, n]) => `${op} ${n}`).join(', ')}\n`
)
console.log(
  `per region, ${LATENCY_MS} ms added to every request on both sides (${FILES} files, ${(baseline.repoBytes / 1e6).toFixed(1)} MB repository)`
)
console.log('                                         requests   time (ms)')
console.log(
  `  multiregion, whole promotion:          ${per(slow.requests).padStart(9)}   ${(slow.githubMs / slow.prs).toFixed(0).padStart(9)}   (GitHub only: open, gate, merge, marker, deployment; Argo CD wait excluded)`
)
console.log(
  `  multiregion, content-creating:         ${per(slow.writes).padStart(9)}              (writes GitHub's secondary limit counts, 80/min: ${per(promotionWrites)} promotion, ${per(markerWrites)} marker, ${per(deploymentWrites)} deployment, ${per(bothWrites)} deployment and marker at once)`
)
console.log(
  `  careful git: shallow blobless sparse   ${String(baseline.perRegionRequests).padStart(9)}   ${baseline.perRegionMs.toFixed(0).padStart(9)}   (clone, edit, commit, push over smart HTTP; no PR, gate or merge)`
)
console.log(
  `  ratio git time / multiregion time:     ${(baseline.perRegionMs / (slow.githubMs / slow.prs)).toFixed(2).padStart(9)}   (medians of 3 runs each; multiregion's runs: ${slowRuns.map(r => (r.githubMs / r.prs).toFixed(0)).join(', ')} ms a region)\n`
)
console.log(
  `per region by the size of the train, ${LATENCY_MS} ms a request (whole train / promotion PRs)`
)
console.log('                          requests   content-creating   time (ms)   reconcile runs')
for (const [label, train] of [
  ['4 regions (fixture)', slow],
  ['40 regions', wide]
] as const)
  console.log(
    `  ${label.padEnd(22)}${(train.requests / train.prs).toFixed(1).padStart(10)}${(train.writes / train.prs).toFixed(1).padStart(19)}${(train.githubMs / train.prs).toFixed(0).padStart(12)}${String(train.runs).padStart(17)}   (${train.prs} PRs)`
  )
console.log(
  `  content-creating requests of the 40-region train: ${wide.writes}, at most ${Math.max(...wide.writesPerRun)} in one run (GitHub's secondary limit: 80 a minute; outside this bench the throttling plugin sends writes and GraphQL a second apart, so a run stays under 60 a minute)\n`
)
const ratio = faulty.requests / small.requests
console.log('under faults (first merge of each PR refused by GitHub; first PR left unlabelled)')
console.log(
  `  requests: ${faulty.requests} vs ${small.requests} on the happy path, ratio ${ratio.toFixed(2)} (bound 2.00); runs ${faulty.runs}, of which failed ${faulty.failedRuns}; merge attempts ${faulty.byOperation.get('pulls/merge') ?? 0}`
)
if (ratio > 2) {
  console.error('the train under faults costs more than twice the happy path')
  process.exitCode = 1
}

const BUDGET = 5000
const fmt = (n: number) => Math.round(n).toLocaleString('en-US')
const oldPerRegion = small.requests / small.prs
console.log(
  `\na fleet on one App installation (${fmt(BUDGET)} requests an hour), a reconcile every ${60 / RUNS_AN_HOUR} minutes; with releases: one ${REGIONS_A_RELEASE}-region release of every service an hour`
)
console.log(
  `  counted at the simulator: an idle reconcile job of one service ${fleet.perServiceIdle} requests; one fleet reconcile of ${FLEET_SIZES.map(n => `${n} idle services ${fleet.fleetIdle.get(n)}`).join(', ')}`
)
console.log(
  `  a region's promotion, whole train: ${oldPerRegion.toFixed(1)} requests (reconcile runs of the one service), ${fleet.perRegion.toFixed(1)} (promote, then fleet reconciles among 10 idle services, ${fleet.trainRuns} runs)`
)
console.log(
  '  requests an hour          idle: a job per service   idle: one job   with releases: a job per service   with releases: one job'
)
for (const n of FLEET_SIZES) {
  const look = fleet.fleetIdle.get(n)!
  const old = hourly(n, n * fleet.perServiceIdle, oldPerRegion)
  const now = hourly(n, look, fleet.perRegion)
  console.log(
    `  ${`${fmt(n)} services`.padEnd(24)}${fmt(old.idle).padStart(24)}${fmt(now.idle).padStart(16)}${fmt(old.releases).padStart(35)}${fmt(now.releases).padStart(25)}`
  )
}
// The issue's case: a thousand services on one installation while one of them moves a release through every region in the hour.
for (const n of FLEET_SIZES) {
  const oldOne = n * fleet.perServiceIdle * RUNS_AN_HOUR + REGIONS_A_RELEASE * oldPerRegion
  const nowOne = RUNS_AN_HOUR * fleet.fleetIdle.get(n)! + REGIONS_A_RELEASE * fleet.perRegion
  console.log(
    `  ${fmt(n)} services, one ${REGIONS_A_RELEASE}-region release an hour among them: ${fmt(nowOne)} requests an hour with one job (a job per service: ${fmt(oldOne)}); budget ${fmt(BUDGET)}`
  )
}
const idleRatio = fleet.fleetIdle.get(1000)! / fleet.fleetIdle.get(10)!
console.log(
  `  idle cost, 1,000 vs 10 services: ratio ${idleRatio.toFixed(2)} with one job (a job per service: ${fleet.perServiceIdle} requests each, 100 times as many)`
)
const fits = Math.floor(
  (BUDGET - RUNS_AN_HOUR * fleet.fleetIdle.get(10)!) / (REGIONS_A_RELEASE * fleet.perRegion)
)
console.log(
  `  within ${fmt(BUDGET)} an hour: any number of idle services; ${fits} services each with a ${REGIONS_A_RELEASE}-region release an hour (${Math.floor(BUDGET / (REGIONS_A_RELEASE * fleet.perRegion))} releases an hour in all, whatever the fleet's size)`
)
// GitHub's secondary limit on content: "no more than 80 content-generating requests per minute and no
// more than 500 content-generating requests per hour" (docs.github.com, rate limits for the REST API,
// "About secondary rate limits"), whatever the primary budget.
const CONTENT_AN_HOUR = 500
const writesPerRegion = slow.writes / slow.prs
console.log(
  `  GitHub's secondary limit of ${CONTENT_AN_HOUR} content-creating requests an hour (${writesPerRegion.toFixed(1)} a region: the PR, its labels, the merge, the deployment and its two states) caps one installation at ${Math.floor(CONTENT_AN_HOUR / writesPerRegion)} region promotions an hour, ${Math.floor(CONTENT_AN_HOUR / (writesPerRegion * REGIONS_A_RELEASE))} ${REGIONS_A_RELEASE}-region releases, whatever the request budget; 1,000 services each with a ${REGIONS_A_RELEASE}-region release an hour would need ${fmt(1000 * REGIONS_A_RELEASE * writesPerRegion)} (${Math.round((1000 * REGIONS_A_RELEASE * writesPerRegion) / CONTENT_AN_HOUR)} times the limit): such a fleet needs more installations, not fewer requests`
)
if (idleRatio > 1) {
  console.error('an idle fleet reconcile costs more with more idle services')
  process.exitCode = 1
}
