import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic, Severity } from '../../src/manifest/diagnostic.js'
import { hasErrors } from '../../src/manifest/diagnostic.js'
import { checkServiceAgainstPlatform, loadPlatform, loadService } from '../../src/manifest/load.js'
import type { Loaded } from '../../src/manifest/load.js'
import { MAX_ALIASES, MAX_FILE_BYTES } from '../../src/manifest/yaml-source.js'
import { ENV_REPO, SERVICES } from '../support/paths.js'

const MANIFEST = 'multiregion.yaml'
const PLATFORM = 'platform.yaml'

/** A valid manifest; a case replaces some of its lines (by 1-based number) and appends more from line 8. */
const SERVICE_LINES = [
  'apiVersion: multiregion.dev/v1', // 1
  'kind: Service', // 2
  'metadata:', // 3
  '  name: checkout', // 4
  'spec:', // 5
  '  image: ghcr.io/acme/checkout', // 6
  '  regions: [us-east, us-west, sweden]' // 7
]

/** A valid platform config (us-east only); a case replaces some lines and appends more from line 13. */
const PLATFORM_LINES = [
  'apiVersion: multiregion.dev/v1', // 1
  'kind: Platform', // 2
  'spec:', // 3
  '  layout:', // 4
  '    path: regions/{region}/{service}', // 5
  '  regions:', // 6
  '    us-east:', // 7
  '      location: us-east-1', // 8
  '      jurisdiction: US', // 9
  '      argocd:', // 10
  '        server: https://argocd.use1.example.com', // 11
  "        app: '{service}-{region}'" // 12
]

function edit(base: readonly string[], replace: Record<number, string>, more: string[]): string {
  return `${[...base.map((line, i) => replace[i + 1] ?? line), ...more].join('\n')}\n`
}

function service(replace: Record<number, string> = {}, ...more: string[]): string {
  return edit(SERVICE_LINES, replace, more)
}

function platform(replace: Record<number, string> = {}, ...more: string[]): string {
  return edit(PLATFORM_LINES, replace, more)
}

/** `lol0` is one scalar; each next key holds ten aliases of the previous one: 10^9 strings if expanded. */
const BILLION_LAUGHS = [
  'lol0: &l0 lol',
  ...Array.from(
    { length: 9 },
    (_, i) => `lol${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`
  )
].join('\n')

function aliases(count: number): string {
  return `anchor: &a us-east\nrefs: [${Array(count).fill('*a').join(', ')}]\n`
}

const TOO_LARGE = `${service()}${'#'.repeat(MAX_FILE_BYTES)}\n`

const FIXTURE_PLATFORM = (() => {
  const loaded = loadPlatform(readFileSync(join(ENV_REPO, PLATFORM), 'utf8'), PLATFORM)
  if (!loaded.value) throw new Error(`fixture platform does not load: ${JSON.stringify(loaded)}`)
  return loaded.value
})()

interface Case {
  name: string
  /** service and platform run the loader; cross loads a valid manifest and checks it against the fixture platform. */
  load: 'service' | 'platform' | 'cross'
  text: string
  rule: string
  /** Parts of the message: what is wrong, and how to fix it. */
  message: string[]
  line: number
  column: number
  severity?: Severity
  /** How many diagnostics the input yields in all; default 1. */
  count?: number
}

