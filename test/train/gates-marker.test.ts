import { describe, expect, it } from '@jest/globals'
import { evaluateGate } from '../../src/train/gates.js'
import type { Review } from '../../src/train/gates.js'
import { decodeMarker, withMarker } from '../../src/train/marker.js'
import type { Marker } from '../../src/train/marker.js'
import { branchName, prTitle } from '../../src/train/names.js'
import { testMarker } from '../support/marker.js'

const HEAD = 'a'.repeat(40)
const OLD = 'b'.repeat(40)
const review = (
  author: string,
  state: Review['state'],
  commitId = HEAD,
  submittedAt = 1
): Review => ({ author, state, commitId, submittedAt, permission: 'write' })
const gate = (reviews: Review[], required = 1) =>
  evaluateGate({
    reviews,
    headSha: HEAD,
    prAuthor: 'release-bot',
    botLogin: 'multiregion[bot]',
    required
  })

describe('approval gates', () => {
  it('counts an approval on the head commit by someone else', () => {
    expect(gate([review('alice', 'APPROVED')])).toEqual({
      approvals: 1,
      required: 1,
      met: true,
      notes: []
    })
  })

  it('does not count an approval given on an older commit', () => {
    const result = gate([review('alice', 'APPROVED', OLD)])
    expect(result.met).toBe(false)
    expect(result.notes).toEqual([
      'alice approved an older commit (bbbbbbb); approve the current head'
    ])
  })

  it('does not count the PR author approving their own PR, nor the toolkit itself', () => {
    const result = gate([review('Release-Bot', 'APPROVED'), review('multiregion[bot]', 'APPROVED')])
    expect(result.approvals).toBe(0)
    expect(result.notes).toHaveLength(2)
  })

  it('lets a later "changes requested" withdraw an approval and block the PR', () => {
    const result = gate(
      [
        review('alice', 'APPROVED', HEAD, 1),
        review('bob', 'APPROVED', HEAD, 2),
        review('alice', 'CHANGES_REQUESTED', HEAD, 3)
      ],
      1
    )
    expect(result).toMatchObject({ approvals: 1, met: false, notes: ['alice requested changes'] })
  })

  it('does not let a request for changes from someone without write access block, as GitHub does not', () => {
    // On a public environments repository anyone can submit a review; only a writer's request blocks.
    const result = gate([
      review('alice', 'APPROVED'),
      { ...review('mallory', 'CHANGES_REQUESTED'), permission: 'read' },
      { ...review('nobody', 'CHANGES_REQUESTED'), permission: 'none' }
    ])
    expect(result.met).toBe(true)
    expect(result.notes).toEqual([
      'mallory requested changes but has read access to the repository; only requests from people with write access block',
      'nobody requested changes but has none access to the repository; only requests from people with write access block'
    ])
    // A request whose author's access is unknown still blocks.
    const unknown: Review = { ...review('bob', 'CHANGES_REQUESTED') }
    delete unknown.permission
    expect(gate([review('alice', 'APPROVED'), unknown]).met).toBe(false)
  })

  it('does not count the approval of whoever pushed the head commit', () => {
    const result = evaluateGate({
      reviews: [review('carol', 'APPROVED')],
      headSha: HEAD,
      prAuthor: 'release-bot',
      botLogin: 'multiregion[bot]',
      required: 1,
      lastPushers: ['Carol']
    })
    expect(result.met).toBe(false)
    expect(result.notes).toEqual([
      'carol pushed the most recent commit; someone else must approve the most recent push'
    ])
  })

  it('needs the region’s full count of distinct people', () => {
    expect(gate([review('alice', 'APPROVED'), review('alice', 'APPROVED', HEAD, 2)], 2).met).toBe(
      false
    )
    expect(gate([review('alice', 'APPROVED'), review('bob', 'APPROVED')], 2).met).toBe(true)
  })

  it('ignores comments and keeps an approval that a comment follows', () => {
    expect(
      gate([review('alice', 'APPROVED', HEAD, 1), review('alice', 'COMMENTED', HEAD, 2)]).met
    ).toBe(true)
  })
})

const MARKER: Marker = testMarker()

describe('the PR marker', () => {
  it('round-trips through a PR body and stays hidden', () => {
    const body = withMarker('## Promote checkout\n\nSome text.', MARKER)
    expect(body).toMatch(/<!-- multiregion:train \{.*\} -->\n$/)
    expect(decodeMarker(body)).toEqual(MARKER)
  })

  it('replaces the marker in place instead of adding a second one', () => {
    const first = withMarker('text', MARKER)
    const second = withMarker(first, {
      ...MARKER,
      outcome: 'healthy',
      times: { opened: 1, healthy: 2 }
    })
    expect(second.match(/multiregion:train/g)).toHaveLength(1)
    expect(decodeMarker(second)?.outcome).toBe('healthy')
  })

  it('cannot be closed early by a value holding "-->"', () => {
    const tricky = { ...MARKER, release: 'v1-->x' }
    expect(decodeMarker(withMarker('body', tricky))).toEqual(tricky)
  })

  it.each([
    ['no marker', 'just a body'],
    ['broken JSON', '<!-- multiregion:train {"v":1, -->'],
    ['wrong version', `<!-- multiregion:train ${JSON.stringify({ ...MARKER, v: 2 })} -->`],
    [
      'a field of the wrong type',
      `<!-- multiregion:train ${JSON.stringify({ ...MARKER, wave: 'one' })} -->`
    ],
    [
      'an unknown outcome',
      `<!-- multiregion:train ${JSON.stringify({ ...MARKER, outcome: 'fine' })} -->`
    ]
  ])('is treated as absent when edited into a wrong shape: %s', (_name, body) => {
    expect(decodeMarker(body)).toBeUndefined()
  })
})

describe('names', () => {
  it('gives one deterministic branch per kind, service, region and release', () => {
    expect(branchName('promotion', 'checkout', 'us-east', 'v1.5.0')).toMatch(
      /^multiregion\/checkout\/us-east\/v1\.5\.0-[0-9a-f]{16}$/
    )
    expect(branchName('rollback', 'checkout', 'us-east', 'v1.5.0')).toMatch(
      /^multiregion\/rollback\/checkout\/us-east\/v1\.5\.0-[0-9a-f]{16}$/
    )
    expect(branchName('promotion', 'checkout', 'us-east', 'v1.5.0')).toBe(
      branchName('promotion', 'checkout', 'us-east', 'v1.5.0')
    )
    expect(
      branchName(
        'promotion',
        'checkout',
        'us-east',
        `ghcr.io/acme/checkout@sha256:${'0'.repeat(64)}`
      )
    ).toMatch(/^multiregion\/checkout\/us-east\/[A-Za-z0-9._-]+$/)
  })

  it('keeps titles within GitHub’s limit', () => {
    expect(prTitle('promotion', 'checkout', 'us-east', 'v1.5.0', 'v1.5.0')).toBe(
      'Promote checkout v1.5.0 to us-east'
    )
    expect(
      prTitle('rollback', 'checkout', 'us-east', 'v1.4.2', 'x'.repeat(400)).length
    ).toBeLessThanOrEqual(250)
  })
})
