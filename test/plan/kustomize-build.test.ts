import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { filesToRead } from '../../src/gitops/layout.js'
import type { Platform, Service } from '../../src/manifest/model.js'
import { plan } from '../../src/plan/plan.js'
import { fixtureService } from '../support/fixtures.js'
import { ENV_REPO } from '../support/paths.js'
import { platformWith, serviceWith } from '../support/routing.js'

/*
 * What Argo CD applies is what `kustomize build` renders. The plan is applied
 * to a copy of the fixture environments repository, and every kustomize
 * region folder is built with the real kubectl before and after: each must
 * build both times, and after the plan render the generated files.
 */

const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl'

beforeAll(() => {
  if (!existsSync(KUBECTL))
    throw new Error(
      `kubectl is not at ${KUBECTL}: this test builds the planned folders with the real kustomize. Install kubectl (it bundles kustomize) or set KUBECTL to its path.`
    )
})

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface Rendered {
  kind: string
  metadata: { name: string }
  spec?: { endpoints?: { dnsName: string }[] }
}

/** The kind/name of every object `kubectl kustomize` renders from a folder; throws with kubectl's message if it fails. */
function build(root: string, folder: string): string[] {
  return render(root, folder).map(o => `${o.kind}/${o.metadata.name}`)
}

/** The content of every file under `root`, as one hash. */
function treeHash(root: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1
    )) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else
        hash
          .update(`${path.slice(root.length)}\0`)
          .update(readFileSync(path))
          .update('\0')
    }
  }
  walk(root)
  return hash.digest('hex')
}

/**
 * What kubectl printed for a folder of a repository with the same files: its
 * output depends on nothing else, and most tests build the unedited fixture's
 * folders before they plan, so each distinct build runs once.
 */
const builds = new Map<string, string>()

/** Every object `kubectl kustomize` renders from the folder `folder` of the repository in `root`. */
function render(root: string, folder: string): Rendered[] {
  const key = `${treeHash(root)} ${folder}`
  const out = builds.get(key) ?? kustomize(join(root, folder))
  builds.set(key, out)
  return parseAllDocuments(out).map(d => d.toJS() as Rendered)
}

