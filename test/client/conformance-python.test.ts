import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../support/paths.js'

/*
 * The vectors discriminate: the Python reference client
 * (conformance/client/runner.py, standard library only) passes every one,
 * and its naive variant, which leaves out the retry budget, the breaker,
 * abort, cancelling a hedge's loser and refusing bad settings, fails
 * exactly the vectors of those rules.
 */

const RUNNER = join(ROOT, 'conformance', 'client', 'runner.py')
const VECTORS = readdirSync(join(ROOT, 'conformance', 'client', 'vectors')).filter(f =>
  f.endsWith('.json')
)

function run(...args: string[]): { lines: string[]; status: number | null } {
  const result = spawnSync(process.env.PYTHON ?? 'python3', [RUNNER, ...args], {
    encoding: 'utf8',
    timeout: 120_000
  })
  if (result.error) throw result.error
  return { lines: result.stdout.trim().split('\n'), status: result.status }
}

const failedNames = (lines: string[]) =>
  lines.filter(l => l.startsWith('FAILED ')).map(l => l.slice('FAILED '.length).split(':')[0])

describe('the Python reference runner', () => {
  it('passes every vector, and says so in the summable form', () => {
    const { lines, status } = run()
    // The FAILED lines carry what differed.
    expect(lines.filter(l => l.startsWith('FAILED '))).toEqual([])
    expect(lines.at(-1)).toBe(`${VECTORS.length} passed, 0 failed`)
    expect(status).toBe(0)
  })

  it('a naive client (no budget, breaker, abort, cancellation or settings check) fails the named vectors', () => {
    const { lines, status } = run('--naive')
    expect(failedNames(lines).sort()).toEqual([
      'abort-ends-the-request',
      'breaker-half-open-probe-closes',
      'breaker-half-open-probe-fails',
      'breaker-opens',
      'hedge-loser-cancelled',
      'invalid-deadline-zero',
      'invalid-hedge-negative',
      'invalid-retries-negative',
      'invalid-timeout-zero',
      'retry-budget-spent'
    ])
    expect(lines.at(-1)).toBe(`${VECTORS.length - 10} passed, 10 failed`)
    expect(status).toBe(1)
  })
})
