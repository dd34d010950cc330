import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { applyPatch } from 'diff'
import fc from 'fast-check'
import { parse, parseDocument, stringify } from 'yaml'
import { filesToRead, regionLayout } from '../../src/gitops/layout.js'
import { pinHelm, pinKustomize } from '../../src/gitops/image-pin.js'
import type { Pin } from '../../src/gitops/image-pin.js'
import type { Diagnostic } from '../../src/manifest/diagnostic.js'
import { loadPlatform, loadService } from '../../src/manifest/load.js'
import type { Platform, Service } from '../../src/manifest/model.js'
import { schemaErrors } from '../../src/manifest/schema-check.js'
import { plan } from '../../src/plan/plan.js'
import { parseRelease } from '../../src/plan/release.js'
import type { Release } from '../../src/plan/release.js'
import { renderPlanMarkdown } from '../../src/report/markdown.js'
import { renderPlanText } from '../../src/report/text.js'
import type { Plan } from '../../src/schema/generated.js'
import { ENV_REPO, SERVICES } from '../support/paths.js'
import { configureProperties, runs } from '../support/property.js'

// A fixed seed keeps CI reproducible; FC_SEED=<n> explores another part of the input space.
configureProperties(20261126)

/*
 * The loader and the planner promise never to throw: every problem in a
 * manifest, the platform config or an environments repository file becomes a
 * finding. These properties feed them thousands of generated and mutated
 * inputs and check that promise, plus the invariants a reader of a plan
 * relies on (counts add up, blocked means an error says why, an edit changes
 * only the pinned value).
 */

const SERVICE_FILE = 'fixtures/services/checkout/multiregion.yaml'
const PLATFORM_FILE = 'fixtures/environments/platform.yaml'
const RULE = /^[a-z][a-z0-9-]*$/
const DIGEST_A = `sha256:${'a'.repeat(64)}`
const DIGEST_B = `sha256:${'0123456789abcdef'.repeat(4)}`

const fixtureText = (...path: string[]) => readFileSync(join(...path), 'utf8')

// ---------------------------------------------------------------------------
// Checks shared by the properties

function expectWellFormedDiagnostics(
  loaded: { value?: unknown; diagnostics: Diagnostic[] },
  file: string
): void {
  const errors = loaded.diagnostics.filter(d => d.severity === 'error')
  if (errors.length > 0) expect(loaded.value).toBeUndefined()
  else expect(loaded.value).toBeDefined()
  for (const d of loaded.diagnostics) {
    expect(d.file).toBe(file)
    expect(['error', 'warning', 'info']).toContain(d.severity)
    expect(d.rule).toMatch(RULE)
    expect(typeof d.message).toBe('string')
    expect(d.message.trim()).not.toBe('')
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true)
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true)
  }
}

/** The parsed value of a YAML text, or undefined when it has errors (an unresolved alias is found only by toJS). */
function yamlValue(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) return undefined
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) }
  } catch {
    return undefined
  }
}

/** The paths at which two plain values differ, as lists of keys. */
function differences(a: unknown, b: unknown, path: (string | number)[] = []): string[][] {
  if (Object.is(a, b)) return []
  const bothObjects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null
  if (!bothObjects || Array.isArray(a) !== Array.isArray(b)) return [path.map(String)]
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...keys].flatMap(key => {
    if (!Object.hasOwn(left, key) || !Object.hasOwn(right, key)) return [[...path, key].map(String)]
    return differences(left[key], right[key], [...path, key])
  })
}

/** Lines without their endings: a line added after a last line with no newline gives that line one, in the file's style. */
function lines(text: string): string[] {
  return text.split(/\r?\n/)
}

/**
 * The invariants of a plan that readers rely on. `files` is what the planner
 * read; `service` and `platform` what it planned.
 */
