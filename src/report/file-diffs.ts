import { applyPatch, parsePatch, reversePatch } from 'diff'
import { unifiedDiff } from '../plan/file-edit.js'
import type { FileEdit } from '../schema/generated.js'

/**
 * One diff per file, in the order files are first edited. A file a region
 * edits several times (the image pin, then each generated file listed in its
 * kustomization) gets one diff from its text before the first edit to its
 * text after the last: the first edit's diff, reversed, gives that text back.
 */
export function fileDiffs(edits: readonly FileEdit[]): string[] {
  const byPath = new Map<string, FileEdit[]>()
  for (const edit of edits) byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), edit])
  return [...byPath].map(([path, chain]) => {
    const first = chain[0]!
    const last = chain.at(-1)!
    if (chain.length === 1) return first.diff
    const [patch] = parsePatch(first.diff)
    const before = first.created
      ? ''
      : patch
        ? applyPatch(first.content, reversePatch(patch))
        : false
    // A diff that does not reverse cleanly is shown as it was planned, edit by edit.
    if (before === false) return chain.map(e => e.diff).join('')
    return unifiedDiff(path, before, last.content)
  })
}
