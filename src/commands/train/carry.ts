import type { BaseRead } from '../../train/edits.js'
import { decodeMarker } from '../../train/marker.js'
import type { PullSnapshot } from '../../train/observe.js'
import type { GitHubPort } from '../../train/ports.js'

/** What one round read of GitHub: the default branch's files and the service's train PRs. */
export interface View {
  read: BaseRead
  pulls: readonly PullSnapshot[]
}

/**
 * The writes of one round, recorded as they are made, so the next round
 * can see their effect on what this round read without reading GitHub
 * again: the acting round knows what it wrote. Only writes whose whole
 * effect on the view is known are modelled (a PR opened on a new branch, a
 * merge, a body, labels; deployments change nothing the train reads); any
 * other write leaves the view unknown, and the next round reads GitHub.
 */
export class RoundWrites {
  readonly #changes: ((view: MutableView) => void)[] = []
  #unknown = false
  /** A PR this round opened that needs no approval: it could merge at once, which only a fresh read may decide. */
  #openedUngated = false

  constructor(
    private readonly botLogin: string,
    private readonly now: () => number
  ) {}

  /** `port` with its writes recorded here. */
  port(port: GitHubPort): GitHubPort {
    const record = (change: (view: MutableView) => void) => this.#changes.push(change)
    return new Proxy(port, {
      get: (target, key: keyof GitHubPort) => {
        const value = target[key]
        if (typeof value !== 'function') return value
        const call = (...args: unknown[]) =>
          (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
        if (!PORT_WRITES.has(key)) return call
        return async (...args: unknown[]) => {
          try {
            const result = await call(...args)
            this.#observe(key, args, result, record)
            return result
          } catch (error) {
            // Whatever landed before the failure is GitHub's to say.
            this.#unknown = true
            throw error
          }
        }
      }
    })
  }

  #observe(
    key: keyof GitHubPort,
    args: unknown[],
    result: unknown,
    record: (change: (view: MutableView) => void) => void
  ): void {
    switch (key) {
      case 'proposeChange': {
        const input = args[0] as Parameters<GitHubPort['proposeChange']>[0]
        const opened = result as Awaited<ReturnType<GitHubPort['proposeChange']>>
        // Base moved or not gone through whole: nothing, or something unknown, landed.
        if (!opened || !('number' in opened)) {
          if (!opened) this.#unknown = true
          return
        }
        // Opened on a base that had moved meanwhile: what the next round plans from is GitHub's to say.
        if (opened.staleBase) this.#unknown = true
        if ((decodeMarker(input.body)?.approvals ?? 0) === 0) this.#openedUngated = true
        // A new branch holding one toolkit commit, and its PR as GitHub shows a new one: nobody has
        // reviewed that commit, no check has reported on it yet.
        record(view =>
          view.pulls.push({
            number: opened.number,
            state: 'open',
            merged: false,
            headSha: opened.commitSha,
            headRef: input.branch,
            author: this.botLogin,
            labels: [...input.labels],
            body: input.body,
            autoMerge: false,
            reviews: [],
            checks: 'pending'
          })
        )
        return
      }
      case 'merge': {
        const [number] = args as [number, string]
        const merged = result as Awaited<ReturnType<GitHubPort['merge']>>
        if (!merged.merged) return
        const at = this.now()
        record(view => {
          const pull = this.#find(view, number)
          if (!pull) return
          // The merge commit's tree is the base's with the PR's files, which the gate read at this head;
          // a changed path it did not read (a deletion) leaves the files unknown.
          const head = pull.headFiles
          if (!head || (pull.changedFiles ?? []).some(path => !head.has(path))) this.#unknown = true
          for (const [path, text] of head ?? []) view.read.files.set(path, text)
          view.read.sha = merged.sha
          Object.assign(pull, { state: 'closed', merged: true, mergeSha: merged.sha, mergedAt: at })
        })
        return
      }
      case 'updateBody': {
        const [number, body] = args as [number, string]
        // GitHub's editor is now the toolkit itself.
        record(view => {
          const pull = this.#find(view, number)
          if (pull) Object.assign(pull, { body, bodyEditor: this.botLogin })
        })
        return
      }
      case 'addLabels': {
        const [number, labels] = args as [number, readonly string[]]
        record(view => {
          const pull = this.#find(view, number)
          if (pull) pull.labels = [...new Set([...pull.labels, ...labels])]
        })
        return
      }
      case 'removeLabel': {
        const [number, label] = args as [number, string]
        record(view => {
          const pull = this.#find(view, number)
          if (pull) pull.labels = pull.labels.filter(l => l !== label)
        })
        return
      }
      case 'recordOutcome': {
        const { pr, body } = args[0] as Parameters<GitHubPort['recordOutcome']>[0]
        record(view => {
          const pull = this.#find(view, pr)
          if (pull) Object.assign(pull, { body, bodyEditor: this.botLogin })
        })
        return
      }
      case 'createDeployment': {
        const { record: written } = args[0] as Parameters<GitHubPort['createDeployment']>[0]
        if (written)
          record(view => {
            const pull = this.#find(view, written.pr)
            if (pull) Object.assign(pull, { body: written.body, bodyEditor: this.botLogin })
          })
        return
      }
      case 'setDeploymentStatus':
        return
      default:
        this.#unknown = true
    }
  }

  /** A PR of the view by number; one written but never read leaves the view unknown. */
  #find(view: MutableView, number: number): PullSnapshot | undefined {
    const pull = view.pulls.find(p => p.number === number)
    if (!pull) this.#unknown = true
    return pull
  }

  /**
   * What GitHub shows after this round's writes, from what the round read
   * and what it wrote; undefined when a write's effect is not known.
   */
  apply(view: View): { view: View; openedUngated: boolean } | undefined {
    if (this.#unknown) return undefined
    const next: MutableView = {
      read: { sha: view.read.sha, files: new Map(view.read.files) },
      pulls: view.pulls.map(p => ({ ...p }))
    }
    for (const change of this.#changes) change(next)
    if (this.#unknown) return undefined
    return { view: next, openedUngated: this.#openedUngated }
  }
}

interface MutableView {
  read: BaseRead
  pulls: PullSnapshot[]
}

/** The port's calls that write: every one is either modelled above or makes the view unknown. */
export const PORT_WRITES: ReadonlySet<keyof GitHubPort> = new Set<keyof GitHubPort>([
  'commitFiles',
  'replaceBranch',
  'proposeChange',
  'deleteBranch',
  'openPull',
  'updateBody',
  'merge',
  'enableAutoMerge',
  'disableAutoMerge',
  'addLabels',
  'removeLabel',
  'closePull',
  'createDeployment',
  'setDeploymentStatus',
  'recordOutcome'
])
