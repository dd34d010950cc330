import { systemClock as systemWaitClock } from '../argocd/wait.js'
import type { Clock as WaitClock } from '../argocd/wait.js'
import { argoPort } from '../argocd/train-port.js'
import { createClient } from '../github/client.js'
import type { GitHubClient } from '../github/client.js'
import { EnvRepo } from '../github/env-repo.js'
import type { MergeMethod } from '../github/env-repo.js'
import { gitHubPort } from '../github/train-port.js'
import type { Diagnostic } from '../manifest/diagnostic.js'
import { hasErrors, sortDiagnostics } from '../manifest/diagnostic.js'
import { checkServiceAgainstPlatform, loadPlatform, loadService } from '../manifest/load.js'
import { serviceLabel } from '../train/names.js'
import { readInputFile } from '../workspace/local-files.js'
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
  const base = await env.defaultBranch()
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
  const platform = loadedPlatform.value
  const joined = sortDiagnostics(checkServiceAgainstPlatform(service, platform))
  if (hasErrors(joined)) return { diagnostics: joined }

  const clock = { now: () => Date.now() }
  const serverUrl = (settings.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const repository = `${serverUrl}/${settings.repo}`
  const ctx: TrainContext = {
    service,
    platform,
    github: gitHubPort(env, { method: settings.mergeMethod, counter: client.counter }),
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
  return { ctx, client }
}
