import { setTimeout as pause } from 'node:timers/promises'
import { systemClock } from '../../src/argocd/wait.js'
import type { Clock } from '../../src/argocd/wait.js'

/** What the simulators report: whether work is under way, and a count that moves with every answer or event sent. */
export interface Activity {
  busy: boolean
  sent: number
}

/** How many event-loop turns, and how much real time, the simulators must stay still before time may pass. */
const QUIET_TURNS = 5
const QUIET_MS = 20

/**
 * Time that passes `factor` times faster than real time, but only while the
 * simulators are quiet: a sleep (the wait's deadline above all) ends once its
 * scaled time is over and then nothing has been answered, sent or left due in
 * the Argo CD controller for a few event-loop turns. A verdict then never
 * depends on how fast a loaded machine runs the controller's steps and the
 * HTTP in between: the deadline cannot pass while Argo CD still works on the
 * merge, or while a sibling's verdict is still on its way to stopping a wave.
 */
export function settledClock(factor: number, activity: () => Activity): Clock {
  return {
    sleep: async (ms, signal) => {
      await systemClock.sleep(ms / factor, signal)
      await quiet(activity, signal)
    }
  }
}

async function quiet(activity: () => Activity, signal: AbortSignal): Promise<void> {
  let seen = activity().sent
  let turns = 0
  let since = performance.now()
  for (;;) {
    signal.throwIfAborted()
    const now = activity()
    if (now.busy || now.sent !== seen) {
      seen = now.sent
      turns = 0
      since = performance.now()
    } else if (++turns >= QUIET_TURNS && performance.now() - since >= QUIET_MS) return
    // A timer turn passes through the poll phase, so any answer already on a socket is read first.
    await pause(2)
  }
}
