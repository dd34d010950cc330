import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import semver from 'semver'
import { ROOT } from '../support/paths.js'

const run = promisify(execFile)
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  license: string
  main: string
  types: string
  engines: { node: string }
  exports: Record<string, { types: string; default: string } | string>
  dependencies: Record<string, string>
}

/** A user's project with multiregion installed: node_modules/multiregion is this repository. */
let project: string
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'multiregion-user-'))
  mkdirSync(join(project, 'node_modules'))
  symlinkSync(ROOT, join(project, 'node_modules', 'multiregion'))
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n')
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

async function node(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH, ...env }
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('the npm package', () => {
  let files: string[]
  beforeAll(async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT
    })
    files = (JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map(f => f.path)
  }, 120_000)

  it('ships the bundles, the .d.ts of every export, the actions and the licence, and no tests, fixtures or sources', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'action.yml',
        'dist/action.js',
        'dist/cli.js',
        'dist/index.js',
        'dist/client.js',
        'dist/pglite.wasm',
        'dist/types/index.d.ts',
        'dist/types/client/index.d.ts',
        'actions/plan/action.yml',
        'schema/multiregion.schema.json'
      ])
    )
    const unwanted = files.filter(f =>
      /^(test|test-pg|fixtures|src|bench|script|vendor|\.ci|\.github)\/|\.test\.ts$|tsconfig/.test(
        f
      )
    )
    expect(unwanted).toEqual([])
    // A folder shipped by mistake adds hundreds of files; a source file adds one .d.ts, and the
    // CLI's per-command chunks (dist/cli-*.js, loaded only by the command that needs them) a few dozen.
    expect(files.filter(f => !/^dist\/cli-[\w-]+\.js$/.test(f)).length).toBeLessThan(130)
    expect(files.filter(f => /^dist\/cli-[\w-]+\.js$/.test(f)).length).toBeLessThan(60)
  })

  it('every export points at a shipped bundle and its shipped .d.ts', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue
      expect([name, files.includes(target.default.slice(2))]).toEqual([name, true])
      expect([name, files.includes(target.types.slice(2))]).toEqual([name, true])
    }
    expect(pkg.exports['.']).toEqual({ types: pkg.types, default: pkg.main })
  })

  it('has an MIT LICENSE file, as package.json says', () => {
    expect(pkg.license).toBe('MIT')
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
  })
})

describe("importing 'multiregion'", () => {
  it('runs nothing: no output, no outputs file written, exit code 0', async () => {
    // The variables a runner sets: the action, had it run, would read them, write outputs and fail.
    const outputs = join(project, 'github-output')
    writeFileSync(outputs, '')
    const result = await node(
      ['--input-type=module', '-e', "await import('multiregion')"],
      project,
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputs,
        INPUT_COMMAND: 'plan'
      }
    )
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(outputs, 'utf8')).toBe('')
  })
})

describe('versions', () => {
  it('multiregion --version prints the version of package.json', async () => {
    const result = await node([join(ROOT, 'dist', 'cli.js'), '--version'], ROOT)
    expect(result.stdout.trim()).toBe(pkg.version)
  })

  // npm ci warns EBADENGINE for any package of the lock, dev or not, that refuses the running Node.js.
  it('engines.node admits no Node.js that any dependency refuses, and the action’s node24', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>
    }
    const lowest = semver.minVersion(pkg.engines.node)!.version
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !Array.isArray(p.engines) && p.engines?.node)
      .filter(([, p]) => {
        const range = (p.engines as { node: string }).node
        return !semver.satisfies(lowest, range) || !semver.satisfies('24.0.0', range)
      })
      .map(([path, p]) => `${path} (node ${(p.engines as { node: string }).node})`)
    expect(refusing).toEqual([])
  })
})
