/**
 * multiregion/data on Spanner against the raw @google-cloud/spanner client on
 * the Cloud Spanner emulator, in one run: `insert` (DML in a read-write
 * transaction) and `get` (a strong single-use read) of one row, sequential,
 * through the API and through the client with the same statement.
 * Prints figures and ratios; asserts nothing.
 */
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { dataMapFile } from '../../src/data/data-map.js'
import type { DataModel } from '../../src/data/model.js'
import { compileSpanner } from '../../src/data/spanner.js'
import { splitStatements, stripComments } from '../../src/data/sql.js'
import { memorySink, openData } from '../../src/data-api/index.js'
import { GATEWAY, emulatorInstalled, startEmulator } from '../../test-pg/spanner-emulator.js'

const OPS = 600
const WARMUP = 60

const model: DataModel = {
  service: 'bench',
  engine: 'spanner',
  compliance: [],
  customRules: [],
  spanner: { project: 'test-project', instance: 'emulator' },
  regions: [{ name: 'us-east', jurisdiction: 'US', location: 'us-east1' }],
  tables: [
    {
      name: 'items',
      home: 'us-east',
      locality: 'regional',
      columns: [
        { name: 'id', type: 'uuid', primaryKey: true, nullable: false, readers: [] },
        { name: 'name', type: 'text', primaryKey: false, nullable: true, readers: [] },
        { name: 'qty', type: 'integer', primaryKey: false, nullable: true, readers: [] }
      ],
      placement: ['us-east'],
      writers: ['app'],
      path: []
    }
  ]
}

async function timed(n: number, op: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < n; i++) await op(i)
  return ((performance.now() - start) * 1000) / n
}

export async function benchSpanner(): Promise<void> {
  if (!emulatorInstalled()) {
    console.log(`spanner: SKIPPED, the Cloud Spanner emulator is not at ${GATEWAY}`)
    return
  }
  const emulator = await startEmulator()
  try {
    const tables = splitStatements(compileSpanner(model).sql)
      .map(s => stripComments(s.text).trim())
      .filter(s => s.startsWith('CREATE TABLE'))
    const raw = await emulator.database('bench', tables)
    const db = openData({
      map: dataMapFile(model, 'us-east'),
      role: 'app',
      purpose: 'bench',
      spannerClient: emulator.client,
      audit: memorySink()
    })
    const ids = Array.from({ length: OPS + WARMUP }, () => randomUUID())
    const rawIds = Array.from({ length: OPS + WARMUP }, () => randomUUID())
    // The raw client runs the statements a hand-written application would: the same DML and query.
    const insertRaw = (i: number) =>
      raw.runTransactionAsync(async tx => {
        await tx.run({
          sql: 'INSERT INTO `items` (`id`, `name`, `qty`) VALUES (@p1, @p2, @p3) THEN RETURN `id`',
          params: { p1: rawIds[i], p2: 'n', p3: i }
        })
        await tx.commit()
      })
    const insertApi = (i: number) => db.table('items').insert({ id: ids[i], name: 'n', qty: i })
    const getRaw = (i: number) =>
      raw.run({
        sql: 'SELECT `id`, `name`, `qty` FROM `items` WHERE `id` = @p1 LIMIT 1',
        params: { p1: rawIds[i] },
        json: true
      })
    const getApi = (i: number) => db.table('items').get(ids[i]!)

    await timed(WARMUP, i => insertRaw(OPS + i))
    await timed(WARMUP, i => insertApi(OPS + i))
    // Alternate halves so drift on the machine hits both alike.
    const half = OPS / 2
    const insert = { raw: 0, api: 0 }
    const get = { raw: 0, api: 0 }
    for (const [r, rawOp, apiOp] of [
      [insert, insertRaw, insertApi],
      [get, getRaw, getApi]
    ] as const)
      for (const offset of [0, half]) {
        r.raw += (await timed(half, i => rawOp(offset + i))) / 2
        r.api += (await timed(half, i => apiOp(offset + i))) / 2
      }
    console.log(
      `multiregion/data on Spanner against the raw @google-cloud/spanner client, ${OPS} sequential operations each, Cloud Spanner emulator on loopback`
    )
    for (const [name, r] of [
      ['insert', insert],
      ['get', get]
    ] as const)
      console.log(
        `${name.padEnd(8)} wall: raw client ${r.raw.toFixed(1).padStart(8)} µs, multiregion/data ${r.api.toFixed(1).padStart(8)} µs, ratio ${(r.api / r.raw).toFixed(3)} (goal <= 1.15)`
      )
    await db.close()
    await raw.close()
  } finally {
    await emulator.stop()
  }
}
