import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The naive way to promote: clone the environments repository with git, edit
 * the file, commit, push. Measured on a local bare repository of `fileCount`
 * files, over git's file:// transport so the full pack is built and sent as it
 * would be over the network (a plain path would hard-link objects instead).
 */
export interface CloneBaseline {
  /** Median milliseconds for one region's promotion: clone, edit, commit, push. */
  perRegionMs: number
  files: number
  repoBytes: number
  cleanup(): void
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
  })
}

export function setUpBareRepo(fileCount: number): {
  bare: string
  root: string
  repoBytes: number
} {
  const root = mkdtempSync(join(tmpdir(), 'multiregion-bench-git-'))
  const work = join(root, 'seed')
  mkdirSync(work)
  git(work, 'init', '-q', '-b', 'main')
  git(work, 'config', 'user.email', 'bench@example.com')
  git(work, 'config', 'user.name', 'bench')
  for (let i = 0; i < fileCount; i++) {
    const dir = join(work, 'regions', `r${i % 12}`, `svc${Math.floor(i / 12)}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'kustomization.yaml'),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../../base/svc]\nimages:\n  - name: ghcr.io/acme/svc${i}\n    newTag: v1.0.${i}\n`
    )
  }
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', 'seed')
  const bare = join(root, 'environments.git')
  git(root, 'clone', '-q', '--bare', work, bare)
  rmSync(work, { recursive: true, force: true })
  git(bare, 'gc', '-q')
  const counts = git(bare, 'count-objects', '-v')
  const kib = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(counts)?.[1] ?? 0)
  const repoBytes = (kib('size') + kib('size-pack')) * 1024
  return { bare, root, repoBytes }
}

/** Clones, edits one kustomization, commits and pushes; returns the milliseconds it took. */
export function promoteByClone(bare: string, root: string, run: number): number {
  const start = performance.now()
  const work = join(root, `clone-${run}`)
  git(root, 'clone', '-q', `file://${bare}`, work)
  const path = join(work, 'regions', 'r0', 'svc0', 'kustomization.yaml')
  writeFileSync(path, readFileSync(path, 'utf8').replace(/newTag: .*/, `newTag: v2.0.${run}`))
  git(
    work,
    '-c',
    'user.email=bench@example.com',
    '-c',
    'user.name=bench',
    'commit',
    '-q',
    '-am',
    `promote ${run}`
  )
  git(work, 'push', '-q', 'origin', `HEAD:refs/heads/promote-${run}`)
  const elapsed = performance.now() - start
  rmSync(work, { recursive: true, force: true })
  return elapsed
}

export function measureCloneBaseline(fileCount: number, runs: number): CloneBaseline {
  const { bare, root, repoBytes } = setUpBareRepo(fileCount)
  const times = Array.from({ length: runs }, (_, i) => promoteByClone(bare, root, i)).sort(
    (a, b) => a - b
  )
  return {
    perRegionMs: times[Math.floor(times.length / 2)]!,
    files: fileCount,
    repoBytes,
    cleanup: () => rmSync(root, { recursive: true, force: true })
  }
}
