import { afterEach, describe, expect, it } from '@jest/globals'
import { reconcileTrain, startTrain } from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker } from '../../src/train/marker.js'
import type { GitHubPort } from '../../src/train/ports.js'
import { REPO, TrainHarness } from '../support/train-harness.js'
import { GITHUB_ACTIONS_APP_ID } from '../simulators/github/simulator.js'

/**
 * The train's gates against GitHub's own rules, over the GitHub simulator:
 * who may approve, which checks are required, what the PR's head must hold,
 * which sha is merged, and which commit a promotion is built on.
 */

const US_EAST = 'regions/us-east/checkout/kustomization.yaml'
let harness: TrainHarness | undefined

afterEach(async () => {
  if (!harness) return
  const { github } = harness
  await harness.stop()
  harness = undefined
  expect(github.violations).toEqual([])
})

/** The us-east promotion PR the first run opens. */
async function firstPr(h: TrainHarness) {
  await startTrain(h.ctx, 'v1.5.0')
  const pull = [...h.github.repo(REPO).pulls.values()].find(
    p => decodeMarker(p.body)?.region === 'us-east'
  )!
  return pull
}

function waits(run: TrainRun): string[] {
  return run.decision.actions.flatMap(a => (a.type === 'wait' ? [a.reason] : []))
}

function merged(h: TrainHarness, number: number): boolean {
  return h.github.repo(REPO).pulls.get(number)!.mergedAt !== null
}

/** The port, with `before` run ahead of one of its methods, as a person acting at that moment. */
function interpose(h: TrainHarness, method: keyof GitHubPort, before: () => void): void {
  const port = h.ctx.github
  let done = false
  h.ctx.github = new Proxy(port, {
    get(target, key: keyof GitHubPort) {
      const value = target[key] as unknown
      if (key !== method || typeof value !== 'function') return value
      return (...args: unknown[]) => {
        if (!done) {
          done = true
          before()
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
  })
}

describe('who may approve', () => {
  it('replaces the push of someone who then approves it, so neither their push nor their approval counts', async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    // carol pushes a commit that changes nothing, then approves her own push.
    harness.github.push(REPO, pr.head, {}, 'carol')
    harness.github.approve(REPO, pr.number, 'carol')
    harness.github.approve(REPO, pr.number, 'alice')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(run.done).toContainEqual(expect.stringContaining("is not the toolkit's own (carol"))
    expect(waits(run)).toEqual([expect.stringContaining('carol approved an older commit')])
  })

  it('counts only reviewers with write access (read and triage do not; maintain and admin do)', async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    harness.github.setRole(REPO, 'rita', 'read')
    harness.github.setRole(REPO, 'tom', 'triage')
    harness.github.approve(REPO, pr.number, 'rita')
    harness.github.approve(REPO, pr.number, 'tom')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(waits(run)[0]).toContain(
      'tom has read access to the repository; only approvals from people with write access count'
    )
    harness.github.setRole(REPO, 'mia', 'maintain')
    harness.github.approve(REPO, pr.number, 'mia')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
  })
})

describe("the train's branch holds the train's edits", () => {
  it('puts a branch someone pushed to back to its edits; the new head needs fresh approvals, then merges', async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    harness.github.push(
      REPO,
      pr.head,
      { 'regions/us-east/checkout/extra.yaml': 'x: 1\n' },
      'mallory'
    )
    harness.github.approve(REPO, pr.number, 'alice')
    harness.github.approve(REPO, pr.number, 'bob')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(run.done).toContainEqual(
      expect.stringContaining(`put PR #${pr.number}'s branch for us-east back to the train's edits`)
    )
    const pull = harness.github.repo(REPO).pulls.get(pr.number)!
    expect(pull.state).toBe('open')
    expect(
      harness.github.repo(REPO).files(pr.head).has('regions/us-east/checkout/extra.yaml')
    ).toBe(false)
    // The approvals were given on the pushed head: the new head needs its own.
    expect(waits(run)).toEqual([expect.stringContaining('approved an older commit')])
    harness.github.approve(REPO, pr.number, 'alice')
    harness.github.approve(REPO, pr.number, 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
    const main = harness.github.repo(REPO).files('main')
    expect(main.has('regions/us-east/checkout/extra.yaml')).toBe(false)
    expect(main.get(US_EAST)).toContain('v1.5.0')
  })

  it("rebuilds on the new base after someone else's commit changed another line of the region's file, keeping it", async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    // A person tunes the region on main while the promotion waits for review.
    const before = harness.github.repo(REPO).files('main').get(US_EAST)!
    harness.github.push(
      REPO,
      'main',
      { [US_EAST]: `${before}commonLabels:\n  team: payments\n` },
      'alice'
    )
    harness.github.approve(REPO, pr.number, 'alice')
    harness.github.approve(REPO, pr.number, 'bob')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(run.done).toContainEqual(expect.stringContaining(`put PR #${pr.number}'s branch`))
    harness.github.approve(REPO, pr.number, 'carol')
    harness.github.approve(REPO, pr.number, 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
    const text = harness.github.repo(REPO).files('main').get(US_EAST)!
    expect(text).toContain('team: payments')
    expect(text).toContain('v1.5.0')
  })
})

describe('who may block', () => {
  it("ignores a request for changes by someone without write access, and obeys a writer's", async () => {
    harness = await TrainHarness.start()
    harness.github.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: [] })
    const pr = await firstPr(harness)
    // On a public environments repository anyone may review; GitHub lets only writers block a merge.
    harness.github.setRole(REPO, 'mallory', 'read')
    harness.github.review(REPO, pr.number, 'mallory', 'CHANGES_REQUESTED')
    harness.github.review(REPO, pr.number, 'wendy', 'CHANGES_REQUESTED')
    harness.github.approve(REPO, pr.number, 'alice')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(waits(run)[0]).toContain('wendy requested changes')
    expect(waits(run)[0]).toContain(
      'mallory requested changes but has read access to the repository; only requests from people with write access block'
    )
    // wendy (write) withdraws her request by approving; mallory's stays and does not block.
    harness.github.approve(REPO, pr.number, 'wendy')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
  })
})

