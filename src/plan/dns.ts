import type { Platform, Service } from '../manifest/model.js'
import type { YamlPath } from '../manifest/yaml-source.js'
import { readAnnotations, upsertAnnotations } from '../gitops/annotations.js'
import type { AnnotationAt } from '../gitops/annotations.js'
import { addResources, unlistedResources } from '../gitops/kustomization.js'
import { compileGrpc, declaresGrpc } from '../routing/grpc.js'
import type { CompiledGrpc } from '../routing/grpc.js'
import { compileIstio } from '../routing/istio.js'
import { istioWebhookFindings } from '../routing/istio-webhook.js'
import { compileLinkerd } from '../routing/linkerd.js'
import { meshRoutes } from '../routing/mesh.js'
import type { MeshNote } from '../routing/mesh.js'
import { GENERATED_FILES, regionLayout, SERVICE_FILE } from '../gitops/layout.js'
import { recordAnnotations, withPrefix } from '../routing/annotations.js'
import { compileDns, prefixOf } from '../routing/compile.js'
import type { RegionDnsPlan } from '../routing/compile.js'
import { MANAGED_KEYS } from '../routing/annotations.js'
import type { ManagedKey } from '../routing/annotations.js'
import {
  isGenerated,
  renderDnsEndpoint,
  renderGslb,
  renderRouteTableConfigMap
} from '../routing/resources.js'
import { checkJurisdiction, routeTable } from '../routing/route-table.js'
import { policiesOf, splitByPrefix, validateViews } from '../routing/validate.js'
import type { AnnotationView, Located } from '../routing/validate.js'
import type {
  DnsRecord,
  FileEdit,
  Finding,
  RegionDns,
  RouteTable,
  WeightStep
} from '../schema/generated.js'
import { fileEdit } from './file-edit.js'
import type { EnvRepoFiles } from './env-files.js'

/** What the routing block changes in one region. */
export interface RegionRouting {
  dns: RegionDns
  edits: FileEdit[]
  /** Generated files the region's kustomization must list, added on top of its image pin. */
  resources?: { path: string; names: string[] }
}

export interface RoutingPlan {
  routes?: RouteTable
  regions: Map<string, RegionRouting>
  findings: Finding[]
}

interface RoutingInput {
  service: Service
  platform: Platform
  /** Absent: the environments repository was not read; the records are checked as compiled. */
  files?: EnvRepoFiles
  /** Region -> its wave; only regions being planned. */
  waves: ReadonlyMap<string, number>
  claimed: ReadonlyMap<string, string>
}

const FIELD = 'metadata.annotations'

/**
 * The weights a region is raised through when it is below its target: the
 * steps of spec.routing.shift above its current weight, ending at the
 * target. A region with no weight yet joins at the first step.
 */
export function weightLadder(target: number, shift: readonly number[], current?: number): number[] {
  if (current !== undefined && current >= target) return [target]
  const steps = shift.map(p => Math.round((target * p) / 100)).filter(w => w < target)
  const above = steps.filter(w => current === undefined || w > current)
  return [...new Set([...above, target])]
}

function recordOf(plan: RegionDnsPlan): DnsRecord | undefined {
  if (plan.gslb) {
    const policy = { roundRobin: 'weighted', failover: 'failover', geoip: 'geolocation' } as const
    return {
      name: plan.hostname,
      policy: policy[plan.gslb.type],
      carrier: 'Gslb',
      ttl: plan.gslb.dnsTtlSeconds,
      alias: false
    }
  }
  return plan.service
}

/**
 * Plans the routing block: per region the DNS records, the annotation edit
 * of its Service, the route table's ConfigMap and any DNSEndpoint or Gslb,
 * and the findings of checking every region's annotations together.
 */
