import { describe, expect, it } from '@jest/globals'
import { resolveCapacity } from '../../src/capacity/resolve.js'
import { addPatch } from '../../src/gitops/patches.js'
import { planOver } from '../support/routing.js'
import { serviceWithCapacity } from './support.js'

describe('spec.capacity that cannot be applied is a finding at its line, and nothing is written', () => {
  it('replicas and autoscaling together, min above max, an override for a region the service does not run', () => {
    const { findings } = resolveCapacity(
      serviceWithCapacity([
        'replicas: 3',
        'regions:',
        '  us-east: { autoscaling: { min: 5, max: 2 } }',
        '  china: { replicas: 2 }',
        '  sweden: { replicas: 2, autoscaling: { min: 1, max: 2 } }'
      ])
    )
    expect(findings.map(f => [f.rule, f.region ?? null, f.line])).toEqual([
      ['capacity-unknown-region', null, 12],
      ['capacity-min-above-max', 'us-east', 11],
      ['capacity-replicas-and-autoscaling', 'sweden', 13]
    ])
  })

  it('the plan blocks a region whose capacity is refused and writes no capacity files for it', () => {
    const plan = planOver(
      serviceWithCapacity([
        'replicas: 3',
        'regions: { us-east: { autoscaling: { min: 5, max: 2 } } }'
      ])
    )
    const east = plan.regions.find(r => r.name === 'us-east')!
    expect(east.action).toBe('blocked')
    expect(east.edits).toEqual([])
    const west = plan.regions.find(r => r.name === 'us-west')!
    expect(west.edits.map(e => e.path)).toContain('regions/us-west/checkout/capacity-patch.yaml')
  })
})

describe('addPatch lists the capacity patch in a kustomization, keeping every other byte', () => {
  it('after the last patch of a block list, including one with an inline patch', () => {
    const text = [
      'resources:',
      '  - ../base',
      'patches:',
      '  - path: patch-replicas.yaml  # Black Friday',
      '  - target: { kind: Deployment }',
      '    patch: |-',
      '      - op: add',
      '        path: /spec/paused',
      '        value: false',
      'images:',
      '  - name: x',
      ''
    ].join('\n')
    const added = addPatch(text, 'capacity-patch.yaml')
    expect(added.kind).toBe('edit')
    expect(added.kind === 'edit' && added.text).toBe(
      text.replace('images:', '  - path: capacity-patch.yaml\nimages:')
    )
    expect(addPatch(added.kind === 'edit' ? added.text : '', 'capacity-patch.yaml').kind).toBe(
      'current'
    )
  })

  it('a patches block at the end of a file without one; a flow list is a problem for a person', () => {
    const added = addPatch('resources:\n  - ../base\n', 'capacity-patch.yaml')
    expect(added).toEqual({
      kind: 'edit',
      text: 'resources:\n  - ../base\npatches:\n  - path: capacity-patch.yaml\n',
      line: 3
    })
    expect(addPatch('patches: [{ path: a.yaml }]\n', 'capacity-patch.yaml').kind).toBe('problem')
  })
})
