/**
 * The train's cost over the simulators against the naive way (clone the
 * environments repository, edit, commit, push), measured in the same run.
 * Prints figures; asserts nothing.
 */
import { reconcileTrain } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import { REPO, TrainHarness } from '../../test/support/train-harness.js'
import { measureCloneBaseline } from './clone-baseline.js'

const FILES = 10_000
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

async function runTrain(extraFiles: number, latencyMs: number) {
  const harness = await TrainHarness.start()
  if (extraFiles > 0) harness.github.push(REPO, 'main', bigRepo(extraFiles), 'platform-team')
  if (latencyMs > 0) harness.github.slow(latencyMs)
  const start = performance.now()
  let run = await reconcileTrain(harness.ctx, 'v1.5.0')
  let runs = 1
  while (run.decision.state !== 'done' && runs < 12) {
    harness.approveAll('alice', 'bob')
    harness.clock.advance(11 * MIN)
    run = await reconcileTrain(harness.ctx, 'v1.5.0')
    runs++
  }
  const elapsed = performance.now() - start
  const requests = harness.github.requests
  const prs = [...harness.github.repo(REPO).pulls.values()].filter(
    p => decodeMarker(p.body)?.kind === 'promotion'
  )
  const graphql = requests.filter(r => r.path.endsWith('graphql')).length
  const writes = requests.filter(r => r.method !== 'GET' && !r.path.endsWith('graphql'))
  const byOperation = new Map<string, number>()
  for (const w of writes) byOperation.set(w.operation, (byOperation.get(w.operation) ?? 0) + 1)
  await harness.stop()
  if (run.decision.state !== 'done')
    throw new Error(`the train did not finish: ${JSON.stringify(run.decision)}`)
  return {
    elapsed,
    runs,
    prs: prs.length,
    requests: requests.length,
    writes: writes.length,
    reads: requests.length - writes.length,
    graphql,
    byOperation
  }
}

const small = await runTrain(0, 0)
const big = await runTrain(FILES, 0)
const slow = await runTrain(FILES, LATENCY_MS)
const baseline = measureCloneBaseline(FILES, 3)
baseline.cleanup()

const perRegion = (n: number) => (n / slow.prs).toFixed(1)
const deploymentWrites =
  (slow.byOperation.get('repos/create-deployment') ?? 0) +
  (slow.byOperation.get('repos/create-deployment-status') ?? 0)
const markerWrites = slow.byOperation.get('pulls/update') ?? 0

console.log(
  `multiregion train bench: checkout v1.5.0, 4 regions in 3 waves (${slow.prs} promotion PRs; us-west already current)`
)
console.log(`node ${process.version}; GitHub and Argo CD simulators on 127.0.0.1\n`)
console.log('requests per train (whole train, every reconcile run)')
console.log(`  the fixture environments repo: ${small.requests} requests (${small.writes} writes)`)
console.log(
  `  environments repo + ${FILES} files: ${big.requests} requests (${big.writes} writes): repository size changes nothing`
)
console.log(
  `  reconcile runs: ${slow.runs}; GraphQL queries: ${slow.graphql} (one file read per observe round: ${(slow.graphql / slow.runs).toFixed(1)} per run)\n`
)
console.log('writes per region PR')
console.log(`  all writes: ${perRegion(slow.writes)}`)
console.log(
  `  of which promotion (commit: tree + commit + ref, PR, labels, merge): ${perRegion(slow.writes - deploymentWrites - markerWrites)}`
)
console.log(
  `  of which marker updates (PR body): ${perRegion(markerWrites)}; GitHub Deployments: ${perRegion(deploymentWrites)}`
)
console.log(`  by endpoint: ${[...slow.byOperation].map(([op, n]) => `${op} ${n}`).join(', ')}\n`)
console.log(
  `time per region with ${LATENCY_MS} ms injected per GitHub request (excludes bake, includes the Argo CD wait)`
)
console.log(`  multiregion (Git Data API):          ${(slow.elapsed / slow.prs).toFixed(0)} ms`)
console.log(
  `  naive clone, edit, commit, push:      ${baseline.perRegionMs.toFixed(0)} ms  (${FILES} files, ${(baseline.repoBytes / 1e6).toFixed(1)} MB repository, local file:// transport, no network latency)`
)
console.log(
  `  ratio naive / multiregion:            ${(baseline.perRegionMs / (slow.elapsed / slow.prs)).toFixed(2)}`
)
