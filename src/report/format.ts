/** Seconds as the shortest duration a person would write: 600 -> 10m, 5400 -> 1h30m. */
export function formatSeconds(seconds: number): string {
  if (seconds === 0) return '0s'
  const units: [string, number][] = [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1]
  ]
  let rest = seconds
  let out = ''
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size)
    if (n > 0) {
      out += `${n}${unit}`
      rest -= n * size
    }
  }
  if (rest > 0) out += `${Math.round(rest * 1000)}ms`
  return out
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

/** Shortens a digest for tables: sha256:0123456789ab… */
export function shortVersion(version: string | null): string {
  if (version === null) return '?'
  return version.startsWith('sha256:') ? `${version.slice(0, 19)}…` : version
}

/** Findings printed per level; a 10,000-region platform once printed 1.2 MB. JSON output keeps them all. */
export const FINDINGS_PER_LEVEL = 50

type Level = 'error' | 'warning' | 'info'

/**
 * The first FINDINGS_PER_LEVEL findings of each level, in their order, and a
 * line saying how many were left out ("" when none were).
 */
export function firstFindings<T extends { severity: Level }>(
  findings: readonly T[],
  perLevel = FINDINGS_PER_LEVEL
): { shown: T[]; more: string } {
  const count: Record<Level, number> = { error: 0, warning: 0, info: 0 }
  const shown = findings.filter(f => ++count[f.severity] <= perLevel)
  const left = (['error', 'warning', 'info'] as const)
    .filter(level => count[level] > perLevel)
    .map(level => `${count[level] - perLevel} more ${level === 'info' ? 'info' : `${level}s`}`)
  if (left.length === 0) return { shown, more: '' }
  const all = (['error', 'warning', 'info'] as const)
    .filter(level => count[level] > 0)
    .map(level => plural(count[level], level, level === 'info' ? 'info' : `${level}s`))
  return {
    shown,
    more: `… and ${left.join(', ')} (${all.join(', ')} in all; the first ${perLevel} of each level are shown, --format json lists every one)`
  }
}
