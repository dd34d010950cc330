import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { requestsBetween } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import type { EnvRepo, Pull } from '../../src/github/env-repo.js'
import { connect, startConnected, stopChecked } from '../simulators/github/connect.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'
import { nodesRequested, parse } from '../simulators/github/graphql.js'

const REPO = 'acme/environments'
const US_EAST = 'regions/us-east/checkout/kustomization.yaml'
const BRANCH = 'multiregion/checkout/us-east/v1.5.0'
const MARKER = '<!-- multiregion:train checkout -->'

let sim: GitHubSimulator
let env: EnvRepo
let client: GitHubClient

beforeEach(async () => {
  ;({ sim, env, client } = await startConnected())
})

afterEach(() => stopChecked(sim))

async function openPromotion(content = 'v1.5.0\n', branch = BRANCH): Promise<Pull> {
  await env.commitFiles({
    base: 'main',
    branch,
    message: 'promote',
    files: [{ path: US_EAST, content }]
  })
  return env.openPull({
    head: branch,
    base: 'main',
    title: 'checkout v1.5.0 to us-east',
    body: 'wave 1',
    labels: ['multiregion', 'region:us-east'],
    draft: false
  })
}

describe('pull requests', () => {
  it('opens one with labels in two writes and finds it by head, base and label', async () => {
    const before = client.counter.snapshot()
    const pull = await env.openPull({
      head:
        (await env.commitFiles({
          base: 'main',
          branch: BRANCH,
          message: 'm',
          files: [{ path: US_EAST, content: 'x\n' }]
        })) && BRANCH,
      base: 'main',
      title: 't',
      body: 'b',
      labels: ['multiregion'],
      draft: true
    })
    expect(requestsBetween(before, client.counter.snapshot()).writes).toBe(5)
    expect(pull).toMatchObject({
      number: 1,
      state: 'open',
      draft: true,
      headRef: BRANCH,
      baseRef: 'main',
      labels: ['multiregion'],
      author: 'multiregion-bot'
    })
    expect(pull.headSha).toBe(sim.repo(REPO).resolve(BRANCH))

    expect((await env.findPulls({ head: BRANCH, state: 'open' })).map(p => p.number)).toEqual([1])
    expect(await env.findPulls({ head: 'other', state: 'all' })).toEqual([])
    expect(await env.findPulls({ base: 'main', state: 'open', label: 'absent' })).toEqual([])
    expect(await env.findPulls({ state: 'closed' })).toEqual([])
  })

  it('adopts the pull request another run opened for the same branch instead of failing', async () => {
    await env.commitFiles({
      base: 'main',
      branch: BRANCH,
      message: 'm',
      files: [{ path: US_EAST, content: 'x\n' }]
    })
    const theirs = sim.openPull(REPO, BRANCH, { user: 'multiregion-bot', labels: ['multiregion'] })
    const pull = await env.openPull({
      head: BRANCH,
      base: 'main',
      title: 'checkout v1.5.0 to us-east',
      body: '',
      labels: ['multiregion', 'region:us-east'],
      draft: false
    })

    expect(pull).toMatchObject({ number: theirs, labels: ['multiregion', 'region:us-east'] })
    expect(sim.repo(REPO).pulls.size).toBe(1)
    expect(sim.requests.filter(r => r.operation === 'pulls/create').map(r => r.status)).toEqual([
      422
    ])
  })

  it('still fails when GitHub refuses for another reason', async () => {
    await expect(
      env.openPull({
        head: 'no-such-branch',
        base: 'main',
        title: 't',
        body: '',
        labels: [],
        draft: false
      })
    ).rejects.toMatchObject({ status: 422 })
  })

  it('reads every page when there are more than 100', async () => {
    for (let i = 0; i < 105; i++) {
      sim.push(REPO, `b${i}`, { [`f${i}`]: 'x' })
      sim.openPull(REPO, `b${i}`, { labels: i % 2 ? ['odd'] : [] })
    }
    const before = client.counter.snapshot()
    expect(await env.findPulls({ state: 'open', base: 'main' })).toHaveLength(105)
    expect(requestsBetween(before, client.counter.snapshot()).byRoute).toEqual({
      'GET /repos/{owner}/{repo}/pulls': 2
    })
    expect(await env.findPulls({ state: 'open', label: 'odd' })).toHaveLength(52)
  })

  it('reads a label in every state, the open PRs and closed ones on given heads from GraphQL, as REST shows them, paging each list on its own', async () => {
    const mine = await openPromotion()
    await env.addLabels(mine.number, ['multiregion:checkout'])
    const rest = (await env.findPulls({ state: 'open' }))[0]!
    // 150 closed PRs with the label, 120 open without, 300 closed without (never read).
    for (let i = 0; i < 570; i++) {
      sim.push(REPO, `b${i}`, { [`f${i}`]: 'x' })
      const labelled = i < 150
      const number = sim.openPull(REPO, `b${i}`, {
        user: i % 3 ? 'carol' : 'deploy-app[bot]',
        labels: labelled ? ['multiregion:checkout'] : ['other']
      })
      if (labelled || i >= 270) sim.closePull(REPO, number)
    }
    // A branch reused by 12 PRs, each closed: two pages of 10.
    for (let i = 0; i < 12; i++) sim.closePull(REPO, sim.openPull(REPO, 'b290'))
    const before = client.counter.snapshot()
    const { labelled, open, closedOnHeads } = await env.pullsByLabelAndHead(
      'multiregion:checkout',
      ['b280', 'b281', 'b200', 'b290', 'absent']
    )
    // Page 1 of every list, then page 2 of the open ones (only the newest 100 labelled are read).
    expect(requestsBetween(before, client.counter.snapshot()).byRoute).toEqual({
      'POST /graphql (query)': 2
    })
    // Closed PRs on those exact heads only (b200 is open, and the absent branch has none).
    expect(closedOnHeads.map(p => [p.headRef, p.state])).toEqual([
      ['b280', 'closed'],
      ['b281', 'closed'],
      ...Array(13).fill(['b290', 'closed'])
    ])
    expect(labelled).toHaveLength(100)
    expect(open).toHaveLength(121)
    expect(labelled.every(p => p.labels.includes('multiregion:checkout'))).toBe(true)
    expect(open.every(p => p.state === 'open')).toBe(true)
    // Newest first, as asked.
    expect(labelled[0]!.number).toBeGreaterThan(labelled[99]!.number)
    // The same pull request as REST's list gives (bar the merge commit GraphQL has only once merged).
    expect(open.find(p => p.number === mine.number)).toEqual({
      ...rest,
      labels: ['multiregion', 'region:us-east', 'multiregion:checkout']
    })
    // An App's PR: GraphQL says Bot "deploy-app"; the toolkit spells it as REST does.
    expect(labelled.find(p => p.headRef === 'b147')?.author).toBe('deploy-app[bot]')
  })

  it("keeps each query under GitHub's 500,000-node limit for a service of hundreds of regions", async () => {
    sim.push(REPO, 'b-last', { last: 'x' })
    sim.closePull(REPO, sim.openPull(REPO, 'b-last'))
    // 300 regions: a promotion and a rollback branch each, one list of up to 10 PRs (100 labels each) per branch.
    const heads = [...Array(600).keys()].map(i => `absent-${i}`).concat('b-last')
    const before = client.counter.snapshot()
    const { closedOnHeads } = await env.pullsByLabelAndHead('multiregion:checkout', heads)
    expect(closedOnHeads.map(p => p.headRef)).toEqual(['b-last'])
    expect(requestsBetween(before, client.counter.snapshot()).byRoute).toEqual({
      'POST /graphql (query)': Math.ceil((heads.length + 2) / 50)
    })
    expect(sim.violations).toEqual([])
  })

  it("counts a query's nodes as GitHub's docs do", () => {
    // The "complex query" of GitHub's node-limit page: 22,060 nodes.
    const query = `query { viewer { repositories(first: 50) { edges { repository: node { name
      pullRequests(first: 20) { edges { pullRequest: node { title comments(first: 10) { edges { comment: node { bodyHTML } } } } } }
      issues(first: 20) { totalCount edges { issue: node { title bodyHTML comments(first: 10) { edges { comment: node { bodyHTML } } } } } } } } }
      followers(first: 10) { edges { follower: node { login } } } } }`
    expect(nodesRequested(parse(query), {})).toBe(22_060)
  })

  it('pages GraphQL connections as GitHub does: first is required and at most 100', async () => {
    const query = (first: string) =>
      `query { repository(owner: "acme", name: "environments") { pullRequests(${first}) { nodes { number } } } }`
    await expect(client.octokit.graphql(query('states: [OPEN]'))).rejects.toThrow(
      /must provide a `first` or `last` value/
    )
    await expect(client.octokit.graphql(query('first: 101'))).rejects.toThrow(
      /exceeds the `first` limit of 100 records/
    )
    await expect(client.octokit.graphql(query('first: 1, after: "bm9wZQ=="'))).rejects.toThrow(
      /not appear to be a valid cursor/
    )
  })

  it('updates title and body', async () => {
    const pull = await openPromotion()
    const updated = await env.updatePull(pull.number, { title: 'new', body: 'new body' })
    expect(updated).toMatchObject({ title: 'new', body: 'new body', state: 'open' })
    expect(await env.getPull(pull.number)).toMatchObject({
      title: 'new',
      mergeable: true,
      mergeableState: 'clean'
    })
  })

  it('reads a conflict as not mergeable', async () => {
    const pull = await openPromotion('mine\n')
    sim.push(REPO, 'main', { [US_EAST]: 'theirs\n' })
    expect(await env.getPull(pull.number)).toMatchObject({
      mergeable: false,
      mergeableState: 'dirty'
    })
    expect(await env.merge(pull.number, { sha: pull.headSha, method: 'merge' })).toMatchObject({
      merged: false,
      reason: 'not-mergeable'
    })
  })

  it('sees a pull request a person closed unmerged, and one GitHub holds unmergeable', async () => {
    const pull = await openPromotion()
    sim.setMergeable(REPO, pull.number, false)
    expect(await env.getPull(pull.number)).toMatchObject({
      mergeable: false,
      mergeableState: 'dirty'
    })
    sim.closePull(REPO, pull.number)
    expect(await env.findPulls({ head: BRANCH, state: 'closed' })).toMatchObject([
      { number: pull.number, state: 'closed', merged: false, mergedAt: null }
    ])
  })

  it('closes a pull request without merging it', async () => {
    const pull = await openPromotion()
    expect(await env.updatePull(pull.number, { state: 'closed' })).toMatchObject({
      state: 'closed',
      merged: false
    })
  })
})

