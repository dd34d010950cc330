import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemaErrors } from '../../src/manifest/schema-check.js'
import { runAction } from '../support/run-action.js'

const checkout = {
  manifest: 'fixtures/services/checkout/multiregion.yaml',
  'env-repo': 'fixtures/environments'
}

describe('the root action (dist/action.js)', () => {
  it('plans a release: plan JSON written, outputs set, plan in the job summary', async () => {
    const run = await runAction({ command: 'plan', release: 'v1.5.0', ...checkout })
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      valid: 'true',
      errors: '0',
      warnings: '0',
      'promote-regions': '["us-east","sweden","china"]'
    })
    expect(run.outputs['plan-file']).toBe(join(run.temp, 'multiregion-plan.json'))
    const plan = JSON.parse(readFileSync(run.outputs['plan-file']!, 'utf8')) as unknown
    expect(schemaErrors('plan', plan)).toEqual([])
    expect(run.summary).toContain('## multiregion plan: `checkout` → `v1.5.0`')
    expect(run.summary).toContain('```mermaid')
  })

  it('turns findings into annotations on the manifest line and fails the step', async () => {
    const manifest = join('test', '.tmp', 'unknown-region.yaml')
    mkdirSync(join('test', '.tmp'), { recursive: true })
    writeFileSync(
      manifest,
      'apiVersion: multiregion.dev/v1\nkind: Service\nmetadata:\n  name: checkout\nspec:\n  image: ghcr.io/acme/checkout\n  regions: [us-east, swedn]\n'
    )
    const run = await runAction({
      command: 'plan',
      release: 'v1.5.0',
      manifest,
      'env-repo': 'fixtures/environments'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error title=multiregion [unknown-region],file=${manifest},line=7,col=22::Region "swedn" is not defined`
    )
    expect(run.stdout).toContain('Did you mean "sweden"?')
    expect(run.outputs.valid).toBe('false')
    expect(run.stdout).toMatch(/::error::The plan has 1 error finding;/)
  })

  it('annotates an environments repository file with its path from the workspace', async () => {
    const run = await runAction({
      command: 'plan',
      release: 'v1',
      manifest: 'fixtures/services/ledger/multiregion.yaml',
      'env-repo': 'fixtures/environments',
      platform: 'fixtures/platforms/ledger-on-kustomize.yaml'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('file=fixtures/services/ledger/multiregion.yaml,line=')
    expect(run.summary).toContain('blocked')
  })

  it('validates: invalid manifest gives annotations at file:line:col and a failed step', async () => {
    const run = await runAction({
      command: 'validate',
      manifest: 'fixtures/environments/platform.yaml'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error title=multiregion \[wrong-kind\],file=fixtures\/environments\/platform\.yaml,line=\d+,col=\d+::kind must be Service/
    )
    expect(run.outputs.valid).toBe('false')
    expect(run.summary).toContain('wrong-kind')
  })

  it('validates a good manifest against the platform', async () => {
    const run = await runAction({ command: 'validate', ...checkout })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '0' })
    expect(run.summary).not.toMatch(/ (error|warning) \[/)
  })

  it.each([
    [
      { command: 'deploy' },
      'Input "command" is "deploy"; it must be one of validate, plan, promote, reconcile, status, rollback, migrate.'
    ],
    [{ command: 'plan', ...checkout }, 'Input "release" is required for command plan'],
    [
      { command: 'plan', release: 'v1', manifest: checkout.manifest },
      'Input "env-repo" is required for command plan'
    ],
    [
      { command: 'plan', release: 'bad tag', ...checkout },
      'Input "release": release "bad tag" is not an image tag or digest'
    ]
  ])('fails with a message naming the input: %j', async (inputs, message) => {
    const run = await runAction(inputs)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error::${message}`)
  })
})
