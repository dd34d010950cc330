/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      diagonal = above
    }
  }
  return previous[b.length] as number
}

/** The closest candidate to `value`, when it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  const lower = value.toLowerCase()
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  const allowed = Math.max(2, Math.floor(value.length / 3))
  return bestDistance <= allowed ? best : undefined
}

/** ` Did you mean "x"?` or the empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closest(value, candidates)
  return match === undefined ? '' : ` Did you mean "${match}"?`
}

/**
 * didYouMean for many values against one set of candidates, within a budget
 * of comparisons: each suggestion compares with every candidate, so 2,000
 * unknown names against a 10,000-region platform would cost 20 million
 * Levenshtein distances. Past the budget it suggests nothing; a handful of
 * names against a handful of candidates never reaches it.
 */
export function suggester(
  candidates: Iterable<string>,
  comparisons = 100_000
): (value: string) => string {
  const all = [...candidates]
  let left = comparisons
  return value => {
    left -= all.length
    return left >= 0 ? didYouMean(value, all) : ''
  }
}
