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
    // A folder shipped by mistake adds hundreds of files; a source file adds one .d.ts.
    expect(files.length).toBeLessThan(120)
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

  it('exports the library: validate and plan functions, and the client', async () => {
    const script =
      "const m = await import('multiregion'); const c = await import('multiregion/client');" +
      'console.log(JSON.stringify([Object.keys(m).sort(), typeof c.createClient]))'
    const result = await node(['--input-type=module', '-e', script], project)
    expect(result.stderr).toBe('')
    const [exports, createClient] = JSON.parse(result.stdout) as [string[], string]
    expect(exports).toEqual(
      expect.arrayContaining(['loadService', 'loadPlatform', 'plan', 'parseRelease', 'VERSION'])
    )
    expect(createClient).toBe('function')
  })

  it('plans a release from code with the library', async () => {
    const script = `
      import { readFileSync } from 'node:fs'
      import { loadService, loadPlatform, parseRelease, plan } from 'multiregion'
      const fixtures = ${JSON.stringify(join(ROOT, 'fixtures'))}
      const service = loadService(readFileSync(fixtures + '/services/checkout/multiregion.yaml', 'utf8'), 'multiregion.yaml').value
      const platform = loadPlatform(readFileSync(fixtures + '/environments/platform.yaml', 'utf8'), 'platform.yaml').value
      const result = plan({ service, platform, release: parseRelease('v1.5.0', service.image), files: new Map() })
      console.log(result.service.name, result.regions.length)`
    const result = await node(['--input-type=module', '-e', script], project)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('checkout 4')
  })

  it('type-checks a TypeScript user of both exports against the shipped .d.ts', async () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { loadService, plan, type Plan, type Diagnostic } from 'multiregion'",
        "import { createClient, type RouteTable } from 'multiregion/client'",
        "const loaded = loadService('', 'multiregion.yaml')",
        'const diagnostics: Diagnostic[] = loaded.diagnostics',
        'const planned: (typeof plan extends (...a: never[]) => Plan ? true : false) = true',
        'declare const table: RouteTable',
        "export const fetcher = createClient(table, { region: 'us-east' })",
        'export { diagnostics, planned }',
        ''
      ].join('\n')
    )
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')]
        },
        files: ['use.ts']
      })
    )
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
    const result = await node([tsc, '-p', 'tsconfig.json'], project)
    expect(result.stdout + result.stderr).toBe('')
    expect(result.code).toBe(0)
  }, 120_000)
})

describe('versions', () => {
  it('multiregion --version prints the version of package.json', async () => {
    const result = await node([join(ROOT, 'dist', 'cli.js'), '--version'], ROOT)
    expect(result.stdout.trim()).toBe(pkg.version)
  })

  it('engines.node admits no Node.js that a production dependency refuses, and the action’s node24', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>
    }
    const lowest = semver.minVersion(pkg.engines.node)!.version
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !p.dev && !Array.isArray(p.engines) && p.engines?.node)
      .filter(([, p]) => {
        const range = (p.engines as { node: string }).node
        return !semver.satisfies(lowest, range) || !semver.satisfies('24.0.0', range)
      })
      .map(([path, p]) => `${path} (node ${(p.engines as { node: string }).node})`)
    expect(refusing).toEqual([])
  })
})
