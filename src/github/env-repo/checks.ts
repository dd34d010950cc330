import { status, where } from './handle.js'
import type { RepoHandle } from './handle.js'

export interface CheckDetail {
  name: string
  kind: 'check-run' | 'status'
  /** A check run's GitHub App (its id), which a required check's expected source names. */
  app?: number
  state: 'success' | 'pending' | 'failure'
  url: string | null
}

export interface Checks {
  /** failure if any check failed, else pending if any is not finished, else success (also when there are none). */
  state: 'success' | 'pending' | 'failure'
  details: CheckDetail[]
}

/**
 * The status checks a merge into `branch` requires: those of branch
 * protection (GET /repos/{owner}/{repo}/branches/{branch}, readable with
 * contents: read, https://docs.github.com/rest/branches/branches#get-a-branch)
 * and of every ruleset that applies to the branch (GET
 * /repos/{owner}/{repo}/rules/branches/{branch},
 * https://docs.github.com/rest/repos/rules#get-rules-for-a-branch). Two
 * requests, or more for many rules.
 */
export async function requiredChecks(handle: RepoHandle, branch: string): Promise<string[]> {
  return (await mergeRules(handle, branch)).checks
}

/** The required checks a merge into `branch` asks for, and the expected source (an app id) of those that name one. */
export interface RequiredChecks {
  checks: string[]
  /**
   * By check name, the only GitHub App whose check run passes it, as branch
   * protection (`checks[].app_id`) or a ruleset (`integration_id`) says:
   * then no commit status and no other app's run counts ("If a status is set
   * by any other person or integration, merging won't be allowed", About
   * protected branches, "Require status checks before merging"). Anyone with
   * write access can post a commit status of any name.
   */
  sources: Record<string, number>
}

/**
 * A ruleset rule that applies to a branch, as REST's "Get rules for a
 * branch" spells it (the two types the gate reads; others are ignored).
 */
export interface BranchRule {
  type: string
  parameters?: {
    required_status_checks?: { context: string; integration_id?: number | null }[]
    required_approving_review_count?: number
    dismiss_stale_reviews_on_push?: boolean
    require_last_push_approval?: boolean
  }
}

/**
 * What a merge into `branch` requires, as requiredChecks reads it, the
 * largest approval count of the rulesets' pull_request rules on the
 * branch (`required_approving_review_count`), and whether those rules drop
 * approvals a later push makes stale (then auto-merge cannot merge a push
 * on approvals given before it). Classic branch protection's
 * count is readable only by admins, and is left to GitHub's own merge check.
 */
export async function mergeRules(
  handle: RepoHandle,
  branch: string,
  /** The branch's ruleset rules when a GraphQL read already brought them (gate-evidence.ts): one request fewer. */
  known?: Promise<BranchRule[] | undefined>
): Promise<RequiredChecks & { approvals: number; staleApprovalsDropped: boolean }> {
  const sources: Record<string, number> = {}
  const pin = (context: string, app: number | null | undefined) => {
    if (typeof app === 'number' && app > 0) sources[context] = app
    return context
  }
  const [protection, rules] = await Promise.all([
    handle.octokit.rest.repos.getBranch({ ...where(handle), branch }).then(
      ({ data }) => [
        ...(data.protection?.required_status_checks?.contexts ?? []),
        ...(data.protection?.required_status_checks?.checks ?? []).map(c =>
          pin(c.context, c.app_id)
        )
      ],
      (error: unknown) => {
        if (status(error) === 404) return []
        throw error
      }
    ),
    (known ?? Promise.resolve(undefined)).then(
      rules =>
        rules ??
        (handle.octokit.paginate(handle.octokit.rest.repos.getBranchRules, {
          ...where(handle),
          branch,
          per_page: 100
        }) as Promise<BranchRule[]>)
    )
  ])
  const fromRules = rules.flatMap(rule =>
    rule.type === 'required_status_checks'
      ? (rule.parameters?.required_status_checks ?? []).map(c => pin(c.context, c.integration_id))
      : []
  )
  const approvals = Math.max(
    0,
    ...rules.map(rule =>
      rule.type === 'pull_request' ? (rule.parameters?.required_approving_review_count ?? 0) : 0
    )
  )
  // GitHub keeps an approval across later pushes unless a rule dismisses stale approvals or asks
  // for approval of the most recent push (rulesets' pull_request parameters
  // dismiss_stale_reviews_on_push and require_last_push_approval, https://docs.github.com/rest/repos/rules).
  // Classic protection's review settings are readable only by admins, so they cannot vouch.
  const staleApprovalsDropped = rules.some(
    rule =>
      rule.type === 'pull_request' &&
      (rule.parameters?.dismiss_stale_reviews_on_push === true ||
        rule.parameters?.require_last_push_approval === true)
  )
  return {
    checks: [...new Set([...protection, ...fromRules])],
    sources,
    approvals,
    staleApprovalsDropped
  }
}

