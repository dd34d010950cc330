import { describe, expect, it } from '@jest/globals'
import { decide, RESYNC_MS } from '../../src/train/decide.js'
import type { Observed, ObservedPr, ObservedRegion } from '../../src/train/decide.js'
import type { HealthOutcome, Marker } from '../../src/train/marker.js'
import { testMarker } from '../support/marker.js'

const MIN = 60_000
const NOW = 1_800_000_000_000
const WAVES = [['us-east'], ['us-west', 'sweden'], ['china']]

function marker(region: string, wave: number, overrides: Partial<Marker> = {}): Marker {
  return testMarker({ region, wave, times: { opened: NOW - 60 * MIN }, ...overrides })
}

function pr(
  region: string,
  wave: number,
  state: ObservedPr['state'],
  extra: Partial<ObservedPr> & { outcome?: HealthOutcome; healthyAt?: number } = {}
): ObservedPr {
  const { outcome, healthyAt, ...rest } = extra
  const times = {
    opened: NOW - 60 * MIN,
    ...(state === 'merged' ? { merged: NOW - 30 * MIN } : {}),
    ...(healthyAt !== undefined ? { healthy: healthyAt } : {})
  }
  return {
    number: 100 + WAVES.flat().indexOf(region),
    state,
    headSha: `head-${region}`,
    // A merged promotion's version before, as the toolkit's commit states it (Multiregion-From).
    ...(state === 'merged'
      ? { mergeSha: `merge-${region}`, mergedAt: NOW - 30 * MIN, from: 'v1.4.2' }
      : {}),
    gate: { approvals: 1, required: 1, met: true, notes: [] },
    checks: 'success',
    autoMerge: false,
    marker: marker(region, wave, { outcome: outcome ?? null, times }),
    ...rest
  }
}

const healthy = (region: string, wave: number, healthyAt = NOW - 20 * MIN) =>
  pr(region, wave, 'merged', { outcome: 'healthy', healthyAt })

function observed(
  regions: Partial<Record<string, Partial<ObservedRegion>>>,
  overrides: Partial<Observed> = {}
): Observed {
  return {
    now: NOW,
    service: 'checkout',
    release: 'v1.5.0',
    train: {
      waves: WAVES,
      approvals: 1,
      bakeSeconds: 600,
      timeoutSeconds: 1800,
      onFailure: 'rollback'
    },
    regions: WAVES.flatMap((wave, i) =>
      wave.map(region => ({
        region,
        wave: i + 1,
        planned: 'promote' as const,
        skipped: false,
        ...regions[region]
      }))
    ),
    badReleases: new Set(),
    mergeMode: 'merge',
    ...overrides
  }
}

