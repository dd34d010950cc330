import { describe, expect, it } from '@jest/globals'
import { plan } from '../../src/plan/plan.js'
import { toObserved, LABELS } from '../../src/train/observe.js'
import type { PullSnapshot, Snapshot } from '../../src/train/observe.js'
import { commitMessage, withMarker } from '../../src/train/marker.js'
import type { Marker } from '../../src/train/marker.js'
import { testMarker } from '../support/marker.js'
import { branchName } from '../../src/train/names.js'
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
    headRef: branchName(full.kind, full.service, full.region, full.release, full.step),
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

  /** A rollback PR of us-east to `to`, as the toolkit's own signed commit states it. */
  const rollbackTo = (number: number, to: string, extra: Partial<PullSnapshot> = {}) =>
    pull(
      number,
      { kind: 'rollback', to },
      {
        commits: [
          {
            sha: 'c'.repeat(40),
            author: 'multiregion[bot]',
            committer: 'web-flow',
            verified: true,
            reason: 'valid',
            message: commitMessage('Roll back', {
              kind: 'rollback',
              service: 'checkout',
              region: 'us-east',
              release: 'v1.5.0',
              to
            })
          }
        ],
        ...extra
      }
    )
  const ran = (...versions: string[]) => new Map([['us-east', new Set(versions)]])

  it('gates a rollback to a version the region ran by the platform rollback rule (default: no approvals)', () => {
    const observed = toObserved({
      ...snapshot([rollbackTo(9, 'v1.4.2')]),
      history: ran('v1.4.2', 'v1.5.0')
    })
    expect(observed.regions[0]!.rollback!.gate).toMatchObject({ required: 0, met: true })
    expect(observed.regions[0]!.rollback!.untrusted).toBeUndefined()
  })

  it("gates a rollback to a version the region never ran by the region's promotion approvals", () => {
    const observed = toObserved({
      ...snapshot([rollbackTo(9, 'v1.3.9')]),
      history: ran('v1.4.2', 'v1.5.0')
    })
    expect(observed.regions[0]!.rollback!.gate).toMatchObject({ required: 1, met: false })
  })

  it('never trusts a rollback whose branch holds a commit the toolkit did not make', () => {
    const [own] = rollbackTo(9, 'v1.4.2').commits!
    const observed = toObserved({
      ...snapshot([
        rollbackTo(9, 'v1.4.2', {
          commits: [
            own!,
            {
              sha: 'd'.repeat(40),
              author: 'mallory',
              committer: 'mallory',
              verified: false,
              reason: 'unsigned',
              message: ''
            }
          ]
        })
      ]),
      history: ran('v1.4.2')
    })
    expect(observed.regions[0]!.rollback).toMatchObject({
      gate: { required: 1 },
      untrusted: "commit ddddddd on its branch is not the toolkit's own (mallory)"
    })
  })

  it('refuses a rollback to a release recorded bad, however it is spelled', () => {
    const observed = toObserved({
      ...snapshot([
        rollbackTo(9, 'ghcr.io/acme/checkout:v1.4.2'),
        pull(3, { release: 'v1.4.2' }, { state: 'closed', merged: true, labels: [LABELS.bad] })
      ]),
      history: ran('v1.4.2')
    })
    expect(observed.regions[0]!.rollback!.untrusted).toMatch(/v1\.4\.2, a release recorded bad/)
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

  it('ignores PRs of other services and PRs anyone but the toolkit opened', () => {
    const observed = toObserved(
      snapshot([
        pull(12, { service: 'ledger' }),
        pull(13, {}, { author: 'mallory' }),
        pull(14, {}, { headRef: 'mallory/checkout/us-east/v1.5.0' })
      ])
    )
    expect(observed.regions.every(r => r.promotion === undefined)).toBe(true)
  })

  it('reads a PR whose marker was edited away by its branch, as untrusted', () => {
    const observed = toObserved(snapshot([{ ...pull(13, {}), body: 'a person rewrote the body' }]))
    expect(observed.regions[0]!.promotion).toMatchObject({
      number: 13,
      marker: { kind: 'promotion', region: 'us-east', release: 'v1.5.0' },
      untrusted: expect.stringContaining('tampered')
    })
  })

  it('takes the newest PR when a region has several for the same release', () => {
    const observed = toObserved(snapshot([pull(14, {}, { state: 'closed' }), pull(15, {})]))
    expect(observed.regions[0]!.promotion!.number).toBe(15)
  })
})
