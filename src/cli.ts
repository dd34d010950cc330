// First: it sets V8's tier-up budget before the modules below are compiled.
import './cli/tier-up.js'
import { main } from './cli/program.js'

// A closed pipe (`multiregion plan | head`) is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}

const code = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text)
}).catch((error: unknown) => {
  // A bug, not bad input: say so plainly, with the stack for the report.
  process.stderr.write(
    `multiregion: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this with the command you ran.\n`
  )
  return 70
})
process.exitCode = code
