import { beforeAll, describe, expect, it } from '@jest/globals'
import { schemaErrors } from '../../src/manifest/schema-check.js'
import { expectGolden } from '../support/golden.js'
import { ROOT } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'

// Paths are given relative to the repository root, as a user in a checkout would, so outputs are stable.
beforeAll(() => process.chdir(ROOT))

const checkout = [
  '--manifest',
  'fixtures/services/checkout/multiregion.yaml',
  '--env-repo',
  'fixtures/environments'
]

describe('multiregion plan', () => {
  it.each([
    ['text', 'plan-checkout.txt'],
    ['json', 'plan-checkout.json'],
    ['markdown', 'plan-checkout.md']
  ])('prints the checkout plan as %s', async (format, golden) => {
    const result = await runCli(['plan', '--release', 'v1.5.0', ...checkout, '--format', format])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expectGolden(golden, result.stdout)
  })

  it('prints the Helm service plan as text', async () => {
    const result = await runCli([
      'plan',
      '--release',
      '2.4.0',
      '--manifest',
      'fixtures/services/ledger/multiregion.yaml',
      '--env-repo',
      'fixtures/environments'
    ])
    expect(result.code).toBe(0)
    expectGolden('plan-ledger.txt', result.stdout)
  })

  it('prints JSON that validates against the documented plan schema', async () => {
    for (const [manifest, release] of [
      ['fixtures/services/checkout/multiregion.yaml', 'v1.5.0'],
      ['fixtures/services/ledger/multiregion.yaml', `sha256:${'a'.repeat(64)}`],
      ['fixtures/services/minimal/multiregion.yaml', 'v9']
    ] as const) {
      const result = await runCli([
        'plan',
        '--release',
        release,
        '--manifest',
        manifest,
        '--env-repo',
        'fixtures/environments',
        '--format',
        'json'
      ])
      const plan = JSON.parse(result.stdout) as unknown
      expect(schemaErrors('plan', plan)).toEqual([])
      expect(plan).toMatchObject({ planVersion: 1 })
    }
  })

  it('exits 1 and names the file when a region cannot be promoted', async () => {
    const result = await runCli([
      'plan',
      '--release',
      'v1',
      '--manifest',
      'fixtures/services/ledger/multiregion.yaml',
      '--env-repo',
      'fixtures/environments',
      '--platform',
      'fixtures/platforms/ledger-on-kustomize.yaml'
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('blocked')
  })

  it('exits 1 with positioned diagnostics when the manifest is invalid, and prints no plan', async () => {
    const result = await runCli([
      'plan',
      '--release',
      'v1',
      '--manifest',
      'fixtures/environments/platform.yaml',
      '--env-repo',
      'fixtures/environments'
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^fixtures\/environments\/platform\.yaml:\d+:\d+: error \[wrong-kind\] /
    )
  })

  it.each([
    [['plan', ...checkout], "required option '--release <ref>' not specified"],
    [
      ['plan', '--release', 'v1.5.0', '--manifest', 'fixtures/services/checkout/multiregion.yaml'],
      "required option '--env-repo <dir>' not specified"
    ],
    [
      ['plan', '--release', 'not a tag', ...checkout],
      '--release: release "not a tag" is not an image tag or digest'
    ],
    [
      ['plan', '--release', 'v1', ...checkout, '--format', 'yaml'],
      "option '--format <format>' argument 'yaml' is invalid"
    ],
    [['deploy'], "unknown command 'deploy'"],
    [[], 'Usage: multiregion']
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const result = await runCli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })

  it.each([['plan'], ['validate'], []])('prints help for %j and exits 0', async (...command) => {
    const result = await runCli([...command, '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: multiregion')
    if (command.length > 0) expect(result.stdout).toContain('Exit codes: 0')
  })
})
