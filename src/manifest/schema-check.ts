import type { ErrorObject } from 'ajv'
import type { Diagnostic } from './diagnostic.js'
import { clip, listSome, quote } from './diagnostic.js'
import { didYouMean } from './suggest.js'
import type { YamlSource } from './yaml-source.js'
import { escapesFolder } from '../schema/formats.js'
import { validatePlan, validatePlatform, validateService } from '../schema/validators.js'

export type SchemaName = 'service' | 'platform' | 'plan'

/** The rule of each custom format (formats.ts says what it accepts), and the sentence that tells a user how to write one. */
const FORMATS: Record<string, { rule: string; expected: string }> = {
  'dns-label': {
    rule: 'invalid-name',
    expected:
      "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters (for example us-east)"
  },
  duration: {
    rule: 'invalid-duration',
    expected: 'a duration: a number and a unit (ms, s, m, h, d, w), such as 30s, 10m, 1h30m or 730d'
  },
  size: {
    rule: 'invalid-size',
    expected:
      'a size: a number and a unit (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB), such as 512MiB or 20GB'
  },
  hostname: {
    rule: 'invalid-hostname',
    expected: 'a fully qualified host name, such as checkout.internal.example.com'
  },
  'image-repository': {
    rule: 'invalid-image',
    expected:
      'an image repository without a tag or digest, such as ghcr.io/acme/checkout (the release names the tag)'
  },
  'relative-path': {
    rule: 'path-escape',
    expected: "a relative path that stays inside its folder (no leading '/', no '..')"
  },
  'path-template': {
    rule: 'path-escape',
    expected:
      "a relative path inside the repository (no leading '/', no '..') with only the placeholders {region} and {service}, such as regions/{region}/{service}"
  },
  'sql-identifier': {
    rule: 'invalid-identifier',
    expected:
      "a lower-case SQL identifier: letters, digits and '_', starting with a letter or '_', at most 63 characters"
  },
  uri: {
    rule: 'invalid-url',
    expected: 'an http(s) URL, such as https://argocd.example.com'
  }
}

const PLATFORM = 'the platform config'

/** A validator compiled at build time (script/schema-validators.mjs), with the errors of its last call. */
interface ValidateFunction {
  (value: unknown): boolean
  errors?: ErrorObject[] | null
}

const VALIDATORS: Record<SchemaName, ValidateFunction> = {
  service: validateService as ValidateFunction,
  platform: validatePlatform as ValidateFunction,
  plan: validatePlan as ValidateFunction
}

/** Validates a plain value (such as a plan) against one of the published schemas; returns readable errors. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  const validate = VALIDATORS[name]
  if (validate(value)) return []
  return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
}

function pathOf(error: ErrorObject): string[] {
  if (error.instancePath === '') return []
  return error.instancePath
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** `spec.train.waves[1][0]`: the path as a person reads it. */
export function displayPath(path: readonly (string | number)[]): string {
  let out = ''
  for (const segment of path) {
    if (/^\d+$/.test(String(segment))) out += `[${segment}]`
    else if (/^[A-Za-z_][\w-]*$/.test(String(segment))) out += out === '' ? segment : `.${segment}`
    else out += `[${quote(String(segment))}]`
  }
  return out === '' ? 'the document' : out
}

