import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from '../support/paths.js'

/*
 * `npm test` stays quick by running a fifth of each property and leaving the
 * slowest files to `npm run test:slow`. Nothing may fall between the two: every
 * property file is listed for its full run, every count is scaled in one place,
 * and CI runs both suites.
 */

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? testFiles(join(dir, entry.name))
      : entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

const { PROPERTIES, SLOW_ONLY } = (await import(join(ROOT, 'jest.config.js'))) as {
  PROPERTIES: string[]
  SLOW_ONLY: string[]
}
const inRoot = (pattern: string) => pattern.replace('<rootDir>', ROOT)
const files = testFiles(join(ROOT, 'test'))
const usingFastCheck = files.filter(f =>
  /^import [^\n]* from 'fast-check'$/m.test(readFileSync(f, 'utf8'))
)

describe('the quick and the slow test suites', () => {
  it('lists every file with properties for the full run, and only existing files', () => {
    expect(usingFastCheck.length).toBeGreaterThan(0)
    expect(usingFastCheck.map(f => relative(ROOT, f)).sort()).toEqual(
      PROPERTIES.map(p => relative(ROOT, inRoot(p))).sort()
    )
    for (const pattern of [...SLOW_ONLY, ...PROPERTIES])
      expect(existsSync(inRoot(pattern))).toBe(true)
  })

  it('scales every property count through test/support/property.ts', () => {
    for (const file of usingFastCheck) {
      const text = readFileSync(file, 'utf8')
      expect([relative(ROOT, file), /configureProperties\(/.test(text)]).toEqual([
        relative(ROOT, file),
        true
      ])
      expect([relative(ROOT, file), text.match(/numRuns:\s*\d/g)]).toEqual([
        relative(ROOT, file),
        null
      ])
      expect([relative(ROOT, file), text.match(/fc\.configureGlobal/g)]).toEqual([
        relative(ROOT, file),
        null
      ])
    }
  })

  it('runs the slow suite with full property counts, and CI runs both suites', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>
      }
    ).scripts
    expect(scripts['test:slow']).toMatch(/^PROPERTY_RUNS=1 .*jest --config jest\.slow\.config\.js$/)
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8')
    expect(ci).toMatch(/^jest_suite "npm test" npm test$/m)
    expect(ci).toMatch(/^jest_suite "npm run test:slow" npm run test:slow$/m)
  })

  it('CI sums every suite and counts a skipped test, a crash or a missing summary as a failure', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8')
    // The two functions .ci/run folds suites with, run here on suites that print what jest and a runner print.
    const functions = ['jest_suite', 'counted_suite'].map(name => {
      const body = new RegExp(`^${name}\\(\\) \\{\\n[\\s\\S]*?^\\}$`, 'm').exec(ci)?.[0]
      if (body === undefined) throw new Error(`.ci/run has no ${name}()`)
      return body
    })
    const script = [
      'set -uo pipefail',
      'passed=0',
      'failed=0',
      ...functions,
      `jest_suite ok bash -c 'echo "Tests:       3 passed, 3 total"'`,
      `jest_suite failing bash -c 'echo "Tests:       1 failed, 3 passed, 4 total"; exit 1'`,
      `jest_suite skipping bash -c 'echo "Tests:       2 skipped, 3 passed, 5 total"'`,
      `jest_suite crashing bash -c 'exit 1'`,
      `jest_suite silent true`,
      `counted_suite runner bash -c 'echo "4 passed, 0 failed"'`,
      `counted_suite silent-runner true`,
      'echo "$passed passed, $failed failed"'
    ].join('\n')
    const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' })
    expect(
      out
        .trim()
        .split('\n')
        .filter(l => l.startsWith('FAILED:'))
    ).toEqual([
      'FAILED: skipping skipped 2 test(s)',
      'FAILED: crashing exited 1',
      'FAILED: silent printed no Tests: line',
      'FAILED: silent-runner printed no "N passed, N failed" line'
    ])
    // 3 + 3 + 3 + 4 passed; one failed test and the four above.
    expect(out.trim().split('\n').at(-1)).toBe('13 passed, 5 failed')
  })
})
