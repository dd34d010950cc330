import { stringify } from 'yaml'

/**
 * Text a literal block (`|`) holds as it is, and the yaml library writes as
 * one: printable ASCII lines, the first starting with a visible character,
 * ending in exactly one newline.
 */
function literalSafe(value: string): boolean {
  return (
    /^[!-~]/.test(value) &&
    /^[\n -~]*$/.test(value) &&
    value.endsWith('\n') &&
    !value.endsWith('\n\n')
  )
}

/** Each line that has text, four spaces in (an empty line stays empty, as the library writes it). */
const indent = (text: string) =>
  text
    .split('\n')
    .map(line => (line === '' ? line : `    ${line}`))
    .join('\n')

/**
 * A ConfigMap whose data values are files. The yaml library writes a large
 * value as a literal block byte by byte, which at hundreds of regions cost
 * more than planning them; values it would write as such a block are
 * indented here instead, and the result is the same text.
 */
export function renderConfigMap(
  comment: string,
  name: string,
  labels: Record<string, string>,
  data: Record<string, string>
): string {
  const metadata = { name, labels }
  const entries = Object.entries(data)
  const block = (value: string) => value.includes('\n') && literalSafe(value)
  // A value on one line, as the library writes it at the top level; undefined when it would take several.
  const plain = (key: string, value: string) => {
    const line = stringify({ [key]: value })
    return line.split('\n').length === 2 ? `  ${line}` : undefined
  }
  const lines = entries.map(([key, value]) =>
    block(value)
      ? `  ${stringify(key).trimEnd()}: |\n${indent(value.slice(0, -1))}\n`
      : plain(key, value)
  )
  // Anything else (a key or value on several lines, no data at all) is the library's to write.
  if (entries.length === 0 || lines.some(l => l === undefined))
    return `# ${comment}\n${stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata, data })}`
  return `# ${comment}\n${stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata })}data:\n${lines.join('')}`
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object'

/**
 * A JSON file as people read it in a pull request: two-space indentation,
 * a Map written as the object of its entries,
 * with lists of names and small records ({ "jurisdiction": "EU", "secret":
 * "DB_URL_SWEDEN" }) on one line each, so a file that lists every region
 * grows by one short line a region rather than several.
 */
export function jsonFile(value: unknown): string {
  const render = (v: unknown, indent: string): string => {
    if (isScalar(v)) return JSON.stringify(v)
    if (Array.isArray(v)) {
      // A list of names, as JSON writes it with a space after each comma: in a string JSON escapes every quote, so "," is only ever between items.
      if (v.every(x => typeof x === 'string')) return JSON.stringify(v).replaceAll('","', '", "')
      if (v.every(isScalar)) return `[${v.map(x => JSON.stringify(x)).join(', ')}]`
      const inner = `${indent}  `
      return v.length === 0
        ? '[]'
        : `[\n${v.map(x => inner + render(x, inner)).join(',\n')}\n${indent}]`
    }
    const entries = (
      v instanceof Map ? [...(v as Map<string, unknown>)] : Object.entries(v as object)
    ).filter(([, x]) => x !== undefined)
    if (entries.length === 0) return '{}'
    // Only a small record is tried on one line: writing every object out first cost its whole text at each level.
    if (entries.length <= 4 && entries.every(([, x]) => isScalar(x))) {
      const line = `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(', ')} }`
      if (line.length <= 80) return line
    }
    const inner = `${indent}  `
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${render(x, inner)}`).join(',\n')}\n${indent}}`
  }
  return `${render(value, '')}\n`
}
