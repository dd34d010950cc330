// The package's main export (`import ... from 'multiregion'`): the pure core, to validate
// manifests and plan releases from code. Importing it runs nothing; the action's entry is
// src/action.ts (dist/action.js) and the CLI's is src/cli.ts (dist/cli.js).
export { loadService, loadPlatform, checkServiceAgainstPlatform } from './manifest/load.js'
export type { Loaded } from './manifest/load.js'
export { hasErrors, formatDiagnostic, sortDiagnostics } from './manifest/diagnostic.js'
export type { Diagnostic, Position, Severity } from './manifest/diagnostic.js'
export type { Service, Platform, TrainSettings } from './manifest/model.js'
export { plan, withFindings, PLAN_VERSION } from './plan/plan.js'
export type { PlanInput, EnvRepoFiles } from './plan/plan.js'
export { parseRelease } from './plan/release.js'
export type { Release } from './plan/release.js'
export { VERSION } from './version.js'
export type {
  Plan,
  RegionPlan,
  Finding,
  FileEdit,
  ServiceManifest,
  PlatformConfig
} from './schema/generated.js'
