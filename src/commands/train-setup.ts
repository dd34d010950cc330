import { systemClock as systemWaitClock } from '../argocd/wait.js'
import type { Clock as WaitClock } from '../argocd/wait.js'
import { argoPort } from '../argocd/train-port.js'
import { createClient } from '../github/client.js'
import type { GitHubClient } from '../github/client.js'
import { EnvRepo } from '../github/env-repo.js'
import type { MergeMethod } from '../github/env-repo.js'
import { gitHubPort } from '../github/train-port.js'
import type { Diagnostic } from '../manifest/diagnostic.js'
import type { Platform, Service } from '../manifest/model.js'
import type { GitHubPort } from '../train/ports.js'
import { hasErrors, sortDiagnostics } from '../manifest/diagnostic.js'
import { checkServiceAgainstPlatform, loadPlatform, loadService } from '../manifest/load.js'
import { serviceLabel } from '../train/names.js'
import { readInputFile } from '../workspace/local-files.js'
import { loadServices } from './fleet.js'
import type { Fleet } from './fleet.js'
import type { TrainContext } from './train.js'

/** What every train command needs, read once from flags or action inputs. */
export interface TrainSettings {
  manifest: string
  /** The environments repository, owner/name. */
  repo: string
  token: string
  /** GitHub's API; GitHub Enterprise Server's when set. */
  apiUrl?: string
  /** GitHub's web address, for links in PR bodies. */
  serverUrl?: string
  platformPath: string
  botLogin?: string
  mergeMode: 'merge' | 'auto-merge'
  mergeMethod: MergeMethod
  /** Where each region's Argo CD token is read from. */
  env: Readonly<Record<string, string | undefined>>
  onSecret?: (secret: string) => void
  /** Tests make time pass faster in the Argo CD wait. */
  waitClock?: WaitClock
  /**
   * reconcile only: the folder whose subfolders each hold a service's
   * multiregion.yaml; every service with a train in flight is reconciled
   * (see reconcileFleet), instead of the one manifest.
   */
  services?: string
  /**
   * The service the manifest must name: the one a dispatch asked for, whose
   * folder the manifest's path was built from. A manifest naming another
   * service (a copy in a folder its owners do not review) gates nothing.
   */
  service?: string
}

export type OpenedTrain =
  { ctx: TrainContext; client: GitHubClient } | { diagnostics: Diagnostic[] }

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/

/** Checks the settings a person gave, with messages that name the flag or input. */
export function settingsProblems(settings: Pick<TrainSettings, 'repo' | 'token'>): string[] {
  const problems: string[] = []
  if (!REPO.test(settings.repo))
    problems.push(
      `the environments repository "${settings.repo}" must be owner/name, such as acme/environments`
    )
  if (settings.token === '')
    problems.push(
      'no GitHub token: set GITHUB_TOKEN (a GitHub App token that can write to the environments repository)'
    )
  return problems
}

/** The client and the environments repository a train command talks to. */
function openRepo(settings: TrainSettings): { client: GitHubClient; env: EnvRepo } {
  const [owner, name] = settings.repo.split('/') as [string, string]
  const client = createClient({
    token: settings.token,
    ...(settings.apiUrl ? { baseUrl: settings.apiUrl } : {})
  })
  const env = new EnvRepo(
    client,
    owner,
    name,
    settings.botLogin ? { botLogin: settings.botLogin } : {}
  )
  return { client, env }
}

/** platform.yaml from `base` of the environments repository, or why it cannot be used. */
async function readPlatform(
  settings: TrainSettings,
  env: EnvRepo,
  base: string
): Promise<{ platform: Platform } | { diagnostics: Diagnostic[] }> {
  const platformFile = `${settings.repo}:${settings.platformPath}`
  const platformText = (await env.readFiles(base, [settings.platformPath])).get(
    settings.platformPath
  )
  if (platformText === undefined) {
    return {
      diagnostics: [
        {
          rule: 'file-not-found',
          severity: 'error',
          message: `${settings.platformPath} does not exist on ${base} of ${settings.repo}; the platform team keeps platform.yaml at the root of the environments repository (or pass its path).`,
          file: platformFile,
          line: 1,
          column: 1
        }
      ]
    }
  }
  const loadedPlatform = loadPlatform(platformText, platformFile)
  if (!loadedPlatform.value) return { diagnostics: loadedPlatform.diagnostics }
  return { platform: loadedPlatform.value }
}

