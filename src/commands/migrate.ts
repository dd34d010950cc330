import { expectedCatalog } from '../data/catalog.js'
import type { Migration } from '../data/migration.js'
import { planData } from '../data/plan-data.js'
import type { DataPlan } from '../data/plan-data.js'
import {
  ConnectionStringError,
  parseDatabaseUrl,
  subscriptionConnection
} from '../data-runner/conninfo.js'
import {
  ConnectionError,
  DriftError,
  MigrationError,
  runMigrations
} from '../data-runner/runner.js'
import { verifyCatalog } from '../data-runner/verify.js'
import type { Diagnostic } from '../manifest/diagnostic.js'
import { hasErrors } from '../manifest/diagnostic.js'
import type { Finding } from '../schema/generated.js'
import { readMigrationFiles } from '../workspace/migration-files.js'
import { loadInputs } from './load-inputs.js'

export interface MigrateOptions {
  manifest: string
  platform: string
  region: string
  dryRun: boolean
  runId: string
  approver?: string
  /** Where the database URLs are read from, by the names the platform gives. */
  env: Readonly<Record<string, string | undefined>>
  log: (line: string) => void
}

export type MigrateOutcome =
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string }
  | { kind: 'blocked'; findings: Finding[] }
  | { kind: 'dry-run'; region: string; order: number; migrations: Migration[] }
  | { kind: 'failed'; message: string; file?: string; line?: number; aftermath?: string }
  | { kind: 'drift'; message: string }
  | { kind: 'verify-failed'; applied: string[]; problems: string[] }
  | { kind: 'applied'; applied: string[]; unchanged: string[] }

/** The database URLs every region's secret names, so the action can mask them before any output. */
export function databaseUrls(data: DataPlan, env: MigrateOptions['env']): string[] {
  return data.model.regions.flatMap(r => (r.secret && env[r.secret] ? [env[r.secret]!] : []))
}

/** Loads and plans the data block; the outcome when it cannot be migrated, or the data plan. */
export async function loadDataPlan(
  manifest: string,
  platform: string
): Promise<{ data: DataPlan } | { outcome: MigrateOutcome }> {
  const { service, platform: loaded, diagnostics } = await loadInputs({ manifest, platform })
  if (!service || !loaded || hasErrors(diagnostics))
    return { outcome: { kind: 'invalid', diagnostics } }
  const files = await readMigrationFiles(manifest, service.data?.migrations)
  const data = planData(service, loaded, files)
  if (!data)
    return {
      outcome: {
        kind: 'usage',
        message: `${manifest} has no spec.data block, so there is nothing to migrate.`
      }
    }
  return { data }
}

/**
 * Applies one region's migrations, the job a GitHub Environment per region
 * gates: compliance errors block it, drift stops it, and the catalog is read
 * back afterwards and must match the manifest.
 */
export async function runMigrate(
  options: MigrateOptions,
  loaded?: DataPlan
): Promise<MigrateOutcome> {
  let data = loaded
  if (!data) {
    const result = await loadDataPlan(options.manifest, options.platform)
    if ('outcome' in result) return result.outcome
    data = result.data
  }
  const blocking = data.findings.filter(f => f.severity === 'error')
  if (blocking.length > 0) return { kind: 'blocked', findings: blocking }
  const region = data.regions.get(options.region)
  if (!region)
    return {
      kind: 'usage',
      message: `--region: "${options.region}" is not one of the service's regions (${[...data.regions.keys()].join(', ')}).`
    }
  if (options.dryRun)
    return {
      kind: 'dry-run',
      region: options.region,
      order: region.order,
      migrations: region.migrations
    }
  if (data.model.engine !== 'postgres')
    return {
      kind: 'usage',
      message: `migrate applies postgres only; ${data.model.engine} migrations are printed with --dry-run for your own tooling.`
    }
  const secret = region.secret
  const url = secret === undefined ? undefined : options.env[secret]
  if (secret === undefined || !url)
    return {
      kind: 'usage',
      message:
        secret === undefined
          ? `The platform gives region ${options.region} no database.secret; add one naming the variable that holds its URL.`
          : `The variable ${secret} (regions.${options.region}.database.secret) is not set; set it to the region's database URL.`
    }
  const regionOf = (name: string) => data.model.regions.find(r => r.name === name)
  const where = (name: string) =>
    `The database URL of region ${name} (variable ${regionOf(name)?.secret}, regions.${name}.database.secret)`
  try {
    parseDatabaseUrl(url, where(options.region))
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message }
  }
  const replication = regionOf(options.region)?.replication
  try {
    const result = await runMigrations({
      connectionString: url,
      migrations: region.migrations,
      publisherUrl: name => {
        const publisher = regionOf(name)
        const raw = publisher?.secret === undefined ? undefined : options.env[publisher.secret]
        if (!raw) return undefined
        const login: { user?: string; passfile?: string } = {}
        if (publisher?.replication?.user !== undefined) login.user = publisher.replication.user
        if (replication?.passfile !== undefined) login.passfile = replication.passfile
        return subscriptionConnection(parseDatabaseUrl(raw, where(name)), login)
      },
      publisherDatabase: name => {
        const publisher = regionOf(name)
        const raw = publisher?.secret === undefined ? undefined : options.env[publisher.secret]
        if (!raw) return undefined
        parseDatabaseUrl(raw, where(name))
        return raw
      },
      runId: options.runId,
      log: options.log,
      ...(options.approver === undefined ? {} : { approver: options.approver })
    })
    const problems = await verifyCatalog(url, expectedCatalog(data.model, options.region))
    if (problems.length > 0)
      return {
        kind: 'verify-failed',
        applied: result.applied,
        problems: problems.map(p =>
          p.path === undefined
            ? p.message
            : `${data.service.file}:${data.service.locate(p.path).line}: ${p.message}`
        )
      }
    return { kind: 'applied', ...result }
  } catch (error) {
    if (error instanceof DriftError) return { kind: 'drift', message: error.message }
    if (error instanceof ConnectionStringError) return { kind: 'failed', message: error.message }
    if (error instanceof ConnectionError)
      return {
        kind: 'failed',
        message: `Cannot connect to the database of region ${options.region} (variable ${secret}, regions.${options.region}.database.secret): ${redact(error.message, databaseUrls(data, options.env))}`
      }
    if (error instanceof MigrationError)
      return {
        kind: 'failed',
        message: redact(error.reason, databaseUrls(data, options.env)),
        file: error.file,
        line: error.line,
        aftermath: error.aftermath
      }
    return {
      kind: 'failed',
      message: redact((error as Error).message, databaseUrls(data, options.env))
    }
  }
}

/** Driver errors may echo a connection string; never let one reach a log. */
function redact(message: string, secrets: readonly string[]): string {
  return secrets.reduce((m, s) => m.replaceAll(s, '***'), message)
}
