import { describe, expect, it } from '@jest/globals'
import { checkApplication, normaliseRepoURL } from '../../src/argocd/app-check.js'
import type { Application } from '../../src/argocd/health.js'

const EDITED = {
  repository: 'https://github.com/acme/environments',
  defaultBranch: 'main',
  paths: ['regions/us-east/checkout/kustomization.yaml', 'regions/us-east/checkout/routes.yaml']
}

function app(spec: Application['spec']): Application {
  return { metadata: { name: 'checkout-us-east' }, spec }
}

const SOURCE = {
  repoURL: 'https://github.com/acme/environments.git',
  path: 'regions/us-east/checkout',
  targetRevision: 'main'
}

describe('checkApplication', () => {
  it.each(['', 'HEAD', 'main', 'refs/heads/main'])(
    'accepts an app tracking the default branch as "%s"',
    targetRevision => {
      expect(checkApplication(app({ source: { ...SOURCE, targetRevision } }), EDITED)).toEqual([])
    }
  )

  it.each(['release', 'v1.4.2', '8c2e5f0d9b7a4c3e1f6a2b8d0c4e7f9a1b3d5c7e'])(
    'names targetRevision "%s" and the default branch it should be',
    targetRevision => {
      expect(checkApplication(app({ source: { ...SOURCE, targetRevision } }), EDITED)).toEqual([
        {
          field: 'spec.source.targetRevision',
          actual: targetRevision,
          expected: expect.stringMatching(/^main /)
        }
      ])
    }
  )

  it('accepts a parent folder or the repository root, and refuses a sibling or a child folder', () => {
    for (const path of ['regions/us-east', '.', '', 'regions/us-east/checkout/'])
      expect(checkApplication(app({ source: { ...SOURCE, path } }), EDITED)).toEqual([])
    for (const path of ['regions/us-east/checkout-old', 'regions/us-east/checkout/overlays'])
      expect(checkApplication(app({ source: { ...SOURCE, path } }), EDITED)).toEqual([
        expect.objectContaining({ field: 'spec.source.path', actual: path })
      ])
  })

  it('refuses a parent folder Argo CD reads as a plain directory without recurse: it renders only the files directly in it', () => {
    const parent = { ...SOURCE, path: 'regions/us-east' }
    const directory = (spec: Application['spec'], status: Application['status']) => ({
      ...app(spec),
      status
    })
    // Detected (status.sourceType), or declared (spec.source.directory) without recurse.
    for (const seen of [
      directory({ source: parent }, { sourceType: 'Directory' }),
      directory({ source: { ...parent, directory: { include: '*.yaml' } } }, undefined)
    ])
      expect(checkApplication(seen, EDITED)).toEqual([
        expect.objectContaining({
          field: 'spec.source.path',
          expected: expect.stringMatching(/directory\.recurse/)
        })
      ])
    const chart = { repoURL: 'https://charts.example.com', chart: 'checkout', targetRevision: '3' }
    expect(
      checkApplication(
        directory({ sources: [chart, parent] }, { sourceTypes: ['Helm', 'Directory'] }),
        EDITED
      )
    ).toEqual([expect.objectContaining({ field: 'spec.sources[1].path' })])
    // recurse: true, a Kustomize or Helm app at the parent, or the region folder itself, render it.
    for (const fine of [
      directory(
        { source: { ...parent, directory: { recurse: true } } },
        { sourceType: 'Directory' }
      ),
      directory({ source: parent }, { sourceType: 'Kustomize' }),
      directory({ source: SOURCE }, { sourceType: 'Directory' }),
      directory({ sources: [SOURCE, parent] }, { sourceTypes: ['Kustomize', 'Directory'] })
    ])
      expect(checkApplication(fine, EDITED)).toEqual([])
  })

  it('checks every source of a multi-source app from the environments repository, and no other', () => {
    const chart = {
      repoURL: 'https://charts.example.com',
      chart: 'checkout',
      targetRevision: '3.1.0'
    }
    expect(checkApplication(app({ sources: [chart, SOURCE] }), EDITED)).toEqual([])
    expect(
      checkApplication(
        app({ sources: [chart, { ...SOURCE, path: 'values/us-east' }, SOURCE] }),
        EDITED
      )
    ).toEqual([])
    expect(
      checkApplication(app({ sources: [chart, { ...SOURCE, targetRevision: 'release' }] }), EDITED)
    ).toEqual([expect.objectContaining({ field: 'spec.sources[1].targetRevision' })])
    const legacy = { ...SOURCE, repoURL: 'git@github.com:acme/legacy.git' }
    expect(checkApplication(app({ sources: [chart, legacy] }), EDITED)).toEqual([
      {
        field: 'spec.sources[*].repoURL',
        actual: `${chart.repoURL}, ${legacy.repoURL}`,
        expected: EDITED.repository
      }
    ])
  })

  it("checks a source hydrator's dry source, not its hydrated branch", () => {
    const hydrator = {
      drySource: SOURCE,
      syncSource: { targetBranch: 'environments/us-east', path: 'us-east/checkout' }
    }
    expect(checkApplication(app({ sourceHydrator: hydrator }), EDITED)).toEqual([])
    expect(
      checkApplication(
        app({ sourceHydrator: { ...hydrator, drySource: { ...SOURCE, path: 'apps/checkout' } } }),
        EDITED
      )
    ).toEqual([expect.objectContaining({ field: 'spec.sourceHydrator.drySource.path' })])
  })
})

describe('normaliseRepoURL', () => {
  it.each([
    'https://github.com/acme/environments',
    'https://github.com/acme/environments.git',
    'https://GitHub.com/Acme/Environments/',
    'git@github.com:acme/environments.git',
    'ssh://git@github.com/acme/environments.git',
    'https://x-access-token@github.com/acme/environments'
  ])('reads %s as the environments repository', url => {
    expect(normaliseRepoURL(url)).toBe('github.com/acme/environments')
  })

  it('keeps another repository or host apart', () => {
    expect(normaliseRepoURL('git@github.com:acme/environments-legacy.git')).not.toBe(
      normaliseRepoURL('https://github.com/acme/environments')
    )
    expect(normaliseRepoURL('https://ghe.example.com/acme/environments')).not.toBe(
      normaliseRepoURL('https://github.com/acme/environments')
    )
  })

  it('keeps a server on another port apart (a mirror beside the forge), and reads default ports as none', () => {
    expect(normaliseRepoURL('https://git.example.com:8443/acme/environments')).not.toBe(
      normaliseRepoURL('https://git.example.com/acme/environments')
    )
    expect(normaliseRepoURL('ssh://git@git.example.com:2222/acme/environments.git')).not.toBe(
      normaliseRepoURL('git@git.example.com:acme/environments.git')
    )
    for (const url of [
      'https://github.com:443/acme/environments',
      'ssh://git@github.com:22/acme/environments.git'
    ])
      expect(normaliseRepoURL(url)).toBe('github.com/acme/environments')
  })
})
