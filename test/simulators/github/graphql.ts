/**
 * Just enough GraphQL for the simulator: a parser for operations, fields
 * with aliases and arguments, variables, inline fragments and named
 * fragments, and an executor over plain resolver objects. There is no
 * schema here (the simulator validates against GitHub's first); every field must exist on the resolver object it is asked
 * of, every variable used must be declared and given, and anything else is
 * reported as a violation, which is the sanity check the simulator applies.
 */

export type Value =
  | { kind: 'variable'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'object'; fields: Record<string, Value> }
  | { kind: 'list'; items: Value[] }

export type Selection =
  | {
      kind: 'field'
      alias: string
      name: string
      args: Record<string, Value>
      selections?: Selection[]
    }
  | { kind: 'inline'; on: string | undefined; selections: Selection[] }
  | { kind: 'spread'; name: string }

export interface Document {
  operation: 'query' | 'mutation'
  variables: { name: string; type: string }[]
  selections: Selection[]
  fragments: Map<string, { on: string; selections: Selection[] }>
}

/**
 * An error of one field, as GraphQL reports it: the field (its payload is
 * nullable) answers null, the error is listed with its path, and the rest of
 * the document still runs; a mutation's later fields too, since the fields of
 * a mutation run one after another (GraphQL spec, "Executing Operations" and
 * "Handling Field Errors"; https://spec.graphql.org/October2021/#sec-Handling-Field-Errors).
 * `type` is GitHub's error type, such as UNPROCESSABLE or NOT_FOUND.
 */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly type = 'UNPROCESSABLE'
  ) {
    super(message)
  }
}

export interface ExecutionError {
  type: string
  path: string[]
  message: string
}

/** A resolver object: each key a value or a function of the field's arguments. `__typename` names it for fragments. */
export type Node = { __typename: string } & Record<string, unknown>

