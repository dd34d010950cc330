import type { Platform, Service } from '../manifest/model.js'
import type { Finding } from '../schema/generated.js'
import { compileCassandra } from './cassandra.js'
import { compileCockroach } from './cockroachdb.js'
import { lintData } from './compliance.js'
import { handWritten } from './migration.js'
import type { Migration, SourceFile } from './migration.js'
import { dataModel, regionOrder } from './model.js'
import type { DataModel, Engine } from './model.js'
import { compilePostgres } from './postgres.js'
import { compileSpanner } from './spanner.js'
import { onlyRegions } from './sql.js'

export interface RegionData {
  engine: Engine
  /** 1-based position in the order regions are migrated in. */
  order: number
  /** The environment variable holding the region's database URL. */
  secret?: string
  migrations: Migration[]
}

export interface DataPlan {
  /** The manifest, to point findings at its lines. */
  service: Service
  model: DataModel
  regions: Map<string, RegionData>
  findings: Finding[]
}

/**
 * Per region, the migrations to run in order: for postgres (a database per
 * region) the generated ones for that region, then the hand-written files.
 * The other engines are one multi-region cluster, so everything goes to the
 * first region in migration order and the others have nothing of their own.
 */
function migrationsFor(model: DataModel, name: string, files: Migration[]): Migration[] {
  if (model.engine === 'postgres')
    return [
      ...compilePostgres(model, name),
      ...files.filter(f => onlyRegions(f.sql)?.includes(name) ?? true)
    ]
  if (name !== regionOrder(model)[0]) return []
  const compile = {
    cockroachdb: compileCockroach,
    spanner: compileSpanner,
    cassandra: compileCassandra
  }[model.engine]
  return [compile(model), ...files]
}

/** Compiles the data block for every region and lints it; undefined when the manifest has none. */
export function planData(
  service: Service,
  platform: Platform,
  files: readonly SourceFile[]
): DataPlan | undefined {
  const model = dataModel(service, platform)
  if (!model) return undefined
  const written = handWritten(files)
  const order = regionOrder(model)
  const regions = new Map<string, RegionData>()
  for (const [i, name] of order.entries()) {
    const r = model.regions.find(x => x.name === name)!
    const data: RegionData = {
      engine: model.engine,
      order: i + 1,
      migrations: migrationsFor(model, name, written)
    }
    if (r.secret !== undefined) data.secret = r.secret
    regions.set(name, data)
  }
  return {
    service,
    model,
    regions,
    findings: lintData(model, service, files, platform.raw.spec.databaseRoles)
  }
}
