import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'

/**
 * Checks requests and responses against GitHub's own OpenAPI description of
 * api.github.com (@octokit/openapi). The 13 MB description is parsed once per
 * process and each operation's validators are compiled the first time it is
 * used, so a test file pays only for the operations it calls.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Schema = { [key: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
  'x-multi-segment'?: boolean
}

export interface Operation {
  id: string
  method: string
  template: string
  parameters: Parameter[]
  pattern: RegExp
  pathNames: string[]
  hasBody: boolean
  bodyRequired: boolean
  responses: Record<string, Json>
}

export interface Match {
  operation: Operation
  params: Record<string, string>
}

let loaded: { spec: Schema; ajv: Ajv; operations: Operation[] } | undefined
const compiled = new Map<string, ValidateFunction>()

function load(): { spec: Schema; ajv: Ajv; operations: Operation[] } {
  if (loaded) return loaded
  const file = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.json'
  )
  const spec = openApiToJsonSchema(JSON.parse(readFileSync(file, 'utf8')) as Json) as Schema
  spec.$id = 'github'
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    allowUnionTypes: true,
    validateSchema: false,
    inlineRefs: false,
    logger: false,
    formats: {
      'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
      uri: /^[a-z][a-z0-9+.-]*:\S*$/i
    }
  })
  ajv.addSchema(spec)
  const operations: Operation[] = []
  for (const [template, item] of Object.entries(spec.paths as Record<string, Schema>)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'patch', 'delete', 'head'].includes(method)) continue
      const op = raw as Schema
      const parameters = [
        ...((item.parameters as Json[] | undefined) ?? []),
        ...((op.parameters as Json[] | undefined) ?? [])
      ].map(p => resolve(spec, p) as unknown as Parameter)
      const pathNames: string[] = []
      const source = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
        if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        pathNames.push(name)
        const multi = parameters.find(p => p.name === name)?.['x-multi-segment']
        return multi ? '(.+)' : '([^/]+)'
      })
      const body = op.requestBody ? (resolve(spec, op.requestBody) as Schema) : undefined
      operations.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        template,
        parameters,
        pattern: new RegExp(`^${source}$`),
        pathNames,
        hasBody: body !== undefined,
        bodyRequired: body?.required === true,
        responses: (op.responses ?? {}) as Record<string, Json>
      })
    }
  }
  // Literal segments win over parameters: /git/ref/{ref} must not swallow /git/ref/heads/x's siblings.
  const literal = (op: Operation) => op.template.replace(/\{[^}]+\}/g, '').length
  operations.sort((a, b) => a.pathNames.length - b.pathNames.length || literal(b) - literal(a))
  loaded = { spec, ajv, operations }
  return loaded
}

/** OpenAPI 3.0's `nullable` is not JSON Schema; rewrite it so Ajv checks null where GitHub allows it. */
function openApiToJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(openApiToJsonSchema)
  if (node === null || typeof node !== 'object') return node
  const out: { [key: string]: Json } = {}
  for (const [key, value] of Object.entries(node)) {
    // Examples and webhooks are data, not schemas; leave them untouched and small.
    out[key] = key === 'examples' || key === 'example' ? value : openApiToJsonSchema(value)
  }
  if (out.nullable !== true) return out
  delete out.nullable
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] }
  return { anyOf: [out, { type: 'null' }] }
}

function resolve(spec: Schema, node: Json): Json {
  let current = node
  while (
    current &&
    typeof current === 'object' &&
    !Array.isArray(current) &&
    typeof current.$ref === 'string'
  ) {
    current = pointer(spec, current.$ref)
  }
  return current
}

function pointer(spec: Schema, ref: string): Json {
  let node: Json = spec
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    node = (node as { [key: string]: Json })[key] ?? null
  }
  return node
}

function at(spec: Schema, ...keys: string[]): Json {
  let node: Json = spec
  for (const key of keys) node = (node as { [key: string]: Json } | null)?.[key] ?? null
  return node
}

