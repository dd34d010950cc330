import { parseAllDocuments } from 'yaml'
import type { MeshNote } from './mesh.js'

/*
 * The rules of Istio's validating webhook (istiod refuses the object, so
 * Argo CD cannot apply the region) that bear on the three kinds the toolkit
 * writes. A CRD schema checks types; these check what the schema cannot.
 * Ported from istio/istio at 86c9f01fd735 (2026-08-22), read only:
 *   V = pkg/config/validation/validation.go
 *   A = pkg/config/validation/agent/validation.go
 *   S = pkg/config/validation/virtualservice.go
 * Each rule names the function it comes from; the message is Istio's own.
 */

type Doc = Record<string, unknown>
type Report = (rule: string, where: string, message: string) => void

/** Each rule the port knows, with the Istio function it comes from. */
export const ISTIO_WEBHOOK_RULES = {
  'istio-duration': 'A ValidateDuration',
  'istio-connect-timeout': 'A ValidateConnectTimeout',
  'istio-retry-attempts': 'A ValidateHTTPRetry',
  'istio-retry-disabled': 'A ValidateHTTPRetry',
  'istio-retry-on': 'A ValidateHTTPRetry',
  'istio-locality-exclusive': 'A ValidateLocalityLbSetting',
  'istio-locality-failover': 'A ValidateLocalityLbSetting',
  'istio-failover-outlier': 'A ValidateLocalityLbSetting',
  'istio-traffic-policy-empty': 'V validateTrafficPolicy',
  'istio-outlier-percent': 'V validateOutlierDetection',
  'istio-connection-pool': 'V validateConnectionPool',
  'istio-host': 'V ValidateVirtualService, ValidateServiceEntry, validateDestination',
  'istio-virtual-service-routes': 'V ValidateVirtualService',
  'istio-destination-weight': 'V validateHTTPRouteDestinations',
  'istio-port': 'A ValidatePort; V ValidateServiceEntry',
  'istio-service-entry-endpoint': 'V ValidateServiceEntry',
  'istio-label': 'V ValidateServiceEntry (labels.Instance.Validate)'
} as const
export type IstioWebhookRule = keyof typeof ISTIO_WEBHOOK_RULES

/** Envoy's x-envoy-retry-on and x-envoy-retry-grpc-on policies Istio accepts (A supportedRetryOnPolicies). */
const RETRY_ON = new Set([
  '5xx',
  'gateway-error',
  'reset',
  'reset-before-request',
  'connect-failure',
  'retriable-4xx',
  'refused-stream',
  'retriable-status-codes',
  'retriable-headers',
  'envoy-ratelimited',
  'http3-post-connect-failure',
  'cancelled',
  'deadline-exceeded',
  'internal',
  'resource-exhausted',
  'unavailable'
])

/** Status codes Go's net/http StatusText names (A ValidateHTTPRetry accepts a number only if it has a text). */
const HTTP_STATUS = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
  305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
  416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505,
  506, 507, 508, 510, 511
])

const TOPOLOGY_LABELS = new Set([
  'topology.kubernetes.io/region',
  'topology.kubernetes.io/zone',
  'topology.istio.io/subzone'
])

const PROTOCOLS = new Set([
  'HTTP',
  'HTTPS',
  'GRPC',
  'GRPC-WEB',
  'HTTP2',
  'MONGO',
  'REDIS',
  'MYSQL',
  'TCP',
  'TLS',
  'UDP',
  'HBONE',
  'DoubleHBONE'
])

const obj = (v: unknown): Doc | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc) : undefined
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** A protobuf JSON duration ("1.5s") in nanoseconds, or undefined when it is not one. */
function durationNs(value: unknown): bigint | undefined {
  if (typeof value !== 'string') return undefined
  const m = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(value)
  if (!m) return undefined
  const ns = BigInt(m[2]!) * 1_000_000_000n + BigInt((m[3] ?? '').padEnd(9, '0'))
  return m[1] ? -ns : ns
}

/** A ValidateDuration: at least 1 ms, in whole milliseconds. */
function checkDuration(value: unknown, where: string, report: Report): bigint | undefined {
  if (value === undefined) return undefined
  const ns = durationNs(value)
  if (ns === undefined) {
    report('istio-duration', where, `${String(value)} is not a duration`)
    return undefined
  }
  if (ns < 1_000_000n) report('istio-duration', where, 'duration must be greater than 1ms')
  else if (ns % 1_000_000n !== 0n)
    report('istio-duration', where, 'only durations to ms precision are supported')
  return ns
}