/** `kubectl kustomize` of a folder; throws with kubectl's message if it fails. */
function kustomize(folder: string): string {
  let out: string
  try {
    out = execFileSync(KUBECTL, ['kustomize', folder], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
  } catch (error) {
    throw new Error(
      `kubectl kustomize ${folder} failed: ${(error as { stderr?: string }).stderr}`,
      {
        cause: error
      }
    )
  }
  return out
}

/** Every region folder with a kustomization, relative to the repository root. */
function kustomizeFolders(root: string): string[] {
  return readdirSync(join(root, 'regions')).flatMap(region =>
    readdirSync(join(root, 'regions', region))
      .map(service => `regions/${region}/${service}`)
      .filter(folder => existsSync(join(root, folder, 'kustomization.yaml')))
  )
}

/** The environments files the planner reads, from the folder `root` (a copy the test may have edited). */
function envFiles(root: string, service: Service, platform: Platform): Map<string, string> {
  const files = new Map<string, string>()
  for (const path of filesToRead(platform, service.name, service.regions))
    if (existsSync(join(root, path))) files.set(path, readFileSync(join(root, path), 'utf8'))
  return files
}

/** Plans the release over the repository in `root` and writes every edit, as merging the PRs would. */
function planOnto(root: string, service: Service, platform: Platform) {
  const result = plan({
    service,
    platform,
    release: { ref: 'v1.5.0', pin: { tag: 'v1.5.0' } },
    files: envFiles(root, service, platform)
  })
  expect(result.summary.errors).toBe(0)
  for (const region of result.regions)
    for (const edit of region.edits) writeFileSync(join(root, edit.path), edit.content)
  return result
}

/** Plans the release over a copy of the fixtures, builds every folder, applies the plan, builds again. */
function planAndBuild(
  service: Service,
  platform: Platform,
  only?: string,
  prepare?: (root: string) => void
) {
  dir = mkdtempSync(join(tmpdir(), 'multiregion-kustomize-'))
  cpSync(ENV_REPO, dir, { recursive: true })
  prepare?.(dir)
  const folders = kustomizeFolders(dir).filter(f => only === undefined || f.endsWith(only))
  const before = new Map(folders.map(f => [f, build(dir!, f)]))
  const result = planOnto(dir, service, platform)
  const after = new Map(folders.map(f => [f, build(dir!, f)]))
  return { result, before, after }
}

describe('every planned region folder builds with kubectl kustomize', () => {
  it('checkout: the route table is rendered in every region, listed in the same PR', () => {
    const { result, before, after } = planAndBuild(fixtureService('checkout'), platformWith())
    for (const region of ['us-east', 'us-west', 'sweden', 'china']) {
      const folder = `regions/${region}/checkout`
      expect(after.get(folder)).toContain('ConfigMap/checkout-routes')
      // multiregion/data's map of where rows live, in every region the service's data reaches.
      expect(after.get(folder)).toContain('ConfigMap/checkout-data')
      const edits = result.regions.find(r => r.name === region)!.edits
      if (region !== 'us-west') {
        expect(before.get(folder)).not.toContain('ConfigMap/checkout-routes')
        expect(edits.map(e => e.field)).toContain('resources')
      }
    }
    // Folders of other services build as they did.
    expect(after.get('regions/us-east/search')).toEqual(before.get('regions/us-east/search'))
  })

  it('failover over three regions: the DNSEndpoint is rendered in the first', () => {
    const { after } = planAndBuild(
      serviceWith(['policy: failover', 'failover: [us-east, us-west, sweden]']),
      platformWith(),
      '/checkout'
    )
    expect(after.get('regions/us-east/checkout')).toContain('DNSEndpoint/checkout-failover')
  })

  it('a generated file the kustomization lists as ./route-table.yaml is not listed twice (kustomize refuses a duplicate)', () => {
    const folder = 'regions/us-west/checkout'
    const { result, after } = planAndBuild(
      fixtureService('checkout'),
      platformWith(),
      '/checkout',
      root => {
        const path = join(root, folder, 'kustomization.yaml')
        writeFileSync(
          path,
          readFileSync(path, 'utf8').replace('- route-table.yaml', '- ./route-table.yaml')
        )
      }
    )
    expect(after.get(folder)).toContain('ConfigMap/checkout-routes')
    const edits = result.regions.find(r => r.name === 'us-west')!.edits
    expect(edits.find(e => e.field === 'resources')).toBeUndefined()
  })

  it('failover over three regions, then latency: the DNSEndpoint of the first region no longer publishes failover records', () => {
    const { after } = planAndBuild(
      serviceWith(['policy: failover', 'failover: [us-east, us-west, sweden]']),
      platformWith(),
      '/checkout'
    )
    expect(after.get('regions/us-east/checkout')).toContain('DNSEndpoint/checkout-failover')
    planOnto(dir!, fixtureService('checkout'), platformWith())
    // A failover SECONDARY alias left on the name beside latency records: Route 53 refuses the mix.
    const endpoint = render(dir!, 'regions/us-east/checkout').find(o => o.kind === 'DNSEndpoint')
    expect(endpoint?.spec?.endpoints ?? []).toEqual([])
  })

  it('k8gb: the Gslb is rendered', () => {
    const { after } = planAndBuild(
      serviceWith(['policy: failover', 'failover: [us-east, us-west]'], ['us-east', 'us-west']),
      platformWith(t =>
        t.replaceAll(
          'provider: aws\n        zone: internal.example.com',
          'provider: k8gb\n        zone: internal.example.com'
        )
      ),
      '/checkout'
    )
    expect(after.get('regions/us-west/checkout')).toContain('Gslb/checkout')
  })

  it('mesh: Istio where the platform runs it, Linkerd where a region runs its own, each listed and rendered', () => {
    const { result, after } = planAndBuild(
      fixtureService('checkout'),
      platformWith(t =>
        t
          .replace('  routing:\n', '  routing:\n    mesh: istio\n')
          .replace('    sweden:\n', '    sweden:\n      mesh: linkerd\n')
      ),
      '/checkout'
    )
    expect(after.get('regions/us-east/checkout')).toEqual(
      expect.arrayContaining([
        'ServiceEntry/checkout-multiregion',
        'DestinationRule/checkout-multiregion',
        'VirtualService/checkout-multiregion'
      ])
    )
    expect(after.get('regions/sweden/checkout')).toContain(
      'ServiceProfile/checkout.internal.example.com'
    )
    expect(after.get('regions/sweden/checkout')).not.toContain(
      'VirtualService/checkout-multiregion'
    )
    const usEast = result.regions.find(r => r.name === 'us-east')!.edits
    expect(usEast.map(e => e.path)).toContain('regions/us-east/checkout/istio.yaml')
    expect(usEast.findLast(e => e.field === 'resources')!.content).toMatch(/- istio\.yaml/)
    // What Istio cannot express is said, per region, never dropped.
    expect(
      result.findings.filter(f => f.rule === 'mesh-istio-retry-budget').map(f => f.region)
    ).toEqual(expect.arrayContaining(['us-east', 'us-west', 'china']))
    expect(result.findings.filter(f => f.rule === 'mesh-linkerd-failover-order')).toEqual([
      expect.objectContaining({ severity: 'info', region: 'sweden' })
    ])
  })

  it('gRPC: every route table carries the service config gRPC clients read', () => {
    const { after, result } = planAndBuild(fixtureService('checkout'), platformWith(), '/checkout')
    expect(after.get('regions/us-east/checkout')).toContain('ConfigMap/checkout-routes')
    const table = result.regions
      .find(r => r.name === 'us-east')!
      .edits.find(e => e.path.endsWith('route-table.yaml'))!.content
    const config = JSON.parse(
      (parseAllDocuments(table)[0]!.toJS() as { data: Record<string, string> }).data[
        'grpc-service-config.json'
      ]!
    )
    expect(config.methodConfig[0].timeout).toMatch(/^\d+(\.\d+)?s$/)
    // checkout's Services declare no gRPC port: what gRPC cannot express is no concern of its owner.
    expect(result.findings.filter(f => f.rule.startsWith('grpc-'))).toEqual([])
  })

  it.each([
    ['a port named grpc', '    - name: grpc\n      port: 9090\n'],
    ['a port named grpc-<suffix>', '    - name: grpc-orders\n      port: 9090\n'],
    ['appProtocol grpc', '    - name: api\n      appProtocol: grpc\n      port: 9090\n']
  ])(
    'gRPC: a region whose Service declares %s is told what gRPC cannot express, once',
    (_, port) => {
      const { result } = planAndBuild(
        fixtureService('checkout'),
        platformWith(),
        '/checkout',
        root => {
          const file = join(root, 'regions/sweden/checkout/service.yaml')
          writeFileSync(file, readFileSync(file, 'utf8').replace('  ports:\n', `  ports:\n${port}`))
        }
      )
      expect(result.findings.filter(f => f.rule === 'grpc-attempt-timeout')).toHaveLength(1)
    }
  )
})
