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
  runs: { using: string; steps?: { run?: string; env?: Record<string, string> }[] }
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
 * Runs the bundled action (dist/index.js) as the runner does: action.yml's
 * defaults applied, inputs as INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY as files, the workspace as the working directory.
 */
export function runAction(
  inputs: Record<string, string>,
  cwd = ROOT,
  extraEnv: Record<string, string> = {}
): Promise<ActionRun> {
  const run = runnerEnv(cwd, extraEnv)
  for (const [name, value] of Object.entries(
    withDefaults(join(ROOT, 'action.yml'), inputs, run.env)
  ))
    run.env[`INPUT_${name.toUpperCase()}`] = value
  return collect(process.execPath, [join(ROOT, 'dist', 'index.js')], cwd, run)
}

/**
 * Runs a composite action (actions/<name>) as the runner does: its inputs
 * resolved with defaults, its step's env: evaluated (only `${{ inputs.x }}`
 * expressions occur there) and its script run by bash from the action's folder.
 */
export function runComposite(
  name: string,
  inputs: Record<string, string>,
  cwd = ROOT,
  extraEnv: Record<string, string> = {}
): Promise<ActionRun> {
  const folder = join(ROOT, 'actions', name)
  const action = parse(readFileSync(join(folder, 'action.yml'), 'utf8')) as ActionFile
  const run = runnerEnv(cwd, { ...extraEnv, GITHUB_ACTION_PATH: folder })
  const resolved = withDefaults(join(folder, 'action.yml'), inputs, run.env)
  const [step] = action.runs.steps ?? []
  for (const [key, value] of Object.entries(step?.env ?? {})) {
    run.env[key] = value.replace(
      /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g,
      (_m, input: string) => resolved[input] ?? ''
    )
  }
  // The runner's own invocation for shell: bash.
  return collect(
    'bash',
    ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step?.run ?? 'exit 1'],
    cwd,
    run
  )
}
