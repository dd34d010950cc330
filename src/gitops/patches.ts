import { posix } from 'node:path'
import { isMap, isScalar, isSeq } from 'yaml'
import type { Node } from 'yaml'
import type { ResourcesEdit } from './kustomization.js'
import { lineOf, mapAt, matchesExpected, parseFile, renderPlain } from './yaml-edit.js'

type Ranged = Node & { range: [number, number, number] }

/** The `path` of every file patch the kustomization's `patches` lists. */
function listedPatches(root: ReturnType<typeof mapAt>): string[] {
  const items = root?.get('patches', true)
  if (!isSeq(items)) return []
  return items.items.flatMap(item => {
    const path = isMap(item) ? item.get('path', true) : undefined
    return isScalar(path) ? [posix.normalize(String(path.value))] : []
  })
}

/**
 * Adds `- path: <file>` to the kustomization's `patches`, keeping every
 * other byte: a line after the last patch of a block list, or a `patches:`
 * block at the end of a file that has none. As with addResources, the
 * result is re-parsed and must differ by that item only.
 */
export function addPatch(text: string, file: string): ResourcesEdit {
  const parsed = parseFile(text)
  if ('error' in parsed)
    return { kind: 'problem', message: `it is not valid YAML (${parsed.error})`, unreadable: true }
  const root = mapAt(parsed, [])
  if (!root) return { kind: 'problem', message: 'it is not a mapping' }
  if (listedPatches(root).includes(posix.normalize(file))) return { kind: 'current' }
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const patches = root.get('patches', true)
  let edited: { text: string; line: number } | undefined
  if (isSeq(patches) && !patches.flow && patches.items.length > 0) {
    const first = patches.items[0] as Ranged
    const last = patches.items[patches.items.length - 1] as Ranged
    const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1
    const dash = /^([ ]*)- +$/.exec(text.slice(lineStart, first.range[0]))
    if (dash) {
      // The last item ends at its value's end; the new item starts on the next line.
      const end = text.indexOf('\n', last.range[1] - 1)
      const item = `${dash[1]}- path: ${renderPlain(file)}${newline}`
      edited =
        end === -1
          ? { text: `${text}${newline}${item}`, line: lineOf(parsed, last.range[1]) + 1 }
          : {
              text: `${text.slice(0, end + 1)}${item}${text.slice(end + 1)}`,
              line: lineOf(parsed, end) + 1
            }
    }
  } else if (patches === undefined && !root.flow) {
    const base = text === '' || text.endsWith('\n') ? text : `${text}${newline}`
    edited = {
      text: `${base}patches:${newline}  - path: ${renderPlain(file)}${newline}`,
      line: base.split('\n').length
    }
  }
  if (!edited) return { kind: 'problem', message: 'its patches is not a block list' }
  const ok = matchesExpected(parsed, edited.text, value => {
    value.patches = [...((value.patches as unknown[] | undefined) ?? []), { path: file }]
  })
  if (!ok) return { kind: 'problem', message: 'adding to its patches would change something else' }
  return { kind: 'edit', ...edited }
}
