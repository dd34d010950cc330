import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyPatch } from 'diff'
import type { Plan } from '../../src/schema/generated.js'
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

  it('text leads with the summary, the shadow check and the findings, and diffs each file once', async () => {
    const result = await runCli(['plan', '--release', 'v1.5.0', ...checkout])
    const lines = result.stdout.split('\n')
    expect(lines.slice(0, 4)).toEqual([
      'Plan: checkout (payments) -> v1.5.0  [ghcr.io/acme/checkout]',
      'Summary: 3 to promote, 1 current, 0 blocked; 0 errors, 0 warnings',
      'Shadow check: the migrations of 4 regions replayed on an embedded PostgreSQL, no error',
      'Findings: none'
    ])
    const diffed = lines.filter(l => l.startsWith('--- a/'))
    expect(diffed).toEqual([...new Set(diffed)])
    expect(diffed).toContain('--- a/regions/us-east/checkout/kustomization.yaml')
    // Each promoted region's line names each of its files once.
    const usEast = lines.find(l => l.startsWith('  us-east  promote'))!
    expect(usEast.match(/kustomization\.yaml/g)).toHaveLength(1)
    // The one diff takes the file as it is to the file as the PR writes it.
    const json = await runCli(['plan', '--release', 'v1.5.0', ...checkout, '--format', 'json'])
    const edits = (JSON.parse(json.stdout) as Plan).regions.find(r => r.name === 'us-east')!.edits
    const path = 'regions/us-east/checkout/kustomization.yaml'
    const start = result.stdout.indexOf(`--- a/${path}`)
    const diff = result.stdout.slice(start, result.stdout.indexOf('\n--- a/', start) + 1)
    const original = readFileSync(join(ROOT, 'fixtures/environments', path), 'utf8')
    expect(applyPatch(original, diff)).toBe(edits.filter(e => e.path === path).at(-1)!.content)
    // Without the check, no line claims it ran.
    const skipped = await runCli(['plan', '--release', 'v1.5.0', ...checkout, '--no-shadow'])
    expect(skipped.stdout).not.toContain('Shadow check')
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
