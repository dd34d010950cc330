import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ROOT } from '../support/paths.js'

/*
 * No import cycles in src/: not between files (type imports count: a type
 * that needs its importer is a design knot too), and not between areas
 * (the folders under src/), so each area sits on the ones below it: schema
 * under manifest, manifest under routing and gitops, routing over gitops.
 */

const SRC = join(ROOT, 'src')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/** Each file's relative imports and re-exports, as files under src/. */
function importGraph(): Map<string, string[]> {
  const files = sources(SRC)
  const known = new Set(files)
  return new Map(
    files.map(file => {
      const text = readFileSync(file, 'utf8')
      const targets = [...text.matchAll(/(?:import|export)\s[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/g)]
        .map(m => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
        .filter(target => known.has(target))
      return [relative(SRC, file), targets.map(t => relative(SRC, t))]
    })
  )
}

/** The strongly connected components with more than one member (Tarjan): each is a cycle. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1) found.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

const areaOf = (file: string) => file.split('/')[0]!.replace(/\.ts$/, '')

function areaGraph(files: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const areas = new Map<string, Set<string>>()
  for (const [file, targets] of files)
    for (const target of targets) {
      const [from, to] = [areaOf(file), areaOf(target)]
      if (from === to) continue
      areas.set(from, (areas.get(from) ?? new Set()).add(to))
    }
  return new Map([...areas].map(([area, to]) => [area, [...to]]))
}

/** For a cycle of areas, the file imports that make it, so the failure says what to untie. */
function edgesWithin(files: ReadonlyMap<string, readonly string[]>, areas: string[]): string[] {
  return [...files].flatMap(([file, targets]) =>
    targets
      .filter(
        t => areaOf(t) !== areaOf(file) && areas.includes(areaOf(file)) && areas.includes(areaOf(t))
      )
      .map(t => `${file} -> ${t}`)
  )
}

describe('import cycles', () => {
  const files = importGraph()

  it('reads the imports of src/', () => {
    expect(files.size).toBeGreaterThan(50)
    expect(files.get('routing/compile.ts')).toContain('routing/validate.ts')
  })

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']]
    ])
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']])
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []]
        ])
      )
    ).toEqual([])
  })

  it('has none between files of src/', () => {
    expect(cycles(files)).toEqual([])
  })

  it('has none between areas of src/ (manifest, routing, gitops, plan, ...)', () => {
    expect(cycles(areaGraph(files)).map(areas => edgesWithin(files, areas))).toEqual([])
  })
})
