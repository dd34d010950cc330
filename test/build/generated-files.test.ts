import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
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

  it('src/argocd/generated/api.ts matches ../shared/specs/argocd/swagger.json', async () => {
    const result = await check('script/argocd-types.mjs')
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  })
})
