import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { filesToRead } from '../../src/gitops/layout.js'
import type { Platform, Service } from '../../src/manifest/model.js'
import { plan } from '../../src/plan/plan.js'
import type { Plan } from '../../src/schema/generated.js'
import { ENV_REPO } from '../support/paths.js'
import { platformWith } from '../support/routing.js'
import { serviceWithCapacity } from './support.js'

/*
 * The capacity objects are what Argo CD applies after `kustomize build`: the
 * plan is applied to a copy of the fixture environments repository and each
 * region folder is built with the real kubectl.
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
  metadata: { name: string; annotations?: Record<string, string> }
  spec: Record<string, unknown>
}

function render(folder: string): Rendered[] {
  const out = execFileSync(KUBECTL, ['kustomize', folder], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return parseAllDocuments(out).map(d => d.toJS() as Rendered)
}

/** Plans v1.5.0 over a copy of the fixtures and writes every edit, as merging the PRs would. */
function planOnto(service: Service, platform: Platform): Plan {
  dir ??= mkdtempSync(join(tmpdir(), 'multiregion-capacity-'))
  if (!existsSync(join(dir, 'platform.yaml'))) cpSync(ENV_REPO, dir, { recursive: true })
  const files = new Map<string, string>()
  for (const path of filesToRead(platform, service.name, service.regions))
    if (existsSync(join(dir, path))) files.set(path, readFileSync(join(dir, path), 'utf8'))
  const result = plan({
    service,
    platform,
    release: { ref: 'v1.5.0', pin: { tag: 'v1.5.0' } },
    files
  })
  expect(result.findings.filter(f => f.severity === 'error')).toEqual([])
  for (const region of result.regions)
    for (const edit of region.edits) writeFileSync(join(dir, edit.path), edit.content)
  return result
}

const deployment = (objects: Rendered[]) =>
  objects.find(o => o.kind === 'Deployment' && o.metadata.name === 'checkout')!

describe('capacity in every region builds with kubectl kustomize', () => {
  it('autoscaling, requests and a disruption budget become an HPA, a PDB and the Deployment requests; us-west overrides its bounds', () => {
    const result = planOnto(
      serviceWithCapacity([
        'autoscaling: { min: 2, max: 10 }',
        'requests: { cpu: 500m, memory: 1Gi }',
        'disruptionBudget: { minAvailable: 1 }',
        'regions:',
        '  us-west: { autoscaling: { min: 3, max: 20, cpuUtilization: 60 } }'
      ]),
      platformWith()
    )
    for (const region of ['us-east', 'us-west', 'sweden']) {
      const objects = render(join(dir!, 'regions', region, 'checkout'))
      const hpa = objects.find(o => o.kind === 'HorizontalPodAutoscaler')
      expect(hpa).toMatchObject({
        apiVersion: 'autoscaling/v2',
        spec: {
          scaleTargetRef: { kind: 'Deployment', name: 'checkout' },
          minReplicas: region === 'us-west' ? 3 : 2,
          maxReplicas: region === 'us-west' ? 20 : 10
        }
      })
      expect(objects.find(o => o.kind === 'PodDisruptionBudget')).toMatchObject({
        apiVersion: 'policy/v1',
        spec: {
          minAvailable: 1,
          selector: { matchLabels: { 'app.kubernetes.io/name': 'checkout' } }
        }
      })
      const container = (
        deployment(objects).spec as {
          template: { spec: { containers: { name: string; resources: unknown }[] } }
        }
      ).template.spec.containers.find(c => c.name === 'checkout')!
      // The patch replaces the base's requests and keeps its memory limit.
      expect(container.resources).toEqual({
        requests: { cpu: '500m', memory: '1Gi' },
        limits: { memory: '512Mi' }
      })
      // The capacity files go in the region's own promotion PR, with its image pin.
      const edits = result.regions.find(r => r.name === region)!.edits
      expect(edits.map(e => e.path)).toEqual(
        expect.arrayContaining([
          `regions/${region}/checkout/capacity.yaml`,
          `regions/${region}/checkout/capacity-patch.yaml`
        ])
      )
    }
  })

  it('fixed replicas: the patch sets the count (over the region patch-replicas.yaml), no HPA; a second plan changes nothing', () => {
    const service = serviceWithCapacity(['replicas: 4', 'regions: { sweden: { replicas: 2 } }'])
    planOnto(service, platformWith())
    const east = render(join(dir!, 'regions/us-east/checkout'))
    expect(deployment(east).spec.replicas).toBe(4)
    expect(east.some(o => o.kind === 'HorizontalPodAutoscaler')).toBe(false)
    expect(deployment(render(join(dir!, 'regions/sweden/checkout'))).spec.replicas).toBe(2)
    const again = planOnto(service, platformWith())
    expect(again.regions.flatMap(r => r.edits).filter(e => e.path.includes('capacity'))).toEqual([])
  })
})
