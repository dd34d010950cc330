import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, SERVICES } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'

// Paths are given relative to the repository root, as a user in a checkout would, so outputs are stable.
beforeAll(() => process.chdir(ROOT))

const INVALID = join(SERVICES, 'invalid')
const CASES = readdirSync(INVALID, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort()

function validate(manifest: string, ...more: string[]) {
  return runCli([
    'validate',
    '--manifest',
    manifest,
    '--env-repo',
    'fixtures/environments',
    ...more
  ])
}

describe('multiregion validate on the invalid fixtures', () => {
  it('has at least 8 cases, each listed in the README', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8)
    const readme = readFileSync(join(INVALID, 'README.md'), 'utf8')
    for (const name of CASES) expect(readme).toContain(`| \`${name}\` |`)
  })

  it.each(CASES)('%s: prints expected.txt and exits 1', async name => {
    const manifest = `fixtures/services/invalid/${name}/multiregion.yaml`
    const expected = readFileSync(join(INVALID, name, 'expected.txt'), 'utf8')
    const result = await validate(manifest)
    expect(result.stdout).toBe(expected)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)

    const lines = expected.trimEnd().split('\n')
    expect(lines.some(line => line.includes(': error ['))).toBe(true)
    for (const line of lines) {
      expect(line).toMatch(/^(\S+):\d+:\d+: (error|warning) \[[a-z-]+\] \S.*$/)
      expect(line.startsWith(`${manifest}:`)).toBe(true)
    }

    const json = await validate(manifest, '--format', 'json')
    const report = JSON.parse(json.stdout) as { valid: boolean; diagnostics: unknown[] }
    expect(report.valid).toBe(false)
    expect(report.diagnostics).toHaveLength(lines.length)
    expect(json.code).toBe(1)
  })
})

describe('multiregion validate on the valid fixtures', () => {
  it.each(['checkout', 'minimal', 'ledger'])('%s: prints ok and exits 0', async name => {
    const manifest = `fixtures/services/${name}/multiregion.yaml`
    const result = await validate(manifest)
    // Info findings say what a target cannot express (gRPC has no per-attempt timeout); nothing else is printed.
    const lines = result.stdout.split('\n').filter(line => !/: info \[/.test(line))
    expect(lines.join('\n')).toBe(
      `ok: ${manifest} against fixtures/environments/platform.yaml and fixtures/environments\n`
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })
})
