import { createClient } from '../../../src/github/client.js'
import type { GitHubClient, Logger } from '../../../src/github/client.js'
import { EnvRepo } from '../../../src/github/env-repo.js'
import { GitHubSimulator } from './simulator.js'
import { ENV_REPO } from '../../support/paths.js'

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

/** A started simulator, seeded (by default with the fixture environments repository), and the real client connected to it. */
export async function startConnected(
  seed: (sim: GitHubSimulator) => void = sim => sim.seedRepo('acme/environments', { dir: ENV_REPO })
): Promise<{ sim: GitHubSimulator; client: GitHubClient; env: EnvRepo }> {
  const sim = await GitHubSimulator.start()
  seed(sim)
  return { sim, ...connect(sim) }
}

/** Stops the simulator and fails the test on any request or response off GitHub's description. */
export async function stopChecked(sim: GitHubSimulator): Promise<void> {
  await sim.stop()
  // Thrown, not a jest assertion, so benches outside jest can use the simulator too.
  if (sim.violations.length > 0)
    throw new Error(`requests or responses off GitHub's description:\n${sim.violations.join('\n')}`)
}
