import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { branchName, canonicalRelease, parseBranch } from '../../src/train/names.js'
import { configureProperties, runs } from '../support/property.js'

configureProperties()

/** git's own verdict on a branch name (git-check-ref-format --branch). */
function validBranch(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Image tags as registries take them: up to 128 of [A-Za-z0-9_.-], not starting with '.' or '-'. */
const tag = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
/** Anything at all, for releases the train may read from older markers. */
const anything = fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' })
const kind = fc.constantFrom('promotion' as const, 'rollback' as const)
const step = fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined })

describe('train branch names', () => {
  it('are valid git branch names for any tag (git check-ref-format)', () => {
    for (const release of ['v1.lock', 'v1..2', 'v1.', '.hidden', '-x', 'a'.repeat(128), 'v1@{0}'])
      expect([
        release,
        validBranch(branchName('promotion', 'checkout', 'us-east', release))
      ]).toEqual([release, true])
    fc.assert(
      fc.property(kind, fc.oneof(tag, anything), step, (k, release, s) =>
        validBranch(branchName(k, 'checkout', 'us-east', release, s))
      ),
      { numRuns: runs(150) }
    )
  })

  it('are unique for long tags that share a prefix', () => {
    const prefix = `v1.5.0-${'rc'.repeat(60)}`
    const names = ['a', 'b', 'c'].map(end =>
      branchName('promotion', 'checkout', 'us-east', `${prefix}${end}`)
    )
    expect(new Set(names).size).toBe(3)
    fc.assert(
      fc.property(
        tag,
        tag,
        (a, b) =>
          a === b ||
          branchName('promotion', 'checkout', 'us-east', a) !==
            branchName('promotion', 'checkout', 'us-east', b)
      )
    )
  })

  it('read back as the kind, service, region and step they were made of', () => {
    fc.assert(
      fc.property(kind, fc.oneof(tag, anything), step, (k, release, s) => {
        const id = parseBranch(branchName(k, 'checkout', 'us-east', release, s))
        return (
          id?.kind === k && id.service === 'checkout' && id.region === 'us-east' && id.step === s
        )
      })
    )
    expect(parseBranch('multiregion/checkout/us-east/v1.5.0')).toBeUndefined()
    expect(
      parseBranch('feature/multiregion/checkout/us-east/v1.5.0-0123456789abcdef')
    ).toBeUndefined()
  })
})

describe('release identity', () => {
  it('spells a release one way, so a bad one cannot come back respelled', () => {
    const image = 'ghcr.io/acme/checkout'
    const digest = `sha256:${'a'.repeat(64)}`
    expect(canonicalRelease('ghcr.io/acme/checkout:v1.5.0', image)).toBe('v1.5.0')
    expect(canonicalRelease(' v1.5.0 ', image)).toBe('v1.5.0')
    expect(canonicalRelease(`${image}@${digest}`, image)).toBe(digest)
    expect(
      branchName('promotion', 'checkout', 'us-east', canonicalRelease(`${image}:v1.5.0`, image))
    ).toBe(branchName('promotion', 'checkout', 'us-east', 'v1.5.0'))
  })
})
