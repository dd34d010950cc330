import { LABEL } from '../train/names.js'
import { LABELS } from '../train/observe.js'
import type { GitHubClient } from './client.js'

/** Which services of the environments repository have a train in flight, from one look at its train PRs. */
export interface FleetView {
  defaultBranch: string
  /**
   * Every label on those train PRs → why: a service's label
   * (multiregion:<service>) is there when its train needs a reconcile.
   */
  active: Map<string, 'open' | 'recent' | 'held'>
  /** GraphQL pages the look took (one, unless over 100 train PRs are open or recently closed). */
  pages: number
}

const PAGE = 100
/** Labels a train PR carries: the train's, the service's, and a few outcome labels. More are not the train's. */
const LABELS_READ = 20

interface PullNode {
  updatedAt: string
  labels: { nodes: { name: string }[] } | null
}
interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: PullNode[]
}

/*
 * Both lists page on their own cursor; a list already read to its end is
 * asked again after its last cursor, which GitHub answers with an empty page.
 */
const FLEET_QUERY = `query($owner: String!, $repo: String!, $label: String!, $heldLabel: String!, $openAfter: String, $recentAfter: String, $heldAfter: String) {
  repository(owner: $owner, name: $repo) {
    defaultBranchRef { name }
    held: pullRequests(labels: [$heldLabel], first: ${PAGE}, after: $heldAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt labels(first: ${LABELS_READ}) { nodes { name } } }
    }
    open: pullRequests(labels: [$label], states: [OPEN], first: ${PAGE}, after: $openAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt labels(first: ${LABELS_READ}) { nodes { name } } }
    }
    recent: pullRequests(labels: [$label], states: [CLOSED, MERGED], first: ${PAGE}, after: $recentAfter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt labels(first: ${LABELS_READ}) { nodes { name } } }
    }
  }
}`

/**
 * Every service whose train may need a move, in one GraphQL query over the
 * environments repository's train PRs (the train keeps its whole state in
 * them): a service with an open train PR (a promotion or rollback awaiting
 * its gate, merge or rebuild), or one whose train PR closed or merged at or
 * after `since` (a merge whose Argo CD wait, bake or next wave may be due).
 * Its cost follows the train PRs in flight, never the number of services:
 * an idle fleet is one request. Labels only choose what to reconcile; each
 * reconcile then reads what GitHub vouches for, so a forged label costs a
 * look, never a gate.
 */
export async function readFleet(
  client: GitHubClient,
  owner: string,
  repo: string,
  since: number
): Promise<FleetView> {
  const active = new Map<string, 'open' | 'recent' | 'held'>()
  let defaultBranch: string | undefined
  let openAfter: string | null = null
  let recentAfter: string | null = null
  let heldAfter: string | null = null
  let openDone = false
  let recentDone = false
  let heldDone = false
  let pages = 0
  while (!openDone || !recentDone || !heldDone) {
    pages++
    const data: {
      repository: {
        defaultBranchRef: { name: string } | null
        open: Page
        recent: Page
        held: Page
      } | null
    } = await client.octokit.graphql(FLEET_QUERY, {
      owner,
      repo,
      label: LABEL,
      heldLabel: LABELS.held,
      openAfter,
      recentAfter,
      heldAfter
    })
    const repository = data.repository
    if (!repository) throw new Error(`${owner}/${repo} does not exist or the token cannot read it`)
    if (!repository.defaultBranchRef)
      throw new Error(`${owner}/${repo} has no default branch: it is empty`)
    defaultBranch = repository.defaultBranchRef.name
    if (!openDone) {
      for (const node of repository.open.nodes) mark(active, node, 'open')
      openDone = !repository.open.pageInfo.hasNextPage
      openAfter = repository.open.pageInfo.endCursor ?? openAfter
    }
    if (!heldDone) {
      for (const node of repository.held.nodes) mark(active, node, 'held')
      heldDone = !repository.held.pageInfo.hasNextPage
      heldAfter = repository.held.pageInfo.endCursor ?? heldAfter
    }
    if (!recentDone) {
      // Newest first: once a page reaches past `since`, nothing older matters.
      const fresh = repository.recent.nodes.filter(n => Date.parse(n.updatedAt) >= since)
      for (const node of fresh) mark(active, node, 'recent')
      recentDone =
        !repository.recent.pageInfo.hasNextPage || fresh.length < repository.recent.nodes.length
      recentAfter = repository.recent.pageInfo.endCursor ?? recentAfter
    }
  }
  return { defaultBranch: defaultBranch!, active, pages }
}

function mark(
  active: Map<string, 'open' | 'recent' | 'held'>,
  node: PullNode,
  why: 'open' | 'recent' | 'held'
): void {
  for (const { name } of node.labels?.nodes ?? [])
    if (active.get(name) !== 'open') active.set(name, why)
}
