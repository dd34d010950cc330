import { join } from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { formatDiagnostic, hasErrors } from '../manifest/diagnostic.js'
import { loadInputs } from '../commands/load-inputs.js'
import { planFailed, runPlan } from '../commands/plan.js'
import { renderPlanMarkdown } from '../report/markdown.js'
import { renderPlanText } from '../report/text.js'

/** Where the CLI writes; tests pass buffers, the bin passes the process's streams. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const

class UsageError extends Error {}

function platformPath(options: { platform?: string; envRepo?: string }): string | undefined {
  return (
    options.platform ??
    (options.envRepo === undefined ? undefined : join(options.envRepo, 'platform.yaml'))
  )
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('multiregion')
    .description(
      'Take a service from one region to many: plan and promote releases region by region.'
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })

  program
    .command('validate')
    .description(
      'Check a service manifest and, with --platform or --env-repo, the platform config and the rules that join them.'
    )
    .option('--manifest <file>', 'the service manifest', 'multiregion.yaml')
    .option('--platform <file>', 'the platform config (default: <env-repo>/platform.yaml)')
    .option('--env-repo <dir>', 'a local checkout of the environments repository')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .addHelpText('after', '\nExit codes: 0 valid, 1 errors found, 2 bad usage.')
    .action(
      async (options: {
        manifest: string
        platform?: string
        envRepo?: string
        format: string
      }) => {
        const platform = platformPath(options)
        const { diagnostics } = await loadInputs(
          platform === undefined
            ? { manifest: options.manifest }
            : { manifest: options.manifest, platform }
        )
        if (options.format === 'json') {
          io.stdout(`${JSON.stringify({ valid: !hasErrors(diagnostics), diagnostics }, null, 2)}\n`)
        } else {
          for (const d of diagnostics) io.stdout(`${formatDiagnostic(d)}\n`)
          if (!hasErrors(diagnostics)) {
            const checked =
              platform === undefined
                ? `${options.manifest} (add --platform or --env-repo to check it against the platform)`
                : `${options.manifest} against ${platform}`
            io.stdout(`ok: ${checked}\n`)
          }
        }
        setExit(hasErrors(diagnostics) ? EXIT.findings : EXIT.ok)
      }
    )

  program
    .command('plan')
    .description(
      'Show what promoting a release would change in every region of the environments repository.'
    )
    .requiredOption(
      '--release <ref>',
      'the release: an image tag (v1.5.0), a digest (sha256:...) or <image>:<tag>'
    )
    .requiredOption('--env-repo <dir>', 'a local checkout of the environments repository')
    .option('--manifest <file>', 'the service manifest', 'multiregion.yaml')
    .option('--platform <file>', 'the platform config (default: <env-repo>/platform.yaml)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text')
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 planned, 1 findings at error level, 2 bad usage.\nThe JSON shape is documented in docs/plan.md.'
    )
    .action(
      async (options: {
        release: string
        envRepo: string
        manifest: string
        platform?: string
        format: string
      }) => {
        const outcome = await runPlan({
          manifest: options.manifest,
          platform: platformPath(options) as string,
          envRepo: options.envRepo,
          release: options.release
        })
        if (outcome.kind === 'usage') throw new UsageError(`--release: ${outcome.message}`)
        if (outcome.kind === 'invalid') {
          for (const d of outcome.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`)
          setExit(EXIT.findings)
          return
        }
        const render = {
          text: renderPlanText,
          markdown: renderPlanMarkdown,
          json: (p: typeof outcome.plan) => `${JSON.stringify(p, null, 2)}\n`
        }[options.format]!
        io.stdout(render(outcome.plan))
        setExit(planFailed(outcome.plan) ? EXIT.findings : EXIT.ok)
      }
    )
  return program
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok
  const program = buildProgram(io, c => (code = c))
  try {
    await program.parseAsync([...argv], { from: 'user' })
    if (argv.length === 0) {
      io.stderr(program.helpInformation())
      return EXIT.usage
    }
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`)
      return EXIT.usage
    }
    throw error
  }
}
