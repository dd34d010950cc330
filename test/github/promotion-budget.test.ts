import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { requestsBetween, requestsByCategory } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import type { EnvRepo } from '../../src/github/env-repo.js'
import { startConnected, stopChecked } from '../simulators/github/connect.js'
import type { GitHubSimulator } from '../simulators/github/simulator.js'
import { ENV_REPO } from '../support/paths.js'

/**
 * What one region's promotion costs through EnvRepo, as the train will spend
 * it: the issue's budget is at most 6 writes per region PR and one read query
 * per wave, whatever the repository's size.
 */

const REPO = 'acme/environments'
const REGIONS = ['us-east', 'us-west', 'sweden', 'china']

let sim: GitHubSimulator
let env: EnvRepo
let client: GitHubClient

beforeEach(async () => {
  ;({ sim, env, client } = await startConnected(s => {
    s.seedRepo(REPO, { dir: ENV_REPO })
    s.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: [] })
  }))
})

afterEach(() => stopChecked(sim))

it('reads a wave in one query and opens, gates and merges a region PR in 6 writes', async () => {
  const paths = REGIONS.map(region => `regions/${region}/checkout/kustomization.yaml`)
  let before = client.counter.snapshot()
  const files = await env.readFiles('main', paths)
  expect(requestsBetween(before, client.counter.snapshot()).total).toBe(1)

  const path = paths[0]!
  const branch = 'multiregion/checkout/us-east/v1.5.0'
  before = client.counter.snapshot()
  await env.commitFiles({
    base: 'main',
    branch,
    message: 'checkout: v1.5.0 to us-east',
    files: [{ path, content: files.get(path)!.replace('newTag: v1.4.2', 'newTag: v1.5.0') }]
  })
  const pull = await env.openPull({
    head: branch,
    base: 'main',
    title: 'checkout v1.5.0 to us-east',
    body: 'wave 1 of 3',
    labels: ['multiregion'],
    draft: false
  })
  sim.approve(REPO, pull.number, 'alice')
  const head = await env.getPull(pull.number)
  const reviews = await env.reviews(pull.number)
  const checks = await env.checks(head.headSha)
  expect(reviews.filter(r => r.state === 'APPROVED' && r.commitId === head.headSha)).toHaveLength(1)
  expect(checks.state).toBe('success')
  expect(await env.merge(pull.number, { sha: head.headSha, method: 'squash' })).toMatchObject({
    merged: true
  })

  const spent = requestsBetween(before, client.counter.snapshot())
  expect(spent.writes).toBe(6)
  expect(requestsByCategory(spent)).toMatchObject({
    git: { writes: 3 },
    pulls: { writes: 2 },
    issues: { writes: 1 }
  })
  expect(sim.repo(REPO).files('main').get(path)).toContain('newTag: v1.5.0')
})
