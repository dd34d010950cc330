import { readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { ident, lineAt, splitStatements, transactionControl } from '../data/sql.js'
import type { Service } from '../manifest/model.js'
import type { Finding, Plan } from '../schema/generated.js'

/** The PGlite data directory right after initdb, kept between runs: the warm start loads it instead of running initdb. */
export const SHADOW_CACHE = join(tmpdir(), 'multiregion-pglite-0.5.16.tar')

async function open(): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite')
  const cached = await readFile(SHADOW_CACHE).catch(() => undefined)
  if (cached) return PGlite.create({ loadDataDir: new Blob([cached]) })
  const db = await PGlite.create()
  const dump = await db.dumpDataDir('none')
  const temp = `${SHADOW_CACHE}.${process.pid}`
  await writeFile(temp, Buffer.from(await dump.arrayBuffer()))
  await rename(temp, SHADOW_CACHE)
  return db
}

function position(error: unknown): number {
  const p = Number((error as { position?: string }).position)
  return Number.isFinite(p) && p > 0 ? p - 1 : 0
}

/**
 * Applies every region's migrations to an embedded PostgreSQL (PGlite, no
 * server), one region at a time inside a transaction that is rolled back,
 * and reports the first error of each region at its file and line. A
 * generated file's error points at the manifest table it was compiled from.
 * Files marked no-transaction (subscriptions among them) cannot be rolled
 * back, so they are not replayed here.
 */
export async function shadowCheck(plan: Plan, service: Service): Promise<Finding[]> {
  const regions = plan.regions
    .filter(r => r.data?.engine === 'postgres')
    .sort((a, b) => a.data!.order - b.data!.order)
  if (regions.length === 0) return []
  const db = await open()
  const findings: Finding[] = []
  const tables = Object.keys(service.data?.tables ?? {})
  try {
    for (const region of regions) {
      await db.exec('BEGIN')
      try {
        for (const m of region.data!.migrations.filter(x => x.transaction)) {
          // A file's own BEGIN or COMMIT would end the shadow's transaction and commit what it replayed.
          const control = transactionControl(m.sql)
          if (control) {
            if (!findings.some(f => f.file === m.file && f.line === control.line))
              findings.push({
                rule: 'data-shadow-error',
                severity: 'error',
                message: `${control.text.split(/\s/)[0]!.toUpperCase()} controls the transaction, which migrate owns (one transaction per file, or none with -- multiregion:no-transaction); migrate refuses the file, so it was not replayed (in region ${region.name}).`,
                file: m.file,
                line: control.line,
                column: 1,
                region: region.name
              })
            break
          }
          // One round trip per file; only a failing file is replayed statement by statement to find its line.
          await db.exec('SAVEPOINT file')
          const whole = await db.exec(m.sql).then(
            () => true,
            () => false
          )
          if (whole) continue
          await db.exec('ROLLBACK TO SAVEPOINT file')
          for (const statement of splitStatements(m.sql)) {
            try {
              await db.exec(statement.text)
            } catch (error) {
              const line = statement.line + lineAt(statement.text, position(error)) - 1
              const reason = (error as Error).message
              const table = tables.find(t => statement.text.includes(ident(t)))
              const finding: Finding =
                m.kind === 'hand-written' || table === undefined
                  ? {
                      rule: 'data-shadow-error',
                      severity: 'error',
                      message: `${reason} (in region ${region.name}, checked on an embedded PostgreSQL).`,
                      file: m.file,
                      line,
                      column: 1,
                      region: region.name
                    }
                  : {
                      rule: 'data-shadow-error',
                      severity: 'error',
                      message: `The SQL generated for table ${table} fails: ${reason} (${m.file} line ${line}, checked on an embedded PostgreSQL). Check its column types.`,
                      file: service.file,
                      ...service.locate(['spec', 'data', 'tables', table]),
                      region: region.name
                    }
              // A hand-written file fails the same way in every region: say it once.
              if (!findings.some(f => f.file === finding.file && f.line === finding.line))
                findings.push(finding)
              throw error
            }
          }
        }
      } catch {
        // The region's transaction is aborted; its first error is reported, the next region starts clean.
      } finally {
        await db.exec('ROLLBACK')
      }
    }
  } finally {
    await db.close()
  }
  return findings
}
