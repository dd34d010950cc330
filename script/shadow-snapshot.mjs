// Prepares the PGlite data directory the plan's shadow check starts from
// (src/data-runner/pglite-snapshot.tgz, about 1 MB) and stamps it with the
// PGlite version it was made by (pglite-snapshot.json).
//
// PGlite's own first start runs initdb (seconds), and a dump of a running
// instance is 40 MB: a 16 MB WAL segment, three databases (template0,
// template1, postgres) and no checkpoint, so every start replays WAL. This
// snapshot is made with 1 MB WAL segments, checkpointed, and keeps only the
// postgres database and the WAL segment of the checkpoint. It leaves out the
// free space and visibility maps (the _fsm and _vm forks, 84 of 398 files):
// PostgreSQL treats a missing map as empty and makes it when it needs one, and
// every file left out is one fewer that PGlite untars at each start.
//
// `node script/shadow-snapshot.mjs --check` fails when the stamp does not
// match the installed PGlite or the file, or PGlite cannot start from it.
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { gunzipSync, gzipSync } from 'node:zlib'
import { File } from 'node:buffer'
import { PGlite } from '@electric-sql/pglite'

const root = new URL('..', import.meta.url)
const SNAPSHOT = new URL('src/data-runner/pglite-snapshot.tgz', root)
const STAMP = new URL('src/data-runner/pglite-snapshot.json', root)

async function pgliteVersion() {
  const manifest = new URL('node_modules/@electric-sql/pglite/package.json', root)
  return JSON.parse(await readFile(manifest, 'utf8')).version
}

/** The entries of an uncompressed tar (ustar: 512-byte headers, data padded to 512 bytes). */
function* tarEntries(tar) {
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every(byte => byte === 0)) return
    const field = (from, to) =>
      Buffer.from(header.subarray(from, to)).toString('latin1').replace(/\0.*$/s, '')
    const prefix = field(345, 500)
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100)
    const size = parseInt(field(124, 136).trim() || '0', 8)
    const length = 512 + Math.ceil(size / 512) * 512
    yield { name: name.replace(/^\/+/, ''), bytes: tar.subarray(offset, offset + length) }
    offset += length
  }
}

async function prepare() {
  const db = await PGlite.create({ initDbStartParams: ['--wal-segsize=1'] })
  try {
    await db.exec('CHECKPOINT')
    const { rows: wal } = await db.query(
      'SELECT redo_wal_file AS redo, pg_walfile_name(checkpoint_lsn) AS checkpoint FROM pg_control_checkpoint()'
    )
    const { rows: others } = await db.query(
      'SELECT oid::text AS oid FROM pg_database WHERE datname <> current_database()'
    )
    const keepWal = new Set([wal[0].redo, wal[0].checkpoint])
    const dropDatabases = new Set(others.map(row => `base/${row.oid}/`))
    const tar = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer())
    const kept = []
    for (const entry of tarEntries(tar)) {
      const walSegment = /^pg_wal\/([0-9A-F]{24})$/.exec(entry.name)
      if (walSegment && !keepWal.has(walSegment[1])) continue
      if ([...dropDatabases].some(prefix => entry.name.startsWith(prefix))) continue
      if (/_(fsm|vm)$/.test(entry.name)) continue
      kept.push(entry.bytes)
    }
    kept.push(new Uint8Array(1024))
    return gzipSync(Buffer.concat(kept), { level: 9 })
  } finally {
    await db.close()
  }
}

const sha256 = bytes => createHash('sha256').update(bytes).digest('hex')

async function check() {
  const problems = []
  const stamp = JSON.parse(await readFile(STAMP, 'utf8').catch(() => '{}'))
  const snapshot = await readFile(SNAPSHOT).catch(() => undefined)
  const version = await pgliteVersion()
  if (!snapshot) problems.push('src/data-runner/pglite-snapshot.tgz is missing')
  else if (stamp.sha256 !== sha256(snapshot))
    problems.push('pglite-snapshot.tgz does not match the sha256 in pglite-snapshot.json')
  if (stamp.pglite !== version)
    problems.push(`the snapshot was made by PGlite ${stamp.pglite}, but ${version} is installed`)
  if (snapshot && problems.length === 0) {
    // Loaded as src/data-runner/shadow.ts loads it: unzipped, as a plain tar.
    const db = await PGlite.create({
      loadDataDir: new File([gunzipSync(snapshot)], 'snapshot.tar')
    })
    await db.query('SELECT 1')
    await db.close()
  }
  if (problems.length > 0) {
    console.error(
      `${problems.join('; ')}: run \`node script/shadow-snapshot.mjs\` and commit both files.`
    )
    process.exit(1)
  }
  console.log(
    `The shadow check's PGlite snapshot is up to date (PGlite ${version}, ${snapshot.length} bytes).`
  )
}

if (process.argv.includes('--check')) await check()
else {
  const snapshot = await prepare()
  await writeFile(SNAPSHOT, snapshot)
  await writeFile(
    STAMP,
    `${JSON.stringify({ pglite: await pgliteVersion(), sha256: sha256(snapshot) }, null, 2)}\n`
  )
  console.log(`Wrote src/data-runner/pglite-snapshot.tgz (${snapshot.length} bytes).`)
}
