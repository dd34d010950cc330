import { describe, expect, it } from '@jest/globals'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import type { Release } from '../../src/plan/release.js'
import { fixtureEnvFiles, fixturePlatform, fixtureService } from '../support/fixtures.js'

const platform = fixturePlatform()

function release(ref: string, image: string): Release {
  const parsed = parseRelease(ref, image)
  if ('error' in parsed) throw new Error(parsed.error)
  return parsed
}

function planFor(name: string, ref: string, edit?: (files: Map<string, string>) => void) {
  const service = fixtureService(name)
  const files = fixtureEnvFiles(service, platform)
  edit?.(files)
  return {
    service,
    files,
    result: plan({ service, platform, release: release(ref, service.image), files })
  }
}

/** The lines of two texts that differ, by 1-based line number. */
function changedLines(before: string, after: string): number[] {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b.length).toBe(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]))
}

describe('plan', () => {
  it('orders regions by wave and promotes only those not at the release', () => {
    const { result } = planFor('checkout', 'v1.5.0')
    expect(result.train.waves).toEqual([
      { number: 1, regions: ['us-east'] },
      { number: 2, regions: ['us-west', 'sweden'] },
      { number: 3, regions: ['china'] }
    ])
    expect(result.regions.map(r => [r.name, r.wave, r.action, r.current])).toEqual([
      ['us-east', 1, 'promote', 'v1.4.2'],
      ['us-west', 2, 'current', 'v1.5.0'],
      ['sweden', 2, 'promote', 'v1.4.2'],
      ['china', 3, 'promote', 'v1.4.2']
    ])
    expect(result.regions.find(r => r.name === 'us-west')?.edits).toEqual([])
    expect(result.summary).toEqual({
      regions: 4,
      promote: 3,
      current: 1,
      blocked: 0,
      errors: 0,
      warnings: 0
    })
  })

  it('changes only the pinned scalar and keeps every other byte of the file', () => {
    const { files, result } = planFor('checkout', 'v1.5.0')
    for (const region of result.regions.filter(r => r.action === 'promote')) {
      const [edit] = region.edits
      const original = files.get(edit!.path)!
      expect(changedLines(original, edit!.content)).toEqual([edit!.line])
      const before = original.split('\n')[edit!.line - 1]!
      const after = edit!.content.split('\n')[edit!.line - 1]!
      // The line keeps its indentation, quoting and trailing comment: only the version text differs.
      expect(after).toBe(before.replace('v1.4.2', 'v1.5.0'))
    }
  })

  it('keeps quoting styles: double, single and plain', () => {
    const { result } = planFor('checkout', 'v1.5.0')
    const line = (region: string) => {
      const edit = result.regions.find(r => r.name === region)!.edits[0]!
      return edit.content.split('\n')[edit.line - 1]
    }
    expect(line('us-east')).toBe('    newTag: v1.5.0  # pinned by multiregion')
    expect(line('sweden')).toBe("  newTag: 'v1.5.0'")
    expect(line('china')).toBe('    newTag: v1.5.0')
  })

  it('quotes a plain tag that YAML would otherwise read as a number', () => {
    const { result } = planFor('checkout', '1.10')
    const edit = result.regions.find(r => r.name === 'china')!.edits[0]!
    expect(edit.content.split('\n')[edit.line - 1]).toBe('    newTag: "1.10"')
  })

  it('edits image.tag in Helm values for a service on the Helm layout', () => {
    const { files, result } = planFor('ledger', '2.4.0')
    expect(result.regions.map(r => r.action)).toEqual(['promote', 'promote', 'promote'])
    for (const region of result.regions) {
      const [edit] = region.edits
      expect(edit!.path).toBe(`regions/${region.name}/ledger/values.yaml`)
      expect(edit!.field).toBe('image.tag')
      expect([edit!.before, edit!.after]).toEqual(['2.3.0', '2.4.0'])
      expect(changedLines(files.get(edit!.path)!, edit!.content)).toEqual([edit!.line])
    }
  })

  it('pins a digest release into images[].digest, adding the line after newTag', () => {
    const digest = `sha256:${'ab'.repeat(32)}`
    const { files, result } = planFor('checkout', digest)
    const region = result.regions.find(r => r.name === 'us-east')!
    const edit = region.edits[0]!
    expect(edit.field).toBe('images[name=ghcr.io/acme/checkout].digest')
    expect([edit.before, edit.after]).toEqual(['v1.4.2', digest])
    const original = files.get(edit.path)!.split('\n')
    const updated = edit.content.split('\n')
    expect(updated).toEqual([
      ...original.slice(0, edit.line - 1),
      `    digest: ${digest}`,
      ...original.slice(edit.line - 1)
    ])
    expect(result.release).toEqual({ ref: digest, digest })
  })

  it('pins a digest release into an existing, empty image.digest of Helm values', () => {
    const digest = `sha256:${'cd'.repeat(32)}`
    const { result } = planFor('ledger', `ghcr.io/acme/ledger@${digest}`)
    const edit = result.regions.find(r => r.name === 'us-east')!.edits[0]!
    expect(edit.field).toBe('image.digest')
    expect(edit.content.split('\n')[edit.line - 1]).toBe(`  digest: "${digest}"`)
  })

  it('blocks a region whose folder is missing, pointing at the manifest line that names it', () => {
    const { result } = planFor('checkout', 'v1.5.0', files =>
      files.delete('regions/china/checkout/kustomization.yaml')
    )
    const china = result.regions.find(r => r.name === 'china')!
    expect(china.action).toBe('blocked')
    expect(result.findings.filter(f => f.severity !== 'info')).toEqual([
      expect.objectContaining({
        rule: 'missing-file',
        severity: 'error',
        region: 'china',
        file: 'fixtures/services/checkout/multiregion.yaml',
        message: expect.stringContaining('regions/china/checkout/kustomization.yaml does not exist')
      })
    ])
    const finding = result.findings[0]!
    const manifestLine = fixtureService('checkout').locate(['spec', 'regions', 3])
    expect([finding.line, finding.column]).toEqual([manifestLine.line, manifestLine.column])
    expect(result.summary).toMatchObject({ blocked: 1, errors: 1, promote: 2 })
  })

  it('blocks a region whose kustomization does not list the image, naming what it does list', () => {
    const path = 'regions/us-east/checkout/kustomization.yaml'
    const { result } = planFor('checkout', 'v1.5.0', files =>
      files.set(path, files.get(path)!.replace('ghcr.io/acme/checkout', 'ghcr.io/acme/other'))
    )
    expect(result.findings.filter(f => f.severity !== 'info')).toEqual([
      expect.objectContaining({
        rule: 'image-not-found',
        file: path,
        line: 19,
        region: 'us-east',
        message: expect.stringContaining('It lists ghcr.io/acme/other')
      })
    ])
  })

  it('refuses a tag release where the region pins a digest, since the tag would change nothing', () => {
    const path = 'regions/china/checkout/kustomization.yaml'
    const digest = `sha256:${'ef'.repeat(32)}`
    const { result } = planFor('checkout', 'v1.5.0', files =>
      files.set(path, `${files.get(path)!.trimEnd()}\n    digest: ${digest}\n`)
    )
    expect(result.findings.filter(f => f.severity !== 'info')).toEqual([
      expect.objectContaining({ rule: 'pinned-by-digest', file: path, region: 'china' })
    ])
    expect(result.regions.find(r => r.name === 'china')).toMatchObject({
      action: 'blocked',
      current: digest
    })
  })

  it('reports an environments repository file that is not YAML instead of throwing', () => {
    const path = 'regions/sweden/checkout/kustomization.yaml'
    const { result } = planFor('checkout', 'v1.5.0', files => files.set(path, 'images: [\n'))
    expect(result.findings.filter(f => f.severity !== 'info')).toEqual([
      expect.objectContaining({ rule: 'invalid-yaml', file: path, region: 'sweden' })
    ])
  })

  it('requires the larger of the manifest and platform approvals per region', () => {
    const { result } = planFor('checkout', 'v1.5.0')
    expect(Object.fromEntries(result.regions.map(r => [r.name, r.approvals]))).toEqual({
      'us-east': 1,
      'us-west': 1,
      sweden: 2,
      china: 2
    })
    expect(result.regions.find(r => r.name === 'sweden')!.argocd).toEqual({
      server: 'https://argocd.eun1.example.com',
      app: 'checkout-sweden',
      project: 'default'
    })
  })

  it('is a no-op for every region when the whole fleet is already at the release', () => {
    const first = planFor('checkout', 'v1.5.0')
    const files = new Map(first.files)
    for (const region of first.result.regions)
      for (const edit of region.edits) files.set(edit.path, edit.content)
    const again = plan({
      service: first.service,
      platform,
      release: release('v1.5.0', first.service.image),
      files
    })
    expect(again.regions.every(r => r.action === 'current')).toBe(true)
    expect(again.summary.promote).toBe(0)
  })
})

describe('parseRelease', () => {
  it.each([
    ['v1.5.0', { tag: 'v1.5.0' }],
    ['ghcr.io/acme/checkout:v1.5.0', { tag: 'v1.5.0' }],
    [`sha256:${'0'.repeat(64)}`, { digest: `sha256:${'0'.repeat(64)}` }],
    [`ghcr.io/acme/checkout@sha256:${'1'.repeat(64)}`, { digest: `sha256:${'1'.repeat(64)}` }]
  ])('reads %s', (ref, pin) => {
    expect(parseRelease(ref, 'ghcr.io/acme/checkout')).toEqual({ ref, pin })
  })

  it.each([
    ['', 'is not an image tag or digest'],
    ['v1 5', 'is not an image tag or digest'],
    ['-rc1', 'is not an image tag or digest'],
    ['sha256:abc', 'is not a valid digest'],
    ['ghcr.io/acme/other:v1', 'names another image']
  ])('rejects %j with a message that says how to fix it', (ref, message) => {
    const parsed = parseRelease(ref, 'ghcr.io/acme/checkout')
    expect(parsed).toEqual({ error: expect.stringContaining(message) })
  })
})
