import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import type { MigrateOutcome } from '../commands/migrate.js'
import type { TrainCommand } from '../commands/train-command.js'
import type { TrainSettings } from '../commands/train-setup.js'
import { VERSION } from '../version.js'

// Each command imports what it runs when it runs, so `validate` never loads the planner, the
// PostgreSQL client or the GitHub client: the bundle is split per command (script/build.mjs).
// One import at a time: jest's ESM loader fails imports that race ("not in cache").
const diagnostics = () => import('../manifest/diagnostic.js')
const report = () => import('../report/text.js')

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

interface TrainFlags {
  manifest: string
  repo?: string
  platformPath: string
  mergeMode: 'merge' | 'auto-merge'
  mergeMethod: 'merge' | 'squash' | 'rebase'
  botLogin?: string
  format: string
}

/** The flags every train command shares; the token and Argo CD tokens come from the environment, never from flags. */
function withTrainFlags(command: Command, env: Env): Command {
  return command
    .option('--manifest <file>', 'the service manifest', 'multiregion.yaml')
    .option(
      '--repo <owner/name>',
      'the environments repository (default: $MULTIREGION_ENV_REPO)',
      env.MULTIREGION_ENV_REPO
    )
    .option(
      '--platform-path <path>',
      "platform.yaml's path in the environments repository",
      'platform.yaml'
    )
    .addOption(
      new Option(
        '--merge-mode <mode>',
        'merge approved PRs, or hand them to auto-merge or the merge queue'
      )
        .choices(['merge', 'auto-merge'])
        .default('merge')
    )
    .addOption(
      new Option('--merge-method <method>', 'how PRs are merged')
        .choices(['merge', 'squash', 'rebase'])
        .default('squash')
    )
    .option(
      '--bot-login <login>',
      "the toolkit's own GitHub login (its approvals never count); default: the token's identity"
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['markdown', 'json'])
        .default('markdown')
    )
    .addHelpText(
      'after',
      "\nEnvironment: GITHUB_TOKEN (a GitHub App token that can write to the environments repository),\nGITHUB_API_URL for GitHub Enterprise Server, and each region's Argo CD token under the name\nplatform.yaml gives (argocd.tokenSecret, default ARGOCD_TOKEN).\nExit codes: 0 ok or waiting, 1 halted, refused or invalid input, 2 bad usage."
    )
}

async function trainSettings(flags: TrainFlags, env: Env): Promise<TrainSettings> {
  const { settingsProblems } = await import('../commands/train-setup.js')
  const settings: TrainSettings = {
    manifest: flags.manifest,
    repo: flags.repo ?? '',
    token: env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '',
    platformPath: flags.platformPath,
    mergeMode: flags.mergeMode,
    mergeMethod: flags.mergeMethod,
    env
  }
  if (flags.repo === undefined)
    throw new UsageError('--repo <owner/name> is required (or set MULTIREGION_ENV_REPO)')
  const problems = settingsProblems(settings)
  if (problems.length > 0) throw new UsageError(problems.join('; '))
  if (env.GITHUB_API_URL) settings.apiUrl = env.GITHUB_API_URL
  if (env.GITHUB_SERVER_URL) settings.serverUrl = env.GITHUB_SERVER_URL
  if (flags.botLogin) settings.botLogin = flags.botLogin
  return settings
}

async function runTrain(
  io: Io,
  setExit: (code: number) => void,
  flags: TrainFlags,
  env: Env,
  command: TrainCommand,
  services?: string
): Promise<void> {
  const settings = await trainSettings(flags, env)
  if (services !== undefined) settings.services = services
  const { runTrainCommand } = await import('../commands/train-command.js')
  const { explainServiceError } = await import('../commands/service-errors.js')
  const { findingLines } = await report()
  let result
  try {
    result = await runTrainCommand(settings, command)
  } catch (error) {
    // GitHub or Argo CD said no, or could not be reached: say what to check, not a stack trace.
    const explained = explainServiceError(error, {
      token: env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'GH_TOKEN',
      apiUrl: 'GITHUB_API_URL',
      secrets: [settings.token]
    })
    if (explained === undefined) throw error
    io.stderr(`error: ${explained}\n`)
    setExit(EXIT.findings)
    return
  }
  if (result.diagnostics.length > 0) {
    for (const line of findingLines(result.diagnostics)) io.stderr(`${line}\n`)
    setExit(EXIT.findings)
    return
  }
  io.stdout(
    flags.format === 'json'
      ? `${JSON.stringify(result.json ?? { done: result.done }, null, 2)}\n`
      : result.summary
  )
  setExit(result.ok ? EXIT.ok : EXIT.findings)
}

type Env = Readonly<Record<string, string | undefined>>

