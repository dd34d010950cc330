import { repositoryMissing } from './handle.js'
import type { RepoHandle } from './handle.js'

/**
 * The commit `branch` points at and the text of each path in that very
 * commit, in one GraphQL query: every file is read through the one commit
 * object the ref resolved to, so a commit landing meanwhile cannot mix in.
 * Plan from these files, then build on `sha` (see commitFiles' `parent`).
 */
export async function readBranch(
  handle: RepoHandle,
  branch: string,
  paths: readonly string[]
): Promise<{ sha: string; files: Map<string, string> }> {
  const { fields, declarations, variables } = commitFiles(paths)
  const query = `query(${['$owner: String!', '$repo: String!', '$branch: String!', ...declarations].join(', ')}) {
repository(owner: $owner, name: $repo) {
  ref(qualifiedName: $branch) {
    target {
      oid
      ... on Commit {
        ${fields}
      }
    }
  }
}
}`
  const data = await handle.octokit.graphql<{
    repository: {
      ref: {
        target: ({ oid: string } & Record<string, unknown>) | null
      } | null
    } | null
  }>(query, {
    ...variables,
    owner: handle.owner,
    repo: handle.repo,
    branch: `refs/heads/${branch}`
  })
  if (!data.repository) throw repositoryMissing(handle)
  const target = data.repository.ref?.target
  if (!target) throw new Error(`branch ${branch} does not exist in ${handle.owner}/${handle.repo}`)
  return { sha: target.oid, files: filesOf(target, paths, branch) }
}

/**
 * GraphQL fields reading each path in the commit they are selected on
 * (`file(path:)` of a Commit, under aliases b0, b1, ..., or another
 * `prefix` where one query reads several commits), so every file comes
 * from that one commit; values travel as variables of the same names.
 */
export function commitFiles(
  paths: readonly string[],
  prefix = 'b'
): {
  fields: string
  declarations: string[]
  variables: Record<string, string>
} {
  const variables: Record<string, string> = {}
  const fields = paths.map((path, i) => {
    variables[`${prefix}${i}`] = path
    return `${prefix}${i}: file(path: $${prefix}${i}) { object { ... on Blob { text isTruncated } } }`
  })
  return {
    fields: fields.join('\n        ') || '__typename',
    declarations: paths.map((_, i) => `$${prefix}${i}: String!`),
    variables
  }
}

/** The texts commitFiles' fields (of the same `prefix`) answered on `commit` (read at `ref`); missing paths and directories are absent. */
export function filesOf(
  commit: Record<string, unknown>,
  paths: readonly string[],
  ref: string,
  prefix = 'b'
): Map<string, string> {
  const files = new Map<string, string>()
  paths.forEach((path, i) => {
    const blob = (commit[`${prefix}${i}`] as { object: BlobNode | null } | null)?.object
    if (blob?.isTruncated)
      throw new Error(
        `${path} at ${ref} is too large for GitHub to return whole; keep environment files small`
      )
    if (typeof blob?.text === 'string') files.set(path, blob.text)
  })
  return files
}

/**
 * The text of each path at `ref` (a branch, tag or commit sha), in one
 * GraphQL query whatever the number of paths. Missing paths, directories
 * and binary files are absent from the map; a file too large for GitHub
 * to return whole is an error.
 */
export async function readFiles(
  handle: RepoHandle,
  ref: string,
  paths: readonly string[]
): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  if (paths.length === 0) return files
  const { query, variables } = filesQuery(paths.map(path => `${ref}:${path}`))
  const data = await handle.octokit.graphql<{
    repository: Record<string, BlobNode> | null
  }>(query, { ...variables, owner: handle.owner, repo: handle.repo })
  if (!data.repository) throw repositoryMissing(handle)
  paths.forEach((path, i) => {
    const blob = data.repository?.[`f${i}`]
    // An edit of a truncated text would write the truncation back.
    if (blob?.isTruncated)
      throw new Error(
        `${path} at ${ref} is too large for GitHub to return whole; keep environment files small`
      )
    if (typeof blob?.text === 'string') files.set(path, blob.text)
  })
  return files
}

/** The text of `path` at each commit in `shas` (absent where the file is), in one GraphQL query. */
export async function readFileAt(
  handle: RepoHandle,
  shas: readonly string[],
  path: string
): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  if (shas.length === 0) return texts
  const { query, variables } = filesQuery(shas.map(sha => `${sha}:${path}`))
  const data = await handle.octokit.graphql<{
    repository: Record<string, BlobNode> | null
  }>(query, { ...variables, owner: handle.owner, repo: handle.repo })
  shas.forEach((sha, i) => {
    const blob = data.repository?.[`f${i}`]
    if (typeof blob?.text === 'string' && !blob.isTruncated) texts.set(sha, blob.text)
  })
  return texts
}

export interface BlobNode {
  text?: string | null
  isTruncated?: boolean
}

/** A query reading each `<ref>:<path>` expression under its own alias, f0, f1, ...; values travel as variables, never inlined. */
export function filesQuery(
  expressions: readonly string[],
  extraFields = '',
  extraVariables = '',
  fragments = ''
): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {}
  const fields = expressions.map((expression, i) => {
    variables[`e${i}`] = expression
    return `f${i}: object(expression: $e${i}) { ... on Blob { text isTruncated } }`
  })
  const declarations = [
    '$owner: String!',
    '$repo: String!',
    ...(extraVariables ? [extraVariables] : []),
    ...expressions.map((_, i) => `$e${i}: String!`)
  ].join(', ')
  const query = `query(${declarations}) {
  repository(owner: $owner, name: $repo) {
    ${[extraFields, ...fields].filter(Boolean).join('\n    ')}
  }
}
${fragments}`
  return { query, variables }
}
