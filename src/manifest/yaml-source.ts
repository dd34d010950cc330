import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  isAlias,
  isNode,
  LineCounter,
  parseDocument,
  visit
} from 'yaml'
import type { Alias, Node, Pair, YAMLMap } from 'yaml'
import { clip } from './diagnostic.js'
import type { Diagnostic, Position } from './diagnostic.js'

/** Files larger than this are refused before parsing: no manifest needs more, and parsing is not free. */
export const MAX_FILE_BYTES = 1024 * 1024
/** Aliases are capped so a "billion laughs" file cannot exhaust memory. */
export const MAX_ALIASES = 100

export type YamlPath = readonly (string | number)[]

/** A parsed YAML file that can say where any value in it came from. */
export interface YamlSource {
  file: string
  text: string
  value: unknown
  /** The position of the value (or, with `key`, the key) at `path`; the nearest existing ancestor when the path is absent. */
  locate(path: YamlPath, at?: 'key' | 'value'): Position
}

const START: Position = { line: 1, column: 1 }

function diagnostic(file: string, rule: string, message: string, position = START): Diagnostic {
  return { rule, severity: 'error', message, file, ...position }
}

function emptyFile(file: string): Diagnostic {
  return diagnostic(
    file,
    'empty-file',
    `${file} is empty; it needs at least apiVersion, kind and spec.`
  )
}

export function notText(file: string): Diagnostic {
  return diagnostic(
    file,
    'not-a-text-file',
    `${file} is not a text file (it holds NUL bytes or is not UTF-8); it must be a YAML file.`
  )
}

/** Describes a file that is too large, from its size alone, so callers need not read it. */
export function tooLarge(file: string, bytes: number): Diagnostic {
  return diagnostic(
    file,
    'file-too-large',
    `${file} is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MiB). Check that this is the right file.`
  )
}

/** Human text for the yaml library's error codes, each with how to fix it. */
function yamlMessage(code: string, raw: string): { rule: string; message: string } {
  const line = raw.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? raw
  // The library's messages can quote the file (a tag, a key); never replay more than a little of it.
  const first = clip(line)
  switch (code) {
    case 'DUPLICATE_KEY':
      return {
        rule: 'duplicate-key',
        message: 'This key appears twice in the same mapping; keep one.'
      }
    case 'MULTIPLE_DOCS':
      return {
        rule: 'multiple-documents',
        message:
          'The file holds more than one YAML document (a `---` separator); keep one document per file.'
      }
    case 'TAG_RESOLVE_FAILED':
      return {
        rule: 'yaml-unknown-tag',
        message: `${first}. Custom YAML tags are not allowed; write a plain value.`
      }
    default:
      return {
        rule: 'yaml-syntax',
        message: `YAML syntax error: ${first}. Fix the YAML at this position.`
      }
  }
}

/**
 * Parses one YAML file into a plain value with positions. Never throws: every
 * problem, including an empty file, an oversized file and an alias bomb,
 * becomes a diagnostic.
 */
