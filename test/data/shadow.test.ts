import { describe, expect, it } from '@jest/globals'
import { shadowCheck } from '../../src/data-runner/shadow.js'
import { loadService } from '../../src/manifest/load.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import type { Release } from '../../src/plan/release.js'
import { fixtureMigrations } from '../support/data.js'
import { fixtureEnvFiles, fixturePlatform } from '../support/fixtures.js'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { ENV_REPO, ROOT, SERVICES } from '../support/paths.js'

const platform = fixturePlatform()
const FILE = 'fixtures/services/residency/multiregion.yaml'

function planWith(edit: (text: string) => string, migrations = fixtureMigrations('residency')) {
  const loaded = loadService(
    edit(readFileSync(join(SERVICES, 'residency', 'multiregion.yaml'), 'utf8')),
    FILE
  )
  const service = loaded.value!
  const release = parseRelease('v1', service.image) as Release
  return {
    service,
    result: plan({
      service,
      platform,
      release,
      files: fixtureEnvFiles(service, platform),
      migrations
    })
  }
}

describe('the PGlite shadow check', () => {
  it('replays a compliant plan without findings', async () => {
    const { service, result } = planWith(t => t)
    expect(await shadowCheck(result, service)).toEqual([])
  })

  it('reports a generated table that PostgreSQL rejects at the manifest table', async () => {
    const { service, result } = planWith(t =>
      t.replace('price_cents: { type: bigint }', 'price_cents: { type: bignumber }')
    )
    const findings = await shadowCheck(result, service)
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'data-shadow-error',
        file: FILE,
        line: 31,
        region: 'us-east',
        message: expect.stringContaining('type "bignumber" does not exist')
      })
    ])
  })

  it('reports a hand-written file error at its file and line, once for all regions', async () => {
    const broken = {
      name: '0003_broken.sql',
      path: 'db/migrations/0003_broken.sql',
      text: '-- adds a column\nALTER TABLE audit_log\n  ADD COLUMN note text;\nALTER TABLE audit_log\n  ADD COLUM oops text;\n'
    }
    const { service, result } = planWith(t => t, [...fixtureMigrations('residency'), broken])
    const findings = await shadowCheck(result, service)
    expect(findings.map(f => [f.file, f.line, f.rule])).toEqual([
      ['db/migrations/0003_broken.sql', 5, 'data-shadow-error']
    ])
    expect(findings[0]!.message).toContain('syntax error')
  })

  it('refuses a hand-written file with its own BEGIN and COMMIT instead of replaying it', async () => {
    const own = {
      name: '0003_own.sql',
      path: 'db/migrations/0003_own.sql',
      text: '-- from a psql script\nBEGIN;\nCREATE TABLE half (x int);\nCOMMIT;\n'
    }
    const { service, result } = planWith(t => t, [...fixtureMigrations('residency'), own])
    const findings = await shadowCheck(result, service)
    expect(findings.map(f => [f.file, f.line, f.rule])).toEqual([
      ['db/migrations/0003_own.sql', 2, 'data-shadow-error']
    ])
    expect(findings[0]!.message).toContain('BEGIN controls the transaction')
  })

  it('replays a SQL-standard function body (BEGIN ATOMIC ... END), which is not transaction control', async () => {
    const atomic = {
      name: '0003_atomic.sql',
      path: 'db/migrations/0003_atomic.sql',
      text: 'CREATE FUNCTION answer() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 42;\nEND;\nSELECT answer() / 0;\n'
    }
    const { service, result } = planWith(t => t, [...fixtureMigrations('residency'), atomic])
    const findings = await shadowCheck(result, service)
    // Replayed: the division by zero after the function is found, at its line.
    expect(findings.map(f => [f.file, f.line, f.message])).toEqual([
      ['db/migrations/0003_atomic.sql', 5, expect.stringContaining('division by zero')]
    ])
  })
  it('replays a data migration on the trimmed snapshot, which ships no free space or visibility maps', async () => {
    // The maps are left out so PGlite untars fewer files at each start; PostgreSQL makes them on demand.
    const tar = gunzipSync(readFileSync(join(ROOT, 'src', 'data-runner', 'pglite-snapshot.tgz')))
    const names: string[] = []
    for (let at = 0; at + 512 <= tar.length;) {
      const name = tar
        .subarray(at, at + 100)
        .toString('latin1')
        .replace(/\0.*$/s, '')
        .replace(/^\/+/, '')
      if (name === '') break
      names.push(name)
      const size = parseInt(
        tar
          .subarray(at + 124, at + 136)
          .toString('latin1')
          .trim() || '0',
        8
      )
      at += 512 + Math.ceil(size / 512) * 512
    }
    expect(names).toContain('base/5/1259')
    expect(names.filter(n => /_(fsm|vm)$/.test(n))).toEqual([])
    const backfill = {
      name: '0003_backfill.sql',
      path: 'db/migrations/0003_backfill.sql',
      text: [
        'CREATE TABLE ledger (id int PRIMARY KEY, note text);',
        "INSERT INTO ledger SELECT g, repeat('x', 200) FROM generate_series(1, 5000) g;",
        'DELETE FROM ledger WHERE id % 3 = 0;',
        "INSERT INTO ledger SELECT g, 'again' FROM generate_series(5001, 8000) g;",
        'CREATE INDEX ledger_note ON ledger (note);',
        'SELECT count(*) / 0 FROM ledger WHERE id > 100;',
        ''
      ].join('\n')
    }
    const { service, result } = planWith(t => t, [...fixtureMigrations('residency'), backfill])
    const findings = await shadowCheck(result, service)
    // Replayed to its last statement: the division by zero is found at its line.
    expect(findings.map(f => [f.file, f.line, f.message])).toEqual([
      ['db/migrations/0003_backfill.sql', 6, expect.stringContaining('division by zero')]
    ])
  })
})

describe('the shadow check in the CLI', () => {
  it('starts from the snapshot shipped with the toolkit and writes nothing to the temp folder', async () => {
    // The old check ran initdb on a machine's first plan and left a 40 MB data directory in the temp folder.
    const temp = mkdtempSync(join(tmpdir(), 'multiregion-shadow-tmp-'))
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli.js'),
        'plan',
        '--release',
        'v1.5.0',
        '--manifest',
        join(SERVICES, 'checkout', 'multiregion.yaml'),
        '--env-repo',
        ENV_REPO
      ],
      { env: { PATH: process.env.PATH, TMPDIR: temp, TEMP: temp, TMP: temp } }
    )
    expect(stdout).toContain('Summary: 3 to promote, 1 current, 0 blocked; 0 errors, 0 warnings')
    expect(readdirSync(temp)).toEqual([])
  }, 120_000)
})