function buildProgram(io: Io, setExit: (code: number) => void, env: Env): Command {
  const program = new Command('multiregion')
    .description(
      'Take a service from one region to many: plan and promote releases region by region.'
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })

  program
    .command('validate')
    .description(
      'Check a service manifest and, with --platform, every rule plan runs that needs no release (routing, data placement, compliance); with --env-repo also the rules that read the environments repository.'
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
        const { runValidate } = await import('../commands/validate.js')
        const { hasErrors } = await diagnostics()
        const { findingLines } = await report()
        const platform = platformPath(options)
        const findings = await runValidate({
          manifest: options.manifest,
          ...(platform === undefined ? {} : { platform }),
          ...(options.envRepo === undefined ? {} : { envRepo: options.envRepo })
        })
        const valid = !hasErrors(findings)
        if (options.format === 'json') {
          io.stdout(`${JSON.stringify({ valid, diagnostics: findings }, null, 2)}\n`)
        } else {
          for (const line of findingLines(findings)) io.stdout(`${line}\n`)
          if (valid) {
            const checked =
              platform === undefined
                ? `${options.manifest} (add --platform or --env-repo to check it against the platform)`
                : options.envRepo === undefined
                  ? `${options.manifest} against ${platform} (add --env-repo to check the environments repository too)`
                  : `${options.manifest} against ${platform} and ${options.envRepo}`
            io.stdout(`ok: ${checked}\n`)
          }
        }
        setExit(valid ? EXIT.ok : EXIT.findings)
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
    .option(
      '--no-shadow',
      'skip replaying the postgres migrations on an embedded PostgreSQL (PGlite)'
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
        shadow: boolean
      }) => {
        const { planFailed, runPlan } = await import('../commands/plan.js')
        const { findingLines, renderPlanText } = await report()
        const { renderPlanMarkdown } = await import('../report/markdown.js')
        const outcome = await runPlan({
          manifest: options.manifest,
          platform: platformPath(options) as string,
          envRepo: options.envRepo,
          release: options.release,
          shadow: options.shadow
        })
        if (outcome.kind === 'usage') throw new UsageError(`--release: ${outcome.message}`)
        if (outcome.kind === 'invalid') {
          for (const line of findingLines(outcome.diagnostics)) io.stderr(`${line}\n`)
          setExit(EXIT.findings)
          return
        }
        const render = {
          text: (p: typeof outcome.plan) => renderPlanText(p, outcome),
          markdown: renderPlanMarkdown,
          json: (p: typeof outcome.plan) => `${JSON.stringify(p, null, 2)}\n`
        }[options.format]!
        io.stdout(render(outcome.plan))
        setExit(planFailed(outcome.plan) ? EXIT.findings : EXIT.ok)
      }
    )
  withTrainFlags(program.command('promote'), env)
    .description(
      "Start the train of a release: open the first wave's promotion PRs (an older release's open PRs are superseded)."
    )
    .requiredOption(
      '--release <ref>',
      'the release: an image tag (v1.5.0), a digest (sha256:...) or <image>:<tag>'
    )
    .option(
      '--skip <region...>',
      'leave these regions out of this train (reopen their PRs later to bring them back)',
      []
    )
    .action(async (flags: TrainFlags & { release: string; skip: string[] }) =>
      runTrain(io, setExit, flags, env, {
        name: 'promote',
        release: flags.release,
        skip: flags.skip
      })
    )

  withTrainFlags(program.command('reconcile'), env)
    .description(
      'Move the train on: merge approved PRs, wait for Argo CD, bake, open the next wave, or roll back on failure.'
    )
    .option('--release <ref>', "the train's release (default: the newest train of the service)")
    .option('--resume', 'wait again for regions whose Argo CD could not be reached', false)
    .option(
      '--services <dir>',
      'reconcile every service with a train in flight: <dir>/<service>/multiregion.yaml (instead of --manifest)'
    )
    .action(
      async (flags: TrainFlags & { release?: string; resume: boolean; services?: string }) => {
        if (flags.services !== undefined && flags.release !== undefined)
          throw new UsageError(
            '--release names one train; with --services each service continues its newest train'
          )
        return runTrain(
          io,
          setExit,
          flags,
          env,
          {
            name: 'reconcile',
            resume: flags.resume,
            ...(flags.release ? { release: flags.release } : {})
          },
          flags.services
        )
      }
    )

  withTrainFlags(program.command('status'), env)
    .description(
      'Show where every region of a train stands, with per-region lead times. Changes nothing.'
    )
    .option('--release <ref>', "the train's release (default: the newest train of the service)")
    .action(async (flags: TrainFlags & { release?: string }) =>
      runTrain(io, setExit, flags, env, {
        name: 'status',
        ...(flags.release ? { release: flags.release } : {})
      })
    )

  withTrainFlags(program.command('rollback'), env)
    .description(
      'Open a rollback PR for one region, to --to or to the version before its last promotion; reconcile merges it.'
    )
    .requiredOption('--region <region>', 'the region to roll back')
    .option(
      '--to <version>',
      'the version to roll back to (default: the version before the last promotion)'
    )
    .action(async (flags: TrainFlags & { region: string; to?: string }) =>
      runTrain(io, setExit, flags, env, {
        name: 'rollback',
        region: flags.region,
        ...(flags.to ? { to: flags.to } : {})
      })
    )

  program
    .command('types')
    .description(
      "Write TypeScript declarations of every table's row (spec.data.tables) for multiregion/data's openData<Tables>()."
    )
    .option('--manifest <file>', 'the service manifest', 'multiregion.yaml')
    .option('--out <file>', 'where to write them (default: standard output)')
    .addHelpText('after', '\nExit codes: 0 written, 1 the manifest has errors, 2 bad usage.')
    .action(async (options: { manifest: string; out?: string }) => {
      const { loadInputs } = await import('../commands/load-inputs.js')
      const { hasErrors } = await diagnostics()
      const { findingLines } = await report()
      const { renderRowTypes } = await import('../data/row-types.js')
      const { service, diagnostics: found } = await loadInputs({ manifest: options.manifest })
      for (const line of findingLines(found)) io.stderr(`${line}\n`)
      if (!service || hasErrors(found)) return setExit(EXIT.findings)
      if (!service.data?.tables)
        throw new UsageError(`${options.manifest} has no spec.data.tables to write types for.`)
      const text = renderRowTypes(service)
      if (options.out === undefined) io.stdout(text)
      else {
        await writeFile(options.out, text)
        io.stderr(`wrote ${options.out}\n`)
      }
      setExit(EXIT.ok)
    })

  program
    .command('migrate')
    .description(
      "Apply a region's database migrations (hand-written and generated), then check its catalog against the manifest."
    )
    .requiredOption('--region <name>', 'the region to migrate')
    .option('--dry-run', "print the region's SQL in the order it would run, and touch nothing")
    .option('--manifest <file>', 'the service manifest', 'multiregion.yaml')
    .option('--platform <file>', 'the platform config (default: <env-repo>/platform.yaml)')
    .option('--env-repo <dir>', 'a local checkout of the environments repository')
    .option('--approver <name>', 'who approved this run, recorded in the history table')
    .option('--run-id <id>', 'recorded in the history table (default: local-<time>)')
    .addHelpText(
      'after',
      "\nThe region's database URL is read from the variable its platform database.secret names.\nExit codes: 0 applied and verified, 1 blocked, drift, failure or verification error, 2 bad usage."
    )
    .action(
      async (options: {
        region: string
        dryRun?: boolean
        manifest: string
        platform?: string
        envRepo?: string
        approver?: string
        runId?: string
      }) => {
        const platform = platformPath(options)
        if (platform === undefined)
          throw new UsageError('migrate needs --platform <file> or --env-repo <dir>.')
        const { runMigrate } = await import('../commands/migrate.js')
        const { findingLines } = await report()
        const outcome = await runMigrate({
          manifest: options.manifest,
          platform,
          region: options.region,
          dryRun: options.dryRun === true,
          runId: options.runId ?? `local-${new Date().toISOString()}`,
          env,
          log: line => io.stderr(`${line}\n`),
          ...(options.approver === undefined ? {} : { approver: options.approver })
        })
        setExit(reportMigrate(outcome, io, findingLines))
      }
    )
  return program
}

