import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { COMMANDS } from '../../script/command-actions.mjs'
import { ROOT } from '../support/paths.js'

const DOCS = [
  'README.md',
  'SECURITY.md',
  'actions/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`)
]
const text = (doc: string) => readFileSync(join(ROOT, doc), 'utf8')

/** Markdown text without its fenced code blocks, whose contents are not links. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '')

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...prose(markdown).matchAll(/^#+\s+(.*)$/gm)].map(m =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-')
    )
  )
}

/** Relative link targets of a document, as `[text](target)`. */
function links(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map(m => m[1]!)
    .filter(target => !/^[a-z]+:/.test(target))
}

const TOP_FOLDERS =
  /^(src|test|test-pg|docs|script|workflows|actions|fixtures|schema|bench|vendor|dist|\.github|\.ci)\//
// Third-party actions named in prose, not paths of this repository.
const EXTERNAL = /^actions\/(checkout|setup-node|create-github-app-token|github-script)\b/

/** Paths of this repository written in backticks: `src/train/decide.ts`, `workflows/`. */
function codePaths(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`([^`\s]+)`/g)]
    .map(m => m[1]!)
    .filter(p => TOP_FOLDERS.test(p) && !EXTERNAL.test(p) && !/[<{*…]|\.\.\./.test(p))
    .map(p => p.replace(/[#:].*$/, ''))
}

describe('documentation points only at what the repository has', () => {
  it.each(DOCS)('every relative link of %s exists', doc => {
    const markdown = text(doc)
    const missing = links(markdown).filter(target => {
      const [path, anchor] = target.split('#')
      const file = path ? join(ROOT, dirname(doc), path) : join(ROOT, doc)
      if (!existsSync(file)) return true
      return (
        anchor !== undefined &&
        file.endsWith('.md') &&
        !anchors(readFileSync(file, 'utf8')).has(anchor)
      )
    })
    expect(missing).toEqual([])
  })

  it.each(DOCS)('every repository path %s names in code exists', doc => {
    expect(codePaths(text(doc)).filter(p => !existsSync(join(ROOT, p)))).toEqual([])
  })

  it.each(DOCS)('%s sends nobody outside the repository for what the build needs', doc => {
    expect(text(doc)).not.toMatch(/\.\.\/shared\b|DESIGN\.md/)
  })

  it('the checks see a missing file, a missing anchor and a path in code', () => {
    const markdown =
      '# Data\n\n[a](docs/nothing.md) [b](#data) [c](#nowhere) `src/nowhere.ts` `src/index.ts`\n'
    expect(links(markdown)).toEqual(['docs/nothing.md', '#data', '#nowhere'])
    expect([...anchors(markdown)]).toEqual(['data'])
    expect(codePaths(markdown)).toEqual(['src/nowhere.ts', 'src/index.ts'])
  })
})

interface ActionInputs {
  inputs?: Record<string, unknown>
}
interface Example {
  doc: string
  uses: string
  with: Record<string, unknown>
}

/** Every step of a YAML example that uses this toolkit, with its inputs. */
function examples(doc: string): Example[] {
  const found: Example[] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit)
    else if (node && typeof node === 'object') {
      const step = node as { uses?: unknown; with?: Record<string, unknown> }
      if (typeof step.uses === 'string' && /^(org\/multiregion|\.\/)/.test(step.uses))
        found.push({ doc, uses: step.uses, with: step.with ?? {} })
      Object.values(node).forEach(visit)
    }
  }
  if (/\.ya?ml$/.test(doc)) visit(parse(text(doc)))
  for (const block of text(doc).matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    const lines = block[1]!.split('\n')
    const indent = Math.min(
      ...lines.filter(l => l.trim()).map(l => l.length - l.trimStart().length)
    )
    visit(parse(lines.map(l => l.slice(indent)).join('\n')))
  }
  return found
}

/** The action file an example's `uses:` names, and the inputs its command reads. */
function inputsFor(example: Example): { file: string; allowed: string[] } {
  const path = /^(?:org\/multiregion|\.)(?:\/(actions\/[\w-]+)|\/)?(?:@|$)/.exec(example.uses)![1]
  const file = path ? `${path}/action.yml` : 'action.yml'
  const declared = Object.keys((parse(text(file)) as ActionInputs).inputs ?? {})
  const command = path ? undefined : (example.with.command as keyof typeof COMMANDS | undefined)
  if (command === undefined) return { file, allowed: declared }
  const spec = COMMANDS[command]
  return { file, allowed: ['command', ...spec.required, ...spec.optional] }
}

describe('examples match the actions', () => {
  const all = [
    ...DOCS,
    ...['workflows', '.github/workflows'].flatMap(dir =>
      readdirSync(join(ROOT, dir)).map(f => `${dir}/${f}`)
    )
  ].flatMap(examples)

  it('the documents hold examples of the root action and of the command actions', () => {
    expect(all.some(e => e.uses.startsWith('org/multiregion@'))).toBe(true)
    expect(all.some(e => e.uses.startsWith('org/multiregion/actions/'))).toBe(true)
    expect(all.some(e => e.doc.startsWith('workflows/'))).toBe(true)
    expect(all.some(e => e.uses === './')).toBe(true)
  })

  it.each(all.map(e => [e.doc, e.uses, e] as const))(
    '%s: every input of its %s example exists for that action and command',
    (_doc, _uses, example) => {
      const { file, allowed } = inputsFor(example)
      expect(existsSync(join(ROOT, file))).toBe(true)
      expect(Object.keys(example.with).filter(name => !allowed.includes(name))).toEqual([])
    }
  )

  it("README's table of commands names only inputs of each command's action", () => {
    const rows = [
      ...text('README.md').matchAll(/^\| (\w+) \| `uses: (org\/multiregion[^`]*)`(.*)\|.*\|$/gm)
    ]
    expect(rows.map(r => r[1])).toEqual(Object.keys(COMMANDS))
    for (const [, command, uses, rest] of rows) {
      const named = [...rest!.matchAll(/`([\w-]+)(?::\s+[^`]+)?`/g)].map(m => m[1]!)
      const { allowed } = inputsFor({ doc: 'README.md', uses: uses!, with: { command } })
      expect([command, named.filter(n => !allowed.includes(n))]).toEqual([command, []])
    }
  })
})

/** The command a step of this toolkit runs: `with.command` for the root action, the folder for a command action. */
function commandOf(example: Example): string | undefined {
  const path = /^org\/multiregion\/actions\/([\w-]+)@/.exec(example.uses)
  return path ? path[1] : (example.with.command as string | undefined)
}

describe('examples pass the inputs the templates pass', () => {
  const templates = readdirSync(join(ROOT, 'workflows')).flatMap(f => examples(`workflows/${f}`))
  const documented = DOCS.flatMap(examples)
  /** What the templates pass each command's input, when it comes from the event (`${{ github.… }}`): an example taking it from the event takes it from the same place. */
  const fromEvent = new Map<string, Set<string>>()
  for (const t of templates)
    for (const [input, value] of Object.entries(t.with))
      if (typeof value === 'string' && value.includes('${{ github.'))
        fromEvent.set(
          `${commandOf(t)} ${input}`,
          (fromEvent.get(`${commandOf(t)} ${input}`) ?? new Set()).add(value)
        )

  it.each(documented.map(e => [e.doc, e.uses, e] as const))(
    '%s: its %s example takes event values where the templates do',
    (_doc, _uses, example) => {
      const differing = Object.entries(example.with)
        .filter(
          ([input, value]) =>
            String(value).includes('${{ github.') && fromEvent.has(`${commandOf(example)} ${input}`)
        )
        .filter(
          ([input, value]) => !fromEvent.get(`${commandOf(example)} ${input}`)!.has(String(value))
        )
        .map(([input, value]) => `${input}: ${String(value)}`)
      expect(differing).toEqual([])
    }
  )
})

describe("README's map of the code", () => {
  it('names every folder of src/, each once, under Development', () => {
    const development = text('README.md')
      .split(/^## Development$/m)[1]!
      .split(/^### /m)[0]!
    const named = [...development.matchAll(/`src\/([\w-]+)`/g)].map(m => m[1]!)
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter(e => e.isDirectory())
      .map(e => e.name)
    expect(folders.filter(f => !named.includes(f))).toEqual([])
    expect(named.filter((f, i) => named.indexOf(f) !== i)).toEqual([])
  })
})