describe('how many approvals', () => {
  it("asks for a ruleset's approval count when it is larger than the region's, though the toolkit may bypass the ruleset", async () => {
    harness = await TrainHarness.start()
    // us-east needs 1 approval by the manifest; the repository's ruleset wants 2, and lets the App bypass it.
    harness.github.addRuleset(REPO, { requiredApprovals: 2, bypass: ['multiregion[bot]'] })
    const pr = await firstPr(harness)
    harness.github.approve(REPO, pr.number, 'alice')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(waits(run)).toEqual([expect.stringContaining('has 1 of 2 approvals')])
    harness.github.approve(REPO, pr.number, 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
  })
})

describe('the PR head holds exactly the planned edits', () => {
  it('never merges a head with a pushed extra file: the branch is put back', async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    harness.github.push(
      REPO,
      pr.head,
      { 'regions/us-east/payments/extra.yaml': 'kind: Secret\n' },
      'mallory'
    )
    harness.github.approve(REPO, pr.number, 'alice')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(run.done).toContainEqual(
      expect.stringContaining('files the train does not edit: regions/us-east/payments/extra.yaml')
    )
    expect(
      harness.github.repo(REPO).files(pr.head).has('regions/us-east/payments/extra.yaml')
    ).toBe(false)
  })

  it('never merges a head whose tag was changed: the branch is put back', async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    const text = harness.github.repo(REPO).files(pr.head).get(US_EAST)!
    harness.github.push(REPO, pr.head, { [US_EAST]: text.replace('v1.5.0', 'v6.6.6') }, 'mallory')
    harness.github.approve(REPO, pr.number, 'alice')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(run.done).toContainEqual(expect.stringContaining(`not as planned: ${US_EAST}`))
    expect(harness.github.repo(REPO).files(pr.head).get(US_EAST)).toBe(text)
    expect(harness.github.repo(REPO).files('main').get(US_EAST)).not.toContain('v6.6.6')
  })
})

describe('auto-merge', () => {
  it('merges exactly the gated sha when GitHub has nothing to wait for, not a head pushed since', async () => {
    harness = await TrainHarness.start({ mergeMode: 'auto-merge' })
    harness.github.addRuleset(REPO, { dismissStaleReviews: true })
    const pr = await firstPr(harness)
    harness.github.approve(REPO, pr.number, 'alice')
    const h = harness
    interpose(h, 'enableAutoMerge', () =>
      h.github.push(REPO, pr.head, { 'regions/us-east/checkout/extra.yaml': 'x: 1\n' }, 'mallory')
    )
    await reconcileTrain(h.ctx, 'v1.5.0')
    expect(merged(h, pr.number)).toBe(false)
    expect(h.github.repo(REPO).files('main').has('regions/us-east/checkout/extra.yaml')).toBe(false)
  })

  it('enables auto-merge only for the gated head (expectedHeadOid)', async () => {
    harness = await TrainHarness.start({ mergeMode: 'auto-merge' })
    harness.github.addRuleset(REPO, { dismissStaleReviews: true })
    harness.github.protect(REPO, 'main', { requiredApprovals: 1, requiredChecks: ['ci/validate'] })
    const pr = await firstPr(harness)
    harness.github.setCheck(REPO, pr.headSha, 'ci/validate', 'completed', 'success')
    harness.github.approve(REPO, pr.number, 'alice')
    const h = harness
    interpose(h, 'enableAutoMerge', () =>
      h.github.push(REPO, pr.head, { 'regions/us-east/checkout/extra.yaml': 'x: 1\n' }, 'mallory')
    )
    await reconcileTrain(h.ctx, 'v1.5.0')
    expect(h.github.repo(REPO).pulls.get(pr.number)!.autoMerge).toBeNull()
  })
})