/** Prints a migrate outcome and returns its exit code. */
function reportMigrate(
  outcome: MigrateOutcome,
  io: Io,
  findingLines: (typeof import('../report/text.js'))['findingLines']
): number {
  switch (outcome.kind) {
    case 'usage':
      throw new UsageError(outcome.message)
    case 'invalid':
      for (const line of findingLines(outcome.diagnostics)) io.stderr(`${line}\n`)
      return EXIT.findings
    case 'blocked':
      for (const line of findingLines(outcome.findings)) io.stderr(`${line}\n`)
      io.stderr(
        `migrate is blocked by ${outcome.findings.length} compliance error(s); fix them and plan again.\n`
      )
      return EXIT.findings
    case 'dry-run':
      io.stdout(
        `-- Region ${outcome.region} (migrated in position ${outcome.order}): ${outcome.migrations.length} migration(s), nothing applied.\n`
      )
      for (const m of outcome.migrations)
        io.stdout(
          `\n-- ${m.version} (${m.file}, ${m.kind}, sha256 ${m.sha256})\n${m.sql.trimEnd()}\n`
        )
      return EXIT.ok
    case 'drift':
      io.stderr(`${outcome.message}\n`)
      return EXIT.findings
    case 'failed':
      io.stderr(
        `${outcome.file === undefined ? '' : `${outcome.file}:${outcome.line}: `}error: ${outcome.message}\n${outcome.aftermath === undefined ? '' : `${outcome.aftermath}\n`}`
      )
      return EXIT.findings
    case 'verify-failed':
      io.stderr(
        `Applied ${outcome.applied.length} migration(s), but the catalog does not match the manifest:\n${outcome.problems.map(p => `  - ${p}`).join('\n')}\n`
      )
      return EXIT.findings
    case 'applied':
      io.stdout(
        `Applied ${outcome.applied.length} migration(s)${outcome.applied.length > 0 ? ` (${outcome.applied.join(', ')})` : ''}, ${outcome.unchanged.length} already applied; the catalog matches the manifest.\n`
      )
      return EXIT.ok
  }
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  io: Io,
  env: Env = process.env
): Promise<number> {
  let code: number = EXIT.ok
  const program = buildProgram(io, c => (code = c), env)
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