function expectConsistentPlan(
  result: Plan,
  service: Service,
  platform: Platform,
  release: Release,
  files: ReadonlyMap<string, string>
): void {
  expect(schemaErrors('plan', result)).toEqual([])
  const { summary, regions, findings } = result
  expect(summary.regions).toBe(regions.length)
  expect(summary.promote + summary.current + summary.blocked).toBe(regions.length)
  expect(summary.errors).toBe(findings.filter(f => f.severity === 'error').length)
  expect(regions.map(r => r.name)).toEqual(
    service.train.waves.flat().filter(r => Object.hasOwn(platform.regions, r))
  )
  const target = release.pin.tag ?? release.pin.digest
  for (const region of regions) {
    const regionErrors = findings.filter(f => f.region === region.name && f.severity === 'error')
    expect({ region: region.name, blocked: region.action === 'blocked' }).toEqual({
      region: region.name,
      blocked: regionErrors.length > 0
    })
    expect(region.target).toBe(target)
    if (region.action === 'current') expect(region.current).toBe(target)
    const layout = regionLayout(platform, service.name, region.name)
    // The kustomization may be edited twice: the image pin, then its resources (on top of the pin).
    const imageEdits = region.edits.filter(
      e => layout.candidates.includes(e.path) && e.field !== 'resources'
    )
    expect(imageEdits.length).toBeLessThanOrEqual(1)
    if (region.action === 'promote' && region.current !== target) expect(imageEdits).toHaveLength(1)
    if (region.action === 'promote') expect(region.edits.length).toBeGreaterThan(0)
    else expect(region.edits).toEqual([])
    for (const edit of imageEdits) {
      const original = files.get(edit.path)
      expect(original).toBeDefined()
      expectMinimalEdit(original as string, edit, target)
      // A second plan over the edited file finds the region current: the edit is what it says.
      const pin = layout.image === 'helm' ? pinHelm : pinKustomize
      const again = pin(edit.content, service.image, release.pin, edit.path)
      expect(again).toEqual({ kind: 'current', current: target })
    }
    const current = new Map<string, string>()
    for (const edit of region.edits) {
      if (!imageEdits.includes(edit))
        expectRoutingEdit(current.get(edit.path) ?? files.get(edit.path), edit)
      current.set(edit.path, edit.content)
    }
  }
  if (promotesWithRouting(result)) {
    // Planning again over the edited files changes nothing more: every routing edit is what it says.
    const edited = new Map(files)
    for (const edit of result.regions.flatMap(r => r.edits)) edited.set(edit.path, edit.content)
    const again = plan({ service, platform, release, files: edited })
    expect(again.regions.flatMap(r => r.edits)).toEqual([])
  }
  expect(() => renderPlanText(result)).not.toThrow()
  expect(() => renderPlanMarkdown(result)).not.toThrow()
}

function promotesWithRouting(result: Plan): boolean {
  return result.regions.some(r => r.action === 'promote') && result.regions.every(r => r.dns)
}

/** A routing edit: a whole generated file, or annotations of a Service with nothing else changed. */
function expectRoutingEdit(
  original: string | undefined,
  edit: Plan['regions'][number]['edits'][number]
): void {
  expect(edit.baseSha256).toBe(
    createHash('sha256')
      .update(original ?? '', 'utf8')
      .digest('hex')
  )
  expect(edit.created ?? false).toBe(original === undefined)
  expect(applyPatch(original ?? '', edit.diff)).toBe(edit.content)
  if (edit.field === 'resources') {
    // Only items added at the end of resources; every other value as it was.
    const [before, after] = [yamlValue(original as string), yamlValue(edit.content)]
    for (const path of differences(before?.value, after?.value)) expect(path[0]).toBe('resources')
    return
  }
  if (edit.field !== 'metadata.annotations') return
  const before = yamlValue(original as string)
  const after = yamlValue(edit.content)
  expect(after).toBeDefined()
  if (!before) return
  for (const path of differences(before.value, after?.value))
    expect(path.slice(0, 2)).toEqual(['metadata', 'annotations'])
  // One line per annotation set, plus `annotations:` itself when the Service had none.
  const metadata = (before.value as { metadata?: { annotations?: unknown } }).metadata
  expect(lines(edit.content).filter(l => !lines(original as string).includes(l)).length).toBe(
    Object.values(JSON.parse(edit.after) as object).filter(v => v !== null).length +
      (metadata?.annotations ? 0 : 1)
  )
}

