import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../support/paths.js'
import {
  environmentSecretProblems,
  eventsOf,
  secretsReadBy,
  writerReachableSecrets,
  type DocumentedEnvironment,
  type RefPolicy,
  type TrustRules
} from '../support/workflow-trust.js'

const WORKFLOW_DIRS = ['workflows', '.github/workflows']
const workflows = WORKFLOW_DIRS.flatMap(dir =>
  readdirSync(join(ROOT, dir))
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => `${dir}/${f}`)
)
const text = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const read = (path: string): unknown => parse(text(path))

/**
 * The secrets that can only read (SECURITY.md's trust table says what each can do).
 * Any other secret counts as writing, so a new or renamed secret is guarded until
 * someone decides otherwise.
 */
const READ_ONLY = new Set(['GITHUB_TOKEN', 'MULTIREGION_READER_KEY', 'ARGOCD_TOKEN'])
const writes = (secret: string) => !READ_ONLY.has(secret)

/** `DB_URL_<REGION>` in the docs stands for any region's name. */
const namePattern = (spelled: string) =>
  new RegExp(
    `^${spelled.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\<[a-z-]+\\>|<[A-Za-z-]+>/g, '[A-Za-z0-9_-]+')}$`
  )

/**
 * The Environments the set-up docs tell a user to create, read from their table
 * (docs/setup.md): name, deployment policy and the secrets kept there. The test holds
 * the templates to what the docs say, so the two cannot drift apart.
 */
function documentedEnvironments(markdown: string): Map<RegExp, DocumentedEnvironment> {
  const lines = markdown.split('\n')
  const rows: string[][] = []
  lines.forEach((line, header) => {
    if (!/^\| Environment \|.*Deployment branches and tags/.test(line)) return
    const end = lines.findIndex((l, i) => i > header && !l.startsWith('|'))
    for (const row of lines.slice(header + 2, end === -1 ? undefined : end))
      rows.push(
        row
          .split('|')
          .slice(1, -1)
          .map(cell => cell.trim())
      )
  })
  const table = new Map<RegExp, DocumentedEnvironment>()
  for (const [name, , policyCell, , secretsCell] of rows) {
    if (name === undefined || policyCell === undefined || secretsCell === undefined) continue
    const policy: RefPolicy = /the default branch only/.test(policyCell)
      ? 'default-branch'
      : /protected release tags only/.test(policyCell)
        ? 'protected-tags'
        : 'any'
    const secrets = [...secretsCell.matchAll(/`([^`]+)`/g)].map(m => namePattern(m[1]!))
    table.set(namePattern(name.replace(/`/g, '')), {
      policy,
      keeps: secret => secrets.some(p => p.test(secret))
    })
  }
  return table
}

// The users' Environments (docs/setup.md) and this repository's own release Environment (README).
const documented = documentedEnvironments(`${text('docs/setup.md')}\n${text('README.md')}`)
const rules: TrustRules = {
  writes,
  environment: name => [...documented].find(([pattern]) => pattern.test(name))?.[1]
}

/** A local reusable workflow, parsed from the repository. */
const resolveLocal = (uses: string) =>
  uses.startsWith('./') ? (read(uses.slice(2)) as unknown) : undefined