export function parseYaml(
  text: string,
  file: string
): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_FILE_BYTES) return { diagnostics: [tooLarge(file, bytes)] }
  // A NUL or a replacement character (from decoding invalid UTF-8) means a binary file: say so, quote none of it.
  if (/[\0\uFFFD]/.test(text)) return { diagnostics: [notText(file)] }
  // Line by line, in linear time: one regular expression over the whole text backtracked
  // exponentially on a line of many '#' followed by content.
  if (text.split('\n').every(line => /^\s*(?:#[^\n]*)?$/.test(line))) {
    return { diagnostics: [emptyFile(file)] }
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // The library's own duplicate-key check compares each key with every earlier one (quadratic:
    // 14 s for 10,000 regions); duplicateKeys() below does it in one pass.
    uniqueKeys: false,
    strict: true,
    // The core does no I/O: no process warnings (such as for a list used as a key) from the parser.
    logLevel: 'error'
  })
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const problems = [...doc.errors, ...doc.warnings, ...duplicateKeys(doc)]
  if (problems.length > 0) {
    const diagnostics = problems
      .map(error => {
        const { rule, message } = yamlMessage(error.code, error.message)
        return { offset: error.pos[0], d: diagnostic(file, rule, message, position(error.pos[0])) }
      })
      .sort((a, b) => a.offset - b.offset)
    // After a syntax error the parser is lost and reports every later token; only the first is real.
    const firstSyntax = diagnostics.find(({ d }) => d.rule === 'yaml-syntax')
    return {
      diagnostics: diagnostics
        .filter(x => x.d.rule !== 'yaml-syntax' || x === firstSyntax)
        .map(({ d }) => d)
    }
  }
  let value: unknown
  try {
    // The yaml library counts the anchored node as well as its aliases, hence the + 1.
    value = doc.toJS({ maxAliasCount: MAX_ALIASES + 1 })
  } catch (error) {
    const unresolved =
      error instanceof Error && error.message.startsWith('Unresolved alias')
        ? unresolvedAlias(doc)
        : undefined
    if (unresolved) {
      return {
        diagnostics: [
          diagnostic(
            file,
            'yaml-syntax',
            `YAML syntax error: the alias *${unresolved.source} has no anchor &${unresolved.source} before it. Define the anchor first, or write the value out.`,
            unresolved.range ? position(unresolved.range[0]) : START
          )
        ]
      }
    }
    return {
      diagnostics: [
        diagnostic(
          file,
          'alias-limit',
          `The file expands more than ${MAX_ALIASES} YAML aliases; write the values out instead of nesting aliases.`
        )
      ]
    }
  }
  if (value === null || value === undefined) {
    return { diagnostics: [emptyFile(file)] }
  }
  return {
    source: { file, text, value, locate: (path, at = 'value') => locate(doc, path, at, position) },
    diagnostics: []
  }
}

/** Every key that repeats an earlier key of its mapping, as the yaml library's DUPLICATE_KEY would report it, in linear time. */
function duplicateKeys(
  doc: Document
): { code: 'DUPLICATE_KEY'; message: string; pos: [number, number] }[] {
  const found: { code: 'DUPLICATE_KEY'; message: string; pos: [number, number] }[] = []
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>()
      for (const pair of map.items) {
        // Scalars are equal by value (1 and "1" differ, as in the library); other keys by identity.
        const key = isScalar(pair.key) ? pair.key.value : pair.key
        if (!seen.has(key)) seen.add(key)
        else if (isNode(pair.key) && pair.key.range)
          found.push({
            code: 'DUPLICATE_KEY',
            message: 'Map keys must be unique',
            pos: [pair.key.range[0], pair.key.range[1]]
          })
      }
    }
  })
  return found
}

/** The first alias with no anchor of its name before it, if any; one pass, in document order as the yaml library resolves. */
function unresolvedAlias(doc: Document): Alias | undefined {
  const anchors = new Set<string>()
  let found: Alias | undefined
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return undefined
      found = node
      return visit.BREAK
    }
    if (isNode(node) && node.anchor) anchors.add(node.anchor)
    return undefined
  })
  return found
}

const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>()

/** The first pair of `map` whose scalar key reads `key`; indexed once per mapping, so locating every finding stays linear. */
function pairByKey(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndexes.get(map)
  if (!index) {
    index = new Map()
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue
      const name = String(item.key.value)
      if (!index.has(name)) index.set(name, item)
    }
    pairIndexes.set(map, index)
  }
  return index.get(key)
}

function locate(
  doc: Document,
  path: YamlPath,
  at: 'key' | 'value',
  position: (offset: number) => Position
): Position {
  let node: unknown = doc.contents
  let found: Position = node && (node as Node).range ? position((node as Node).range![0]) : START
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc)
    let next: unknown
    let keyNode: unknown
    if (isMap(node)) {
      const pair = pairByKey(node, String(segment))
      keyNode = pair?.key
      next = pair?.value
    } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
      next = node.items[Number(segment)]
    }
    const last = index === path.length - 1
    if (last && at === 'key' && keyNode && (keyNode as Node).range)
      return position((keyNode as Node).range![0])
    const target = (next ?? keyNode) as Node | undefined
    if (!target?.range)
      return keyNode && (keyNode as Node).range ? position((keyNode as Node).range![0]) : found
    found = position(target.range[0])
    node = next
  }
  return found
}