export function planRouting(input: RoutingInput): RoutingPlan {
  const { service, platform, files, waves, claimed } = input
  const compiled = compileDns(service, platform)
  const routes = routeTable(service, platform)
  const findings = [...compiled.findings, ...checkJurisdiction(service, platform)]
  const regions = new Map<string, RegionRouting>()
  const result: RoutingPlan = { regions, findings }
  if (!routes) return result
  result.routes = routes
  const manifestAt = (path: YamlPath | undefined): Located => ({
    file: service.file,
    ...service.locate(path ?? ['spec', 'routing'])
  })
  const lastWave = Math.max(0, ...waves.values())
  const views: AnnotationView[] = []
  // The mesh files of every region read every region's location: built once, not once a region.
  let locationsOf: Record<string, string> | undefined
  const locations = () =>
    (locationsOf ??= Object.fromEntries(
      Object.entries(platform.regions).map(([name, r]) => [name, r.location])
    ))

  for (const plan of compiled.regions) {
    const wave = waves.get(plan.region)
    const folder = regionLayout(platform, service.name, plan.region).folder
    const path = `${folder}/${SERVICE_FILE}`
    const text = files?.get(path)
    const edits: FileEdit[] = []
    const dns: RegionDns = {
      provider: plan.provider,
      zone: plan.zone,
      annotationPrefix: plan.prefix,
      file: path,
      records: [],
      annotations: {}
    }
    const record = recordOf(plan)
    let resources: RegionRouting['resources']
    let existing: Map<string, AnnotationAt> | undefined
    let annotationsAt = { line: 1, column: 1 }
    let later: number[] = []
    const onService = record?.carrier === 'Service'
    // A region that publishes nothing from its Service (left out of the policy, or moved to
    // k8gb) must lose what a former policy wrote there, or Route 53 keeps routing to it.
    const cleansService = !onService && plan.provider !== 'none'
    if (onService && files) {
      if (text === undefined) {
        findings.push({
          rule: 'dns-carrier-not-found',
          severity: 'warning',
          message: `${path} does not exist, so ${plan.region} is promoted without ${plan.hostname}'s ExternalDNS annotations. Put the service's Service in ${folder}/${SERVICE_FILE} (and list it in the kustomization's resources), or add them by hand.`,
          ...manifestAt(['spec', 'routing', 'hostname']),
          region: plan.region
        })
      } else {
        const read = readAnnotations(text, path)
        if (read.kind === 'problem') {
          findings.push(fileProblem(read, path, plan.region))
        } else {
          existing = read.annotations
          annotationsAt = { line: read.line, column: read.column }
        }
      }
    } else if (cleansService && text !== undefined) {
      const read = readAnnotations(text, path)
      if (read.kind === 'read') existing = read.annotations
    }
    if (record?.weight !== undefined && service.routing?.shift && wave !== undefined) {
      const current = existing?.get(`${plan.prefix}aws-weight`)?.value
      const ladder = weightLadder(
        record.weight,
        service.routing.shift,
        current === undefined || !/^\d+$/.test(current) ? undefined : Number(current)
      )
      record.weight = ladder[0]!
      later = ladder.slice(1, 1 + Math.max(0, lastWave - wave))
    }
    if (record) dns.records.push(record)
    dns.records.push(...plan.endpoint)
    if (onService) {
      const wanted = recordAnnotations(record)
      dns.annotations = withPrefix(plan.prefix, wanted)
      const keys = new Map<string, { value: string; at: Located }>()
      const { own, foreign } = splitByPrefix(
        existing ?? new Map<string, AnnotationAt>(),
        plan.prefix
      )
      // Keys the compiler owns but no longer sets, such as a former policy's, go.
      const stale = [...own.keys()].filter(
        key => (MANAGED_KEYS as readonly string[]).includes(key) && !(key in wanted)
      )
      const before = policiesOf({ keys: own })
      if (before.length > 0 && !before.includes(record.policy))
        findings.push({
          rule: 'dns-policy-change',
          severity: 'warning',
          message: `${plan.region} changes ${plan.hostname} from ${before.join('+')} to ${record.policy} records. ExternalDNS cannot always turn one into the other in place (external-dns #1411, #4345): run its controllers with --policy=sync, and watch the first region's change apply before the next.`,
          ...manifestAt(['spec', 'routing', 'policy']),
          region: plan.region
        })
      for (const [key, at] of own)
        if (!stale.includes(key)) keys.set(key, { value: at.value, at: { file: path, ...at } })
      for (const [key, value] of Object.entries(wanted))
        keys.set(key, { value, at: manifestAt(plan.origins[key as ManagedKey]) })
      views.push({
        region: plan.region,
        provider: plan.provider,
        zone: plan.zone,
        prefix: plan.prefix,
        at: text === undefined ? manifestAt(['spec', 'routing']) : { file: path, ...annotationsAt },
        keys,
        foreign: foreign.map(([key, at]) => ({
          key,
          at: { file: path, line: at.line, column: at.column }
        }))
      })
      // An unreadable or missing Service has had its finding; only a read one is edited.
      if (text !== undefined && existing !== undefined && wave !== undefined) {
        const upserted = upsertAnnotations(
          text,
          path,
          dns.annotations,
          stale.map(key => `${plan.prefix}${key}`)
        )
        if (upserted.kind === 'problem') findings.push(fileProblem(upserted, path, plan.region))
        else if (upserted.kind === 'edit') {
          edits.push(
            fileEdit(path, text, upserted.text, {
              field: FIELD,
              line: upserted.line,
              before: JSON.stringify(upserted.before),
              after: JSON.stringify(
                Object.fromEntries(
                  Object.keys(upserted.before).map(k => [k, dns.annotations[k] ?? null])
                )
              )
            })
          )
          if (later.length > 0)
            dns.shift = weightSteps(path, plan.prefix, upserted.text, later, wave)
        }
      }
    }
    if (cleansService && text !== undefined && existing !== undefined && wave !== undefined) {
      const { own } = splitByPrefix(existing, plan.prefix)
      const stale = [...own.keys()]
        .filter(key => (MANAGED_KEYS as readonly string[]).includes(key))
        .map(key => `${plan.prefix}${key}`)
      const cleaned = upsertAnnotations(text, path, {}, stale)
      if (cleaned.kind === 'problem') findings.push(fileProblem(cleaned, path, plan.region))
      else if (cleaned.kind === 'edit')
        edits.push(
          fileEdit(path, text, cleaned.text, {
            field: FIELD,
            line: cleaned.line,
            before: JSON.stringify(cleaned.before),
            after: JSON.stringify(Object.fromEntries(stale.map(k => [k, null])))
          })
        )
    }
    for (const endpoint of plan.endpoint)
      views.push(endpointView(endpoint, plan, manifestAt(['spec', 'routing', 'failover'])))
    if (wave !== undefined && files) {
      const grpcPort = text !== undefined && declaresGrpc(text)
      const mesh = meshFiles(platform, routes, plan, manifestAt(undefined), locations(), grpcPort)
      for (const f of mesh.findings)
        if (
          f.region !== undefined ||
          !findings.some(g => g.rule === f.rule && g.message === f.message)
        )
          findings.push(f)
      const generated: [string, string][] = [
        [GENERATED_FILES.routeTable, renderRouteTableConfigMap(routes, plan.region, mesh.grpc)],
        ...mesh.files
      ]
      const formerEndpoint = files.get(`${folder}/${GENERATED_FILES.dnsEndpoint}`)
      if (plan.endpoint.length > 0)
        generated.push([
          GENERATED_FILES.dnsEndpoint,
          renderDnsEndpoint(service.name, plan.endpoint)
        ])
      // A former failover chain's alias records would stay beside the new ones (Route 53 refuses
      // the mix): the file stays, emptied, so ExternalDNS deletes the records it made from it.
      else if (formerEndpoint !== undefined && isGenerated(formerEndpoint))
        generated.push([GENERATED_FILES.dnsEndpoint, renderDnsEndpoint(service.name, [])])
      if (plan.gslb)
        generated.push([GENERATED_FILES.gslb, renderGslb(service.name, plan.hostname, plan.gslb)])
      findings.push(...staleFiles(folder, plan.region, generated, files))
      const written = generatedEdits(input, plan.region, generated, findings)
      edits.push(...written.edits)
      if (written.resources) resources = written.resources
    }
    regions.set(plan.region, resources ? { dns, edits, resources } : { dns, edits })
  }
  if (files) findings.push(...removedRegions(service, platform, files))
  findings.push(...validateViews(views, { claimed, service: service.name }))
  return result
}

