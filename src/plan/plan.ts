import { DEFAULTS } from '../manifest/model.js'
import type { FileEdit, Finding, Plan, RegionPlan } from '../schema/generated.js'
import { pinHelm, pinKustomize } from '../gitops/image-pin.js'
import { CAPACITY_FILE, CAPACITY_PATCH_FILE, regionLayout } from '../gitops/layout.js'
import { addResources, unlistedResources } from '../gitops/kustomization.js'
import { DATA_MAP_FILE, dataMapFile, renderDataMapConfigMap } from '../data/data-map.js'
import { fileEdit, sha256, unifiedDiff } from './file-edit.js'
import type { RoutingPlan } from './dns.js'
import type { DataPlan } from '../data/plan-data.js'
import { checkService, sortFindings } from './check.js'
import type { CheckInput } from './check.js'
import type { EnvRepoFiles } from './env-files.js'
import { pinText } from './release.js'
import type { RegionCapacity } from '../capacity/resolve.js'
import { renderCapacityObjects, renderCapacityPatch } from '../capacity/render.js'
import { addPatch } from '../gitops/patches.js'
import { capacityPlan } from '../capacity/summary.js'
import type { Release } from './release.js'

export type { EnvRepoFiles } from './env-files.js'

export const PLAN_VERSION = 1

export interface PlanInput extends CheckInput {
  release: Release
  files: EnvRepoFiles
}

function template(value: string, service: string, region: string): string {
  return value.replaceAll('{service}', service).replaceAll('{region}', region)
}

/** Plans one region: which file changes and how, or the finding that blocks it. */
function planRegion(
  input: PlanInput,
  region: string,
  wave: number,
  findings: Finding[],
  data: DataPlan | undefined
): RegionPlan {
  const { service, platform, release, files } = input
  const settings = platform.regions[region]!
  const layout = regionLayout(platform, service.name, region)
  const target = pinText(release.pin)
  const base: RegionPlan = {
    name: region,
    wave,
    location: settings.location,
    jurisdiction: settings.jurisdiction,
    action: 'blocked',
    current: null,
    target,
    approvals: Math.max(service.train.approvals, settings.approvals ?? 0),
    argocd: {
      server: settings.argocd.server,
      app: template(settings.argocd.app ?? DEFAULTS.argocdApp, service.name, region),
      project: settings.argocd.project ?? DEFAULTS.argocdProject
    },
    folder: layout.folder,
    edits: []
  }
  const regionData = data?.regions.get(region)
  if (regionData) base.data = regionData
  const path = layout.candidates.find(candidate => files.has(candidate))
  // A missing file is a finding of checkService; the region is blocked here.
  if (path === undefined) return base
  const text = files.get(path)!
  const pinned =
    layout.image === 'helm'
      ? pinHelm(text, service.image, release.pin, path)
      : pinKustomize(text, service.image, release.pin, path)
  switch (pinned.kind) {
    case 'current':
      return { ...base, action: 'current', current: pinned.current }
    case 'problem':
      findings.push({
        rule: pinned.rule,
        severity: 'error',
        message: pinned.message,
        file: path,
        line: pinned.line,
        column: 1,
        region
      })
      return { ...base, current: pinned.current }
    case 'edit': {
      const edit: FileEdit = {
        path,
        field: pinned.field,
        line: pinned.line,
        before: pinned.before,
        after: pinned.after,
        baseSha256: sha256(text),
        content: pinned.text,
        diff: unifiedDiff(path, text, pinned.text)
      }
      return { ...base, action: 'promote', current: pinned.before, edits: [edit] }
    }
  }
}

/**
 * Adds a region's routing edits after its image edit. A region with an error
 * finding of its own is blocked: nothing of it is promoted until it is fixed.
 */
function withRouting(
  region: RegionPlan,
  routing: RoutingPlan,
  findings: Finding[],
  files: EnvRepoFiles
): RegionPlan {
  const planned = routing.regions.get(region.name)
  if (!planned) return region
  const result: RegionPlan = { ...region, dns: planned.dns }
  if (findings.some(f => f.region === region.name && f.severity === 'error'))
    return { ...result, action: 'blocked', edits: [] }
  const edits = [...region.edits, ...planned.edits]
  // The kustomization lists the generated files in the same PR, on top of its image pin.
  if (planned.resources)
    listResources(edits, files, planned.resources.path, planned.resources.names)
  return { ...result, edits, action: edits.length > 0 ? 'promote' : 'current' }
}

/**
 * Adds the region's data map (the `<service>-data` ConfigMap multiregion/data
 * reads) and lists it in the kustomization, on top of the region's other
 * edits. A blocked region, or one the service does not run, gets nothing.
 */
function withDataMap(region: RegionPlan, data: DataPlan | undefined, input: PlanInput): RegionPlan {
  if (!data || region.action === 'blocked' || !data.regions.has(region.name)) return region
  const { files, platform, service } = input
  const layout = regionLayout(platform, service.name, region.name)
  const file = `${layout.folder}/${DATA_MAP_FILE}`
  const content = renderDataMapConfigMap(dataMapFile(data.model, region.name))
  const before = files.get(file)
  if (before === content) return region
  const edits = [
    ...region.edits,
    fileEdit(file, before, content, {
      field: '(whole file)',
      line: 1,
      before: null,
      after: DATA_MAP_FILE
    })
  ]
  const path = layout.candidates.find(c => files.has(c))
  if (layout.image === 'kustomize' && path !== undefined)
    listResources(edits, files, path, [DATA_MAP_FILE])
  return { ...region, edits, action: 'promote' }
}

