import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { Diagnostic } from '../manifest/diagnostic.js'
import { MAX_FILE_BYTES, tooLarge } from '../manifest/yaml-source.js'

/** Reads one input file, refusing missing, non-regular and oversized files with a diagnostic instead of reading them. */
export async function readInputFile(
  path: string,
  what: string,
  flag: string
): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const at = { file: path, line: 1, column: 1, severity: 'error' as const }
  try {
    const info = await stat(path)
    if (!info.isFile())
      return {
        diagnostic: {
          ...at,
          rule: 'file-not-found',
          message: `${path} is not a file; point ${flag} at the ${what}.`
        }
      }
    if (info.size > MAX_FILE_BYTES) return { diagnostic: tooLarge(path, info.size) }
    return { text: await readFile(path, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'ENOENT'
        ? `${path} does not exist; point ${flag} at the ${what}.`
        : `${path} cannot be read (${code ?? String(error)}); check its permissions.`
    return { diagnostic: { ...at, rule: 'file-not-found', message } }
  }
}

/**
 * Reads the named files of a local environments repository checkout. Missing
 * files are left out of the map (the planner reports them); files that resolve
 * outside the repository, through a symbolic link, are refused.
 */
export async function readEnvRepo(
  dir: string,
  paths: readonly string[]
): Promise<Map<string, string>> {
  const root = await realpath(resolve(dir))
  const files = new Map<string, string>()
  await Promise.all(
    paths.map(async path => {
      let real: string
      try {
        real = await realpath(join(root, path))
      } catch {
        return
      }
      if (relative(root, real).startsWith(`..${sep}`) || real === resolve('/')) return
      const info = await stat(real)
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return
      files.set(path, await readFile(real, 'utf8'))
    })
  )
  return files
}

/** The names of the folders inside `dir` of a local environments repository; none when it does not exist or leaves the repository. */
export async function listFolders(root: string, dir: string): Promise<string[]> {
  try {
    const base = await realpath(resolve(root))
    const real = await realpath(join(base, dir))
    if (relative(base, real).startsWith('..')) return []
    const entries = await readdir(real, { withFileTypes: true })
    return entries.filter(e => e.isDirectory()).map(e => e.name)
  } catch {
    return []
  }
}
