import { parseBranch, serviceLabel } from '../train/names.js'
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
  headRefName: string
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
/*
 * Open and recently closed PRs are read whatever their labels, and a train
 * PR is known by its branch as well as its labels: a person with triage
 * access can take the labels off, and the fleet must not lose the train.
 */
const FLEET_QUERY = `query($owner: String!, $repo: String!, $heldLabel: String!, $openAfter: String, $recentAfter: String, $heldAfter: String) {
  repository(owner: $owner, name: $repo) {
    defaultBranchRef { name }
    held: pullRequests(labels: [$heldLabel], first: ${PAGE}, after: $heldAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt headRefName labels(first: ${LABELS_READ}) { nodes { name } } }
    }
    open: pullRequests(states: [OPEN], first: ${PAGE}, after: $openAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt headRefName labels(first: ${LABELS_READ}) { nodes { name } } }
    }
    recent: pullRequests(states: [CLOSED, MERGED], first: ${PAGE}, after: $recentAfter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { updatedAt headRefName labels(first: ${LABELS_READ}) { nodes { name } } }
    }
  }
}`

/**
 * Every service whose train may need a move, in one GraphQL query over the
 * environments repository's train PRs (the train keeps its whole state in
 * them): a service with an open train PR (a promotion or rollback awaiting
 * its gate, merge or rebuild), or one whose train PR closed or merged at or
 * after `since` (a merge whose Argo CD wait, bake or next wave may be due).
 * Its cost follows the PRs in flight (the environments repository's open
 * ones and those closed since `since`), never the number of services: an
 * idle fleet is one request. Labels and branch names only choose what to
 * reconcile; each reconcile then reads what GitHub vouches for, so a forged
 * label or branch costs a look, never a gate, and a removed label loses
 * nothing the branch still says.
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
  const branch = parseBranch(node.headRefName)
  const names = (node.labels?.nodes ?? []).map(l => l.name)
  if (branch) names.push(serviceLabel(branch.service))
  for (const name of names) if (active.get(name) !== 'open') active.set(name, why)
}