function expectMinimalEdit(
  original: string,
  edit: Plan['regions'][number]['edits'][number],
  target: string
): void {
  expect(edit.after).toBe(target)
  expect(edit.baseSha256).toBe(createHash('sha256').update(original, 'utf8').digest('hex'))
  expect(applyPatch(original, edit.diff)).toBe(edit.content)
  const before = lines(original)
  const after = lines(edit.content)
  if (after.length === before.length) {
    // A replaced scalar: only the edit's own line changes.
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]))
    expect(changed).toEqual([edit.line])
  } else {
    // An inserted key: exactly one new line, at the edit's line, and the rest as it was.
    expect(after.length).toBe(before.length + 1)
    expect(after.filter((_, i) => i !== edit.line - 1)).toEqual(before)
  }
  // Structurally, the file differs from the original in the pinned field alone.
  const parsedBefore = yamlValue(original)
  if (!parsedBefore) return
  const parsedAfter = yamlValue(edit.content)
  expect(parsedAfter).toBeDefined()
  const changedPaths = differences(parsedBefore.value, parsedAfter?.value)
  const key = edit.field.split('.').pop()
  expect(changedPaths).toHaveLength(1)
  expect(changedPaths[0]?.at(-1)).toBe(key)
}

// ---------------------------------------------------------------------------
// Arbitraries

/** Strings that have broken parsers, path builders and templating before. */
const STRANGE_STRINGS = [
  '',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\u0000us-east',
  '../x',
  '../../etc/passwd',
  '/abs',
  'a\\b',
  '{region}',
  '{service}/{region}',
  'constructor',
  '__proto__',
  'toString',
  '${{ secrets.TOKEN }}',
  '"',
  "'",
  '#',
  ': ',
  '- ',
  '*a',
  '&a',
  '!!binary',
  '---',
  '1.5',
  '007',
  '0x1F',
  '1e3',
  '-1',
  'true',
  'null',
  '~',
  'NaN',
  'US-EAST',
  'us-east ',
  'us_east',
  'ünïcödé',
  '🚀',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'us-east',
  'us-west',
  'sweden',
  'china',
  'eu-central',
  'ledger',
  'search',
  'ghcr.io/acme/checkout',
  'ghcr.io/acme/checkout:v1.5.0',
  'x'.repeat(64),
  'y'.repeat(5000)
]

const strangeString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRANGE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.nat(1000).map(String) }
)

const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: strangeString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e21, true, false, null, [], {}) }
)

/** Tokens YAML gives meaning to, so that random text often gets past the first character. */
const yamlToken = fc.constantFrom(
  'apiVersion: multiregion.dev/v1\n',
  'kind: Service\n',
  'kind: Platform\n',
  'metadata:\n',
  'spec:\n',
  '  regions: [us-east]\n',
  '  image: ghcr.io/acme/checkout\n',
  '  name: checkout\n',
  '\n',
  '  ',
  '- ',
  ': ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '<<: ',
  '!!str ',
  '!tag ',
  '|\n',
  '>-\n',
  '"',
  "'",
  '#',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '\t',
  '\r\n',
  '\u0000',
  '\uFEFF',
  'x',
  '1'
)

const yamlishText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(yamlToken, { maxLength: 40 }).map(tokens => tokens.join('')),
  fc
    .array(fc.oneof(yamlToken, fc.string({ maxLength: 6 })), { maxLength: 30 })
    .map(parts => parts.join(''))
)

/** Serialises any value as YAML; `undefined` (which stringify drops) becomes the empty file. */
function toYaml(value: unknown): string {
  return (stringify(value) as string | undefined) ?? ''
}

const manifestShaped = fc.record(
  {
    apiVersion: fc.oneof(fc.constant('multiregion.dev/v1'), fc.anything()),
    kind: fc.constantFrom('Service', 'Platform', 'Other'),
    metadata: fc.oneof(fc.record({ name: strangeString }), fc.anything()),
    spec: fc.oneof(
      fc.record(
        {
          image: fc.oneof(fc.constant('ghcr.io/acme/checkout'), strangeString),
          regions: fc.oneof(fc.array(strangeString, { maxLength: 4 }), fc.anything()),
          layout: fc.anything(),
          train: fc.anything(),
          routing: fc.anything(),
          data: fc.anything()
        },
        { requiredKeys: [] }
      ),
      fc.anything()
    )
  },
  { requiredKeys: ['kind'] }
)

