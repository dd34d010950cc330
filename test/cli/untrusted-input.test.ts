import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../support/run-cli.js'
import { SERVICES } from '../support/paths.js'

const SECRET = 'ghp_secretTOKENvalue0123456789'
const CHECKOUT = join(SERVICES, 'checkout/multiregion.yaml')

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'multiregion-untrusted-'))
}

/** A file outside the workspace that holds a secret in the shape /proc/self/environ has. */
function secretElsewhere(): string {
  const outside = join(workspace(), 'environ')
  writeFileSync(outside, `PATH=/usr/bin\0GITHUB_TOKEN=${SECRET}\0HOME=/root\0`)
  return outside
}

describe('input files the toolkit must not trust', () => {
  it('refuses a manifest that is a symbolic link out of its folder, without quoting the target', async () => {
    const dir = workspace()
    symlinkSync(secretElsewhere(), join(dir, 'multiregion.yaml'))
    const result = await runCli(['validate', '--manifest', join(dir, 'multiregion.yaml')])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('[symlink-refused]')
    expect(result.stdout + result.stderr).not.toContain(SECRET)
  })

  it('refuses platform.yaml that links out of the environments repository', async () => {
    const repo = workspace()
    symlinkSync(secretElsewhere(), join(repo, 'platform.yaml'))
    const result = await runCli(['validate', '--manifest', CHECKOUT, '--env-repo', repo])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`${join(repo, 'platform.yaml')}:1:1: error [symlink-refused]`)
    expect(result.stdout + result.stderr).not.toContain(SECRET)
  })

  it('refuses a relative link to the folder above', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'service'))
    writeFileSync(join(dir, 'secret.yaml'), `token: ${SECRET}\n`)
    symlinkSync('../secret.yaml', join(dir, 'service', 'multiregion.yaml'))
    const result = await runCli([
      'validate',
      '--manifest',
      join(dir, 'service', 'multiregion.yaml')
    ])
    expect(result.stdout).toContain('[symlink-refused]')
    expect(result.stdout + result.stderr).not.toContain(SECRET)
    expect(result.code).toBe(1)
  })

  it('still reads a link that stays inside its folder', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'real.yaml'), readFileSync(CHECKOUT))
    symlinkSync('real.yaml', join(dir, 'multiregion.yaml'))
    const result = await runCli(['validate', '--manifest', join(dir, 'multiregion.yaml')])
    expect(result.stdout).toContain('ok:')
    expect(result.code).toBe(0)
  })

  it('caps the text it quotes from a file in a finding', async () => {
    const dir = workspace()
    const file = join(dir, 'multiregion.yaml')
    // A file that is one long scalar: the schema finding used to quote all of it.
    writeFileSync(file, `${'A'.repeat(9000)}${SECRET}\n`)
    const result = await runCli(['validate', '--manifest', file])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('[wrong-type]')
    expect(result.stdout).not.toContain(SECRET)
    expect(result.stdout.length).toBeLessThan(600)
  })

  it('calls a binary file "not a text file" instead of printing it', async () => {
    const dir = workspace()
    const file = join(dir, 'multiregion.yaml')
    const garbage = Buffer.alloc(9700)
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 37) % 256
    writeFileSync(file, garbage)
    const result = await runCli(['validate', '--manifest', file])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error \[not-a-text-file\] .*not a text file/)
    expect(result.stdout.length).toBeLessThan(400)
  })

  it('calls invalid UTF-8 without NUL bytes "not a text file" too', async () => {
    const dir = join(workspace(), 'nested')
    mkdirSync(dir)
    const file = join(dir, 'platform.yaml')
    writeFileSync(file, Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xc3, 0x28, 0xff, 0x0a]))
    const result = await runCli(['validate', '--manifest', CHECKOUT, '--platform', file])
    expect(result.stdout).toContain(`${file}:1:1: error [not-a-text-file]`)
    expect(result.code).toBe(1)
  })
})
