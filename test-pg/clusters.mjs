// Starts one PostgreSQL cluster per region on loopback ports for `npm run test:pg`, and stops them.
// PostgreSQL refuses to run as root, so as root the clusters belong to the postgres user.
// Each run keeps its state in its own temporary folder (MULTIREGION_PG names the file), so two
// runs (test:pg, bench:migrate, bench:data) can go side by side.
import { execFileSync } from 'node:child_process'
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const REGIONS = ['us-east', 'sweden', 'china']
/**
 * The login a deployed service connects as: not a superuser (superusers bypass
 * row security and every grant), NOINHERIT so it holds nothing by itself; it
 * acts only by SET ROLE to a role the platform team made it a member of.
 */
export const APP_LOGIN = 'app'

function binDir() {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter(v => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (versions.length === 0)
    throw new Error(
      'npm run test:pg needs PostgreSQL 15 or later: no /usr/lib/postgresql/*/bin/initdb found. Install it with `apt-get install -y postgresql`.'
    )
  return join(root, versions[0], 'bin')
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const asRoot = process.getuid?.() === 0

function run(bin, args) {
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  try {
    return execFileSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    throw new Error(
      `PostgreSQL could not start: ${bin} ${args.join(' ')} failed:\n${error.stderr || error.message}`,
      { cause: error }
    )
  }
}

export default async function setup() {
  const bin = binDir()
  const root = mkdtempSync(join(tmpdir(), 'multiregion-pg-'))
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    chownSync(root, uid, gid)
  }
  const clusters = []
  for (const region of REGIONS) {
    const dir = join(root, region)
    let port = await freePort()
    run(join(bin, 'initdb'), [
      '-D',
      dir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale'
    ])
    const settings = {
      listen_addresses: "'127.0.0.1'",
      port,
      unix_socket_directories: `'${root}'`,
      wal_level: 'logical',
      // Every test file's services keep their subscriptions (a database per service, never dropped),
      // so a whole run needs far more apply workers and slots than one service: with too few, a late
      // subscription waits for a worker for ever and its rows never arrive.
      max_replication_slots: 200,
      max_wal_senders: 200,
      max_logical_replication_workers: 150,
      max_worker_processes: 200,
      max_connections: 300,
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off'
    }
    const conf = Object.entries(settings)
      .map(([k, v]) => `${k} = ${v}`)
      .join('\n')
    run('/bin/sh', ['-c', `printf '%s\\n' "$0" >> "$1"`, conf, join(dir, 'postgresql.conf')])
    const log = join(root, `${region}.log`)
    // The free port is only free when asked: another run on this machine (test:pg, a bench) may
    // take it before the server binds it, so a lost race tries another port (a later port line wins).
    for (let attempt = 1; ; attempt++) {
      try {
        run(join(bin, 'pg_ctl'), ['-D', dir, '-l', log, '-w', '-t', '60', 'start'])
        break
      } catch (error) {
        const raced = existsSync(log) && /Address already in use/.test(readFileSync(log, 'utf8'))
        if (!raced || attempt === 5) throw error
        port = await freePort()
        run('/bin/sh', [
          '-c',
          `printf 'port = %s\\n' "$0" >> "$1"`,
          String(port),
          join(dir, 'postgresql.conf')
        ])
        rmSync(log)
      }
    }
    run(join(bin, 'psql'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      `CREATE ROLE ${APP_LOGIN} LOGIN NOSUPERUSER NOINHERIT NOCREATEDB NOCREATEROLE`
    ])
    clusters.push({ region, port, dir })
  }
  const state = join(root, 'state.json')
  writeFileSync(state, JSON.stringify({ bin, root, clusters, login: APP_LOGIN }))
  process.env.MULTIREGION_PG = state
}

export async function teardown() {
  const state = process.env.MULTIREGION_PG
  if (!state) return
  const { bin, root, clusters } = JSON.parse(readFileSync(state, 'utf8'))
  for (const { dir } of clusters) {
    try {
      run(join(bin, 'pg_ctl'), ['-D', dir, '-m', 'immediate', '-w', 'stop'])
    } catch (error) {
      console.error(String(error))
    }
  }
  rmSync(root, { recursive: true, force: true })
  delete process.env.MULTIREGION_PG
}
