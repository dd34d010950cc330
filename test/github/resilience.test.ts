import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, requestsBetween, requestsByCategory } from '../../src/github/client.js'
import type { GitHubClient, Logger } from '../../src/github/client.js'
import { EnvRepo } from '../../src/github/env-repo.js'
import { connect } from '../simulators/github/connect.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'

const REPO = 'acme/environments'
const REPO_PATH = /^\/repos\/acme\/environments$/

let sim: GitHubSimulator
let env: EnvRepo
let client: GitHubClient
let logged: string[]

beforeEach(async () => {
  sim = await GitHubSimulator.start()
  sim.seedRepo(REPO, { files: { 'platform.yaml': 'kind: Platform\n' } })
  logged = []
  const log: Logger = {
    debug: m => logged.push(m),
    info: m => logged.push(m),
    warn: m => logged.push(m),
    error: m => logged.push(m)
  }
  ;({ env, client } = connect(sim, REPO, { log }))
})

afterEach(async () => {
  await sim.stop()
  expect(sim.violations).toEqual([])
})

describe('server errors', () => {
  it('retries a burst of 5xx and counts every attempt', async () => {
    sim.failNext(2, { status: 502, path: REPO_PATH })
    expect(await env.defaultBranch()).toBe('main')

    expect(sim.requests.map(r => r.status)).toEqual([502, 502, 200])
    expect(client.counter.snapshot()).toMatchObject({ total: 3, reads: 3, retries: 2 })
  })

  it('gives up after three retries with the server error', async () => {
    sim.failNext(10, { status: 503, path: REPO_PATH })
    await expect(env.defaultBranch()).rejects.toMatchObject({ status: 503 })
    expect(sim.requests).toHaveLength(4)
  })

  it('retries GraphQL reads and Git Data writes alike', async () => {
    sim.failNext(1, { path: /^\/graphql$/ })
    sim.failNext(1, { method: 'POST', path: /\/git\/trees$/ })
    sim.failNext(1, { method: 'POST', path: /\/git\/refs$/ })
    const result = await env.commitFiles({
      base: 'main',
      branch: 'b',
      message: 'm',
      files: [{ path: 'platform.yaml', content: 'kind: Platform # edited\n' }]
    })

    expect(result.created).toBe(true)
    expect(sim.repo(REPO).files('b').get('platform.yaml')).toBe('kind: Platform # edited\n')
    expect(client.counter.snapshot()).toMatchObject({ total: 7, retries: 3 })
  })

  it('recovers when a ref write applied but its response was lost', async () => {
    sim.failNext(1, { method: 'POST', path: /\/git\/refs$/, afterApplying: true })
    const result = await env.commitFiles({
      base: 'main',
      branch: 'b',
      message: 'm',
      files: [{ path: 'platform.yaml', content: 'kind: Platform # edited\n' }]
    })

    const repo = sim.repo(REPO)
    expect(repo.resolve('b')).toBe(result.commitSha)
    expect(repo.files('b').get('platform.yaml')).toBe('kind: Platform # edited\n')
    expect(repo.commit(result.commitSha).parents).toEqual([repo.resolve('main')])
    expect(sim.requests.map(r => `${r.operation} ${r.status}`)).toEqual([
      'graphql 200',
      'git/create-tree 201',
      'git/create-commit 201',
      'git/create-ref 502',
      'git/create-ref 422',
      'graphql 200'
    ])
  })
})

describe('secondary rate limits', () => {
  it('waits out a 403 with retry-after and retries', async () => {
    sim.rateLimitNext(2, { retryAfterSeconds: 30, path: REPO_PATH })
    expect(await env.defaultBranch()).toBe('main')

    expect(sim.requests.map(r => `${r.status} ${r.fault ?? ''}`.trim())).toEqual([
      '403 secondary-rate-limit',
      '403 secondary-rate-limit',
      '200'
    ])
    expect(client.counter.snapshot()).toMatchObject({ total: 3, retries: 2 })
    expect(logged.filter(m => m.includes('secondary rate limit'))).toHaveLength(2)
  })

  it('waits out a 429 too', async () => {
    sim.rateLimitNext(1, { status: 429, retryAfterSeconds: 5, path: REPO_PATH })
    expect(await env.defaultBranch()).toBe('main')
    expect(sim.requests.map(r => r.status)).toEqual([429, 200])
  })

  it('stops after three waits and fails with the 403', async () => {
    sim.rateLimitNext(10, { retryAfterSeconds: 1, path: REPO_PATH })
    await expect(env.defaultBranch()).rejects.toMatchObject({ status: 403 })
    expect(sim.requests).toHaveLength(4)
    expect(logged.at(-1)).toBe(
      'GitHub secondary rate limit on GET /repos/{owner}/{repo}: giving up'
    )
  })
})

