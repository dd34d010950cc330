import type { BranchRule } from './checks.js'
import {
  evidenceOf,
  GATE_FRAGMENT,
  ROLLUP_FRAGMENT,
  RULES_FRAGMENT,
  rulesOf
} from './gate-evidence.js'
import type {
  CommitNode,
  GateEvidence,
  PullNode as GatePullNode,
  RefNode
} from './gate-evidence.js'
import { actorLogin, isGraphqlRefusal, repositoryMissing } from './handle.js'
import type { RepoHandle } from './handle.js'
import type { Pull } from './pulls.js'
import { commitFiles, filesOf } from './read.js'

/** The aliases of the head files of the `i`th head's gate list. */
const gateFilesPrefix = (i: number) => `gate${i}x`

/**
 * The newest 100 pull requests labelled `label` in every state, every
 * pull request labelled `flag` (when given) in every state, every open
 * pull request, and the closed ones whose head is one of `heads` (exact
 * branch names), in one GraphQL query a page, each list paged on its own:
 * GitHub filters by label, state and head itself, so closed pull requests
 * of other heads without the label cost nothing however many there are,
 * and the label's older history costs nothing either (only `flag`'s list,
 * of rare pull requests, is read whole). REST's pulls list cannot filter
 * by label, and search can but is eventually consistent, so neither is
 * used. All lists come from one read.
 * https://docs.github.com/en/graphql/reference/objects#repository (pullRequests)
 */
