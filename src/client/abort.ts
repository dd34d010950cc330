/**
 * The caller's abort signals, watched with one 'abort' listener per signal
 * however many requests share it. A listener per request would cost each
 * request a scan of the others (EventTarget's addEventListener looks for a
 * duplicate), print MaxListenersExceededWarning past ten requests in flight,
 * and AbortSignal.any instead leaks on a long-lived signal on Node 20
 * (nodejs/node#55351). The listener goes when the signal's last request ends.
 */
export class AbortWatch {
  private readonly watched = new WeakMap<
    AbortSignal,
    { listener: () => void; callbacks: Set<() => void> }
  >()

  /** Calls `onAbort` when `signal` aborts, until `unwatch`. */
  watch(signal: AbortSignal, onAbort: () => void): void {
    let entry = this.watched.get(signal)
    if (!entry) {
      const callbacks = new Set<() => void>()
      const listener = () => {
        this.watched.delete(signal)
        for (const callback of [...callbacks]) callback()
      }
      entry = { listener, callbacks }
      this.watched.set(signal, entry)
      signal.addEventListener('abort', listener, { once: true })
    }
    entry.callbacks.add(onAbort)
  }

  unwatch(signal: AbortSignal, onAbort: () => void): void {
    const entry = this.watched.get(signal)
    if (!entry) return
    entry.callbacks.delete(onAbort)
    if (entry.callbacks.size > 0) return
    signal.removeEventListener('abort', entry.listener)
    this.watched.delete(signal)
  }
}
