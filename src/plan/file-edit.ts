import { createHash } from 'node:crypto'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import type { FileEdit } from '../schema/generated.js'

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  })
}

/**
 * The unified diff of a file that did not exist: every line added. Built
 * directly, in one pass, instead of running the line-diff algorithm against
 * an empty file; the text is the same as unifiedDiff(path, '', after).
 */
export function createdFileDiff(path: string, after: string): string {
  const header = `--- a/${path}\n+++ b/${path}\n`
  if (after === '') return header
  const lines = after.split('\n')
  const complete = lines.at(-1) === ''
  if (complete) lines.pop()
  const body = `+${lines.join('\n+')}\n${complete ? '' : '\\ No newline at end of file\n'}`
  return `${header}@@ -0,0 +1,${lines.length} @@\n${body}`
}

/** One file's change as the plan carries it; a file absent before is planned against the empty file. */
export function fileEdit(
  path: string,
  before: string | undefined,
  after: string,
  change: Pick<FileEdit, 'field' | 'line' | 'before' | 'after'>
): FileEdit {
  const base = before ?? ''
  const edit: FileEdit = {
    path,
    ...change,
    baseSha256: sha256(base),
    content: after,
    diff: before === undefined ? createdFileDiff(path, after) : unifiedDiff(path, base, after)
  }
  if (before === undefined) edit.created = true
  return edit
}
