import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { requestsBetween } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import type { EnvRepo } from '../../src/github/env-repo.js'
import { startConnected, stopChecked } from '../simulators/github/connect.js'
import type { GitHubSimulator } from '../simulators/github/simulator.js'
import { ENV_REPO } from '../support/paths.js'

const REPO = 'acme/environments'
const US_EAST = 'regions/us-east/checkout/kustomization.yaml'
const SWEDEN = 'regions/sweden/checkout/kustomization.yaml'
const BRANCH = 'multiregion/checkout/us-east/v1.5.0'

let sim: GitHubSimulator
let env: EnvRepo
let client: GitHubClient

beforeEach(async () => {
  ;({ sim, env, client } = await startConnected())
})

afterEach(() => stopChecked(sim))

function promote(content: string, branch = BRANCH) {
  return env.commitFiles({
    base: 'main',
    branch,
    message: 'checkout: promote v1.5.0 to us-east',
    files: [{ path: US_EAST, content }]
  })
}

describe('commitFiles', () => {
  it('creates the branch with one read, one tree, one commit and one ref write', async () => {
    const before = client.counter.snapshot()
    const result = await promote('images: [{ name: checkout, newTag: v1.5.0 }]\n')

    expect(result.created).toBe(true)
    expect(requestsBetween(before, client.counter.snapshot())).toEqual({
      total: 4,
      reads: 1,
      writes: 3,
      retries: 0,
      byRoute: {
        'POST /graphql (query)': 1,
        'POST /repos/{owner}/{repo}/git/trees': 1,
        'POST /repos/{owner}/{repo}/git/commits': 1,
        'POST /repos/{owner}/{repo}/git/refs': 1
      }
    })
    expect(sim.requests.map(r => `${r.method} ${r.operation} ${r.status}`)).toEqual([
      'POST graphql 200',
      'POST git/create-tree 201',
      'POST git/create-commit 201',
      'POST git/create-ref 201'
    ])
  })

  it('changes only the given files and writes a commit GitHub signs, on top of the base', async () => {
    const repo = sim.repo(REPO)
    const base = repo.resolve('main')!
    const { commitSha } = await promote('changed\n')

    const before = repo.files('main')
    const after = repo.files(BRANCH)
    expect(after.get(US_EAST)).toBe('changed\n')
    expect(before.get(US_EAST)).toBe(readFileSync(join(ENV_REPO, US_EAST), 'utf8'))
    after.delete(US_EAST)
    before.delete(US_EAST)
    expect(after).toEqual(before)
    expect(repo.resolve(BRANCH)).toBe(commitSha)
    const commit = repo.commit(commitSha)
    expect(commit.parents).toEqual([base])
    expect(commit.signer).toBe('web-flow')
    expect(commit.message).toBe('checkout: promote v1.5.0 to us-east')
  })

  it('writes several files, new directories included, in one tree and one commit', async () => {
    const files = [
      { path: US_EAST, content: 'east\n' },
      { path: SWEDEN, content: 'sweden\n' },
      { path: 'regions/mars/checkout/kustomization.yaml', content: 'mars\n' }
    ]
    const result = await env.commitFiles({ base: 'main', branch: BRANCH, message: 'wave', files })

    const after = sim.repo(REPO).files(BRANCH)
    for (const f of files) expect(after.get(f.path)).toBe(f.content)
    expect(after.size).toBe(sim.repo(REPO).files('main').size + 1)
    expect(sim.requests.filter(r => r.operation === 'git/create-tree')).toHaveLength(1)
    expect(await env.commitFiles({ base: 'main', branch: BRANCH, message: 'wave', files })).toEqual(
      {
        commitSha: result.commitSha,
        created: false
      }
    )
  })

  it('writes nothing on a re-run: one read, the same commit', async () => {
    const first = await promote('changed\n')
    const before = client.counter.snapshot()
    const again = await promote('changed\n')

    expect(again).toEqual({ commitSha: first.commitSha, created: false })
    expect(requestsBetween(before, client.counter.snapshot())).toMatchObject({
      total: 1,
      writes: 0
    })
    expect(sim.repo(REPO).resolve(BRANCH)).toBe(first.commitSha)
  })

  it('creates no branch when the base already has the content', async () => {
    const current = readFileSync(join(ENV_REPO, US_EAST), 'utf8')
    const result = await promote(current)

    expect(result).toEqual({ commitSha: sim.repo(REPO).resolve('main'), created: false })
    expect(sim.repo(REPO).resolve(BRANCH)).toBeUndefined()
    expect(sim.requests.map(r => r.operation)).not.toContain('git/create-commit')
  })

  it('builds on an existing branch with a fast-forward update', async () => {
    const first = await promote('one\n')
    const second = await promote('two\n')

    expect(second.created).toBe(true)
    expect(sim.repo(REPO).commit(second.commitSha).parents).toEqual([first.commitSha])
    expect(sim.requests.filter(r => r.operation === 'git/update-ref').map(r => r.status)).toEqual([
      200
    ])
  })

  it('lands on top of another writer who moved the branch between its read and its write', async () => {
    await promote('one\n')
    sim.raceNextRefWrite(REPO, BRANCH, { [SWEDEN]: 'other writer\n' })
    const result = await promote('two\n')

    const repo = sim.repo(REPO)
    const files = repo.files(BRANCH)
    expect(files.get(US_EAST)).toBe('two\n')
    expect(files.get(SWEDEN)).toBe('other writer\n')
    const parent = repo.commit(result.commitSha).parents[0]!
    expect(repo.commit(parent).message).toBe('Change by other-writer')
    expect(sim.requests.filter(r => r.operation === 'git/update-ref').map(r => r.status)).toEqual([
      422, 200
    ])
  })

  it('lands on top of another writer who created the branch first', async () => {
    sim.raceNextRefWrite(REPO, BRANCH, { [SWEDEN]: 'other writer\n' })
    await promote('mine\n')

    const files = sim.repo(REPO).files(BRANCH)
    expect(files.get(US_EAST)).toBe('mine\n')
    expect(files.get(SWEDEN)).toBe('other writer\n')
    expect(
      sim.requests.filter(r => r.operation.endsWith('-ref')).map(r => `${r.operation} ${r.status}`)
    ).toEqual(['git/create-ref 422', 'git/update-ref 200'])
  })

  it("keeps another writer's change to the same file made between the train's read and its commit", async () => {
    const read = await env.readBranch('main', [US_EAST])
    const original = read.files.get(US_EAST)!
    const planned = original.replace('newTag: v1.4.2', 'newTag: v1.5.0')
    // Another writer creates the branch with a change to another line of the same file.
    const theirs = original.replace('namespace: payments', 'namespace: payments-v2')
    sim.raceNextRefWrite(REPO, BRANCH, { [US_EAST]: theirs })
    const result = await env.commitFiles({
      base: 'main',
      branch: BRANCH,
      parent: read.sha,
      message: 'checkout: promote v1.5.0 to us-east',
      files: [{ path: US_EAST, content: planned }]
    })

    expect(result.created).toBe(true)
    const text = sim.repo(REPO).files(BRANCH).get(US_EAST)!
    expect(text).toContain('namespace: payments-v2')
    expect(text).toContain('newTag: v1.5.0')
  })

  it("writes nothing over another writer's change to the same line, and says so", async () => {
    const read = await env.readBranch('main', [US_EAST])
    const original = read.files.get(US_EAST)!
    const theirs = original.replace('newTag: v1.4.2', 'newTag: v1.4.3')
    sim.raceNextRefWrite(REPO, BRANCH, { [US_EAST]: theirs })
    const result = await env.commitFiles({
      base: 'main',
      branch: BRANCH,
      parent: read.sha,
      message: 'checkout: promote v1.5.0 to us-east',
      files: [{ path: US_EAST, content: original.replace('newTag: v1.4.2', 'newTag: v1.5.0') }]
    })

    expect(result).toMatchObject({ created: false, conflict: [US_EAST] })
    expect(sim.repo(REPO).files(BRANCH).get(US_EAST)).toBe(theirs)
  })

  it('gives up after three races in a row instead of looping', async () => {
    await promote('one\n')
    for (let i = 0; i < 3; i++) sim.raceNextRefWrite(REPO, BRANCH, { [SWEDEN]: `writer ${i}\n` })

    await expect(promote('two\n')).rejects.toMatchObject({ status: 422 })
    expect(sim.requests.filter(r => r.operation === 'git/update-ref')).toHaveLength(3)
  })

  it('refuses a base branch that does not exist', async () => {
    await expect(
      env.commitFiles({
        base: 'nope',
        branch: BRANCH,
        message: 'm',
        files: [{ path: US_EAST, content: 'x' }]
      })
    ).rejects.toThrow('branch nope does not exist in acme/environments')
  })
})

