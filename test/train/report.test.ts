import { describe, expect, it } from '@jest/globals'
import { plan } from '../../src/plan/plan.js'
import { renderPrBody, renderTrainStatus, regionStatus } from '../../src/report/train.js'
import { decide } from '../../src/train/decide.js'
import { decodeMarker } from '../../src/train/marker.js'
import type { Marker } from '../../src/train/marker.js'
import { testMarker } from '../support/marker.js'
import { toObserved } from '../../src/train/observe.js'
import { withMarker } from '../../src/train/marker.js'
import { expectGolden } from '../support/golden.js'
import { branchName } from '../../src/train/names.js'
import { fixtureEnvFiles, fixturePlatform, fixtureService } from '../support/fixtures.js'

const service = fixtureService('checkout')
const platform = fixturePlatform()
const checkoutPlan = plan({
  service,
  platform,
  release: { ref: 'v1.5.0', pin: { tag: 'v1.5.0' } },
  files: fixtureEnvFiles(service, platform)
})
const MIN = 60_000
const marker = (m: Partial<Marker>): Marker => testMarker({ times: { opened: 0 }, ...m })

describe('train reports', () => {
  it('writes a PR body that says what changes, why, which wave and what gates remain, with the marker', () => {
    const region = checkoutPlan.regions.find(r => r.name === 'sweden')!
    const body = renderPrBody(
      checkoutPlan,
      region,
      marker({ region: 'sweden', wave: 2, approvals: 2 }),
      'https://github.com/acme/environments/pulls?q=label%3Amultiregion%3Acheckout'
    )
    expectGolden('pr-body-sweden.md', body)
    expect(decodeMarker(body)).toMatchObject({ region: 'sweden', wave: 2 })
  })

  it('shows every region of a train with its status and lead times', () => {
    const pulls = [
      {
        number: 1,
        state: 'closed' as const,
        merged: true,
        mergeSha: 'm1',
        headSha: 'h1',
        headRef: branchName('promotion', 'checkout', 'us-east', 'v1.5.0'),
        author: 'bot',
        labels: [],
        autoMerge: false,
        reviews: [],
        checks: 'success' as const,
        body: withMarker(
          '',
          marker({
            times: {
              opened: 0,
              approved: 5 * MIN,
              merged: 6 * MIN,
              synced: 8 * MIN,
              healthy: 9 * MIN
            },
            outcome: 'healthy'
          })
        )
      },
      {
        number: 2,
        state: 'open' as const,
        merged: false,
        headSha: 'h2',
        headRef: branchName('promotion', 'checkout', 'sweden', 'v1.5.0'),
        author: 'bot',
        labels: [],
        autoMerge: false,
        reviews: [],
        checks: 'pending' as const,
        body: withMarker(
          '',
          marker({ region: 'sweden', wave: 2, approvals: 2, times: { opened: 20 * MIN } })
        )
      }
    ]
    const observed = toObserved({
      now: 30 * MIN,
      service,
      platform,
      release: 'v1.5.0',
      plan: checkoutPlan,
      pulls,
      botLogin: 'bot',
      mergeMode: 'merge'
    })
    expect(observed.regions.map(regionStatus)).toEqual([
      'healthy',
      'already current',
      'PR open',
      'not started'
    ])
    expectGolden('train-status.md', renderTrainStatus(observed, decide(observed)))
  })
})
