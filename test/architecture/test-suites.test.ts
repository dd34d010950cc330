import { describe, expect, it } from '@jest/globals'
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
})
