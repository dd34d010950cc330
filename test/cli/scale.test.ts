import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../support/run-cli.js'
import { largePlatform, largeService } from '../support/large-inputs.js'

/** Generous: the old quadratic passes took 14 s and more than 300 s here; these assert results, not time. */
const SLOW = 180_000

function files(platform: string, service: string): { platform: string; manifest: string } {
  const dir = mkdtempSync(join(tmpdir(), 'multiregion-scale-'))
  writeFileSync(join(dir, 'platform.yaml'), platform)
  writeFileSync(join(dir, 'multiregion.yaml'), service)
  return { platform: join(dir, 'platform.yaml'), manifest: join(dir, 'multiregion.yaml') }
}

describe('validate at scale', () => {
  it(
    'accepts a valid 10,000-region platform and a 2,004-region service against it',
    async () => {
      const { platform, manifest } = files(largePlatform(10_000), largeService(2_004))
      const result = await runCli(['validate', '--manifest', manifest, '--platform', platform])
      expect(result.stdout).toBe(
        `ok: ${manifest} against ${platform} (add --env-repo to check the environments repository too)\n`
      )
      expect(result.code).toBe(0)
    },
    SLOW
  )

  it(
    'prints the first 50 findings of a level and how many more there are; JSON keeps every one',
    async () => {
      // 10,000 regions whose server is not a URL, and 2,004 service regions the platform lacks.
      const broken = largePlatform(10_000).replace(/server: 'https:\/\//g, "server: 'ftp://")
      const { platform, manifest } = files(broken, largeService(0, { unknown: 2_004 }))
      const text = await runCli(['validate', '--manifest', manifest, '--platform', platform])
      expect(text.code).toBe(1)
      const lines = text.stdout.trimEnd().split('\n')
      expect(lines).toHaveLength(51)
      expect(lines.slice(0, 50).every(l => l.includes(': error [invalid-url]'))).toBe(true)
      expect(lines[50]).toBe(
        '… and 9950 more errors (10000 errors in all; the first 50 of each level are shown, --format json lists every one)'
      )
      const json = await runCli([
        'validate',
        '--manifest',
        manifest,
        '--platform',
        platform,
        '--format',
        'json'
      ])
      const parsed = JSON.parse(json.stdout) as { diagnostics: { rule: string }[] }
      expect(parsed.diagnostics.filter(d => d.rule === 'invalid-url')).toHaveLength(10_000)
    },
    SLOW
  )

  it(
    'reports 2,004 regions missing from a 10,000-region platform, each naming a few regions, not all',
    async () => {
      const { platform, manifest } = files(
        largePlatform(10_000),
        largeService(0, { unknown: 2_004 })
      )
      const result = await runCli([
        'validate',
        '--manifest',
        manifest,
        '--platform',
        platform,
        '--format',
        'json'
      ])
      expect(result.code).toBe(1)
      const { diagnostics } = JSON.parse(result.stdout) as {
        diagnostics: { rule: string; message: string }[]
      }
      const unknown = diagnostics.filter(d => d.rule === 'unknown-region')
      expect(unknown).toHaveLength(2_004)
      expect(unknown[0]!.message).toContain('r00009 … and 9990 more')
      expect(Math.max(...unknown.map(d => d.message.length))).toBeLessThan(400)
    },
    SLOW
  )
})