describe('train.decide', () => {
  it('opens only the first wave of a new train', () => {
    expect(decide(observed({}))).toEqual({
      state: 'running',
      actions: [{ type: 'open-promotion', region: 'us-east', wave: 1 }]
    })
  })

  it('waits on a PR without enough real approvals, saying why', () => {
    const open = pr('us-east', 1, 'open', {
      gate: {
        approvals: 0,
        required: 1,
        met: false,
        notes: ['alice approved an older commit (abc1234); approve the current head']
      }
    })
    const decision = decide(observed({ 'us-east': { promotion: open } }))
    expect(decision.state).toBe('waiting')
    expect(decision.actions).toEqual([
      {
        type: 'wait',
        region: 'us-east',
        reason:
          'PR #100 has 0 of 1 approvals on its head commit (alice approved an older commit (abc1234); approve the current head)'
      }
    ])
  })

  it('merges an approved PR with green checks, pinned to the head commit it approved', () => {
    const decision = decide(observed({ 'us-east': { promotion: pr('us-east', 1, 'open') } }))
    expect(decision.actions).toEqual([
      { type: 'merge', kind: 'promotion', region: 'us-east', pr: 100, sha: 'head-us-east' }
    ])
  })

  it('does not merge while required checks are failing or pending', () => {
    for (const checks of ['failure', 'pending'] as const) {
      const decision = decide(
        observed({ 'us-east': { promotion: pr('us-east', 1, 'open', { checks }) } })
      )
      expect(decision.actions).toEqual([
        expect.objectContaining({ type: 'wait', region: 'us-east' })
      ])
    }
  })

  it('hands an approved PR to auto-merge or the merge queue instead of merging it, where the rules drop stale approvals', () => {
    const first = decide(
      observed(
        { 'us-east': { promotion: pr('us-east', 1, 'open', { autoMergeSafe: true }) } },
        { mergeMode: 'auto-merge' }
      )
    )
    expect(first.actions).toEqual([
      {
        type: 'enable-auto-merge',
        kind: 'promotion',
        region: 'us-east',
        pr: 100,
        sha: 'head-us-east'
      }
    ])
    const then = decide(
      observed(
        {
          'us-east': {
            promotion: pr('us-east', 1, 'open', { autoMerge: true, autoMergeSafe: true })
          }
        },
        { mergeMode: 'auto-merge' }
      )
    )
    expect(then.actions).toEqual([expect.objectContaining({ type: 'wait', region: 'us-east' })])
  })

  it('merges the gated head itself in auto-merge mode where the rules keep stale approvals', () => {
    const decision = decide(
      observed({ 'us-east': { promotion: pr('us-east', 1, 'open') } }, { mergeMode: 'auto-merge' })
    )
    expect(decision.actions).toEqual([
      { type: 'merge', kind: 'promotion', region: 'us-east', pr: 100, sha: 'head-us-east' }
    ])
  })

  it('waits for Argo CD on the merge commit, with the train timeout counted from the merge', () => {
    const merged = pr('us-east', 1, 'merged')
    // Five minutes after the merge, the marker's merge time counts.
    const early = decide(observed({ 'us-east': { promotion: merged } }, { now: NOW - 25 * MIN }))
    expect(early.actions).toEqual([
      {
        type: 'wait-health',
        kind: 'promotion',
        region: 'us-east',
        pr: 100,
        revision: 'merge-us-east',
        deadline: NOW - 30 * MIN + 1800 * 1000
      }
    ])
  })

  it('gives a wait that starts at or past its deadline one Argo CD resync period, not one look', () => {
    // Merged 30 minutes ago with a 30 minute timeout: the deadline is now.
    const decision = decide(observed({ 'us-east': { promotion: pr('us-east', 1, 'merged') } }))
    expect(decision.actions).toEqual([
      expect.objectContaining({ type: 'wait-health', deadline: NOW + RESYNC_MS })
    ])
  })

  it('keeps waiting on health for a merged region even though the plan now sees it as current', () => {
    const decision = decide(
      observed({ 'us-east': { planned: 'current', promotion: pr('us-east', 1, 'merged') } })
    )
    expect(decision.actions).toEqual([
      expect.objectContaining({ type: 'wait-health', region: 'us-east' })
    ])
  })

  it('opens the next wave only after the previous wave has baked', () => {
    const justHealthy = decide(
      observed({ 'us-east': { promotion: healthy('us-east', 1, NOW - 5 * MIN) } })
    )
    expect(justHealthy).toEqual({
      state: 'waiting',
      actions: [
        {
          type: 'wait',
          until: NOW + 5 * MIN,
          reason: 'wave 2 opens after the previous wave has baked 600s'
        }
      ]
    })
    const baked = decide(
      observed({ 'us-east': { promotion: healthy('us-east', 1, NOW - 11 * MIN) } })
    )
    expect(baked.actions).toEqual([
      { type: 'open-promotion', region: 'us-west', wave: 2 },
      { type: 'open-promotion', region: 'sweden', wave: 2 }
    ])
  })

  it('counts regions already at the release and skipped regions as done', () => {
    const decision = decide(
      observed({
        'us-east': { promotion: healthy('us-east', 1) },
        'us-west': { planned: 'current' },
        sweden: { skipped: true }
      })
    )
    expect(decision.actions).toEqual([{ type: 'open-promotion', region: 'china', wave: 3 }])
  })

  it('is done when every region is healthy on the release', () => {
    const all = Object.fromEntries(
      WAVES.flatMap((w, i) => w.map(r => [r, { promotion: healthy(r, i + 1) }]))
    )
    expect(decide(observed(all))).toEqual({ state: 'done', actions: [] })
  })

  it('on Degraded in the last wave records the bad release and rolls back every promoted region, later waves first', () => {
    const decision = decide(
      observed({
        'us-east': { promotion: healthy('us-east', 1) },
        'us-west': { promotion: healthy('us-west', 2) },
        sweden: { promotion: healthy('sweden', 2) },
        china: { promotion: pr('china', 3, 'merged', { outcome: 'degraded' }) }
      })
    )
    expect(decision.state).toBe('halted')
    expect(decision.actions).toEqual([
      { type: 'record-bad-release', reason: 'v1.5.0 failed in china (degraded)' },
      {
        type: 'open-rollback',
        region: 'china',
        wave: 3,
        to: 'v1.4.2',
        reason: 'v1.5.0 failed in china (degraded)'
      },
      {
        type: 'open-rollback',
        region: 'sweden',
        wave: 2,
        to: 'v1.4.2',
        reason: 'v1.5.0 failed in china (degraded)'
      },
      {
        type: 'open-rollback',
        region: 'us-west',
        wave: 2,
        to: 'v1.4.2',
        reason: 'v1.5.0 failed in china (degraded)'
      },
      {
        type: 'open-rollback',
        region: 'us-east',
        wave: 1,
        to: 'v1.4.2',
        reason: 'v1.5.0 failed in china (degraded)'
      }
    ])
  })

  it('merges rollback PRs one at a time, later waves first, once each gate is met', () => {
    const rollback = (
      region: string,
      wave: number,
      state: ObservedPr['state'],
      outcome?: HealthOutcome
    ) =>
      pr(region, wave, state, {
        number: 200 + wave,
        marker: marker(region, wave, { kind: 'rollback', to: 'v1.4.2', outcome: outcome ?? null })
      })
    const base = {
      'us-east': { promotion: healthy('us-east', 1), rollback: rollback('us-east', 1, 'open') },
      'us-west': { planned: 'current' as const },
      sweden: { skipped: true },
      china: {
        promotion: pr('china', 3, 'merged', { outcome: 'timeout' }),
        rollback: rollback('china', 3, 'open')
      }
    }
    const first = decide(observed(base, { badReleases: new Set(['v1.5.0']) }))
    expect(first.actions).toEqual([
      { type: 'merge', kind: 'rollback', region: 'china', pr: 203, sha: 'head-china' },
      {
        type: 'wait',
        region: 'us-east',
        reason: "rollback PR #201 waits for the later waves' rollbacks"
      }
    ])
    const chinaBack = {
      ...base,
      china: { ...base.china, rollback: rollback('china', 3, 'merged', 'healthy') }
    }
    expect(decide(observed(chinaBack, { badReleases: new Set(['v1.5.0']) })).actions).toEqual([
      { type: 'merge', kind: 'rollback', region: 'us-east', pr: 201, sha: 'head-us-east' }
    ])
  })

  it('finishes a manual rollback and promotes nothing more', () => {
    const manual = pr('us-east', 1, 'open', {
      number: 300,
      marker: marker('us-east', 1, { kind: 'rollback', to: 'v1.4.2' })
    })
    const during = decide(
      observed({
        'us-east': { promotion: healthy('us-east', 1, NOW - 60 * MIN), rollback: manual }
      })
    )
    expect(during).toEqual({
      state: 'halted',
      actions: [
        { type: 'merge', kind: 'rollback', region: 'us-east', pr: 300, sha: 'head-us-east' }
      ]
    })
    const doneRollback = pr('us-east', 1, 'merged', {
      number: 300,
      marker: marker('us-east', 1, { kind: 'rollback', to: 'v1.4.2', outcome: 'healthy' })
    })
    const after = decide(
      observed({
        'us-east': { promotion: healthy('us-east', 1, NOW - 60 * MIN), rollback: doneRollback }
      })
    )
    expect(after).toEqual({
      state: 'halted',
      actions: [{ type: 'halt', reason: expect.stringContaining('us-east rolled back by hand') }]
    })
  })

  it('never rolls back a rollback: a failed rollback halts for a person', () => {
    const failedRollback = pr('china', 3, 'merged', {
      marker: marker('china', 3, { kind: 'rollback', to: 'v1.4.2', outcome: 'degraded' })
    })
    const decision = decide(
      observed(
        {
          'us-east': { promotion: healthy('us-east', 1) },
          china: {
            promotion: pr('china', 3, 'merged', { outcome: 'failed' }),
            rollback: failedRollback
          }
        },
        {
          badReleases: new Set(['v1.5.0']),
          train: {
            waves: WAVES,
            approvals: 1,
            bakeSeconds: 600,
            timeoutSeconds: 1800,
            onFailure: 'halt'
          }
        }
      )
    )
    expect(decision.actions).toEqual([
      {
        type: 'halt',
        reason:
          'rollback of china to v1.4.2 ended degraded; rollbacks are never rolled back, so a person must take over'
      }
    ])
  })

  it('with onFailure halt rolls back only the failed region', () => {
    const decision = decide(
      observed(
        {
          'us-east': { promotion: healthy('us-east', 1) },
          'us-west': { promotion: pr('us-west', 2, 'merged', { outcome: 'degraded' }) }
        },
        {
          train: {
            waves: WAVES,
            approvals: 1,
            bakeSeconds: 600,
            timeoutSeconds: 1800,
            onFailure: 'halt'
          }
        }
      )
    )
    expect(decision.actions.filter(a => a.type === 'open-rollback').map(a => a.region)).toEqual([
      'us-west'
    ])
  })

  it('halts when a promotion PR is closed without merge', () => {
    const decision = decide(observed({ 'us-east': { promotion: pr('us-east', 1, 'closed') } }))
    expect(decision).toEqual({
      state: 'halted',
      actions: [
        expect.objectContaining({
          type: 'halt',
          reason: expect.stringContaining('PR #100 for us-east was closed without merge')
        })
      ]
    })
  })

  it('halts, and neither promotes nor rolls back, when Argo CD was unreachable', () => {
    const decision = decide(
      observed({ 'us-east': { promotion: pr('us-east', 1, 'merged', { outcome: 'unreachable' }) } })
    )
    expect(decision).toEqual({
      state: 'halted',
      actions: [
        { type: 'halt', reason: expect.stringContaining('never promotes on unknown health') }
      ]
    })
  })

  it('refuses to start a train for a release recorded as bad', () => {
    expect(decide(observed({}, { badReleases: new Set(['v1.5.0']) }))).toEqual({
      state: 'refused',
      actions: [
        { type: 'halt', reason: expect.stringContaining('v1.5.0 is recorded as a bad release') }
      ]
    })
  })

  it('halts on a region the plan blocks instead of opening a PR for it', () => {
    const decision = decide(observed({ 'us-east': { planned: 'blocked' } }))
    expect(decision).toEqual({
      state: 'halted',
      actions: [{ type: 'halt', reason: expect.stringContaining('us-east cannot be promoted') }]
    })
  })

  it('asks a person to roll back by hand when the version before is unknown', () => {
    const decision = decide(
      observed({
        'us-east': {
          promotion: {
            ...pr('us-east', 1, 'merged', {
              outcome: 'failed',
              marker: marker('us-east', 1, { from: null, outcome: 'failed' })
            }),
            from: undefined
          }
        }
      })
    )
    expect(decision.actions).toContainEqual({
      type: 'halt',
      reason: expect.stringContaining('multiregion rollback --region us-east --to <version>')
    })
  })

  it("rolls back to the version the toolkit's commit states, never the body's `from`", () => {
    const decision = decide(
      observed({
        'us-east': {
          promotion: pr('us-east', 1, 'merged', {
            outcome: 'failed',
            marker: marker('us-east', 1, { from: 'v1.3.0', outcome: 'failed' })
          })
        }
      })
    )
    expect(decision.actions).toContainEqual(
      expect.objectContaining({ type: 'open-rollback', region: 'us-east', to: 'v1.4.2' })
    )
  })

  it('gives the same answer for the same observation: re-running changes nothing', () => {
    const o = observed({
      'us-east': { promotion: healthy('us-east', 1, NOW - 11 * MIN) },
      'us-west': { promotion: pr('us-west', 2, 'open') }
    })
    expect(decide(o)).toEqual(decide(o))
    expect(decide(o).actions).toEqual([
      { type: 'merge', kind: 'promotion', region: 'us-west', pr: 101, sha: 'head-us-west' },
      { type: 'open-promotion', region: 'sweden', wave: 2 }
    ])
  })
})