/** A ValidatePort. */
function checkPort(value: unknown, where: string, report: Report): void {
  if (!(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535))
    report('istio-port', where, `port number ${String(value)} must be in the range 1..65535`)
}

/** A ValidateWildcardDomain ("*" alone is a valid wildcard there), reduced to what a generated name can get wrong. */
function checkHost(value: unknown, where: string, report: Report): void {
  if (value === '*') return
  if (typeof value !== 'string' || value === '')
    report('istio-host', where, `invalid host ${String(value)}`)
  else if (value.length > 255)
    report('istio-host', where, `domain name "${value}" too long (max 255)`)
  else if (
    value
      .split('.')
      .some((l, i) => !(i === 0 && l === '*') && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/i.test(l))
  )
    report('istio-host', where, `domain name "${value}" invalid (label is not a DNS-1123 label)`)
}

/** Kubernetes label keys and values (labels.Instance.Validate). */
function checkLabels(labels: unknown, where: string, report: Report): void {
  for (const [key, value] of Object.entries(obj(labels) ?? {})) {
    const slash = key.lastIndexOf('/')
    const [prefix, name] = slash === -1 ? ['', key] : [key.slice(0, slash), key.slice(slash + 1)]
    const qualified = /^([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$/
    if (
      !qualified.test(name) ||
      (slash !== -1 && !/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(prefix))
    )
      report('istio-label', `${where}.${key}`, `invalid label key ${key}`)
    if (
      typeof value !== 'string' ||
      !/^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/.test(value)
    )
      report('istio-label', `${where}.${key}`, `invalid label value ${String(value)}`)
  }
}

/** A ValidateHTTPRetry. */
function checkRetry(retries: Doc | undefined, where: string, report: Report): void {
  if (!retries) return
  const attempts = (retries.attempts as number | undefined) ?? 0
  if (attempts < 0) report('istio-retry-attempts', where, 'attempts cannot be negative')
  if (
    attempts === 0 &&
    (retries.perTryTimeout !== undefined ||
      (retries.retryOn ?? '') !== '' ||
      retries.retryRemoteLocalities !== undefined)
  )
    report(
      'istio-retry-disabled',
      where,
      'http retry policy configured when attempts are set to 0 (disabled)'
    )
  checkDuration(retries.perTryTimeout, `${where}.perTryTimeout`, report)
  if (typeof retries.retryOn === 'string' && retries.retryOn !== '')
    for (const policy of retries.retryOn.split(','))
      if (!RETRY_ON.has(policy) && !(/^\d+$/.test(policy) && HTTP_STATUS.has(Number(policy))))
        report('istio-retry-on', where, `"${policy}" is not a valid retryOn policy`)
  checkDuration(retries.backoff, `${where}.backoff`, report)
}

function checkVirtualService(spec: Doc, report: Report): void {
  const hosts = list(spec.hosts)
  hosts.forEach((h, i) => {
    checkHost(h, `spec.hosts[${i}]`, report)
    if (h === '*' && list(spec.gateways).length === 0)
      report(
        'istio-host',
        `spec.hosts[${i}]`,
        'wildcard host * is not allowed for virtual services bound to the mesh gateway'
      )
  })
  const http = list(spec.http)
  if (http.length === 0 && list(spec.tcp).length === 0 && list(spec.tls).length === 0)
    report(
      'istio-virtual-service-routes',
      'spec',
      'http, tcp or tls must be provided in virtual service'
    )
  http.forEach((route, i) => {
    const r = obj(route) ?? {}
    const where = `spec.http[${i}]`
    checkRetry(obj(r.retries), `${where}.retries`, report)
    checkDuration(r.timeout, `${where}.timeout`, report)
    const destinations = list(r.route)
    let total = 0
    destinations.forEach((d, j) => {
      const destination = obj(obj(d)?.destination)
      if (!destination) {
        report('istio-destination-weight', `${where}.route[${j}]`, 'destination is required')
        return
      }
      if (destination.host === '*')
        report('istio-host', `${where}.route[${j}].destination.host`, 'invalid destination host *')
      else checkHost(destination.host, `${where}.route[${j}].destination.host`, report)
      const number = obj(destination.port)?.number
      if (number !== undefined) checkPort(number, `${where}.route[${j}].destination.port`, report)
      const weight = (obj(d)?.weight as number | undefined) ?? 0
      if (weight < 0) report('istio-destination-weight', `${where}.route[${j}]`, 'weight -1 < 0')
      total += weight
    })
    if (destinations.length > 1 && total === 0)
      report('istio-destination-weight', where, 'total destination weight = 0')
  })
}

function checkDestinationRule(spec: Doc, report: Report): void {
  checkHost(spec.host, 'spec.host', report)
  const policy = obj(spec.trafficPolicy)
  if (!policy) return
  if (Object.keys(policy).length === 0) {
    report(
      'istio-traffic-policy-empty',
      'spec.trafficPolicy',
      'traffic policy must have at least one field'
    )
    return
  }
  const outlier = obj(policy.outlierDetection)
  if (outlier) {
    checkDuration(
      outlier.baseEjectionTime,
      'spec.trafficPolicy.outlierDetection.baseEjectionTime',
      report
    )
    checkDuration(outlier.interval, 'spec.trafficPolicy.outlierDetection.interval', report)
    for (const field of ['maxEjectionPercent', 'minHealthPercent'])
      if (
        outlier[field] !== undefined &&
        !((outlier[field] as number) >= 0 && (outlier[field] as number) <= 100)
      )
        report(
          'istio-outlier-percent',
          `spec.trafficPolicy.outlierDetection.${field}`,
          'percentage must be in range [0..100]'
        )
  }
  const pool = obj(policy.connectionPool)
  if (pool) {
    const [http, tcp] = [obj(pool.http), obj(pool.tcp)]
    if (!http && !tcp)
      report(
        'istio-connection-pool',
        'spec.trafficPolicy.connectionPool',
        'connection pool must have at least one field'
      )
    for (const field of [
      'http1MaxPendingRequests',
      'http2MaxRequests',
      'maxRequestsPerConnection',
      'maxRetries',
      'maxConcurrentStreams'
    ])
      if (((http?.[field] as number | undefined) ?? 0) < 0)
        report(
          'istio-connection-pool',
          `spec.trafficPolicy.connectionPool.http.${field}`,
          `${field} must be non-negative`
        )
    if (((tcp?.maxConnections as number | undefined) ?? 0) < 0)
      report(
        'istio-connection-pool',
        'spec.trafficPolicy.connectionPool.tcp.maxConnections',
        'max connections must be non-negative'
      )
    const connect = checkDuration(
      tcp?.connectTimeout,
      'spec.trafficPolicy.connectionPool.tcp.connectTimeout',
      report
    )
    // A ValidateConnectTimeout: connectTimeoutMax = time.Hour.
    if (connect !== undefined && connect > 3_600_000_000_000n)
      report(
        'istio-connect-timeout',
        'spec.trafficPolicy.connectionPool.tcp.connectTimeout',
        'time must be >1ms and <1h0m0s'
      )
  }
  const locality = obj(obj(policy.loadBalancer)?.localityLbSetting)
  if (!locality) return
  const where = 'spec.trafficPolicy.loadBalancer.localityLbSetting'
  const failover = list(locality.failover).map(f => obj(f) ?? {})
  const priority = list(locality.failoverPriority) as string[]
  if (list(locality.distribute).length > 0 && failover.length > 0)
    report(
      'istio-locality-exclusive',
      where,
      "can not simultaneously specify 'distribute' and 'failover'"
    )
  if (failover.length > 0)
    for (const label of priority)
      if (TOPOLOGY_LABELS.has(label))
        report(
          'istio-locality-exclusive',
          where,
          `can not simultaneously set 'failover' and topology label '${label}' in 'failover_priority'`
        )
  if ((failover.length > 0 || priority.length > 0) && !outlier)
    report(
      'istio-failover-outlier',
      where,
      'outlier detection policy must be provided for failover'
    )
  failover.forEach((f, i) => {
    const [from, to] = [String(f.from ?? ''), String(f.to ?? '')]
    if (from === to)
      report(
        'istio-locality-failover',
        `${where}.failover[${i}]`,
        'locality lb failover settings must specify different regions'
      )
    if (from.includes('/') || to.includes('/'))
      report(
        'istio-locality-failover',
        `${where}.failover[${i}]`,
        'locality lb failover only specify region'
      )
    if (from.includes('*') || to.includes('*'))
      report(
        'istio-locality-failover',
        `${where}.failover[${i}]`,
        "locality lb failover region should not contain '*' wildcard"
      )
  })
}

function checkServiceEntry(spec: Doc, report: Report): void {
  const hosts = list(spec.hosts)
  if (hosts.length === 0)
    report('istio-host', 'spec.hosts', 'service entry must have at least one host')
  hosts.forEach((h, i) =>
    h === '*'
      ? report('istio-host', `spec.hosts[${i}]`, 'invalid host *')
      : checkHost(h, `spec.hosts[${i}]`, report)
  )
  const names = new Set<string>()
  const numbers = new Set<number>()
  list(spec.ports).forEach((p, i) => {
    const port = obj(p) ?? {}
    const where = `spec.ports[${i}]`
    if (names.has(String(port.name)))
      report('istio-port', where, `service entry port name "${String(port.name)}" already defined`)
    if (numbers.has(port.number as number))
      report('istio-port', where, `service entry port ${String(port.number)} already defined`)
    names.add(String(port.name))
    numbers.add(port.number as number)
    checkPort(port.number, `${where}.number`, report)
    if (port.targetPort !== undefined) checkPort(port.targetPort, `${where}.targetPort`, report)
    if (!PROTOCOLS.has(String(port.protocol)))
      report('istio-port', `${where}.protocol`, `unrecognized protocol ${String(port.protocol)}`)
  })
  const resolution = spec.resolution ?? 'NONE'
  const endpoints = list(spec.endpoints).map(e => obj(e) ?? {})
  if (resolution === 'NONE' && endpoints.length > 0)
    report(
      'istio-service-entry-endpoint',
      'spec.endpoints',
      'no endpoints should be provided for resolution type none'
    )
  if (resolution === 'DNS_ROUND_ROBIN' && endpoints.length > 1)
    report(
      'istio-service-entry-endpoint',
      'spec.endpoints',
      'there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN'
    )
  endpoints.forEach((e, i) => {
    const where = `spec.endpoints[${i}]`
    const address = String(e.address ?? '')
    const ip = /^[0-9.]+$/.test(address) || address.includes(':')
    if (
      resolution !== 'STATIC' &&
      !ip &&
      !/^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)*[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/i.test(address)
    )
      report(
        'istio-service-entry-endpoint',
        where,
        `endpoint address "${address}" is not a valid FQDN or an IP address`
      )
    checkLabels(e.labels, `${where}.labels`, report)
    for (const [name, port] of Object.entries(obj(e.ports) ?? {})) {
      if (!names.has(name))
        report(
          'istio-service-entry-endpoint',
          `${where}.ports.${name}`,
          `endpoint port ${String(port)} is not defined by the service entry`
        )
      checkPort(port, `${where}.ports.${name}`, report)
    }
  })
}

/** Istio answers these with a warning (WrapWarning) and applies the object; the rest it refuses. */
const WARNINGS = new Set<string>(['istio-failover-outlier'])

export interface WebhookFinding extends MeshNote {
  severity: 'error' | 'warning'
}

/**
 * Every webhook rule a generated Istio file breaks, one each, naming the
 * object and field: what istiod would answer Argo CD's apply with.
 */
export function istioWebhookFindings(content: string): WebhookFinding[] {
  const notes: WebhookFinding[] = []
  for (const document of parseAllDocuments(content)) {
    const doc = obj(document.toJS()) ?? {}
    const spec = obj(doc.spec) ?? {}
    const name = `${String(doc.kind)} ${String(obj(doc.metadata)?.name)}`
    const report: Report = (rule, where, message) =>
      notes.push({
        rule,
        severity: WARNINGS.has(rule) ? 'warning' : 'error',
        message: `Istio's webhook would ${WARNINGS.has(rule) ? 'warn about' : 'refuse'} ${name} (${where}): "${message}" (istio/istio ${ISTIO_WEBHOOK_RULES[rule as IstioWebhookRule]}).`
      })
    if (doc.kind === 'VirtualService') checkVirtualService(spec, report)
    else if (doc.kind === 'DestinationRule') checkDestinationRule(spec, report)
    else if (doc.kind === 'ServiceEntry') checkServiceEntry(spec, report)
  }
  return notes
}
