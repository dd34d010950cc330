import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** The repository root, so tests run the same from any working directory. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const FIXTURES = join(ROOT, 'fixtures')
export const ENV_REPO = join(FIXTURES, 'environments')
export const SERVICES = join(FIXTURES, 'services')
