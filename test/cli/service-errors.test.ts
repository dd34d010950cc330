import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { GitHubSimulator } from '../simulators/github/simulator.js'
import { ENV_REPO, SERVICES } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'

const REPO = 'acme/environments'
const MANIFEST = join(SERVICES, 'checkout', 'multiregion.yaml')
const WRONG_TOKEN = 'ghp_wrongwrongwrongwrongwrongwrong0123'
let github: GitHubSimulator

beforeAll(async () => {
  github = await GitHubSimulator.start()
  github.seedRepo(REPO, { dir: ENV_REPO })
})

afterEach(() => github.clearFaults())

afterAll(async () => {
  await github.stop()
})

const status = (env: Record<string, string>) =>
  runCli(['status', '--repo', REPO, '--manifest', MANIFEST, '--bot-login', 'multiregion[bot]'], {
    GITHUB_TOKEN: github.token,
    GITHUB_API_URL: github.url,
    ...env
  })

/** No stack trace, no internal-error wording. */
function expectNoCrash(output: string): void {
  expect(output).not.toContain('internal error')
  expect(output).not.toMatch(/\n\s+at /)
}

describe('when GitHub says no, the CLI says what failed and what to check', () => {
  it('a 401 names the token and where it is set, exits 1, and never prints the token', async () => {
    const result = await status({ GITHUB_TOKEN: WRONG_TOKEN })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: GitHub at 127\.0\.0\.1:\d+ rejected the token \(401: Bad credentials\) for .*the token is invalid or expired\. Check GITHUB_TOKEN\.\n$/
    )
    expectNoCrash(result.stderr)
    expect(result.stdout + result.stderr).not.toContain(WRONG_TOKEN)
  })

  it('a 502 HTML page says GitHub is unavailable and to retry, without the HTML', async () => {
    github.failNext(100, { status: 502, html: true })
    const result = await status({})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('is unavailable (502)')
    expect(result.stderr).toContain('Retry later')
    expect(result.stderr).not.toMatch(/<html|<style|DOCTYPE|iVBOR/i)
    expect(result.stderr.length).toBeLessThan(500)
    expectNoCrash(result.stderr)
  }, 60_000)

  it('an unreachable host is named', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>(resolve => closed.close(() => resolve()))
    const result = await status({ GITHUB_API_URL: `http://127.0.0.1:${port}` })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`Cannot reach GitHub at 127.0.0.1:${port} (ECONNREFUSED)`)
    expect(result.stderr).toContain('Check GITHUB_API_URL')
    expectNoCrash(result.stderr)
  }, 60_000)

  it('a 403 names the permission the token lacks', async () => {
    const readOnly = await GitHubSimulator.start({ readOnly: true })
    try {
      readOnly.seedRepo(REPO, { dir: ENV_REPO })
      const result = await runCli(
        [
          'promote',
          '--release',
          'v1.5.0',
          '--repo',
          REPO,
          '--manifest',
          MANIFEST,
          '--bot-login',
          'multiregion[bot]'
        ],
        { GITHUB_TOKEN: readOnly.token, GITHUB_API_URL: readOnly.url }
      )
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(
        /^error: GitHub at 127\.0\.0\.1:\d+ refused POST \/repos\/acme\/environments\/git\/trees \(403: Resource not accessible by integration\): the token lacks a permission\. Give it contents: write \(GITHUB_TOKEN\)\.\n$/
      )
      expectNoCrash(result.stderr)
    } finally {
      await readOnly.stop()
    }
  })
})

describe('when Argo CD cannot be asked, the CLI says what to set', () => {
  it('a missing Argo CD token names the region and the secret, exits 1, with no stack trace', async () => {
    // The token is a GitHub App installation's, so the PRs it opens are the toolkit's own (multiregion[bot]).
    const sim = await GitHubSimulator.start({ viewer: { app: 'multiregion' } })
    try {
      sim.seedRepo(REPO, { dir: ENV_REPO })
      const env = { GITHUB_TOKEN: sim.token, GITHUB_API_URL: sim.url }
      const train = (...args: string[]) =>
        runCli(
          [...args, '--repo', REPO, '--manifest', MANIFEST, '--bot-login', 'multiregion[bot]'],
          env
        )
      expect((await train('promote', '--release', 'v1.5.0')).code).toBe(0)
      for (const pull of sim.repo(REPO).pulls.values())
        if (pull.state === 'open') sim.approve(REPO, pull.number, 'alice')
      const result = await train('reconcile')
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(
        /^error: No Argo CD token for us-east: set the secret ARGOCD_TOKEN .* to an API token for https:\/\/argocd\.use1\.example\.com\.\n$/
      )
      expectNoCrash(result.stderr)
    } finally {
      await sim.stop()
    }
  }, 180_000)
})
