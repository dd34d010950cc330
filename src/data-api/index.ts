/**
 * multiregion/data: reads and writes a service's tables by its data map, so
 * product code never needs to know which region holds a row. Residency is
 * checked before any I/O, a role gets only the columns it may read (the
 * database's grants back this up), every read of a classified column is
 * audited, and data subject export and erasure reach every region.
 */
import type { Spanner } from '@google-cloud/spanner'
import { decodeDataMap } from '../data/data-map.js'
import type { DataMap, DataMapFile } from '../data/data-map.js'
import { jsonLinesSink, keyHasher } from './audit.js'
import type { AuditSink } from './audit.js'
import { Connections } from './connections.js'
import type { Backend } from './engines/backend.js'
import { SpannerBackend } from './engines/spanner.js'
import { DataError } from './errors.js'
import {
  eraseSubject,
  exportSubject,
  listRequests,
  resumeRequest,
  runRetention
} from './subject.js'
import type {
  ExportOptions,
  Receipt,
  RegionReceipt,
  SubjectExport,
  SubjectRequest
} from './subject.js'
import { openTable, readable } from './table.js'
import type { Caller, Row, Table } from './table.js'

export type { AuditEntry, AuditSink, LineWriter } from './audit.js'
export { jsonLinesSink, memorySink } from './audit.js'
export { DataError } from './errors.js'
export type {
  DataMap,
  DataMapColumn,
  DataMapFile,
  DataMapFileTable,
  DataMapRegion,
  DataMapTable
} from '../data/data-map.js'
export type {
  ExportOptions,
  ExportRow,
  Receipt,
  RegionReceipt,
  SubjectExport,
  SubjectRequest
} from './subject.js'
export type { FindOptions, ReadOptions, Row, Table, WriteResult } from './table.js'

/** engine spanner: an @google-cloud/spanner client, typed by what the API calls so the published types need no Spanner package. */
export interface SpannerClient {
  instance(name: string): unknown
  close(): unknown
}

export interface OpenDataOptions {
  /** The data map: the object, or the JSON text of the `<service>-data` ConfigMap's data-map.json. */
  map: DataMapFile | string
  /** The region this process runs in; default the map's own region. */
  region?: string
  /** The database role the caller reads as: it gets the unclassified columns and the classified ones naming it a reader. */
  role: string
  /** Why the data is read; written to every audit entry. */
  purpose: string
  /** Where the database URLs are read from; default process.env. */
  env?: Record<string, string | undefined>
  /** Where audit entries go; default JSON lines on stderr. */
  audit?: AuditSink
  /**
   * The key audit entries hash looked-up values with (HMAC-SHA256); default
   * MULTIREGION_AUDIT_KEY. Required when the role can read classified columns
   * or run subject requests: an auditor checks a hash with it. Never empty.
   */
  auditKey?: string
  /** Per call, connecting and each statement; default 5000 ms. */
  timeoutMs?: number
  /** Connections per region and role; default 10. */
  maxConnectionsPerRegion?: number
  /**
   * engine postgres: name each statement so every connection parses and
   * plans it once (default true). Set false behind a pooler that does not
   * keep prepared statements per client: PgBouncer in transaction or
   * statement mode before 1.21, or from 1.21 without max_prepared_statements.
   */
  prepareStatements?: boolean
  /** engine spanner: the client to use (its credentials and endpoint, such as the emulator's); default a client for the map's project with Application Default Credentials. */
  spannerClient?: SpannerClient
}

export interface DataSubject {
  /** With onRow, rows stream to it a page at a time and are not kept. */
  export(options?: ExportOptions): Promise<SubjectExport>
  erase(): Promise<Receipt>
}

/**
 * Each table's row type by name. An interface such as `multiregion types` writes
 * has no index signature, so the bound is on its own keys, not Record<string, Row>.
 */
export type TableRows<Tables> = { [Name in keyof Tables]: object }

/** The subject requests recorded in the subjects' home region, for a job that finishes what an outage left. */
export interface SubjectRequests {
  list(filter?: { complete?: boolean }): Promise<SubjectRequest[]>
  /** Runs a recorded request again and updates its record; complete once every region and replica is done. */
  resume(request: string): Promise<Receipt>
}

export interface Data<Tables extends TableRows<Tables> = Record<string, Row>> {
  table<Name extends keyof Tables & string>(name: Name): Table<Tables[Name]>
  /** Export and erasure of one data subject; only for the roles in spec.data.subjectRequests.roles. */
  subject(id: string | number): DataSubject
  subjectRequests: SubjectRequests
  /**
   * Calls in one database transaction in one region, as the handle's role:
   * committed when body resolves, rolled back whole when it throws. A call
   * that would reach another region is refused; by-row searches stay here.
   */
  transaction<T>(
    region: string,
    body: (tx: {
      table<Name extends keyof Tables & string>(name: Name): Table<Tables[Name]>
    }) => Promise<T>
  ): Promise<T>
  retention: { run(): Promise<RegionReceipt[]> }
  close(): Promise<void>
}

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/

