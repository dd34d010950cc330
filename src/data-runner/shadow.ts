import { readFile } from 'node:fs/promises'
import { setFlagsFromString } from 'node:v8'
import { gunzipSync } from 'node:zlib'
import type { PGlite } from '@electric-sql/pglite'
import { ident, lineAt, splitStatements, transactionControl } from '../data/sql.js'
import type { Service } from '../manifest/model.js'
import type { Finding, Plan } from '../schema/generated.js'

/**
 * A prepared data directory (script/shadow-snapshot.mjs): 1 MB instead of the
 * 40 MB PGlite dumps, checkpointed so the start replays no WAL. The build
 * copies it beside the bundle, so this URL finds it in src/ and in dist/.
 */
const SNAPSHOT = new URL('./pglite-snapshot.tgz', import.meta.url)

/**
 * PostgreSQL's 128 MB of shared buffers are zeroed at every start and cost
 * a third of it; replaying a service's migrations needs a few pages.
 */
const SETTINGS = ['-c', 'shared_buffers=1MB']

async function open(): Promise<PGlite> {
  // PGlite is a 9 MB WebAssembly module. V8 compiles it fast (Liftoff), then again, optimised
  // (TurboFan), in the background: that second compile cost more CPU than the whole replay it
  // speeds up (plan 2.5 s of CPU with it, 0.95 s without, bench/plan/startup.ts). Set before the
  // module is compiled; the process compiles no other WebAssembly.
  setFlagsFromString('--liftoff-only')
  const { PGlite } = await import('@electric-sql/pglite')
  const startParams = [...PGlite.defaultStartParams, ...SETTINGS]
  const snapshot = await readFile(SNAPSHOT).catch(() => undefined)
  // Without the snapshot (or with one another PGlite version made), PGlite runs initdb: slower, same result.
  if (snapshot) {
    try {
      // Unzipped here in one native call and handed over as a plain tar: PGlite would stream it
      // through a DecompressionStream in small chunks, which cost twice the CPU (and garbage).
      return await PGlite.create({
        loadDataDir: new File([gunzipSync(snapshot)], 'pglite-snapshot.tar'),
        startParams
      })
    } catch {
      // fall through to initdb
    }
  }
  return PGlite.create({ startParams })
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
