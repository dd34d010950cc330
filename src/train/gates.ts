/** One review as GitHub reports it. */
export interface Review {
  author: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  /** The commit the review was given on. */
  commitId: string
  submittedAt: number
}

export interface GateInput {
  reviews: readonly Review[]
  headSha: string
  prAuthor: string
  /** The toolkit's own identity: its approvals never count. */
  botLogin: string
  required: number
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
 * someone other than the PR's author and the toolkit, and still standing (a
 * later "changes requested" or dismissal by the same person withdraws it).
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
  for (const [login, review] of latest) {
    if (review.state === 'CHANGES_REQUESTED') {
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
    else approvals++
  }
  return {
    approvals,
    required: input.required,
    met: !blocked && approvals >= input.required,
    notes
  }
}
