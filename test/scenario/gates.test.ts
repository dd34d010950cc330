import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  latestRelease,
  manualRollback,
  reconcileTrain,
  startTrain
} from '../../src/commands/train.js'
import type { TrainRun } from '../../src/commands/train.js'
import { decodeMarker, encodeMarker, withMarker } from '../../src/train/marker.js'
import { branchName } from '../../src/train/names.js'
import { connect } from '../simulators/github/connect.js'
import { stopHarnessesAfterEach } from '../support/harness-per-test.js'
import { REPO, TrainHarness } from '../support/train-harness.js'
import { testMarker } from '../support/marker.js'

/**
 * The train's gates under attack, over the GitHub and Argo CD simulators:
 * each test is a way someone tried to get a change into the environments
 * repository without the approvals its region requires (SECURITY.md lists
 * them), or a way the train used to lose track of its own PRs.
 */

const MIN = 60_000
let harness: TrainHarness | undefined
stopHarnessesAfterEach()

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

const pullsOf = (h: TrainHarness) => [...h.github.repo(REPO).pulls.values()]
const onMain = (h: TrainHarness, path: string) => h.github.repo(REPO).files('main').get(path) ?? ''
const KUSTOMIZATION = (region: string) => `regions/${region}/checkout/kustomization.yaml`
const waitReasons = (run: TrainRun) =>
  run.decision.actions.flatMap(a => (a.type === 'wait' || a.type === 'halt' ? [a.reason] : []))

/** An attacker's change: an unreviewed image, an extra manifest, and the platform's approvals set to 0. */
function evilFiles(h: TrainHarness, region: string): Record<string, string> {
  return {
    [KUSTOMIZATION(region)]: onMain(h, KUSTOMIZATION(region)).replace(
      /newTag: .*v1\.4\.2.*/,
      'newTag: evil'
    ),
    [`regions/${region}/checkout/backdoor.yaml`]: 'apiVersion: v1\nkind: ConfigMap\n',
    'platform.yaml': onMain(h, 'platform.yaml').replace(/approvals: 2/g, 'approvals: 0')
  }
}

