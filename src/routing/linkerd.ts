import { stringify } from 'yaml'
import { GENERATED_FILES } from '../gitops/layout.js'
import { IDEMPOTENT_METHODS, MANAGED_BY, header } from './mesh.js'
import type { MeshFile, MeshNote, MeshRoutes } from './mesh.js'

/**
 * A Linkerd ServiceProfile for the shared name: idempotent methods are
 * retryable, others not; every route has the deadline as its timeout; the
 * retry budget is the route table's. Linkerd matches a request to the first
 * route whose condition it meets, so the idempotent route comes first and
 * the catch-all last (linkerd.io/2/reference/service-profiles/).
 */
export function compileLinkerd(routes: MeshRoutes): MeshFile {
  const timeout = `${routes.deadlineMs}ms`
  const profile = {
    apiVersion: 'linkerd.io/v1alpha2',
    kind: 'ServiceProfile',
    // A ServiceProfile applies to the authority its name spells: the name clients call.
    metadata: { name: routes.hostname, labels: MANAGED_BY },
    spec: {
      routes: [
        {
          name: 'idempotent',
          condition: { any: IDEMPOTENT_METHODS.map(method => ({ method })) },
          isRetryable: true,
          timeout
        },
        { name: 'other-methods', condition: { pathRegex: '.*' }, isRetryable: false, timeout }
      ],
      retryBudget: {
        retryRatio: routes.retryBudget.ratio,
        minRetriesPerSecond: routes.retryBudget.minPerSecond,
        ttl: '10s'
      }
    }
  }
  const notes: MeshNote[] = [
    {
      rule: 'mesh-linkerd-external-profile',
      severity: 'warning',
      message: `The ServiceProfile is for ${routes.hostname}, a name outside the cluster domain: the Linkerd proxy looks such profiles up only when its callers run with proxy.enableExternalProfiles=true (Helm value) or the pod annotation config.linkerd.io/enable-external-profiles: "true" (otherwise LINKERD2_PROXY_DESTINATION_PROFILE_SUFFIXES is svc.<cluster domain>.; linkerd2 charts/partials/templates/_proxy.tpl), and only for callers in the ServiceProfile's namespace. Without that, its retries and timeouts do nothing: ask the platform team to set it for ${routes.service}'s callers.`
    },
    {
      rule: 'mesh-linkerd-attempt-timeout',
      message: `Linkerd's route timeout covers the whole request, retries included, so it is the ${routes.deadlineMs} ms deadline; the ${routes.timeoutMs} ms attempt timeout and the attempt count (${routes.retries} retries) are left to the retry budget.`
    },
    {
      rule: 'mesh-linkerd-failover-order',
      message: `A ServiceProfile does not order regions: cross-region failover (${routes.order.join(' → ')}) needs linkerd-failover or the DNS records.`
    }
  ]
  const tls = routes.order.filter(r => routes.endpoints[r]?.startsWith('https:'))
  if (tls.length > 0)
    notes.push({
      rule: 'mesh-linkerd-tls-origination',
      severity: 'warning',
      message: `The endpoints of ${tls.join(', ')} are https, and Linkerd does not originate TLS: the application's TLS reaches the proxy as opaque bytes, so no route of the ServiceProfile matches and none of its retries or timeouts apply (linkerd.io/2/features/protocol-detection). They hold only for plain HTTP endpoints (the platform's spec.regions.<region>.dns.endpoint); otherwise multiregion/client and the gRPC service config carry the rules.`
    })
  if (routes.hedgeMs !== undefined)
    notes.push({
      rule: 'mesh-linkerd-hedging',
      message: `Linkerd has no hedging, so the ${routes.hedgeMs} ms hedge applies to multiregion/client and gRPC clients only.`
    })
  return {
    name: GENERATED_FILES.linkerd,
    content: header(routes.service, 'Linkerd') + stringify(profile),
    notes
  }
}