/** One change to a manifest's value. `at` and `pick` choose where and what, modulo what exists. */
type Mutation =
  | { op: 'delete' | 'duplicate-region' | 'swap-types'; at: number; pick: number }
  | { op: 'replace' | 'add-key'; at: number; pick: number; value: unknown; key: string }
  | { op: 'rename' | 'rename-region'; at: number; pick: number; key: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete' as const, 'duplicate-region' as const, 'swap-types' as const),
    at: fc.nat(),
    pick: fc.nat()
  }),
  fc.record({
    op: fc.constantFrom('replace' as const, 'add-key' as const),
    at: fc.nat(),
    pick: fc.nat(),
    value: strangeValue,
    key: strangeString
  }),
  fc.record({
    op: fc.constantFrom('rename' as const, 'rename-region' as const),
    at: fc.nat(),
    pick: fc.nat(),
    key: strangeString
  })
)

type Json = Record<string, unknown> | unknown[]

function isContainer(value: unknown): value is Json {
  return typeof value === 'object' && value !== null
}

/** Every path to a value inside `root`, parents before children. */
function allPaths(root: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (!isContainer(root)) return [path]
  const entries: [string | number, unknown][] = Array.isArray(root)
    ? root.map((v, i) => [i, v])
    : Object.entries(root)
  return [path, ...entries.flatMap(([k, v]) => allPaths(v, [...path, k]))]
}

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root
  for (const key of path)
    node = isContainer(node) ? (node as Record<string, unknown>)[key] : undefined
  return node
}

/** Replaces every string equal to `from` inside `node` with `to`, in place. */
function replaceString(node: unknown, from: string, to: string): void {
  if (!isContainer(node)) return
  for (const [key, value] of Object.entries(node)) {
    if (value === from) (node as Record<string, unknown>)[key] = to
    else replaceString(value, from, to)
  }
}

/** Applies one mutation to `root` in place. */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  const paths = allPaths(root)
  const path = paths[m.at % paths.length] as (string | number)[]
  const parent = getAt(root, path.slice(0, -1))
  const last = path.at(-1)
  switch (m.op) {
    case 'delete':
      if (last === undefined || !isContainer(parent)) return
      if (Array.isArray(parent)) parent.splice(Number(last), 1)
      else delete parent[last]
      return
    case 'replace':
      if (last === undefined || !isContainer(parent)) return
      ;(parent as Record<string, unknown>)[last] = m.value
      return
    case 'add-key': {
      const target = getAt(root, path)
      if (Array.isArray(target)) target.push(m.value)
      else if (isContainer(target)) (target as Record<string, unknown>)[m.key] = m.value
      return
    }
    case 'rename': {
      if (typeof last !== 'string' || !isContainer(parent) || Array.isArray(parent)) return
      const value = parent[last]
      delete parent[last]
      parent[m.key] = value
      return
    }
    case 'duplicate-region': {
      // Put an existing region name a second time into the region list or one of the waves.
      const spec = root.spec as Record<string, unknown> | undefined
      const regions = Array.isArray(spec?.regions) ? (spec.regions as unknown[]) : []
      const train = spec?.train as Record<string, unknown> | undefined
      const waves = Array.isArray(train?.waves) ? (train.waves as unknown[]) : []
      const lists = [regions, ...waves.filter(Array.isArray)]
      const all = lists.flat()
      if (all.length === 0) return
      const list = lists[m.pick % lists.length] as unknown[]
      list.push(all[m.at % all.length])
      return
    }
    case 'rename-region': {
      // Rename a region consistently (regions, waves, failover, table homes), so the manifest often stays valid.
      const regions = (root.spec as Record<string, unknown> | undefined)?.regions
      if (!Array.isArray(regions) || regions.length === 0) return
      const from = regions[m.at % regions.length]
      if (typeof from === 'string') replaceString(root, from, m.key)
      return
    }
    case 'swap-types': {
      // Numbers become strings of digits and digit strings become numbers.
      const value = getAt(root, path)
      if (last === undefined || !isContainer(parent)) return
      const slot = parent as Record<string, unknown>
      if (typeof value === 'number') slot[last] = String(value)
      else if (typeof value === 'string' && value !== '' && !Number.isNaN(Number(value)))
        slot[last] = Number(value)
      else if (typeof value === 'boolean') slot[last] = String(value)
      return
    }
  }
}

