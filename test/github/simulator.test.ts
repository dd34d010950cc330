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
