import { readFileSync } from 'node:fs'
import { PORT_WRITES } from '../../src/commands/train/carry.js'
import { join } from 'node:path'
import { argoPort } from '../../src/argocd/train-port.js'
import type { TrainContext } from '../../src/commands/train.js'
import { gitHubPort } from '../../src/github/train-port.js'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import type { GitHubPort } from '../../src/train/ports.js'
import { ArgoCDSimulator } from '../simulators/argocd/server.js'
import type { RolloutEnd } from '../simulators/argocd/server.js'
import type { ControllerTiming, ModelledApp } from '../simulators/argocd/controller.js'
import { connect } from '../simulators/github/connect.js'
import { GitHubSimulator } from '../simulators/github/simulator.js'
import { settledClock } from './settled-clock.js'
import { ENV_REPO, SERVICES } from './paths.js'

export const REPO = 'acme/environments'
export const TOKEN = 'argocd-test-token'
const REGIONS = ['us-east', 'us-west', 'sweden', 'china']

/** A clock the test moves by hand, so bake times pass without waiting. */
export class TestClock {
  time = Date.parse('2026-11-26T10:00:00Z')
  now = () => this.time
  advance(ms: number) {
    this.time += ms
  }
}

/**
 * The train over real HTTP: the GitHub simulator seeded with the fixture
 * environments repository, and the Argo CD simulator serving every region's
 * app with its controller model watching that repository. `script` says how
 * each region's next syncs end in the cluster (healthy unless told otherwise).
 */
/** Harnesses started and not yet stopped: what a test left running. */
const running = new Set<TrainHarness>()

export class TrainHarness {
  script = new Map<string, RolloutEnd[]>()
  writesBeforeKill: number | undefined
  /** Writes made through the train's GitHub port, the steps a run can be killed between. */
  portWrites = 0
  private constructor(
    readonly github: GitHubSimulator,
    readonly argocd: ArgoCDSimulator,
    readonly ctx: TrainContext,
    readonly clock: TestClock
  ) {}

  static async start(
    options: {
      manifest?: string
      argoServer?: (region: string, sim: ArgoCDSimulator) => string
      mergeMode?: 'merge' | 'auto-merge'
      /** Regions whose Application has no spec.syncPolicy.automated. */
      manual?: string[]
      /** The controller's pace; by default it re-compares every 400 ms of real time by itself. */
      timing?: ControllerTiming
      /** Commits made before the train starts, by branch (a branch is created from main). */
      branches?: Record<string, Record<string, string>>
      /** How a region's Application differs from the one the train expects (another path, branch, sources...). */
      apps?: Record<string, Partial<ModelledApp>>
      /** Regions beyond the fixture's four that get an Application (their platform entries and files are the caller's). */
      regions?: string[]
      /** Edits platform.yaml's text before it loads, for per-region Argo CD settings. */
      platform?: (text: string) => string
    } = {}
  ): Promise<TrainHarness> {
    const clock = new TestClock()
    // GitHub reports times on the test's clock, as the real one shares the runner's.
    // The toolkit runs as a GitHub App installation: GitHub reports it, and its PRs and commits, as multiregion[bot].
    const github = await GitHubSimulator.start({ now: clock.now, viewer: { app: 'multiregion' } })
    github.seedRepo(REPO, { dir: ENV_REPO })
    for (const [branch, files] of Object.entries(options.branches ?? {}))
      github.push(REPO, branch, files, 'platform-team')
    const argocd = await ArgoCDSimulator.start()
    // Argo CD's controller, modelled over the simulated environments repository: each app
    // auto-syncs the HEAD of main it resolves when it next compares (or is asked to refresh).
    const repo = github.repo(REPO)
    const controller = argocd.connectGit(
      {
        url: `https://github.com/${REPO}.git`,
        resolve: revision => repo.resolve(revision),
        files: sha => repo.files(sha),
        push: (branch, files) => github.push(REPO, branch, files, 'argocd-hydrator')
      },
      options.timing
    )
    for (const region of [...REGIONS, ...(options.regions ?? [])])
      argocd.addManagedApp(`checkout-${region}`, repo.resolve('main')!, {
        path: `regions/${region}/checkout`,
        automated: options.manual?.includes(region) !== true,
        ...options.apps?.[region]
      })
    // Every region's Argo CD is the simulator (or what the test says), on 127.0.0.1.
    const fixturePlatform = readFileSync(join(ENV_REPO, 'platform.yaml'), 'utf8')
    const platformText = (options.platform?.(fixturePlatform) ?? fixturePlatform).replace(
      /https:\/\/argocd\.([a-z0-9]+)\.example\.com/g,
      (_match, short: string) =>
        options.argoServer?.(SHORT_NAMES[short] ?? short, argocd) ?? argocd.url
    )
    const platform = loadPlatform(platformText, 'platform.yaml').value
    const manifestText =
      options.manifest ?? readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8')
    const service = loadService(manifestText, 'multiregion.yaml').value
    if (!platform || !service) throw new Error('the scenario fixtures do not load')
    const { client, env } = connect(github, REPO, { botLogin: 'multiregion[bot]' })
    const harness: TrainHarness = new TrainHarness(
      github,
      argocd,
      undefined as unknown as TrainContext,
      clock
    )
    controller.outcome = app => {
      const end = harness.script.get(app.replace(/^checkout-/, ''))?.shift()
      return end === 'never-reconciles' ? 'progressing' : end
    }
    const argo = argoPort({
      platform,
      env: { ARGOCD_TOKEN: argocd.token },
      clock,
      repository: `https://github.com/${REPO}`,
      // Minutes of the wait pass in milliseconds, and only while neither simulator has work under way.
      waitClock: settledClock(1000, () => ({
        busy: controller.busy || argocd.activity.answering > 0 || github.activity.answering > 0,
        sent: argocd.activity.sent + github.activity.sent
      }))
    })
    const port = gitHubPort(env, { method: 'merge', counter: client.counter })
    const ctx: TrainContext = {
      service,
      platform,
      github: killable(port, harness),
      argo,
      clock,
      mergeMode: options.mergeMode ?? 'merge'
    }
    Object.assign(harness, { ctx })
    running.add(harness)
    return harness
  }

  async stop(): Promise<void> {
    running.delete(this)
    await Promise.all([this.github.stop(), this.argocd.stop()])
  }

  /** The harnesses started and not yet stopped. */
  static running(): TrainHarness[] {
    return [...running]
  }

  /** Approves every open PR on its head commit as each of `users`. */
  approveAll(...users: string[]): void {
    for (const pull of [...this.github.repo(REPO).pulls.values()].filter(p => p.state === 'open'))
      for (const user of users) this.github.approve(REPO, pull.number, user)
  }
}

/** The fixture platform's Argo CD host names by region. */
const SHORT_NAMES: Record<string, string> = {
  use1: 'us-east',
  usw2: 'us-west',
  eun1: 'sweden',
  cnn1: 'china'
}

/** The port with a kill switch: the Nth write throws before it is made, as if the runner died there. */
function killable(
  port: GitHubPort,
  harness: { writesBeforeKill: number | undefined; portWrites: number }
): GitHubPort {
  return new Proxy(port, {
    get(target, key: keyof GitHubPort) {
      const value = target[key]
      if (typeof value !== 'function' || !PORT_WRITES.has(key)) return value
      return (...args: unknown[]) => {
        if (harness.writesBeforeKill !== undefined) {
          if (harness.writesBeforeKill === 0) throw new Error(`killed before ${String(key)}`)
          harness.writesBeforeKill--
        }
        harness.portWrites++
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
  })
}
