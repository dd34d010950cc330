import { decide } from '../../train/decide.js'
import type { Action } from '../../train/decide.js'
import { toObserved } from '../../train/observe.js'
import { afterRefusals } from '../../train/refusals.js'
import { act, isWrite, WORK } from './act.js'
import { releaseOf } from './context.js'
import type { TrainContext, TrainRun } from './context.js'
import { waitWave } from './health.js'
import { labelFoundByBranch, resumeUnreachable } from './record.js'
import { RoundWrites } from './carry.js'
import { snapshot, snapshotOf } from './snapshot.js'
import type { Plan } from '../../schema/generated.js'

/** A bound on observe-decide-act rounds in one run, far above what a train needs, so a bug cannot loop forever. */
const MAX_ROUNDS = 25

/**
 * One reconcile run of a service's train for a release: observe, decide, act,
 * and again, until only waiting or halting is left. Every action is
 * idempotent against what GitHub shows, so a killed run is simply run again.
 */
export async function reconcileTrain(
  ctx: TrainContext,
  ref: string,
  options: { resume?: boolean } = {}
): Promise<TrainRun> {
  const release = releaseOf(ref, ctx.service)
  const botLogin = await ctx.github.botLogin()
  const done: string[] = []
  if (options.resume) done.push(...(await resumeUnreachable(ctx, release.ref, botLogin)))
  const refused = new Map<string, string>()
  // What the last round's writes left, when their whole effect is known: the next round starts from it.
  let carried: ReturnType<RoundWrites['apply']>
  // The default branch's name, as the last read from GitHub said.
  let base = ''
  // The plans this run's rounds made, by what they read (snapshot.ts, planKey).
  const plans = new Map<string, Plan>()
  for (let round = 0; ; round++) {
    const seen = carried
      ? {
          ...(await snapshotOf(
            ctx,
            release,
            base,
            botLogin,
            carried.view.read,
            [...carried.view.pulls],
            plans
          )),
          pulls: carried.view.pulls,
          base
        }
      : await snapshot(ctx, release, botLogin, plans)
    const { snap, read, pulls } = seen
    base = seen.base
    // This round's writes are recorded from its first, the labels of PRs found by their branch included.
    const writes = new RoundWrites(botLogin, () => ctx.clock.now())
    const github = writes.port(ctx.github)
    done.push(...(await labelFoundByBranch({ ...ctx, github }, snap)))
    const observed = toObserved(snap)
    const decision = afterRefusals(decide(observed), refused)
    const work = decision.actions.filter(a => WORK.has(a.type))
    if (round >= MAX_ROUNDS) return { observed, decision, done }
    if (carried && (carried.openedUngated || work.some(a => a.type !== 'wait-health'))) {
      // Only what GitHub shows may open, merge or close anything: a gate is never passed on what
      // the train believes it wrote. Waiting on Argo CD for a merge it made itself passes none.
      carried = undefined
      continue
    }
    if (work.length === 0) return { observed, decision, done }
    const current = {
      ctx: { ...ctx, github },
      snap,
      read,
      observed,
      base,
      refused
    }
    // Writes first, in order; then the wave's waits, side by side.
    for (const action of work.filter(isWrite)) {
      const line = await act(current, action)
      if (line) done.push(line)
    }
    const waits = work.filter(
      (a): a is Extract<Action, { type: 'wait-health' }> => a.type === 'wait-health'
    )
    if (waits.length > 0) done.push(...(await waitWave(current, waits)))
    carried = writes.apply({ read, pulls })
  }
}

/** Where a train stands, without changing anything. */
export async function trainStatus(ctx: TrainContext, ref: string): Promise<TrainRun> {
  const release = releaseOf(ref, ctx.service)
  const botLogin = await ctx.github.botLogin()
  const observed = toObserved((await snapshot(ctx, release, botLogin)).snap)
  return { observed, decision: decide(observed), done: [] }
}