describe('train.decide under tampering and failure', () => {
  it('never merges an untrusted PR, whatever its approvals: a warning instead', () => {
    const decision = decide(
      observed({
        'us-east': {
          promotion: pr('us-east', 1, 'open', { untrusted: 'its body was tampered with' })
        }
      })
    )
    expect(decision.actions).toEqual([
      {
        type: 'wait',
        region: 'us-east',
        reason: expect.stringMatching(
          /^warning: PR #100 is never merged by the train: its body was tampered with/
        )
      }
    ])
  })

  it('closes the failed release’s promotions still open, and rolls back the rest', () => {
    const decision = decide(
      observed({
        'us-east': { promotion: healthy('us-east', 1) },
        'us-west': { promotion: pr('us-west', 2, 'open') },
        sweden: { promotion: pr('sweden', 2, 'merged', { outcome: 'degraded' }) }
      })
    )
    expect(decision.actions.filter(a => a.type === 'close-promotion')).toEqual([
      {
        type: 'close-promotion',
        region: 'us-west',
        pr: 101,
        reason: 'v1.5.0 failed in sweden (degraded)'
      }
    ])
  })

  it('counts a region already back on the version before as rolled back', () => {
    const decision = decide(
      observed({
        'us-east': { promotion: healthy('us-east', 1), current: 'v1.4.2' },
        'us-west': { planned: 'current' },
        sweden: {
          promotion: pr('sweden', 2, 'merged', { outcome: 'degraded' }),
          current: 'v1.4.2'
        }
      })
    )
    expect(decision.actions.filter(a => a.type === 'open-rollback')).toEqual([])
    expect(decision.actions.at(-1)).toEqual({
      type: 'halt',
      reason: 'v1.5.0 failed in sweden (degraded); every rollback is done'
    })
  })
})

