import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@jest/globals'
import { ROOT } from './paths.js'

/**
 * Compares `actual` with the golden file test/golden/<name>. With
 * UPDATE_GOLDEN=1 the file is rewritten instead; review the diff before committing.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(ROOT, 'test', 'golden', name)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual)
  let expected: string
  try {
    expected = readFileSync(path, 'utf8')
  } catch {
    throw new Error(
      `golden file test/golden/${name} is missing: run UPDATE_GOLDEN=1 npm test and review it`
    )
  }
  expect(actual).toBe(expected)
}
