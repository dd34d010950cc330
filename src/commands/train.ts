/**
 * The deploy train's commands. One release's path reads top to bottom in
 * src/commands/train/: start.ts (promote) → reconcile.ts (observe, decide,
 * act, until only waits are left) → snapshot.ts (what GitHub shows) → act.ts
 * (one handler per action: open-pr.ts, merge.ts, record.ts, bake.ts) →
 * health.ts (Argo CD waits); rollback.ts is the manual rollback.
 */
export { reconcileTrain, trainStatus } from './train/reconcile.js'
export { latestRelease, skipRegion, startTrain } from './train/start.js'
export { manualRollback } from './train/rollback.js'
export { TrainRefusal } from './train/context.js'
export type { TrainContext, TrainRun } from './train/context.js'