const hex64 = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 64,
  maxLength: 64
})
const validTag = fc.oneof(
  fc.constantFrom('v1.5.0', 'v1.4.2', '2.3.0', '2025.11.3', 'latest', '_', 'x'.repeat(128)),
  fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,30}$/)
)
const validDigest = fc.oneof(
  fc.constantFrom(DIGEST_A, DIGEST_B),
  hex64.map(h => `sha256:${h}`)
)

/** A release as a user might type it; `image` makes it a full reference to the service's image. */
type ReleaseInput =
  { form: 'plain'; value: string } | { form: 'image-tag' | 'image-digest'; value: string }

const releaseInput: fc.Arbitrary<ReleaseInput> = fc.oneof(
  { weight: 3, arbitrary: validTag.map(value => ({ form: 'plain' as const, value })) },
  { weight: 2, arbitrary: validDigest.map(value => ({ form: 'plain' as const, value })) },
  { weight: 1, arbitrary: validTag.map(value => ({ form: 'image-tag' as const, value })) },
  { weight: 1, arbitrary: validDigest.map(value => ({ form: 'image-digest' as const, value })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.string(),
        fc.string({ unit: 'binary', maxLength: 10 }),
        fc.constantFrom(
          '',
          '   ',
          'sha256:abc',
          `sha256:${'A'.repeat(64)}`,
          '-x',
          '.x',
          'other/image:v1',
          'ghcr.io/acme/other:v1',
          'v1 5',
          'x'.repeat(129),
          'v1.5.0\n',
          '\u0000'
        )
      )
      .map(value => ({ form: 'plain' as const, value }))
  }
)

function releaseText(input: ReleaseInput, image: string): string {
  if (input.form === 'image-tag') return `${image}:${input.value}`
  if (input.form === 'image-digest') return `${image}@${input.value}`
  return input.value
}

// ---------------------------------------------------------------------------
// Fixtures, read once

let platform: Platform
let checkoutObject: Record<string, unknown>
/** Every env-repo file a plan of checkout, ledger or search (the names mutations favour) may read. */
const envFiles = new Map<string, string>()
const baseServices = new Map<string, Service>()

beforeAll(() => {
  const loadedPlatform = loadPlatform(fixtureText(ENV_REPO, 'platform.yaml'), PLATFORM_FILE)
  if (!loadedPlatform.value) throw new Error(JSON.stringify(loadedPlatform.diagnostics))
  platform = loadedPlatform.value
  checkoutObject = parse(fixtureText(SERVICES, 'checkout', 'multiregion.yaml')) as Record<
    string,
    unknown
  >
  for (const name of ['checkout', 'ledger', 'search']) {
    for (const path of filesToRead(platform, name, Object.keys(platform.regions))) {
      const file = join(ENV_REPO, path)
      if (existsSync(file)) envFiles.set(path, readFileSync(file, 'utf8'))
    }
  }
  for (const name of ['checkout', 'ledger']) {
    const file = `fixtures/services/${name}/multiregion.yaml`
    const loaded = loadService(fixtureText(SERVICES, name, 'multiregion.yaml'), file)
    if (!loaded.value) throw new Error(JSON.stringify(loaded.diagnostics))
    baseServices.set(name, loaded.value)
  }
})

// ---------------------------------------------------------------------------
// a. Arbitrary text

