import { stringify } from 'yaml'
import { GENERATED_FILES } from '../gitops/layout.js'
import { IDEMPOTENT_METHODS, MANAGED_BY, header, protoDuration } from './mesh.js'
import type { MeshFile, MeshNote, MeshRoutes } from './mesh.js'

/** Retries that are safe for any method: the request never reached the server (Envoy's x-envoy-retry-on). */
const RETRY_ON_ANY = 'connect-failure,refused-stream'
/** Retries for idempotent methods: also a reset stream or a 5xx from the gateway or upstream. */
const RETRY_ON_IDEMPOTENT = `${RETRY_ON_ANY},reset,gateway-error,503`

function endpointOf(url: string): { host: string; port: number; tls: boolean } {
  const u = new URL(url)
  const tls = u.protocol === 'https:'
  return { host: u.hostname, port: u.port ? Number(u.port) : tls ? 443 : 80, tls }
}

/** The label that ranks a ServiceEntry endpoint: rank-le-k is "true" on endpoints the route table tries k-th or earlier. */
export const RANK_LABEL = 'multiregion.dev/rank-le-'

/**
 * Labels and failoverPriority that give Envoy the route table's order as
 * priorities. Istio ranks an endpoint by how many of failoverPriority's
 * labels, in order, it matches; "key=value" matches that value whatever the
 * caller's labels (pilot/pkg/networking/core/loadbalancer/loadbalancer.go,
 * applyFailoverPriorityPerLocality and priorityLabelOverrides). With
 * n regions the list is rank-le-(n-2) ... rank-le-0, so the region at rank t
 * matches n-1-t of them and gets priority t. Its own locality counts for
 * nothing, so a standby's callers use the primary as DNS and the client do,
 * and two clusters in one location are still two ranks.
 */
function rankLabels(rank: number, count: number): Record<string, string> {
  const labels: Record<string, string> = {}
  for (let k = rank; k <= count - 2; k++) labels[`${RANK_LABEL}${k}`] = 'true'
  return labels
}

function failoverPriority(count: number): string[] {
  return Array.from({ length: count - 1 }, (_, j) => `${RANK_LABEL}${count - 2 - j}=true`)
}

/**
 * Istio for one region: the region's name (spec.routing.hostnames, else the
 * shared one) as a ServiceEntry (it is a DNS name, not a mesh service) whose
 * endpoints are the route table's row for the region, ranked by labels; a
 * DestinationRule whose failoverPriority turns the ranks into Envoy
 * priorities, with outlier detection from the breaker and TLS origination to
 * the regional endpoints; and a VirtualService with the deadline, the
 * attempts, retries to the next priority, and a retryOn that retries a
 * non-idempotent request only when it was never sent. The application calls
 * http://<hostname>; the sidecar does the rest.
 * Field meanings: istio.io/latest/docs/reference/config/networking/.
 */
export function compileIstio(routes: MeshRoutes): MeshFile {
  const notes: MeshNote[] = []
  const name = `${routes.service}-multiregion`
  const host = routes.hostname
  const endpoints = routes.order
    .filter(r => routes.endpoints[r] !== undefined)
    .map(r => ({ region: r, ...endpointOf(routes.endpoints[r]!) }))
  const tls = endpoints.some(e => e.tls)
  const targetPort = endpoints[0]?.port ?? 443
  const ranked = endpoints.length > 1
  const serviceEntry = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'ServiceEntry',
    metadata: { name, labels: MANAGED_BY },
    spec: {
      hosts: [host],
      location: 'MESH_EXTERNAL',
      resolution: 'DNS',
      // The application speaks plain HTTP to port 80 so the sidecar can retry; the DestinationRule originates TLS.
      ports: [{ number: 80, name: 'http', protocol: 'HTTP', targetPort }],
      endpoints: endpoints.map((e, rank) => ({
        address: e.host,
        locality: routes.locations[e.region] ?? e.region,
        ...(ranked ? { labels: rankLabels(rank, endpoints.length) } : {}),
        ports: { http: e.port }
      }))
    }
  }
  const destinationRule = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'DestinationRule',
    metadata: { name, labels: MANAGED_BY },
    spec: {
      host,
      trafficPolicy: {
        connectionPool: {
          tcp: { connectTimeout: protoDuration(routes.timeoutMs) },
          // Envoy's max_retries: retries in flight at once, the closest Istio has to a retry budget.
          http: { maxRetries: Math.max(1, routes.retryBudget.minPerSecond) }
        },
        loadBalancer: {
          simple: 'LEAST_REQUEST',
          localityLbSetting: {
            enabled: true,
            ...(ranked ? { failoverPriority: failoverPriority(endpoints.length) } : {})
          }
        },
        // Failover needs outlier detection: the breaker's failures eject a region for its cooldown.
        outlierDetection: {
          consecutive5xxErrors: routes.breaker.failures,
          interval: protoDuration(routes.breaker.cooldownMs),
          baseEjectionTime: protoDuration(routes.breaker.cooldownMs),
          maxEjectionPercent: 100
        },
        ...(tls ? { tls: { mode: 'SIMPLE', sni: host } } : {})
      }
    }
  }
  const route = [{ destination: { host, port: { number: 80 } } }]
  // Istio refuses any other retry field beside attempts 0 (pkg/config/validation/agent/validation.go, ValidateHTTPRetry).
  const retries = (retryOn: string) =>
    routes.retries === 0
      ? { attempts: 0 }
      : {
          attempts: routes.retries,
          perTryTimeout: protoDuration(routes.timeoutMs),
          retryOn,
          // Without it Envoy retries in the priority that failed; with it, previous_priorities
          // moves each retry to the next one (pilot/pkg/networking/core/route/retry/retry.go).
          retryRemoteLocalities: true
        }
  const virtualService = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name, labels: MANAGED_BY },
    spec: {
      hosts: [host],
      http: [
        {
          name: 'idempotent',
          match: [{ method: { regex: IDEMPOTENT_METHODS.join('|') } }],
          route,
          timeout: protoDuration(routes.deadlineMs),
          retries: retries(RETRY_ON_IDEMPOTENT)
        },
        {
          name: 'other-methods',
          route,
          timeout: protoDuration(routes.deadlineMs),
          retries: retries(RETRY_ON_ANY)
        }
      ]
    }
  }
  if (routes.hedgeMs !== undefined)
    notes.push({
      rule: 'mesh-istio-hedging',
      message: `Istio's API has no hedging (Envoy's hedge_policy is not exposed), so the ${routes.hedgeMs} ms hedge applies to multiregion/client and gRPC clients only.`
    })
  notes.push({
    rule: 'mesh-istio-retry-budget',
    message: `Istio has no retry budget; retries in flight are capped at ${destinationRule.spec.trafficPolicy.connectionPool.http.maxRetries} (connectionPool.http.maxRetries) instead of ${routes.retryBudget.ratio * 100}% of requests.`
  })
  const content =
    header(routes.service, 'Istio') +
    [serviceEntry, destinationRule, virtualService].map(d => stringify(d)).join('---\n')
  return { name: GENERATED_FILES.istio, content, notes }
}