/**
 * Generated files a region no longer gets (a Gslb after it left k8gb, mesh
 * files after it left the mesh) that are still in its folder: Argo CD keeps
 * applying them. A plan writes files but deletes none, so the owner removes
 * them; a former k8gb Gslb is an error, since k8gb would keep answering for
 * the name beside Route 53.
 */
function staleFiles(
  folder: string,
  region: string,
  generated: readonly [name: string, content: string][],
  files: EnvRepoFiles
): Finding[] {
  const written = new Set(generated.map(([name]) => name))
  const candidates: [string, Finding['severity'], string][] = [
    [GENERATED_FILES.gslb, 'error', 'k8gb keeps answering for the name beside Route 53'],
    [
      GENERATED_FILES.istio,
      'warning',
      "Istio keeps applying its former routing to the region's calls"
    ],
    [
      GENERATED_FILES.linkerd,
      'warning',
      "Linkerd keeps applying its former routing to the region's calls"
    ]
  ]
  return candidates.flatMap(([name, severity, effect]) => {
    const path = `${folder}/${name}`
    const text = files.get(path)
    if (written.has(name) || text === undefined || !isGenerated(text)) return []
    return [
      {
        rule: 'generated-file-stale',
        severity,
        message: `${path} was generated for ${region} by an earlier plan, but the region no longer gets it, and Argo CD applies it while it is there: ${effect}. Delete the file and its line in the kustomization's resources.`,
        file: path,
        line: 1,
        column: 1,
        region
      }
    ]
  })
}

