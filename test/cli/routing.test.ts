import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENV_REPO } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'

describe('multiregion plan, routing', () => {
  let envRepo: string

  beforeAll(() => {
    envRepo = mkdtempSync(join(tmpdir(), 'multiregion-env-'))
    cpSync(ENV_REPO, envRepo, { recursive: true })
  })

  afterAll(() => rmSync(envRepo, { recursive: true, force: true }))

  const plan = () =>
    runCli([
      'plan',
      '--release',
      'v1.5.0',
      '--manifest',
      'fixtures/services/checkout/multiregion.yaml',
      '--env-repo',
      envRepo
    ])

  it('shows every region’s DNS records and the route table', async () => {
    const result = await plan()
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'us-east  aws internal.example.com: checkout.internal.example.com, latency, region us-east-1, id checkout-us-east'
    )
    expect(result.stdout).toContain('from us-east  us-east > us-west > sweden')
  })

  it('reports a hostname another service of the environments repository already publishes', async () => {
    writeFileSync(
      join(envRepo, 'regions/us-east/search/service.yaml'),
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: search',
        '  annotations:',
        '    external-dns.kubernetes.io/hostname: checkout.internal.example.com',
        ''
      ].join('\n')
    )
    const result = await plan()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /fixtures\/services\/checkout\/multiregion.yaml:24:15: error \[dns-hostname-claimed\] checkout.internal.example.com is already published by service search/
    )
  })

  it('reads another service’s hostname under the annotation prefix its region’s ExternalDNS is configured with', async () => {
    // us-east's ExternalDNS runs with --annotation-prefix=dns.acme.com/: search's name is published, under that prefix.
    const platform = join(envRepo, 'platform.yaml')
    writeFileSync(
      platform,
      readFileSync(platform, 'utf8').replace(
        'server: https://argocd.use1.example.com\n        app: "{service}-{region}"\n      dns:\n        provider: aws\n        zone: internal.example.com\n        annotationPrefix: external-dns.kubernetes.io/',
        'server: https://argocd.use1.example.com\n        app: "{service}-{region}"\n      dns:\n        provider: aws\n        zone: internal.example.com\n        annotationPrefix: dns.acme.com/'
      )
    )
    expect(readFileSync(platform, 'utf8')).toContain('annotationPrefix: dns.acme.com/')
    writeFileSync(
      join(envRepo, 'regions/us-east/search/service.yaml'),
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: search',
        '  annotations:',
        '    dns.acme.com/hostname: Checkout.Internal.Example.com.',
        ''
      ].join('\n')
    )
    const result = await plan()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /error \[dns-hostname-claimed\] checkout.internal.example.com is already published by service search/
    )
  })
})