describe('loadService and loadPlatform on arbitrary text', () => {
  const loadBoth = (text: string) => {
    expectWellFormedDiagnostics(loadService(text, 'multiregion.yaml'), 'multiregion.yaml')
    expectWellFormedDiagnostics(loadPlatform(text, 'platform.yaml'), 'platform.yaml')
  }

  it('never throw on random YAML-ish text, and report well-formed diagnostics', () => {
    fc.assert(fc.property(yamlishText, loadBoth), { numRuns: runs(1500) })
  })

  it('never throw on any value serialised as YAML', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), value =>
        loadBoth(toYaml(value))
      ),
      { numRuns: runs(800) }
    )
  })

  it('never throw on manifest-shaped values with arbitrary parts', () => {
    fc.assert(
      fc.property(manifestShaped, value => loadBoth(toYaml(value))),
      { numRuns: runs(800) }
    )
  })
})

// ---------------------------------------------------------------------------
// b. Mutated fixture manifests, loaded and planned

describe('mutations of the checkout manifest', () => {
  it('never make loadService, parseRelease or plan throw, and plans stay consistent', () => {
    const count = runs(1500)
    let planned = 0
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        releaseInput,
        (mutations, releaseIn) => {
          const value = structuredClone(checkoutObject)
          for (const m of mutations) mutate(value, m)
          const text = toYaml(value)
          const loaded = loadService(text, SERVICE_FILE)
          expectWellFormedDiagnostics(loaded, SERVICE_FILE)
          const service = loaded.value
          if (!service) return
          const parsed = parseRelease(releaseText(releaseIn, service.image), service.image)
          if ('error' in parsed) {
            expect(parsed.error).toMatch(/^release /)
            return
          }
          planned++
          const result = plan({ service, platform, release: parsed, files: envFiles })
          expectConsistentPlan(result, service, platform, parsed, envFiles)
        }
      ),
      { numRuns: count }
    )
    // Enough mutated manifests must stay loadable for the planner to be exercised (typically 10-13%).
    expect(planned).toBeGreaterThan(count / 20)
  })
})

// ---------------------------------------------------------------------------
// c. Mutated environments repository files

/** YAML spellings of an image field's value, usual and unusual; the pinner must edit each or refuse it. */
const VALUE_SPELLINGS = [
  'v1.5.0',
  '"v1.5.0"',
  "'v1.5.0'",
  'v1.4.2',
  '2.3.0',
  '""',
  "''",
  '',
  '~',
  'null',
  '1.5',
  '12',
  'true',
  '0x1F',
  '[]',
  '{}',
  '[a, b]',
  '{x: 1}',
  '*nope',
  '&anchor v1.4.2',
  '!!str v1.4.2',
  DIGEST_A,
  `"${DIGEST_B}"`,
  'ghcr.io/acme/checkout',
  'ghcr.io/acme/ledger',
  'ghcr.io/acme/other',
  'checkout',
  'ledger',
  '"\\u0000"',
  "'it''s'",
  'v1.5.0 # a comment',
  '# pinned by hand',
  '!!str',
  '&t',
  '|\n      v1.4.2',
  '>-\n      v1.4.2',
  'a'.repeat(300)
]

/** Whole lines to insert: valid YAML at several indents, and breakage. */
const INSERTED_LINES = [
  'images:',
  '  - name: ghcr.io/acme/checkout',
  '    newTag: v1.0.0',
  '- name: ghcr.io/acme/checkout',
  '  newTag: v1.0.0',
  '  digest: ' + DIGEST_A,
  'image:',
  '  repository: ghcr.io/acme/ledger',
  '  tag: 1.0.0',
  '  digest: ""',
  '# a comment',
  '',
  '---',
  '...',
  '  ',
  '\t',
  'key: value',
  '  nested: value',
  '[',
  '{a: 1',
  '"unterminated',
  '&a x: 1',
  '<<: *a',
  '!!binary abc'
]

type FileMutation =
  | { op: 'truncate' | 'delete-line' | 'duplicate-line' | 'indent' | 'crlf' | 'remove'; at: number }
  | { op: 'insert-line'; at: number; line: string }
  | { op: 'set-value'; at: number; value: string }
  | { op: 'rename-key'; at: number; key: string }
  | { op: 'replace'; text: string }

