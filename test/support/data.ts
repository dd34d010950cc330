import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceFile } from '../../src/data/migration.js'
import { dataModel } from '../../src/data/model.js'
import type { DataModel, Engine } from '../../src/data/model.js'
import { planData } from '../../src/data/plan-data.js'
import { fixturePlatform, fixtureService } from './fixtures.js'
import { SERVICES } from './paths.js'

/** A fixture service's hand-written migrations, with paths as a user in the repository root would see them. */
export function fixtureMigrations(name: string): SourceFile[] {
  const dir = join(SERVICES, name, 'db', 'migrations')
  return readdirSync(dir)
    .sort()
    .map(file => ({
      name: file,
      path: `fixtures/services/${name}/db/migrations/${file}`,
      text: readFileSync(join(dir, file), 'utf8')
    }))
}

export function fixtureModel(name: string, engine?: Engine): DataModel {
  const model = dataModel(fixtureService(name), fixturePlatform())
  if (!model) throw new Error(`fixture ${name} has no data block`)
  return engine ? { ...model, engine } : model
}

export function fixtureDataPlan(name: string) {
  const result = planData(fixtureService(name), fixturePlatform(), fixtureMigrations(name))
  if (!result) throw new Error(`fixture ${name} has no data block`)
  return result
}