const CASES: Case[] = [
  // ---- YAML itself ----
  {
    name: 'YAML syntax error: an unclosed flow list',
    load: 'service',
    text: service({ 7: '  regions: [us-east, us-west' }),
    rule: 'yaml-syntax',
    message: ['YAML syntax error', 'Fix the YAML at this position'],
    line: 8,
    column: 1
  },
  {
    name: 'YAML syntax error: a tab as indentation',
    load: 'service',
    text: service({ 4: '\tname: checkout' }),
    rule: 'yaml-syntax',
    message: ['Tabs are not allowed as indentation', 'Fix the YAML'],
    line: 4,
    column: 1
  },
  {
    name: 'YAML syntax error: a brace in an unquoted flow value, reported once',
    load: 'platform',
    text: platform({
      4: "  layout: { path: 'regions/{region}/{service}', services: { ledger: { path: legacy/{region} } } }",
      5: '  # ledger still lives in its old folders'
    }),
    rule: 'yaml-syntax',
    message: ['YAML syntax error: Unexpected flow-map-start', 'Fix the YAML at this position'],
    line: 4,
    column: 84
  },
  {
    name: 'a key given twice',
    load: 'service',
    text: service({}, '  image: ghcr.io/acme/checkout-v2'),
    rule: 'duplicate-key',
    message: ['appears twice in the same mapping', 'keep one'],
    line: 8,
    column: 3
  },
  {
    name: 'two YAML documents in one file',
    load: 'service',
    text: service({}, '---', 'kind: Service'),
    rule: 'multiple-documents',
    message: ['more than one YAML document', 'keep one document per file'],
    line: 8,
    column: 1
  },
  {
    name: 'a custom YAML tag',
    load: 'service',
    text: service({ 6: '  image: !secret checkout-image' }),
    rule: 'yaml-unknown-tag',
    message: ['!secret', 'Custom YAML tags are not allowed; write a plain value'],
    line: 6,
    column: 10
  },
  {
    name: 'an alias bomb (billion laughs)',
    load: 'service',
    text: BILLION_LAUGHS,
    rule: 'alias-limit',
    message: [`more than ${MAX_ALIASES} YAML aliases`, 'write the values out'],
    line: 1,
    column: 1
  },
  {
    name: `${MAX_ALIASES + 1} aliases, one over the cap`,
    load: 'service',
    text: aliases(MAX_ALIASES + 1),
    rule: 'alias-limit',
    message: [`more than ${MAX_ALIASES} YAML aliases`],
    line: 1,
    column: 1
  },
  {
    name: 'an alias with no anchor',
    load: 'service',
    text: service({ 7: '  regions: *regions' }),
    rule: 'yaml-syntax',
    message: ['the alias *regions has no anchor &regions before it', 'Define the anchor first'],
    line: 7,
    column: 12
  },
  {
    name: 'a file over 1 MiB',
    load: 'service',
    text: TOO_LARGE,
    rule: 'file-too-large',
    message: [
      `${MANIFEST} is ${Buffer.byteLength(TOO_LARGE)} bytes`,
      'the limit is 1048576 bytes (1 MiB)',
      'Check that this is the right file'
    ],
    line: 1,
    column: 1
  },
  {
    name: 'an empty file',
    load: 'service',
    text: '',
    rule: 'empty-file',
    message: [`${MANIFEST} is empty`, 'it needs at least apiVersion, kind and spec'],
    line: 1,
    column: 1
  },
  {
    name: 'a file of comments only',
    load: 'service',
    text: '# yaml-language-server: $schema=../../schema/multiregion.schema.json\n\n# TODO\n',
    rule: 'empty-file',
    message: [`${MANIFEST} is empty`, 'apiVersion, kind and spec'],
    line: 1,
    column: 1
  },
  {
    name: 'a root that is a list',
    load: 'service',
    text: '- apiVersion: multiregion.dev/v1\n- kind: Service\n',
    rule: 'wrong-type',
    message: ['The document must be a mapping (key: value pairs), not a list'],
    line: 1,
    column: 1
  },
  {
    name: 'a root that is a scalar',
    load: 'platform',
    text: '# the platform\nmultiregion.dev/v1\n',
    rule: 'wrong-type',
    message: ['The document must be a mapping', 'not the text "multiregion.dev/v1"'],
    line: 2,
    column: 1
  },

  // ---- the service manifest ----
  {
    name: 'a wrong apiVersion',
    load: 'service',
    text: service({ 1: 'apiVersion: multiregion.dev/v1beta1' }),
    rule: 'wrong-api-version',
    message: ['apiVersion must be multiregion.dev/v1, not "multiregion.dev/v1beta1"'],
    line: 1,
    column: 13
  },
  {
    name: 'a platform config passed as the manifest',
    load: 'service',
    text: platform(),
    rule: 'wrong-kind',
    message: [
      'kind must be Service in a service manifest, not "Platform"',
      'pass it with --platform'
    ],
    line: 2,
    column: 7
  },
  {
    name: 'metadata.name missing',
    load: 'service',
    text: service({ 4: '  team: payments' }),
    rule: 'missing-key',
    message: ['metadata is missing the required key "name"', 'DNS-1123 label', 'Add it'],
    line: 3,
    column: 1
  },
  {
    name: 'spec.image missing',
    load: 'service',
    text: service({ 6: '  # image: comes later' }),
    rule: 'missing-key',
    message: ['spec is missing the required key "image"', 'ghcr.io/acme/checkout', 'Add it'],
    line: 5,
    column: 1
  },
  {
    name: 'spec.regions missing',
    load: 'service',
    text: service({ 7: '  # regions: to be decided' }),
    rule: 'missing-key',
    message: ['spec is missing the required key "regions"', 'defined in platform.yaml', 'Add it'],
    line: 5,
    column: 1
  },
  {
    name: 'an unknown key with a likely typo (aprovals)',
    load: 'service',
    text: service({}, '  train:', '    aprovals: 2'),
    rule: 'unknown-key',
    message: [
      'Unknown key "aprovals" in spec.train',
      'Did you mean "approvals"?',
      'Allowed keys: waves, approvals, bake, timeout, onFailure'
    ],
    line: 9,
    column: 5
  },
  {
    name: 'an unknown top-level key (metdata)',
    load: 'service',
    text: service({}, 'metdata: { team: payments }'),
    rule: 'unknown-key',
    message: ['Unknown key "metdata" in the document', 'Did you mean "metadata"?'],
    line: 8,
    column: 1
  },
  {
    name: 'text where a whole number belongs',
    load: 'service',
    text: service({}, '  train:', '    approvals: "2"'),
    rule: 'wrong-type',
    message: ['spec.train.approvals must be a whole number, not the text "2"'],
    line: 9,
    column: 16
  },
  {
    name: 'a scalar where a list belongs',
    load: 'service',
    text: service({ 7: '  regions: us-east' }),
    rule: 'wrong-type',
    message: ['spec.regions must be a list, not the text "us-east"'],
    line: 7,
    column: 12
  },
  {
    name: 'a number where a duration belongs',
    load: 'service',
    text: service(
      {},
      '  data:',
      '    engine: postgres',
      '    tables:',
      '      customers:',
      '        home: sweden',
      '        retention: 730'
    ),
    rule: 'wrong-type',
    message: ['spec.data.tables.customers.retention must be text, not number 730'],
    line: 13,
    column: 20
  },
  {
    name: 'an upper-case service name',
    load: 'service',
    text: service({ 4: '  name: Checkout' }),
    rule: 'invalid-name',
    message: ['metadata.name is "Checkout"', 'it must be a DNS-1123 label', 'for example us-east'],
    line: 4,
    column: 9
  },
  {
    name: 'a region name with an underscore',
    load: 'service',
    text: service({ 7: '  regions: [us_east, us-west, sweden]' }),
    rule: 'invalid-name',
    message: ['spec.regions[0] is "us_east"', 'lower-case letters, digits and'],
    line: 7,
    column: 13
  },
  {
    name: 'a service name longer than 63 characters',
    load: 'service',
    text: service({ 4: `  name: ${'a'.repeat(64)}` }),
    rule: 'invalid-name',
    message: [`metadata.name is "${'a'.repeat(64)}"`, 'at most 63 characters'],
    line: 4,
    column: 9
  },
  {
    name: 'a service name that climbs out of its folder',
    load: 'service',
    text: service({ 4: '  name: ../etc' }),
    rule: 'path-escape',
    message: [
      'metadata.name is "../etc", which would escape its folder in the environments repository',
      'It must be a DNS-1123 label'
    ],
    line: 4,
    column: 9
  },
  {
    name: 'a region name that climbs out of its folder',
    load: 'service',
    text: service({ 7: '  regions: [us-east, ../etc]' }),
    rule: 'path-escape',
    message: ['spec.regions[1] is "../etc", which would escape its folder', 'DNS-1123 label'],
    line: 7,
    column: 22
  },
  {
    name: 'a migrations folder outside the service repository',
    load: 'service',
    text: service({}, '  data:', '    engine: postgres', '    migrations: ../common/migrations'),
    rule: 'path-escape',
    message: [
      'spec.data.migrations is "../common/migrations", which would escape its folder in the service repository',
      "no leading '/', no '..'"
    ],
    line: 10,
    column: 17
  },
  {
    name: 'a duration with an unknown unit (10x)',
    load: 'service',
    text: service({}, '  train:', '    bake: 10x'),
    rule: 'invalid-duration',
    message: ['spec.train.bake is "10x"', 'such as 30s, 10m, 1h30m or 730d'],
    line: 9,
    column: 11
  },
  {
    name: 'an empty duration',
    load: 'service',
    text: service({}, '  train:', "    timeout: ''"),
    rule: 'invalid-duration',
    message: ['spec.train.timeout is ""', 'it must be a duration: a number and a unit'],
    line: 9,
    column: 14
  },
  {
    name: 'a zero train timeout',
    load: 'service',
    text: service({}, '  train:', '    timeout: 0m'),
    rule: 'invalid-duration',
    message: ['spec.train.timeout is zero', 'such as 30m'],
    line: 9,
    column: 14
  },
  {
    name: 'a bake check with neither max nor min',
    load: 'service',
    text: service({}, '  train:', '    checks:', '      - name: errors', '        query: up'),
    rule: 'check-without-bounds',
    message: ['spec.train.checks[0] (errors) has neither max nor min', 'such as max: 0.01'],
    line: 10,
    column: 9
  },
  {
    name: 'a size without a unit it knows',
    load: 'service',
    text: service(
      {},
      '  data:',
      '    engine: postgres',
      '    tables:',
      '      customers:',
      '        home: sweden',
      '        expectedSize: 20 gigs'
    ),
    rule: 'invalid-size',
    message: ['expectedSize is "20 gigs"', 'such as 512MiB or 20GB'],
    line: 13,
    column: 23
  },
  {
    name: 'an enum typo (rollbak)',
    load: 'service',
    text: service({}, '  train:', '    onFailure: rollbak'),
    rule: 'invalid-value',
    message: [
      'spec.train.onFailure is "rollbak"',
      'it must be one of rollback, halt',
      'Did you mean "rollback"?'
    ],
    line: 9,
    column: 16
  },
  {
    name: 'a routing policy typo (latncy)',
    load: 'service',
    text: service(
      {},
      '  routing:',
      '    hostname: checkout.internal.example.com',
      '    policy: latncy'
    ),
    rule: 'invalid-value',
    message: ['spec.routing.policy is "latncy"', 'Did you mean "latency"?'],
    line: 10,
    column: 13
  },
  {
    name: 'approvals above 10',
    load: 'service',
    text: service({}, '  train:', '    approvals: 11'),
    rule: 'out-of-range',
    message: ['spec.train.approvals is 11; it must be at most 10.', 'Default 1'],
    line: 9,
    column: 16
  },
  {
    name: 'a routing weight above 255',
    load: 'service',
    text: service(
      {},
      '  routing:',
      '    hostname: checkout.internal.example.com',
      '    weights: {us-east: 300}'
    ),
    rule: 'out-of-range',
    message: ['spec.routing.weights.us-east is 300; it must be at most 255.'],
    line: 10,
    column: 24
  },
  {
    name: 'a TTL of 0',
    load: 'service',
    text: service({}, '  routing:', '    hostname: checkout.internal.example.com', '    ttl: 0'),
    rule: 'out-of-range',
    message: ['spec.routing.ttl is 0; it must be at least 1.', 'TTL in seconds'],
    line: 10,
    column: 10
  },
  {
    name: 'a region listed twice',
    load: 'service',
    text: service({ 7: '  regions: [us-east, us-west, us-east]' }),
    rule: 'duplicate-item',
    message: ['spec.regions lists "us-east" more than once; keep one'],
    line: 7,
    column: 31
  },
  {
    name: 'no regions at all',
    load: 'service',
    text: service({ 7: '  regions: []' }),
    rule: 'empty-value',
    message: ['spec.regions is empty; list at least one item'],
    line: 7,
    column: 12
  },
  {
    name: 'a wave naming a region not in spec.regions',
    load: 'service',
    text: service({}, '  train:', '    waves: [[us-east], [us-west, sweden], [swedn]]'),
    rule: 'wave-unknown-region',
    message: [
      'Wave 3 names "swedn", which is not in spec.regions (us-east, us-west, sweden)',
      'Did you mean "sweden"?',
      'Add it to spec.regions or remove it from the wave'
    ],
    line: 9,
    column: 44
  },
  {
    name: 'a region in two waves',
    load: 'service',
    text: service({}, '  train:', '    waves: [[us-east], [us-west, sweden], [us-east]]'),
    rule: 'wave-duplicate-region',
    message: ['"us-east" is in wave 1 and again in wave 3', 'each region goes in exactly one wave'],
    line: 9,
    column: 44
  },
  {
    name: 'a region in no wave',
    load: 'service',
    text: service({}, '  train:', '    waves: [[us-east], [us-west]]'),
    rule: 'wave-missing-region',
    message: [
      'Region "sweden" is in spec.regions but in no wave',
      'Add it to one wave of spec.train.waves'
    ],
    line: 9,
    column: 12
  },
  {
    name: 'a failover region not in spec.regions',
    load: 'service',
    text: service(
      {},
      '  routing:',
      '    hostname: checkout.internal.example.com',
      '    failover: [us-east, china]'
    ),
    rule: 'region-not-in-service',
    message: [
      'spec.routing.failover names "china", which is not one of spec.regions',
      'add "china" to them'
    ],
    line: 10,
    column: 25
  },
  {
    name: "a table's home not in spec.regions",
    load: 'service',
    text: service(
      {},
      '  data:',
      '    engine: postgres',
      '    tables:',
      '      customers:',
      '        home: swedn'
    ),
    rule: 'region-not-in-service',
    message: ['spec.data.tables.customers.home names "swedn"', 'Did you mean "sweden"?'],
    line: 12,
    column: 15
  },
  {
    name: 'an image with a tag',
    load: 'service',
    text: service({ 6: '  image: ghcr.io/acme/checkout:v1.4.2' }),
    rule: 'invalid-image',
    message: [
      'spec.image is "ghcr.io/acme/checkout:v1.4.2", which includes a tag or digest',
      'Write the repository alone (ghcr.io/acme/checkout)'
    ],
    line: 6,
    column: 10
  },
  {
    name: 'an image with a digest',
    load: 'service',
    text: service({ 6: `  image: ghcr.io/acme/checkout@sha256:${'0'.repeat(64)}` }),
    rule: 'invalid-image',
    message: ['includes a tag or digest', '(ghcr.io/acme/checkout)'],
    line: 6,
    column: 10
  },
  {
    name: 'a hostname that is not fully qualified',
    load: 'service',
    text: service({}, '  routing:', '    hostname: checkout'),
    rule: 'invalid-hostname',
    message: ['spec.routing.hostname is "checkout"', 'such as checkout.internal.example.com'],
    line: 9,
    column: 15
  },
  {
    name: 'a lower-case residency jurisdiction',
    load: 'service',
    text: service(
      {},
      '  data:',
      '    engine: postgres',
      '    tables:',
      '      customers:',
      '        home: sweden',
      '        residency: [eu]'
    ),
    rule: 'invalid-value',
    message: ['residency[0] is "eu", which is not of the expected form', 'Did you mean "EU"?'],
    line: 13,
    column: 21
  },

  // ---- the platform config ----
  {
    name: 'a service manifest passed as the platform config',
    load: 'platform',
    text: service(),
    rule: 'wrong-kind',
    message: [
      'kind must be Platform in the platform config, not "Service"',
      'pass it with --manifest'
    ],
    line: 2,
    column: 7
  },
  {
    name: "a layout path with '..'",
    load: 'platform',
    text: platform({ 5: '    path: regions/../{region}/{service}' }),
    rule: 'path-escape',
    message: [
      'spec.layout.path is "regions/../{region}/{service}", which would escape its folder in the environments repository',
      'such as regions/{region}/{service}'
    ],
    line: 5,
    column: 11
  },
  {
    name: 'an absolute layout path',
    load: 'platform',
    text: platform({ 5: '    path: /srv/{region}/{service}' }),
    rule: 'path-escape',
    message: ['spec.layout.path is "/srv/{region}/{service}"', "no leading '/'"],
    line: 5,
    column: 11
  },
  {
    name: 'a layout path without {region}',
    load: 'platform',
    text: platform({ 5: '    path: services/{service}' }),
    rule: 'layout-missing-placeholder',
    message: [
      'spec.layout.path "services/{service}" has no {region}',
      'Add {region}, as in regions/{region}/{service}'
    ],
    line: 5,
    column: 11
  },
  {
    name: "a service's layout override without {service}",
    load: 'platform',
    text: platform({
      4: "  layout: { path: 'regions/{region}/{service}', services: { ledger: { path: 'legacy/{region}' } } }",
      5: '  # ledger still lives in its old folders'
    }),
    rule: 'layout-missing-placeholder',
    message: [
      'spec.layout.services.ledger.path "legacy/{region}" has no {service}',
      'Add {service}'
    ],
    line: 4,
    column: 77
  },
  {
    name: 'a layout path with an unknown placeholder',
    load: 'platform',
    text: platform({ 5: '    path: regions/{region}/{env}/{service}' }),
    rule: 'invalid-template',
    message: ['uses {env}; only {region} and {service} are replaced'],
    line: 5,
    column: 11
  },
  {
    name: 'a Helm values file at an absolute path',
    load: 'platform',
    text: platform({
      4: "  layout: { path: 'regions/{region}/{service}', valuesFile: /etc/values.yaml }",
      5: '  # all Helm'
    }),
    rule: 'path-escape',
    message: ['spec.layout.valuesFile is "/etc/values.yaml", which would escape its folder'],
    line: 4,
    column: 61
  },
  {
    name: 'a layout image typo (kustomise)',
    load: 'platform',
    text: platform({
      4: "  layout: { path: 'regions/{region}/{service}', image: kustomise }",
      5: '  # pinned in kustomization.yaml'
    }),
    rule: 'invalid-value',
    message: ['spec.layout.image is "kustomise"', 'Did you mean "kustomize"?'],
    line: 4,
    column: 56
  },
  {
    name: 'a compliance pack typo (gpdr)',
    load: 'platform',
    text: platform({}, '  compliance: [gpdr]'),
    rule: 'invalid-value',
    message: ['spec.compliance[0] is "gpdr"', 'one of gdpr, pipl', 'Did you mean "gdpr"?'],
    line: 13,
    column: 16
  },
  {
    name: 'an Argo CD server that is not a URL',
    load: 'platform',
    text: platform({ 11: '        server: argocd.use1.example.com' }),
    rule: 'invalid-url',
    message: [
      'spec.regions.us-east.argocd.server is "argocd.use1.example.com"',
      'such as https://argocd.example.com'
    ],
    line: 11,
    column: 17
  },
  {
    name: 'an unknown placeholder in argocd.app',
    load: 'platform',
    text: platform({ 12: "        app: '{service}-{env}'" }),
    rule: 'invalid-template',
    message: ['spec.regions.us-east.argocd.app uses {env}', 'only {service} and {region}'],
    line: 12,
    column: 14
  },
  {
    name: 'an unknown key in argocd (projct)',
    load: 'platform',
    text: platform({}, '        projct: payments'),
    rule: 'unknown-key',
    message: ['Unknown key "projct" in spec.regions.us-east.argocd', 'Did you mean "project"?'],
    line: 13,
    column: 9
  },
  {
    name: 'a lower-case jurisdiction',
    load: 'platform',
    text: platform({ 9: '      jurisdiction: us' }),
    rule: 'invalid-value',
    message: [
      'spec.regions.us-east.jurisdiction is "us", which is not of the expected form',
      'such as US, EU or CN',
      'Did you mean "US"?'
    ],
    line: 9,
    column: 21
  },
  {
    name: 'a missing jurisdiction',
    load: 'platform',
    text: platform({ 9: '      # jurisdiction: US' }),
    rule: 'missing-key',
    message: ['spec.regions.us-east is missing the required key "jurisdiction"', 'Add it'],
    line: 7,
    column: 5
  },
  {
    name: 'region approvals below 0',
    load: 'platform',
    text: platform({}, '      approvals: -1'),
    rule: 'out-of-range',
    message: ['spec.regions.us-east.approvals is -1; it must be at least 0.'],
    line: 13,
    column: 18
  },
  {
    name: 'a region name that is not a DNS label',
    load: 'platform',
    text: platform({ 7: '    US_East:' }),
    rule: 'invalid-name',
    message: ['The key "US_East" in spec.regions', 'DNS-1123 label'],
    line: 7,
    column: 5
  },
  {
    name: 'a platform region name that climbs out of its folder',
    load: 'platform',
    text: platform({ 7: '    ../etc:' }),
    rule: 'path-escape',
    message: ['The key "../etc" in spec.regions', 'would escape its folder'],
    line: 7,
    column: 5
  },
  {
    name: 'no regions in the platform',
    load: 'platform',
    text: `${PLATFORM_LINES.slice(0, 5).join('\n')}\n  regions: {}\n`,
    rule: 'empty-value',
    message: ['spec.regions is empty; list at least one item'],
    line: 6,
    column: 12
  },

  // ---- the manifest against the platform ----
  {
    name: 'a manifest region the platform does not define',
    load: 'cross',
    text: service({ 7: '  regions: [us-east, swedn]' }),
    rule: 'unknown-region',
    message: [
      'Region "swedn" is not defined in platform.yaml (regions: us-east, us-west, sweden, china)',
      'Did you mean "sweden"?',
      'ask the platform team to add the region'
    ],
    line: 7,
    column: 22
  },
  {
    name: 'a manifest region named like an Object.prototype member',
    load: 'cross',
    text: service({ 7: '  regions: [us-east, constructor]' }),
    rule: 'unknown-region',
    message: ['Region "constructor" is not defined in platform.yaml'],
    line: 7,
    column: 22
  },
  {
    name: 'a residency jurisdiction no platform region is in',
    load: 'cross',
    text: service(
      {},
      '  data:',
      '    engine: postgres',
      '    tables:',
      '      customers:',
      '        home: sweden',
      '        residency: [EU, UK]'
    ),
    rule: 'unknown-jurisdiction',
    severity: 'warning',
    message: ['Table customers allows jurisdiction UK, but no platform region is in it'],
    line: 13,
    column: 25
  }
]

