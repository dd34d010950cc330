import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { SourceFile } from '../data/migration.js'
import { MAX_FILE_BYTES } from '../manifest/yaml-source.js'

/**
 * Reads the hand-written *.sql files of spec.data.migrations, a folder
 * relative to the manifest. A missing folder means no hand-written files yet.
 */
export async function readMigrationFiles(
  manifest: string,
  folder: string | undefined
): Promise<SourceFile[]> {
  if (folder === undefined) return []
  const dir = join(dirname(manifest), folder)
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const names = entries
    .filter(e => e.isFile() && e.name.endsWith('.sql'))
    .map(e => e.name)
    .sort()
  return Promise.all(
    names.map(async name => {
      const path = join(dir, name)
      const text = await readFile(path, 'utf8')
      if (Buffer.byteLength(text) > MAX_FILE_BYTES)
        throw new Error(`${path} is larger than ${MAX_FILE_BYTES} bytes; split the migration.`)
      return { name, path, text }
    })
  )
}
