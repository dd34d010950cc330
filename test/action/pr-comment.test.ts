import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Plan } from '../../src/schema/generated.js'
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

const plan = (sim = github) =>
  runAction(
    {
      command: 'plan',
      release: 'v1.5.0',
      manifest: 'fixtures/services/checkout/multiregion.yaml',
      'env-repo': 'fixtures/environments',
      comment: 'true',
      token: sim.token
    },
    ROOT,
    {
      GITHUB_API_URL: sim.url,
      GITHUB_REPOSITORY: SERVICE_REPO,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42'
    }
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

  it("updates only the toolkit's own comment, not one by someone else that carries the marker", async () => {
    const mallory = github.comment(
      SERVICE_REPO,
      pr,
      'mallory',
      '<!-- multiregion:plan checkout -->\nLooks good, merge it: [plan](https://evil.example)'
    )
    const run = await plan()
    expect(run.code).toBe(0)
    const marked = github
      .repo(SERVICE_REPO)
      .comments.filter(c => c.body.includes('<!-- multiregion:plan checkout -->'))
    expect(marked.find(c => c.id === mallory)!.body).toContain('https://evil.example')
    const own = marked.filter(c => c.user === github.viewerLogin)
    expect(own).toHaveLength(1)
    expect(own[0]!.body).toContain('## multiregion plan: `checkout` → `v1.5.0`')
  })

  it('warns and goes on when GitHub refuses the comment (403), as on a pull request from a fork', async () => {
    const fork = await GitHubSimulator.start({ readOnly: true })
    try {
      fork.seedRepo(SERVICE_REPO, { files: { 'README.md': 'checkout\n' } })
      fork.push(SERVICE_REPO, 'feature', { 'multiregion.yaml': 'changed\n' }, 'contributor')
      const number = fork.openPull(SERVICE_REPO, 'feature', { base: 'main', user: 'contributor' })
      expect(number).toBe(pr)
      const run = await plan(fork)
      expect(run.stdout).toMatch(/::warning::GitHub refused the plan comment on pull request #\d+/)
      expect(run.stdout).not.toContain('::error::')
      expect(run.code).toBe(0)
      expect(run.summary).toContain('## multiregion plan: `checkout` → `v1.5.0`')
      expect(run.outputs.valid).toBe('true')
      expect(fork.repo(SERVICE_REPO).comments).toHaveLength(0)
      expect(fork.violations).toEqual([])
    } finally {
      await fork.stop()
    }
  })

  it('posts every migration whole and writes the complete plan for the artifact the summary links to', async () => {
    const run = await plan()
    expect(run.code).toBe(0)
    const result = JSON.parse(readFileSync(run.outputs['plan-file']!, 'utf8')) as Plan
    const report = readFileSync(run.outputs['report-file']!, 'utf8')
    const comment = github
      .repo(SERVICE_REPO)
      .comments.find(c => c.body.includes('<!-- multiregion:plan checkout -->'))!.body
    expect(comment.length).toBeLessThan(65_536)
    for (const region of result.regions) {
      for (const m of region.data?.migrations ?? []) {
        expect(comment).toContain(m.sql.trimEnd())
        expect(report).toContain(m.sql.trimEnd())
      }
      for (const e of region.edits) expect(report).toContain(e.diff.trimEnd())
    }
    const runPage = 'https://github.example/acme/checkout/actions/runs/42'
    expect(comment).toContain(`the artifact \`multiregion-plan\` of [this run](${runPage})`)
    expect(run.summary).toContain(runPage)
  })
})
