import { parseFile } from '../gitops/yaml-edit.js'
import { protoDuration } from './mesh.js'
import type { MeshNote, MeshRoutes } from './mesh.js'

/** The key of the gRPC service config in the route-table ConfigMap: retries, which every gRPC language applies. */
export const GRPC_CONFIG_KEY = 'grpc-service-config.json'
/** The key of the hedging variant, for the implementations that apply hedgingPolicy. */
export const GRPC_HEDGING_CONFIG_KEY = 'grpc-service-config.hedging.json'

/**
 * The gRPC implementations that apply a hedgingPolicy: grpc-java
 * (ManagedChannelServiceConfig), grpc-js (src/retrying-call.ts) and
 * grpc-dotnet (Grpc.Net.Client HedgingPolicy). grpc-go has no hedging
 * field in its service config (service_config.go, jsonMC) and C-core, under
 * C++, Python, Ruby and PHP, implements retries only (gRFC A6 status): both
 * ignore hedgingPolicy, and a method that carries it has no retryPolicy, so
 * they would lose every retry.
 */
export const HEDGING_LANGUAGES = ['Java', 'Node.js (grpc-js)', '.NET (Grpc.Net.Client)'] as const

/** gRPC caps attempts at 5 (gRFC A6); more are clamped by every client. */
const MAX_ATTEMPTS = 5

export interface GrpcServiceConfig {
  methodConfig: Record<string, unknown>[]
  retryThrottling: { maxTokens: number; tokenRatio: number }
}

export interface CompiledGrpc {
  /** Retries: what every gRPC language applies (GRPC_CONFIG_KEY). */
  config: GrpcServiceConfig
  /** Hedging, for HEDGING_LANGUAGES only (GRPC_HEDGING_CONFIG_KEY); absent without a hedge. */
  hedging?: GrpcServiceConfig
  notes: MeshNote[]
}

/**
 * gRPC service configs (github.com/grpc/grpc/blob/master/doc/service_config.md,
 * gRFC A6 for retries and hedging): the deadline as the method timeout,
 * retries across the attempts, only on UNAVAILABLE, and retryThrottling as
 * the retry budget, for every language; with a hedge, a second config whose
 * method hedges instead, for the languages that apply hedging. A method
 * carries a retryPolicy or a hedgingPolicy, never both (gRFC A6).
 */
export function compileGrpc(routes: MeshRoutes): CompiledGrpc {
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
  // Each failure takes a token, each success gives tokenRatio back; retries stop at or below half of maxTokens.
  const retryThrottling = {
    maxTokens: Math.min(1000, Math.max(2, 2 * routes.retryBudget.minPerSecond)),
    tokenRatio: routes.retryBudget.ratio
  }
  const retrying: Record<string, unknown> =
    attempts > 1
      ? {
          ...method,
          retryPolicy: {
            maxAttempts: attempts,
            initialBackoff: '0.05s',
            maxBackoff: protoDuration(Math.max(50, routes.timeoutMs)),
            backoffMultiplier: 2,
            retryableStatusCodes: ['UNAVAILABLE']
          }
        }
      : method
  notes.push({
    rule: 'grpc-attempt-timeout',
    message: `gRPC has no per-attempt timeout: the ${routes.deadlineMs} ms deadline bounds all attempts, and the ${routes.timeoutMs} ms attempt timeout is not enforced per attempt.`
  })
  notes.push({
    rule: 'grpc-retry-budget-floor',
    message: `gRPC's retryThrottling has no per-second floor: the budget's ${routes.retryBudget.minPerSecond} retries a second are lost, so after ${retryThrottling.maxTokens / 2} failures more than successes repay (each success gives back ${retryThrottling.tokenRatio} of a token), gRPC clients stop retrying until enough requests succeed, however little traffic there is; multiregion/client keeps retrying at ${routes.retryBudget.minPerSecond} a second.`
  })
  const compiled: CompiledGrpc = {
    config: { methodConfig: [retrying], retryThrottling },
    notes
  }
  if (attempts > 1 && routes.hedgeMs !== undefined) {
    compiled.hedging = {
      methodConfig: [
        {
          ...method,
          hedgingPolicy: {
            maxAttempts: attempts,
            hedgingDelay: protoDuration(routes.hedgeMs),
            nonFatalStatusCodes: ['UNAVAILABLE']
          }
        }
      ],
      retryThrottling
    }
    notes.push({
      rule: 'grpc-hedging-languages',
      message: `The ${routes.hedgeMs} ms hedge is in ${GRPC_HEDGING_CONFIG_KEY}, for ${HEDGING_LANGUAGES.join(', ')}, which apply hedgingPolicy; ${GRPC_CONFIG_KEY} retries instead, because grpc-go and C-core (C++, Python, Ruby, PHP) ignore hedgingPolicy and would lose every retry.`
    })
  }
  return compiled
}

/**
 * Whether a Kubernetes Service serves gRPC: a port whose appProtocol is grpc
 * (Kubernetes' Service.spec.ports[].appProtocol), or whose name is grpc or
 * grpc-<suffix>, the naming Istio reads a port's protocol from
 * (istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/).
 * Only then does what the gRPC service config cannot express concern the owner.
 */
export function declaresGrpc(serviceYaml: string): boolean {
  // The parse every other read of this file shares (yaml-edit.ts).
  const file = parseFile(serviceYaml)
  if ('error' in file) return false
  let doc: unknown
  try {
    doc = file.doc.toJS({ maxAliasCount: 100 })
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
