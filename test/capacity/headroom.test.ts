import { describe, expect, it } from '@jest/globals'
import { failoverHeadroom } from '../../src/capacity/headroom.js'
import { resolveCapacity } from '../../src/capacity/resolve.js'
import type { Service } from '../../src/manifest/model.js'
import { platformWith } from '../support/routing.js'
import { serviceWithCapacity } from './support.js'

/** Every region 10 pods of 100 rps: 1000 rps each; us-east expects 900, the others 300. */
const CAPACITY = [
  'autoscaling: { min: 2, max: 10 }',
  'perPodRps: 100',
  'rps: 300',
  'regions:',
  '  us-east: { rps: 900 }'
]

function headroom(service: Service) {
  return failoverHeadroom(service, platformWith(), resolveCapacity(service).regions)
}

describe('failover headroom: what each region takes when any one region is down', () => {
  it('latency: a failed region is shared evenly by the rest; us-east cannot take its 900 plus half of us-west', () => {
    const service = serviceWithCapacity(CAPACITY, ['policy: latency'])
    const { findings, regions } = headroom(service)
    expect(regions.get('us-west')).toMatchObject({
      capacityRps: 1000,
      rps: 300,
      worst: { failed: 'us-east', receivedRps: 450 }
    })
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding).toMatchObject({
      rule: 'capacity-failover-headroom',
      region: 'us-east',
      file: 'multiregion.yaml',
      // autoscaling.max of the top-level block, which us-east inherits
      line: 12
    })
    expect(finding!.message).toContain('1050 rps')
    expect(finding!.message).toContain('1000 rps')
    expect(finding!.message).toContain('us-west is down')
    expect(finding!.message).toContain('11 pods')
  })

  it('failover: all of the primary traffic goes to the next region of the chain, none to the others', () => {
    const service = serviceWithCapacity(
      CAPACITY,
      ['policy: failover', 'failover: [us-east, us-west]'],
      ['us-east', 'us-west']
    )
    const { findings, regions } = headroom(service)
    expect(regions.get('us-west')!.worst).toEqual({ failed: 'us-east', receivedRps: 900 })
    expect(findings.map(f => [f.region, f.rule])).toEqual([
      ['us-east', 'capacity-failover-headroom'],
      ['us-west', 'capacity-failover-headroom']
    ])
    expect(findings[1]!.message).toContain('1200 rps')
  })

  it('weighted: a failed region is shared in proportion to the weights of the rest; weight 0 takes nothing', () => {
    const service = serviceWithCapacity(
      [...CAPACITY.slice(0, 3), 'regions:', '  us-east: { rps: 600 }'],
      ['policy: weighted', 'weights: { us-west: 200, sweden: 0 }']
    )
    const { regions, findings } = headroom(service)
    // us-east down: us-west weighs 200, sweden 0, so us-west takes all 600.
    expect(regions.get('us-west')!.worst).toEqual({ failed: 'us-east', receivedRps: 600 })
    expect(regions.get('sweden')!.worst).toEqual({ failed: 'us-east', receivedRps: 0 })
    // us-west down: us-east (100) and sweden (0): us-east takes all 300.
    expect(regions.get('us-east')!.worst).toEqual({ failed: 'us-west', receivedRps: 300 })
    expect(findings).toEqual([])
  })

  it('a region whose own traffic is over its maximum is an error, whatever fails', () => {
    const service = serviceWithCapacity(
      [...CAPACITY.slice(0, 3), 'regions:', '  us-east: { rps: 1500 }'],
      ['policy: latency']
    )
    const errors = headroom(service).findings.filter(f => f.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ rule: 'capacity-below-traffic', region: 'us-east' })
    expect(errors[0]!.message).toContain('1500 rps')
  })

  it('regions on hostnames of their own do not fail over to each other', () => {
    const service = serviceWithCapacity(CAPACITY, [
      'policy: latency',
      'hostnames: { sweden: checkout.internal.example.eu }'
    ])
    const { regions } = headroom(service)
    expect(regions.get('sweden')!.worst).toBeUndefined()
    expect(regions.get('us-west')!.worst).toEqual({ failed: 'us-east', receivedRps: 900 })
  })
})
