import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import { EnvRepo } from '../../src/github/env-repo.js'
import { connect } from '../simulators/github/connect.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'

/** The simulator's own reads, which the train's tests use to look at what EnvRepo wrote, through the real Octokit. */

const REPO = 'acme/environments'
const params = { owner: 'acme', repo: 'environments' }

let sim: GitHubSimulator
let env: EnvRepo
let client: GitHubClient

beforeEach(async () => {
  sim = await GitHubSimulator.start()
  sim.seedRepo(REPO, { files: { 'a/b.yaml': 'b\n', 'c.yaml': 'c\n' } })
  ;({ env, client } = connect(sim))
})

afterEach(async () => {
  await sim.stop()
  expect(sim.violations).toEqual([])
})

describe('git objects', () => {
  it('hashes as git does: a known blob and the empty tree have their well-known ids', () => {
    const git = sim.repo(REPO).git
    expect(git.writeBlob('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
    expect(git.writeTree([])).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904')
  })

  it('reads refs, commits and trees, and shows an API commit as Verified', async () => {
    const { commitSha } = await env.commitFiles({
      base: 'main',
      branch: 'feature/x',
      message: 'm',
      files: [{ path: 'a/b.yaml', content: 'changed\n' }]
    })
    const { octokit } = client
    const ref = await octokit.rest.git.getRef({ ...params, ref: 'heads/feature/x' })
    expect(ref.data.object.sha).toBe(commitSha)

    const commit = await octokit.rest.git.getCommit({ ...params, commit_sha: commitSha })
    expect(commit.data.verification).toMatchObject({ verified: true, reason: 'valid' })
    expect(commit.data.committer.email).toBe('noreply@github.com')

    const tree = await octokit.rest.git.getTree({ ...params, tree_sha: 'feature/x' })
    expect(tree.data.tree.map(e => `${e.type} ${e.path}`)).toEqual(['tree a', 'blob c.yaml'])
    await expect(octokit.rest.git.getRef({ ...params, ref: 'heads/none' })).rejects.toMatchObject({
      status: 404
    })
  })

  it('deletes with a null sha and keeps the rest of the base tree', async () => {
    const base = sim.repo(REPO).commit(sim.repo(REPO).resolve('main')!).tree
    const { data } = await client.octokit.rest.git.createTree({
      ...params,
      base_tree: base,
      tree: [{ path: 'a/b.yaml', mode: '100644', type: 'blob', sha: null }]
    })
    expect([...sim.repo(REPO).git.flatten(data.sha).keys()]).toEqual(['c.yaml'])
  })
})

describe('compare', () => {
  it('tells how head relates to base, and lists the files changed since their merge base', async () => {
    const base = sim.repo(REPO).resolve('main')!
    const first = sim.push(REPO, 'main', { 'a/b.yaml': 'b2\n' })
    const second = sim.push(REPO, 'main', { 'c.yaml': 'c2\n', 'd/new.yaml': 'd\n' })
    const side = sim.push(REPO, 'side', { 'e.yaml': 'e\n' })
    expect(await env.compare(first, second)).toEqual({
      status: 'ahead',
      files: ['c.yaml', 'd/new.yaml'],
      complete: true
    })
    expect(await env.compare(second, second)).toEqual({
      status: 'identical',
      files: [],
      complete: true
    })
    expect((await env.compare(second, base)).status).toBe('behind')
    // side branched from main's head, so it is ahead of it; once main moves on, they diverge.
    expect((await env.compare(second, side)).status).toBe('ahead')
    const other = sim.push(REPO, 'main', { 'f.yaml': 'f\n' })
    expect(await env.compare(side, other)).toEqual({
      status: 'diverged',
      files: ['f.yaml'],
      complete: true
    })
    const { data } = await client.octokit.rest.repos.compareCommitsWithBasehead({
      ...params,
      basehead: `${base}...${second}`
    })
    expect([data.ahead_by, data.behind_by, data.merge_base_commit.sha]).toEqual([2, 0, base])
    expect(data.commits.map(c => c.sha)).toEqual([first, second])
    expect(data.files?.map(f => [f.filename, f.status])).toEqual([
      ['a/b.yaml', 'modified'],
      ['c.yaml', 'modified'],
      ['d/new.yaml', 'added']
    ])
    await expect(env.compare(base, 'no-such-ref')).rejects.toMatchObject({ status: 404 })
  })
})

describe('deployments', () => {
  it('lists deployments by environment, newest first, with their statuses', async () => {
    const first = await env.createDeployment({
      ref: 'main',
      environment: 'checkout-us-east',
      description: '',
      payload: {}
    })
    await env.createDeployment({
      ref: 'main',
      environment: 'checkout-sweden',
      description: '',
      payload: {}
    })
    await env.setDeploymentStatus(first.id, 'success', { description: 'healthy' })

    const { octokit } = client
    const list = await octokit.rest.repos.listDeployments({
      ...params,
      environment: 'checkout-us-east'
    })
    expect(list.data.map(d => d.id)).toEqual([first.id])
    const statuses = await octokit.rest.repos.listDeploymentStatuses({
      ...params,
      deployment_id: first.id
    })
    expect(statuses.data.map(s => s.state)).toEqual(['success'])
  })
})

describe('authentication', () => {
  it('refuses a token other than its own', async () => {
    const stranger = new EnvRepo(
      createClient({ token: 'ghs_someoneelse', baseUrl: sim.url }),
      'acme',
      'environments'
    )
    await expect(stranger.defaultBranch()).rejects.toMatchObject({ status: 401 })
  })
})

describe('review rules as GitHub applies them', () => {
  async function openPull(): Promise<{ number: number; head: string }> {
    sim.push(REPO, 'promote', { 'c.yaml': 'c2\n' }, 'multiregion[bot]')
    const number = sim.openPull(REPO, 'promote', { user: 'multiregion[bot]' })
    return { number, head: 'promote' }
  }
  const state = async (n: number) => (await env.getPull(n)).mergeableState

  it('dismisses approvals of older commits on a push when protection says so', async () => {
    sim.protect(REPO, 'main', {
      requiredApprovals: 1,
      requiredChecks: [],
      dismissStaleReviews: true
    })
    const pull = await openPull()
    sim.approve(REPO, pull.number, 'alice')
    expect(await state(pull.number)).toBe('clean')
    sim.push(REPO, pull.head, { 'c.yaml': 'c3\n' }, 'carol')
    expect((await env.reviews(pull.number)).map(r => r.state)).toEqual(['DISMISSED'])
    expect(await state(pull.number)).toBe('blocked')
  })

  it('does not count the last pusher under "Require approval of the most recent reviewable push"', async () => {
    sim.protect(REPO, 'main', {
      requiredApprovals: 1,
      requiredChecks: [],
      requireLastPushApproval: true
    })
    const pull = await openPull()
    sim.push(REPO, pull.head, { 'c.yaml': 'c3\n' }, 'carol')
    sim.approve(REPO, pull.number, 'carol')
    expect(await state(pull.number)).toBe('blocked')
    expect(await env.commitAccounts((await env.getPull(pull.number)).headSha)).toEqual(['carol'])
    sim.approve(REPO, pull.number, 'alice')
    expect(await state(pull.number)).toBe('clean')
  })

  it('counts write, maintain and admin reviewers, not read or triage', async () => {
    sim.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: [] })
    const pull = await openPull()
    for (const [user, role] of [
      ['r', 'read'],
      ['t', 'triage'],
      ['m', 'maintain']
    ] as const)
      sim.setRole(REPO, user, role)
    expect([
      await env.permission('r'),
      await env.permission('t'),
      await env.permission('m')
    ]).toEqual(['read', 'read', 'write'])
    sim.approve(REPO, pull.number, 'r')
    sim.approve(REPO, pull.number, 't')
    expect(await state(pull.number)).toBe('blocked')
    sim.approve(REPO, pull.number, 'm')
    expect(await state(pull.number)).toBe('clean')
  })

  it('reads required checks from protection and rulesets together', async () => {
    sim.protect(REPO, 'main', { requiredApprovals: 0, requiredChecks: ['ci/a'] })
    sim.addRuleset(REPO, { requiredChecks: ['ci/b'] })
    expect((await env.requiredChecks('main')).sort()).toEqual(['ci/a', 'ci/b'])
    const pull = await openPull()
    const sha = (await env.getPull(pull.number)).headSha
    sim.setCheck(REPO, sha, 'ci/a', 'completed', 'success')
    expect(await state(pull.number)).toBe('blocked')
    sim.setStatus(REPO, sha, 'ci/b', 'success')
    expect(await state(pull.number)).toBe('clean')
  })

  it('reports a head behind its base as behind when checks are strict, and refuses the merge', async () => {
    sim.protect(REPO, 'main', { requiredApprovals: 0, requiredChecks: [], strict: true })
    const pull = await openPull()
    sim.push(REPO, 'main', { 'a/b.yaml': 'b2\n' }, 'payments')
    expect(await state(pull.number)).toBe('behind')
    const sha = (await env.getPull(pull.number)).headSha
    expect(await env.merge(pull.number, { sha, method: 'merge' })).toMatchObject({
      merged: false,
      reason: 'not-mergeable'
    })
  })
})