describe('train.decide: bakes decided by metric checks', () => {
  const CHECKS = { checks: [{ name: 'error-ratio', query: 'errors', max: 0.05 }] }
  const withChecks = (regions: Parameters<typeof observed>[0]) => {
    const o = observed(regions)
    return { ...o, train: { ...o.train, ...CHECKS } }
  }
  const baked = (outcome: 'pass' | 'fail' | 'inconclusive', detail: string) => {
    const p = healthy('us-east', 1)
    return {
      ...p,
      marker: {
        ...p.marker,
        bake: { outcome, results: [{ check: 'error-ratio', outcome, detail }] }
      }
    }
  }

  it('waits out a healthy region’s bake, then has its checks evaluated before the next wave opens', () => {
    const young = healthy('us-east', 1, NOW - 5 * MIN)
    expect(decide(withChecks({ 'us-east': { promotion: young } })).actions).toEqual([
      expect.objectContaining({ type: 'wait', region: 'us-east', until: NOW + 5 * MIN })
    ])
    expect(decide(withChecks({ 'us-east': { promotion: healthy('us-east', 1) } })).actions).toEqual(
      [{ type: 'evaluate-checks', region: 'us-east', pr: 100 }]
    )
    expect(
      decide(withChecks({ 'us-east': { promotion: baked('pass', '0 is within bounds') } })).actions
    ).toContainEqual({ type: 'open-promotion', region: 'us-west', wave: 2 })
  })

  it('rolls back a failed check as an unhealthy app, and halts on an inconclusive one', () => {
    const failed = decide(
      withChecks({ 'us-east': { promotion: baked('fail', '0.3 is above 0.05') } })
    )
    expect(failed.state).toBe('halted')
    expect(failed.actions).toContainEqual(
      expect.objectContaining({
        type: 'open-rollback',
        region: 'us-east',
        to: 'v1.4.2',
        reason: expect.stringContaining('metric checks failed: error-ratio 0.3 is above 0.05')
      })
    )
    const unsure = decide(
      withChecks({ 'us-east': { promotion: baked('inconclusive', 'errors returned no data') } })
    )
    expect(unsure).toEqual({
      state: 'halted',
      actions: [
        {
          type: 'halt',
          reason: expect.stringContaining(
            'metric checks of us-east were inconclusive when its bake ended (error-ratio: errors returned no data)'
          )
        }
      ]
    })
  })
})
