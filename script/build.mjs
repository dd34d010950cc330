// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the client
// library (dist/client.js, the package's `multiregion/client` export) with esbuild.
// `node script/build.mjs --check` builds to a temporary folder and fails when
// the committed dist/ differs, so a stale bundle never ships.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

const root = new URL('..', import.meta.url).pathname
// Some bundled CommonJS packages call require() for Node built-ins; ESM has none, so give them one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

export async function bundle(outdir) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    absWorkingDir: root,
    legalComments: 'none',
    logLevel: 'warning',
    // Worktrees link node_modules to a shared install; resolving the link would put its real path into dist/.
    preserveSymlinks: true,
    // PGlite finds its WASM and data files next to its own module, so it stays a package, loaded only by the shadow check.
    external: ['@electric-sql/pglite']
  }
  await build({
    ...common,
    entryPoints: ['src/action.ts'],
    outfile: join(outdir, 'index.js'),
    banner: { js: requireShim }
  })
  await build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: join(outdir, 'cli.js'),
    banner: { js: `#!/usr/bin/env node\n${requireShim}` }
  })
  // The client is imported by services, not run: plain ESM with nothing bundled but its own code.
  await build({
    ...common,
    entryPoints: ['src/client/index.ts'],
    outfile: join(outdir, 'client.js'),
    // Its transport, undici, is a dependency the service installs with it.
    external: ['undici']
  })
}

async function differences(a, b) {
  const names = [...new Set([...(await readdir(a)), ...(await readdir(b).catch(() => []))])]
  const changed = []
  for (const name of names) {
    const [x, y] = await Promise.all([
      readFile(join(a, name)).catch(() => null),
      readFile(join(b, name)).catch(() => null)
    ])
    if (!x || !y || !x.equals(y)) changed.push(name)
  }
  return changed
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const temp = await mkdtemp(join(tmpdir(), 'multiregion-dist-'))
    try {
      await bundle(temp)
      const changed = await differences(temp, join(root, 'dist'))
      if (changed.length > 0) {
        console.error(
          `dist/ is stale (${changed.join(', ')}): run \`npm run build\` and commit dist/.`
        )
        process.exit(1)
      }
      console.log('dist/ is up to date.')
    } finally {
      await rm(temp, { recursive: true, force: true })
    }
  } else {
    await rm(join(root, 'dist'), { recursive: true, force: true })
    await bundle(join(root, 'dist'))
  }
}