describe('auto-merge only where GitHub drops approvals a later push makes stale', () => {
  /** A ruleset on main needing 1 approval and a code owner's (olga owns regions/), GitHub holding the merge for her. */
  async function codeOwnedRepo(rules: { dismissStaleReviews?: boolean }) {
    const h = await TrainHarness.start({ mergeMode: 'auto-merge' })
    h.github.push(REPO, 'main', { '.github/CODEOWNERS': 'regions/ @olga\n' }, 'admin')
    h.github.addRuleset(REPO, { requiredApprovals: 1, requireCodeOwnerReview: true, ...rules })
    return h
  }

  it('merges directly when the rules keep stale approvals, so a push after the approvals never merges on them', async () => {
    harness = await codeOwnedRepo({})
    const h = harness
    const pr = await firstPr(h)
    h.github.approve(REPO, pr.number, 'alice')
    h.github.approve(REPO, pr.number, 'bob')
    await reconcileTrain(h.ctx, 'v1.5.0')
    // mallory pushes after the approvals; olga, the code owner, approves the commit she reviewed.
    const reviewed = pr.headSha
    h.github.push(REPO, pr.head, { 'regions/us-east/checkout/extra.yaml': 'x: 1\n' }, 'mallory')
    h.github.approve(REPO, pr.number, 'olga', reviewed)
    expect(h.github.repo(REPO).files('main').has('regions/us-east/checkout/extra.yaml')).toBe(false)
    expect(h.github.repo(REPO).pulls.get(pr.number)!.autoMerge).toBeNull()
  })

  it('hands the merge to auto-merge where the rules dismiss stale approvals', async () => {
    harness = await codeOwnedRepo({ dismissStaleReviews: true })
    const h = harness
    const pr = await firstPr(h)
    h.github.approve(REPO, pr.number, 'alice')
    h.github.approve(REPO, pr.number, 'bob')
    await reconcileTrain(h.ctx, 'v1.5.0')
    expect(h.github.repo(REPO).pulls.get(pr.number)!.autoMerge).not.toBeNull()
    const reviewed = pr.headSha
    h.github.push(REPO, pr.head, { 'regions/us-east/checkout/extra.yaml': 'x: 1\n' }, 'mallory')
    h.github.approve(REPO, pr.number, 'olga', reviewed)
    expect(merged(h, pr.number)).toBe(false)
  })

  it('models GitHub holding a merge for unresolved conversations, as the ruleset says', async () => {
    harness = await TrainHarness.start()
    const h = harness
    h.github.addRuleset(REPO, { requiredApprovals: 1, requiredReviewThreadResolution: true })
    const pr = await firstPr(h)
    const thread = h.github.reviewThread(REPO, pr.number, 'carol')
    h.approveAll('alice', 'bob')
    const run = await reconcileTrain(h.ctx, 'v1.5.0')
    expect(merged(h, pr.number)).toBe(false)
    expect(waits(run).join('\n')).toContain('All comments must be resolved')
    h.github.resolveThread(REPO, pr.number, thread)
    await reconcileTrain(h.ctx, 'v1.5.0')
    expect(merged(h, pr.number)).toBe(true)
  })
})