/**
 * Check runs and commit statuses of `sha` together, every page of each, as
 * branch protection sees them. With `required`, only those names decide:
 * none required is green, a failing optional check does not block and a
 * required one not yet reported is pending. Without it, every check decides.
 */
export async function checks(
  handle: RepoHandle,
  sha: string,
  required?: RequiredChecks
): Promise<Checks> {
  const [runs, statuses] = await Promise.all([
    handle.octokit.paginate(handle.octokit.rest.checks.listForRef, {
      ...where(handle),
      ref: sha,
      per_page: 100
    }),
    handle.octokit.paginate(handle.octokit.rest.repos.listCommitStatusesForRef, {
      ...where(handle),
      ref: sha,
      per_page: 100
    })
  ])
  // Statuses come newest first; the newest per context is the one that counts.
  const latest = new Map<string, (typeof statuses)[number]>()
  for (const s of statuses) if (!latest.has(s.context)) latest.set(s.context, s)
  return decideChecks(
    [
      ...runs.map(run => checkRun(run.name, run.status, run.conclusion, run.html_url, run.app?.id)),
      ...[...latest.values()].map(s => commitStatus(s.context, s.state, s.target_url))
    ],
    required
  )
}

/** A check run as the gate sees it; GraphQL's upper-case enum values read the same as REST's. */
export function checkRun(
  name: string,
  status: string,
  conclusion: string | null,
  url: string | null,
  app: number | undefined
): CheckDetail {
  return {
    name,
    kind: 'check-run',
    ...(app === undefined ? {} : { app }),
    state:
      status.toLowerCase() !== 'completed'
        ? 'pending'
        : ['success', 'neutral', 'skipped'].includes((conclusion ?? '').toLowerCase())
          ? 'success'
          : 'failure',
    url
  }
}

/** A commit status (the newest of its context) as the gate sees it. */
export function commitStatus(context: string, state: string, url: string | null): CheckDetail {
  const lower = state.toLowerCase()
  return {
    name: context,
    kind: 'status',
    state: lower === 'success' ? 'success' : lower === 'pending' ? 'pending' : 'failure',
    url
  }
}

/**
 * With `required`, only those names decide: none required is green, a
 * failing optional check does not block and a required one not yet
 * reported is pending. A required name counts only its expected source's
 * check runs when it has one, and otherwise every report of that name, the
 * worst deciding: which comes first in GitHub's list (REST's lists and
 * GraphQL's rollup, whose order GitHub does not document) never decides. Without `required`,
 * every check decides.
 */
export function decideChecks(details: CheckDetail[], required?: RequiredChecks): Checks {
  const worst = (reports: CheckDetail[]) =>
    reports.find(d => d.state === 'failure') ??
    reports.find(d => d.state === 'pending') ??
    reports[0]
  const deciding =
    required === undefined
      ? details
      : required.checks.map<CheckDetail>(name => {
          const source = required.sources[name]
          const reports = details.filter(
            d =>
              d.name === name &&
              (source === undefined || (d.kind === 'check-run' && d.app === source))
          )
          return (
            worst(reports) ?? {
              name,
              kind: 'check-run',
              state: 'pending',
              url: null
            }
          )
        })
  const state = deciding.some(d => d.state === 'failure')
    ? 'failure'
    : deciding.some(d => d.state === 'pending')
      ? 'pending'
      : 'success'
  return { state, details: deciding }
}
