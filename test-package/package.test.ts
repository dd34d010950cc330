import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ts from 'typescript'
import { parse } from 'yaml'
import { ENV_REPO, ROOT, SERVICES } from '../test/support/paths.js'
import { codeBlocks, examples } from './examples.js'

const exec = promisify(execFile)
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version: string }>
}
/** The version this repository tests with, so the install needs nothing the npm cache lacks. */
const locked = (name: string) => `${name}@${lock.packages[`node_modules/${name}`].version}`

interface Result {
  code: number
  stdout: string
  stderr: string
}

async function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {}
): Promise<Result> {
  try {
    const { stdout, stderr } = await exec(command, args, {
      cwd,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      maxBuffer: 64 * 1024 * 1024
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout, stderr: e.stderr }
  }
}

/** A fresh project of a user: package.json and `npm install` of the given specs, as they would type it. */
async function project(dir: string, specs: string[]): Promise<void> {
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'user-project', version: '1.0.0', private: true, type: 'module' }) + '\n'
  )
  const installed = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs],
    dir
  )
  if (installed.code !== 0) throw new Error(`npm install ${specs.join(' ')}:\n${installed.stderr}`)
}

/** The documents whose TypeScript examples this suite runs and compiles. */
const DOCUMENTS = ['README.md', 'docs/routing.md']
const EXAMPLES = new Map(DOCUMENTS.flatMap(doc => [...examples(doc)]))
const example = (name: string) => {
  const found = EXAMPLES.get(name)
  if (!found)
    throw new Error(`no example marked <!-- example: ${name} --> in ${DOCUMENTS.join(', ')}`)
  return found.code
}

/** The inputs the README's examples leave to the reader, taken from the fixtures the templates use. */
const manifestText = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8')
const platformText = readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8')
const configMap = (file: string) =>
  (
    parse(readFileSync(join(ENV_REPO, 'regions', 'us-west', 'checkout', file), 'utf8')) as {
      data: Record<string, string>
    }
  ).data
const dataMapText = configMap('data-map.yaml')['data-map.json']

/** TypeScript as a user compiles it: strict, Node's module resolution, no options of ours. */
function transpile(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  }).outputText
}

