import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../support/paths.js'

let clone: string
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim()
const release = (version: string) =>
  spawnSync('bash', ['script/release', version], { cwd: clone, encoding: 'utf8' })

/** What a maintainer does before releasing: set package.json's version, rebuild dist/, commit. */
function prepare(version: string) {
  const path = join(clone, 'package.json')
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as { version: string }
  writeFileSync(path, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`)
  execFileSync(process.execPath, ['script/build.mjs'], { cwd: clone })
  git('commit', '-q', '-am', `multiregion ${version}`)
}
const cliVersion = () =>
  execFileSync(process.execPath, ['dist/cli.js', '--version'], {
    cwd: clone,
    encoding: 'utf8'
  }).trim()

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
  it('refuses a version that package.json does not carry', () => {
    const result = release('v1.0.0')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('package.json has version 0.1.0, not 1.0.0')
  })

  it('tags vX.Y.Z and moves v1 to the same commit; the released CLI says its version', () => {
    prepare('1.0.0')
    const result = release('v1.0.0')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(cliVersion()).toBe('1.0.0')
    prepare('1.1.0')
    expect(release('v1.1.0').status).toBe(0)
    expect(cliVersion()).toBe('1.1.0')
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v1.0.0^{commit}')).not.toBe(git('rev-parse', 'HEAD'))
    // Two builds and two release checks of dist/ on a shared machine.
  }, 600_000)

  it.each([
    ['1.2.0', 'usage: script/release [--publish] vX.Y.Z'],
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

describe('script/release --publish', () => {
  let bin: string
  let calls: string
  /** npm as the publish step calls it: a stand-in on PATH that records its arguments, so nothing reaches the registry. */
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), 'multiregion-npm-'))
    calls = join(bin, 'calls')
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> ${calls}\n`, { mode: 0o755 })
  })
  afterAll(() => rmSync(bin, { recursive: true, force: true }))
  const publish = (version: string, env: Record<string, string>) =>
    spawnSync('bash', ['script/release', '--publish', version], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env }
    })
  const published = () => (existsSync(calls) ? readFileSync(calls, 'utf8') : '')

  it('refuses outside GitHub Actions: provenance needs the workflow’s OIDC token', () => {
    const result = publish('v1.1.0', { ACTIONS_ID_TOKEN_REQUEST_URL: '' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('needs a GitHub Actions OIDC token')
    expect(published()).toBe('')
  })

  it('refuses a commit that is not the tagged one', () => {
    const result = publish('v1.0.0', { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('HEAD is not the commit tagged v1.0.0')
    expect(published()).toBe('')
  })

  it('publishes the tagged commit with provenance, publicly', () => {
    git('checkout', '-q', 'v1.1.0')
    const result = publish('v1.1.0', { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(published()).toBe('publish --provenance --access public\n')
  }, 300_000)
})
