import { join } from 'node:path'
import * as core from '@actions/core'
import type { TrainCommand } from '../commands/train-command.js'
import { settingsProblems } from '../commands/train-setup.js'
import type { TrainSettings } from '../commands/train-setup.js'

export const COMMANDS = [
  'validate',
  'plan',
  'promote',
  'reconcile',
  'status',
  'rollback',
  'migrate'
] as const
export type CommandName = (typeof COMMANDS)[number]

/**
 * The name the workflow templates upload the complete plan under
 * (actions/upload-artifact); the job summary and the comment name it.
 */
export const PLAN_ARTIFACT = 'multiregion-plan'

/** Every input of action.yml, read and checked once. */
export interface Settings {
  command: CommandName
  manifest: string
  envRepo?: string
  platform?: string
  release?: string
  planFile: string
  /** The complete plan in Markdown, beside the plan file, for the job to upload as the artifact PLAN_ARTIFACT. */
  reportFile: string
  /** For the train commands: how to reach GitHub and Argo CD, and what to do. */
  train?: { settings: TrainSettings; command: TrainCommand }
  /** migrate: the region to apply, whether to only print its SQL, and who approved the run. */
  region?: string
  dryRun: boolean
  approver?: string
  runId: string
  /** plan: post the plan on the pull request, updated in place. */
  comment: boolean
  /** The token for GitHub calls (masked). */
  token: string
  /** The toolkit's own login (bot-login), when the token cannot name itself. */
  botLogin?: string
}

/** A boolean input that may be left out (action.yml defaults do not apply outside the runner). */
function booleanInput(name: string): boolean {
  const value = (core.getInput(name) || 'false').toLowerCase()
  if (value !== 'true' && value !== 'false')
    throw new Error(`Input "${name}" is "${value}"; it must be true or false.`)
  return value === 'true'
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`Input "${name}" is "${value}"; it must be one of ${allowed.join(', ')}.`)
  return value as T
}

/** The train command and its settings, from the inputs (the token, already masked, is passed in). */
function readTrain(
  command: string,
  manifest: string,
  token: string,
  env: NodeJS.ProcessEnv
): Settings['train'] {
  const settings: TrainSettings = {
    manifest,
    repo: core.getInput('repo'),
    token,
    platformPath: core.getInput('platform-path') || 'platform.yaml',
    mergeMode: choice('merge-mode', ['merge', 'auto-merge'], 'merge'),
    mergeMethod: choice('merge-method', ['merge', 'squash', 'rebase'], 'squash'),
    env,
    onSecret: secret => core.setSecret(secret)
  }
  // reconcile and rollback of one service, dispatched by name: its manifest must name it.
  const service = command === 'reconcile' || command === 'rollback' ? core.getInput('service') : ''
  if (service) settings.service = service
  const problems = settingsProblems(settings)
  if (problems.length > 0) throw new Error(`Inputs "repo" and "token": ${problems.join('; ')}.`)
  if (env.GITHUB_API_URL) settings.apiUrl = env.GITHUB_API_URL
  if (env.GITHUB_SERVER_URL) settings.serverUrl = env.GITHUB_SERVER_URL
  const botLogin = core.getInput('bot-login')
  if (botLogin) settings.botLogin = botLogin
  const release = core.getInput('release') || undefined
  switch (command) {
    case 'promote':
      if (release === undefined)
        throw new Error(
          'Input "release" is required for command promote: an image tag (v1.5.0), a digest (sha256:...) or <image>:<tag>.'
        )
      return {
        settings,
        command: {
          name: 'promote',
          release,
          skip: core
            .getInput('skip')
            .split(/[\s,]+/)
            .filter(Boolean)
        }
      }
    case 'reconcile': {
      const services = core.getInput('services')
      if (services) settings.services = services
      return {
        settings,
        command: {
          name: 'reconcile',
          resume: booleanInput('resume'),
          ...(release && !services ? { release } : {})
        }
      }
    }
    case 'status':
      return { settings, command: { name: 'status', ...(release ? { release } : {}) } }
    default: {
      const region = core.getInput('region')
      if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(region))
        throw new Error(
          `Input "region" is "${region}"; command rollback needs the region to roll back, such as us-east.`
        )
      const to = core.getInput('to')
      return { settings, command: { name: 'rollback', region, ...(to ? { to } : {}) } }
    }
  }
}

/** Reads the action's inputs; throws an error that names the input and the expected form. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const command = core.getInput('command') || 'plan'
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`Input "command" is "${command}"; it must be one of ${COMMANDS.join(', ')}.`)
  }
  const envRepo = core.getInput('env-repo') || undefined
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const planFile =
    core.getInput('plan-file') || join(env.RUNNER_TEMP ?? '.', 'multiregion-plan.json')
  const settings: Settings = {
    command: command as CommandName,
    manifest: core.getInput('manifest') || 'multiregion.yaml',
    planFile,
    reportFile: `${planFile.replace(/\.json$/, '')}.md`,
    dryRun: booleanInput('dry-run'),
    comment: booleanInput('comment'),
    token,
    runId: `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  }
  const region = core.getInput('region') || undefined
  if (region !== undefined) settings.region = region
  const botLogin = core.getInput('bot-login') || undefined
  if (botLogin !== undefined) settings.botLogin = botLogin
  // The environment's reviewer is not visible to the job; the actor who started it is the closest record.
  const approver = core.getInput('approver') || env.GITHUB_ACTOR || undefined
  if (approver !== undefined) settings.approver = approver
  if (envRepo !== undefined) settings.envRepo = envRepo
  const platform =
    core.getInput('platform') ||
    (envRepo === undefined ? undefined : join(envRepo, 'platform.yaml'))
  if (platform !== undefined) settings.platform = platform
  const release = core.getInput('release') || undefined
  if (release !== undefined) settings.release = release
  if (['promote', 'reconcile', 'status', 'rollback'].includes(command))
    settings.train = readTrain(command, settings.manifest, settings.token, env)
  if (command === 'plan') {
    if (release === undefined)
      throw new Error(
        'Input "release" is required for command plan: an image tag (v1.5.0), a digest (sha256:...) or <image>:<tag>.'
      )
    if (envRepo === undefined)
      throw new Error(
        'Input "env-repo" is required for command plan: the path of a checkout of the environments repository (for example env, with actions/checkout path: env).'
      )
  }
  if (command === 'migrate') {
    if (region === undefined)
      throw new Error(
        'Input "region" is required for command migrate: one region of the manifest, such as sweden (use one job per region, each with its GitHub Environment).'
      )
    if (platform === undefined)
      throw new Error(
        'Input "platform" or "env-repo" is required for command migrate: the platform config names the variable that holds each region\'s database URL.'
      )
  }
  return settings
}
