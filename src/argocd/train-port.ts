import type { Platform } from '../manifest/model.js'
import type { ArgoPort, Clock } from '../train/ports.js'
import { ArgoCDError, createArgoCDClient } from './client.js'
import { waitForRevision } from './wait.js'
import type { Clock as WaitClock } from './wait.js'

const DEFAULT_TOKEN_SECRET = 'ARGOCD_TOKEN'

export interface ArgoPortOptions {
  platform: Platform
  /** Where the regions' tokens are read from, by the names platform.yaml gives (argocd.tokenSecret). */
  env: Readonly<Record<string, string | undefined>>
  clock: Clock
  /** Receives each token before use, so the action can mask it. */
  onSecret?: (secret: string) => void
  waitClock?: WaitClock
  fetch?: (request: Request) => Promise<Response>
}

/**
 * The train's view of Argo CD: one client per region from platform.yaml, and
 * a wait on the watch stream until the merged commit is healthy, fails, or
 * the deadline passes. A missing token is a configuration error, not an
 * outcome: the run fails and the next one waits again once it is set.
 */
export function argoPort(options: ArgoPortOptions): ArgoPort {
  return {
    async waitForRevision({ region, server, app, revision, deadline }) {
      const settings = options.platform.regions[region]
      const secret = settings?.argocd.tokenSecret ?? DEFAULT_TOKEN_SECRET
      const token = options.env[secret]
      if (!token) {
        throw new ArgoCDError(
          'unauthorized',
          `No Argo CD token for ${region}: set the secret ${secret} (platform.yaml spec.regions.${region}.argocd.tokenSecret names it) to a read-only API token for ${server}.`,
          server
        )
      }
      const client = createArgoCDClient({
        server,
        token,
        region,
        ...(settings?.argocd.project ? { project: settings.argocd.project } : {}),
        ...(settings?.argocd.app ? { appTemplate: settings.argocd.app } : {}),
        ...(options.onSecret ? { onSecret: options.onSecret } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {})
      })
      const result = await waitForRevision({
        client,
        app,
        revision,
        timeoutMs: Math.max(0, deadline - options.clock.now()),
        ...(options.waitClock ? { clock: options.waitClock } : {})
      })
      return { outcome: result.outcome, detail: result.detail }
    }
  }
}