function load(kind: 'service' | 'platform', text: string): Loaded<unknown> {
  return kind === 'service' ? loadService(text, MANIFEST) : loadPlatform(text, PLATFORM)
}

/** The diagnostics a case yields: the loader's, or for a cross case the rules that join the two files. */
function diagnosticsOf(c: Case): Diagnostic[] {
  if (c.load !== 'cross') return load(c.load, c.text).diagnostics
  const loaded = loadService(c.text, MANIFEST)
  expect(loaded.diagnostics).toEqual([])
  return checkServiceAgainstPlatform(loaded.value!, FIXTURE_PLATFORM)
}

describe('the loader on bad inputs', () => {
  it('covers at least 30 distinct inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(CASES.map(c => c.name)).size).toBe(CASES.length)
    expect(new Set(CASES.map(c => `${c.load}\n${c.text}`)).size).toBe(CASES.length)
  })

  it.each(CASES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const diagnostics = diagnosticsOf(c)
    const found = diagnostics.find(d => d.rule === c.rule)
    expect(found).toBeDefined()
    const d = found!
    expect({ rule: d.rule, severity: d.severity, line: d.line, column: d.column }).toEqual({
      rule: c.rule,
      severity: c.severity ?? 'error',
      line: c.line,
      column: c.column
    })
    expect(d.file).toBe(c.load === 'platform' ? PLATFORM : MANIFEST)
    for (const part of c.message) expect(d.message).toContain(part)
    expect(diagnostics).toHaveLength(c.count ?? 1)
  })

  it.each(CASES.filter(c => c.load !== 'cross').map(c => [c.name, c] as const))(
    'never throws and gives no value: %s',
    (_name, c) => {
      const kind = c.load as 'service' | 'platform'
      let loaded: Loaded<unknown> | undefined
      expect(() => (loaded = load(kind, c.text))).not.toThrow()
      expect(hasErrors(loaded!.diagnostics)).toBe(true)
      expect(loaded!.value).toBeUndefined()
    }
  )

  it('never throws on any line-prefix of any case, and gives a value only without errors', () => {
    for (const c of CASES) {
      const lines = c.text.split('\n')
      for (let n = 0; n <= lines.length; n++) {
        const text = lines.slice(0, n).join('\n')
        for (const kind of ['service', 'platform'] as const) {
          const loaded = load(kind, text)
          expect(loaded.value === undefined).toBe(hasErrors(loaded.diagnostics))
          const last = Math.max(1, text.split('\n').length)
          for (const d of loaded.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1)
            expect(d.line).toBeLessThanOrEqual(last)
            expect(d.column).toBeGreaterThanOrEqual(1)
          }
        }
      }
    }
  })
})

