// src/client/index.ts
import { EventEmitter } from "node:events";

// src/client/breaker.ts
var CircuitBreaker = class {
  constructor(settings, now, changed) {
    this.settings = settings;
    this.now = now;
    this.changed = changed;
  }
  settings;
  now;
  changed;
  state = "closed";
  failures = 0;
  openedAt = 0;
  probing = false;
  get current() {
    if (this.state === "open" && this.now() - this.openedAt >= this.settings.cooldownMs)
      this.move("half-open");
    return this.state;
  }
  /** Whether a request may go to this endpoint now; in half-open, only one probe at a time. */
  allows() {
    const state = this.current;
    if (state === "closed") return true;
    if (state === "half-open" && !this.probing) return true;
    return false;
  }
  /** Marks the start of an attempt, so a half-open breaker sends one probe only. */
  begin() {
    if (this.current === "half-open") this.probing = true;
  }
  /** Milliseconds until an open breaker lets a probe through. */
  get reopensInMs() {
    return this.state === "open" ? Math.max(0, this.settings.cooldownMs - (this.now() - this.openedAt)) : 0;
  }
  success() {
    this.failures = 0;
    this.probing = false;
    if (this.state !== "closed") this.move("closed");
  }
  failure() {
    this.failures++;
    this.probing = false;
    if (this.state === "half-open" || this.failures >= this.settings.failures) {
      this.openedAt = this.now();
      if (this.state !== "open") this.move("open");
    }
  }
  move(to) {
    const from = this.state;
    this.state = to;
    this.changed(from, to);
  }
};

// src/client/budget.ts
var RetryBudget = class {
  constructor(ratio, minPerSecond, now, windowMs = 1e4) {
    this.ratio = ratio;
    this.minPerSecond = minPerSecond;
    this.now = now;
    this.windowMs = windowMs;
  }
  ratio;
  minPerSecond;
  now;
  windowMs;
  requests = [];
  retries = [];
  prune(at) {
    const start = at - this.windowMs;
    while (this.requests.length > 0 && this.requests[0] <= start) this.requests.shift();
    while (this.retries.length > 0 && this.retries[0] <= start) this.retries.shift();
  }
  /** Counts one request, which earns `ratio` of a retry. */
  deposit() {
    this.requests.push(this.now());
  }
  /** Takes one retry from the budget; false when it is spent. */
  tryWithdraw() {
    const at = this.now();
    this.prune(at);
    const allowed = this.ratio * this.requests.length + this.minPerSecond * this.windowMs / 1e3;
    if (this.retries.length + 1 > allowed) return false;
    this.retries.push(at);
    return true;
  }
};

// src/client/transport.ts
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
function toHeaders(raw) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === void 0) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}
var Endpoint = class {
  constructor(base) {
    this.base = base;
    this.agent = this.newAgent();
  }
  base;
  agent;
  newAgent() {
    return this.base.protocol === "https:" ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  }
  /** Closes every pooled connection; later requests open new ones. */
  drop() {
    this.agent.destroy();
    this.agent = this.newAgent();
  }
  close() {
    this.agent.destroy();
  }
  /**
   * Sends one request and reads the whole response. `cancel` destroys the
   * request, which rejects `response` with the reason given; no
   * AbortController per attempt, which costs more than the request on
   * loopback.
   */
  send(path, method, headers, body) {
    const url = new URL(path, this.base);
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    let req;
    let cancelled;
    const response = new Promise((resolve, reject) => {
      req = request(url, { method, headers, agent: this.agent }, (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("error", (error) => reject(cancelled ?? error));
        res.on("aborted", () => reject(cancelled ?? new Error("response aborted")));
        res.on(
          "end",
          () => resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? "",
            headers: toHeaders(res.headers),
            body: Buffer.concat(chunks)
          })
        );
      });
      req.on("error", (error) => reject(cancelled ?? error));
      req.end(body);
    });
    return {
      response,
      cancel: (reason) => {
        cancelled ??= reason;
        req?.destroy(reason);
      }
    };
  }
};