/** An Ajv reference to the schema at these keys, following `$ref`s on the way (Ajv cannot step through one). */
function refTo(...keys: string[]): string {
  const { spec } = load()
  let path: string[] = []
  let node: Json = spec
  for (const key of keys) {
    while (
      node &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      typeof node.$ref === 'string'
    ) {
      path = node.$ref
        .replace(/^#\//, '')
        .split('/')
        .map(k => k.replace(/~1/g, '/').replace(/~0/g, '~'))
      node = pointer(spec, node.$ref)
    }
    node = (node as { [key: string]: Json } | null)?.[key] ?? null
    path.push(key)
  }
  return `github#/${path.map(k => encodeURIComponent(k.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`
}

function validator(key: string, ref: string): ValidateFunction {
  let validate = compiled.get(key)
  if (!validate) {
    validate = load().ajv.compile({ $ref: ref })
    compiled.set(key, validate)
  }
  return validate
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map(
      e =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`
    )
    .join('; ')
}

/** The documented operation for a method and path, with its path parameters decoded. */
export function findOperation(method: string, path: string): Match | undefined {
  for (const operation of load().operations) {
    if (operation.method !== method) continue
    const match = operation.pattern.exec(path)
    if (!match) continue
    const params: Record<string, string> = {}
    operation.pathNames.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)))
    return { operation, params }
  }
  return undefined
}

/** Everything wrong with a request for this operation: path and query parameters and the JSON body. */
export function checkRequest(match: Match, query: URLSearchParams, body: unknown): string[] {
  const { operation, params } = match
  const problems: string[] = []
  const where = `${operation.method} ${operation.template} (${operation.id})`
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue
    const raw = parameter.in === 'path' ? params[parameter.name] : query.get(parameter.name)
    if (raw === undefined || raw === null) {
      if (parameter.required)
        problems.push(`${where}: missing ${parameter.in} parameter ${parameter.name}`)
      continue
    }
    if (!parameter.schema) continue
    const validate = load().ajv.compile(parameter.schema)
    const value = coerce(raw, parameter.schema)
    if (!validate(value))
      problems.push(
        `${where}: ${parameter.in} parameter ${parameter.name}=${raw}: ${errorsOf(validate)}`
      )
  }
  for (const name of query.keys()) {
    if (!operation.parameters.some(p => p.in === 'query' && p.name === name))
      problems.push(`${where}: undocumented query parameter ${name}`)
  }
  if (!operation.hasBody) {
    if (body !== undefined) problems.push(`${where}: takes no body`)
  } else if (body === undefined) {
    if (operation.bodyRequired) problems.push(`${where}: missing its JSON body`)
  } else {
    const validate = validator(
      `${operation.id} request`,
      refTo(
        'paths',
        operation.template,
        operation.method.toLowerCase(),
        'requestBody',
        'content',
        'application/json',
        'schema'
      )
    )
    if (!validate(body)) problems.push(`${where}: request body: ${errorsOf(validate)}`)
    // GitHub's request schemas rarely close their objects, and Octokit sends any
    // parameter it does not know as a body field, so a misspelt one would pass.
    for (const name of undocumentedFields(operation, body))
      problems.push(`${where}: request body: undocumented field ${name}`)
  }
  return problems
}

function undocumentedFields(operation: Operation, body: unknown): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return []
  const { spec } = load()
  const schema = resolve(
    spec,
    at(spec, 'paths', operation.template, operation.method.toLowerCase(), 'requestBody')
  ) as Schema | null
  const json = resolve(
    spec,
    at(schema ?? {}, 'content', 'application/json', 'schema')
  ) as Schema | null
  const properties = json?.properties as Schema | undefined
  if (!properties || json?.additionalProperties !== undefined) return []
  return Object.keys(body).filter(name => !(name in properties))
}

/** Everything wrong with a response: an undocumented status, or a body that does not match the documented schema. */
export function checkResponse(match: Match, status: number, body: unknown): string[] {
  const { operation } = match
  const where = `${operation.method} ${operation.template} (${operation.id}) ${status}`
  const documented = operation.responses[String(status)]
  if (!documented) return [`${where}: status ${status} is not documented`]
  const response = resolve(load().spec, documented) as Schema
  const content = response.content as Schema | undefined
  if (!content?.['application/json']) {
    return body === undefined ? [] : [`${where}: documented without a body, but one was sent`]
  }
  const validate = validator(
    `${operation.id} ${status}`,
    refTo(
      'paths',
      operation.template,
      operation.method.toLowerCase(),
      'responses',
      String(status),
      'content',
      'application/json',
      'schema'
    )
  )
  if (!validate(body)) return [`${where}: response body: ${errorsOf(validate)}`]
  return []
}

function coerce(raw: string, schema: Schema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if (type === 'integer' || type === 'number')
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw
  return raw
}

/**
 * Completes a partial response body with type-correct placeholders for the
 * required fields the simulator does not model (GitHub's pull request alone
 * requires some 40 fields, with a full repository inside). The fields the
 * simulator does set are kept, and checkResponse still checks them.
 */
export function complete(
  method: string,
  template: string,
  status: number,
  value: unknown
): unknown {
  const { spec } = load()
  const response = resolve(
    spec,
    at(spec, 'paths', template, method.toLowerCase(), 'responses', String(status))
  ) as Schema
  const schema = (response?.content as Schema | undefined)?.['application/json'] as
    Schema | undefined
  if (!schema?.schema) return value
  return fill(spec, schema.schema, value, 0)
}

function fill(spec: Schema, raw: Json, value: unknown, depth: number): unknown {
  const schema = resolve(spec, raw) as Schema | null
  if (!schema || depth > 12) return value
  if (Array.isArray(schema.allOf)) {
    return schema.allOf.reduce<unknown>((v, part) => fill(spec, part, v, depth + 1), value)
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as Json[] | undefined
  if (Array.isArray(alternatives)) {
    if (value === null) return null
    const options = alternatives.map(a => resolve(spec, a) as Schema).filter(a => a.type !== 'null')
    // Prefer the alternative whose shape the value already has.
    const fitting =
      options.find(o => (value === undefined ? false : typeOf(value) === primaryType(o))) ??
      options[0]
    return fitting ? fill(spec, fitting, value, depth + 1) : value
  }
  const type = primaryType(schema)
  if (value === undefined) {
    if (Array.isArray(schema.type) && schema.type.includes('null')) return null
    if (Array.isArray(schema.enum)) return schema.enum[0]
    switch (type) {
      case 'string':
        return schema.format === 'date-time'
          ? '2026-01-01T00:00:00Z'
          : schema.format === 'uri'
            ? 'https://github.example/placeholder'
            : ''
      case 'integer':
      case 'number':
        return typeof schema.minimum === 'number' ? schema.minimum : 0
      case 'boolean':
        return false
      case 'array':
        return []
      case 'object':
        return fill(spec, schema, {}, depth + 1)
      default:
        return null
    }
  }
  if (type === 'array' && Array.isArray(value) && schema.items) {
    return value.map(item => fill(spec, schema.items!, item, depth + 1))
  }
  if (type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Json>
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) }
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in out)) out[name] = fill(spec, properties[name] ?? {}, undefined, depth + 1)
    }
    for (const [name, v] of Object.entries(out)) {
      if (properties[name] && v !== undefined)
        out[name] = fill(spec, properties[name]!, v, depth + 1)
    }
    return out
  }
  return value
}

function primaryType(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find(t => t !== 'null') as string | undefined
  if (typeof schema.type === 'string') return schema.type
  if (schema.properties) return 'object'
  return undefined
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}
