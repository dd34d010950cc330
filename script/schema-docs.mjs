// Writes docs/manifest.md and docs/platform.md from the schemas' descriptions,
// so the reference cannot drift from what the loader accepts; platform.md ends
// with the hand-kept docs/parts/platform-argocd.md and platform-fleet.md.
// `node script/schema-docs.mjs --check` fails when a committed page is stale.
import { readFile, writeFile } from 'node:fs/promises'

const root = new URL('..', import.meta.url)

function resolve(schema, node) {
  if (node?.$ref)
    return resolve(schema, schema.definitions[node.$ref.replace('#/definitions/', '')])
  return node ?? {}
}

function typeOf(schema, node) {
  const n = resolve(schema, node)
  if (n.const !== undefined) return `\`${n.const}\``
  if (n.enum) return n.enum.map(v => `\`${v}\``).join(' \\| ')
  if (n.type === 'array') return `list of ${typeOf(schema, n.items)}`
  if (
    n.type === 'object' &&
    n.additionalProperties &&
    typeof n.additionalProperties === 'object' &&
    !n.properties
  ) {
    return `map of name → ${typeOf(schema, n.additionalProperties)}`
  }
  if (n.format) return `${n.type} (${n.format})`
  if (n.type === 'integer' && (n.minimum !== undefined || n.maximum !== undefined))
    return `integer ${n.minimum ?? ''}..${n.maximum ?? ''}`
  return n.type ?? 'value'
}

function rows(schema, node, path, required, out) {
  const n = resolve(schema, node)
  const description = (n.description ?? '').replace(/\|/g, '\\|')
  if (path)
    out.push(
      `| \`${path}\` | ${typeOf(schema, node)} | ${required ? 'yes' : ''} | ${description} |`
    )
  if (n.type === 'object' && n.properties) {
    for (const [key, child] of Object.entries(n.properties))
      rows(schema, child, path ? `${path}.${key}` : key, (n.required ?? []).includes(key), out)
  } else if (n.type === 'object' && resolve(schema, n.additionalProperties).properties) {
    rows(schema, n.additionalProperties, `${path}.<name>`, false, out)
  } else if (n.type === 'array' && resolve(schema, n.items).type === 'object') {
    rows(schema, n.items, `${path}[]`, false, out)
  }
}

export async function renderSchemaDocs() {
  const pages = {}
  for (const [name, title, intro] of [
    [
      'multiregion',
      'The service manifest: `multiregion.yaml`',
      'Written by a service owner, in the service repository.'
    ],
    [
      'platform',
      'The platform config: `platform.yaml`',
      'Written by the platform team, at the root of the environments repository.'
    ]
  ]) {
    const schema = JSON.parse(await readFile(new URL(`schema/${name}.schema.json`, root), 'utf8'))
    const out = []
    rows(schema, schema, '', true, out)
    pages[name === 'multiregion' ? 'manifest' : 'platform'] = [
      `# ${title}`,
      '',
      `${intro} ${schema.description}`,
      '',
      `This page is generated from [\`schema/${name}.schema.json\`](../schema/${name}.schema.json) by \`npm run docs:schema\`; editors that read the schema (\`# yaml-language-server: $schema=...\`) show the same text.`,
      'Unknown keys are errors, with a "did you mean" suggestion.',
      '',
      '| Key | Type | Required | Meaning |',
      '|---|---|---|---|',
      ...out,
      ''
    ].join('\n')
  }
  // Prose and examples the table cannot hold (what the Application must look like, the newer
  // keys in use), kept by hand beside the pages.
  pages.manifest += `\n${await readFile(new URL('docs/parts/manifest-examples.md', root), 'utf8')}`
  pages.platform += `\n${await readFile(new URL('docs/parts/platform-examples.md', root), 'utf8')}`
  pages.platform += `\n${await readFile(new URL('docs/parts/platform-argocd.md', root), 'utf8')}`
  pages.platform += `\n${await readFile(new URL('docs/parts/platform-fleet.md', root), 'utf8')}`
  return pages
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = await renderSchemaDocs()
  let stale = false
  for (const [page, text] of Object.entries(pages)) {
    const file = new URL(`docs/${page}.md`, root)
    if (process.argv.includes('--check')) {
      if ((await readFile(file, 'utf8').catch(() => '')) !== text) {
        console.error(`docs/${page}.md is stale: run \`npm run docs:schema\` and commit it.`)
        stale = true
      }
    } else {
      await writeFile(file, text)
    }
  }
  if (stale) process.exit(1)
}
