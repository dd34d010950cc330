import type { Application } from './health.js'

/** What the train edits: the environments repository, its default branch and the region's changed files. */
export interface EditedSource {
  /** The environments repository's address, such as https://github.com/acme/environments. */
  repository: string
  defaultBranch: string
  /** The files the region's PR changes, relative to the repository's root. */
  paths: readonly string[]
}

/** A field of the Application that does not match what the train edits. */
export interface SetupProblem {
  /** The Application field, such as spec.source.targetRevision or spec.sources[1].path. */
  field: string
  actual: string
  expected: string
}

/**
 * Whether an Application renders the files a promotion changes, from the
 * environments repository's default branch. When it does not, Argo CD
 * compares and reports Synced and Healthy at the merge commit without
 * deploying anything (controller/state.go CompareAppState renders only the
 * app's own sources), or never sees the merge at all (another branch): in
 * both cases waiting on it proves nothing, so the train must not.
 *
 * Sources from other repositories (a Helm chart, a values repository) are
 * left alone; every source from the environments repository must track its
 * default branch, and each changed file must lie under the path of one of
 * them. With spec.sourceHydrator the dry source is what the train edits
 * (the hydrated branch is Argo CD's own output).
 */
export function checkApplication(app: Application, edited: EditedSource): SetupProblem[] {
  const spec = app.spec ?? {}
  const repository = normaliseRepoURL(edited.repository)
  const status = app.status
  const sources: {
    field: string
    repoURL?: string
    path?: string
    targetRevision?: string
    ref?: string
    directory?: { recurse?: boolean }
    /** status.sourceType(s): the type Argo CD detected for this source, once it compared. */
    type?: string
  }[] =
    spec.sourceHydrator !== undefined
      ? [{ field: 'spec.sourceHydrator.drySource', ...spec.sourceHydrator.drySource }]
      : spec.sources !== undefined && spec.sources.length > 0
        ? spec.sources.map((s, i) => ({
            field: `spec.sources[${i}]`,
            ...s,
            type: status?.sourceTypes?.[i]
          }))
        : [{ field: 'spec.source', ...spec.source, type: status?.sourceType }]
  const ours = sources.filter(s => normaliseRepoURL(s.repoURL ?? '') === repository)
  if (ours.length === 0) {
    const first = sources[0]!
    return [
      {
        field:
          sources.length === 1
            ? `${first.field}.repoURL`
            : `${first.field.replace(/\[0\]$/, '')}[*].repoURL`,
        actual: sources.map(s => s.repoURL ?? '(not set)').join(', '),
        expected: edited.repository
      }
    ]
  }
  const problems: SetupProblem[] = []
  for (const source of ours) {
    const revision = source.targetRevision ?? ''
    if (!tracksDefaultBranch(revision, edited.defaultBranch))
      problems.push({
        field: `${source.field}.targetRevision`,
        actual: revision,
        expected: `${edited.defaultBranch} (the environments repository's default branch; HEAD or empty also track it)`
      })
  }
  if (problems.length > 0) return problems
  // A source that only lends files to others (`ref`, multi-source values) renders nothing itself.
  const rendering = ours.filter(s => s.ref === undefined || s.path !== undefined)
  const outside = edited.paths.filter(file => !rendering.some(s => renders(s, file)))
  if (outside.length > 0) {
    const fields = rendering.map(s => `${s.field}.path`)
    const files = `${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ` and ${outside.length - 3} more` : ''}`
    // A parent folder read as a plain directory: the files are under it, yet not rendered.
    const flat = rendering.filter(s => outside.some(file => under(folderOf(s.path), file)))
    problems.push({
      field: fields.length === 1 ? fields[0]! : fields.join(', '),
      actual: rendering.map(s => s.path ?? '(not set)').join(', '),
      expected:
        flat.length > 0
          ? `a folder holding ${files} directly, or directory.recurse: true on ${flat.map(s => s.field).join(', ')} (a directory app renders only the files directly in its path)`
          : `a folder holding ${files}`
    })
  }
  return problems
}

function under(folder: string, file: string): boolean {
  return folder === '' || file === folder || file.startsWith(`${folder}/`)
}

/**
 * Whether a source renders a file: it lies under the source's path, and a
 * source Argo CD reads as a plain directory (declared with
 * spec.source.directory, or detected, status.sourceType Directory) renders
 * only the files directly in its path unless directory.recurse is set
 * (argo-cd docs, user-guide/directory.md "Enabling Recursive Resource
 * Detection"; reposerver/repository/repository.go findManifests skips
 * subdirectories without it). Kustomize, Helm and plugin sources decide
 * what they read themselves, so under the path is all that can be checked.
 */
function renders(
  source: { path?: string; directory?: { recurse?: boolean }; type?: string },
  file: string
): boolean {
  const folder = folderOf(source.path)
  if (!under(folder, file)) return false
  const directory =
    source.type === 'Directory' || (source.type === undefined && source.directory !== undefined)
  if (!directory || source.directory?.recurse === true) return true
  const rest = folder === '' ? file : file.slice(folder.length + 1)
  return !rest.includes('/')
}

/** The setup problems as one sentence a platform engineer can act on. */
export function describeProblems(
  app: string,
  region: string,
  problems: readonly SetupProblem[]
): string {
  const each = problems.map(p => `${p.field} is "${p.actual}", expected ${p.expected}`)
  return `setup error: Argo CD application ${app} (region ${region}) does not deploy what the train edits: ${each.join('; ')}. Fix the Application (or platform.yaml spec.regions.${region}.argocd.app); nothing is recorded against the release, and the region is promoted once the Application renders its folder from the default branch.`
}

/**
 * One spelling per repository: scheme, user and default port dropped, so the ssh and https
 * addresses of a repository are one (Argo CD's own util/git NormalizeGitURL
 * keeps the https scheme, but both reach the same repository), `.git` and
 * trailing slashes removed, lower case (host names are, and GitHub treats
 * owner and name case-insensitively).
 */
export function normaliseRepoURL(url: string): string {
  let text = url.trim()
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.*)$/.exec(text)
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `ssh://${scp[1]}/${scp[2]}`
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return text.toLowerCase()
  }
  const path = parsed.pathname
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .replace(/^\/+/, '')
  // Another port is another server (a mirror beside the forge); ssh's default port is none.
  const port =
    parsed.port === '' || (parsed.protocol === 'ssh:' && parsed.port === '22')
      ? ''
      : `:${parsed.port}`
  return `${parsed.hostname}${port}/${path}`.toLowerCase()
}

function tracksDefaultBranch(revision: string, defaultBranch: string): boolean {
  const r = revision.trim()
  return r === '' || r === 'HEAD' || r === defaultBranch || r === `refs/heads/${defaultBranch}`
}

function folderOf(path: string | undefined): string {
  return (path ?? '').replace(/^\.?\/+|\/+$/g, '').replace(/^\.$/, '')
}
