import { where } from './handle.js'
import type { RepoHandle } from './handle.js'

export async function comment(
  handle: RepoHandle,
  number: number,
  body: string
): Promise<{ id: number }> {
  const { data } = await handle.octokit.rest.issues.createComment({
    ...where(handle),
    issue_number: number,
    body
  })
  return { id: data.id }
}

/**
 * Keeps one comment per `marker` (a hidden `<!-- ... -->` string, added to
 * `body` if absent) by `author`, the toolkit's own login: updates it in
 * place, or creates it. Anyone can paste the marker into a comment of their
 * own, so only the author's comments count. Reads every comment page;
 * writes nothing when the body is already right.
 */
export async function upsertComment(
  handle: RepoHandle,
  number: number,
  marker: string,
  body: string,
  author: string
): Promise<{ id: number }> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`
  const comments = await handle.octokit.paginate(handle.octokit.rest.issues.listComments, {
    ...where(handle),
    issue_number: number,
    per_page: 100
  })
  const existing = comments.find(c => c.user?.login === author && c.body?.includes(marker))
  if (!existing) return comment(handle, number, text)
  if (existing.body !== text)
    await handle.octokit.rest.issues.updateComment({
      ...where(handle),
      comment_id: existing.id,
      body: text
    })
  return { id: existing.id }
}
