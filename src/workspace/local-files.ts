import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Diagnostic } from '../manifest/diagnostic.js'
import { MAX_FILE_BYTES, notText, tooLarge } from '../manifest/yaml-source.js'

/** Why a file was not read; each becomes a diagnostic for an input file, an absent file for the environments repository. */
export type Unread =
  | { problem: 'missing' | 'not-a-file' | 'symlink-escape' | 'not-text'; target?: string }
  | { problem: 'too-large'; bytes: number }
  | { problem: 'unreadable'; code: string }

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Text only: NUL bytes or invalid UTF-8 mean a binary file, which no YAML or manifest is. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined
  try {
    return UTF8.decode(bytes)
  } catch {
    return undefined
  }
}

function isInside(root: string, real: string): boolean {
  const path = relative(root, real)
  return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path)
}

/**
 * The one reader of local files: `path` (relative to `root`) is read only if it
 * resolves, through any symbolic links, to a regular text file inside `root`
 * and no larger than MAX_FILE_BYTES. A link out of the folder (to
 * /proc/self/environ, say) is refused before anything is read from it.
 */
export async function readTextInside(
  root: string,
  path: string
): Promise<{ text: string } | Unread> {
  let real: string
  let base: string
  try {
    base = await realpath(resolve(root))
    real = await realpath(resolve(base, path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { problem: 'missing' }
      : { problem: 'unreadable', code }
  }
  if (!isInside(base, real)) return { problem: 'symlink-escape', target: real }
  try {
    const info = await stat(real)
    if (!info.isFile()) return { problem: 'not-a-file' }
    if (info.size > MAX_FILE_BYTES) return { problem: 'too-large', bytes: info.size }
    const bytes = await readFile(real)
    // /proc files report size 0; the read itself is capped too.
    if (bytes.length > MAX_FILE_BYTES) return { problem: 'too-large', bytes: bytes.length }
    const text = decodeText(bytes)
    return text === undefined ? { problem: 'not-text' } : { text }
  } catch (error) {
    return { problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) }
  }
}

/**
 * Reads one input file named on the command line or in the action's inputs.
 * Its folder is its root: a symbolic link may point beside it, never out of
 * it. Missing, non-regular, linked-out, oversized and binary files become a
 * diagnostic instead of being read or quoted.
 */
export async function readInputFile(
  path: string,
  what: string,
  flag: string
): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const read = await readTextInside(dirname(path), basename(path))
  if ('text' in read) return read
  const diagnostic = (rule: string, message: string): { diagnostic: Diagnostic } => ({
    diagnostic: { file: path, line: 1, column: 1, severity: 'error', rule, message }
  })
  switch (read.problem) {
    case 'missing':
      return diagnostic('file-not-found', `${path} does not exist; point ${flag} at the ${what}.`)
    case 'not-a-file':
      return diagnostic('file-not-found', `${path} is not a file; point ${flag} at the ${what}.`)
    case 'symlink-escape':
      return diagnostic(
        'symlink-refused',
        `${path} is a symbolic link that leads out of its folder; multiregion reads only files inside it. Point ${flag} at the ${what} itself, or copy it here.`
      )
    case 'too-large':
      return { diagnostic: tooLarge(path, read.bytes) }
    case 'not-text':
      return { diagnostic: notText(path) }
    case 'unreadable':
      return diagnostic(
        'file-not-found',
        `${path} cannot be read (${read.code}); check its permissions.`
      )
  }
}

/**
 * Reads the named files of a local environments repository checkout. Missing
 * files are left out of the map (the planner reports them), and so are files
 * that resolve outside the repository through a symbolic link, binary and
 * oversized files: the same rules as readInputFile, with the repository as root.
 */
export async function readEnvRepo(
  dir: string,
  paths: readonly string[]
): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  await Promise.all(
    paths.map(async path => {
      const read = await readTextInside(dir, path)
      if ('text' in read) files.set(path, read.text)
    })
  )
  return files
}

/** The names of the folders inside `dir` of a local environments repository; none when it does not exist or leaves the repository. */
export async function listFolders(root: string, dir: string): Promise<string[]> {
  try {
    const base = await realpath(resolve(root))
    const real = await realpath(join(base, dir))
    if (!isInside(base, real)) return []
    const entries = await readdir(real, { withFileTypes: true })
    return entries.filter(e => e.isDirectory()).map(e => e.name)
  } catch {
    return []
  }
}
