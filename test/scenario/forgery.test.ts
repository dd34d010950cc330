import { describe, expect, it } from '@jest/globals'
import { manualRollback, reconcileTrain, startTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeMarker, withMarker } from '../../src/train/marker.js'
import type { Marker } from '../../src/train/marker.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { SERVICES } from '../support/paths.js'
import { freePort } from '../support/prometheus.js'
import { REPO, TrainHarness } from '../support/train-harness.js'

/**
 * What a writer to the environments repository can forge, and what the
 * train must never take as its own word: each test is an attack SECURITY.md
 * lists under "Forgery attacks and their tests".
 */

const MIN = 60_000
const BOT = 'multiregion[bot]'
const KUSTOMIZATION = (region: string) => `regions/${region}/checkout/kustomization.yaml`
stopHarnessesAfterEach()

const pullsOf = (h: TrainHarness) => [...h.github.repo(REPO).pulls.values()]
const onMain = (h: TrainHarness, path: string) => h.github.repo(REPO).files('main').get(path) ?? ''
const reasons = (run: TrainRun) =>
  run.decision.actions.flatMap(a => (a.type === 'wait' || a.type === 'halt' ? [a.reason] : []))

/** The whole train of v1.5.0, approved by alice and bob as it goes. */
async function drive(h: TrainHarness, release = 'v1.5.0', runs = 12): Promise<TrainRun> {
  let run = await reconcileTrain(h.ctx, release)
  for (
    let i = 0;
    i < runs && run.decision.state !== 'done' && run.decision.state !== 'halted';
    i++
  ) {
    h.approveAll('alice', 'bob')
    h.clock.advance(11 * MIN)
    run = await reconcileTrain(h.ctx, release)
  }
  return run
}

