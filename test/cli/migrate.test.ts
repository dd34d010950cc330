import { beforeAll, describe, expect, it } from '@jest/globals'
import { ROOT } from '../support/paths.js'
import { runAction } from '../support/run-action.js'
import { runCli } from '../support/run-cli.js'

beforeAll(() => process.chdir(ROOT))

const residency = [
  '--manifest',
  'fixtures/services/residency/multiregion.yaml',
  '--env-repo',
  'fixtures/environments'
]

describe('multiregion migrate', () => {
  it('prints a region its SQL in order on a dry run and touches nothing', async () => {
    const result = await runCli(['migrate', '--region', 'china', '--dry-run', ...residency])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const versions = [...result.stdout.matchAll(/^-- (\S+) \(/gm)].map(m => m[1])
    expect(versions).toEqual([
      'multiregion/00_prune',
      'multiregion/01_tables',
      'multiregion/02_policy',
      'multiregion/03_publications',
      'multiregion/04_subscription_plans',
      '0001_audit',
      '0002_audit_index'
    ])
    expect(result.stdout).toContain(
      "format('CREATE SUBSCRIPTION %I CONNECTION %L PUBLICATION %I WITH (create_slot = false, slot_name = %L)', 'mr_profiles_plans_us_east_to_china', 'multiregion:publisher=us-east'"
    )
    expect(result.stdout).not.toContain('"customers"')
  })

  it('is blocked by compliance errors, listed at their file and line', async () => {
    const result = await runCli([
      'migrate',
      '--region',
      'sweden',
      '--manifest',
      'fixtures/services/compliance-violations/multiregion.yaml',
      '--env-repo',
      'fixtures/environments'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'fixtures/services/compliance-violations/multiregion.yaml:22:15: error [data-residency-home]'
    )
    expect(result.stderr).toContain('migrate is blocked by 11 compliance error(s)')
  })

  it('names the variable to set when the region has no database URL', async () => {
    delete process.env.DB_URL_SWEDEN
    const result = await runCli(['migrate', '--region', 'sweden', ...residency])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'The variable DB_URL_SWEDEN (regions.sweden.database.secret) is not set'
    )
  })

  it('refuses a region the service does not run in', async () => {
    const result = await runCli(['migrate', '--region', 'us-west', '--dry-run', ...residency])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('"us-west" is not one of the service\'s regions')
  })
})

describe('the root action, command migrate', () => {
  it('prints the dry run into the job summary', async () => {
    const run = await runAction({
      command: 'migrate',
      region: 'sweden',
      'dry-run': 'true',
      manifest: 'fixtures/services/residency/multiregion.yaml',
      'env-repo': 'fixtures/environments'
    })
    expect(run.code).toBe(0)
    expect(run.summary).toContain('## multiregion migrate: `sweden` (dry run)')
    expect(run.summary).toContain('CREATE TABLE IF NOT EXISTS "customers"')
  })

  it('masks every region database URL before it can be printed', async () => {
    const secret = 's3cr3t-pa55'
    const run = await runAction(
      {
        command: 'migrate',
        region: 'sweden',
        manifest: 'fixtures/services/residency/multiregion.yaml',
        'env-repo': 'fixtures/environments'
      },
      ROOT,
      { DB_URL_SWEDEN: `postgres://app:${secret}@127.0.0.1:1/profiles` }
    )
    expect(run.code).not.toBe(0)
    const lines = `${run.stdout}\n${run.stderr}\n${run.summary}`.split('\n')
    expect(lines.filter(l => l.includes(secret))).toEqual([
      `::add-mask::postgres://app:${secret}@127.0.0.1:1/profiles`
    ])
  })

  it('asks for the region input', async () => {
    const run = await runAction({
      command: 'migrate',
      manifest: 'fixtures/services/residency/multiregion.yaml',
      'env-repo': 'fixtures/environments'
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain('Input "region" is required for command migrate')
  })
})