describe('gates', () => {
  it('reports reviews with the commit each was given on', async () => {
    const pull = await openPromotion('one\n')
    sim.approve(REPO, pull.number, 'alice')
    await env.commitFiles({
      base: 'main',
      branch: BRANCH,
      message: 'again',
      files: [{ path: US_EAST, content: 'two\n' }]
    })
    sim.review(REPO, pull.number, 'bob', 'CHANGES_REQUESTED')

    const reviews = await env.reviews(pull.number)
    const head = (await env.getPull(pull.number)).headSha
    expect(head).not.toBe(pull.headSha)
    expect(reviews).toEqual([
      {
        author: 'alice',
        state: 'APPROVED',
        commitId: pull.headSha,
        submittedAt: expect.any(String)
      },
      { author: 'bob', state: 'CHANGES_REQUESTED', commitId: head, submittedAt: expect.any(String) }
    ])
  })

  it('combines check runs and commit statuses', async () => {
    const pull = await openPromotion()
    const sha = pull.headSha
    expect(await env.checks(sha)).toEqual({ state: 'success', details: [] })

    sim.setCheck(REPO, sha, 'lint', 'completed', 'success')
    sim.setStatus(REPO, sha, 'ci/validate', 'pending')
    expect((await env.checks(sha)).state).toBe('pending')

    sim.setStatus(REPO, sha, 'ci/validate', 'success')
    sim.setCheck(REPO, sha, 'kubeconform', 'in_progress')
    expect((await env.checks(sha)).state).toBe('pending')

    sim.setCheck(REPO, sha, 'kubeconform', 'completed', 'failure')
    const checks = await env.checks(sha)
    expect(checks.state).toBe('failure')
    expect(checks.details.map(d => `${d.kind} ${d.name} ${d.state}`).sort()).toEqual([
      'check-run kubeconform failure',
      'check-run lint success',
      'status ci/validate success'
    ])
  })

  it('merges only at the head it checked: a stale sha is refused, not thrown', async () => {
    const pull = await openPromotion('one\n')
    await env.commitFiles({
      base: 'main',
      branch: BRANCH,
      message: 'again',
      files: [{ path: US_EAST, content: 'two\n' }]
    })

    expect(await env.merge(pull.number, { sha: pull.headSha, method: 'squash' })).toEqual({
      merged: false,
      reason: 'head-moved',
      message: expect.stringContaining('Head branch was modified')
    })
    expect(sim.repo(REPO).files('main').get(US_EAST)).not.toBe('two\n')

    const head = (await env.getPull(pull.number)).headSha
    const merged = await env.merge(pull.number, { sha: head, method: 'squash' })
    expect(merged).toEqual({ merged: true, sha: sim.repo(REPO).resolve('main') })
    expect(sim.repo(REPO).files('main').get(US_EAST)).toBe('two\n')
    expect(await env.getPull(pull.number)).toMatchObject({
      state: 'closed',
      merged: true,
      mergeCommitSha: merged.merged ? merged.sha : ''
    })
  })

  it('returns not-mergeable when branch protection blocks the merge', async () => {
    sim.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: [] })
    const pull = await openPromotion()
    expect((await env.getPull(pull.number)).mergeableState).toBe('blocked')

    expect(await env.merge(pull.number, { sha: pull.headSha, method: 'merge' })).toMatchObject({
      merged: false,
      reason: 'not-mergeable'
    })
    sim.approve(REPO, pull.number, 'alice')
    expect(await env.merge(pull.number, { sha: pull.headSha, method: 'merge' })).toMatchObject({
      merged: true
    })
    const merge = sim.repo(REPO).commit(sim.repo(REPO).resolve('main')!)
    expect(merge.parents).toHaveLength(2)
  })

  it('lets GitHub merge once the gates pass when auto-merge is on', async () => {
    sim.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: ['ci/validate'] })
    const pull = await openPromotion()
    expect(await env.enableAutoMerge(pull.nodeId, 'squash', pull.headSha)).toEqual({
      enabled: true
    })
    expect(await env.getPull(pull.number)).toMatchObject({
      merged: false,
      autoMerge: { method: 'squash', enabledBy: 'multiregion-bot' }
    })

    sim.approve(REPO, pull.number, 'alice')
    expect((await env.getPull(pull.number)).merged).toBe(false)
    sim.setStatus(REPO, pull.headSha, 'ci/validate', 'success')
    expect(await env.getPull(pull.number)).toMatchObject({ merged: true, state: 'closed' })
  })

  it('says so when auto-merge has nothing to wait for, and merges nothing', async () => {
    const pull = await openPromotion()
    expect(await env.enableAutoMerge(pull.nodeId, 'merge', pull.headSha)).toEqual({
      enabled: false,
      message: expect.stringContaining('clean status')
    })
    expect(await env.getPull(pull.number)).toMatchObject({ merged: false, autoMerge: null })
  })
})