function describeType(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text ${quote(value)}`
  return `${typeof value} ${quote(value)}`
}

const BOUND_WORDS: Record<string, string> = {
  '<=': 'at most',
  '>=': 'at least',
  '<': 'less than',
  '>': 'more than'
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false'
}

const shown = quote

/** Turns one Ajv error into a diagnostic a person can act on, or undefined for wrapper errors. */
function toDiagnostic(
  error: ErrorObject,
  source: YamlSource,
  kindName: string
): Diagnostic | undefined {
  const path = pathOf(error)
  const where = displayPath(path)
  const description = (error.parentSchema as { description?: string } | undefined)?.description
  const at = (p: readonly string[], part: 'key' | 'value' = 'value') => source.locate(p, part)
  const make = (rule: string, message: string, position = at(path)): Diagnostic => ({
    rule,
    severity: 'error',
    message,
    file: source.file,
    ...position
  })
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName
  switch (error.keyword) {
    case 'propertyNames':
      return undefined
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {})
      return make(
        'unknown-key',
        `Unknown key ${quote(key)} in ${where}.${didYouMean(key, allowed)} Allowed keys: ${allowed.join(', ')}.`,
        at([...path, key], 'key')
      )
    }
    case 'required': {
      const key = String(error.params.missingProperty)
      const properties = (
        error.parentSchema as { properties?: Record<string, { description?: string }> }
      ).properties
      const hint = properties?.[key]?.description
      return make(
        'missing-key',
        `${where === 'the document' ? 'The document' : where} is missing the required key "${key}".${hint ? ` ${hint}` : ''} Add it.`,
        path.length === 0 ? { line: 1, column: 1 } : at(path, 'key')
      )
    }
    case 'type': {
      const expected = String(error.params.type)
        .split(',')
        .map(t => TYPE_WORDS[t] ?? t)
        .join(' or ')
      const subject = where === 'the document' ? 'The document' : where
      return make('wrong-type', `${subject} must be ${expected}, not ${describeType(error.data)}.`)
    }
    case 'const': {
      const expected = String(error.params.allowedValue)
      if (path.join('.') === 'kind') {
        const other =
          error.data === 'Platform'
            ? ' This looks like platform.yaml: pass it with --platform.'
            : error.data === 'Service'
              ? ' This looks like a service manifest: pass it with --manifest.'
              : ''
        return make(
          'wrong-kind',
          `kind must be ${expected} in ${kindName}, not ${shown(error.data)}.${other}`
        )
      }
      if (path.join('.') === 'apiVersion') {
        return make(
          'wrong-api-version',
          `apiVersion must be ${expected}, not ${shown(error.data)}.`
        )
      }
      return make('invalid-value', `${where} must be ${expected}, not ${shown(error.data)}.`)
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String)
      return make(
        'invalid-value',
        `${where} is ${shown(error.data)}; it must be one of ${listSome(allowed)}.${typeof error.data === 'string' ? didYouMean(error.data, allowed) : ''}`
      )
    }
    case 'format': {
      const format = FORMATS[String(error.params.format)]
      if (!format) return make('invalid-value', `${where} ${error.message ?? 'is not valid'}.`)
      const value = propertyName ?? String(error.data)
      const position = propertyName === undefined ? at(path) : at([...path, propertyName], 'key')
      const label =
        propertyName === undefined ? where : `The key ${quote(propertyName)} in ${where}`
      const isName = format.rule === 'invalid-name' && /[/\\]|\.\./.test(value)
      if (isName || (format.rule === 'path-escape' && escapesFolder(value))) {
        // Names and platform paths are folders of the environments repository; manifest paths are the service's own.
        const repository =
          isName || kindName === PLATFORM ? 'the environments repository' : 'the service repository'
        return make(
          'path-escape',
          `${label} is ${quote(value)}, which would escape its folder in ${repository}. It must be ${format.expected}.`,
          position
        )
      }
      if (format.rule === 'path-escape') {
        // Not an escape: an empty path, a NUL, or a layout template with placeholders other than ours.
        const placeholders = value
          .match(/\{[^}]*\}/g)
          ?.filter(token => token !== '{region}' && token !== '{service}')
        const rule =
          value === ''
            ? 'empty-value'
            : String(error.params.format) === 'path-template'
              ? 'invalid-template'
              : 'invalid-value'
        const uses = placeholders?.length
          ? `, which uses ${placeholders.join(', ')}; only {region} and {service} are replaced. It`
          : '; it'
        return make(
          rule,
          `${label} is ${quote(value)}${uses} must be ${format.expected}.`,
          position
        )
      }
      if (format.rule === 'invalid-image' && /[:@]/.test(value.split('/').pop() ?? '')) {
        const repository = value.replace(/[:@][^/]*$/, '')
        return make(
          format.rule,
          `${label} is ${quote(value)}, which includes a tag or digest. Write the repository alone (${clip(repository)}); the release names the tag or digest.`,
          position
        )
      }
      return make(
        format.rule,
        `${label} is ${quote(value)}; it must be ${format.expected}.`,
        position
      )
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      // Ajv's own message already starts with "must be", so say the bound in words.
      return make(
        'out-of-range',
        `${where} is ${shown(error.data)}; it must be ${BOUND_WORDS[String(error.params.comparison)] ?? error.params.comparison} ${error.params.limit}.${description ? ` ${description}` : ''}`
      )
    case 'minItems':
    case 'minProperties':
      return make(
        'empty-value',
        `${where} is empty; list at least one item.${description ? ` ${description}` : ''}`
      )
    case 'minLength':
      return make(
        'empty-value',
        `${where} is empty; give it a value.${description ? ` ${description}` : ''}`
      )
    case 'uniqueItems': {
      const second = Math.max(Number(error.params.i), Number(error.params.j))
      const items = error.data as unknown[]
      return make(
        'duplicate-item',
        `${where} lists ${shown(items[second])} more than once; keep one.`,
        at([...path, String(second)])
      )
    }
    case 'pattern': {
      const pattern = new RegExp(String(error.params.pattern), 'u')
      const value = String(error.data)
      const fixed = [value.toUpperCase(), value.toLowerCase()].find(v => pattern.test(v))
      const expected = description
        ? `: ${description.replace(/\.?$/, '.')}`
        : ` (${pattern.source}).`
      return make(
        'invalid-value',
        `${where} is ${shown(error.data)}, which is not of the expected form${expected}${fixed === undefined ? '' : ` Did you mean "${fixed}"?`}`
      )
    }
    default:
      return make('invalid-value', `${where} ${error.message ?? 'is not valid'}.`)
  }
}

/** Checks a parsed YAML file against its published schema; one diagnostic per problem, at its position. */
export function checkAgainstSchema(source: YamlSource, name: 'service' | 'platform'): Diagnostic[] {
  const validate = VALIDATORS[name]
  if (validate(source.value)) return []
  const kindName = name === 'service' ? 'a service manifest' : PLATFORM
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  const errors = validate.errors ?? []
  // A file of the wrong kind fails every other rule too; say the one thing that matters.
  const wrongKind = errors.filter(e => e.instancePath === '/kind' && e.keyword === 'const')
  for (const error of wrongKind.length > 0 ? wrongKind : errors) {
    const diagnostic = toDiagnostic(error, source, kindName)
    if (!diagnostic) continue
    const key = `${diagnostic.rule}:${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(diagnostic)
  }
  return out
}
