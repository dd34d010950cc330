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