describe('the writing key never reaches a workflow file a pull request can change', () => {
  it.each(workflows)(
    '%s: no job a writer can run from their own file reads a writing secret',
    path => {
      expect(writerReachableSecrets(path, read(path), rules, resolveLocal)).toEqual([])
    }
  )

  it.each(workflows)(
    '%s: every writing secret is an Environment secret of an Environment limited to the default branch',
    path => {
      expect(environmentSecretProblems(path, read(path), rules, resolveLocal)).toEqual([])
    }
  )

  it('the set-up docs limit every Environment that holds a writing secret to the default branch or protected tags', () => {
    const named = workflows.flatMap(path =>
      Object.values((read(path) as { jobs?: Record<string, { environment?: unknown }> }).jobs ?? {})
        .map(job => (typeof job.environment === 'string' ? job.environment : undefined))
        .filter((e): e is string => e !== undefined)
    )
    expect(named.length).toBeGreaterThan(0)
    for (const env of named)
      expect([env, rules.environment(env)?.policy]).toEqual([
        env,
        expect.stringMatching(/^(default-branch|protected-tags)$/)
      ])
  })

  it('every secret a template reads is in SECURITY.md’s trust table', () => {
    const table = text('SECURITY.md')
      .split('\n')
      .filter(line => line.startsWith('| `'))
      .flatMap(line => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map(m => namePattern(m[1]!)))
    const secrets = workflows.flatMap(path =>
      Object.values(
        (read(path) as { jobs?: Record<string, Record<string, unknown>> }).jobs ?? {}
      ).flatMap(job => [...secretsReadBy(job)])
    )
    expect(secrets.length).toBeGreaterThan(0)
    for (const secret of secrets)
      expect([secret, table.some(p => p.test(secret))]).toEqual([secret, true])
  })

  it('a review or a merge moves the train on through a workflow_run of the default branch’s reconcile', () => {
    const review = read('workflows/review.yml') as { name: string }
    expect(eventsOf(review).sort()).toEqual(['pull_request', 'pull_request_review'])
    const reconcile = read('workflows/environments.yml') as {
      on: { workflow_run?: { workflows?: string[]; types?: string[] } }
    }
    expect(reconcile.on.workflow_run?.workflows).toEqual([review.name])
    expect(reconcile.on.workflow_run?.types).toEqual(['completed'])
  })
})