describe('the token', () => {
  it('never reaches the log or an error, whatever fails', async () => {
    sim.rateLimitNext(1, { retryAfterSeconds: 1 })
    sim.failNext(1)
    await env.defaultBranch()
    sim.failNext(10)
    const error = await env.readFiles('main', ['platform.yaml']).catch((e: unknown) => e)

    expect(error).toMatchObject({ status: 502 })
    const { message, request } = error as { message: string; request: unknown }
    expect(logged.length).toBeGreaterThan(0)
    expect(JSON.stringify({ logged, message, request })).not.toContain(sim.token)
  })
})

describe('slow responses', () => {
  it('answers concurrent requests that are held back', async () => {
    const sha = sim.repo(REPO).resolve('main')!
    sim.setCheck(REPO, sha, 'lint', 'completed', 'success')
    sim.setStatus(REPO, sha, 'ci', 'success')
    sim.slow(40)
    expect(await env.checks(sha)).toMatchObject({ state: 'success' })
    expect(client.counter.snapshot().total).toBe(2)
  })
})

describe('where the client connects', () => {
  it('works against GitHub Enterprise Server: REST under /api/v3, GraphQL at /api/graphql', async () => {
    const ghes = await GitHubSimulator.start({ enterprise: true })
    try {
      ghes.seedRepo(REPO, { files: { 'platform.yaml': 'ghes\n' } })
      expect(ghes.url).toMatch(/\/api\/v3$/)
      const repo = new EnvRepo(
        createClient({ token: ghes.token, baseUrl: ghes.url }),
        'acme',
        'environments'
      )
      expect(await repo.defaultBranch()).toBe('main')
      expect((await repo.readFiles('main', ['platform.yaml'])).get('platform.yaml')).toBe('ghes\n')
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.stop()
    }
  })

  it('defaults to GITHUB_API_URL, as set on a runner', async () => {
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = sim.url
    try {
      const repo = new EnvRepo(createClient({ token: sim.token }), 'acme', 'environments')
      expect(await repo.defaultBranch()).toBe('main')
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })
})

describe('the request counter', () => {
  it('tells reads from writes, GraphQL queries from mutations, and sums up for the job summary', async () => {
    const before = client.counter.snapshot()
    await env.commitFiles({
      base: 'main',
      branch: 'b',
      message: 'm',
      files: [{ path: 'x', content: 'x' }]
    })
    const pull = await env.openPull({
      head: 'b',
      base: 'main',
      title: 't',
      body: '',
      labels: [],
      draft: false
    })
    sim.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: [] })
    await env.enableAutoMerge(pull.nodeId, 'merge', pull.headSha)
    const spent = requestsBetween(before, client.counter.snapshot())

    expect(spent).toEqual({
      total: 6,
      reads: 1,
      writes: 5,
      retries: 0,
      byRoute: {
        'POST /graphql (query)': 1,
        'POST /graphql (mutation)': 1,
        'POST /repos/{owner}/{repo}/git/trees': 1,
        'POST /repos/{owner}/{repo}/git/commits': 1,
        'POST /repos/{owner}/{repo}/git/refs': 1,
        'POST /repos/{owner}/{repo}/pulls': 1
      }
    })
    expect(client.counter.summary()).toBe('6 GitHub requests: 1 read, 5 writes')
    expect(requestsByCategory(spent)).toEqual({
      git: { reads: 0, writes: 3 },
      pulls: { reads: 0, writes: 1 },
      issues: { reads: 0, writes: 0 },
      checks: { reads: 0, writes: 0 },
      deployments: { reads: 0, writes: 0 },
      graphql: { reads: 1, writes: 1 },
      other: { reads: 0, writes: 0 }
    })
  })

  it('puts labels, comments, checks and deployments in their categories', async () => {
    const sha = sim.repo(REPO).resolve('main')!
    sim.push(REPO, 'b', { x: 'x' })
    const number = sim.openPull(REPO, 'b')
    await env.addLabels(number, ['multiregion'])
    await env.upsertComment(number, '<!-- m -->', 'hello', sim.viewerLogin)
    await env.checks(sha)
    await env.createDeployment({
      ref: 'main',
      environment: 'checkout-us-east',
      description: '',
      payload: {}
    })
    await env.viewerLogin()

    expect(requestsByCategory(client.counter.snapshot())).toEqual({
      git: { reads: 0, writes: 0 },
      pulls: { reads: 0, writes: 0 },
      issues: { reads: 1, writes: 2 },
      checks: { reads: 2, writes: 0 },
      deployments: { reads: 0, writes: 1 },
      graphql: { reads: 0, writes: 0 },
      other: { reads: 1, writes: 0 }
    })
  })
})