const fileMutation: fc.Arbitrary<FileMutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constantFrom(
        'truncate' as const,
        'delete-line' as const,
        'duplicate-line' as const,
        'indent' as const,
        'crlf' as const,
        'remove' as const
      ),
      at: fc.nat()
    })
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('insert-line' as const),
      at: fc.nat(),
      line: fc.oneof(fc.constantFrom(...INSERTED_LINES), fc.string({ maxLength: 30 }))
    })
  },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('set-value' as const),
      at: fc.nat(),
      value: fc.oneof(fc.constantFrom(...VALUE_SPELLINGS), fc.stringMatching(/^[\w.-]{1,20}$/))
    })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('rename-key' as const),
      at: fc.nat(),
      key: fc.constantFrom(
        'newtag',
        'tag',
        'newTag',
        'digest',
        'name',
        'newName',
        'images',
        'image',
        'repository',
        'x'
      )
    })
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(yamlishText, fc.anything().map(toYaml))
      .map(text => ({ op: 'replace' as const, text }))
  }
)

/** The lines holding an image field (`  newTag: v1`, `- name: x`, `tag: 1`), by index. */
const IMAGE_FIELD =
  /^(\s*(?:-\s+)?)(images|image|name|newName|newTag|digest|repository|tag)(:)( *)(.*)$/

function imageFieldLines(text: string[]): number[] {
  return text.flatMap((line, i) => (IMAGE_FIELD.test(line) ? [i] : []))
}

/** Applies one mutation to the text of one file; undefined removes the file. */
function mutateFile(text: string, m: FileMutation): string | undefined {
  if (m.op === 'remove') return undefined
  if (m.op === 'replace') return m.text
  if (m.op === 'truncate') return text.slice(0, m.at % (text.length + 1))
  if (m.op === 'crlf') return text.replace(/\r?\n/g, '\r\n')
  const all = text.split('\n')
  const i = m.at % Math.max(all.length, 1)
  switch (m.op) {
    case 'insert-line':
      all.splice(m.at % (all.length + 1), 0, m.line)
      break
    case 'delete-line':
      all.splice(i, 1)
      break
    case 'duplicate-line':
      all.splice(i, 0, all[i] ?? '')
      break
    case 'indent':
      all[i] = m.at % 2 === 0 ? `  ${all[i] ?? ''}` : (all[i] ?? '').replace(/^ {1,2}/, '')
      break
    case 'set-value':
    case 'rename-key': {
      const fields = imageFieldLines(all)
      if (fields.length === 0) return text
      const line = fields[m.at % fields.length] as number
      const match = IMAGE_FIELD.exec(all[line] as string) as RegExpExecArray
      const [, lead, key, colon, , value] = match
      all[line] =
        m.op === 'set-value'
          ? `${lead}${key}${colon}${m.value === '' ? '' : ' '}${m.value}`
          : `${lead}${m.key}${colon} ${value}`
      break
    }
  }
  return all.join('\n')
}

describe('mutations of environments repository files', () => {
  it('never make plan throw, and a region is blocked exactly when an error names it', () => {
    const planArbitrary = fc.record({
      name: fc.constantFrom('checkout', 'ledger'),
      pin: fc.oneof(
        validTag.map((tag): Pin => ({ tag })),
        validDigest.map((digest): Pin => ({ digest }))
      ),
      mutations: fc.array(
        fc.tuple(fc.nat(), fc.array(fileMutation, { minLength: 1, maxLength: 3 })),
        {
          minLength: 1,
          maxLength: 4
        }
      )
    })
    const count = runs(1500)
    let edits = 0
    fc.assert(
      fc.property(planArbitrary, ({ name, pin, mutations }) => {
        const service = baseServices.get(name) as Service
        const paths = filesToRead(platform, name, service.regions).filter(p => envFiles.has(p))
        const files = new Map(paths.map(p => [p, envFiles.get(p) as string]))
        for (const [which, changes] of mutations) {
          const path = paths[which % paths.length] as string
          let text: string | undefined = files.get(path)
          for (const change of changes) if (text !== undefined) text = mutateFile(text, change)
          if (text === undefined) files.delete(path)
          else files.set(path, text)
        }
        const release: Release = { ref: pin.tag ?? pin.digest, pin }
        const result = plan({ service, platform, release, files })
        expectConsistentPlan(result, service, platform, release, files)
        edits += result.summary.promote
      }),
      { numRuns: count }
    )
    // Enough plans must promote for the edits to be exercised: one for every five runs.
    expect(edits).toBeGreaterThan(count / 5)
  })
})