describe('readFiles', () => {
  it('reads 50 files in one request and leaves missing ones out', async () => {
    const paths = Array.from({ length: 48 }, (_, i) => `generated/file-${i}.yaml`)
    sim.push(REPO, 'main', Object.fromEntries(paths.map((p, i) => [p, `n: ${i}\n`])))
    const before = client.counter.snapshot()
    const files = await env.readFiles('main', [
      ...paths,
      US_EAST,
      'regions/mars/checkout/kustomization.yaml'
    ])

    expect(requestsBetween(before, client.counter.snapshot()).total).toBe(1)
    expect(files.size).toBe(49)
    expect(files.get('generated/file-7.yaml')).toBe('n: 7\n')
    expect(files.get(US_EAST)).toBe(readFileSync(join(ENV_REPO, US_EAST), 'utf8'))
    expect(files.has('regions/mars/checkout/kustomization.yaml')).toBe(false)
  })

  it('reads at a commit sha and treats a directory as not a file', async () => {
    const sha = sim.repo(REPO).resolve('main')!
    sim.push(REPO, 'main', { [US_EAST]: 'later\n' })
    const files = await env.readFiles(sha, [US_EAST, 'regions/us-east'])

    expect(files.get(US_EAST)).toBe(readFileSync(join(ENV_REPO, US_EAST), 'utf8'))
    expect(files.has('regions/us-east')).toBe(false)
  })

  it('refuses a file GitHub returns cut short, rather than hand back part of it', async () => {
    sim.push(REPO, 'main', { 'big.yaml': 'x'.repeat(600 * 1024) })
    await expect(env.readFiles('main', ['big.yaml'])).rejects.toThrow(
      'big.yaml at main is too large for GitHub to return whole'
    )
  })

  it('reads paths that need escaping as data, not as query text', async () => {
    const odd = 'odd/"quoted" $name {x}.yaml'
    sim.push(REPO, 'main', { [odd]: 'ok\n' })
    expect((await env.readFiles('main', [odd])).get(odd)).toBe('ok\n')
  })
})
