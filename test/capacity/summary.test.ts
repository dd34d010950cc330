import { describe, expect, it } from '@jest/globals'
import { renderPlanMarkdown } from '../../src/report/markdown.js'
import { renderPlanText } from '../../src/report/text.js'
import { planOver } from '../support/routing.js'
import { serviceWithCapacity } from './support.js'

const service = () =>
  serviceWithCapacity(
    [
      'autoscaling: { min: 2, max: 10 }',
      'requests: { cpu: 500m, memory: 1Gi }',
      'perPodRps: 100',
      'rps: 300',
      'regions:',
      '  us-east: { rps: 900 }',
      '  sweden: { replicas: 4, rps: 100 }'
    ],
    ['policy: latency']
  )

describe('the plan summary shows capacity and headroom per region', () => {
  it('the plan carries each region capacity and its worst failover case', () => {
    const plan = planOver(service())
    const east = plan.regions.find(r => r.name === 'us-east')!
    expect(east.capacity).toEqual({
      min: 2,
      max: 10,
      cpu: '500m',
      memory: '1Gi',
      capacityRps: 1000,
      rps: 900,
      worst: { failed: 'us-west', receivedRps: 150 }
    })
    expect(plan.regions.find(r => r.name === 'sweden')!.capacity).toMatchObject({
      min: 4,
      max: 4,
      capacityRps: 400
    })
  })

  it('text and Markdown: one capacity line a region, with what it takes when another is down', () => {
    const plan = planOver(service())
    const text = renderPlanText(plan)
    expect(text).toContain('Capacity')
    expect(text).toMatch(
      /us-east\s+2-10 pods × 500m, 1Gi\s+1000 rps max, expects 900; us-west down: \+150 = 1050 rps, OVER/
    )
    expect(text).toMatch(
      /sweden\s+4 pods × 500m, 1Gi\s+400 rps max, expects 100; us-east down: \+450 = 550 rps, OVER/
    )
    const markdown = renderPlanMarkdown(plan)
    expect(markdown).toContain('### Capacity')
    expect(markdown).toContain(
      '| us-west | 2-10 | 500m, 1Gi | 1000 | 300 | us-east: +450 = 750 rps | ok |'
    )
  })
})
