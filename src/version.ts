import { readFileSync } from 'node:fs'

// script/build.mjs replaces this name with package.json's version, so a bundle
// reports the version it was built and released as.
declare const MULTIREGION_VERSION: string | undefined

/** The toolkit's version: embedded at build; read from package.json when run from source. */
export const VERSION: string =
  typeof MULTIREGION_VERSION === 'string'
    ? MULTIREGION_VERSION
    : (
        JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
          version: string
        }
      ).version
