import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'

/*
 * A TypeScript service importing `multiregion/client` gets types: a small
 * consumer is compiled with the real tsc, strict, against the declarations.
 * When package.json's `./client` export names its `types`, the consumer
 * resolves the package the way a service would; otherwise the declarations
 * are emitted from src/client/index.ts here first. The consumer names every
 * type the public API takes or returns, and misuses that must not compile.
 */

const root = new URL('../..', import.meta.url).pathname
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const run = promisify(execFile)

const CONSUMER = `
import { createClient, RegionalFetchError, RegionalResponse, routeFor } from 'multiregion/client'
import type {
  AttemptOutcome,
  BackoffSettings,
  Body,
  BreakerSettings,
  BreakerState,
  ClientEvent,
  ClientOptions,
  RegionalFetch,
  RegionalInit,
  RetryBudgetSettings,
  RouteTable
} from 'multiregion/client'

const budget: RetryBudgetSettings = { ratio: 0.2, minPerSecond: 10 }
const table: RouteTable = {
  service: 'checkout',
  hostname: 'checkout.internal.example.com',
  timeoutMs: 2000,
  deadlineMs: 6000,
  retries: 2,
  retryBudget: budget,
  endpoints: { 'us-east': 'http://127.0.0.1:1' },
  order: { 'us-east': ['us-east'] }
}
const breaker: Partial<BreakerSettings> = { failures: 3 }
const backoff: Partial<BackoffSettings> = { baseMs: 10 }
const options: ClientOptions = { region: 'us-east', hedgeMs: null, breaker, backoff }
const checkout: RegionalFetch = createClient(table, options)
const order: readonly string[] = checkout.order
const row: string[] = routeFor(table, 'us-east').order
const body: Body = JSON.stringify({ total: 1 })
const init: RegionalInit = { method: 'POST', body, idempotent: true, signal: AbortSignal.timeout(1) }

export async function use(): Promise<number> {
  try {
    const response: RegionalResponse = await checkout('/orders', init)
    const data = await response.json<{ id: string }>()
    const region: string = response.region
    const type: string | null = response.headers.get('content-type')
    const real: Response = response.toResponse()
    return response.status + data.id.length + region.length + (type?.length ?? 0) + real.status
  } catch (error) {
    if (error instanceof RegionalFetchError) {
      const kind: 'failed' | 'deadline' | 'aborted' | 'no-region' | 'invalid' = error.kind
      return kind.length + error.attempts
    }
    throw error
  }
}

checkout.events.on('event', (event: ClientEvent) => {
  if (event.type === 'breaker') {
    const to: BreakerState = event.to
    void to
  }
  if (event.type === 'attempt-end') {
    const outcome: AttemptOutcome = event.outcome
    void outcome
  }
})
await checkout.close()
void order
void row

// @ts-expect-error the caller's region is required
createClient(table, {})
// @ts-expect-error a body is a string or bytes, so it can be sent again
const object: RegionalInit = { body: { total: 1 } }
// @ts-expect-error the response's status is a number
const status: string = (await checkout('/')).status
void object
void status
`

async function compile(dir: string, config: object): Promise<string> {
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(config))
  try {
    await run(process.execPath, [tsc, '-p', dir], { cwd: dir })
    return ''
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error)
  }
}

const STRICT = {
  target: 'ES2022',
  lib: ['ES2023'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  types: ['node'],
  noEmit: true
}

describe('multiregion/client type declarations', () => {
  it('compile a strict consumer that names every public type, and reject misuse', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multiregion-types-'))
    try {
      // The consumer's own node_modules: the package itself and what its declarations import.
      await mkdir(join(dir, 'node_modules'))
      await symlink(root, join(dir, 'node_modules', 'multiregion'))
      await symlink(join(root, 'node_modules', '@types'), join(dir, 'node_modules', '@types'))
      await symlink(join(root, 'node_modules', 'undici'), join(dir, 'node_modules', 'undici'))
      await writeFile(join(dir, 'package.json'), '{"type":"module"}')
      await writeFile(join(dir, 'consumer.ts'), CONSUMER)
      const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
        exports: Record<string, string | { types?: string }>
      }
      const exported = pkg.exports['./client']
      const shipped = typeof exported === 'object' ? exported.types : undefined
      let paths: Record<string, string[]> | undefined
      if (!shipped || !existsSync(join(root, shipped))) {
        // No packaged declarations yet: emit them from the source, as the package build would.
        const emitted = await compile(dir, {
          files: [join(root, 'src', 'client', 'index.ts')],
          compilerOptions: {
            ...STRICT,
            noEmit: false,
            declaration: true,
            emitDeclarationOnly: true,
            isolatedModules: true,
            rootDir: join(root, 'src'),
            outDir: join(dir, 'types')
          }
        })
        expect(emitted).toBe('')
        paths = { 'multiregion/client': ['./types/client/index.d.ts'] }
      }
      const compiled = await compile(dir, {
        files: ['consumer.ts'],
        compilerOptions: { ...STRICT, ...(paths ? { paths } : {}) }
      })
      expect(compiled).toBe('')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    // Two tsc runs: slow on a busy machine.
  }, 300_000)
})
