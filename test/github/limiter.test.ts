import { describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { PromptLimiter } from '../../src/github/limiter.js'
import { retryServerErrors } from '../../src/github/retry.js'

describe('the limiter the throttling plugin drives in place of Bottleneck', () => {
  it('runs at most maxConcurrent jobs at once, in the order they came', async () => {
    const limiter = new PromptLimiter(10)
    let running = 0
    let most = 0
    const started: number[] = []
    const job = async (i: number) => {
      started.push(i)
      most = Math.max(most, ++running)
      await new Promise(resolve => setTimeout(resolve, 5))
      running--
      return i
    }
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => limiter.key().schedule({}, job, i))
    )
    expect(results).toEqual(Array.from({ length: 25 }, (_, i) => i))
    expect(most).toBe(10)
    expect(started).toEqual(results)
  })

  it("runs a failed job again after the wait its failed handler answers, and lets the job's error stand otherwise", async () => {
    const limiter = new PromptLimiter()
    const seen: number[] = []
    limiter.on('failed', (_error, info) => {
      seen.push(info.retryCount)
      return info.retryCount < 2 ? 1 : undefined
    })
    let calls = 0
    const flaky = async (ok: boolean) => {
      calls++
      if (!ok) throw new Error('rate limited')
      return 'done'
    }
    await expect(limiter.schedule(flaky, false)).rejects.toThrow('rate limited')
    expect(calls).toBe(3)
    expect(seen).toEqual([0, 1, 2])
    // A handler that throws (the plugin's, on an error without a response) leaves the job's own error.
    const broken = new PromptLimiter().on('failed', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'headers')")
    })
    await expect(broken.schedule(flaky, false)).rejects.toThrow('rate limited')
  })
})

describe('retrying server faults as @octokit/plugin-retry does', () => {
  // GitHub's answers, from a plugin before the retry hook: its hook is the inner one, as the wire is.
  const octokitAnswering = (answers: (() => unknown)[]) => {
    let call = 0
    const answering = (octokit: Pick<Octokit, 'hook'>) =>
      octokit.hook.wrap(
        'request',
        async () => answers[Math.min(call++, answers.length - 1)]!() as never
      )
    const Retrying = Octokit.plugin(
      answering,
      retryServerErrors({ retries: 3, unitMs: 1, doNotRetry: [404, 422] })
    )
    return { octokit: new Retrying({ baseUrl: 'http://127.0.0.1:9' }), calls: () => call }
  }
  const fault = (status: number) => () => {
    throw Object.assign(new Error(`HTTP ${status}`), { status, request: {} })
  }

  it('retries a 5xx up to three times, then gives up with it', async () => {
    const { octokit, calls } = octokitAnswering([fault(502)])
    await expect(octokit.request('GET /zen')).rejects.toMatchObject({ status: 502 })
    expect(calls()).toBe(4)
  })

  it('never retries an answer on the do-not-retry list', async () => {
    const { octokit, calls } = octokitAnswering([fault(422)])
    await expect(octokit.request('GET /zen')).rejects.toMatchObject({ status: 422 })
    expect(calls()).toBe(1)
  })

  it("retries GitHub's GraphQL 'Something went wrong' answer, and returns the next answer", async () => {
    const { octokit, calls } = octokitAnswering([
      () => ({
        status: 200,
        data: { errors: [{ message: 'Something went wrong while executing your query.' }] }
      }),
      () => ({ status: 200, data: { data: { viewer: { login: 'bot' } } } })
    ])
    const response = await octokit.request('POST /graphql', { query: '{ viewer { login } }' })
    expect(response.data).toEqual({ data: { viewer: { login: 'bot' } } })
    expect(calls()).toBe(2)
  })
})
