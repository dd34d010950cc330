import { main } from '../../src/cli/program.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process, as `multiregion <args>` would, capturing its output. */
export async function runCli(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {}
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    args,
    {
      stdout: text => (stdout += text),
      stderr: text => (stderr += text)
    },
    env
  )
  return { code, stdout, stderr }
}
