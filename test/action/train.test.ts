import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'
import { ENV_REPO, ROOT } from '../support/paths.js'
import { runAction, runCommandAction } from '../support/run-action.js'

const REPO = 'acme/environments'
let github: GitHubSimulator
let argocd: ArgoCDSimulator

beforeAll(async () => {
  github = await GitHubSimulator.start()
  argocd = await ArgoCDSimulator.start()
  github.seedRepo(REPO, { dir: ENV_REPO })
  const platform = readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8').replace(
    /https:\/\/argocd\.[a-z0-9]+\.example\.com/g,
    argocd.url
  )
  github.push(REPO, 'main', { 'platform.yaml': platform }, 'platform-team')
})

afterAll(async () => {
  await Promise.all([github.stop(), argocd.stop()])
  expect(github.violations).toEqual([])
})

describe('the root action running the train (dist/action.js)', () => {
  it('promote opens the first wave, masks the token and reports the train in the job summary', async () => {
    const run = await runAction(
      {
        command: 'promote',
        release: 'v1.5.0',
        repo: REPO,
        token: github.token,
        manifest: 'fixtures/services/checkout/multiregion.yaml',
        'bot-login': 'multiregion[bot]'
      },
      ROOT,
      { GITHUB_API_URL: github.url, ARGOCD_TOKEN: argocd.token }
    )
    expect(run.stdout).toContain(`::add-mask::${github.token}`)
    expect(run.code).toBe(0)
    expect(run.outputs['train-state']).toBe('waiting')
    expect(run.outputs['github-requests']).toMatch(/^\d+ GitHub requests: \d+ reads?, \d+ writes?/)
    expect(run.summary).toContain('## multiregion train: `checkout` → `v1.5.0` (waiting)')
    expect(run.summary).toMatch(/opened promotion PR #\d+ for us-east/)
    expect([...github.repo(REPO).pulls.values()].map(p => p.head)).toEqual([
      'multiregion/checkout/us-east/v1.5.0'
    ])
  })

  it('the reconcile and rollback composites run the same code, as the runner runs them', async () => {
    const inputs = {
      repo: REPO,
      token: github.token,
      manifest: 'fixtures/services/checkout/multiregion.yaml',
      'bot-login': 'multiregion[bot]'
    }
    const env = { GITHUB_API_URL: github.url, ARGOCD_TOKEN: argocd.token }
    const reconcile = await runCommandAction('reconcile', inputs, ROOT, env)
    expect(reconcile.code).toBe(0)
    expect(reconcile.outputs['train-state']).toBe('waiting')
    const rollback = await runCommandAction(
      'rollback',
      { ...inputs, region: 'us-east', to: 'v1.3.0' },
      ROOT,
      env
    )
    expect(rollback.code).toBe(0)
    expect(rollback.summary).toContain('opened rollback PR')
    expect(rollback.stdout).toContain(`::add-mask::${github.token}`)
  })

  it('fails with a message naming the input when the repository is not owner/name', async () => {
    const run = await runAction({
      command: 'status',
      repo: 'environments',
      token: 'x',
      manifest: 'fixtures/services/checkout/multiregion.yaml'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Inputs "repo" and "token": the environments repository "environments" must be owner/name'
    )
  })

  it('rollback needs a region', async () => {
    const run = await runAction({
      command: 'rollback',
      repo: REPO,
      token: 'x',
      manifest: 'fixtures/services/checkout/multiregion.yaml'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Input "region" is ""; command rollback needs the region to roll back'
    )
  })
})
