/** Where a finding points: a file and a 1-based line and column. */
export interface Position {
  line: number
  column: number
}

export type Severity = 'error' | 'warning' | 'info'

/**
 * One problem found in a file, in a form both people and tools can act on.
 * `rule` is stable across releases; `message` says what is wrong and how to fix it.
 */
export interface Diagnostic {
  rule: string
  severity: Severity
  message: string
  file: string
  line: number
  column: number
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some(d => d.severity === 'error')
}

/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule)
  )
}

/** Quoted text from a file is cut to this many characters: a finding must never replay a file (or a secret in it). */
export const MAX_QUOTED = 100

/** `text` cut to `max` characters, saying how long it was. */
export function clip(text: string, max = MAX_QUOTED): string {
  const chars = [...text]
  return chars.length <= max
    ? text
    : `${chars.slice(0, max).join('')}… (${chars.length} characters)`
}

/** A value as JSON (a string in quotes), cut to MAX_QUOTED characters, for quoting user input in a message. */
export function quote(value: unknown): string {
  if (typeof value !== 'string') return clip(JSON.stringify(value) ?? String(value))
  const chars = [...value]
  if (chars.length <= MAX_QUOTED) return JSON.stringify(value)
  return `${JSON.stringify(chars.slice(0, MAX_QUOTED).join(''))}… (${chars.length} characters)`
}

/** At most `max` items joined with ", ", and how many were left out: a finding names examples, not a whole platform. */
export function listSome(items: Iterable<string>, max = 10): string {
  const all = [...items]
  const shown = all.slice(0, max).join(', ')
  return all.length <= max ? shown : `${shown} … and ${all.length - max} more`
}
