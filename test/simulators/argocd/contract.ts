import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { ROOT } from '../../support/paths.js'

/** Argo CD's own API description, vendored (vendor/argocd/SOURCE.md says where it came from). */
const SWAGGER = resolve(ROOT, 'vendor', 'argocd', 'swagger.json')

type Schema = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'body' | 'header'
  required?: boolean
  type?: string
  items?: { type?: string }
  schema?: Schema
}

interface Operation {
  operationId: string
  parameters?: Parameter[]
  responses: Record<string, { schema?: Schema }>
}

interface Route {
  template: string
  pattern: RegExp
  names: string[]
  methods: Record<string, Operation>
}

export interface Match {
  operation: Operation
  params: Record<string, string>
}

/**
 * Inlined Go structs are flattened on the wire (reference/argocd-api.md, section 1), so these
 * definitions stay open; every other object is closed, so a misspelt field fails the test.
 */
const FLATTENED = new Set(['v1alpha1SyncStrategyHook', 'v1alpha1SyncStrategyApply'])

/** Query parameters Argo CD honours outside the spec. */
const UNDOCUMENTED_QUERY = new Set(['fields'])

/**
 * Checks requests and responses against the swagger: the operation by method and path
 * template, its path and query parameters, the body, and the response schema for the status.
 * Schemas compile on first use, since the whole spec would take seconds.
 */
export class ArgoCDContract {
  private readonly routes: Route[]
  private readonly ajv: Ajv
  private readonly compiled = new Map<Schema, ValidateFunction>()

  constructor(swaggerPath = SWAGGER) {
    if (!existsSync(swaggerPath)) {
      throw new Error(
        `Argo CD swagger not found at ${swaggerPath}: it is vendored in the repository; restore it with git checkout.`
      )
    }
    const swagger = JSON.parse(readFileSync(swaggerPath, 'utf8')) as {
      paths: Record<string, Record<string, Operation>>
      definitions: Record<string, Schema>
    }
    this.routes = Object.entries(swagger.paths)
      .map(([template, methods]) => {
        const names: string[] = []
        const source = template
          .split('/')
          .map(segment => {
            const param = /^\{(.+)\}$/.exec(segment)
            if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            names.push(param[1]!)
            return '([^/]+)'
          })
          .join('/')
        return { template, pattern: new RegExp(`^${source}$`), names, methods }
      })
      // A literal segment beats a parameter: /applications/{name} must not swallow /stream/applications.
      .sort((a, b) => a.names.length - b.names.length)
    this.ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false })
    this.ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/)
    this.ajv.addFormat('int64', /^-?\d+$/)
    this.ajv.addFormat('int32', /^-?\d+$/)
    this.ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/)
    const definitions = Object.fromEntries(
      Object.entries(swagger.definitions).map(([name, schema]) => [
        name,
        schema.properties !== undefined &&
        schema.additionalProperties === undefined &&
        !FLATTENED.has(name)
          ? { ...schema, additionalProperties: false }
          : schema
      ])
    )
    this.ajv.addSchema({ $id: 'argocd.json', definitions })
  }

  /** The operation a request is for, or undefined when the spec has no such route. */
  match(method: string, path: string): Match | undefined {
    for (const route of this.routes) {
      const found = route.pattern.exec(path)
      const operation = route.methods[method.toLowerCase()]
      if (!found || !operation) continue
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)])
      )
      return { operation, params }
    }
    return undefined
  }

  /** Problems with a request: unknown route, parameters of the wrong type or missing, a body off the schema. */
  checkRequest(method: string, url: URL, body: unknown): string[] {
    const match = this.match(method, url.pathname)
    if (!match) return [`${method} ${url.pathname} is not an operation in the Argo CD spec`]
    const { operation } = match
    const problems: string[] = []
    const declared = operation.parameters ?? []
    for (const key of new Set(url.searchParams.keys())) {
      const param = declared.find(p => p.in === 'query' && p.name === key)
      if (!param) {
        if (!UNDOCUMENTED_QUERY.has(key))
          problems.push(`${operation.operationId}: unknown query parameter "${key}"`)
        continue
      }
      const values = url.searchParams.getAll(key)
      if (param.type !== 'array' && values.length > 1) {
        problems.push(
          `${operation.operationId}: query parameter "${key}" given ${values.length} times`
        )
      }
      const type = param.type === 'array' ? param.items?.type : param.type
      for (const value of values) {
        if (!scalarFits(type, value))
          problems.push(`${operation.operationId}: query "${key}=${value}" is not a ${type}`)
      }
    }
    for (const param of declared) {
      if (param.in === 'query' && param.required && !url.searchParams.has(param.name)) {
        problems.push(`${operation.operationId}: missing required query parameter "${param.name}"`)
      }
      if (param.in === 'path' && !scalarFits(param.type, match.params[param.name] ?? '')) {
        problems.push(
          `${operation.operationId}: path parameter "${param.name}" is not a ${param.type}`
        )
      }
    }
    const bodyParam = declared.find(p => p.in === 'body')
    if (bodyParam?.schema) {
      if (body === undefined) {
        if (bodyParam.required) problems.push(`${operation.operationId}: missing request body`)
      } else {
        problems.push(
          ...this.validate(bodyParam.schema, body, `${operation.operationId} request body`)
        )
      }
    } else if (body !== undefined) {
      problems.push(`${operation.operationId}: takes no request body`)
    }
    return problems
  }

  /** Problems with a response body, checked against the schema of its status (or `default`). */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const response = operation.responses[String(status)] ?? operation.responses.default
    if (!response) return [`${operation.operationId}: status ${status} is not in the spec`]
    if (!response.schema) return []
    return this.validate(response.schema, body, `${operation.operationId} ${status} response`)
  }

  private validate(schema: Schema, value: unknown, what: string): string[] {
    let validate = this.compiled.get(schema)
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as Schema)
      this.compiled.set(schema, validate)
    }
    if (validate(value)) return []
    return (validate.errors ?? []).map(
      e =>
        `${what}: ${e.instancePath || '/'} ${e.message}${e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''}`
    )
  }
}

/** Points an operation's `#/definitions/...` references at the registered spec. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase)
  if (schema === null || typeof schema !== 'object') return schema
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `argocd.json${value}` : rebase(value)
    ])
  )
}

function scalarFits(type: string | undefined, value: string): boolean {
  switch (type) {
    case 'boolean':
      return value === 'true' || value === 'false'
    case 'integer':
      return /^-?\d+$/.test(value)
    case 'number':
      return value !== '' && !Number.isNaN(Number(value))
    default:
      return true
  }
}