describe('required checks, as branch protection and rulesets say', () => {
  it('waits for a check a ruleset requires that has not reported yet', async () => {
    harness = await TrainHarness.start()
    harness.github.addRuleset(REPO, { requiredChecks: ['ci/validate'] })
    const pr = await firstPr(harness)
    harness.github.approve(REPO, pr.number, 'alice')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(waits(run)).toEqual([expect.stringContaining('required checks are not finished')])
    expect(harness.github.requests.filter(r => r.operation === 'pulls/merge')).toHaveLength(0)
    harness.github.setCheck(REPO, pr.headSha, 'ci/validate', 'completed', 'success')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
  })

  it('counts a required check only from the app the ruleset expects, though the toolkit may bypass the ruleset', async () => {
    harness = await TrainHarness.start()
    // ci/validate must come from GitHub Actions (the ruleset's integration_id); the App may bypass it.
    harness.github.addRuleset(REPO, {
      requiredChecks: ['ci/validate'],
      checkSources: { 'ci/validate': GITHUB_ACTIONS_APP_ID },
      bypass: ['multiregion[bot]']
    })
    const pr = await firstPr(harness)
    harness.github.approve(REPO, pr.number, 'alice')
    // mallory, a writer, posts a commit status of that name with her own token; so does another app's check run.
    harness.github.setStatus(REPO, pr.headSha, 'ci/validate', 'success')
    harness.github.setCheck(REPO, pr.headSha, 'ci/validate', 'completed', 'success', 4242)
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(false)
    expect(waits(run)).toEqual([expect.stringContaining('required checks are not finished')])
    // GitHub Actions reports it failing: the status and the other app's success change nothing.
    harness.github.setCheck(REPO, pr.headSha, 'ci/validate', 'completed', 'failure')
    const failing = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(waits(failing)).toEqual([expect.stringContaining('required checks are failing')])
    harness.github.setCheck(REPO, pr.headSha, 'ci/validate', 'completed', 'success')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
  })

  it('merges past a failing optional check', async () => {
    harness = await TrainHarness.start()
    harness.github.protect(REPO, 'main', { requiredApprovals: 0, requiredChecks: ['ci/validate'] })
    const pr = await firstPr(harness)
    harness.github.setCheck(REPO, pr.headSha, 'ci/validate', 'completed', 'success')
    harness.github.setCheck(REPO, pr.headSha, 'lint (optional)', 'completed', 'failure')
    harness.github.approve(REPO, pr.number, 'alice')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(merged(harness, pr.number)).toBe(true)
  })

  it('reads every check run: a required one failing after 100 others still blocks', async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    for (let i = 0; i < 100; i++)
      harness.github.setCheck(REPO, pr.headSha, `shard ${i}`, 'completed', 'success')
    harness.github.setCheck(REPO, pr.headSha, 'ci/validate', 'completed', 'failure')
    harness.github.addRuleset(REPO, { requiredChecks: ['ci/validate'] })
    harness.github.approve(REPO, pr.number, 'alice')
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(waits(run)).toEqual([expect.stringContaining('required checks are failing')])
  })
})

describe('no lost updates', () => {
  it('never reverts a commit that lands on the base between the read and the commit', async () => {
    harness = await TrainHarness.start()
    const h = harness
    const before = h.github.repo(REPO).files('main').get(US_EAST)!
    // Another team edits the same file just after the train read it.
    interpose(h, 'proposeChange', () =>
      h.github.push(REPO, 'main', { [US_EAST]: `# owned by team payments\n${before}` }, 'payments')
    )
    await startTrain(h.ctx, 'v1.5.0')
    h.github.approve(REPO, [...h.github.repo(REPO).pulls.keys()][0]!, 'alice')
    await reconcileTrain(h.ctx, 'v1.5.0')
    const after = h.github.repo(REPO).files('main').get(US_EAST)!
    expect(after).toContain('# owned by team payments')
    expect(after).toMatch(/newTag: ['"]?v1\.5\.0/)
  })
})

describe('a merge GitHub refuses', () => {
  it('is tried once per run, then waits with GitHub’s reason', async () => {
    harness = await TrainHarness.start()
    const pr = await firstPr(harness)
    harness.github.approve(REPO, pr.number, 'alice')
    harness.github.setMergeable(REPO, pr.number, false)
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(harness.github.requests.filter(r => r.operation === 'pulls/merge')).toHaveLength(1)
    expect(run.decision.state).toBe('waiting')
    expect(waits(run)).toEqual([
      expect.stringContaining(
        `GitHub refused to merge PR #${pr.number}: Pull Request is not mergeable`
      )
    ])
  })
})

describe('a token without pull-requests: write', () => {
  it('names the missing permission and leaves no branch without a PR', async () => {
    harness = await TrainHarness.start()
    // The one-request path meets the missing permission first (GraphQL), then the REST create.
    harness.github.refuseNextMutation('createPullRequest')
    harness.github.failNext(1, {
      status: 403,
      method: 'POST',
      path: /\/pulls$/,
      message: 'Resource not accessible by integration'
    })
    await expect(startTrain(harness.ctx, 'v1.5.0')).rejects.toThrow(
      /Resource not accessible by integration\)\. The token needs pull-requests: write/
    )
    const branches = [...harness.github.repo(REPO).refs.keys()].filter(r => r !== 'refs/heads/main')
    expect(branches).toEqual([])
  })
})