describe('labels and comments', () => {
  it('adds and removes labels; removing an absent one is not an error', async () => {
    const pull = await openPromotion()
    expect(await env.addLabels(pull.number, ['multiregion:halted'])).toEqual([
      'multiregion',
      'region:us-east',
      'multiregion:halted'
    ])
    await env.removeLabel(pull.number, 'region:us-east')
    await env.removeLabel(pull.number, 'never-there')
    expect((await env.getPull(pull.number)).labels).toEqual(['multiregion', 'multiregion:halted'])
  })

  it('keeps one marked comment, updated in place, and writes nothing when it is already right', async () => {
    const pull = await openPromotion()
    await env.comment(pull.number, 'a person says hi')
    const first = await env.upsertComment(pull.number, MARKER, 'wave 1 of 3', sim.viewerLogin)
    const second = await env.upsertComment(pull.number, MARKER, 'wave 2 of 3', sim.viewerLogin)
    expect(second.id).toBe(first.id)

    const before = client.counter.snapshot()
    await env.upsertComment(pull.number, MARKER, 'wave 2 of 3', sim.viewerLogin)
    expect(requestsBetween(before, client.counter.snapshot()).writes).toBe(0)

    const comments = sim.repo(REPO).comments.filter(c => c.issue === pull.number)
    expect(comments.map(c => c.body)).toEqual(['a person says hi', `${MARKER}\nwave 2 of 3`])
  })
})

