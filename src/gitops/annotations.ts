import { isMap, isScalar } from 'yaml'
import type { Node, YAMLMap } from 'yaml'
import {
  insertAfter,
  lineOf,
  mapAt,
  matchesExpected,
  parseFile,
  removePair,
  renderPlain,
  replaceScalar,
  scalarText
} from './yaml-edit.js'
import type { ParsedFile } from './yaml-edit.js'

/** Kinds whose annotations ExternalDNS's service and ingress sources read. */
const CARRIERS = ['Service', 'Ingress']

export interface AnnotationAt {
  value: string
  line: number
  column: number
}

export type AnnotationsRead =
  | { kind: 'read'; annotations: Map<string, AnnotationAt>; line: number; column: number }
  | { kind: 'problem'; rule: string; message: string; line: number }

export type AnnotationsResult =
  | { kind: 'edit'; text: string; line: number; before: Record<string, string | null> }
  | { kind: 'current' }
  | { kind: 'problem'; rule: string; message: string; line: number }

function position(file: ParsedFile, node: Node | undefined): { line: number; column: number } {
  const offset = (node?.range as [number, number, number] | undefined)?.[0] ?? 0
  const { line, col } = file.lines.linePos(offset)
  return { line, column: col }
}

function carrier(
  text: string,
  path: string
):
  | { file: ParsedFile; metadata: YAMLMap }
  | { kind: 'problem'; rule: string; message: string; line: number } {
  const file = parseFile(text)
  if ('error' in file)
    return {
      kind: 'problem',
      rule: 'invalid-yaml',
      message: `${path} is not valid YAML (${file.error}); fix it in the environments repository.`,
      line: 1
    }
  const kind = scalarText(mapAt(file, [])?.get('kind', true) as never)
  const metadata = mapAt(file, ['metadata'])
  if (!kind || !CARRIERS.includes(kind) || !metadata)
    return {
      kind: 'problem',
      rule: 'dns-carrier-not-found',
      message: `${path} should hold the service's Service (or Ingress) with a metadata mapping, to carry its ExternalDNS annotations, but it holds ${kind ?? 'no kind'}. Put the Service there, one object per file.`,
      line: 1
    }
  return { file, metadata }
}

/** The annotations of the Service or Ingress in `text`, each with its position. */
export function readAnnotations(text: string, path: string): AnnotationsRead {
  const found = carrier(text, path)
  if ('kind' in found) return found
  const { file, metadata } = found
  const annotations = new Map<string, AnnotationAt>()
  const node = metadata.get('annotations', true)
  if (isMap(node))
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue
      const value = isScalar(pair.value) ? String(pair.value.value ?? '') : ''
      annotations.set(String(pair.key.value), {
        value,
        ...position(file, (pair.value ?? pair.key) as Node)
      })
    }
  const key = metadata.items.find(p => isScalar(p.key) && p.key.value === 'annotations')?.key
  return { kind: 'read', annotations, ...position(file, (key ?? metadata) as Node) }
}

/** Adds `annotations:` with one entry under metadata, after its name, at the indentation of metadata's keys. */
function addAnnotationsMap(file: ParsedFile, metadata: YAMLMap, key: string, value: string) {
  const first = metadata.items[0]?.key as Node | undefined
  if (metadata.flow || !first?.range) return undefined
  const column = position(file, first).column - 1
  const indent = ' '.repeat(column)
  const withParent = insertAfter(file, metadata, 'name', 'annotations', '{}')
  if (!withParent) return undefined
  const lines = withParent.text.split('\n')
  const at = withParent.line - 1
  lines[at] = `${indent}annotations:`
  lines.splice(at + 1, 0, `${indent}  ${key}: ${renderPlain(value)}`)
  return { text: lines.join('\n'), line: withParent.line }
}

/**
 * Sets each annotation of `wanted` on the Service in `text` and removes those
 * of `remove`, keeping every other byte: present values are replaced in
 * place, new keys are added after the last annotation. The result is re-parsed and must differ from
 * the original only in those annotations; otherwise the file is refused
 * with a finding, never damaged.
 */
export function upsertAnnotations(
  text: string,
  path: string,
  wanted: Readonly<Record<string, string>>,
  remove: readonly string[] = []
): AnnotationsResult {
  const original = carrier(text, path)
  if ('kind' in original) return original
  let current = original.file
  const before: Record<string, string | null> = {}
  let firstLine: number | undefined
  for (const [key, value] of Object.entries(wanted)) {
    const metadata = mapAt(current, ['metadata'])!
    const annotations = metadata.get('annotations', true)
    const node = isMap(annotations) ? annotations.get(key, true) : undefined
    const was = isScalar(node) ? String(node.value ?? '') : null
    if (was === value) continue
    before[key] = was
    let edited: { text: string; line: number } | undefined
    if (isScalar(node)) edited = replaceScalar(current, node, value)
    else if (isMap(annotations) && annotations.items.length > 0) {
      const last = annotations.items[annotations.items.length - 1]!.key
      edited = isScalar(last)
        ? insertAfter(current, annotations, String(last.value), key, value)
        : undefined
    } else if (annotations === undefined || annotations === null)
      edited = addAnnotationsMap(current, metadata, key, value)
    const next = edited && parseFile(edited.text)
    if (!edited || !next || 'error' in next) {
      return {
        kind: 'problem',
        rule: 'unsupported-layout',
        message: `${path}'s metadata.annotations is written in a form multiregion does not edit automatically (an inline {...} mapping, a multi-line value or an alias); write it as a block mapping of "key: value" lines, or set ${key}: "${value}" by hand.`,
        line: position(current, (annotations ?? metadata) as Node).line
      }
    }
    firstLine = Math.min(firstLine ?? edited.line, edited.line)
    current = next
  }
  for (const key of remove) {
    const annotations = mapAt(current, ['metadata', 'annotations'])
    if (!annotations?.has(key)) continue
    const node = annotations.get(key, true)
    before[key] = isScalar(node) ? String(node.value ?? '') : null
    const edited = removePair(current, annotations, key)
    const next = edited && parseFile(edited.text)
    if (!edited || !next || 'error' in next)
      return {
        kind: 'problem',
        rule: 'unsupported-layout',
        message: `${path}'s annotation ${key} is written in a form multiregion does not remove automatically; remove it by hand.`,
        line: position(current, annotations as Node).line
      }
    firstLine = Math.min(firstLine ?? edited.line, edited.line)
    current = next
  }
  if (firstLine === undefined) return { kind: 'current' }
  const ok = matchesExpected(original.file, current.text, value => {
    const metadata = value.metadata as Record<string, unknown>
    const annotations: Record<string, unknown> = {
      ...(metadata.annotations as object | null),
      ...wanted
    }
    for (const key of remove) delete annotations[key]
    metadata.annotations = annotations
  })
  if (!ok)
    return {
      kind: 'problem',
      rule: 'unsupported-layout',
      message: `${path} could not be given its DNS annotations without changing something else; set them by hand.`,
      line: lineOf(original.file, 0)
    }
  return { kind: 'edit', text: current.text, line: firstLine, before }
}
