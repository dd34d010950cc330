/**
 * Who can make a workflow job read a secret, from the workflow file alone.
 *
 * GitHub runs the workflow file of the ref an event names ("Events that trigger
 * workflows", docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows):
 * pull_request* and merge_group run the pull request's own merge commit, and
 * workflow_dispatch, push, release, create and deployment run whatever branch or tag
 * they name, so a person with write access chooses the file. schedule, workflow_run,
 * repository_dispatch, issues and the like run the default branch's file. A
 * repository secret reaches every one of those runs ("any user with write access to
 * your repository has read access to all secrets", the security hardening guide); an
 * Environment secret reaches only a job that names the Environment, and only once the
 * Environment's deployment branch policy accepts the run's ref ("Deployments and
 * environments": "the job can access the environment's secrets only after the job is
 * sent to a runner"). `if:` conditions decide nothing here: they are in the same file
 * the writer edits.
 */

/** What an Environment's "Deployment branches and tags" setting lets run a job in it. */
export type RefPolicy = 'default-branch' | 'protected-tags' | 'any'

export interface DocumentedEnvironment {
  policy: RefPolicy
  /** Whether the set-up docs keep this secret in the Environment. */
  keeps(secret: string): boolean
}

export interface TrustRules {
  /** Whether a secret can change something a gate protects (the environments repository, a database). */
  writes(secret: string): boolean
  /** The Environment's documented settings, or undefined when the docs do not describe it. */
  environment(name: string): DocumentedEnvironment | undefined
}

/** A reusable workflow a job calls (`uses: ./.github/workflows/x.yml`), parsed; undefined when not local. */
export type ResolveWorkflow = (uses: string) => unknown

/** The events whose workflow file is the pull request's own merge commit (or merge queue commit). */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target', // the base branch's file, and a writer can open a pull request into their own branch
  'pull_request_review',
  'pull_request_review_comment',
  'merge_group'
])

/** The events that always run the default branch's file (the docs' GITHUB_REF column: "default branch"). */
const DEFAULT_BRANCH_EVENTS = new Set([
  'schedule',
  'workflow_run',
  'repository_dispatch',
  'issues',
  'issue_comment',
  'check_run',
  'check_suite',
  'delete',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'label',
  'milestone',
  'page_build',
  'public',
  'registry_package',
  'status',
  'watch',
  'branch_protection_rule'
])

/** The event names a workflow's `on:` lists, in any of its three spellings. */
export function eventsOf(doc: unknown): string[] {
  const on = (doc as { on?: unknown; true?: unknown } | undefined)?.on
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  if (on && typeof on === 'object') return Object.keys(on)
  return []
}

/** Events that run a file a writer chose (everything not known to run the default branch's). */
export function writerChosenEvents(events: readonly string[]): string[] {
  return events.filter(e => !DEFAULT_BRANCH_EVENTS.has(e))
}

/** Every string inside a value, depth first. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

const EVERY_SECRET = '*'

/**
 * The secrets a job can read: every `secrets.NAME` or `secrets['NAME']` in its
 * expressions (`${{ }}`, and the bare expressions of `if:`), `*` for any other use of
 * the secrets context (`toJSON(secrets)`, `secrets[matrix.name]`) and for `secrets: inherit`.
 */