/**
 * Platform regions the service no longer lists whose Service still publishes
 * a name: the train opens no PR there, so Route 53 keeps sending them
 * traffic, and their records stay beside the service's new ones (a former
 * policy's beside a new one is refused, external-dns #3141).
 */
function removedRegions(service: Service, platform: Platform, files: EnvRepoFiles): Finding[] {
  const findings: Finding[] = []
  for (const region of Object.keys(platform.regions)) {
    if (service.regions.includes(region)) continue
    const folder = regionLayout(platform, service.name, region).folder
    const removed = (path: string, what: string, line: number, column: number) =>
      findings.push({
        rule: 'dns-region-removed',
        severity: 'error',
        message: `${region} is no longer in spec.regions, but ${what}, so its records stay beside the other regions' and keep receiving traffic. Remove it first (${path}), or keep ${region} in spec.regions until its records are gone.`,
        file: path,
        line,
        column,
        region
      })
    const path = `${folder}/${SERVICE_FILE}`
    const text = files.get(path)
    const read = text === undefined ? undefined : readAnnotations(text, path)
    const hostname =
      read?.kind === 'read'
        ? read.annotations.get(`${prefixOf(platform, region)}hostname`)
        : undefined
    if (hostname)
      removed(path, `its Service still publishes ${hostname.value}`, hostname.line, hostname.column)
    // A DNSEndpoint emptied by an earlier plan publishes nothing.
    const endpoint = files.get(`${folder}/${GENERATED_FILES.dnsEndpoint}`)
    if (endpoint !== undefined && isGenerated(endpoint) && endpoint.includes('dnsName:'))
      removed(
        `${folder}/${GENERATED_FILES.dnsEndpoint}`,
        'its DNSEndpoint still carries nested failover records',
        1,
        1
      )
    const gslb = files.get(`${folder}/${GENERATED_FILES.gslb}`)
    if (gslb !== undefined && isGenerated(gslb))
      removed(`${folder}/${GENERATED_FILES.gslb}`, 'its k8gb Gslb still publishes the name', 1, 1)
  }
  return findings
}

/**
 * The region's mesh files (platform spec.routing.mesh, or the region's own
 * mesh) and its gRPC service config, all from the same route table; what a
 * target cannot express becomes an info finding at spec.routing (for gRPC,
 * only when the region's Service has a gRPC port: the config is written
 * anyway, for clients that call it over gRPC later).
 */
