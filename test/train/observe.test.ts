import { describe, expect, it } from '@jest/globals'
import { plan } from '../../src/plan/plan.js'
import { toObserved, LABELS } from '../../src/train/observe.js'
import type { PullSnapshot, Snapshot } from '../../src/train/observe.js'
import { withMarker } from '../../src/train/marker.js'
import type { Marker } from '../../src/train/marker.js'
import { testMarker } from '../support/marker.js'
import { fixtureEnvFiles, fixturePlatform, fixtureService } from '../support/fixtures.js'

const service = fixtureService('checkout')
const platform = fixturePlatform()
const release = { ref: 'v1.5.0', pin: { tag: 'v1.5.0' } }
const checkoutPlan = plan({ service, platform, release, files: fixtureEnvFiles(service, platform) })

function pull(
  number: number,
  marker: Partial<Marker>,
  extra: Partial<PullSnapshot> = {}
): PullSnapshot {
  const full = testMarker(marker)
  return {
    number,
    state: 'open',
    merged: false,
    headSha: 'h',
    author: 'multiregion[bot]',
    labels: ['multiregion:checkout'],
    body: withMarker('body', full),
    autoMerge: false,
    reviews: [],
    checks: 'success',
    ...extra
  }
}

function snapshot(pulls: PullSnapshot[]): Snapshot {
  return {
    now: 10,
    service,
    platform,
    release: 'v1.5.0',
    plan: checkoutPlan,
    pulls,
    botLogin: 'multiregion[bot]',
    mergeMode: 'merge'
  }
}

describe('toObserved', () => {
  it('maps each region of the plan to its wave, plan action and PRs', () => {
    const observed = toObserved(
      snapshot([
        pull(
          7,
          {},
          {
            reviews: [
              {
                author: 'alice',
                state: 'APPROVED',
                commitId: 'h',
                submittedAt: 1,
                permission: 'write'
              }
            ]
          }
        )
      ])
    )
    expect(observed.regions.map(r => [r.region, r.wave, r.planned, r.promotion?.number])).toEqual([
      ['us-east', 1, 'promote', 7],
      ['us-west', 2, 'current', undefined],
      ['sweden', 2, 'promote', undefined],
      ['china', 3, 'promote', undefined]
    ])
    expect(observed.regions[0]!.promotion!.gate).toEqual({
      approvals: 1,
      required: 1,
      met: true,
      notes: []
    })
  })

  it('requires the platform region’s larger approval count on its PR', () => {
    const observed = toObserved(
      snapshot([
        pull(
          8,
          { region: 'sweden', wave: 2 },
          {
            reviews: [
              {
                author: 'alice',
                state: 'APPROVED',
                commitId: 'h',
                submittedAt: 1,
                permission: 'write'
              }
            ]
          }
        )
      ])
    )
    expect(observed.regions.find(r => r.region === 'sweden')!.promotion!.gate).toMatchObject({
      approvals: 1,
      required: 2,
      met: false
    })
  })

  it('gates rollback PRs by the platform rollback rule (default: no approvals)', () => {
    const observed = toObserved(snapshot([pull(9, { kind: 'rollback', to: 'v1.4.2' })]))
    expect(observed.regions[0]!.rollback!.gate).toMatchObject({ required: 0, met: true })
  })

  it('reads skipped regions and bad releases from labels', () => {
    const observed = toObserved(
      snapshot([
        pull(
          10,
          { region: 'china', wave: 3 },
          { state: 'closed', labels: ['multiregion:checkout', LABELS.skipped] }
        ),
        pull(
          11,
          { release: 'v1.3.0' },
          { state: 'closed', merged: true, labels: ['multiregion:checkout', LABELS.bad] }
        )
      ])
    )
    expect(observed.regions.find(r => r.region === 'china')!.skipped).toBe(true)
    expect([...observed.badReleases]).toEqual(['v1.3.0'])
    expect(observed.regions[0]!.promotion).toBeUndefined()
  })

  it('ignores PRs of other services and PRs whose marker was edited away', () => {
    const observed = toObserved(
      snapshot([
        pull(12, { service: 'ledger' }),
        { ...pull(13, {}), body: 'a person rewrote the body' }
      ])
    )
    expect(observed.regions.every(r => r.promotion === undefined)).toBe(true)
  })

  it('takes the newest PR when a region has several for the same release', () => {
    const observed = toObserved(snapshot([pull(14, {}, { state: 'closed' }), pull(15, {})]))
    expect(observed.regions[0]!.promotion!.number).toBe(15)
  })
})
