import { checkRun, commitStatus } from './checks.js'
import type { BranchRule, CheckDetail } from './checks.js'
import { actorLogin, isGraphqlRefusal, repositoryMissing } from './handle.js'
import type { RepoHandle } from './handle.js'
import { commitFiles, filesOf, filesQuery } from './read.js'
import type { BlobNode } from './read.js'
import type { Review } from './reviews.js'

/**
 * What GitHub shows of one open pull request's gate, read for every open
 * train PR at once. A list GitHub has more than one page of is left
 * undefined, for the caller to read whole over REST (a train PR has a few
 * reviews, files and checks; someone else's may not).
 */
export interface GateEvidence {
  /** Every review, oldest first. */
  reviews: Review[] | undefined
  /** The paths the PR changes against its merge base. */
  files: string[] | undefined
  /** The head's check runs and the newest status of each context (none reported: an empty list). */
  checks: CheckDetail[] | undefined
  /**
   * The texts of the paths asked for, read at the head sha asked for (a path
   * absent there is absent here), with the PR's head and auto-merge as this
   * query saw them; undefined when no paths were asked for.
   */
  head?: {
    paths: ReadonlySet<string>
    files: Map<string, string>
    headSha: string
    autoMerge: boolean
  }
}

/** More than this many of a PR's reviews, files or checks and that list is read over REST instead. */
const PAGE = 100

/**
 * The reviews, changed files and checks of each pull request in `pulls`
 * (checks of the given head sha), in one GraphQL query, however many:
 * a part GitHub refuses (a token without `checks: read` or `statuses:
 * read`, as promote's, gets FORBIDDEN on the rollup) is left undefined like
 * a long list, so it is read over REST only where the gate needs it.
 * REST takes four requests a PR for the same (list-reviews, list-files,
 * check runs, statuses). Reviews are GitHub's own records, so who approved
 * which commit cannot be forged here any more than over REST; a review's
 * author is a `Bot` without the `[bot]` suffix in GraphQL, which is added
 * back so logins compare as REST spells them.
 * https://docs.github.com/en/graphql/reference/objects#pullrequest (reviews, files)
 * https://docs.github.com/en/graphql/reference/objects#statuscheckrollup (contexts)
 */
export async function gateEvidence(
  handle: RepoHandle,
  pulls: readonly {
    number: number
    headSha: string
    baseRef: string
    /** Files to read at the head sha as well (the region's): the gate then needs no read of its own. */
    paths?: readonly string[]
  }[]
): Promise<{ pulls: Map<number, GateEvidence>; rules: Map<string, BranchRule[]> }> {
  const evidence = new Map<number, GateEvidence>()
  const rules = new Map<string, BranchRule[]>()
  if (pulls.length === 0) return { pulls: evidence, rules }
  const variables: Record<string, string | number> = {
    owner: handle.owner,
    repo: handle.repo
  }
  const reads: string[] = []
  const fields = pulls.map((pull, i) => {
    variables[`n${i}`] = pull.number
    variables[`h${i}`] = pull.headSha
    const files = commitFiles(pull.paths ?? [], headFilesPrefix(i))
    Object.assign(variables, files.variables)
    reads.push(...files.declarations)
    return `p${i}: pullRequest(number: $n${i}) { ...gate }
    c${i}: object(oid: $h${i}) { ...rollup ${pull.paths?.length ? `... on Commit { ${files.fields} }` : ''} }`
  })
  // The rulesets' rules on each base branch, as REST's "Get rules for a branch" lists them
  // (https://docs.github.com/graphql/reference/objects#ref, rules: "from active Repository and
  // Organization rulesets that apply to this ref"): the gate's approval count and required checks.
  const bases = [...new Set(pulls.map(p => p.baseRef))]
  bases.forEach((base, j) => {
    variables[`b${j}`] = `refs/heads/${base}`
    fields.push(`r${j}: ref(qualifiedName: $b${j}) { ...rules }`)
  })
  const declarations = ['$owner: String!', '$repo: String!']
    .concat(pulls.flatMap((_, i) => [`$n${i}: Int!`, `$h${i}: GitObjectID!`]))
    .concat(bases.map((_, j) => `$b${j}: String!`))
    .concat(reads)
    .join(', ')
  type Data = { repository: Record<string, PullNode | CommitNode | RefNode | null> | null }
  let data: Data
  /** Aliases GitHub answered with an error (a token without `checks: read` gets FORBIDDEN on the rollup): read over REST if needed. */
  const failed = new Set<string>()
  const request = handle.octokit.graphql<Data>(
    `query(${declarations}) {
  repository(owner: $owner, name: $repo) {
    ${fields.join('\n    ')}
  }
}
${GATE_FRAGMENT}
${RULES_FRAGMENT}
${ROLLUP_FRAGMENT}`,
    variables
  )
  try {
    data = await request
  } catch (error) {
    const partial = error as { data?: Data | null; errors?: { path?: (string | number)[] }[] }
    if (!isGraphqlRefusal(error) || !partial.data?.repository) throw error
    data = partial.data
    for (const e of partial.errors ?? [])
      if (e.path?.[1] !== undefined) failed.add(String(e.path[1]))
  }
  if (!data.repository) throw repositoryMissing(handle)
  pulls.forEach((pull, i) => {
    const node = failed.has(`p${i}`)
      ? undefined
      : (data.repository?.[`p${i}`] as PullNode | null | undefined)
    const commit = failed.has(`c${i}`)
      ? undefined
      : (data.repository?.[`c${i}`] as CommitNode | null | undefined)
    evidence.set(
      pull.number,
      evidenceOf(
        node ?? undefined,
        commit ?? undefined,
        pull.headSha,
        pull.paths ?? [],
        headFilesPrefix(i)
      )
    )
  })
  bases.forEach((base, j) => {
    // A base without the ruleset list whole (a long list, an error) is read over REST.
    const read = failed.has(`r${j}`)
      ? undefined
      : rulesOf(data.repository?.[`r${j}`] as RefNode | null)
    if (read) rules.set(base, read)
  })
  return { pulls: evidence, rules }
}

