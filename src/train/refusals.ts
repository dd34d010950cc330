import type { Action, Decision } from './decide.js'

type OnceType = 'merge' | 'enable-auto-merge' | 'rebuild-branch' | 'wait-health' | 'open-promotion'

/**
 * One try per run: merging a PR (directly or by auto-merge) is one try,
 * putting its branch back another, a wait that was held another, opening a
 * region's PR (a promotion or weight step) that its Application blocked another.
 */
export function onceKey(type: OnceType, id: number | string): string {
  const kind =
    type === 'rebuild-branch'
      ? 'rebuild'
      : type === 'wait-health'
        ? 'wait'
        : type === 'open-promotion'
          ? 'open'
          : 'merge'
  return `${kind}:${id}`
}

export function openKey(action: { region: string; step?: number }): string {
  return `${action.region}#${action.step ?? 0}`
}

/** The key a refusable action is looked up by, or undefined for actions that are always tried. */
function refusalKey(action: Action): string | undefined {
  switch (action.type) {
    case 'merge':
    case 'enable-auto-merge':
    case 'rebuild-branch':
    case 'wait-health':
      return onceKey(action.type, action.pr)
    case 'open-promotion':
      return onceKey(action.type, openKey(action))
    default:
      return undefined
  }
}

/**
 * A merge GitHub refused in this run, or a PR already handed to auto-merge,
 * is not tried again in the same run (a refusal does not change between
 * rounds seconds apart), and neither is a region whose Application blocked
 * its PR or held its wait: each becomes a wait with the reason, and the next
 * run tries once more.
 */
export function afterRefusals(decision: Decision, refused: ReadonlyMap<string, string>): Decision {
  if (refused.size === 0) return decision
  const actions = decision.actions.map<Action>(a => {
    const key = refusalKey(a)
    const reason = key === undefined ? undefined : refused.get(key)
    return reason === undefined || !('region' in a) ? a : { type: 'wait', region: a.region, reason }
  })
  const waiting = decision.state === 'running' && actions.every(a => a.type === 'wait')
  return { state: waiting ? 'waiting' : decision.state, actions }
}
