import { writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import * as core from '@actions/core'
import { runValidate } from '../commands/validate.js'
import { databaseUrls, loadDataPlan, runMigrate } from '../commands/migrate.js'
import type { MigrateOutcome } from '../commands/migrate.js'
import { planFailed, runPlan } from '../commands/plan.js'
import { clip, hasErrors } from '../manifest/diagnostic.js'
import { explainServiceError, redact } from '../commands/service-errors.js'
import type { Finding } from '../schema/generated.js'
import { plural } from '../report/format.js'
import { COMMENT_LIMIT, SUMMARY_LIMIT, renderPlanMarkdown } from '../report/markdown.js'
import { findingLines } from '../report/text.js'
import { annotate } from './annotations.js'
import { runTrainCommand } from '../commands/train-command.js'
import { commentOnPullRequest } from './pr-comment.js'
import { PLAN_ARTIFACT, readSettings } from './settings.js'
import type { Settings } from './settings.js'

function validationMarkdown(manifest: string, findings: readonly Finding[]): string {
  const heading = `## multiregion validate: \`${manifest}\``
  if (findings.length === 0) return `${heading}\n\nNo findings.\n`
  return `${heading}\n\n\`\`\`\n${findingLines(findings).join('\n')}\n\`\`\`\n`
}

async function validate(settings: Settings): Promise<void> {
  // The same rules as plan (src/plan/check.ts); with env-repo also those that read the repository.
  const findings = await runValidate({
    manifest: settings.manifest,
    ...(settings.platform === undefined ? {} : { platform: settings.platform }),
    ...(settings.envRepo === undefined ? {} : { envRepo: settings.envRepo })
  })
  const ownFiles = new Set([settings.manifest, settings.platform])
  annotate(findings, f =>
    settings.envRepo === undefined || ownFiles.has(f.file) || isAbsolute(f.file)
      ? f.file
      : join(settings.envRepo, f.file)
  )
  core.setOutput('valid', String(!hasErrors(findings)))
  core.setOutput('errors', String(findings.filter(d => d.severity === 'error').length))
  core.setOutput('warnings', String(findings.filter(d => d.severity === 'warning').length))
  await core.summary.addRaw(validationMarkdown(settings.manifest, findings)).write()
  if (hasErrors(findings)) core.setFailed(`${settings.manifest} has errors; see the annotations.`)
}

/** The run's page, where GitHub lists the artifacts the job uploaded; absent outside a workflow run. */
function runUrl(): { url?: string } {
  const {
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: run
  } = process.env
  return server && repository && run ? { url: `${server}/${repository}/actions/runs/${run}` } : {}
}

async function plan(settings: Settings): Promise<void> {
  const envRepo = settings.envRepo as string
  const outcome = await runPlan({
    manifest: settings.manifest,
    platform: settings.platform as string,
    envRepo,
    release: settings.release as string
  })
  if (outcome.kind === 'usage') throw new Error(`Input "release": ${outcome.message}`)
  if (outcome.kind === 'invalid') {
    annotate(outcome.diagnostics, f => f.file)
    core.setOutput('valid', 'false')
    await core.summary.addRaw(validationMarkdown(settings.manifest, outcome.diagnostics)).write()
    core.setFailed(`The manifest or platform config has errors; see the annotations.`)
    return
  }
  const result = outcome.plan
  // Findings in environments repository files carry paths from that repository's root;
  // the manifest, the platform and the migration files are already workspace paths.
  const ownFiles = new Set([
    settings.manifest,
    settings.platform,
    ...result.regions.flatMap(r => r.data?.migrations.map(m => m.file) ?? [])
  ])
  annotate(result.findings, f =>
    ownFiles.has(f.file) || isAbsolute(f.file) ? f.file : join(envRepo, f.file)
  )
  await writeFile(settings.planFile, `${JSON.stringify(result, null, 2)}\n`)
  core.setOutput('plan-file', settings.planFile)
  // The complete plan, every diff and migration, for the job to upload: the summary and the comment link to it.
  await writeFile(settings.reportFile, renderPlanMarkdown(result))
  core.setOutput('report-file', settings.reportFile)
  core.setOutput('valid', String(!planFailed(result)))
  core.setOutput('errors', String(result.summary.errors))
  core.setOutput('warnings', String(result.summary.warnings))
  core.setOutput(
    'promote-regions',
    JSON.stringify(result.regions.filter(r => r.action === 'promote').map(r => r.name))
  )
  const artifact = { name: PLAN_ARTIFACT, ...runUrl() }
  await core.summary.addRaw(renderPlanMarkdown(result, { limit: SUMMARY_LIMIT, artifact })).write()
  if (settings.comment) {
    const comment = await commentOnPullRequest({
      token: settings.token,
      repository: process.env.GITHUB_REPOSITORY,
      eventPath: process.env.GITHUB_EVENT_PATH,
      apiUrl: process.env.GITHUB_API_URL,
      ...(settings.botLogin ? { botLogin: settings.botLogin } : {}),
      marker: `<!-- multiregion:plan ${result.service.name} -->`,
      body: renderPlanMarkdown(result, { limit: COMMENT_LIMIT, artifact })
    })
    if (comment.kind === 'posted')
      core.info(`The plan is on pull request #${comment.number} (comment ${comment.id}).`)
    else if (comment.kind === 'refused')
      core.warning(
        `GitHub refused the plan comment on pull request #${comment.number} (${comment.message}): the token cannot write comments, as on a pull request from a fork. The plan is in the job summary; give the job "permissions: pull-requests: write" to get the comment.`
      )
    else core.info('Not a pull request event: no plan comment.')
  }
  if (planFailed(result))
    core.setFailed(
      `The plan has ${plural(result.summary.errors, 'error finding')}; see the annotations and the job summary.`
    )
}

async function train(settings: Settings): Promise<void> {
  const { settings: trainSettings, command } = settings.train!
  const result = await runTrainCommand(trainSettings, command)
  if (result.diagnostics.length > 0) {
    annotate(result.diagnostics, f => f.file)
    await core.summary.addRaw(validationMarkdown(settings.manifest, result.diagnostics)).write()
    core.setFailed('The manifest or platform config has errors; see the annotations.')
    return
  }
  for (const line of result.done) core.info(line)
  if (result.state) core.setOutput('train-state', result.state)
  if (result.requests) core.setOutput('github-requests', result.requests)
  await core.summary.addRaw(result.summary).write()
  if (!result.ok)
    core.setFailed(
      trainSettings.services !== undefined
        ? `A train under ${trainSettings.services} halted, failed or was refused, or a manifest there has errors; see the job summary.`
        : result.state
          ? `The train of ${settings.manifest} is ${result.state}; see the job summary for why and what to do.`
          : `Refused: ${result.done.join(' ')}`
    )
}

function migrateMarkdown(region: string, outcome: MigrateOutcome): string {
  const heading = `## multiregion migrate: \`${region}\``
  switch (outcome.kind) {
    case 'applied':
      return `${heading}\n\nApplied ${plural(outcome.applied.length, 'migration')}${outcome.applied.length > 0 ? `: ${outcome.applied.map(v => `\`${v}\``).join(', ')}` : ''}; ${outcome.unchanged.length} already applied. The catalog matches the manifest.\n`
    case 'dry-run':
      return `${heading} (dry run)\n\n${outcome.migrations.map(m => `<details><summary><code>${m.version}</code> (${m.file})</summary>\n\n\`\`\`sql\n${m.sql.trimEnd()}\n\`\`\`\n\n</details>`).join('\n\n')}\n`
    case 'blocked':
      return `${heading}\n\nBlocked by compliance errors:\n\n\`\`\`\n${findingLines(outcome.findings).join('\n')}\n\`\`\`\n`
    case 'verify-failed':
      return `${heading}\n\nThe catalog does not match the manifest:\n\n${outcome.problems.map(p => `- ${p}`).join('\n')}\n`
    case 'failed':
      return `${heading}\n\n${outcome.file === undefined ? '' : `\`${outcome.file}:${outcome.line}\`: `}${outcome.message}\n${outcome.aftermath === undefined ? '' : `\n${outcome.aftermath}\n`}`
    case 'drift':
      return `${heading}\n\n${outcome.message}\n`
    default:
      return `${heading}\n\nNothing was applied.\n`
  }
}

/**
 * Applies one region, in a job whose GitHub Environment gates it. Every
 * region's database URL is masked before anything can print it. The plan's
 * PR comment (updated in place) belongs to the GitHub shell; this writes the
 * job summary and outputs only.
 */
async function migrate(settings: Settings): Promise<void> {
  const region = settings.region as string
  const loaded = await loadDataPlan(settings.manifest, settings.platform as string)
  if ('data' in loaded)
    for (const url of databaseUrls(loaded.data, process.env)) core.setSecret(url)
  const outcome =
    'outcome' in loaded
      ? loaded.outcome
      : await runMigrate(
          {
            manifest: settings.manifest,
            platform: settings.platform as string,
            region,
            dryRun: settings.dryRun,
            runId: settings.runId,
            env: process.env,
            log: line => core.info(line),
            ...(settings.approver === undefined ? {} : { approver: settings.approver })
          },
          loaded.data
        )
  if (outcome.kind === 'invalid') annotate(outcome.diagnostics, f => f.file)
  if (outcome.kind === 'blocked') annotate(outcome.findings, f => f.file)
  if (outcome.kind === 'failed' && outcome.file !== undefined)
    core.error(outcome.message, {
      title: 'multiregion migrate',
      file: outcome.file,
      startLine: outcome.line
    })
  core.setOutput('applied', JSON.stringify(outcome.kind === 'applied' ? outcome.applied : []))
  await core.summary.addRaw(migrateMarkdown(region, outcome)).write()
  if (outcome.kind === 'usage') throw new Error(outcome.message)
  if (outcome.kind !== 'applied' && outcome.kind !== 'dry-run')
    core.setFailed(
      `migrate ${region}: ${outcome.kind === 'failed' || outcome.kind === 'drift' ? outcome.message : outcome.kind}; see the job summary.`
    )
}

/** The action's entry: read inputs once, run the command, report through outputs, annotations and the job summary. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const commands = {
      validate,
      plan,
      migrate,
      promote: train,
      reconcile: train,
      status: train,
      rollback: train
    }
    await core.group(`multiregion ${settings.command}`, () => commands[settings.command](settings))
  } catch (error) {
    const token = core.getInput('token')
    const explained = explainServiceError(error, {
      token: 'the "token" input',
      apiUrl: 'GITHUB_API_URL',
      secrets: token ? [token] : []
    })
    // Anything else is a bug or bad input; its message is capped too, so no page of HTML lands in the log.
    core.setFailed(
      explained ??
        clip(redact(error instanceof Error ? error.message : String(error), [token]), 2000)
    )
  }
}
