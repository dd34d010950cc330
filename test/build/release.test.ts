import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../support/paths.js'

let clone: string
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim()
const release = (version: string) =>
  spawnSync('bash', ['script/release', version], { cwd: clone, encoding: 'utf8' })

beforeAll(() => {
  const parent = mkdtempSync(join(tmpdir(), 'multiregion-release-'))
  clone = join(parent, 'repo')
  // A real git clone of this repository's committed state, as a maintainer would have.
  execFileSync('git', ['clone', '-q', '--no-hardlinks', ROOT, clone])
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'))
  git('config', 'user.email', 'release@example.com')
  git('config', 'user.name', 'release')
})

afterAll(() => rmSync(join(clone, '..'), { recursive: true, force: true }))

describe('script/release', () => {
  it('tags vX.Y.Z and moves v1 to the same commit', () => {
    const result = release('v1.0.0')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'))
    git('commit', '-q', '--allow-empty', '-m', 'next')
    expect(release('v1.1.0').status).toBe(0)
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v1.0.0^{commit}')).not.toBe(git('rev-parse', 'HEAD'))
  })

  it.each([
    ['1.2.0', 'usage: script/release vX.Y.Z'],
    ['v1.1.0', 'v1.1.0 is already tagged'],
    ['v1.0.5', 'v1.0.5 is not newer than v1.1.0']
  ])('refuses %s', (version, message) => {
    const result = release(version)
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(message)
  })

  it('refuses a working tree with uncommitted changes', () => {
    writeFileSync(join(clone, 'README.md'), 'changed\n')
    const result = release('v1.2.0')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('uncommitted changes')
    git('checkout', '--', 'README.md')
  })
})