describe('deployments, history and identity', () => {
  it('records a deployment per region and its statuses', async () => {
    const { id } = await env.createDeployment({
      ref: 'main',
      environment: 'checkout-us-east',
      description: 'checkout v1.5.0',
      payload: { release: 'v1.5.0' }
    })
    await env.setDeploymentStatus(id, 'in_progress', { description: 'syncing' })
    await env.setDeploymentStatus(id, 'success', {
      description: 'healthy',
      environment_url: 'https://argocd.example/applications/checkout-us-east'
    })

    const deployment = sim.repo(REPO).deployments[0]!
    expect(deployment).toMatchObject({
      environment: 'checkout-us-east',
      sha: sim.repo(REPO).resolve('main'),
      payload: { release: 'v1.5.0' }
    })
    expect(deployment.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
  })

  it("lists the first-parent chain of a branch, leaving a merged side branch's commits out", async () => {
    const first = sim.push(REPO, 'main', { [US_EAST]: 'v1.4.0\n' })
    const side = sim.push(REPO, 'side', { [US_EAST]: 'v6.6.6\n' }, 'mallory')
    const merge = sim.mergePull(REPO, sim.openPull(REPO, 'side', { user: 'mallory' }), 'alice')

    const chain = await env.firstParentChain('main', 100)
    expect(chain.slice(0, 2)).toEqual([merge, first])
    expect(chain).not.toContain(side)
  })

  it('knows its own login from the token, from the bot-login setting, or from GraphQL for an app', async () => {
    expect(await env.viewerLogin()).toBe('multiregion-bot')
    expect(await connect(sim, REPO, { botLogin: 'acme-trains[bot]' }).env.viewerLogin()).toBe(
      'acme-trains[bot]'
    )

    for (const [graphqlViewer, expected] of [
      [true, 'acme-trains[bot]'],
      [false, undefined]
    ] as const) {
      const appSim = await GitHubSimulator.start({ viewer: { app: 'acme-trains', graphqlViewer } })
      try {
        appSim.seedRepo(REPO, { files: { 'a.txt': 'a' } })
        expect(await connect(appSim).env.viewerLogin()).toBe(expected)
        expect(appSim.requests.map(r => `${r.operation} ${r.status}`)).toEqual([
          'users/get-authenticated 403',
          'graphql 200'
        ])
        expect(appSim.violations).toEqual([])
      } finally {
        await appSim.stop()
      }
    }
  })

  it('reads the default branch', async () => {
    expect(await env.defaultBranch()).toBe('main')
  })
})