describe('the loader on good inputs', () => {
  it.each(['checkout', 'minimal', 'ledger'])(
    'loads fixtures/services/%s with no diagnostics, also against the platform',
    name => {
      const loaded = loadService(readFileSync(join(SERVICES, name, MANIFEST), 'utf8'), MANIFEST)
      expect(loaded.diagnostics).toEqual([])
      expect(loaded.value?.name).toBe(name === 'minimal' ? 'search' : name)
      expect(checkServiceAgainstPlatform(loaded.value!, FIXTURE_PLATFORM)).toEqual([])
    }
  )

  it('loads the fixture platform with no diagnostics', () => {
    const loaded = loadPlatform(readFileSync(join(ENV_REPO, PLATFORM), 'utf8'), PLATFORM)
    expect(loaded.diagnostics).toEqual([])
    expect(Object.keys(loaded.value!.regions)).toEqual(['us-east', 'us-west', 'sweden', 'china'])
  })

  it('loads the base inputs the cases start from', () => {
    expect(loadService(service(), MANIFEST).diagnostics).toEqual([])
    expect(loadPlatform(platform(), PLATFORM).diagnostics).toEqual([])
  })

  it(`allows exactly ${MAX_ALIASES} aliases`, () => {
    const rules = loadService(aliases(MAX_ALIASES), MANIFEST).diagnostics.map(d => d.rule)
    expect(rules).toContain('missing-key')
    expect(rules).not.toContain('alias-limit')
  })

  it('reads a banner comment of many # in linear time', () => {
    // The old comment-only check backtracked exponentially here: seconds at 28 '#', hours at 40.
    // Against the same manifest without the banner, timed in this run (the fastest of five, so a
    // loaded runner's pauses do not count): linear is about 1x, the old check thousands of times.
    const fastest = (text: string) => {
      let best = Infinity
      for (let i = 0; i < 5; i++) {
        const started = performance.now()
        loadService(text, MANIFEST)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    const plain = fastest(service())
    const banner = fastest(`${'#'.repeat(28)}\n${service()}`)
    expect(banner / plain).toBeLessThan(50)
    const text = `${'#'.repeat(80)}
# checkout
${'#'.repeat(80)}
${service()}`
    const loaded = loadService(text, MANIFEST)
    expect(loaded.diagnostics).toEqual([])
    expect(loaded.value?.name).toBe('checkout')
  })
})
