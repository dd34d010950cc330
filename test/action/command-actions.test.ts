import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../support/paths.js'
import { runCommandAction } from '../support/run-action.js'

const checkout = {
  manifest: 'fixtures/services/checkout/multiregion.yaml',
  'env-repo': 'fixtures/environments'
}

describe('the command actions (actions/<command>), run as the runner runs them', () => {
  it('plan runs the bundled action and exposes its outputs', async () => {
    const run = await runCommandAction('plan', { release: 'v1.5.0', ...checkout })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      valid: 'true',
      'promote-regions': '["us-east","sweden","china"]'
    })
    expect(run.summary).toContain('## multiregion plan: `checkout` → `v1.5.0`')
  })

  it("migrate in a dry run prints the region's SQL and applies nothing", async () => {
    const run = await runCommandAction('migrate', {
      region: 'us-east',
      'dry-run': 'true',
      ...checkout
    })
    expect(run.code).toBe(0)
    expect(run.outputs.applied).toBe('[]')
    expect(run.summary).toContain('## multiregion migrate: `us-east` (dry run)')
  })

  it('a value with shell syntax reaches the action as data, never as script', async () => {
    const run = await runCommandAction('plan', {
      release: 'v1;$(touch pwned-by-input)',
      ...checkout
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Input "release": release "v1;$(touch pwned-by-input)" is not an image tag or digest'
    )
    expect(existsSync(join(ROOT, 'pwned-by-input'))).toBe(false)
  })

  it('rollback without a region fails with a message naming the input', async () => {
    const run = await runCommandAction('rollback', {
      region: '',
      repo: 'acme/environments',
      token: 'x',
      manifest: checkout.manifest
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Input "region" is ""')
  })
})
