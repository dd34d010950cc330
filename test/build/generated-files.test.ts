import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../support/paths.js'

const run = promisify(execFile)

async function check(script: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, '--check'], { cwd: ROOT })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, output: e.stdout + e.stderr }
  }
}

describe('committed generated files', () => {
  it('dist/ matches a fresh build of src/ (the action runs dist/)', async () => {
    const result = await check('script/build.mjs')
    expect(result.output).toContain('dist/ is up to date.')
    expect(result.code).toBe(0)
    // esbuild for five bundles and tsc for the .d.ts, on a shared machine.
  }, 300_000)

  it('actions/<command>/action.yml match the root action.yml', async () => {
    const result = await check('script/command-actions.mjs')
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  })

  it('docs/manifest.md and docs/platform.md match the schemas', async () => {
    const result = await check('script/schema-docs.mjs')
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  })

  it('src/schema/generated.ts matches schema/*.schema.json', async () => {
    const result = await check('script/schema-types.mjs')
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  })

  it('src/argocd/generated/api.ts matches vendor/argocd/swagger.json', async () => {
    const result = await check('script/argocd-types.mjs')
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  })

  it("the shadow check's PGlite snapshot was made by the installed PGlite and loads", async () => {
    const result = await check('script/shadow-snapshot.mjs')
    expect(result.output).toContain("The shadow check's PGlite snapshot is up to date")
    expect(result.code).toBe(0)
  }, 60_000)

  it('src/schema/validators.ts matches schema/*.schema.json (Ajv standalone code)', async () => {
    const result = await check('script/schema-validators.mjs')
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  }, 60_000)

  it('the CLI and the action carry no JSON Schema compiler: the validators are compiled at build time', () => {
    for (const bundle of ['cli.js', 'index.js']) {
      // Ajv's core, which compiles schemas at run time, refuses a schema added twice with this message.
      expect(readFileSync(join(ROOT, 'dist', bundle), 'utf8')).not.toContain(
        'schema with key or id'
      )
    }
  })
})
