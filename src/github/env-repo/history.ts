import { where } from './handle.js'
import type { RepoHandle } from './handle.js'

/**
 * The commits on `ref`'s first-parent chain (what the branch itself
 * pointed at, merge by merge, never a merged side branch's commits) among
 * the newest `limit` commits reachable from it (at most 100), newest first.
 * One request: GitHub's commit list starts at `ref` and gives each commit's
 * parents, the first being the branch's own previous commit.
 */
export async function firstParentChain(
  handle: RepoHandle,
  ref: string,
  limit: number
): Promise<string[]> {
  const { data } = await handle.octokit.rest.repos.listCommits({
    ...where(handle),
    sha: ref,
    per_page: Math.min(Math.max(limit, 1), 100)
  })
  const parents = new Map(data.map(c => [c.sha, c.parents[0]?.sha]))
  const chain: string[] = []
  let sha: string | undefined = data[0]?.sha
  while (sha !== undefined && parents.has(sha)) {
    chain.push(sha)
    sha = parents.get(sha)
  }
  return chain
}

/**
 * How `head` relates to `base` (GitHub's three-dot compare): `ahead` when
 * head descends from base, and the paths changed from their merge base to
 * head. GitHub lists at most 300 files, so `complete` is false beyond that.
 */
export async function compare(handle: RepoHandle, base: string, head: string): Promise<Comparison> {
  const { data } = await handle.octokit.rest.repos.compareCommitsWithBasehead({
    ...where(handle),
    basehead: `${base}...${head}`,
    per_page: 1
  })
  const files = (data.files ?? []).flatMap(f =>
    f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]
  )
  return {
    status: data.status,
    files,
    complete: (data.files ?? []).length < 300
  }
}

export interface Comparison {
  status: 'ahead' | 'behind' | 'identical' | 'diverged'
  /** Paths changed from the merge base to head, renamed files under both names. */
  files: string[]
  complete: boolean
}