describe('gates that cannot be bypassed', () => {
  it("never merges another user's PR, even with the service label and a well-formed rollback marker", async () => {
    harness = await TrainHarness.start()
    const branch = branchName('rollback', 'checkout', 'sweden', 'v1.5.0')
    harness.github.push(REPO, branch, evilFiles(harness, 'sweden'), 'mallory')
    const number = harness.github.openPull(REPO, branch, {
      user: 'mallory',
      labels: ['multiregion', 'multiregion:checkout'],
      title: 'Roll back checkout in sweden'
    })
    harness.github.repo(REPO).pulls.get(number)!.body = `Routine rollback.\n\n${encodeMarker(
      testMarker({ kind: 'rollback', region: 'sweden', wave: 2, from: 'v1.5.0', to: 'v1.4.2' })
    )}`
    const end = await drive(harness)
    expect(harness.github.repo(REPO).pulls.get(number)!.mergedAt).toBeNull()
    expect(onMain(harness, 'platform.yaml')).toContain('approvals: 2')
    expect(onMain(harness, 'regions/sweden/checkout/backdoor.yaml')).toBe('')
    // The train itself goes on as if the PR did not exist.
    expect(end.decision.state).toBe('done')
  })

  it('treats a marker appended to a promotion PR as tampering: a warning, and no merge', async () => {
    harness = await TrainHarness.start()
    await reconcileTrain(harness.ctx, 'v1.5.0')
    const [pull] = pullsOf(harness)
    const marker = decodeMarker(pull!.body)!
    pull!.body = `${pull!.body}\n${encodeMarker({ ...marker, kind: 'rollback' })}`
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(pull!.mergedAt).toBeNull()
    expect(waitReasons(run)).toEqual([expect.stringMatching(/warning: PR #\d+ .*tamper/i)])
    // A marker edited in place to say rollback is tampering too.
    pull!.body = withMarker(pull!.body.replace(/<!-- multiregion:train .*-->\n?$/s, ''), {
      ...marker,
      kind: 'rollback'
    })
    const again = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(pull!.mergedAt).toBeNull()
    expect(waitReasons(again)).toEqual([expect.stringMatching(/warning: PR #\d+ .*tamper/i)])
  })

  it("never merges a toolkit PR whose branch someone else pushed to, whatever the rollback gate's count", async () => {
    harness = await TrainHarness.start()
    harness.script.set('china', ['degraded'])
    // Before the train needs it, someone creates china's rollback branch under the toolkit's own name.
    const branch = branchName('rollback', 'checkout', 'china', 'v1.5.0')
    harness.github.push(REPO, branch, evilFiles(harness, 'china'), 'mallory')
    const end = await drive(harness)
    const rollback = pullsOf(harness).find(p => p.head === branch)
    expect(rollback?.mergedAt ?? null).toBeNull()
    expect(onMain(harness, 'regions/china/checkout/backdoor.yaml')).toBe('')
    expect(onMain(harness, 'platform.yaml')).toContain('approvals: 2')
    expect(waitReasons(end).join('\n')).toMatch(/not the toolkit's own/)
  })

  it('lets a manual rollback use the rollback gate only for a version the region ran before', async () => {
    harness = await TrainHarness.start()
    await drive(harness)
    // sweden (2 approvals) never ran v1.3.9: rolling "back" to it is a promotion in disguise.
    expect(await manualRollback(harness.ctx, 'sweden', 'v1.3.9')).toMatch(
      /opened rollback PR #\d+ for sweden to v1\.3\.9.*2 approvals/
    )
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(onMain(harness, KUSTOMIZATION('sweden'))).toContain('v1.5.0')
    expect(waitReasons(run)).toEqual([expect.stringContaining('0 of 2 approvals')])
    harness.approveAll('alice', 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(onMain(harness, KUSTOMIZATION('sweden'))).toContain('v1.3.9')
  })

  it("never writes the target a person edited into a rollback PR's body, when main moved under it", async () => {
    harness = await TrainHarness.start()
    await drive(harness)
    expect(await manualRollback(harness.ctx, 'us-east', 'v1.4.2')).toMatch(/opened rollback PR/)
    const pull = pullsOf(harness).find(
      p => p.state === 'open' && decodeMarker(p.body)?.kind === 'rollback'
    )!
    // mallory edits the target in the body, and the region's file changes on main: the head drifts.
    pull.body = withMarker(pull.body, { ...decodeMarker(pull.body)!, to: 'v6.6.6' })
    harness.github.push(REPO, 'main', {
      [KUSTOMIZATION('us-east')]: `${onMain(harness, KUSTOMIZATION('us-east'))}# tuned\n`
    })
    harness.approveAll('alice', 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    harness.approveAll('alice', 'bob')
    await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(harness.github.repo(REPO).files(pull.head).get(KUSTOMIZATION('us-east'))).not.toContain(
      'v6.6.6'
    )
    expect(onMain(harness, KUSTOMIZATION('us-east'))).not.toContain('v6.6.6')
  })

  it('refuses a rollback to a bad release, however it is spelled, and one to a newer version', async () => {
    harness = await TrainHarness.start()
    harness.script.set('china', ['degraded'])
    await drive(harness)
    // v1.5.0 is now recorded bad; spelling it as the full image reference changes nothing.
    await expect(
      manualRollback(harness.ctx, 'us-west', 'ghcr.io/acme/checkout:v1.5.0')
    ).rejects.toThrow(/v1\.5\.0 is recorded as a bad release/)
    const before = pullsOf(harness).length
    const again = await startTrain(harness.ctx, 'ghcr.io/acme/checkout:v1.5.0')
    expect(['halted', 'refused']).toContain(again.decision.state)
    expect(again.done).toEqual([])
    expect(pullsOf(harness)).toHaveLength(before)
    await expect(manualRollback(harness.ctx, 'sweden', 'v1.6.0')).rejects.toThrow(
      /v1\.6\.0 is newer than v1\.4\.2.*that is a promotion/
    )
  })

  it('says a region is unknown, with a suggestion, instead of "no earlier version"', async () => {
    harness = await TrainHarness.start()
    await expect(manualRollback(harness.ctx, 'mars')).rejects.toThrow(
      /mars is not a region of checkout \(regions: us-east, us-west, sweden, china\)/
    )
    await expect(manualRollback(harness.ctx, 'swedn')).rejects.toThrow(/Did you mean "sweden"\?/)
  })
})

describe('the train keeps track of its own PRs', () => {
  it('counts a rollback target the region already runs as rolled back, without looping', async () => {
    harness = await TrainHarness.start()
    harness.script.set('china', ['degraded'])
    const argo = harness.ctx.argo
    const h = harness
    // A person puts china back on v1.4.2 by hand while its wait is failing.
    harness.ctx.argo = {
      checkApplication: input => argo.checkApplication(input),
      waitForRevision: async input => {
        const result = await argo.waitForRevision(input)
        if (input.region === 'china')
          h.github.push(REPO, 'main', {
            [KUSTOMIZATION('china')]: onMain(h, KUSTOMIZATION('china')).replace(
              'newTag: v1.5.0',
              'newTag: v1.4.2'
            )
          })
        return result
      }
    }
    const end = await drive(harness)
    const requests = harness.github.requests.length
    expect(end.done.filter(line => /already runs/.test(line)).length).toBeLessThanOrEqual(1)
    expect(end.decision.actions).toEqual([
      { type: 'halt', reason: expect.stringContaining('every rollback is done') }
    ])
    // A further run does nothing more than look.
    const after = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(after.done).toEqual([])
    expect(harness.github.requests.length - requests).toBeLessThan(30)
  })

  it('closes the open promotion PRs of a failed release, turning auto-merge off', async () => {
    const manifest = readFileSync(
      new URL('../../fixtures/services/checkout/multiregion.yaml', import.meta.url),
      'utf8'
    ).replace(
      'waves: [[us-east], [us-west, sweden], [china]]',
      'waves: [[us-east, us-west], [sweden, china]]'
    )
    harness = await TrainHarness.start({ manifest })
    harness.script.set('china', ['degraded'])
    await drive(harness, 'v1.5.0', 2)
    const open = () => pullsOf(harness!).filter(p => p.state === 'open')
    expect(open().map(p => decodeMarker(p.body)?.region)).toEqual(['sweden', 'china'])
    const [sweden, china] = open()
    // Someone turned auto-merge on for sweden; GitHub holds it until it can merge.
    harness.github.setMergeable(REPO, sweden!.number, false)
    sweden!.autoMerge = { method: 'merge', enabledBy: 'alice', enabledAt: sweden!.createdAt }
    for (const user of ['alice', 'bob']) harness.github.approve(REPO, china!.number, user)
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    expect(sweden!.state).toBe('closed')
    expect(sweden!.mergedAt).toBeNull()
    expect(sweden!.autoMerge).toBeNull()
    expect(
      harness.github
        .repo(REPO)
        .comments.filter(c => c.issue === sweden!.number)
        .map(c => c.body)
    ).toEqual([expect.stringContaining('v1.5.0 failed')])
    expect(run.done).toContainEqual(expect.stringMatching(/closed promotion PR #\d+ for sweden/))
  })

  it('merges a manual rollback opened for an older release from the reconcile workflow', async () => {
    harness = await TrainHarness.start()
    await drive(harness)
    await startTrain(harness.ctx, 'v1.6.0')
    expect(await manualRollback(harness.ctx, 'sweden', 'v1.4.2')).toMatch(/opened rollback PR/)
    // The reconcile workflow runs with no release: it continues the newest train.
    const release = await latestRelease(harness.ctx)
    expect(release).toBe('v1.6.0')
    await reconcileTrain(harness.ctx, release!)
    expect(onMain(harness, KUSTOMIZATION('sweden'))).toContain('v1.4.2')
  })

  it('never closes a newer train when an older release is promoted', async () => {
    harness = await TrainHarness.start()
    await startTrain(harness.ctx, 'v1.6.0')
    const [newer] = pullsOf(harness)
    const run = await startTrain(harness.ctx, 'v1.5.1')
    expect(newer!.state).toBe('open')
    expect(run.decision.state).toBe('refused')
    expect(waitReasons(run).join('\n')).toMatch(/v1\.6\.0.*newer/)
    expect(pullsOf(harness)).toHaveLength(1)
  })

  it('finds a PR whose labelling failed by its branch', async () => {
    harness = await TrainHarness.start()
    harness.github.failNext(1, { status: 403, method: 'POST', path: /\/labels$/ })
    await expect(reconcileTrain(harness.ctx, 'v1.5.0')).rejects.toThrow()
    expect(pullsOf(harness).map(p => p.labels)).toEqual([[]])
    const end = await drive(harness)
    expect(end.decision.state).toBe('done')
    expect(pullsOf(harness).filter(p => p.mergedAt !== null)).toHaveLength(3)
    // The next run labels it, so once merged it stays in the train's history and its health is waited for.
    expect(pullsOf(harness).map(p => [decodeMarker(p.body)?.outcome, p.labels])).toEqual(
      Array(3).fill(['healthy', ['multiregion', 'multiregion:checkout']])
    )
  })

  it('sees a PR whose labelling failed and that a person merged before the next run', async () => {
    harness = await TrainHarness.start()
    harness.github.failNext(1, { status: 403, method: 'POST', path: /\/labels$/ })
    await expect(reconcileTrain(harness.ctx, 'v1.5.0')).rejects.toThrow()
    const [pull] = pullsOf(harness)
    harness.approveAll('alice', 'bob')
    const { client } = connect(harness.github)
    await client.octokit.rest.pulls.merge({
      owner: 'acme',
      repo: 'environments',
      pull_number: pull!.number
    })
    expect(pull!.labels).toEqual([])
    const run = await reconcileTrain(harness.ctx, 'v1.5.0')
    // Its region's health is still waited for and recorded, and the PR labelled for the history.
    expect(run.observed.regions.find(r => r.region === 'us-east')?.promotion).toMatchObject({
      number: pull!.number,
      state: 'merged',
      marker: { outcome: 'healthy' }
    })
    expect(pull!.labels).toEqual(['multiregion', 'multiregion:checkout'])
  })
})
