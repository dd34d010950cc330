import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ENV_REPO, ROOT, SERVICES } from '../support/paths.js'
import { runAction, runCommandAction } from '../support/run-action.js'

/**
 * The github context of a pull_request event, as the runner gives it: the ref
 * it checks out is the merge ref, so github.ref_name is `<number>/merge`
 * (docs.github.com, "Events that trigger workflows", pull_request: GITHUB_REF
 * is refs/pull/PULL_REQUEST_NUMBER/merge).
 */
const PULL_REQUEST = {
  event_name: 'pull_request',
  ref: 'refs/pull/42/merge',
  ref_name: '42/merge',
  sha: 'f'.repeat(40),
  repository: 'acme/checkout',
  event: { number: 42, pull_request: { number: 42, head: { sha: 'a'.repeat(40) } } }
}

/** `${{ github.<path> }}` evaluated on the context; any other expression is left for the check below to refuse. */
function evaluate(value: string): string {
  return value.replace(/\$\{\{\s*github\.([\w.]+)\s*\}\}/g, (_, path: string) =>
    String(
      path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], PULL_REQUEST)
    )
  )
}

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

const DOCS = [
  'README.md',
  'actions/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`)
]

/** The documented steps that plan or validate: what runs with no GitHub or database to talk to. */
function localSteps(): [string, string, Step][] {
  const found: [string, string, Step][] = []
  for (const doc of DOCS)
    for (const block of readFileSync(join(ROOT, doc), 'utf8').matchAll(
      /^```ya?ml\n([\s\S]*?)^```/gm
    )) {
      const lines = block[1]!.split('\n')
      const indent = Math.min(
        ...lines.filter(l => l.trim()).map(l => l.length - l.trimStart().length)
      )
      const visit = (node: unknown) => {
        if (Array.isArray(node)) node.forEach(visit)
        else if (node && typeof node === 'object') {
          const step = node as Step
          const command = commandOf(step)
          if (command === 'plan' || command === 'validate') found.push([doc, command, step])
          Object.values(node).forEach(visit)
        }
      }
      visit(parse(lines.map(l => l.slice(indent)).join('\n')))
    }
  return found
}

function commandOf(step: Step): string | undefined {
  if (typeof step.uses !== 'string') return undefined
  const action = /^org\/multiregion\/actions\/([\w-]+)@/.exec(step.uses)
  if (action) return action[1]
  return /^org\/multiregion@/.test(step.uses) ? (step.with?.command as string) : undefined
}

/** The service repository checked out, with the environments repository at `env`, as the templates check them out. */
let workspace: string
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'multiregion-workspace-'))
  cpSync(join(SERVICES, 'checkout'), workspace, { recursive: true })
  cpSync(ENV_REPO, join(workspace, 'env'), { recursive: true })
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('the documented plan and validate steps, run on a pull request as written', () => {
  const steps = localSteps()

  it('finds them in the README and the actions README', () => {
    expect(steps.filter(([doc]) => doc === 'README.md').length).toBeGreaterThan(0)
    expect(steps.filter(([doc]) => doc === 'actions/README.md').length).toBeGreaterThan(0)
  })

  it.each(steps)('%s: its %s step succeeds', async (_doc, command, step) => {
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v))])
    )
    // A step with comment: 'true' would post to the pull request: that needs GitHub, not this test.
    delete inputs.comment
    const run = step.uses!.startsWith('org/multiregion@')
      ? await runAction(inputs, workspace)
      : await runCommandAction(command, inputs, workspace)
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(run.code).toBe(0)
  })
})
