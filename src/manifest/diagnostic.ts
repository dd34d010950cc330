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

/** `file:line:col: severity [rule] message`, the form editors and problem matchers understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} [${d.rule}] ${d.message}`
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
