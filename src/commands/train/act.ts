import type { Action } from '../../train/decide.js'
import { evaluateBake } from './bake.js'
import type { Round } from './context.js'
import { closePromotion, enableAutoMerge, mergePr } from './merge.js'
import { openPromotion, openRollback, rebuildBranch } from './open-pr.js'
import { recordBadRelease } from './record.js'

/** The actions a round does one by one; a wave's waits run side by side (waitWave), the rest only say why the train stands. */
export type WriteAction = Exclude<Action, { type: 'wait-health' | 'wait' | 'halt' }>

/** Who does each action: a new action type without a handler does not compile. */
const HANDLERS: {
  [T in WriteAction['type']]: (
    round: Round,
    action: Extract<Action, { type: T }>
  ) => Promise<string | undefined>
} = {
  'open-promotion': openPromotion,
  'open-rollback': openRollback,
  'rebuild-branch': rebuildBranch,
  merge: mergePr,
  'enable-auto-merge': enableAutoMerge,
  'close-promotion': closePromotion,
  'record-bad-release': recordBadRelease,
  'evaluate-checks': evaluateBake
}

/** Actions that change something: the handlers' and the waits. */
export const WORK: ReadonlySet<Action['type']> = new Set([
  ...(Object.keys(HANDLERS) as WriteAction['type'][]),
  'wait-health'
])

export function isWrite(action: Action): action is WriteAction {
  return action.type in HANDLERS
}

/** Does one action; returns the line the run reports, if any. */
export function act(round: Round, action: WriteAction): Promise<string | undefined> {
  const handler = HANDLERS[action.type] as (
    round: Round,
    action: WriteAction
  ) => Promise<string | undefined>
  return handler(round, action)
}
