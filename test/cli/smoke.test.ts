import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { runCli } from '../support/run-cli.js'
import { ENV_REPO, SERVICES } from '../support/paths.js'

describe('multiregion validate', () => {
  it('accepts the full checkout manifest against the fixture platform', async () => {
    const result = await runCli([
      'validate',
      '--manifest',
      join(SERVICES, 'checkout/multiregion.yaml'),
      '--env-repo',
      ENV_REPO
    ])
    expect(result.stdout).toContain('ok:')
    expect(result.code).toBe(0)
  })
})