export async function pullsByLabelAndHead(
  handle: RepoHandle,
  label: string,
  heads: readonly string[] = [],
  flag?: string,
  defaultFiles?: readonly string[],
  /**
   * With `defaultFiles`: read each head's open pull request with its gate
   * (gate-evidence.ts) as well, `paths` at its head among it, and the
   * default branch's ruleset rules: the gate of the train's own open PRs
   * then needs no query of its own.
   */
  gate?: { paths: (head: string) => readonly string[] }
): Promise<{
  labelled: Pull[]
  flagged: Pull[]
  open: Pull[]
  closedOnHeads: Pull[]
  /** With `defaultFiles`: the default branch, its head commit and those files read from that commit, from the same query. */
  base?: DefaultBranch
  /** With `gate`: the gate of each open PR on the heads that came whole, by number. */
  evidence?: Map<number, GateEvidence>
  /** With `gate`: the default branch's ruleset rules, when read whole. */
  rules?: BranchRule[]
}> {
  let base: DefaultBranch | undefined
  const evidence = new Map<number, GateEvidence>()
  let rules: BranchRule[] | undefined
  const gated = gate && defaultFiles ? gate : undefined
  const lists = [
    list('labelled', 'labels: [$label], states: [OPEN, CLOSED, MERGED]', 100, { label }, 1),
    list('open', 'states: [OPEN]', 100, {}),
    ...(flag
      ? [list('flagged', 'labels: [$flag], states: [OPEN, CLOSED, MERGED]', 100, { flag })]
      : []),
    // A branch holds a handful of closed PRs at most (one per time a PR on it was closed).
    ...heads.map((head, i) =>
      list(`head${i}`, `headRefName: $head${i}, states: [CLOSED, MERGED]`, 10, {
        [`head${i}`]: head
      })
    ),
    // GitHub keeps one open PR per head and base: its gate comes with it, its head's files among it.
    ...(gated
      ? heads.map((head, i) => {
          const paths = gated.paths(head)
          const prefix = gateFilesPrefix(i)
          const read = commitFiles(paths, prefix)
          const gateList = list(
            `gate${i}`,
            `headRefName: $gate${i}, states: [OPEN]`,
            5,
            { [`gate${i}`]: head, ...read.variables },
            1
          )
          gateList.select = `...gate headRef { target { ... on Commit { oid ...rollup ${paths.length > 0 ? read.fields : ''} } } }`
          gateList.headFiles = { paths, prefix }
          return gateList
        })
      : [])
  ]
  let waiting = lists
  while (waiting.length > 0) {
    // GitHub refuses a query over 500,000 nodes (GraphQL resource limits): a batch of lists per query keeps a service of hundreds of regions well under it.
    const pending = waiting.slice(0, LISTS_PER_QUERY)
    const fields = pending.map(
      l =>
        `${l.name}: pullRequests(${l.filter}, first: ${l.first}, after: $${l.name}After, orderBy: { field: CREATED_AT, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    nodes { ...pull ${l.select ?? ''} }
  }`
    )
    // The first query also reads the repository's node id and, when asked, the default branch's files.
    const files = base === undefined && defaultFiles ? commitFiles(defaultFiles) : undefined
    const variables: Record<string, string | null> = {
      owner: handle.owner,
      repo: handle.repo,
      ...files?.variables
    }
    for (const l of pending) Object.assign(variables, l.variables, { [`${l.name}After`]: l.after })
    const declarations = ['$owner: String!', '$repo: String!']
      .concat(
        pending.flatMap(l => [
          ...Object.keys(l.variables).map(name => `$${name}: String!`),
          `$${l.name}After: String`
        ])
      )
      .concat(files?.declarations ?? [])
      .concat(files ? heads.map((_, i) => `$branch${i}: String!`) : [])
      .join(', ')
    // With the files, whether each head's branch exists: opening a PR on one that does not needs no read of its own (propose.ts).
    const branches = files
      ? heads.map((_, i) => `branch${i}: ref(qualifiedName: $branch${i}) { id }`)
      : []
    if (files) heads.forEach((head, i) => (variables[`branch${i}`] = `refs/heads/${head}`))
    const defaultBranch = files
      ? `id
  defaultBranchRef { name target { oid ... on Commit { ${files.fields} } } ${gated ? '...rules' : ''} }
  ${branches.join('\n  ')}`
      : ''
    const gating = pending.some(l => l.select !== undefined)
    const fragments = [
      ...(gating ? [GATE_FRAGMENT, ROLLUP_FRAGMENT] : []),
      ...(files && gated ? [RULES_FRAGMENT] : [])
    ].join('\n')
    const query = `query(${declarations}) {
repository(owner: $owner, name: $repo) {
  ${[defaultBranch, ...fields].filter(Boolean).join('\n    ')}
}
}
fragment pull on PullRequest {
id number title body state merged isDraft url createdAt mergedAt closedAt
author { __typename login }
headRefName headRefOid baseRefName
mergeCommit { oid }
editor { __typename login }
labels(first: 100) { nodes { name } }
}
${fragments}`
    type Data = {
      repository:
        | (Record<string, PullConnection | null> & {
            id?: string
            defaultBranchRef?:
              | ({
                  name: string
                  target: { oid: string } & Record<string, unknown>
                } & RefNode)
              | null
          })
        | null
    }
    let data: Data
    // Where GitHub refused a part of a train PR's gate (a token without `checks: read` gets
    // FORBIDDEN on the rollup, which reads as null beside an error), that PR's gate is read on
    // its own instead; an error anywhere else fails the read, as it always did.
    const refused = new Set<string>()
    try {
      data = await handle.octokit.graphql<Data>(query, variables)
    } catch (error) {
      const partial = error as { data?: Data | null; errors?: { path?: (string | number)[] }[] }
      const paths = (partial.errors ?? []).map(e => e.path ?? [])
      const gateOnly = paths.every(
        p => String(p[1]).startsWith('gate') || (p[1] === 'defaultBranchRef' && p[2] === 'rules')
      )
      if (!isGraphqlRefusal(error) || !partial.data?.repository || !gateOnly) throw error
      data = partial.data
      // The whole list of a PR whose gate GitHub refused in part is read again: its checks may read as none.
      for (const p of paths) refused.add(p[1] === 'defaultBranchRef' ? 'rules' : String(p[1]))
    }
    if (!data.repository) throw repositoryMissing(handle)
    if (files && defaultFiles) {
      const ref = data.repository.defaultBranchRef
      if (!ref) throw new Error(`${handle.owner}/${handle.repo} has no default branch`)
      handle.nodeId = data.repository.id
      base = {
        name: ref.name,
        sha: ref.target.oid,
        files: filesOf(ref.target, defaultFiles, ref.name)
      }
      if (gated && !refused.has('rules')) rules = rulesOf(ref)
      handle.seen = {
        base: ref.name,
        sha: ref.target.oid,
        absent: new Set(heads.filter((_, i) => data.repository?.[`branch${i}`] === null)),
        at: performance.now()
      }
    }
    const next: PullList[] = []
    for (const l of pending) {
      const page = data.repository[l.name]
      if (!page) continue
      l.pulls.push(...page.nodes.map(fromGraphql))
      const headFiles = l.headFiles
      if (headFiles && !refused.has(l.name))
        page.nodes.forEach(node => {
          const gateNode = node as unknown as GatePullNode & {
            headRef: { target: (CommitNode & { oid?: string }) | null } | null
          }
          const head = gateNode.headRef?.target
          // The head's checks and files are the listed head's only if the branch still points there.
          evidence.set(
            node.number,
            evidenceOf(
              gateNode,
              head?.oid === node.headRefOid ? head : undefined,
              node.headRefOid,
              headFiles.paths,
              headFiles.prefix
            )
          )
        })
      l.pages--
      if (l.pages > 0 && page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
        l.after = page.pageInfo.endCursor
        next.push(l)
      }
    }
    waiting = [...next, ...waiting.slice(LISTS_PER_QUERY)]
  }
  const byName = (name: string) => lists.find(l => l.name === name)?.pulls ?? []
  return {
    labelled: byName('labelled'),
    flagged: byName('flagged'),
    open: byName('open'),
    closedOnHeads: lists.filter(l => l.name.startsWith('head')).flatMap(l => l.pulls),
    ...(base ? { base } : {}),
    ...(gated ? { evidence } : {}),
    ...(rules ? { rules } : {})
  }
}

