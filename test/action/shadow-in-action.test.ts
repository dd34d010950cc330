import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ROOT } from '../support/paths.js'
import { runAction } from '../support/run-action.js'

/**
 * What the runner has for `uses: org/multiregion@v1`: the repository's files at
 * the tag, downloaded without any npm install, so no node_modules anywhere.
 */
let action: string
beforeAll(() => {
  action = mkdtempSync(join(tmpdir(), 'multiregion-at-tag-'))
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
  for (const file of tracked) {
    if (!existsSync(join(ROOT, file))) continue
    mkdirSync(dirname(join(action, file)), { recursive: true })
    cpSync(join(ROOT, file), join(action, file))
  }
  // dist/ as built now: the lead's merge regenerates it, so the test reads the working tree's.
  cpSync(join(ROOT, 'dist'), join(action, 'dist'), { recursive: true })
  writeFileSync(
    join(action, 'fixtures/services/residency/db/migrations/0004_broken.sql'),
    '-- adds a column\nALTER TABLE audit_log\n  ADD COLUMN note text;\nALTER TABLE audit_log\n  ADD COLUM oops text;\n'
  )
})
afterAll(() => rmSync(action, { recursive: true, force: true }))

describe('the shadow check inside the action', () => {
  it('runs from a checkout with no node_modules and reports a broken migration at its line', async () => {
    expect(existsSync(join(action, 'node_modules'))).toBe(false)
    const run = await runAction(
      {
        command: 'plan',
        release: 'v1',
        manifest: 'fixtures/services/residency/multiregion.yaml',
        'env-repo': 'fixtures/environments'
      },
      action,
      {},
      action
    )
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toContain('data-shadow-unavailable')
    expect(run.stdout).toMatch(
      /::error title=multiregion \[data-shadow-error\],file=fixtures\/services\/residency\/db\/migrations\/0004_broken\.sql,line=5,col=1::.*syntax error/
    )
  }, 180_000)
})
