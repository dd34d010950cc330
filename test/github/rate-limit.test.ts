import { afterEach, describe, expect, it } from '@jest/globals'
import type { Logger } from '../../src/github/client.js'
import { RateBudgetSpent } from '../../src/github/rate-limit.js'
import { connect } from '../simulators/github/connect.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'

const REPO = 'acme/environments'

let sim: GitHubSimulator | undefined

afterEach(async () => {
  await sim?.stop()
  expect(sim?.violations).toEqual([])
  sim = undefined
})

/**
 * A simulator whose clock runs a second for every real millisecond, as the
 * client connect() builds waits a millisecond for every second GitHub asks.
 */
async function scaled(): Promise<{ sim: GitHubSimulator; logged: string[] }> {
  const start = Date.now()
  const t0 = performance.now()
  const started = await GitHubSimulator.start({
    now: () => start + Math.round((performance.now() - t0) * 1000)
  })
  started.seedRepo(REPO, { files: { 'platform.yaml': 'kind: Platform\n' } })
  sim = started
  return { sim: started, logged: [] }
}

function logTo(lines: string[]): Logger {
  const push = (m: string) => void lines.push(m)
  return { debug: push, info: push, warn: push, error: push }
}

describe('rate-limit headers', () => {
  it('sends GitHub’s headers on every answer, counted per resource, GraphQL in points', async () => {
    const { sim } = await scaled()
    const { env } = connect(sim, REPO)
    await env.defaultBranch()
    await env.readFiles('main', ['platform.yaml'])
    expect(sim.rateRemaining('core')).toBe(4999)
    expect(sim.rateRemaining('graphql')).toBe(4999)
    expect(sim.requests.map(r => [r.resource, r.cost])).toEqual([
      ['core', 1],
      ['graphql', 1]
    ])
  })

  it('answers 403 with x-ratelimit-remaining 0 once the budget is spent', async () => {
    const { sim } = await scaled()
    sim.rateLimit('core', { remaining: 0, resetInSeconds: 3000 })
    const { env } = connect(sim, REPO, { log: logTo([]) })
    await expect(env.defaultBranch()).rejects.toMatchObject({ status: 403 })
    expect(sim.requests[0]).toMatchObject({ status: 403, fault: 'primary-rate-limit' })
  })
})

describe('the client slows down before GitHub does', () => {
  it('waits for the reset when x-ratelimit-remaining is low, so GitHub never refuses a request', async () => {
    const { sim, logged } = await scaled()
    const { env } = connect(sim, REPO, { log: logTo(logged) })
    // The first answer of a process is slow (the contract check loads): then the budget runs low.
    await env.defaultBranch()
    sim.rateLimit('core', { remaining: 3, resetInSeconds: 40 })
    for (let i = 0; i < 6; i++) expect(await env.defaultBranch()).toBe('main')

    expect(sim.requests.filter(r => r.status !== 200)).toEqual([])
    expect(sim.requests).toHaveLength(7)
    expect(logged.join('\n')).toMatch(
      /core rate limit: 2 of 5000 left; waiting \d+ s for the reset/
    )
  })

  it('stops the run with a clear error when the reset is further off than it will wait', async () => {
    const { sim } = await scaled()
    sim.rateLimit('graphql', { remaining: 50, resetInSeconds: 3000 })
    const { env } = connect(sim, REPO, { log: logTo([]) })
    await env.readFiles('main', ['platform.yaml'])
    const error = await env.readFiles('main', ['platform.yaml']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateBudgetSpent)
    expect((error as Error).message).toMatch(
      /GraphQL rate limit is nearly spent \(49 of 5000 left, resets in \d+ s\)/
    )
    // The second read was never sent.
    expect(sim.requests).toHaveLength(1)
  })

  it('sends nothing while a secondary limit’s retry-after runs, not only the refused request', async () => {
    const { sim } = await scaled()
    sim.rateLimitNext(1, {
      status: 429,
      retryAfterSeconds: 150,
      path: /^\/repos\/acme\/environments$/
    })
    const { env } = connect(sim, REPO, { log: logTo([]) })
    const first = env.defaultBranch()
    while (!sim.requests.some(r => r.status === 429)) await new Promise(r => setTimeout(r, 1))
    await new Promise(r => setTimeout(r, 10))
    // Another part of the run asks for something else meanwhile.
    const second = env.readFiles('main', ['platform.yaml'])
    expect(await first).toBe('main')
    expect((await second).get('platform.yaml')).toBe('kind: Platform\n')

    expect(sim.ignoredRetryAfter).toEqual([])
    expect(sim.requests.map(r => r.status)).toEqual([429, 200, 200])
  })
})
