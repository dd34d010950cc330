import { join } from 'node:path'
import * as core from '@actions/core'

export const COMMANDS = ['validate', 'plan'] as const
export type CommandName = (typeof COMMANDS)[number]

/** Every input of action.yml, read and checked once. */
export interface Settings {
  command: CommandName
  manifest: string
  envRepo?: string
  platform?: string
  release?: string
  planFile: string
}

/** Reads the action's inputs; throws an error that names the input and the expected form. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const command = core.getInput('command') || 'plan'
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`Input "command" is "${command}"; it must be one of ${COMMANDS.join(', ')}.`)
  }
  const envRepo = core.getInput('env-repo') || undefined
  const settings: Settings = {
    command: command as CommandName,
    manifest: core.getInput('manifest') || 'multiregion.yaml',
    planFile: core.getInput('plan-file') || join(env.RUNNER_TEMP ?? '.', 'multiregion-plan.json')
  }
  if (envRepo !== undefined) settings.envRepo = envRepo
  const platform =
    core.getInput('platform') ||
    (envRepo === undefined ? undefined : join(envRepo, 'platform.yaml'))
  if (platform !== undefined) settings.platform = platform
  const release = core.getInput('release') || undefined
  if (release !== undefined) settings.release = release
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
  return settings
}
