import { isMap, isScalar, LineCounter, parse, parseDocument, Scalar } from 'yaml'
import type { Document, Node, YAMLMap } from 'yaml'

/**
 * Edits of one scalar in a YAML file that keep every other byte: comments,
 * key order, quoting and indentation stay as the author wrote them. The yaml
 * library is used only to find where a value sits; the change is a splice of
 * the original text.
 */

export interface ParsedFile {
  text: string
  doc: Document
  lines: LineCounter
}

export function parseFile(text: string): ParsedFile | { error: string } {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const problem = doc.errors[0]
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0])
    return { error: `line ${line}, column ${col}: ${problem.message.split('\n')[0]}` }
  }
  return { text, doc, lines }
}

export function lineOf(file: ParsedFile, offset: number): number {
  return file.lines.linePos(offset).line
}

/** A value rendered in the same quoting style as the scalar it replaces, falling back to double quotes where plain text would change type. */
function render(value: string, style: Scalar['type']): string {
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`
  const plainIsSafe = /^[\w./:@+-]+$/.test(value) && parse(value) === value
  if (style !== Scalar.QUOTE_DOUBLE && plainIsSafe) return value
  return JSON.stringify(value)
}

/** The text with the scalar `node` replaced by `value`, and the line it sits on. */
export function replaceScalar(
  file: ParsedFile,
  node: Scalar,
  value: string
): { text: string; line: number } {
  const [start, end] = node.range as [number, number, number]
  const original = file.text.slice(start, end)
  // `key:` with no value: the new value needs the space YAML wants after the colon.
  const prefix = original === '' && file.text[start - 1] === ':' ? ' ' : ''
  const text = file.text.slice(0, start) + prefix + render(value, node.type) + file.text.slice(end)
  return { text, line: lineOf(file, start) }
}

/**
 * Adds `key: value` to a block mapping, on a new line after the pair whose key
 * is `after`, at the same indentation. Undefined for flow mappings (`{...}`),
 * which a person should edit.
 */
export function insertAfter(
  file: ParsedFile,
  map: YAMLMap,
  after: string,
  key: string,
  value: string
): { text: string; line: number } | undefined {
  if (map.flow) return undefined
  const pair = map.items.find(p => isScalar(p.key) && p.key.value === after)
  const keyNode = pair?.key as Node | undefined
  const valueNode = pair?.value as Node | undefined
  if (!keyNode?.range || !valueNode?.range) return undefined
  const keyStart = keyNode.range[0]
  const lineStart = file.text.lastIndexOf('\n', keyStart - 1) + 1
  const before = file.text.slice(lineStart, keyStart)
  // A sequence item (`- name: x`) puts the dash before the key: indent to the key's column instead.
  const indent = ' '.repeat(before.length)
  const inserted = `${indent}${key}: ${render(value, Scalar.PLAIN)}`
  const lineEnd = file.text.indexOf('\n', valueNode.range[1])
  if (lineEnd === -1) return { text: `${file.text}\n${inserted}`, line: lineOf(file, keyStart) + 1 }
  const text = `${file.text.slice(0, lineEnd + 1)}${inserted}\n${file.text.slice(lineEnd + 1)}`
  return { text, line: lineOf(file, lineEnd) + 1 }
}

/** The mapping node at a path of keys, or undefined. */
export function mapAt(file: ParsedFile, path: readonly string[]): YAMLMap | undefined {
  const node = path.length === 0 ? file.doc.contents : file.doc.getIn(path, true)
  return isMap(node) ? node : undefined
}

/** The scalar node at `key` in `map`, or undefined when the key is absent or holds a collection. */
export function scalarIn(map: YAMLMap, key: string): Scalar | undefined {
  const node = map.get(key, true)
  return isScalar(node) ? node : undefined
}

/** The string form of a scalar, or null for an empty or missing one. */
export function scalarText(node: Scalar | undefined): string | null {
  if (!node || node.value === null || node.value === undefined || node.value === '') return null
  return String(node.value)
}