function meshFiles(
  platform: Platform,
  routes: RouteTable,
  { region, hostname }: RegionDnsPlan,
  at: Located,
  locations: Record<string, string>,
  grpcPort: boolean
): { files: [string, string][]; grpc: CompiledGrpc; findings: Finding[] } {
  // A region on a name of its own (China's) is called by that name, with that SNI.
  const view = meshRoutes(routes, region, locations, hostname)
  const mesh = platform.regions[region]?.mesh ?? platform.raw.spec.routing?.mesh ?? 'none'
  const target =
    mesh === 'istio' ? compileIstio(view) : mesh === 'linkerd' ? compileLinkerd(view) : undefined
  const grpc = compileGrpc(view)
  const info = (n: MeshNote, where?: string): Finding => ({
    rule: n.rule,
    severity: n.severity ?? 'info',
    message: where ? `${where}: ${n.message}` : n.message,
    ...at,
    ...(where ? { region: where } : {})
  })
  // Istio's webhook is the last word on an Istio file: what it refuses, Argo CD cannot apply.
  const refused: Finding[] =
    mesh === 'istio' && target ? istioWebhookFindings(target.content).map(n => info(n, region)) : []
  return {
    files: target ? [[target.name, target.content]] : [],
    grpc,
    // The gRPC notes read the same in every region: the caller reports them once.
    findings: [
      ...refused,
      ...(target?.notes ?? []).map(n => info(n, region)),
      ...(grpcPort ? grpc.notes.map(n => info(n)) : [])
    ]
  }
}

/**
 * Edits that write generated files whole, and the ones of them the region's
 * kustomization must still list: Argo CD applies only what it lists, so they
 * are added to its resources in the same PR (plan.ts puts that edit on top of
 * the image pin). A kustomization that cannot be extended by a splice gets a
 * finding instead.
 */
function generatedEdits(
  input: RoutingInput,
  region: string,
  generated: readonly [name: string, content: string][],
  findings: Finding[]
): { edits: FileEdit[]; resources?: { path: string; names: string[] } } {
  const { platform, service } = input
  const files = input.files!
  const layout = regionLayout(platform, service.name, region)
  const edits: FileEdit[] = []
  for (const [name, content] of generated) {
    const file = `${layout.folder}/${name}`
    const before = files.get(file)
    if (before === content) continue
    edits.push(
      fileEdit(file, before, content, { field: '(whole file)', line: 1, before: null, after: name })
    )
  }
  // A Helm chart renders what it renders: its files are written next to the values, not listed.
  const path = layout.candidates.find(c => files.has(c))
  if (layout.image !== 'kustomize' || path === undefined) return { edits }
  const text = files.get(path)!
  const names = unlistedResources(
    text,
    generated.map(([name]) => name)
  )
  if (names.length === 0) return { edits }
  const added = addResources(text, names)
  if (added.kind === 'edit') return { edits, resources: { path, names } }
  // An unreadable kustomization is reported by the image pin; one finding is enough.
  if (added.kind === 'problem' && !added.unreadable)
    for (const name of names)
      findings.push({
        rule: 'resource-not-listed',
        severity: 'warning',
        message: `${layout.folder}/${name} is written for ${region}, but ${path} does not list it in resources and multiregion cannot add it (${added.message}), so Argo CD would not apply it. Add "- ${name}" to its resources.`,
        file: path,
        line: 1,
        column: 1,
        region
      })
  return { edits }
}

function fileProblem(
  problem: { rule: string; message: string; line: number },
  file: string,
  region: string
): Finding {
  const { rule, message, line } = problem
  return { rule, severity: 'error', message, file, line, column: 1, region }
}

/** The later weights of a joining region, each an edit of its own on top of the one before, one wave apart. */
function weightSteps(
  path: string,
  prefix: string,
  text: string,
  weights: readonly number[],
  wave: number
): WeightStep[] {
  const key = `${prefix}aws-weight`
  const steps: WeightStep[] = []
  let previous = text
  for (const [i, weight] of weights.entries()) {
    const next = upsertAnnotations(previous, path, { [key]: String(weight) })
    if (next.kind !== 'edit') break
    steps.push({
      wave: wave + i + 1,
      weight,
      edit: fileEdit(path, previous, next.text, {
        field: `${FIELD}[${key}]`,
        line: next.line,
        before: next.before[key] ?? null,
        after: String(weight)
      })
    })
    previous = next.text
  }
  return steps
}

function endpointView(record: DnsRecord, plan: RegionDnsPlan, at: Located): AnnotationView {
  const keys = new Map<string, { value: string; at: Located }>()
  for (const [key, value] of Object.entries(recordAnnotations(record)))
    keys.set(key, { value: value as string, at })
  return {
    region: plan.region,
    provider: plan.provider,
    zone: plan.zone,
    prefix: plan.prefix,
    at,
    keys,
    foreign: []
  }
}
