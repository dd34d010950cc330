import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './paths.js'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  temp: string
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` blocks) that @actions/core writes. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!)
    outputs[match[1]!] = value.join('\n')
  }
  return outputs
}

interface ActionFile {
  inputs?: Record<string, { default?: string }>
  runs: { using: string; main?: string }
}

/**
 * The inputs as the runner passes them: action.yml's defaults for what the
 * workflow leaves out (`${{ github.token }}` standing for the job's token).
 */
function withDefaults(
  actionFile: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv
): Record<string, string> {
  const action = parse(readFileSync(actionFile, 'utf8')) as ActionFile
  const resolved: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (input.default !== undefined)
      resolved[name] = input.default.replace(
        /\$\{\{\s*github\.token\s*\}\}/,
        env.GITHUB_TOKEN ?? ''
      )
  }
  return { ...resolved, ...inputs }
}

function runnerEnv(cwd: string, extraEnv: Record<string, string>) {
  const temp = mkdtempSync(join(tmpdir(), 'multiregion-action-'))
  const outputFile = join(temp, 'output')
  const summaryFile = join(temp, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    ...extraEnv
  }
  return { temp, outputFile, summaryFile, env }
}

function collect(
  command: string,
  args: string[],
  cwd: string,
  run: ReturnType<typeof runnerEnv>
): Promise<ActionRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: run.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code =>
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(run.outputFile, 'utf8')),
        summary: readFileSync(run.summaryFile, 'utf8'),
        temp: run.temp
      })
    )
  })
}

/**
 * Runs the bundled action (dist/action.js) as the runner does: action.yml's
 * defaults applied, inputs as INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY as files, the workspace as the working directory.
 * `actionRoot` is where the action's files are, as the runner downloads them.
 */
export function runAction(
  inputs: Record<string, string>,
  cwd = ROOT,
  extraEnv: Record<string, string> = {},
  actionRoot = ROOT
): Promise<ActionRun> {
  const run = runnerEnv(cwd, extraEnv)
  for (const [name, value] of Object.entries(
    withDefaults(join(actionRoot, 'action.yml'), inputs, run.env)
  ))
    run.env[`INPUT_${name.toUpperCase()}`] = value
  const action = parse(readFileSync(join(actionRoot, 'action.yml'), 'utf8')) as ActionFile
  return collect(process.execPath, [join(actionRoot, action.runs.main!)], cwd, run)
}

/**
 * Runs a command's action (actions/<name>) as the runner runs a `using: node24`
 * action: its inputs resolved with its own defaults, as INPUT_* variables, and
 * its `main` (relative to the action's folder) run by node.
 */
export function runCommandAction(
  name: string,
  inputs: Record<string, string>,
  cwd = ROOT,
  extraEnv: Record<string, string> = {}
): Promise<ActionRun> {
  const folder = join(ROOT, 'actions', name)
  const action = parse(readFileSync(join(folder, 'action.yml'), 'utf8')) as ActionFile
  const run = runnerEnv(cwd, extraEnv)
  for (const [input, value] of Object.entries(
    withDefaults(join(folder, 'action.yml'), inputs, run.env)
  ))
    run.env[`INPUT_${input.toUpperCase()}`] = value
  return collect(process.execPath, [join(folder, action.runs.main!)], cwd, run)
}