describe('the trust checker catches each way in', () => {
  const key = '${{ secrets.MULTIREGION_WRITER_KEY }}'
  const tokenStep = { uses: 'actions/create-github-app-token@sha', with: { 'private-key': key } }
  const policies = new Map<string, RefPolicy>([
    ['multiregion', 'default-branch'],
    ['multiregion-release', 'protected-tags'],
    ['anything-goes', 'any']
  ])
  const testRules: TrustRules = {
    writes,
    environment: name =>
      policies.has(name)
        ? { policy: policies.get(name)!, keeps: secret => secret === 'MULTIREGION_WRITER_KEY' }
        : undefined
  }
  const workflow = (
    on: unknown,
    job: Record<string, unknown>,
    extra: Record<string, unknown> = {}
  ) => ({
    on,
    ...extra,
    jobs: { j: { 'runs-on': 'ubuntu-latest', ...job } }
  })
  const both = (doc: unknown, resolve?: (uses: string) => unknown) => ({
    reach: writerReachableSecrets('w.yml', doc, testRules, resolve),
    environment: environmentSecretProblems('w.yml', doc, testRules, resolve)
  })

  it('a pull_request job that reads the key as a repository secret (today’s service.yml plan)', () => {
    const found = both(workflow('pull_request', { steps: [tokenStep] }))
    expect(found.reach).toEqual([
      "w.yml j reads MULTIREGION_WRITER_KEY in a workflow pull_request runs from the pull request's own file"
    ])
    expect(found.environment).toEqual([
      'w.yml j reads MULTIREGION_WRITER_KEY outside a GitHub Environment'
    ])
  })

  it('a pull_request_review job, even in the default-branch Environment and behind an if: (today’s reconcile)', () => {
    const doc = workflow(
      { pull_request_review: { types: ['submitted'] }, schedule: [{ cron: '*/10 * * * *' }] },
      { environment: 'multiregion', if: "github.event_name == 'schedule'", steps: [tokenStep] }
    )
    expect(both(doc).reach).toEqual([
      "w.yml j reads MULTIREGION_WRITER_KEY in a workflow pull_request_review runs from the pull request's own file"
    ])
  })

  it('a release job that promotes from the same file as a pull_request plan', () => {
    const doc = workflow(['pull_request', 'release'], {
      environment: 'multiregion-release',
      steps: [tokenStep]
    })
    expect(both(doc).reach).toHaveLength(1)
  })

  it('a workflow_dispatch job without an Environment (today’s migrations.yml read key, a rollback without one)', () => {
    const found = both(workflow({ workflow_dispatch: {} }, { steps: [tokenStep] }))
    expect(found.reach).toEqual([
      'w.yml j reads MULTIREGION_WRITER_KEY on workflow_dispatch, which runs the file of any ref a writer names, and names no Environment'
    ])
    expect(found.environment).toHaveLength(1)
  })

  it('a push or workflow_dispatch job in an Environment the docs leave open to any branch', () => {
    const found = both(
      workflow(['push', 'workflow_dispatch'], { environment: 'anything-goes', steps: [tokenStep] })
    )
    expect(found.reach).toEqual([
      'w.yml j reads MULTIREGION_WRITER_KEY on push, workflow_dispatch, which runs the file of any ref a writer names, and Environment anything-goes is not limited to the default branch'
    ])
    expect(found.environment).toEqual([
      'w.yml j reads MULTIREGION_WRITER_KEY in Environment anything-goes, which the set-up docs do not limit to the default branch'
    ])
  })

  it('an Environment the docs never describe, or named by an expression', () => {
    expect(
      both(workflow('schedule', { environment: 'prod', steps: [tokenStep] })).environment
    ).toHaveLength(1)
    const dynamic = workflow('workflow_dispatch', {
      environment: '${{ inputs.env }}',
      steps: [tokenStep]
    })
    expect(both(dynamic).reach).toHaveLength(1)
  })

  it('a scheduled job that reads the key as a repository secret: no pull request runs it, yet pull requests can read the secret', () => {
    const found = both(workflow('schedule', { steps: [tokenStep] }))
    expect(found.reach).toEqual([])
    expect(found.environment).toEqual([
      'w.yml j reads MULTIREGION_WRITER_KEY outside a GitHub Environment'
    ])
  })

  it('a reusable workflow called with secrets: inherit, or handed the key, from a pull_request', () => {
    const inherit = workflow('pull_request', {
      uses: 'acme/shared/.github/workflows/x.yml@sha',
      secrets: 'inherit'
    })
    expect(both(inherit).reach).toEqual([
      "w.yml j reads every secret in a workflow pull_request runs from the pull request's own file"
    ])
    const handed = workflow('pull_request', {
      uses: 'acme/shared/.github/workflows/x.yml@sha',
      secrets: { key }
    })
    expect(both(handed).reach).toHaveLength(1)
  })

  it('a local reusable workflow whose own job names the Environment, called from a pull_request', () => {
    const called = {
      on: { workflow_call: {} },
      jobs: { write: { environment: 'multiregion', steps: [tokenStep] } }
    }
    const caller = workflow('pull_request', { uses: './.github/workflows/called.yml' })
    const found = both(caller, uses =>
      uses === './.github/workflows/called.yml' ? called : undefined
    )
    expect(found.reach).toEqual([
      "w.yml j -> ./.github/workflows/called.yml write reads MULTIREGION_WRITER_KEY in a workflow pull_request runs from the pull request's own file"
    ])
  })

  it('the whole secrets context (toJSON(secrets), secrets[name]) and a workflow-wide env', () => {
    const dump = workflow('pull_request', {
      steps: [{ run: 'echo', env: { ALL: '${{ toJSON(secrets) }}' } }]
    })
    expect(both(dump).reach).toHaveLength(1)
    const indexed = workflow('pull_request', {
      steps: [{ with: { k: "${{ secrets['MULTIREGION_WRITER_KEY'] }}" } }]
    })
    expect(both(indexed).reach).toHaveLength(1)
    const wide = workflow('pull_request', { steps: [{ run: 'true' }] }, { env: { KEY: key } })
    expect(both(wide).reach).toHaveLength(1)
  })

  it('a read-only credential on a pull_request is fine', () => {
    const reader = workflow('pull_request', {
      steps: [
        {
          uses: 'actions/create-github-app-token@sha',
          with: { 'private-key': '${{ secrets.MULTIREGION_READER_KEY }}' }
        }
      ]
    })
    expect(both(reader)).toEqual({ reach: [], environment: [] })
  })

  it('lets the key through only in a job of a default-branch Environment, or a protected-tags one on release', () => {
    const reconcile = workflow(
      {
        schedule: [{ cron: '0 * * * *' }],
        workflow_run: { workflows: ['r'] },
        workflow_dispatch: {}
      },
      { environment: 'multiregion', steps: [tokenStep] }
    )
    expect(both(reconcile)).toEqual({ reach: [], environment: [] })
    const promote = workflow(
      { release: { types: ['published'] } },
      {
        environment: { name: 'multiregion-release' },
        steps: [tokenStep]
      }
    )
    expect(both(promote)).toEqual({ reach: [], environment: [] })
  })

  it('a secret the rules do not know counts as writing', () => {
    const found = both(
      workflow('pull_request', { steps: [{ with: { k: '${{ secrets.SOMETHING_NEW }}' } }] })
    )
    expect(found.reach).toHaveLength(1)
  })
})