function parseMap(map: DataMapFile | string): DataMap {
  let value: unknown = map
  if (typeof map === 'string') {
    try {
      value = JSON.parse(map)
    } catch (error) {
      throw new DataError(
        'bad-map',
        `the data map is not JSON: ${(error as Error).message}. Pass the data-map.json of the <service>-data ConfigMap.`
      )
    }
  }
  const m = value as Partial<DataMapFile> | null
  if (!m || typeof m !== 'object' || typeof m.tables !== 'object' || typeof m.regions !== 'object')
    throw new DataError('bad-map', 'the data map has no tables or regions: pass data-map.json.')
  try {
    return decodeDataMap(m as DataMapFile)
  } catch (error) {
    throw new DataError('bad-map', (error as Error).message)
  }
}

export function openData<Tables extends TableRows<Tables> = Record<string, Row>>(
  options: OpenDataOptions
): Data<Tables> {
  const map = parseMap(options.map)
  const region = options.region ?? map.region
  if (!Object.hasOwn(map.regions, region))
    throw new DataError(
      'bad-map',
      `region ${region} is not one of ${map.service}'s regions (${Object.keys(map.regions).join(', ')}).`
    )
  if (!ROLE.test(options.role))
    throw new DataError(
      'bad-map',
      `role ${JSON.stringify(options.role)} is not a database role name (lower-case letters, digits and _).`
    )
  const env = options.env ?? process.env
  const hash = keyHasher(auditKey(map, options, env))
  const timeoutMs = options.timeoutMs ?? 5000
  const connections: Backend =
    map.engine === 'spanner'
      ? new SpannerBackend({
          map,
          timeoutMs,
          ...(options.spannerClient ? { client: options.spannerClient as unknown as Spanner } : {})
        })
      : new Connections({
          map,
          env,
          timeoutMs,
          maxPerRegion: options.maxConnectionsPerRegion ?? 10,
          prepare: options.prepareStatements ?? true
        })
  const caller: Caller = {
    map: { ...map, order: map.region === region ? map.order : reorder(map, region) },
    region,
    role: options.role,
    purpose: options.purpose,
    audit: options.audit ?? jsonLinesSink(),
    hash,
    connections
  }
  const tables = new Map<string, Table<Row>>()
  return {
    table<Name extends keyof Tables & string>(name: Name) {
      let t = tables.get(name)
      if (!t) {
        t = openTable(caller, name)
        tables.set(name, t)
      }
      return t as unknown as Table<Tables[Name]>
    },
    subject: id => ({
      export: options => exportSubject(caller, id, undefined, options),
      erase: () => eraseSubject(caller, id)
    }),
    transaction: (txRegion, body) => {
      if (typeof txRegion !== 'string' || !Object.hasOwn(map.regions, txRegion))
        throw new DataError(
          'bad-option',
          `transaction: ${JSON.stringify(txRegion)} is not one of ${map.service}'s regions (${Object.keys(map.regions).join(', ')}).`
        )
      return connections.transaction(txRegion, caller.role, run =>
        body({
          table: name =>
            openTable({ ...caller, pinned: { region: txRegion, run } }, name) as unknown as Table<
              Tables[typeof name]
            >
        })
      )
    },
    subjectRequests: {
      list: filter => listRequests(caller, filter),
      resume: request => resumeRequest(caller, request)
    },
    retention: { run: () => runRetention(caller) },
    close: () => connections.close()
  }
}

/**
 * The audit key, checked before any I/O. A key drawn per process would be lost
 * on exit, and no auditor could check a hash against a value, so a role whose
 * reads are audited (classified columns, subject requests) must be given one;
 * an empty key is a mistake, never a request for the default.
 */
function auditKey(
  map: DataMap,
  options: OpenDataOptions,
  env: Record<string, string | undefined>
): string | undefined {
  const [key, source] =
    options.auditKey !== undefined
      ? [options.auditKey, 'the auditKey option']
      : [env.MULTIREGION_AUDIT_KEY, 'MULTIREGION_AUDIT_KEY']
  if (key === '')
    throw new DataError(
      'bad-option',
      `${source} is empty: set it to the audit key (a secret your auditors hold), or leave it unset to use ${options.auditKey !== undefined ? 'MULTIREGION_AUDIT_KEY' : 'the auditKey option'}.`
    )
  const audited =
    map.subjects?.roles.includes(options.role) ||
    Object.values(map.tables).some(t =>
      readable(t, options.role).some(c => t.columns[c]!.category !== undefined)
    )
  if (key === undefined && audited)
    throw new DataError(
      'bad-option',
      `${options.role} reads classified columns of ${map.service}, so every read is audited with a keyed hash, and an auditor needs the key to check one: pass auditKey to openData or set MULTIREGION_AUDIT_KEY (a secret, the same in every process).`
    )
  return key
}

/** The map's search order seen from another region: that region first, then its jurisdiction, then the rest. */
function reorder(map: DataMap, region: string): string[] {
  const jurisdiction = map.regions[region]?.jurisdiction
  const rank = (r: string) =>
    r === region ? 0 : map.regions[r]?.jurisdiction === jurisdiction ? 1 : 2
  return [...map.order].sort((a, b) => rank(a) - rank(b))
}
