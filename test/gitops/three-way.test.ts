import { describe, expect, it } from '@jest/globals'
import { mergeThreeWay } from '../../src/gitops/three-way.js'

const BASE = 'a\nb\nc\nd\ne\n'

describe('mergeThreeWay', () => {
  it('keeps both sides when they changed different lines', () => {
    expect(mergeThreeWay(BASE, 'a\nB\nc\nd\ne\n', 'a\nb\nc\nd\nE\n')).toEqual({
      text: 'a\nB\nc\nd\nE\n'
    })
  })

  it('keeps lines one side added and the other side’s change', () => {
    expect(mergeThreeWay(BASE, 'a\nb\nc\nd\ne\nf\n', 'A\nb\nc\nd\ne\n')).toEqual({
      text: 'A\nb\nc\nd\ne\nf\n'
    })
  })

  it('takes a change both sides made alike once', () => {
    expect(mergeThreeWay(BASE, 'a\nX\nc\nd\ne\n', 'a\nX\nc\nd\nE\n')).toEqual({
      text: 'a\nX\nc\nd\nE\n'
    })
  })

  it('is a conflict when both sides changed the same line differently, or adjacent lines', () => {
    expect(mergeThreeWay(BASE, 'a\nX\nc\nd\ne\n', 'a\nY\nc\nd\ne\n')).toEqual({ conflict: true })
    expect(mergeThreeWay(BASE, 'a\nX\nc\nd\ne\n', 'a\nb\nY\nd\ne\n')).toEqual({ conflict: true })
  })

  it('takes the only side that changed anything, whole', () => {
    expect(mergeThreeWay(BASE, BASE, 'z\n')).toEqual({ text: 'z\n' })
    expect(mergeThreeWay(BASE, 'z\n', BASE)).toEqual({ text: 'z\n' })
  })
})
