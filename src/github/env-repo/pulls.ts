import { details, status, where } from './handle.js'
import type { RepoHandle } from './handle.js'
import { addLabels } from './labels.js'
import type { MergeMethod } from './merge.js'

/** A pull request as the train sees it. */
export interface Pull {
  number: number
  /** GraphQL node id, for auto-merge. */
  nodeId: string
  title: string
  body: string
  state: 'open' | 'closed'
  merged: boolean
  draft: boolean
  author: string
  headRef: string
  headSha: string
  baseRef: string
  labels: string[]
  url: string
  createdAt: string
  mergedAt: string | null
  closedAt: string | null
  mergeCommitSha: string | null
  /** Who last edited the body after it was opened (GraphQL's `editor`; REST does not say); absent when no one did. */
  editor?: string
}

/** One pull request read on its own: GitHub computes mergeability only there. */
export interface PullDetail extends Pull {
  /** null while GitHub is still computing it. */
  mergeable: boolean | null
  /** `clean`, `blocked`, `behind`, `dirty`, `unstable`, `draft`, `has_hooks` or `unknown`. */
  mergeableState: string
  autoMerge: { method: MergeMethod; enabledBy: string } | null
}

/** Pull requests by head branch, base branch and state, all pages; `label` filters after reading (the API cannot). */
export async function findPulls(
  handle: RepoHandle,
  filter: {
    head?: string
    base?: string
    state: 'open' | 'closed' | 'all'
    label?: string
  }
): Promise<Pull[]> {
  const pulls = await handle.octokit.paginate(handle.octokit.rest.pulls.list, {
    ...where(handle),
    state: filter.state,
    ...(filter.head ? { head: `${handle.owner}:${filter.head}` } : {}),
    ...(filter.base ? { base: filter.base } : {}),
    per_page: 100
  })
  return pulls
    .map(toPull)
    .filter(pull => filter.label === undefined || pull.labels.includes(filter.label))
}

/**
 * Opens a pull request; with labels, a second request adds them (the create
 * endpoint takes none). If one is already open for the same head and base,
 * GitHub refuses (422) and this returns that one instead, with the labels.
 */
export async function openPull(
  handle: RepoHandle,
  pull: {
    head: string
    base: string
    title: string
    body: string
    labels: readonly string[]
    draft: boolean
  }
): Promise<Pull> {
  let opened: Pull
  try {
    const { data } = await handle.octokit.rest.pulls.create({
      ...where(handle),
      head: pull.head,
      base: pull.base,
      title: pull.title,
      body: pull.body,
      draft: pull.draft
    })
    opened = toPull(data)
  } catch (error) {
    // Another run opened it between our look-up and our create: adopt theirs, never a duplicate.
    const existing =
      status(error) === 422 && /already exists/i.test(details(error))
        ? await findPulls(handle, {
            head: pull.head,
            base: pull.base,
            state: 'open'
          })
        : []
    if (!existing[0]) throw error
    opened = existing[0]
  }
  const missing = pull.labels.filter(label => !opened.labels.includes(label))
  if (missing.length === 0) return opened
  return { ...opened, labels: await addLabels(handle, opened.number, missing) }
}

export async function updatePull(
  handle: RepoHandle,
  number: number,
  update: { title?: string; body?: string; state?: 'open' | 'closed' }
): Promise<Pull> {
  const { data } = await handle.octokit.rest.pulls.update({
    ...where(handle),
    pull_number: number,
    ...update
  })
  return toPull(data)
}

export async function getPull(handle: RepoHandle, number: number): Promise<PullDetail> {
  const { data } = await handle.octokit.rest.pulls.get({
    ...where(handle),
    pull_number: number
  })
  return {
    ...toPull(data),
    merged: data.merged,
    mergeable: data.mergeable,
    mergeableState: data.mergeable_state,
    autoMerge: data.auto_merge
      ? {
          method: data.auto_merge.merge_method,
          enabledBy: data.auto_merge.enabled_by.login
        }
      : null
  }
}

type RestPull = {
  number: number
  node_id: string
  title: string
  body: string | null
  state: string
  draft?: boolean
  user: { login: string } | null
  head: { ref: string; sha: string }
  base: { ref: string }
  labels: { name?: string }[]
  html_url: string
  created_at: string
  merged_at: string | null
  closed_at: string | null
  merge_commit_sha: string | null
}

export function toPull(data: RestPull): Pull {
  return {
    number: data.number,
    nodeId: data.node_id,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'open' ? 'open' : 'closed',
    merged: data.merged_at !== null,
    draft: data.draft ?? false,
    author: data.user?.login ?? '',
    headRef: data.head.ref,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    labels: data.labels.map(label => label.name ?? '').filter(Boolean),
    url: data.html_url,
    createdAt: data.created_at,
    mergedAt: data.merged_at,
    closedAt: data.closed_at,
    mergeCommitSha: data.merge_commit_sha
  }
}
