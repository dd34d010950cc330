import { createHash } from 'node:crypto'

/**
 * Git objects as git itself hashes them (SHA-1 over `<type> <size>\0<body>`),
 * so equal content has equal ids and a tree built twice from the same files
 * is the same tree, which is what idempotent commits rest on.
 */

export interface TreeEntry {
  name: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
}

export interface Signature {
  name: string
  email: string
  date: string
}

export interface Commit {
  sha: string
  tree: string
  parents: string[]
  message: string
  author: Signature
  committer: Signature
  /**
   * Whose key signed it: `web-flow` for GitHub's own key (commits it makes
   * through the API without a custom author or committer, web edits,
   * merges), a login for that person's own key, null when unsigned.
   * Whether GitHub calls it verified depends on the committer (see the
   * simulator's #verification).
   */
  signer: string | null
}

export interface TreeChange {
  path: string
  mode?: string
  type?: string
  sha?: string | null
  content?: string
}

export type FileMap = Map<string, { mode: string; sha: string }>

export class GitStore {
  readonly blobs = new Map<string, string>()
  readonly trees = new Map<string, TreeEntry[]>()
  readonly commits = new Map<string, Commit>()

  writeBlob(content: string): string {
    const sha = hash('blob', Buffer.from(content, 'utf8'))
    this.blobs.set(sha, content)
    return sha
  }

  writeTree(entries: TreeEntry[]): string {
    // Git orders entries bytewise, a directory as if its name ended in '/'.
    const sorted = [...entries].sort((a, b) =>
      sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0
    )
    const body = Buffer.concat(
      sorted.map(e =>
        Buffer.concat([
          Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`),
          Buffer.from(e.sha, 'hex')
        ])
      )
    )
    const sha = hash('tree', body)
    this.trees.set(sha, sorted)
    return sha
  }

  writeCommit(commit: Omit<Commit, 'sha'>): string {
    const line = (s: Signature) =>
      `${s.name} <${s.email}> ${Math.floor(Date.parse(s.date) / 1000)} +0000`
    const text = [
      `tree ${commit.tree}`,
      ...commit.parents.map(p => `parent ${p}`),
      `author ${line(commit.author)}`,
      `committer ${line(commit.committer)}`,
      '',
      commit.message
    ].join('\n')
    const sha = hash('commit', Buffer.from(text, 'utf8'))
    this.commits.set(sha, { ...commit, sha })
    return sha
  }

  /** Every file of a tree by full path. */
  flatten(treeSha: string, prefix = '', out: FileMap = new Map()): FileMap {
    for (const entry of this.trees.get(treeSha) ?? []) {
      const path = prefix + entry.name
      if (entry.type === 'tree') this.flatten(entry.sha, `${path}/`, out)
      else out.set(path, { mode: entry.mode, sha: entry.sha })
    }
    return out
  }

  /** Builds the nested trees for a set of files and returns the root's id. */
  buildTree(files: FileMap): string {
    const here: TreeEntry[] = []
    const dirs = new Map<string, FileMap>()
    for (const [path, file] of files) {
      const slash = path.indexOf('/')
      if (slash < 0) {
        here.push({ name: path, mode: file.mode, type: 'blob', sha: file.sha })
        continue
      }
      const dir = path.slice(0, slash)
      if (!dirs.has(dir)) dirs.set(dir, new Map())
      dirs.get(dir)!.set(path.slice(slash + 1), file)
    }
    for (const [name, inner] of dirs)
      here.push({ name, mode: '040000', type: 'tree', sha: this.buildTree(inner) })
    return this.writeTree(here)
  }

  /** createTree's semantics: entries overlay `baseTree` by path; a null sha deletes; without a base, the tree is the entries alone. */
  overlay(baseTree: string | undefined, changes: readonly TreeChange[]): string {
    const files: FileMap = baseTree ? this.flatten(baseTree) : new Map()
    for (const change of changes) {
      if (change.sha === null) {
        files.delete(change.path)
        for (const path of [...files.keys()])
          if (path.startsWith(`${change.path}/`)) files.delete(path)
        continue
      }
      if (change.type === 'tree' && change.sha) {
        for (const [path, file] of this.flatten(change.sha))
          files.set(`${change.path}/${path}`, file)
        continue
      }
      const sha = change.content !== undefined ? this.writeBlob(change.content) : change.sha!
      files.set(change.path, { mode: change.mode ?? '100644', sha })
    }
    return this.buildTree(files)
  }

  /** The object at `path` inside a tree, or the tree itself for an empty path. */
  lookup(treeSha: string, path: string): { type: 'blob' | 'tree'; sha: string } | undefined {
    let current: { type: 'blob' | 'tree'; sha: string } = { type: 'tree', sha: treeSha }
    for (const name of path.split('/').filter(Boolean)) {
      if (current.type !== 'tree') return undefined
      const entry = this.trees.get(current.sha)?.find(e => e.name === name)
      if (!entry) return undefined
      current = { type: entry.type, sha: entry.sha }
    }
    return current
  }

  isAncestor(ancestor: string, of: string): boolean {
    return this.ancestors(of).has(ancestor)
  }

  /** A commit and every commit reachable from it. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>()
    const queue = [sha]
    while (queue.length > 0) {
      const next = queue.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(...(this.commits.get(next)?.parents ?? []))
    }
    return seen
  }

  /** A common ancestor of a and b, the newest by date. */
  mergeBase(a: string, b: string): string | undefined {
    const ofA = this.ancestors(a)
    return [...this.ancestors(b)]
      .filter(sha => ofA.has(sha))
      .sort((x, y) =>
        this.commits.get(y)!.committer.date.localeCompare(this.commits.get(x)!.committer.date)
      )[0]
  }

  /**
   * A three-way merge by file: what `theirs` changed since the merge base is
   * applied onto `ours`; a file both sides changed differently is a conflict
   * (undefined). Enough for files that each region owns.
   */
  merge(ours: string, theirs: string): string | undefined {
    const base = this.mergeBase(ours, theirs)
    const tree = (sha: string | undefined) =>
      sha ? this.flatten(this.commits.get(sha)!.tree) : new Map()
    const [b, o, t] = [tree(base), tree(ours), tree(theirs)]
    const result: FileMap = new Map(o)
    for (const path of new Set([...b.keys(), ...t.keys()])) {
      const [bf, of, tf] = [b.get(path)?.sha, o.get(path)?.sha, t.get(path)?.sha]
      if (tf === bf) continue
      if (of !== bf && of !== tf) return undefined
      if (tf === undefined) result.delete(path)
      else result.set(path, t.get(path)!)
    }
    return this.buildTree(result)
  }
}

function sortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name
}

function hash(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex')
}