/** The gate fragments' answers for one pull request (`node`) and its head commit at `headSha` (`commit`) as GateEvidence; a part left out or refused is undefined. */
export function evidenceOf(
  node: PullNode | undefined,
  commit: CommitNode | undefined,
  headSha: string,
  paths: readonly string[],
  /** The aliases commitFiles gave the head's files in the query. */
  prefix: string
): GateEvidence {
  const contexts = commit?.statusCheckRollup?.contexts
  let head: GateEvidence['head']
  if (node && commit && paths.length > 0) {
    head = {
      paths: new Set(paths),
      files: filesOf(commit as unknown as Record<string, unknown>, paths, headSha, prefix),
      headSha: node.headRefOid,
      autoMerge: node.autoMergeRequest !== null
    }
  }
  return {
    ...(head ? { head } : {}),
    reviews:
      node && !node.reviews.pageInfo.hasNextPage
        ? node.reviews.nodes.map(review => ({
            author: review.author ? actorLogin(review.author) : '',
            state: review.state,
            commitId: review.commit?.oid ?? '',
            submittedAt: review.submittedAt,
            // A person's push access stands in for their permission read; an App's (a Bot) is looked
            // up over REST as before, so no other App's approval counts where it did not.
            ...(review.author?.__typename === 'User'
              ? { canPush: review.authorCanPushToRepository }
              : {})
          }))
        : undefined,
    files: node && !node.files.pageInfo.hasNextPage ? node.files.nodes.map(f => f.path) : undefined,
    // No rollup at all: the commit has no check run and no status yet.
    checks:
      commit && !contexts?.pageInfo.hasNextPage
        ? (contexts?.nodes ?? []).map(c =>
            c.__typename === 'CheckRun'
              ? checkRun(c.name, c.status, c.conclusion, c.url, c.checkSuite?.app?.databaseId)
              : commitStatus(c.context, c.state, c.targetUrl)
          )
        : undefined
  }
}

/** The aliases of the head files of the `i`th pull request a gate query reads. */
export const headFilesPrefix = (i: number) => `x${i}_`

/** A pull request's gate: its head, auto-merge, reviews (with whether each author can push) and changed files. */
export const GATE_FRAGMENT = `fragment gate on PullRequest {
  headRefOid
  autoMergeRequest { enabledAt }
  reviews(first: ${PAGE}) {
    pageInfo { hasNextPage }
    nodes { author { __typename login } authorCanPushToRepository state commit { oid } submittedAt }
  }
  files(first: ${PAGE}) { pageInfo { hasNextPage } nodes { path } }
}`

/** A ref's ruleset rules. */
export const RULES_FRAGMENT = `fragment rules on Ref {
  rules(first: ${PAGE}) {
    pageInfo { hasNextPage }
    nodes {
      type
      parameters {
        __typename
        ... on PullRequestParameters { requiredApprovingReviewCount dismissStaleReviewsOnPush requireLastPushApproval }
        ... on RequiredStatusChecksParameters { requiredStatusChecks { context integrationId } }
      }
    }
  }
}`

