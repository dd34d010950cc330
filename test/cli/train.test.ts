import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'
import { ENV_REPO, SERVICES } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'

const REPO = 'acme/environments'
let github: GitHubSimulator
let argocd: ArgoCDSimulator
let env: Record<string, string>
let manifest: string
let controller: NodeJS.Timeout
const synced = new Set<number>()

beforeAll(async () => {
  // The token is a GitHub App installation's: GitHub reports it, and the PRs it opens, as multiregion[bot].
  github = await GitHubSimulator.start({ viewer: { app: 'multiregion' } })
  argocd = await ArgoCDSimulator.start()
  const platform = readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8').replace(
    /https:\/\/argocd\.[a-z0-9]+\.example\.com/g,
    argocd.url
  )
  github.seedRepo(REPO, { dir: ENV_REPO })
  github.push(REPO, 'main', { 'platform.yaml': platform }, 'platform-team')
  for (const region of ['us-east', 'us-west', 'sweden', 'china'])
    argocd.addApp(`checkout-${region}`, github.repo(REPO).resolve('main')!)
  // Argo CD's controller: every merged train PR is synced, healthy, shortly after the merge.
  controller = setInterval(() => {
    for (const pull of github.repo(REPO).pulls.values()) {
      if (pull.mergeCommitSha === null || synced.has(pull.number)) continue
      synced.add(pull.number)
      const region = /multiregion\/(?:rollback\/)?checkout\/([a-z-]+)\//.exec(pull.head)?.[1]
      if (region) argocd.rollout(`checkout-${region}`, pull.mergeCommitSha, 'healthy')
    }
  }, 10)
  manifest = join(mkdtempSync(join(tmpdir(), 'multiregion-cli-')), 'multiregion.yaml')
  writeFileSync(manifest, readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8'))
  env = {
    GITHUB_TOKEN: github.token,
    GITHUB_API_URL: github.url,
    ARGOCD_TOKEN: argocd.token,
    MULTIREGION_ENV_REPO: REPO
  }
})

afterAll(async () => {
  clearInterval(controller)
  await Promise.all([github.stop(), argocd.stop()])
  expect(github.violations).toEqual([])
  expect(argocd.violations).toEqual([])
})

const cli = (...args: string[]) => runCli([...args, '--manifest', manifest], env)

describe('the train commands from the CLI', () => {
  it('promote opens the first wave and prints the train', async () => {
    const result = await cli('promote', '--release', 'v1.5.0', '--bot-login', 'multiregion[bot]')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('## multiregion train: `checkout` → `v1.5.0` (waiting)')
    expect(result.stdout).toMatch(/- opened promotion PR #\d+ for us-east/)
    expect(result.stdout).toMatch(/GitHub requests: \d+ reads?, \d+ writes?/)
  })

  it('reconcile merges an approved PR, waits for Argo CD and records it healthy', async () => {
    for (const pull of github.repo(REPO).pulls.values())
      if (pull.state === 'open') github.approve(REPO, pull.number, 'alice')
    const result = await cli('reconcile', '--bot-login', 'multiregion[bot]')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/- merged promotion PR #\d+ for us-east/)
    expect(result.stdout).toMatch(/- us-east: healthy/)
  })

  it('status shows every region as JSON without changing anything', async () => {
    const before = github.requests.filter(
      r => r.method !== 'GET' && !r.path.endsWith('graphql')
    ).length
    const result = await cli('status', '--format', 'json', '--bot-login', 'multiregion[bot]')
    expect(result.code).toBe(0)
    const status = JSON.parse(result.stdout) as {
      regions: { region: string; promotion?: { marker: { outcome: string } } }[]
    }
    expect(status.regions.find(r => r.region === 'us-east')?.promotion?.marker.outcome).toBe(
      'healthy'
    )
    expect(
      github.requests.filter(r => r.method !== 'GET' && !r.path.endsWith('graphql')).length
    ).toBe(before)
  })

  it('rollback opens a rollback PR to the version before', async () => {
    const result = await cli('rollback', '--region', 'us-east', '--bot-login', 'multiregion[bot]')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/opened rollback PR #\d+ for us-east to v1\.4\.2/)
  })

  it('rollback of a region the service does not have names it, with a suggestion, and exits 1', async () => {
    const result = await cli('rollback', '--region', 'swedn', '--bot-login', 'multiregion[bot]')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'Refused: swedn is not a region of checkout (regions: us-east, us-west, sweden, china). Did you mean "sweden"?'
    )
    expect(result.stderr).toBe('')
  })

  it('refuses to run without a token or a repository, naming what is missing', async () => {
    const noToken = await runCli(['status', '--manifest', manifest, '--repo', REPO], {
      ...env,
      GITHUB_TOKEN: ''
    })
    expect(noToken.code).toBe(2)
    expect(noToken.stderr).toContain('no GitHub token: set GITHUB_TOKEN')
    const badRepo = await runCli(['status', '--manifest', manifest, '--repo', 'not a repo'], env)
    expect(badRepo.code).toBe(2)
    expect(badRepo.stderr).toContain('must be owner/name')
  })

  it('reconcile --services moves every service with a train in flight, in one job', async () => {
    const services = mkdtempSync(join(tmpdir(), 'multiregion-services-'))
    const text = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8')
    for (const name of ['checkout', 'billing', 'search']) {
      mkdirSync(join(services, name))
      writeFileSync(
        join(services, name, 'multiregion.yaml'),
        text.replace(/name: checkout/, `name: ${name}`)
      )
    }
    const result = await runCli(
      ['reconcile', '--services', services, '--bot-login', 'multiregion[bot]'],
      env
    )
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('## multiregion reconcile: 3 services')
    expect(result.stdout).toContain('1 with a train in flight, 2 idle.')
    // The rollback above halted checkout's train; the reconcile merges the rollback PR, and a halted train fails the job.
    expect(result.stdout).toMatch(
      /\| `checkout` \| `v1\.5\.0` \| halted \| merged rollback PR #\d+ for us-east<br>us-east: healthy/
    )
    expect(result.code).toBe(1)

    const both = await runCli(
      ['reconcile', '--services', services, '--release', 'v1.5.0', '--bot-login', 'x'],
      env
    )
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('with --services each service continues its newest train')
  })

  it('stops before GitHub refuses when another job spent the hour, and says the next run carries on', async () => {
    github.rateLimit('graphql', { remaining: 40, resetInSeconds: 3000 })
    const before = github.requests.length
    try {
      const result = await cli('status', '--bot-login', 'multiregion[bot]')
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(
        /Deferred to the next run: GitHub's GraphQL rate limit is nearly spent \(\d+ of 5000 left, resets in \d+ s\)/
      )
      expect(github.requests.slice(before).filter(r => r.status !== 200)).toEqual([])
    } finally {
      github.rateLimit('graphql', { remaining: 5000, resetInSeconds: 3600 })
    }
  })
})