/**
 * Every service under `settings.services`, and the GitHub side they share,
 * for reconcileFleet. Nothing is read from GitHub yet: the fleet reads the
 * platform config only when a train is in flight.
 */
export async function openFleet(
  settings: TrainSettings & { services: string },
  options: { resume?: boolean } = {}
): Promise<{ fleet: Fleet; client: GitHubClient; diagnostics: Diagnostic[] }> {
  settings.onSecret?.(settings.token)
  const { services, diagnostics } = await loadServices(settings.services)
  const { client, env } = openRepo(settings)
  const fleet: Fleet = {
    services,
    client,
    owner: env.owner,
    repo: env.repo,
    github: gitHubPort(env, { method: settings.mergeMethod, counter: client.counter }),
    platform: base => readPlatform(settings, env, base),
    context: (service, platform, github) => trainContext(service, platform, github, settings),
    now: () => Date.now(),
    ...(options.resume ? { resume: true } : {})
  }
  return { fleet, client, diagnostics }
}

/**
 * Reads the manifest from disk and the platform config from the environments
 * repository's default branch, and builds the train's ports over GitHub and
 * Argo CD. Bad input comes back as diagnostics, and nothing is written.
 */
export async function openTrain(settings: TrainSettings): Promise<OpenedTrain> {
  settings.onSecret?.(settings.token)
  const manifestFile = await readInputFile(
    settings.manifest,
    'service manifest (multiregion.yaml)',
    '--manifest'
  )
  if ('diagnostic' in manifestFile) return { diagnostics: [manifestFile.diagnostic] }
  const loadedService = loadService(manifestFile.text, settings.manifest)
  if (!loadedService.value) return { diagnostics: loadedService.diagnostics }
  const service = loadedService.value
  if (settings.service !== undefined && service.name !== settings.service)
    return {
      diagnostics: [
        {
          rule: 'service-folder',
          severity: 'error',
          message: `${settings.manifest} names the service ${service.name}, not ${settings.service}, whose manifest was asked for: a manifest gates only the service of its own folder. Dispatch with service ${service.name}, or name the service ${settings.service}.`,
          file: settings.manifest,
          line: 1,
          column: 1
        }
      ]
    }

  const { client, env } = openRepo(settings)
  const base = await env.defaultBranch()
  const read = await readPlatform(settings, env, base)
  if ('diagnostics' in read) return read
  const platform = read.platform
  const joined = sortDiagnostics(checkServiceAgainstPlatform(service, platform))
  if (hasErrors(joined)) return { diagnostics: joined }

  const ctx = trainContext(
    service,
    platform,
    gitHubPort(env, { method: settings.mergeMethod, counter: client.counter }),
    settings
  )
  return { ctx, client }
}

/** The train of one service over ports already open: a fleet reconcile shares one GitHub port among its services. */
export function trainContext(
  service: Service,
  platform: Platform,
  github: GitHubPort,
  settings: Pick<
    TrainSettings,
    'repo' | 'serverUrl' | 'env' | 'onSecret' | 'waitClock' | 'mergeMode'
  >
): TrainContext {
  const clock = { now: () => Date.now() }
  const serverUrl = (settings.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const repository = `${serverUrl}/${settings.repo}`
  return {
    service,
    platform,
    github,
    argo: argoPort({
      platform,
      env: settings.env,
      clock,
      repository,
      waitClock: settings.waitClock ?? systemWaitClock,
      ...(settings.onSecret ? { onSecret: settings.onSecret } : {})
    }),
    clock,
    mergeMode: settings.mergeMode,
    trainUrl: `${repository}/pulls?q=${encodeURIComponent(`label:${serviceLabel(service.name)}`)}`
  }
}
