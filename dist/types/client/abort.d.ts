/**
 * The caller's abort signals, watched with one 'abort' listener per signal
 * however many requests share it. A listener per request would cost each
 * request a scan of the others (EventTarget's addEventListener looks for a
 * duplicate), print MaxListenersExceededWarning past ten requests in flight,
 * and AbortSignal.any instead leaks on a long-lived signal on Node 20
 * (nodejs/node#55351). The listener goes when the signal's last request ends.
 */
export declare class AbortWatch {
    private readonly watched;
    /** Calls `onAbort` when `signal` aborts, until `unwatch`. */
    watch(signal: AbortSignal, onAbort: () => void): void;
    unwatch(signal: AbortSignal, onAbort: () => void): void;
}
