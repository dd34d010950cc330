import { diffArrays } from 'diff'

/** The merged text, or a conflict: both sides changed the same lines differently. */
export type ThreeWay = { text: string } | { conflict: true }

/** A text's lines, each with its own line ending, so joining them gives the text back. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/)
}

/** For each line of `base` that `other` keeps, the index it has in `other`. */
function kept(base: readonly string[], other: readonly string[]): Map<number, number> {
  const map = new Map<number, number>()
  let i = 0
  let j = 0
  for (const change of diffArrays(base as string[], other as string[])) {
    const count = change.count ?? change.value.length
    if (change.added) j += count
    else if (change.removed) i += count
    else {
      for (let k = 0; k < count; k++) map.set(i + k, j + k)
      i += count
      j += count
    }
  }
  return map
}

const equal = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i])

/**
 * A line-level three-way merge, as `git merge-file` does it (diff3): the
 * lines both sides kept from `base` split the texts into chunks; a chunk
 * only one side changed takes that side, one both changed alike takes it
 * once, and one both changed differently (adjacent lines included, as git
 * treats them) is a conflict. Pure: whoever writes the result decides what
 * a conflict means.
 */
export function mergeThreeWay(base: string, ours: string, theirs: string): ThreeWay {
  if (ours === theirs || theirs === base) return { text: ours }
  if (ours === base) return { text: theirs }
  const [o, a, b] = [lines(base), lines(ours), lines(theirs)]
  const inA = kept(o, a)
  const inB = kept(o, b)
  const out: string[] = []
  let [io, ia, ib] = [0, 0, 0]
  const chunk = (eo: number, ea: number, eb: number): boolean => {
    const [co, ca, cb] = [o.slice(io, eo), a.slice(ia, ea), b.slice(ib, eb)]
    if (equal(ca, co)) out.push(...cb)
    else if (equal(cb, co) || equal(ca, cb)) out.push(...ca)
    else return false
    return true
  }
  for (let k = 0; k < o.length; k++) {
    const ka = inA.get(k)
    const kb = inB.get(k)
    if (ka === undefined || kb === undefined) continue
    if (!chunk(k, ka, kb)) return { conflict: true }
    out.push(o[k]!)
    ;[io, ia, ib] = [k + 1, ka + 1, kb + 1]
  }
  if (!chunk(o.length, a.length, b.length)) return { conflict: true }
  return { text: out.join('') }
}
