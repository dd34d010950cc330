import { posix } from 'node:path'
import { isScalar, isSeq } from 'yaml'
import type { Node, YAMLSeq } from 'yaml'
import { lineOf, mapAt, matchesExpected, parseFile, renderPlain } from './yaml-edit.js'
import type { ParsedFile } from './yaml-edit.js'

export type ResourcesEdit =
  | { kind: 'edit'; text: string; line: number }
  | { kind: 'current' }
  | { kind: 'problem'; message: string; unreadable?: boolean }

type Ranged = Node & { range: [number, number, number] }

/**
 * The names of `names` that the kustomization's `resources` (or the
 * deprecated `bases`, which kustomize merges into them) does not list yet.
 * Paths are compared as kustomize resolves them: `./route-table.yaml` is
 * `route-table.yaml`, and listing it twice fails the build ("may not add
 * resource with an already registered id").
 */
export function unlistedResources(text: string, names: readonly string[]): string[] {
  const file = parseFile(text)
  if ('error' in file) return [...names]
  const root = mapAt(file, [])
  const listed = ['resources', 'bases'].flatMap(field => {
    const items = root?.get(field, true)
    return isSeq(items)
      ? items.items.flatMap(item => (isScalar(item) ? [posix.normalize(String(item.value))] : []))
      : []
  })
  return names.filter(name => !listed.includes(posix.normalize(name)))
}

/** One `- name` line per name after the last item of a block sequence, at the items' indentation. */
function appendItems(file: ParsedFile, seq: YAMLSeq, names: readonly string[]) {
  const last = seq.items[seq.items.length - 1] as Node | undefined
  if (seq.flow || !last || !isScalar(last) || !(last as Ranged).range) return undefined
  const [start, end] = (last as Ranged).range
  const lineStart = file.text.lastIndexOf('\n', start - 1) + 1
  const dash = /^([ ]*)- +$/.exec(file.text.slice(lineStart, start))
  // Only a plain "- item" line, alone on its line, is extended by a splice.
  if (!dash || file.text.slice(start, end).includes('\n')) return undefined
  const newline = file.text.includes('\r\n') ? '\r\n' : '\n'
  const lineEnd = file.text.indexOf('\n', end)
  const lines = names.map(name => `${dash[1]}- ${renderPlain(name)}`).join(newline)
  if (lineEnd === -1)
    return { text: `${file.text}${newline}${lines}`, line: lineOf(file, start) + 1 }
  return {
    text: `${file.text.slice(0, lineEnd + 1)}${lines}${newline}${file.text.slice(lineEnd + 1)}`,
    line: lineOf(file, start) + 1
  }
}

/**
 * Adds `names` to the kustomization's `resources`, keeping every other byte:
 * new `- name` lines after the last listed resource, or a `resources:` block
 * at the end of a file that has none. The result is re-parsed and must differ
 * only by those items; a form a splice cannot extend (a flow sequence, an
 * item spanning lines) is a problem for a person, never a damaged file.
 */
export function addResources(text: string, names: readonly string[]): ResourcesEdit {
  const file = parseFile(text)
  if ('error' in file)
    return { kind: 'problem', message: `it is not valid YAML (${file.error})`, unreadable: true }
  const root = mapAt(file, [])
  if (!root) return { kind: 'problem', message: 'it is not a mapping' }
  const wanted = unlistedResources(text, names)
  if (wanted.length === 0) return { kind: 'current' }
  const resources = root.get('resources', true)
  let edited: { text: string; line: number } | undefined
  if (isSeq(resources)) edited = appendItems(file, resources, wanted)
  else if (resources === undefined && !root.flow) {
    const newline = text.includes('\r\n') ? '\r\n' : '\n'
    const base = text === '' || text.endsWith('\n') ? text : `${text}${newline}`
    const block = [`resources:`, ...wanted.map(n => `  - ${renderPlain(n)}`)].join(newline)
    edited = { text: `${base}${block}${newline}`, line: base.split('\n').length }
  }
  if (!edited)
    return {
      kind: 'problem',
      message: 'its resources is not a block list of "- file" lines'
    }
  const ok = matchesExpected(file, edited.text, value => {
    value.resources = [...((value.resources as unknown[] | undefined) ?? []), ...wanted]
  })
  if (!ok)
    return { kind: 'problem', message: 'adding to its resources would change something else' }
  return { kind: 'edit', ...edited }
}