describe('a commit counts as the toolkit’s only when GitHub vouches for its committer', () => {
  // Each way a writer can spell "this commit is the toolkit's" on the branch of a rollback PR
  // the rollback gate (0 approvals: us-east ran v1.4.2) would merge.
  const spellings: [string, { author?: string; committer?: string; signedBy?: string }][] = [
    [
      "the toolkit's address as author, signed with the writer's own key (verified)",
      { author: BOT, signedBy: 'mallory' }
    ],
    [
      "the toolkit's address as author, GitHub's as committer, signed with the writer's key",
      { author: BOT, committer: 'GitHub', signedBy: 'mallory' }
    ],
    [
      "the toolkit's address as author, GitHub's as committer, unsigned",
      { author: BOT, committer: 'GitHub' }
    ],
    [
      "the toolkit's address as author and committer, signed with the writer's key",
      { author: BOT, committer: BOT, signedBy: 'mallory' }
    ],
    [
      "the writer's own commit that GitHub made and signed (a web edit)",
      { committer: 'GitHub', signedBy: 'web-flow' }
    ]
  ]
  it.each(spellings)(
    'never merges a never-run version pushed onto a rollback PR as %s',
    async (_name, as) => {
      const harness = await TrainHarness.start()
      await drive(harness)
      expect(await manualRollback(harness.ctx, 'us-east', 'v1.4.2')).toMatch(/opened rollback PR/)
      const pull = pullsOf(harness).find(
        p => p.state === 'open' && decodeMarker(p.body)?.kind === 'rollback'
      )!
      // mallory pins a version us-east never ran, and makes the body agree with her commit.
      harness.github.push(
        REPO,
        pull.head,
        {
          [KUSTOMIZATION('us-east')]: onMain(harness, KUSTOMIZATION('us-east')).replace(
            /newTag: \S+/,
            'newTag: v6.6.6'
          )
        },
        'mallory',
        as
      )
      harness.github.editBody(
        REPO,
        pull.number,
        'mallory',
        withMarker(pull.body, { ...decodeMarker(pull.body)!, to: 'v6.6.6' })
      )
      const run = await reconcileTrain(harness.ctx, 'v1.5.0')
      expect(onMain(harness, KUSTOMIZATION('us-east'))).not.toContain('v6.6.6')
      expect(harness.github.repo(REPO).pulls.get(pull.number)!.mergedAt).toBeNull()
      expect(reasons(run).join('\n')).toMatch(/not the toolkit's own/)
    }
  )
})

describe('progress in a PR body is never the toolkit’s record', () => {
  it('flags an outcome typed into an unmerged promotion, never merges it, and opens no later wave over a Degraded region', async () => {
    const harness = await TrainHarness.start()
    harness.script.set('us-east', ['degraded'])
    await reconcileTrain(harness.ctx, 'v1.5.0')
    const [pull] = pullsOf(harness)
    const marker = decodeMarker(pull!.body)!
    // mallory writes, before the merge, that us-east is already healthy and has baked.
    harness.github.editBody(
      REPO,
      pull!.number,
      'mallory',
      withMarker(pull!.body, {
        ...marker,
        outcome: 'healthy',
        times: { ...marker.times, healthy: harness.clock.now() - 60 * MIN }
      })
    )
    harness.approveAll('alice', 'bob')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(harness.github.repo(REPO).pulls.get(pull!.number)!.mergedAt).toBeNull()
    expect(reasons(run).join('\n')).toMatch(/an outcome .* on a PR that is not merged/)
    expect(pullsOf(harness)).toHaveLength(1)
  })

  it('writes its own outcome and times on merge, whatever the body said when the train read it', async () => {
    const harness = await TrainHarness.start()
    harness.script.set('us-east', ['degraded'])
    await reconcileTrain(harness.ctx, 'v1.5.0')
    const [pull] = pullsOf(harness)
    harness.approveAll('alice', 'bob')
    // mallory edits the marker to healthy between the train's read and its merge.
    const port = harness.ctx.github
    harness.ctx.github = {
      ...port,
      merge: async (number, sha) => {
        const now = harness.github.repo(REPO).pulls.get(number)!
        const m = decodeMarker(now.body)!
        harness.github.editBody(
          REPO,
          number,
          'mallory',
          withMarker(now.body, { ...m, outcome: 'healthy', times: { ...m.times, healthy: 1 } })
        )
        return port.merge(number, sha)
      }
    }
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    harness.ctx.github = port
    expect(harness.github.repo(REPO).pulls.get(pull!.number)!.mergedAt).not.toBeNull()
    expect(decodeMarker(harness.github.repo(REPO).pulls.get(pull!.number)!.body)?.outcome).toBe(
      'degraded'
    )
    expect(run.decision.state).toBe('halted')
    // No second wave opened: only us-east's promotion and its rollback.
    expect(pullsOf(harness).map(p => decodeMarker(p.body)?.region)).toEqual(['us-east', 'us-east'])
  })
})

/**
 * The checkout fixture with an error-ratio metric check on every region's
 * bake, whose Prometheus is a loopback port nothing listens on: a check the
 * train runs is inconclusive and halts it, so only a bake the train never
 * evaluated lets a later wave open.
 */
async function withMetricCheck(): Promise<TrainHarness> {
  const silent = `http://127.0.0.1:${await freePort()}`
  const manifest = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8').replace(
    /( +)onFailure: rollback.*\n/,
    (line, indent: string) =>
      `${line}${indent}checks:\n${indent}  - name: error-ratio\n${indent}    query: 'sum(rate(http_requests_total{code=~"5.."}[5m]))'\n${indent}    max: 0.05\n`
  )
  return TrainHarness.start({
    manifest,
    platform: text =>
      text.replace(
        /\n( +)argocd:\n( +)server: https:\/\/argocd\.[a-z0-9]+\.example\.com\n/g,
        (block, indent: string) => `\n${indent}prometheus: { url: "${silent}" }${block}`
      )
  })
}

describe('a record only the train writes is never taken from an unmerged PR’s body', () => {
  const forged: [string, Partial<Marker>][] = [
    // The metric checks' verdict: typed in, the train merged the PR, kept the verdict and never ran the checks.
    ['a passed bake', { bake: { outcome: 'pass', results: [] } }],
    // A held wait: typed in, every run gave the merged PR's wait a whole new timeout.
    ['a held wait', { held: 'sync-window' }]
  ]
  it.each(forged)(
    'flags %s typed into an unmerged promotion, never merges it, and opens no later wave',
    async (_what, fields) => {
      const harness = await withMetricCheck()
      await reconcileTrain(harness.ctx, 'v1.5.0')
      const [pull] = pullsOf(harness)
      const marker = decodeMarker(pull!.body)!
      harness.github.editBody(
        REPO,
        pull!.number,
        'mallory',
        withMarker(pull!.body, { ...marker, ...fields })
      )
      const run = await drive(harness, 'v1.5.0', 6)
      // No later wave opened on a verdict no check gave, and us-east's PR stays unmerged.
      expect(pullsOf(harness).map(p => decodeMarker(p.body)?.region)).toEqual(['us-east'])
      expect(harness.github.repo(REPO).pulls.get(pull!.number)!.mergedAt).toBeNull()
      expect(reasons(run).join('\n')).toMatch(
        /tampered with: it records .* on a PR that is not merged/
      )
    }
  )
})