export interface DefaultBranch {
  name: string
  sha: string
  files: Map<string, string>
}

/** At most about 1,000 nodes a list (a page of PRs, up to 100 labels each): 50 lists stay far below GitHub's 500,000. */
const LISTS_PER_QUERY = 50

/** One `pullRequests` connection of pullsByLabelAndHead, under its alias, with its own cursor. */
interface PullList {
  name: string
  filter: string
  first: number
  variables: Record<string, string>
  after: string | null
  pulls: Pull[]
  /** How many more pages to read at most. */
  pages: number
  /** More to select of each node (a train PR's gate). */
  select?: string
  /** The files that selection reads at each node's head, and their aliases' prefix (commitFiles). */
  headFiles?: { paths: readonly string[]; prefix: string }
}

function list(
  name: string,
  filter: string,
  first: number,
  variables: Record<string, string>,
  pages = Infinity
): PullList {
  return { name, filter, first, variables, after: null, pulls: [], pages }
}

interface PullConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: PullNode[]
}

interface PullNode {
  id: string
  number: number
  title: string
  body: string
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  merged: boolean
  isDraft: boolean
  url: string
  createdAt: string
  mergedAt: string | null
  closedAt: string | null
  author: { __typename: string; login: string } | null
  headRefName: string
  headRefOid: string
  baseRefName: string
  mergeCommit: { oid: string } | null
  editor: { __typename: string; login: string } | null
  labels: { nodes: ({ name: string } | null)[] } | null
}

/** The same Pull as toPull makes of REST's pull request. */
function fromGraphql(node: PullNode): Pull {
  return {
    number: node.number,
    nodeId: node.id,
    title: node.title,
    body: node.body,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    merged: node.merged,
    draft: node.isDraft,
    author: node.author ? actorLogin(node.author) : '',
    headRef: node.headRefName,
    headSha: node.headRefOid,
    baseRef: node.baseRefName,
    labels: (node.labels?.nodes ?? []).flatMap(label => (label ? [label.name] : [])),
    url: node.url,
    createdAt: node.createdAt,
    mergedAt: node.mergedAt,
    closedAt: node.closedAt,
    mergeCommitSha: node.mergeCommit?.oid ?? null,
    ...(node.editor ? { editor: actorLogin(node.editor) } : {})
  }
}
