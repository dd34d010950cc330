import { execFile, execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

/**
 * What a careful user does instead of the train, as Kargo's git-clone step
 * does: a shallow (--depth 1), blobless (--filter=blob:none), sparse clone of
 * only the region's directory, edit, commit, push. It runs against a bare
 * repository served by git's own smart-HTTP server (git http-backend) behind
 * a loopback HTTP server that holds every request back by the same latency
 * the GitHub simulator adds to each API request, so both sides pay the same
 * per round trip.
 */
export interface CloneBaseline {
  /** Median milliseconds for one region: clone, edit, commit, push. */
  perRegionMs: number
  /** HTTP requests one region's clone, fetches and push made (median). */
  perRegionRequests: number
  files: number
  repoBytes: number
  cleanup(): Promise<void>
}

const run = promisify(execFile)

function gitSync(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    maxBuffer: 64 * 1024 * 1024
  })
  return stdout
}

/** A bare repository of `fileCount` kustomizations across 12 regions, like the train bench's environments repo. */
function setUpBareRepo(root: string, fileCount: number): { bare: string; repoBytes: number } {
  const work = join(root, 'seed')
  mkdirSync(work)
  gitSync(work, 'init', '-q', '-b', 'main')
  for (let i = 0; i < fileCount; i++) {
    const dir = join(work, 'regions', `r${i % 12}`, `svc${Math.floor(i / 12)}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'kustomization.yaml'),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../../base/svc]\nimages:\n  - name: ghcr.io/acme/svc${i}\n    newTag: v1.0.${i}\n`
    )
  }
  gitSync(work, 'add', '-A')
  gitSync(
    work,
    // No detached `gc --auto` after the 10,000-file commit: it would still be writing in .git when the seed is removed.
    '-c',
    'gc.auto=0',
    '-c',
    'user.email=bench@example.com',
    '-c',
    'user.name=bench',
    'commit',
    '-qm',
    'seed'
  )
  const bare = join(root, 'environments.git')
  gitSync(root, 'clone', '-q', '--bare', work, bare)
  rmSync(work, { recursive: true, force: true })
  // Partial clone needs the server to allow filters; pushes over HTTP need receive-pack on.
  gitSync(bare, 'config', 'uploadpack.allowFilter', 'true')
  gitSync(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
  gitSync(bare, 'config', 'http.receivepack', 'true')
  gitSync(bare, 'gc', '-q')
  const counts = gitSync(bare, 'count-objects', '-v')
  const kib = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(counts)?.[1] ?? 0)
  return { bare, repoBytes: (kib('size') + kib('size-pack')) * 1024 }
}

/** git http-backend (CGI) behind node:http on 127.0.0.1, each request held back `latencyMs`. */
async function serveSmartHttp(
  root: string,
  latencyMs: number
): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0
  const server = createServer((request, response) => {
    requests++
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    setTimeout(() => {
      const cgi = spawn('git', ['http-backend'], {
        env: {
          ...process.env,
          GIT_PROJECT_ROOT: root,
          GIT_HTTP_EXPORT_ALL: '1',
          REMOTE_USER: 'bench',
          REQUEST_METHOD: request.method ?? 'GET',
          PATH_INFO: decodeURIComponent(url.pathname),
          QUERY_STRING: url.search.slice(1),
          CONTENT_TYPE: request.headers['content-type'] ?? '',
          GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
          HTTP_CONTENT_ENCODING: String(request.headers['content-encoding'] ?? '')
        }
      })
      request.pipe(cgi.stdin)
      let head = Buffer.alloc(0)
      let headersSent = false
      cgi.stdout.on('data', (chunk: Buffer) => {
        if (headersSent) return void response.write(chunk)
        head = Buffer.concat([head, chunk])
        const end = head.indexOf('\r\n\r\n')
        if (end < 0) return
        const headers: Record<string, string> = {}
        let status = 200
        for (const line of head.subarray(0, end).toString().split('\r\n')) {
          const colon = line.indexOf(':')
          const name = line.slice(0, colon).trim()
          const value = line.slice(colon + 1).trim()
          if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0])
          else headers[name] = value
        }
        response.writeHead(status, headers)
        headersSent = true
        response.write(head.subarray(end + 4))
      })
      cgi.stdout.on('end', () => response.end())
    }, latencyMs)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

/** One region's promotion the careful way; returns its time and HTTP requests. */
async function promoteByClone(
  server: { url: string; requests: () => number },
  root: string,
  index: number
): Promise<{ ms: number; requests: number }> {
  const before = server.requests()
  const start = performance.now()
  const work = join(root, `clone-${index}`)
  const dir = `regions/r${index % 12}/svc0`
  await git(
    root,
    '-c',
    'protocol.version=2',
    'clone',
    '-q',
    '--depth',
    '1',
    '--filter=blob:none',
    '--sparse',
    '--no-checkout',
    `${server.url}/environments.git`,
    work
  )
  await git(work, 'sparse-checkout', 'set', '--no-cone', `/${dir}/`)
  await git(work, 'checkout', '-q', 'main')
  const path = join(work, dir, 'kustomization.yaml')
  writeFileSync(path, readFileSync(path, 'utf8').replace(/newTag: .*/, `newTag: v2.0.${index}`))
  await git(
    work,
    '-c',
    'user.email=bench@example.com',
    '-c',
    'user.name=bench',
    'commit',
    '-q',
    '-am',
    `promote ${index}`
  )
  await git(work, 'push', '-q', 'origin', `HEAD:refs/heads/promote-${index}`)
  const ms = performance.now() - start
  rmSync(work, { recursive: true, force: true })
  return { ms, requests: server.requests() - before }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export async function measureCloneBaseline(
  fileCount: number,
  runs: number,
  latencyMs: number
): Promise<CloneBaseline> {
  const root = mkdtempSync(join(tmpdir(), 'multiregion-bench-git-'))
  const { repoBytes } = setUpBareRepo(root, fileCount)
  const server = await serveSmartHttp(root, latencyMs)
  const results: { ms: number; requests: number }[] = []
  for (let i = 0; i < runs; i++) results.push(await promoteByClone(server, root, i))
  return {
    perRegionMs: median(results.map(r => r.ms)),
    perRegionRequests: median(results.map(r => r.requests)),
    files: fileCount,
    repoBytes,
    cleanup: async () => {
      await server.close()
      rmSync(root, { recursive: true, force: true })
    }
  }
}
