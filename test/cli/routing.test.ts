import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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
})