const TOKEN =
  /\s*(?:(#[^\n]*)|(\.\.\.)|([{}()[\]:!,=$@])|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([_A-Za-z][_0-9A-Za-z]*))/y

function tokenize(source: string): string[] {
  const tokens: string[] = []
  TOKEN.lastIndex = 0
  let position = 0
  while (position < source.length) {
    if (/^\s*$/.test(source.slice(position))) break
    TOKEN.lastIndex = position
    const match = TOKEN.exec(source)
    if (!match)
      throw new Error(`GraphQL syntax error near: ${source.slice(position, position + 20)}`)
    position = TOKEN.lastIndex
    if (match[1] || match[0].trim() === ',') continue
    tokens.push(match[0].trim())
  }
  return tokens
}

export function parse(source: string): Document {
  const tokens = tokenize(source)
  let i = 0
  const peek = () => tokens[i]
  const next = () => {
    if (i >= tokens.length) throw new Error('GraphQL syntax error: unexpected end')
    return tokens[i++]!
  }
  const expect = (token: string) => {
    const got = next()
    if (got !== token) throw new Error(`GraphQL syntax error: expected ${token}, got ${got}`)
  }
  const name = () => {
    const got = next()
    if (!/^[_A-Za-z]/.test(got))
      throw new Error(`GraphQL syntax error: expected a name, got ${got}`)
    return got
  }
  const value = (): Value => {
    const token = next()
    if (token === '$') return { kind: 'variable', name: name() }
    if (token.startsWith('"')) return { kind: 'literal', value: JSON.parse(token) }
    if (/^-?\d/.test(token)) return { kind: 'literal', value: Number(token) }
    if (token === '{') {
      const fields: Record<string, Value> = {}
      while (peek() !== '}') {
        const key = name()
        expect(':')
        fields[key] = value()
      }
      next()
      return { kind: 'object', fields }
    }
    if (token === '[') {
      const items: Value[] = []
      while (peek() !== ']') items.push(value())
      next()
      return { kind: 'list', items }
    }
    if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' }
    if (token === 'null') return { kind: 'literal', value: null }
    return { kind: 'literal', value: token }
  }
  const selectionSet = (): Selection[] => {
    expect('{')
    const selections: Selection[] = []
    while (peek() !== '}') {
      if (peek() === '...') {
        next()
        if (peek() === 'on' || peek() === '{') {
          let on: string | undefined
          if (peek() === 'on') {
            next()
            on = name()
          }
          selections.push({ kind: 'inline', on, selections: selectionSet() })
        } else selections.push({ kind: 'spread', name: name() })
        continue
      }
      const alias = name()
      let field = alias
      if (peek() === ':') {
        next()
        field = name()
      }
      const args: Record<string, Value> = {}
      if (peek() === '(') {
        next()
        while (peek() !== ')') {
          const key = name()
          expect(':')
          args[key] = value()
        }
        next()
      }
      selections.push({
        kind: 'field',
        alias,
        name: field,
        args,
        ...(peek() === '{' ? { selections: selectionSet() } : {})
      })
    }
    next()
    return selections
  }

  let document: Document | undefined
  const fragments = new Map<string, { on: string; selections: Selection[] }>()
  while (i < tokens.length) {
    const head = peek()
    if (head === 'fragment') {
      next()
      const fragmentName = name()
      expect('on')
      fragments.set(fragmentName, { on: name(), selections: selectionSet() })
      continue
    }
    if (document) throw new Error('GraphQL: one operation per request')
    let operation: 'query' | 'mutation' = 'query'
    const variables: { name: string; type: string }[] = []
    if (head === 'query' || head === 'mutation') {
      operation = next() as 'query' | 'mutation'
      if (peek() !== '(' && peek() !== '{') name()
      if (peek() === '(') {
        next()
        while (peek() !== ')') {
          expect('$')
          const variable = name()
          expect(':')
          let type = ''
          while (peek() !== ')' && peek() !== '$' && peek() !== '=') type += next()
          if (peek() === '=') {
            next()
            value()
          }
          variables.push({ name: variable, type })
        }
        next()
      }
    }
    document = { operation, variables, selections: selectionSet(), fragments }
  }
  if (!document) throw new Error('GraphQL: no operation')
  return document
}

/** Runs a parsed document over a root resolver; problems are returned, not thrown, so one bad field fails the check but not the server. */
export function execute(
  document: Document,
  root: Node,
  variables: Record<string, unknown>
): { data: unknown; problems: string[]; errors: ExecutionError[] } {
  const problems: string[] = []
  const errors: ExecutionError[] = []
  for (const declared of document.variables) {
    if (
      declared.type.endsWith('!') &&
      (variables[declared.name] === undefined || variables[declared.name] === null)
    )
      problems.push(`variable $${declared.name} (${declared.type}) was not given`)
  }
  for (const declared of document.variables) {
    const value = variables[declared.name]
    if (value === undefined || value === null || declared.type.startsWith('[')) continue
    const base = declared.type.replace(/!$/, '')
    // Input objects and enums are GitHub's schema's business (see graphqlProblems in the simulator).
    if (!SCALARS.has(base)) continue
    const fits =
      base === 'Int'
        ? Number.isInteger(value)
        : base === 'Float'
          ? typeof value === 'number'
          : base === 'Boolean'
            ? typeof value === 'boolean'
            : typeof value === 'string'
    if (!fits)
      problems.push(
        `variable $${declared.name} (${declared.type}) was given ${JSON.stringify(value)}`
      )
  }
  for (const name of Object.keys(variables)) {
    if (!document.variables.some(v => v.name === name))
      problems.push(`variable $${name} is given but not declared`)
  }
  const evaluate = (v: Value): unknown => {
    switch (v.kind) {
      case 'variable':
        if (!document.variables.some(d => d.name === v.name))
          problems.push(`variable $${v.name} is used but not declared`)
        return variables[v.name]
      case 'literal':
        return v.value
      case 'object':
        return Object.fromEntries(Object.entries(v.fields).map(([k, x]) => [k, evaluate(x)]))
      case 'list':
        return v.items.map(evaluate)
    }
  }
  const resolveSet = (
    node: Node,
    selections: Selection[],
    out: Record<string, unknown>,
    path: string[] = []
  ) => {
    for (const selection of selections) {
      if (selection.kind === 'spread') {
        const fragment = document.fragments.get(selection.name)
        if (!fragment) problems.push(`fragment ${selection.name} is not defined`)
        else if (fragment.on === node.__typename) resolveSet(node, fragment.selections, out, path)
        continue
      }
      if (selection.kind === 'inline') {
        if (selection.on === undefined || selection.on === node.__typename)
          resolveSet(node, selection.selections, out, path)
        continue
      }
      if (selection.name === '__typename') {
        out[selection.alias] = node.__typename
        continue
      }
      if (!(selection.name in node)) {
        problems.push(`field ${selection.name} is not supported on ${node.__typename}`)
        continue
      }
      const raw = node[selection.name]
      const args = Object.fromEntries(
        Object.entries(selection.args).map(([k, v]) => [k, evaluate(v)])
      )
      let value: unknown
      try {
        value =
          typeof raw === 'function' ? (raw as (a: Record<string, unknown>) => unknown)(args) : raw
      } catch (error) {
        if (!(error instanceof FieldError)) throw error
        errors.push({ type: error.type, path: [...path, selection.alias], message: error.message })
        out[selection.alias] = null
        continue
      }
      out[selection.alias] = shape(
        value,
        selection.selections,
        `${node.__typename}.${selection.name}`,
        [...path, selection.alias]
      )
    }
  }
  const shape = (
    value: unknown,
    selections: Selection[] | undefined,
    where: string,
    path: string[]
  ): unknown => {
    if (value === null || value === undefined) return null
    // An error's path names each list element by its index (GraphQL spec, "Errors": path), as GitHub's do.
    if (Array.isArray(value))
      return value.map((v, i) => shape(v, selections, where, [...path, i as unknown as string]))
    const isNode = typeof value === 'object' && '__typename' in value
    if (isNode && !selections) {
      problems.push(`${where} is an object and needs a selection set`)
      return null
    }
    if (!isNode && selections) {
      problems.push(`${where} is a scalar and takes no selection set`)
      return value
    }
    if (!isNode) return value
    const out: Record<string, unknown> = {}
    resolveSet(value as Node, selections!, out, path)
    return out
  }
  const data: Record<string, unknown> = {}
  resolveSet(root, document.selections, data)
  return { data, problems, errors }
}

/** Scalars whose variable values are checked here; GitHub's custom ones (GitObjectID, Base64String, ...) travel as strings. */
const SCALARS = new Set([
  'Int',
  'Float',
  'Boolean',
  'String',
  'ID',
  'GitObjectID',
  'Base64String',
  'DateTime',
  'URI'
])

/**
 * The most nodes a query can return, as GitHub counts them before running it
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#node-limit):
 * each connection's `first` or `last`, times those of the connections it sits in.
 */
export function nodesRequested(document: Document, variables: Record<string, unknown>): number {
  const count = (selections: Selection[], parents: number, seen: ReadonlySet<string>): number => {
    let total = 0
    for (const s of selections) {
      if (s.kind === 'spread') {
        const fragment = document.fragments.get(s.name)
        if (fragment && !seen.has(s.name))
          total += count(fragment.selections, parents, new Set([...seen, s.name]))
        continue
      }
      if (s.kind === 'inline') {
        total += count(s.selections, parents, seen)
        continue
      }
      const limit = s.args.first ?? s.args.last
      const size =
        limit === undefined
          ? undefined
          : Number(
              limit.kind === 'variable'
                ? variables[limit.name]
                : limit.kind === 'literal'
                  ? limit.value
                  : 0
            )
      const here = size === undefined || !Number.isFinite(size) ? parents : parents * size
      if (size !== undefined) total += here
      if (s.selections) total += count(s.selections, here, seen)
    }
    return total
  }
  return count(document.selections, 1, new Set())
}

/**
 * A query's primary rate-limit cost in points, as GitHub computes it before
 * running it (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#calculating-points-for-the-primary-rate-limit):
 * every connection is one request per parent node it may be fetched for
 * (each parent connection at its `first` or `last`), the sum divided by 100
 * and rounded, at least 1.
 */
export function pointsOf(document: Document, variables: Record<string, unknown>): number {
  const sizeOf = (s: Extract<Selection, { kind: 'field' }>): number | undefined => {
    const limit = s.args.first ?? s.args.last
    if (limit === undefined) return undefined
    const size = Number(
      limit.kind === 'variable' ? variables[limit.name] : limit.kind === 'literal' ? limit.value : 0
    )
    return Number.isFinite(size) ? size : undefined
  }
  const count = (selections: Selection[], parents: number, seen: ReadonlySet<string>): number => {
    let requests = 0
    for (const s of selections) {
      if (s.kind === 'spread') {
        const fragment = document.fragments.get(s.name)
        if (fragment && !seen.has(s.name))
          requests += count(fragment.selections, parents, new Set([...seen, s.name]))
        continue
      }
      if (s.kind === 'inline') {
        requests += count(s.selections, parents, seen)
        continue
      }
      const size = sizeOf(s)
      if (size !== undefined) requests += parents
      if (s.selections)
        requests += count(s.selections, size === undefined ? parents : parents * size, seen)
    }
    return requests
  }
  return Math.max(1, Math.round(count(document.selections, 1, new Set()) / 100))
}