// src/client/index.ts
var RegionalFetchError = class extends Error {
  constructor(message, kind, attempts, elapsedMs, options) {
    super(message, options);
    this.kind = kind;
    this.attempts = attempts;
    this.elapsedMs = elapsedMs;
    this.name = "RegionalFetchError";
  }
  kind;
  attempts;
  elapsedMs;
};
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([502, 503, 504]);
var NULL_BODY_STATUS = /* @__PURE__ */ new Set([101, 204, 205, 304]);
var BREAKER_DEFAULTS = { failures: 5, cooldownMs: 5e3 };
function cancellableDelay(ms) {
  let timer;
  const done = new Promise((resolve) => {
    timer = setTimeout(() => resolve("hedge"), ms);
  });
  return { done, cancel: () => clearTimeout(timer) };
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
function createClient(table, options) {
  const now = () => performance.now();
  const events = new EventEmitter();
  const emit = (event) => {
    events.emit(event.type, event);
    events.emit("event", event);
  };
  const order = (table.order[options.region] ?? Object.keys(table.endpoints)).filter(
    (r) => table.endpoints[r] !== void 0
  );
  const timeoutMs = options.timeoutMs ?? table.timeoutMs;
  const deadlineMs = options.deadlineMs ?? table.deadlineMs;
  const retries = options.retries ?? table.retries;
  const hedgeMs = options.hedgeMs === null ? void 0 : options.hedgeMs ?? table.hedgeMs;
  const budgetSettings = options.retryBudget ?? table.retryBudget;
  const budget = new RetryBudget(budgetSettings.ratio, budgetSettings.minPerSecond, now);
  const breakerSettings = { ...BREAKER_DEFAULTS, ...options.breaker };
  const endpoints = /* @__PURE__ */ new Map();
  const breakers = /* @__PURE__ */ new Map();
  for (const region of order) {
    const endpoint = new Endpoint(new URL(table.endpoints[region]));
    endpoints.set(region, endpoint);
    breakers.set(
      region,
      new CircuitBreaker(breakerSettings, now, (from, to) => {
        if (to === "open") endpoint.drop();
        emit({ type: "breaker", region, from, to });
      })
    );
  }
  let requests = 0;
  async function regionalFetch(path, init = {}) {
    const request = ++requests;
    const method = (init.method ?? "GET").toUpperCase();
    const idempotent = init.idempotent ?? IDEMPOTENT.has(method);
    const started = now();
    const deadlineAt = started + deadlineMs;
    budget.deposit();
    const deadline = new AbortController();
    const deadlineTimer = setTimeout(
      () => deadline.abort(new Error(`deadline of ${deadlineMs} ms exceeded`)),
      deadlineMs
    );
    const outer = init.signal ? AbortSignal.any([deadline.signal, init.signal]) : deadline.signal;
    const stopped = new Promise((resolve) => {
      if (outer.aborted) resolve("stopped");
      else outer.addEventListener("abort", () => resolve("stopped"), { once: true });
    });
    const inflight = /* @__PURE__ */ new Map();
    let attempts = 0;
    let cursor = 0;
    let lastRegion;
    let lastStart = started;
    let hedgeAllowed = hedgeMs !== void 0 && idempotent;
    let last;
    const finish = (ok, region, status) => {
      clearTimeout(deadlineTimer);
      for (const attempt of inflight.values()) attempt.cancel(new Error("cancelled"));
      const done = {
        type: "done",
        request,
        ok,
        attempts,
        elapsedMs: now() - started,
        deadlineMs
      };
      if (region !== void 0) done.region = region;
      if (status !== void 0) done.status = status;
      emit(done);
      return done.elapsedMs;
    };
    const pick = () => {
      const busy = new Set([...inflight.values()].map((a) => a.region));
      for (let i = 0; i < order.length; i++) {
        const index = (cursor + i) % order.length;
        const region = order[index];
        if (busy.has(region) || !breakers.get(region).allows()) continue;
        cursor = index + 1;
        return region;
      }
      const idle = order.filter((r) => !busy.has(r));
      idle.sort((a, b) => breakers.get(a).reopensInMs - breakers.get(b).reopensInMs);
      return idle[0];
    };
    const start = (region, hedge) => {
      const n = ++attempts;
      const remainingMs = deadlineAt - now();
      const attemptTimeout = Math.max(0, Math.min(timeoutMs, remainingMs));
      let timedOut = false;
      let cancel = () => {
      };
      const timer = setTimeout(() => {
        timedOut = true;
        cancel(new Error(`attempt timed out after ${attemptTimeout} ms`));
      }, attemptTimeout);
      const onStop = () => cancel(outer.reason);
      outer.addEventListener("abort", onStop, { once: true });
      breakers.get(region).begin();
      if (!hedge && lastRegion !== void 0 && lastRegion !== region)
        emit({ type: "failover", request, from: lastRegion, to: region });
      lastRegion = region;
      lastStart = now();
      emit({
        type: "attempt",
        request,
        attempt: n,
        region,
        hedge,
        timeoutMs: attemptTimeout,
        remainingMs
      });
      const sent = endpoints.get(region).send(path, method, { ...init.headers }, init.body);
      cancel = sent.cancel;
      const settled = sent.response.then(
        (response) => ({ n, region, sent: response, timedOut: false }),
        (error) => ({ n, region, error, timedOut })
      ).finally(() => {
        clearTimeout(timer);
        outer.removeEventListener("abort", onStop);
      });
      inflight.set(n, { region, cancel, settled });
    };
    const mayRetry = () => {
      const denied = (reason) => {
        emit({ type: "retry-denied", request, reason });
        return false;
      };
      if (!idempotent) return denied("not-idempotent");
      if (attempts > retries) return denied("retries");
      if (deadlineAt - now() <= 0) return denied("deadline");
      if (!budget.tryWithdraw()) return denied("budget");
      return true;
    };
    const first = pick();
    if (first === void 0) {
      const elapsed = finish(false);
      throw new RegionalFetchError(
        `no region to send to: the route table has no endpoint for ${options.region}'s order`,
        "no-region",
        0,
        elapsed
      );
    }
    start(first, false);
    for (; ; ) {
      const hedge = hedgeAllowed && inflight.size === 1 && attempts <= retries ? cancellableDelay(Math.max(0, lastStart + hedgeMs - now())) : void 0;
      const next = await Promise.race([
        stopped,
        ...[...inflight.values()].map((a) => a.settled),
        ...hedge ? [hedge.done] : []
      ]);
      hedge?.cancel();
      if (next === "stopped") {
        const byCaller = init.signal?.aborted === true && !deadline.signal.aborted;
        const elapsed2 = finish(false);
        throw new RegionalFetchError(
          byCaller ? "request aborted by the caller" : `deadline of ${deadlineMs} ms exceeded after ${attempts} attempt(s)`,
          byCaller ? "aborted" : "deadline",
          attempts,
          elapsed2,
          { cause: outer.reason }
        );
      }
      if (next === "hedge") {
        const from = lastRegion;
        const before = cursor;
        const region2 = pick();
        if (region2 === void 0 || !budget.tryWithdraw()) {
          cursor = before;
          hedgeAllowed = false;
          continue;
        }
        emit({ type: "hedge", request, from, to: region2, afterMs: now() - started });
        start(region2, true);
        continue;
      }
      inflight.delete(next.n);
      const breaker = breakers.get(next.region);
      const elapsedMs = now() - started;
      if (next.sent && !RETRYABLE_STATUS.has(next.sent.status)) {
        if (next.sent.status >= 500) breaker.failure();
        else breaker.success();
        emit({
          type: "attempt-end",
          request,
          attempt: next.n,
          region: next.region,
          outcome: "response",
          status: next.sent.status,
          elapsedMs
        });
        for (const [n, other] of inflight)
          emit({
            type: "attempt-end",
            request,
            attempt: n,
            region: other.region,
            outcome: "cancelled",
            elapsedMs
          });
        finish(true, next.region, next.sent.status);
        return toResponse(next.sent);
      }
      breaker.failure();
      last = next;
      emit({
        type: "attempt-end",
        request,
        attempt: next.n,
        region: next.region,
        outcome: next.sent ? "failed-status" : next.timedOut ? "timeout" : "error",
        ...next.sent ? { status: next.sent.status } : { error: describe(next.error) },
        elapsedMs
      });
      if (inflight.size > 0) continue;
      const region = mayRetry() ? pick() : void 0;
      if (region !== void 0) {
        start(region, false);
        continue;
      }
      if (last.sent) {
        finish(false, last.region, last.sent.status);
        return toResponse(last.sent);
      }
      const elapsed = finish(false);
      throw new RegionalFetchError(
        `${table.service}: every attempt failed (${attempts}); last from ${last.region}: ${describe(last.error)}`,
        "failed",
        attempts,
        elapsed,
        { cause: last.error }
      );
    }
  }
  return Object.assign(regionalFetch, {
    events,
    order,
    close: () => {
      for (const endpoint of endpoints.values()) endpoint.close();
    }
  });
}
function toResponse(sent) {
  return new Response(NULL_BODY_STATUS.has(sent.status) ? null : sent.body, {
    status: sent.status,
    statusText: sent.statusText,
    headers: sent.headers
  });
}
export {
  RegionalFetchError,
  createClient
};
