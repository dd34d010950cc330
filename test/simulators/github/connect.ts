import { createClient } from '../../../src/github/client.js'
import type { GitHubClient, Logger } from '../../../src/github/client.js'
import { EnvRepo } from '../../../src/github/env-repo.js'
import type { GitHubSimulator } from './simulator.js'

/**
 * The real client pointed at a simulator, with the plugins' waits scaled
 * from seconds to milliseconds and writes not spaced, so retry and rate
 * limit paths run in milliseconds without changing what they do.
 */
export function connect(
  sim: GitHubSimulator,
  repo = 'acme/environments',
  options: { log?: Logger; botLogin?: string } = {}
): { client: GitHubClient; env: EnvRepo } {
  const client = createClient({
    token: sim.token,
    baseUrl: sim.url,
    backoffUnitMs: 1,
    spaceWrites: false,
    ...(options.log ? { log: options.log } : {})
  })
  const [owner, name] = repo.split('/') as [string, string]
  return {
    client,
    env: new EnvRepo(client, owner, name, options.botLogin ? { botLogin: options.botLogin } : {})
  }
}