describe('a resumed wait writes the train’s own record', () => {
  it('drops a bake verdict a person typed into a merged promotion, so its metric checks still decide the next wave', async () => {
    const harness = await withMetricCheck()
    await reconcileTrain(harness.ctx, 'v1.5.0')
    harness.approveAll('alice', 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    const [pull] = pullsOf(harness)
    expect(pull!.mergedAt).not.toBeNull()
    // While us-east bakes, mallory writes that its metric checks passed; the train halts on the edit.
    const marker = decodeMarker(pull!.body)!
    harness.github.editBody(
      REPO,
      pull!.number,
      'mallory',
      withMarker(pull!.body, { ...marker, bake: { outcome: 'pass', results: [] } })
    )
    expect((await reconcileTrain(harness.ctx, 'v1.5.0')).decision.state).toBe('halted')
    // A person resumes, as the halt says: the train asks Argo CD again, and never takes the verdict.
    await reconcileTrain(harness.ctx, 'v1.5.0', { resume: true })
    await drive(harness, 'v1.5.0', 6)
    expect(pullsOf(harness).map(p => decodeMarker(p.body)?.region)).toEqual(['us-east'])
    expect(decodeMarker(harness.github.repo(REPO).pulls.get(pull!.number)!.body)?.bake).not.toEqual(
      { outcome: 'pass', results: [] }
    )
  })
})

describe('the environments repository keeps one record per deployment', () => {
  it('records one deployment per merged commit and environment when a promote and two reconciles run at once', async () => {
    const harness = await TrainHarness.start()
    await reconcileTrain(harness.ctx, 'v1.5.0')
    harness.approveAll('alice', 'bob')
    // Three runs at once see us-east's PR approved: one merges it, and all of them wait on Argo CD.
    await Promise.all([
      reconcileTrain(harness.ctx, 'v1.5.0'),
      reconcileTrain(harness.ctx, 'v1.5.0'),
      startTrain(harness.ctx, 'v1.5.0')
    ])
    const deployments = harness.github.repo(REPO).deployments
    const keys = deployments.map(d => `${d.sha} ${d.environment}`)
    expect(keys.length).toBeGreaterThan(0)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('"the region ran this version"', () => {
  it('does not count a pin that only passed through a merged side branch', async () => {
    const harness = await TrainHarness.start()
    const path = KUSTOMIZATION('us-east')
    const pinned = onMain(harness, path)
    // mallory's branch pins v1.3.0, which us-east never ran, then pins v1.4.2 back and tidies a
    // comment: the PR's diff is one comment, and a reviewer merges it.
    harness.github.push(
      REPO,
      'tidy',
      { [path]: pinned.replace('newTag: v1.4.2', 'newTag: v1.3.0') },
      'mallory'
    )
    harness.github.push(
      REPO,
      'tidy',
      { [path]: pinned.replace('the first wave', 'wave one') },
      'mallory'
    )
    const number = harness.github.openPull(REPO, 'tidy', { user: 'mallory' })
    harness.github.mergePull(REPO, number, 'alice')
    expect(await manualRollback(harness.ctx, 'us-east', 'v1.3.0')).toMatch(
      /us-east never ran v1\.3\.0, so it needs 1 approvals/
    )
    await reconcileTrain(harness.ctx, 'v1.4.2')
    expect(onMain(harness, path)).toContain('newTag: v1.4.2')
  })

  it('counts the versions main ran, first parent by first parent', async () => {
    const harness = await TrainHarness.start()
    const path = KUSTOMIZATION('us-east')
    harness.github.push(REPO, 'main', {
      [path]: onMain(harness, path).replace('newTag: v1.4.2', 'newTag: v1.4.1')
    })
    harness.github.push(REPO, 'main', {
      [path]: onMain(harness, path).replace('newTag: v1.4.1', 'newTag: v1.4.2')
    })
    expect(await manualRollback(harness.ctx, 'us-east', 'v1.4.1')).toMatch(
      /^opened rollback PR #\d+ for us-east to v1\.4\.1$/
    )
  })
})

describe('the version a failed region goes back to', () => {
  it("comes from the toolkit's own commit, never from the `from` a person typed into the body", async () => {
    const harness = await TrainHarness.start()
    harness.script.set('us-east', ['degraded'])
    await reconcileTrain(harness.ctx, 'v1.5.0')
    const [pull] = pullsOf(harness)
    // mallory makes the body say us-east ran v1.3.0 before, so a failure "rolls back" to it.
    harness.github.editBody(
      REPO,
      pull!.number,
      'mallory',
      withMarker(pull!.body, { ...decodeMarker(pull!.body)!, from: 'v1.3.0' })
    )
    await drive(harness)
    const rollback = pullsOf(harness).find(p => decodeMarker(p.body)?.kind === 'rollback')
    expect(decodeMarker(rollback!.body)?.to).toBe('v1.4.2')
    expect(onMain(harness, KUSTOMIZATION('us-east'))).toContain('newTag: v1.4.2')
  })
})
