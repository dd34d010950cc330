import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding } from '../../src/schema/generated.js'
import { ENV_REPO, SERVICES } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'

/*
 * validate and plan run one set of rules (src/plan/check.ts). For each case
 * the manifest is written to a scratch folder and both commands run on it as
 * a user would; validate --env-repo must report exactly plan's findings, and
 * validate with only --platform the ones that do not read the repository.
 */

let dir: string
let envRepo: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'multiregion-validate-'))
  envRepo = join(dir, 'environments')
  cpSync(ENV_REPO, envRepo, { recursive: true })
  // search publishes checkout's China name: only a rule that reads the repository sees it.
  writeFileSync(
    join(envRepo, 'regions/us-east/search/service.yaml'),
    [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: search',
      '  annotations:',
      '    external-dns.kubernetes.io/hostname: checkout-claimed.internal.example.com',
      ''
    ].join('\n')
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const checkout = readFileSync(join(SERVICES, 'checkout', 'multiregion.yaml'), 'utf8')

/** Each case: a name, the manifest's text, the rule it must raise, and whether that rule reads the repository. */
const CASES: [string, string, string, boolean][] = [
  [
    'bad-hostname-zone',
    checkout.replace('hostname: checkout.internal.example.com', 'hostname: checkout.example.org'),
    'dns-hostname-zone',
    false
  ],
  [
    'china-shares-name-abroad',
    checkout.replace(/ {4}hostnames: .*\n/, ''),
    'dns-jurisdiction',
    false
  ],
  [
    'hostnames-outside-zone',
    checkout.replace('checkout.internal.example.cn', 'checkout.internal.example.com.cn'),
    'dns-hostname-zone',
    false
  ],
  [
    'claimed-hostname',
    checkout.replace(
      'hostname: checkout.internal.example.com',
      'hostname: checkout-claimed.internal.example.com'
    ),
    'dns-hostname-claimed',
    true
  ],
  [
    'residency',
    checkout.replace('residency: [EU]', 'residency: [US]'),
    'data-residency-home',
    false
  ],
  [
    'compliance-violations',
    readFileSync(join(SERVICES, 'compliance-violations', 'multiregion.yaml'), 'utf8'),
    'pipl-cross-border',
    false
  ],
  [
    // A warning of the manifest's own rules: plan dropped every warning of loading the manifest.
    'geolocation-without-default',
    checkout
      .replace('policy: latency  ', 'policy: geolocation')
      .replace(
        '    failover: [us-east, us-west]\n',
        '    geolocation: { us-east: { country: US }, sweden: { continent: EU }, china: { country: CN } }\n'
      ),
    'dns-geolocation-default',
    false
  ],
  [
    // orders holds a person's id and places rows in china, but Spanner's one database spans us-east and sweden.
    'china-on-spanner',
    checkout
      .replace('engine: postgres', 'engine: spanner')
      .replace(
        'customer_id: { type: uuid }',
        'customer_id: { type: uuid, category: user.unique_id, readers: [support] }'
      ),
    'pipl-cluster-abroad',
    false
  ],
  ['checkout', checkout, '', false]
]

function write(name: string, text: string): string {
  const folder = join(dir, name)
  mkdirSync(folder, { recursive: true })
  const source = name === 'compliance-violations' ? name : 'checkout'
  cpSync(join(SERVICES, source, 'db'), join(folder, 'db'), { recursive: true })
  writeFileSync(join(folder, 'multiregion.yaml'), text)
  return join(folder, 'multiregion.yaml')
}

async function validate(manifest: string, ...scope: string[]): Promise<Finding[]> {
  const result = await runCli(['validate', '--manifest', manifest, ...scope, '--format', 'json'])
  expect(result.stderr).toBe('')
  return (JSON.parse(result.stdout) as { diagnostics: Finding[] }).diagnostics
}

async function plan(manifest: string): Promise<Finding[]> {
  const result = await runCli([
    'plan',
    '--release',
    'v1.5.0',
    '--manifest',
    manifest,
    '--env-repo',
    envRepo,
    '--no-shadow',
    '--format',
    'json'
  ])
  expect(result.stderr).toBe('')
  return (JSON.parse(result.stdout) as { findings: Finding[] }).findings
}

const key = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.region}`

describe('validate reports what plan reports', () => {
  it.each(CASES)('%s', async (name, text, rule, readsRepo) => {
    const manifest = write(name, text)
    const planned = await plan(manifest)
    const withRepo = await validate(manifest, '--env-repo', envRepo)
    const withPlatform = await validate(manifest, '--platform', join(envRepo, 'platform.yaml'))
    expect(withRepo).toEqual(planned)
    if (rule !== '') {
      expect(planned.map(f => f.rule)).toContain(rule)
      expect(withPlatform.map(f => f.rule).includes(rule)).toBe(!readsRepo)
    }
    // Without the repository, validate reports a subset of plan's findings: none it makes up.
    const all = new Set(planned.map(key))
    for (const finding of withPlatform) expect(all).toContain(key(finding))
  })
})
