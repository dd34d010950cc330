import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPlan } from '../../src/commands/plan.js'
import { ENV_REPO } from '../support/paths.js'

/*
 * Reservation: the platform's quota for services in a region, against the
 * maximum of every service of the environments repository, read from the
 * capacity patches earlier plans wrote into their folders.
 */

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** A capacity patch as `plan` writes it for another service. */
const held = (name: string, max: number, cpu: string, memory: string) =>
  [
    '# Written by multiregion from spec.capacity of the service manifest; change it there.',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    '  annotations:',
    `    multiregion.dev/max-replicas: "${max}"`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    '          resources:',
    `            requests: { cpu: ${cpu}, memory: ${memory} }`,
    ''
  ].join('\n')

async function planWithQuota(max: number) {
  dir = mkdtempSync(join(tmpdir(), 'multiregion-quota-'))
  const env = join(dir, 'env')
  cpSync(ENV_REPO, env, { recursive: true })
  const platform = readFileSync(join(env, 'platform.yaml'), 'utf8').replace(
    '    us-east:\n      location: us-east-1\n',
    '    us-east:\n      location: us-east-1\n      quota: { cpu: "16", memory: 64Gi }\n'
  )
  writeFileSync(join(env, 'platform.yaml'), platform)
  writeFileSync(
    join(env, 'regions/us-east/search/capacity-patch.yaml'),
    held('search', 8, '1', '2Gi')
  )
  writeFileSync(
    join(env, 'regions/us-east/ledger/capacity-patch.yaml'),
    held('ledger', 4, '500m', '1Gi')
  )
  const manifest = join(dir, 'multiregion.yaml')
  writeFileSync(
    manifest,
    [
      'apiVersion: multiregion.dev/v1',
      'kind: Service',
      'metadata: { name: checkout }',
      'spec:',
      '  image: ghcr.io/acme/checkout',
      '  regions: [us-east, us-west]',
      '  capacity:',
      `    autoscaling: { min: 2, max: ${max} }`,
      '    requests: { cpu: 500m, memory: 1Gi }',
      ''
    ].join('\n')
  )
  const outcome = await runPlan({
    manifest,
    platform: join(env, 'platform.yaml'),
    envRepo: env,
    release: 'v1.5.0',
    shadow: false
  })
  if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome))
  return outcome.plan
}

describe('the plan refuses a service that would go over a region quota', () => {
  it('search holds 8 cpu and ledger 2 of us-east 16: checkout at 10 × 500m (5) fits, at 14 × 500m (7) does not', async () => {
    const fits = await planWithQuota(10)
    expect(fits.findings.filter(f => f.rule === 'capacity-over-quota')).toEqual([])
    const over = await planWithQuota(14)
    const refused = over.findings.filter(f => f.rule === 'capacity-over-quota')
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatchObject({ severity: 'error', region: 'us-east', line: 8 })
    expect(refused[0]!.message).toMatch(/search 8 cpu/)
    expect(refused[0]!.message).toMatch(/ledger 2 cpu/)
    expect(refused[0]!.message).toMatch(/17 cpu/)
    expect(refused[0]!.message).toMatch(/quota of 16 cpu/)
    // us-west has no quota: nothing to refuse there.
    expect(over.regions.find(r => r.name === 'us-east')!.action).toBe('blocked')
    expect(over.regions.find(r => r.name === 'us-west')!.action).toBe('promote')
  })
})