/** A commit's checks. */
export const ROLLUP_FRAGMENT = `fragment rollup on Commit {
  statusCheckRollup {
    contexts(first: ${PAGE}) {
      pageInfo { hasNextPage }
      nodes {
        __typename
        ... on CheckRun { name status conclusion url checkSuite { app { databaseId } } }
        ... on StatusContext { context state targetUrl }
      }
    }
  }
}`

/** A ruleset list read whole, as REST spells it; undefined when it was not (a long list, an error). */
export function rulesOf(ref: RefNode | null | undefined): BranchRule[] | undefined {
  return ref?.rules && !ref.rules.pageInfo.hasNextPage ? ref.rules.nodes.map(restRule) : undefined
}

/** A GraphQL RepositoryRule as REST's "Get rules for a branch" spells it. */
function restRule(rule: RuleNode): BranchRule {
  const p = rule.parameters
  if (p?.__typename === 'PullRequestParameters')
    return {
      type: 'pull_request',
      parameters: {
        required_approving_review_count: p.requiredApprovingReviewCount,
        dismiss_stale_reviews_on_push: p.dismissStaleReviewsOnPush,
        require_last_push_approval: p.requireLastPushApproval
      }
    }
  if (p?.__typename === 'RequiredStatusChecksParameters')
    return {
      type: 'required_status_checks',
      parameters: {
        required_status_checks: p.requiredStatusChecks.map(c => ({
          context: c.context,
          integration_id: c.integrationId
        }))
      }
    }
  return { type: rule.type.toLowerCase() }
}

interface RuleNode {
  type: string
  parameters:
    | {
        __typename: 'PullRequestParameters'
        requiredApprovingReviewCount: number
        dismissStaleReviewsOnPush: boolean
        requireLastPushApproval: boolean
      }
    | {
        __typename: 'RequiredStatusChecksParameters'
        requiredStatusChecks: { context: string; integrationId: number | null }[]
      }
    | { __typename: 'Other' }
    | null
}

export interface RefNode {
  rules: { pageInfo: { hasNextPage: boolean }; nodes: RuleNode[] } | null
}

/**
 * The text of `paths` at `sha`, and the PR's head and auto-merge as they
 * are after that read, in one GraphQL query: the texts belong to `sha`
 * whatever happens meanwhile, and the head read last says whether `sha`
 * is still what would merge.
 */
export async function headFiles(
  handle: RepoHandle,
  number: number,
  sha: string,
  paths: readonly string[]
): Promise<{
  files: Map<string, string>
  headSha: string | undefined
  autoMerge: boolean
}> {
  const { query, variables } = filesQuery(
    paths.map(path => `${sha}:${path}`),
    'pull: pullRequest(number: $number) { headRefOid autoMergeRequest { enabledAt } }',
    '$number: Int!'
  )
  const data = await handle.octokit.graphql<{
    repository:
      | (Record<string, BlobNode> & {
          pull: {
            headRefOid: string
            autoMergeRequest: { enabledAt: string } | null
          } | null
        })
      | null
  }>(query, { ...variables, owner: handle.owner, repo: handle.repo, number })
  if (!data.repository) throw repositoryMissing(handle)
  const files = new Map<string, string>()
  paths.forEach((path, i) => {
    const blob = data.repository?.[`f${i}`] as BlobNode | null | undefined
    // An edit of a truncated text would write the truncation back.
    if (blob?.isTruncated)
      throw new Error(
        `${path} at ${sha} is too large for GitHub to return whole; keep environment files small`
      )
    if (typeof blob?.text === 'string') files.set(path, blob.text)
  })
  return {
    files,
    headSha: data.repository.pull?.headRefOid,
    autoMerge: !!data.repository.pull?.autoMergeRequest
  }
}

export interface PullNode {
  headRefOid: string
  autoMergeRequest: { enabledAt: string } | null
  reviews: {
    pageInfo: { hasNextPage: boolean }
    nodes: {
      author: { __typename: string; login: string } | null
      authorCanPushToRepository: boolean
      state: Review['state']
      commit: { oid: string } | null
      submittedAt: string | null
    }[]
  }
  files: { pageInfo: { hasNextPage: boolean }; nodes: { path: string }[] }
}

export interface CommitNode {
  statusCheckRollup: {
    contexts: {
      pageInfo: { hasNextPage: boolean }
      nodes: (
        | {
            __typename: 'CheckRun'
            name: string
            status: string
            conclusion: string | null
            url: string
            checkSuite: { app: { databaseId: number } | null } | null
          }
        | {
            __typename: 'StatusContext'
            context: string
            state: string
            targetUrl: string | null
          }
      )[]
    }
  } | null
}
