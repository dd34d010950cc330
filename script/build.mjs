// Builds dist/, committed because `uses: org/multiregion@v1` runs it straight from a
// checkout of this repository, where no npm install ever happens:
// - dist/action.js: the GitHub Action (action.yml and actions/*/action.yml run it)
// - dist/cli.js: the CLI (package.json bin), with the chunks of its commands in dist/cli-*.js
// - dist/index.js: the library, the package's main export (the pure validate and plan API)
// - dist/client.js: the client library, the `multiregion/client` export
// - dist/pglite.js with its pglite.wasm, pglite.data and initdb.wasm: the embedded
//   PostgreSQL of plan's shadow check, so the action replays migrations too, and
//   pglite-snapshot.tgz, its prepared data directory (a faster start than initdb)
// - dist/commands/<command>.js: the entries of actions/<command>/action.yml
// - dist/types/: the exports' .d.ts, from tsc
// package.json's version is embedded, so `multiregion --version` is the released one.
// `node script/build.mjs --check` builds to a temporary folder and fails when the
// committed dist/ differs, so a stale bundle never ships.
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { COMMANDS as COMMAND_ACTIONS } from './command-actions.mjs'

const root = new URL('..', import.meta.url).pathname
const pglite = join(root, 'node_modules', '@electric-sql', 'pglite')
// PGlite loads these next to its own module (new URL('./pglite.wasm', import.meta.url)), here dist/pglite.js.
const COMMANDS = Object.keys(COMMAND_ACTIONS)
const PGLITE_ASSETS = ['pglite.wasm', 'pglite.data', 'initdb.wasm']
// Some bundled CommonJS packages call require() for Node built-ins; ESM has none, so give them one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

/** Resolves the shadow check's `import('@electric-sql/pglite')` to the bundled dist/pglite.js beside each entry. */
const pgliteBesideDist = {
  name: 'pglite-beside-dist',
  setup(b) {
    b.onResolve({ filter: /^@electric-sql\/pglite$/ }, () => ({
      path: './pglite.js',
      external: true
    }))
  }
}

async function commonOptions() {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    absWorkingDir: root,
    legalComments: 'none',
    logLevel: 'warning',
    // Worktrees link node_modules to a shared install; resolving the link would put its real path into dist/.
    preserveSymlinks: true,
    define: { MULTIREGION_VERSION: JSON.stringify(version) },
    plugins: [pgliteBesideDist]
  }
}

/**
 * multiregion/data as dist/data.js ships it; bench:data measures its entry
 * (the API and the parts it measures apart) built so, the code users run.
 * pg stays a dependency the service installs, so its pools are the service's own.
 * The yaml it bundles is CommonJS calling require('process'): the shim gives it one, from ESM and require() alike.
 */
export async function bundleData(outfile, entryPoint = 'src/data-api/index.ts') {
  await build({
    ...(await commonOptions()),
    entryPoints: [entryPoint],
    outfile,
    external: ['pg', '@google-cloud/spanner'],
    banner: { js: requireShim }
  })
}

export async function bundle(outdir) {
  const common = await commonOptions()
  await build({
    ...common,
    entryPoints: ['src/action.ts'],
    outfile: join(outdir, 'action.js'),
    banner: { js: requireShim }
  })
  // Split per command: src/cli/program.ts imports each command's code when it runs, so `validate`
  // loads its own chunks (dist/cli-*.js) and not the planner, pg or the GitHub client.
  await build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    splitting: true,
    // Beside cli.js, where the shadow check finds pglite.js and its snapshot (src/data-runner/shadow.ts).
    chunkNames: 'cli-[name]-[hash]',
    banner: { js: `#!/usr/bin/env node\n${requireShim}` }
  })
  // The library is imported, never run: importing it has no side effect.
  await build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: join(outdir, 'index.js'),
    banner: { js: requireShim }
  })
  // The shadow check's prepared PGlite data directory, found beside the bundle (src/data-runner/shadow.ts).
  await copyFile(
    join(root, 'src/data-runner/pglite-snapshot.tgz'),
    join(outdir, 'pglite-snapshot.tgz')
  )
  // The client is imported by services: plain ESM with nothing bundled but its own code.
  await build({
    ...common,
    entryPoints: ['src/client/index.ts'],
    outfile: join(outdir, 'client.js'),
    // Its transport, undici, is a dependency the service installs with it.
    external: ['undici']
  })
  await bundleData(join(outdir, 'data.js'))
  await build({
    ...common,
    plugins: [],
    entryPoints: [join(pglite, 'dist', 'index.js')],
    outfile: join(outdir, 'pglite.js'),
    banner: { js: requireShim }
  })
  // actions/<command>/action.yml run these: the action with its command fixed.
  await mkdir(join(outdir, 'commands'), { recursive: true })
  for (const command of COMMANDS)
    await writeFile(
      join(outdir, 'commands', `${command}.js`),
      `// Generated by script/build.mjs: actions/${command} runs the action with command ${command}.\nprocess.env.INPUT_COMMAND = '${command}'\nawait import('../action.js')\n`
    )
  for (const asset of PGLITE_ASSETS)
    await copyFile(join(pglite, 'dist', asset), join(outdir, asset))
  await copyFile(join(pglite, 'LICENSE'), join(outdir, 'pglite.LICENSE'))
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.types.json',
      '--outDir',
      join(outdir, 'types')
    ],
    { cwd: root }
  )
}

async function files(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter(e => e.isFile())
    .map(e => relative(dir, join(e.parentPath ?? e.path, e.name)))
}

async function differences(a, b) {
  const names = [...new Set([...(await files(a)), ...(await files(b))])].sort()
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