/**
 * Adds the region's capacity files (HorizontalPodAutoscaler and
 * PodDisruptionBudget, the Deployment patch of replicas and requests) and
 * lists them in its kustomization, in the same PR as its other edits, so a
 * capacity change travels through the same waves and gates. Kustomize
 * layouts only: a Helm chart's values have no common shape for them.
 */
function withCapacity(
  region: RegionPlan,
  capacity: RegionCapacity | undefined,
  input: PlanInput,
  findings: Finding[]
): RegionPlan {
  // A capacity the region cannot hold (its own traffic, the quota) is not promoted.
  if (
    findings.some(
      f => f.region === region.name && f.severity === 'error' && f.rule.startsWith('capacity-')
    )
  )
    return { ...region, action: 'blocked', edits: [] }
  if (!capacity || region.action === 'blocked') return region
  const { files, platform, service } = input
  const layout = regionLayout(platform, service.name, region.name)
  const path = layout.candidates.find(c => files.has(c))
  if (layout.image !== 'kustomize' || path === undefined) return region
  const edits = [...region.edits]
  const write = (name: string, content: string) => {
    const file = `${layout.folder}/${name}`
    const before = files.get(file)
    if (before !== content)
      edits.push(
        fileEdit(file, before, content, {
          field: '(whole file)',
          line: 1,
          before: null,
          after: name
        })
      )
  }
  const objects = renderCapacityObjects(capacity)
  if (objects !== undefined) {
    write(CAPACITY_FILE, objects)
    listResources(edits, files, path, [CAPACITY_FILE])
  }
  write(CAPACITY_PATCH_FILE, renderCapacityPatch(capacity))
  const base = edits.findLast(e => e.path === path)?.content ?? files.get(path)!
  const patched = addPatch(base, CAPACITY_PATCH_FILE)
  if (patched.kind === 'problem') {
    findings.push({
      rule: 'capacity-patch-unlisted',
      severity: 'error',
      message: `${path} cannot list ${CAPACITY_PATCH_FILE} in its patches: ${patched.message}. Add "- path: ${CAPACITY_PATCH_FILE}" to its patches by hand.`,
      file: path,
      line: 1,
      column: 1,
      region: region.name
    })
    return { ...region, action: 'blocked', edits: [] }
  }
  if (patched.kind === 'edit')
    edits.push(
      fileEdit(path, base, patched.text, {
        field: 'patches',
        line: patched.line,
        before: null,
        after: CAPACITY_PATCH_FILE
      })
    )
  if (edits.length === region.edits.length) return region
  return { ...region, edits, action: 'promote' }
}

/** Adds the names the kustomization at `path` does not list yet, as an edit on top of its latest one. */
function listResources(
  edits: FileEdit[],
  files: EnvRepoFiles,
  path: string,
  names: readonly string[]
): void {
  const base = edits.findLast(e => e.path === path)?.content ?? files.get(path)!
  const missing = unlistedResources(base, names)
  if (missing.length === 0) return
  const added = addResources(base, missing)
  if (added.kind === 'edit')
    edits.push(
      fileEdit(path, base, added.text, {
        field: 'resources',
        line: added.line,
        before: null,
        after: missing.join(', ')
      })
    )
}

/** The plan with more findings, such as those of the shadow database check, in order and counted. */
export function withFindings(result: Plan, extra: readonly Finding[]): Plan {
  if (extra.length === 0) return result
  const findings = [...result.findings, ...extra]
  sortFindings(findings)
  return {
    ...result,
    findings,
    summary: {
      ...result.summary,
      errors: findings.filter(f => f.severity === 'error').length,
      warnings: findings.filter(f => f.severity === 'warning').length
    }
  }
}

/**
 * Plans a release of one service across its regions: the train's waves and,
 * per region, the environments repository edits that promote it. Pure: it
 * reads nothing but its arguments.
 */
export function plan(input: PlanInput): Plan {
  const { service, release } = input
  const { findings, data, routing, waves: planned, capacity } = checkService(input)
  const waves = service.train.waves.map((regions, i) => ({ number: i + 1, regions: [...regions] }))
  const regions = [...planned].map(([region, wave]) =>
    withCapacity(
      withDataMap(
        withRouting(
          planRegion(input, region, wave, findings, data),
          routing,
          findings,
          input.files
        ),
        data,
        input
      ),
      capacity.regions.get(region),
      input,
      findings
    )
  )
  for (const region of regions) {
    const c = capacity.regions.get(region.name)
    if (c) region.capacity = capacityPlan(c, capacity.headroom.get(region.name))
  }
  sortFindings(findings)
  const count = (action: RegionPlan['action']) => regions.filter(r => r.action === action).length
  const result: Plan = {
    planVersion: PLAN_VERSION,
    service: { name: service.name, image: service.image, manifest: service.file },
    release: { ref: release.ref, ...release.pin },
    train: {
      approvals: service.train.approvals,
      bakeSeconds: service.train.bakeSeconds,
      timeoutSeconds: service.train.timeoutSeconds,
      onFailure: service.train.onFailure,
      waves
    },
    regions,
    findings,
    summary: {
      regions: regions.length,
      promote: count('promote'),
      current: count('current'),
      blocked: count('blocked'),
      errors: findings.filter(f => f.severity === 'error').length,
      warnings: findings.filter(f => f.severity === 'warning').length
    }
  }
  if (service.team !== undefined) result.service.team = service.team
  if (routing.routes) result.routes = routing.routes
  return result
}
