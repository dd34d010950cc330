import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fitComment } from '../../src/action/pr-comment.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'
import { ROOT } from '../support/paths.js'
import { runAction } from '../support/run-action.js'

const SERVICE_REPO = 'acme/checkout'
let github: GitHubSimulator
let eventPath: string
let pr: number

beforeAll(async () => {
  github = await GitHubSimulator.start()
  github.seedRepo(SERVICE_REPO, { files: { 'README.md': 'checkout\n' } })
  github.push(SERVICE_REPO, 'feature', { 'multiregion.yaml': 'changed\n' }, 'dev')
  pr = github.openPull(SERVICE_REPO, 'feature', {
    base: 'main',
    user: 'dev',
    title: 'Ship it'
  })
  eventPath = join(mkdtempSync(join(tmpdir(), 'multiregion-event-')), 'event.json')
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: pr } }))
})

afterAll(async () => {
  await github.stop()
  expect(github.violations).toEqual([])
})

const plan = () =>
  runAction(
    {
      command: 'plan',
      release: 'v1.5.0',
      manifest: 'fixtures/services/checkout/multiregion.yaml',
      'env-repo': 'fixtures/environments',
      comment: 'true',
      token: github.token
    },
    ROOT,
    { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: SERVICE_REPO, GITHUB_EVENT_PATH: eventPath }
  )

describe('the plan as a pull request comment', () => {
  it('posts the plan once and updates that comment on every later run', async () => {
    const first = await plan()
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(`The plan is on pull request #${pr}`)
    const second = await plan()
    expect(second.code).toBe(0)
    const comments = github
      .repo(SERVICE_REPO)
      .comments.filter(c => c.body.includes('<!-- multiregion:plan checkout -->'))
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('## multiregion plan: `checkout` → `v1.5.0`')
  })

  it('cuts a plan too long for a comment at a heading, saying where the rest is', () => {
    const long = `## plan\n\n### Findings\n\nnone\n\n### Changes\n\n\`\`\`diff\n${'+x\n'.repeat(40_000)}\`\`\`\n`
    const fitted = fitComment(long)
    expect(fitted.length).toBeLessThan(65_536)
    expect(fitted).toContain('### Findings')
    expect(fitted).not.toContain('### Changes')
    expect(fitted).toContain('the job summary of this run has all of it')
  })
})
