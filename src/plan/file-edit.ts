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
    diff: unifiedDiff(path, base, after)
  }
  if (before === undefined) edit.created = true
  return edit
}