export function secretsReadBy(job: Record<string, unknown>, workflowEnv?: unknown): Set<string> {
  const read = new Set<string>()
  if (job.secrets === 'inherit') read.add(EVERY_SECRET)
  const ifs = [job.if, ...((job.steps as { if?: unknown }[] | undefined) ?? []).map(s => s.if)]
  const expressions = [
    ...[...stringsIn(job), ...stringsIn(workflowEnv)].flatMap(text =>
      [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(m => m[1]!)
    ),
    ...ifs.filter((v): v is string => typeof v === 'string' && !v.includes('${{'))
  ]
  for (const expression of expressions) {
    for (const m of expression.matchAll(
      /\bsecrets\b(\s*\.\s*([A-Za-z_][\w-]*)|\s*\[\s*'([^']*)'\s*\]|\s*\[\s*"([^"]*)"\s*\])?/g
    )) {
      const name = m[2] ?? m[3] ?? m[4]
      read.add(name ?? EVERY_SECRET)
    }
  }
  return read
}

/** The Environment a job names (`environment: name` or `environment: { name }`). */
function environmentOf(job: Record<string, unknown>): string | undefined {
  const env = job.environment
  if (typeof env === 'string') return env
  if (env && typeof env === 'object') {
    const name = (env as { name?: unknown }).name
    return typeof name === 'string' ? name : undefined
  }
  return undefined
}

interface ReachableJob {
  /** `file job`, or `file job -> called-file job` through a reusable workflow. */
  where: string
  job: Record<string, unknown>
  workflowEnv: unknown
}

/** The jobs a workflow runs, those of the local reusable workflows it calls included. */
function reachableJobs(
  path: string,
  doc: unknown,
  resolve: ResolveWorkflow,
  depth = 0
): ReachableJob[] {
  const { jobs = {}, env } = (doc ?? {}) as {
    jobs?: Record<string, Record<string, unknown>>
    env?: unknown
  }
  return Object.entries(jobs).flatMap(([name, job]) => {
    const here: ReachableJob = { where: `${path} ${name}`, job, workflowEnv: env }
    const called = typeof job.uses === 'string' && depth < 4 ? resolve(job.uses) : undefined
    if (called === undefined) return [here]
    return [here, ...reachableJobs(`${here.where} -> ${job.uses}`, called, resolve, depth + 1)]
  })
}

/** The writing secrets a job reads (`every secret` for `*`). */
function writingSecrets(read: Set<string>, rules: TrustRules): string[] {
  return [...read]
    .filter(name => name === EVERY_SECRET || rules.writes(name))
    .map(name => (name === EVERY_SECRET ? 'every secret' : name))
}

const noLocalWorkflows: ResolveWorkflow = () => undefined

/**
 * Jobs that a writer can run from a file they changed and that read a writing
 * secret: any such job of a workflow a pull request event runs, and any job of a
 * workflow run on a ref a writer names (workflow_dispatch, push, release...)
 * unless an Environment whose documented policy admits only the default branch or
 * protected tags stands in the way.
 */
export function writerReachableSecrets(
  path: string,
  doc: unknown,
  rules: TrustRules,
  resolve: ResolveWorkflow = noLocalWorkflows
): string[] {
  const events = eventsOf(doc)
  const pullRequest = events.filter(e => PULL_REQUEST_EVENTS.has(e))
  const chosen = writerChosenEvents(events).filter(e => !PULL_REQUEST_EVENTS.has(e))
  const problems: string[] = []
  for (const { where, job, workflowEnv } of reachableJobs(path, doc, resolve)) {
    const secrets = writingSecrets(secretsReadBy(job, workflowEnv), rules)
    if (secrets.length === 0) continue
    if (pullRequest.length > 0) {
      problems.push(
        `${where} reads ${secrets.join(', ')} in a workflow ${pullRequest.join(', ')} runs from the pull request's own file`
      )
      continue
    }
    const env = environmentOf(job)
    const policy = env === undefined ? undefined : rules.environment(env)?.policy
    if (chosen.length > 0 && policy !== 'default-branch' && policy !== 'protected-tags')
      problems.push(
        `${where} reads ${secrets.join(', ')} on ${chosen.join(', ')}, which runs the file of any ref a writer names, ` +
          (env === undefined
            ? 'and names no Environment'
            : `and Environment ${env} is not limited to the default branch`)
      )
  }
  return problems
}

/**
 * Jobs that read a writing secret other than as an Environment secret of an
 * Environment whose documented deployment policy is the default branch (or protected
 * release tags): a repository secret is readable from every workflow a pull request runs.
 */
export function environmentSecretProblems(
  path: string,
  doc: unknown,
  rules: TrustRules,
  resolve: ResolveWorkflow = noLocalWorkflows
): string[] {
  const problems: string[] = []
  for (const { where, job, workflowEnv } of reachableJobs(path, doc, resolve)) {
    const secrets = writingSecrets(secretsReadBy(job, workflowEnv), rules)
    if (secrets.length === 0) continue
    const env = environmentOf(job)
    if (env === undefined) {
      problems.push(`${where} reads ${secrets.join(', ')} outside a GitHub Environment`)
      continue
    }
    const documented = rules.environment(env)
    if (documented === undefined || documented.policy === 'any') {
      problems.push(
        `${where} reads ${secrets.join(', ')} in Environment ${env}, which the set-up docs do not limit to the default branch`
      )
      continue
    }
    const elsewhere = secrets.filter(s => !documented.keeps(s))
    if (elsewhere.length > 0)
      problems.push(
        `${where} reads ${elsewhere.join(', ')}, which the set-up docs do not keep in Environment ${env}`
      )
  }
  return problems
}