let work: string
let tarball: string
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'multiregion-package-'))
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], ROOT)
  if (packed.code !== 0) throw new Error(`npm pack:\n${packed.stderr}`)
  tarball = join(work, (JSON.parse(packed.stdout) as [{ filename: string }])[0].filename)
}, 300_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the package installed into a fresh project', () => {
  let app: string
  let server: Server
  let port: number
  beforeAll(async () => {
    app = mkdtempSync(join(work, 'app-'))
    // multiregion/data is used with the pg the service installs (the package's optional peer).
    await project(app, [tarball, locked('pg')])
    server = createServer((req, res) => res.end(`order ${req.url}`))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }, 300_000)
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  const EXPORTS = ['multiregion', 'multiregion/client', 'multiregion/data']

  it('imports every export from an ES module', async () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      EXPORTS.map((e, i) => `import * as m${i} from '${e}'\n`).join('') +
        `console.log(JSON.stringify([${EXPORTS.map((_, i) => `Object.keys(m${i}).length`).join(', ')}]))\n` +
        'console.log(typeof m0.plan, typeof m1.createClient, typeof m2.openData)\n'
    )
    const result = await run(process.execPath, ['esm.mjs'], app)
    expect(result.stderr).toBe('')
    const [counts, types] = result.stdout.trim().split('\n')
    expect((JSON.parse(counts) as number[]).every(n => n > 0)).toBe(true)
    expect(types).toBe('function function function')
  })

  it('requires every export from CommonJS', async () => {
    writeFileSync(
      join(app, 'cjs.cjs'),
      "const { plan } = require('multiregion')\n" +
        "const { createClient } = require('multiregion/client')\n" +
        "const { openData } = require('multiregion/data')\n" +
        'console.log(typeof plan, typeof createClient, typeof openData)\n'
    )
    const result = await run(process.execPath, ['cjs.cjs'], app)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('function function function')
  })

  it('runs the bin: npx multiregion --help', async () => {
    const result = await run('npx', ['--no-install', 'multiregion', '--help'], app)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: multiregion /)
    expect(result.stdout).toMatch(/\bplan\b/)
  })

  it("runs the README's library example as written", async () => {
    writeFileSync(
      join(app, 'library.mjs'),
      `const manifestText = ${JSON.stringify(manifestText)}\n` +
        `const platformText = ${JSON.stringify(platformText)}\n` +
        'const files = new Map()\n' +
        transpile(example('library')) +
        'console.log(result.service.name, result.regions.map(r => r.name).join(" "))\n'
    )
    const result = await run(process.execPath, ['library.mjs'], app)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('checkout us-east us-west sweden china')
  })

  /** The route table the fixture's plan writes for every region, its endpoints served on loopback. */
  async function routeTable(): Promise<{ endpoints: Record<string, string> }> {
    const planned = await run(
      'npx',
      [
        '--no-install',
        'multiregion',
        'plan',
        '--release',
        'v1.5.0',
        '--manifest',
        join(SERVICES, 'checkout', 'multiregion.yaml'),
        '--env-repo',
        ENV_REPO,
        '--format',
        'json',
        '--no-shadow'
      ],
      app
    )
    const table = (JSON.parse(planned.stdout) as { routes: { endpoints: Record<string, string> } })
      .routes
    for (const region of Object.keys(table.endpoints))
      table.endpoints[region] = `http://127.0.0.1:${port}`
    return table
  }

  it("runs the README's client example as written, against a server on loopback", async () => {
    const table = await routeTable()
    writeFileSync(
      join(app, 'client.mjs'),
      `const routeTable = ${JSON.stringify(table)}\n` +
        transpile(example('client')) +
        'console.log(response.status, await response.text())\n'
    )
    const result = await run(process.execPath, ['client.mjs'], app)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('200 order /orders/42')
  })

  it("runs docs/routing.md's client example as written, the route table where it reads it", async () => {
    writeFileSync(join(app, 'route-table.json'), JSON.stringify(await routeTable()))
    writeFileSync(
      join(app, 'routing-client.mjs'),
      'const log = { warn: e => console.log(e.type) }\n' +
        "const order = { id: 'o1' }\n" +
        transpile(example('routing-client')).replace(
          "'/etc/checkout/route-table.json'",
          "'route-table.json'"
        ) +
        'console.log(response.status, await response.text(), created.status)\n'
    )
    const result = await run(process.execPath, ['routing-client.mjs'], app, { REGION: 'us-east' })
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('200 order /orders/42 200')
  })

  it("routes with the fixture's data map from the installed data API, and refuses a row before any I/O", async () => {
    // The fixture's manifest names no writers; a service whose support role writes declares it so.
    const map = JSON.parse(dataMapText) as { tables: Record<string, { writers?: string[] }> }
    for (const table of Object.values(map.tables)) table.writers = ['support']
    writeFileSync(join(app, 'data-map.json'), JSON.stringify(map))
    writeFileSync(
      join(app, 'data.mjs'),
      "import { readFileSync } from 'node:fs'\n" +
        "import { openData } from 'multiregion/data'\n" +
        "const map = readFileSync('data-map.json', 'utf8')\n" +
        "const db = openData({ map, role: 'support', purpose: 'ticket 4711', auditKey: 'k', env: {} })\n" +
        'const refused = e => console.log(e.name, e.code, e.message)\n' +
        "await db.table('customers').insert({ id: '5f0c6a52-1d5e-4d3c-9a57-0b8f2f5b6c01', email: 'a@example.com' }).catch(refused)\n" +
        "await db.table('orders').insert({ id: '5f0c6a52-1d5e-4d3c-9a57-0b8f2f5b6c02', region: 'mars' }).catch(refused)\n" +
        'await db.close()\n'
    )
    const result = await run(process.execPath, ['data.mjs'], app)
    expect(result.stderr).toBe('')
    // From us-west, a customer goes to sweden, the table's home (no URL is set here, so it stops there).
    expect(result.stdout.trim().split('\n')).toEqual([
      "DataError no-url sweden's database URL is not set: the environment variable DB_URL_SWEDEN is empty.",
      'DataError residency orders.region in insert is "mars", which is not one of the service\'s regions (us-east, us-west, sweden, china).'
    ])
  })
})