// ---------------------------------------------------------------------------
// Unusual inputs the properties above found, reduced by hand. Each is also in
// the generators (the region name in STRANGE_STRINGS, the spellings in
// VALUE_SPELLINGS), so a regression shows up both here and there.

const KUSTOMIZATION = 'regions/us-east/checkout/kustomization.yaml'
const TAG: Pin = { tag: 'v1.5.0' }
const DIGEST: Pin = { digest: DIGEST_A }

/** Plans checkout with `text` as its us-east kustomization.yaml and checks the plan's invariants. */
function expectSoundPlanOver(text: string, pin: Pin): void {
  const service = baseServices.get('checkout') as Service
  const files = new Map([[KUSTOMIZATION, text]])
  const release: Release = { ref: pin.tag ?? pin.digest, pin }
  const result = plan({ service, platform, release, files })
  expect(result.regions.find(r => r.name === 'us-east')?.action).toBe('promote')
  expectConsistentPlan(result, service, platform, release, files)
}

const imagesEntry = (...fields: string[]) =>
  [
    'images:',
    '  - name: ghcr.io/acme/checkout',
    ...fields.map(f => `    ${f}`),
    'namespace: payments',
    ''
  ].join('\n')

describe('unusual inputs', () => {
  it('a region named "constructor" is an unknown region, not a crash in plan', () => {
    const text = [
      'apiVersion: multiregion.dev/v1',
      'kind: Service',
      'metadata: { name: checkout }',
      'spec: { image: ghcr.io/acme/checkout, regions: [constructor] }',
      ''
    ].join('\n')
    const service = loadService(text, SERVICE_FILE).value as Service
    const result = plan({
      service,
      platform,
      release: { ref: 'v1.5.0', pin: TAG },
      files: envFiles
    })
    expect(result.findings.map(f => f.rule)).toEqual(['unknown-region'])
    expect(result.regions).toEqual([])
  })

  it.each([
    ['a block scalar tag (newTag: |)', imagesEntry('newTag: |', '  v1.4.2'), TAG],
    [
      'an entry written with an explicit key (? name)',
      ['images:', '  - ? name', '    : ghcr.io/acme/checkout', ''].join('\n'),
      TAG
    ]
  ] as const)('%s is refused with a finding, never damaged', (_name, text, pin) => {
    const service = baseServices.get('checkout') as Service
    const result = plan({
      service,
      platform,
      release: { ref: pin.tag ?? pin.digest, pin },
      files: new Map([[KUSTOMIZATION, text]])
    })
    expect(result.regions.find(r => r.name === 'us-east')).toMatchObject({
      action: 'blocked',
      edits: []
    })
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'unsupported-layout',
        region: 'us-east',
        file: KUSTOMIZATION
      })
    )
  })

  it('a digest is inserted after a block scalar tag (newTag: >-), inside the entry', () => {
    expectSoundPlanOver(imagesEntry('newTag: >-', '  v1.4.2'), DIGEST)
  })

  it('an empty tag followed by a comment (newTag: # c) keeps the comment out of the value', () => {
    expectSoundPlanOver(imagesEntry('newTag: # pinned by hand'), TAG)
  })

  it('an empty tag with a YAML tag (newTag: !!str) keeps a space after the tag', () => {
    expectSoundPlanOver(imagesEntry('newTag: !!str'), TAG)
  })

  it('an empty tag with an anchor (newTag: &t) keeps a space after the anchor', () => {
    expectSoundPlanOver(imagesEntry('newTag: &t'), TAG)
  })
})
