import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from '../support/paths.js'

/** The core areas: values in, values out. DESIGN.md: they never read the clock, network, environment or disk. */
const CORE = [
  'manifest',
  'plan',
  'gitops',
  'routing',
  'report',
  'schema',
  'train',
  'data',
  'capacity'
]
/**
 * Core files inside a shell's folder: the Argo CD health rule is pure, its client is not;
 * the bake checks' verdict is pure, the Prometheus query is not.
 */
const CORE_FILES = ['argocd/health.ts', 'argocd/generated/api.ts', 'metrics/verdict.ts']
/** The shells: what the core must never import. */
const SHELLS = ['workspace', 'commands', 'cli', 'action', 'github', 'data-runner', 'data-api']
/** Sibling modules of a core file that do I/O. */
const SHELL_FILES = ['client', 'wait']

const FORBIDDEN: [RegExp, string][] = [
  [
    /from ['"]node:(fs|fs\/promises|child_process|net|http|https|dns|os|process)['"]/,
    'a Node I/O module'
  ],
  [/from ['"]@actions\//, 'the Actions toolkit'],
  [/\bprocess\.(env|cwd|argv|stdout|stderr|exit)/, 'the process'],
  [/\bDate\.now\(|\bnew Date\(|performance\.now\(/, 'the clock'],
  [/\bfetch\(/, 'the network'],
  [/\bMath\.random\(/, 'randomness']
]

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

describe('the pure core', () => {
  const files = [
    ...CORE.flatMap(area => sources(join(ROOT, 'src', area))),
    ...CORE_FILES.map(file => join(ROOT, 'src', file))
  ]

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it.each(files.map(f => [relative(ROOT, f), f]))(
    '%s does no I/O and imports no shell',
    (_name, file) => {
      const text = readFileSync(file, 'utf8')
      const problems = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(
        ([, what]) => `uses ${what}`
      )
      for (const shell of SHELLS) {
        // Any depth: a core file in a subfolder reaches a shell through ../../ as well.
        if (new RegExp(`from ['"](\\.\\./)+${shell}/`).test(text))
          problems.push(`imports src/${shell}`)
      }
      for (const shell of SHELL_FILES) {
        if (new RegExp(`from ['"]\\./${shell}\\.js['"]`).test(text))
          problems.push(`imports the shell ./${shell}.js`)
      }
      expect(problems).toEqual([])
    }
  )
})

describe('the train command, split by role', () => {
  const dir = join(ROOT, 'src', 'commands', 'train')
  const files = sources(dir)

  it('has its roles in files', () => {
    expect(files.map(f => relative(dir, f)).sort()).toEqual(
      expect.arrayContaining(['act.ts', 'open-pr.ts', 'reconcile.ts', 'snapshot.ts'])
    )
  })

  it.each(files.map(f => [relative(ROOT, f), f]))(
    '%s reaches GitHub and Argo CD only through the ports, and never imports its entry point back',
    (_name, file) => {
      const text = readFileSync(file, 'utf8')
      const problems = [
        ...[/from ['"](\.\.\/)+github\//, /from ['"](\.\.\/)+argocd\//]
          .filter(p => p.test(text))
          .map(p => `imports ${String(p)}`),
        ...(/from ['"]\.\.\/train\.js['"]/.test(text) ? ['imports src/commands/train.ts'] : [])
      ]
      expect(problems).toEqual([])
    }
  )
})
