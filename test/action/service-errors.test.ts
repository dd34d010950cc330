import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubSimulator } from '../simulators/github/simulator.js'
import { ENV_REPO, ROOT } from '../support/paths.js'
import { runAction } from '../support/run-action.js'

const REPO = 'acme/environments'
const WRONG_TOKEN = 'ghs_wrongwrongwrongwrongwrongwrong0123'
let github: GitHubSimulator

beforeAll(async () => {
  github = await GitHubSimulator.start()
  github.seedRepo(REPO, { dir: ENV_REPO })
})

afterAll(async () => {
  await github.stop()
})

const status = (token: string) =>
  runAction(
    {
      command: 'status',
      repo: REPO,
      token,
      manifest: 'fixtures/services/checkout/multiregion.yaml',
      'bot-login': 'multiregion[bot]'
    },
    ROOT,
    { GITHUB_API_URL: github.url }
  )

describe('the action when GitHub says no', () => {
  it('a 401 fails the step saying the "token" input is invalid or expired, without the token', async () => {
    const run = await status(WRONG_TOKEN)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::GitHub at 127\.0\.0\.1:\d+ rejected the token \(401: Bad credentials\) for .*the token is invalid or expired\. Check the "token" input\./
    )
    // The runner masks what ::add-mask:: names; nothing else may carry the token.
    expect(run.stdout.replaceAll(`::add-mask::${WRONG_TOKEN}`, '')).not.toContain(WRONG_TOKEN)
    expect(run.stderr).toBe('')
  })

  it('a 502 HTML page fails the step in one short line, with no HTML', async () => {
    github.failNext(100, { status: 502, html: true })
    try {
      const run = await status(github.token)
      expect(run.code).toBe(1)
      const error = run.stdout.split('\n').find(line => line.startsWith('::error::'))
      expect(error).toMatch(/is unavailable \(502\) .*Retry later/)
      expect(error!.length).toBeLessThan(500)
      expect(run.stdout).not.toMatch(/<html|<style|DOCTYPE|iVBOR/i)
    } finally {
      github.clearFaults()
    }
  }, 60_000)
})
