import { parse } from 'yaml'
import { protoDuration } from './mesh.js'
import type { MeshNote, MeshRoutes } from './mesh.js'

/** The key of the gRPC service config in the route-table ConfigMap. */
export const GRPC_CONFIG_KEY = 'grpc-service-config.json'

/** gRPC caps attempts at 5 (gRFC A6); more are clamped by every client. */
const MAX_ATTEMPTS = 5

export interface GrpcServiceConfig {
  methodConfig: Record<string, unknown>[]
  retryThrottling: { maxTokens: number; tokenRatio: number }
}

/**
 * A gRPC service config (github.com/grpc/grpc/blob/master/doc/service_config.md,
 * gRFC A6 for retries and hedging) that every gRPC client reads: the
 * deadline as the method timeout, retries or hedging across the attempts,
 * only on UNAVAILABLE, and retryThrottling as the retry budget.
 */
export function compileGrpc(routes: MeshRoutes): { config: GrpcServiceConfig; notes: MeshNote[] } {
  const notes: MeshNote[] = []
  const attempts = Math.min(MAX_ATTEMPTS, routes.retries + 1)
  if (routes.retries + 1 > MAX_ATTEMPTS)
    notes.push({
      rule: 'grpc-max-attempts',
      message: `gRPC allows at most ${MAX_ATTEMPTS} attempts, so ${routes.retries} retries become ${MAX_ATTEMPTS - 1}.`
    })
  const method: Record<string, unknown> = {
    // An empty name matches every method of every service on the channel.
    name: [{}],
    timeout: protoDuration(routes.deadlineMs)
  }
  if (attempts > 1 && routes.hedgeMs !== undefined)
    method.hedgingPolicy = {
      maxAttempts: attempts,
      hedgingDelay: protoDuration(routes.hedgeMs),
      nonFatalStatusCodes: ['UNAVAILABLE']
    }
  else if (attempts > 1)
    method.retryPolicy = {
      maxAttempts: attempts,
      initialBackoff: '0.05s',
      maxBackoff: protoDuration(Math.max(50, routes.timeoutMs)),
      backoffMultiplier: 2,
      retryableStatusCodes: ['UNAVAILABLE']
    }
  notes.push({
    rule: 'grpc-attempt-timeout',
    message: `gRPC has no per-attempt timeout: the ${routes.deadlineMs} ms deadline bounds all attempts, and the ${routes.timeoutMs} ms attempt timeout is not enforced per attempt.`
  })
  return {
    config: {
      methodConfig: [method],
      // Each failure takes a token, each success gives tokenRatio back; retries stop below half of maxTokens.
      retryThrottling: {
        maxTokens: Math.min(1000, Math.max(2, 2 * routes.retryBudget.minPerSecond)),
        tokenRatio: routes.retryBudget.ratio
      }
    },
    notes
  }
}

/**
 * Whether a Kubernetes Service serves gRPC: a port whose appProtocol is grpc
 * (Kubernetes' Service.spec.ports[].appProtocol), or whose name is grpc or
 * grpc-<suffix>, the naming Istio reads a port's protocol from
 * (istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/).
 * Only then does what the gRPC service config cannot express concern the owner.
 */
export function declaresGrpc(serviceYaml: string): boolean {
  let doc: unknown
  try {
    doc = parse(serviceYaml)
  } catch {
    return false
  }
  const ports = (doc as { spec?: { ports?: unknown } } | null)?.spec?.ports
  if (!Array.isArray(ports)) return false
  return ports.some((port: { name?: unknown; appProtocol?: unknown } | null) => {
    const name = typeof port?.name === 'string' ? port.name : ''
    return port?.appProtocol === 'grpc' || name === 'grpc' || name.startsWith('grpc-')
  })
}
