import { isMap, isScalar, LineCounter, parse, parseDocument, Scalar } from 'yaml'
import type { Document, Node, YAMLMap } from 'yaml'
import { isDeepStrictEqual } from 'node:util'

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

/**
 * Parsed files by their text: a plan reads the same few files many times
 * (a kustomization by the pin, the resources and the annotations; each
 * round of the train plans again from mostly the same files). The parse is
 * a pure function of the text and its result is only read, never changed
 * (every edit here works on the text), so one parse serves them all.
 */
const parsed = new Map<string, ParsedFile | { error: string }>()
const PARSED_KEPT = 512

/** Forgets every parse: a bench that plays separate runs in one process starts each as a new process would. */
export function forgetParsed(): void {
  parsed.clear()
}

export function parseFile(text: string): ParsedFile | { error: string } {
  const known = parsed.get(text)
  if (known) return known
  const result = parseFresh(text)
  // Oldest first out: a long run over many services keeps only the newest.
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!)
  parsed.set(text, result)
  return result
}

function parseFresh(text: string): ParsedFile | { error: string } {
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

/** A value as a new plain `key: value` line writes it: plain where YAML reads it back as the same string, else double-quoted. */
export function renderPlain(value: string): string {
  return render(value, Scalar.PLAIN)
}

/** The file's line ending, so an inserted line matches its neighbours. */
function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/**
 * The text with the scalar `node` replaced by `value`, and the line it sits
 * on; undefined for block scalars (`|`, `>`) and values folded over several
 * lines, which a person should rewrite.
 */
export function replaceScalar(
  file: ParsedFile,
  node: Scalar,
  value: string
): { text: string; line: number } | undefined {
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined
  const [start, end] = node.range as [number, number, number]
  const original = file.text.slice(start, end)
  // A value folded over several lines would make the one-line change a reviewer expects into several.
  if (original.includes('\n')) return undefined
  // An empty value sits right after `key:`, a tag or an anchor, or right before a comment: keep them apart.
  const prefix = original === '' && !/\s/.test(file.text[start - 1] ?? ' ') ? ' ' : ''
  const suffix = original === '' && file.text[end] === '#' ? ' ' : ''
  const text =
    file.text.slice(0, start) + prefix + render(value, node.type) + suffix + file.text.slice(end)
  return { text, line: lineOf(file, start) }
}

type Ranged = Node & { range: [number, number, number] }

/** The key and value nodes of `key` in a block mapping; undefined in a flow mapping or when absent. */
function blockPair(map: YAMLMap, key: string): { keyNode: Ranged; valueNode: Ranged } | undefined {
  if (map.flow) return undefined
  const pair = map.items.find(p => isScalar(p.key) && p.key.value === key)
  const keyNode = pair?.key as Node | undefined
  const valueNode = pair?.value as Node | undefined
  if (!keyNode?.range || !valueNode?.range) return undefined
  return { keyNode: keyNode as Ranged, valueNode: valueNode as Ranged }
}

/**
 * Adds `key: value` to a block mapping, on a new line after the pair whose key
 * is `after`, at the same indentation. Undefined where that cannot be done by
 * a plain insertion (flow mappings `{...}`, explicit `? key` entries), which a
 * person should edit.
 */
export function insertAfter(
  file: ParsedFile,
  map: YAMLMap,
  after: string,
  key: string,
  value: string
): { text: string; line: number } | undefined {
  const nodes = blockPair(map, after)
  if (!nodes) return undefined
  const { keyNode, valueNode } = nodes
  const keyStart = keyNode.range[0]
  const lineStart = file.text.lastIndexOf('\n', keyStart - 1) + 1
  const before = file.text.slice(lineStart, keyStart)
  // Only spaces and sequence dashes may precede the key; the new key goes at the key's column.
  if (!/^[ ]*(- +)*$/.test(before)) return undefined
  const indent = ' '.repeat(before.length)
  const newline = eol(file.text)
  const inserted = `${indent}${key}: ${render(value, Scalar.PLAIN)}`
  const valueEnd = valueNode.range[1]
  // A block value's range ends after its own newline; the insertion goes right there.
  const lineEnd =
    file.text[valueEnd - 1] === '\n' ? valueEnd - 1 : file.text.indexOf('\n', valueEnd)
  if (lineEnd === -1)
    return { text: `${file.text}${newline}${inserted}`, line: lineOf(file, keyStart) + 1 }
  const text = `${file.text.slice(0, lineEnd + 1)}${inserted}${newline}${file.text.slice(lineEnd + 1)}`
  return { text, line: lineOf(file, lineEnd) + 1 }
}

/**
 * Removes the `key: value` line of a block mapping. Undefined where the pair
 * does not sit alone on one line (flow mappings, multi-line values), which a
 * person should edit.
 */
export function removePair(
  file: ParsedFile,
  map: YAMLMap,
  key: string
): { text: string; line: number } | undefined {
  const nodes = blockPair(map, key)
  if (!nodes) return undefined
  const { keyNode, valueNode } = nodes
  const lineStart = file.text.lastIndexOf('\n', keyNode.range[0] - 1) + 1
  if (!/^[ ]*$/.test(file.text.slice(lineStart, keyNode.range[0]))) return undefined
  const newline = file.text.indexOf('\n', valueNode.range[0])
  const lineEnd = newline === -1 ? file.text.length : newline + 1
  if (valueNode.range[1] > lineEnd) return undefined
  return {
    text: file.text.slice(0, lineStart) + file.text.slice(lineEnd),
    line: lineOf(file, lineStart)
  }
}

/**
 * True when `text` is valid YAML whose value is the original file's with only
 * the string at `path` set to `value`: the safety net under every edit, so an
 * unusual file is refused rather than damaged.
 */
export function onlyFieldChanged(
  file: ParsedFile,
  text: string,
  path: readonly (string | number)[],
  value: string
): boolean {
  return matchesExpected(file, text, expected => {
    let target: Record<string | number, unknown> = expected
    for (const segment of path.slice(0, -1))
      target = target[segment] as Record<string | number, unknown>
    target[path[path.length - 1]!] = value
  })
}

/**
 * True when `text` is valid YAML whose value is the original file's after
 * `change`: the general form of onlyFieldChanged, for edits of several values.
 */
export function matchesExpected(
  file: ParsedFile,
  text: string,
  change: (expected: Record<string | number, unknown>) => void
): boolean {
  try {
    // toJS builds a fresh value on each call, so it can be changed in place.
    const expected = file.doc.toJS({ maxAliasCount: 100 }) as Record<string | number, unknown>
    change(expected)
    const edited = parseFile(text)
    if ('error' in edited) return false
    return isDeepStrictEqual(edited.doc.toJS({ maxAliasCount: 100 }), expected)
  } catch {
    return false
  }
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
