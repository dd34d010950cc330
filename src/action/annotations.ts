import * as core from '@actions/core'
import type { Finding } from '../schema/generated.js'

/** GitHub shows at most 10 annotations of each level per step and drops the rest silently. */
const PER_LEVEL = 10

/** Writes findings as annotations on their file and line; past the cap, one annotation says how many more there are. */
export function annotate(findings: readonly Finding[], fileOf: (finding: Finding) => string): void {
  const emit = { error: core.error, warning: core.warning, info: core.notice }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const some = findings.filter(f => f.severity === severity)
    const shown = some.length > PER_LEVEL ? some.slice(0, PER_LEVEL - 1) : some
    for (const f of shown) {
      emit[severity](f.message, {
        title: `multiregion [${f.rule}]`,
        file: fileOf(f),
        startLine: f.line,
        startColumn: f.column
      })
    }
    if (shown.length < some.length) {
      emit[severity](
        `${some.length - shown.length} more ${severity} findings are listed in the job summary.`,
        { title: 'multiregion' }
      )
    }
  }
}