describe('the TypeScript a user writes against the package', () => {
  let types: string
  beforeAll(async () => {
    types = mkdtempSync(join(work, 'types-'))
    // Only what the package declares comes with it; the user adds TypeScript.
    await project(types, [tarball, locked('typescript')])
  }, 300_000)

  async function tsc(files: Record<string, string>): Promise<string> {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(types, name), text)
    const result = await run(
      process.execPath,
      [
        join(types, 'node_modules', 'typescript', 'bin', 'tsc'),
        '--strict',
        '--module',
        'nodenext',
        '--noEmit',
        ...Object.keys(files)
      ],
      types
    )
    return result.stdout + result.stderr
  }

  it("compiles the README's library and client examples under tsc --strict --module nodenext", async () => {
    const output = await tsc({
      'library.ts':
        'declare const manifestText: string\ndeclare const platformText: string\ndeclare const files: Map<string, string>\n' +
        example('library') +
        'export { result }\n',
      'client.ts':
        "import type { RouteTable } from 'multiregion/client'\ndeclare const routeTable: RouteTable\n" +
        example('client') +
        'export { response }\n'
    })
    expect(output).toBe('')
  })

  it('compiles the output of `multiregion types` used with openData<Tables>()', async () => {
    const generated = await run(
      process.execPath,
      [
        join(types, 'node_modules', 'multiregion', 'dist', 'cli.js'),
        'types',
        '--manifest',
        join(SERVICES, 'checkout', 'multiregion.yaml')
      ],
      types
    )
    expect(generated.stderr).toBe('')
    const output = await tsc({
      'db-types.ts': generated.stdout,
      'use-data.ts':
        "import { openData } from 'multiregion/data'\n" +
        "import type { Tables } from './db-types.js'\n" +
        'declare const map: string\n' +
        "const db = openData<Tables>({ map, role: 'support', purpose: 'ticket 4711' })\n" +
        "const customer = await db.table('customers').get('c1')\n" +
        'const created: Date | undefined = customer?.created_at\n' +
        "// @ts-expect-error: orders have no column email\nawait db.table('orders').insert({ email: 'x' })\n" +
        'export { created }\n'
    })
    expect(output).toBe('')
  })

  it('compiles the data and routing client examples, with the Node.js types their own readFileSync needs', async () => {
    const node = await run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel=error',
        locked('@types/node')
      ],
      types
    )
    expect(node.code).toBe(0)
    const generated = await run(
      process.execPath,
      [
        join(types, 'node_modules', 'multiregion', 'dist', 'cli.js'),
        'types',
        '--manifest',
        join(SERVICES, 'checkout', 'multiregion.yaml')
      ],
      types
    )
    const output = await tsc({
      'db-types.ts': generated.stdout,
      'data.ts':
        'declare const id: string\ndeclare const email: string\n' +
        example('data') +
        'export { customer, receipt }\n',
      'routing-client.ts':
        'declare const log: { warn(event: object): void }\ndeclare const order: object\n' +
        example('routing-client') +
        'export { response, created }\n'
    })
    expect(output).toBe('')
  })
})

it('declares as dependencies only what the exported bundles import at run time', () => {
  expect(Object.keys(pkg.dependencies ?? {})).toEqual(['undici'])
  // The data API's engines, each loaded only when a data map names it.
  expect(Object.keys(pkg.peerDependencies ?? {}).sort()).toEqual(['@google-cloud/spanner', 'pg'])
})

it('runs or compiles every TypeScript example of the README and the docs', () => {
  const docs = [
    'README.md',
    'actions/README.md',
    'SECURITY.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter(f => f.endsWith('.md'))
      .map(f => `docs/${f}`)
  ]
  const unmarked = docs.flatMap(doc => {
    // A marker counts only in the documents whose examples this suite runs.
    const marked = DOCUMENTS.includes(doc) ? [...examples(doc).values()].map(e => e.code) : []
    return codeBlocks(doc, 'ts')
      .filter(code => !marked.includes(code))
      .map(code => `${doc}: ${code.split('\n')[0]}`)
  })
  expect(unmarked).toEqual([])
})
