/** One review as GitHub reports it. */
export interface Review {
  author: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  /** The commit the review was given on. */
  commitId: string
  submittedAt: number
  /**
   * The reviewer's permission on the environments repository, as GitHub's
   * "Get repository permissions for a user" reports it (maintain counts as
   * write, triage as read). Only write and admin count, as in branch
   * protection; for an approval unknown counts as no access, for a request
   * for changes as write (it blocks).
   */
  permission?: 'admin' | 'write' | 'read' | 'none'
}

export interface GateInput {
  reviews: readonly Review[]
  headSha: string
  prAuthor: string
  /** The toolkit's own identity: its approvals never count. */
  botLogin: string
  required: number
  /**
   * Who made the most recent push to the PR (the head commit's author and
   * committer accounts). As GitHub's "Require approval of the most recent
   * reviewable push", their approvals do not count.
   */
  lastPushers?: readonly string[]
}

export interface GateResult {
  approvals: number
  required: number
  met: boolean
  /** Why an approval did not count or what blocks the PR, for the PR body and status. */
  notes: string[]
}

/**
 * Counts the approvals that are real: on the PR's current head commit, from
 * someone with write access to the repository other than the PR's author,
 * the toolkit and whoever pushed the head commit, and still standing (a
 * later "changes requested" or dismissal by the same person withdraws it).
 * A standing request for changes blocks when its author has write access.
 * These are the rules of GitHub branch protection's required reviews with
 * "Require approval of the most recent reviewable push"
 * (https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches#require-pull-request-reviews-before-merging).
 */
export function evaluateGate(input: GateInput): GateResult {
  const latest = new Map<string, Review>()
  for (const review of [...input.reviews].sort((a, b) => a.submittedAt - b.submittedAt)) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue
    latest.set(review.author.toLowerCase(), review)
  }
  const notes: string[] = []
  let approvals = 0
  let blocked = false
  const pushers = new Set((input.lastPushers ?? []).map(p => p.toLowerCase()))
  for (const [login, review] of latest) {
    if (review.state === 'CHANGES_REQUESTED') {
      // As on GitHub, only a request from someone with write access blocks: on a public repository anyone may review.
      if (review.permission === 'read' || review.permission === 'none') {
        notes.push(
          `${review.author} requested changes but has ${review.permission} access to the repository; only requests from people with write access block`
        )
        continue
      }
      blocked = true
      notes.push(`${review.author} requested changes`)
      continue
    }
    if (review.state !== 'APPROVED') continue
    if (login === input.prAuthor.toLowerCase())
      notes.push(`${review.author} wrote the PR; a self-approval does not count`)
    else if (login === input.botLogin.toLowerCase())
      notes.push(`${review.author} is the toolkit itself; its approval does not count`)
    else if (review.commitId !== input.headSha)
      notes.push(
        `${review.author} approved an older commit (${review.commitId.slice(0, 7)}); approve the current head`
      )
    else if (pushers.has(login))
      notes.push(
        `${review.author} pushed the most recent commit; someone else must approve the most recent push`
      )
    else if (review.permission !== 'write' && review.permission !== 'admin')
      notes.push(
        `${review.author} has ${review.permission ?? 'unknown'} access to the repository; only approvals from people with write access count`
      )
    else approvals++
  }
  return {
    approvals,
    required: input.required,
    met: !blocked && approvals >= input.required,
    notes
  }
}
