// src/client/index.ts
import { EventEmitter } from "node:events";

// src/routing/region-table.ts
var REGION_ROUTE_TABLE_VERSION = 2;
function regionEndpoint(table, region) {
  return Object.hasOwn(table.endpoints, region) ? table.endpoints[region] : table.endpoint?.replaceAll("{region}", region);
}

// src/client/abort.ts
var AbortWatch = class {
  watched = /* @__PURE__ */ new WeakMap();
  /** Calls `onAbort` when `signal` aborts, until `unwatch`. */
  watch(signal, onAbort) {
    let entry = this.watched.get(signal);
    if (!entry) {
      const callbacks = /* @__PURE__ */ new Set();
      const listener = () => {
        this.watched.delete(signal);
        for (const callback of [...callbacks]) callback();
      };
      entry = { listener, callbacks };
      this.watched.set(signal, entry);
      signal.addEventListener("abort", listener, { once: true });
    }
    entry.callbacks.add(onAbort);
  }
  unwatch(signal, onAbort) {
    const entry = this.watched.get(signal);
    if (!entry) return;
    entry.callbacks.delete(onAbort);
    if (entry.callbacks.size > 0) return;
    signal.removeEventListener("abort", entry.listener);
    this.watched.delete(signal);
  }
};

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
  /** Marks the start of an attempt, so a half-open breaker sends one probe only; true when this attempt is the probe. */
  begin() {
    if (this.current !== "half-open") return false;
    this.probing = true;
    return true;
  }
  /** A probe that ended without an answer either way (a hedge won, the caller aborted): the next request may probe. */
  release() {
    this.probing = false;
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
  constructor(ratio, minPerSecond, now, windowMs = 1e4, buckets = 10) {
    this.ratio = ratio;
    this.now = now;
    this.bucketMs = windowMs / buckets;
    this.floor = minPerSecond * windowMs / 1e3;
    this.requests = new Array(buckets).fill(0);
    this.retries = new Array(buckets).fill(0);
    this.headBucket = Math.floor(now() / this.bucketMs);
  }
  ratio;
  now;
  requests;
  retries;
  requestsInWindow = 0;
  retriesInWindow = 0;
  /** The ring slot of the current bucket, and which bucket (time / bucketMs) it holds. */
  head = 0;
  headBucket;
  bucketMs;
  floor;
  /** Moves the ring to the current bucket, emptying the buckets that left the window: at most one pass over the ring. */
  advance() {
    const bucket = Math.floor(this.now() / this.bucketMs);
    if (bucket === this.headBucket) return;
    const size = this.requests.length;
    const steps = Math.min(bucket - this.headBucket, size);
    for (let i = 0; i < steps; i++) {
      this.head = (this.head + 1) % size;
      this.requestsInWindow -= this.requests[this.head];
      this.retriesInWindow -= this.retries[this.head];
      this.requests[this.head] = 0;
      this.retries[this.head] = 0;
    }
    this.headBucket = bucket;
  }
  /** Counts one request, which earns `ratio` of a retry. */
  deposit() {
    this.advance();
    this.requests[this.head]++;
    this.requestsInWindow++;
  }
  /** Takes one retry from the budget; false when it is spent. */
  tryWithdraw() {
    this.advance();
    if (this.retriesInWindow + 1 > this.ratio * this.requestsInWindow + this.floor) return false;
    this.retries[this.head]++;
    this.retriesInWindow++;
    return true;
  }
};

// src/client/response.ts
var NULL_BODY_STATUS = /* @__PURE__ */ new Set([101, 204, 205, 304]);
var RegionalResponse = class {
  /** @internal The client makes these; the .d.ts leaves the wire's Node.js types out. */
  constructor(sent, region) {
    this.sent = sent;
    this.region = region;
  }
  sent;
  region;
  headerCache;
  get status() {
    return this.sent.status;
  }
  get statusText() {
    return this.sent.statusText;
  }
  get ok() {
    return this.sent.status >= 200 && this.sent.status < 300;
  }
  /** The response headers, built on first use. */
  get headers() {
    if (!this.headerCache) {
      const headers = new Headers();
      const raw = this.sent.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2)
        headers.append(raw[i].toString("latin1"), raw[i + 1].toString("latin1"));
      this.headerCache = headers;
    }
    return this.headerCache;
  }
  async text() {
    return this.sent.body.toString("utf8");
  }
  async json() {
    return JSON.parse(this.sent.body.toString("utf8"));
  }
  async bytes() {
    return new Uint8Array(this.sent.body);
  }
  async arrayBuffer() {
    const { buffer, byteOffset, byteLength } = this.sent.body;
    return buffer.slice(byteOffset, byteOffset + byteLength);
  }
  async blob() {
    return new Blob([this.sent.body], {
      type: this.headers.get("content-type") ?? ""
    });
  }
  /** A fetch `Response` with the same status, headers and body. */
  toResponse() {
    return new Response(
      NULL_BODY_STATUS.has(this.sent.status) ? null : this.sent.body,
      {
        status: this.sent.status,
        statusText: this.sent.statusText,
        headers: this.headers
      }
    );
  }
};

// src/client/transport.ts
import { Pool } from "undici";
var NEVER_SENT = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
function neverSent(error) {
  const code = error?.code;
  return typeof code === "string" && NEVER_SENT.has(code);
}
function invalidRequest(error) {
  return error?.code === "UND_ERR_INVALID_ARG";
}
var Exchange = class {
  constructor(done) {
    this.done = done;
  }
  done;
  abort;
  cancelled;
  finished = false;
  status = 0;
  statusText = "";
  rawHeaders = [];
  chunks = [];
  /** Stops the attempt; `done` is called with `reason` at once, whether or not it had a connection yet. */
  cancel(reason) {
    if (this.finished || this.cancelled) return;
    this.cancelled = reason;
    if (this.abort) this.abort(reason);
    else this.end(reason, void 0);
  }
  end(error, sent) {
    if (this.finished) return;
    this.finished = true;
    this.done(error, sent);
  }
  onConnect(abort) {
    if (this.cancelled) abort(this.cancelled);
    else this.abort = abort;
  }
  onHeaders(statusCode, rawHeaders, _resume, statusText) {
    this.status = statusCode;
    this.statusText = statusText;
    this.rawHeaders = rawHeaders;
    return true;
  }
  onData(chunk) {
    this.chunks.push(chunk);
    return true;
  }
  onComplete() {
    const body = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.end(void 0, {
      status: this.status,
      statusText: this.statusText,
      rawHeaders: this.rawHeaders,
      body
    });
  }
  onError(error) {
    this.end(this.cancelled ?? error, void 0);
  }
};
var Endpoint = class {
  /** `connections`: the most this endpoint opens; undici queues requests beyond them. */
  constructor(base, connections) {
    this.base = base;
    this.connections = connections;
    this.pool = new Pool(base.origin, { connections });
  }
  base;
  connections;
  pool;
  /** The path as `new URL(path, base)` resolves it, without building a URL for the usual absolute path. */
  pathOf(path) {
    if (path.startsWith("/") && !path.startsWith("//")) return path;
    const url = new URL(path, this.base);
    return url.pathname + url.search;
  }
  /** Closes idle connections at once and the busy ones once their request ends; later requests open new ones. */
  drainIdle() {
    const old = this.pool;
    this.pool = new Pool(this.base.origin, { connections: this.connections });
    old.close().catch(() => {
    });
  }
  async close() {
    await this.pool.destroy();
  }
  /** Sends one request and reads the whole response; the exchange's `cancel` stops it. */
  send(path, method, headers, body, done) {
    const exchange = new Exchange(done);
    this.pool.dispatch(
      { path: this.pathOf(path), method, headers, body },
      exchange
    );
    return exchange;
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
var BREAKER_DEFAULTS = { failures: 5, cooldownMs: 5e3 };
var MAX_CONNECTIONS_DEFAULT = 128;
var BACKOFF_DEFAULTS = { baseMs: 25, maxMs: 1e3 };
function routeFor(table, region) {
  if ("tableVersion" in table) {
    if (table.tableVersion !== REGION_ROUTE_TABLE_VERSION)
      throw new RangeError(
        `tableVersion is ${String(table.tableVersion)}; it must be ${REGION_ROUTE_TABLE_VERSION}, the format of ${table.service}'s route-table.json this client reads: upgrade multiregion/client, or plan again with the version the service's clients use`
      );
    if (table.region !== region)
      throw new RangeError(
        `${table.service}'s route table is the one of region "${table.region}", not of "${String(region)}": mount the route-table.json of the region the caller runs in`
      );
    const endpoints = {};
    for (const r of table.order) {
      const url = regionEndpoint(table, r);
      if (url !== void 0) endpoints[r] = url;
    }
    return { order: table.order.filter((r) => endpoints[r] !== void 0), endpoints };
  }
  const row = Object.hasOwn(table.order, region) ? table.order[region] : void 0;
  if (row === void 0)
    throw new RangeError(
      `no row for region "${String(region)}" in ${table.service}'s route table (it has ${Object.keys(table.order).join(", ")}): pass the region the caller runs in, as the platform names it`
    );
  return {
    order: row.filter((r) => table.endpoints[r] !== void 0),
    endpoints: table.endpoints
  };
}
var MAX_TIMER_MS = 2 ** 31 - 1;
function checkSettings(settings) {
  const { timeoutMs, deadlineMs, retries, hedgeMs, maxConnections } = settings;
  const refuse = (field, value, rule) => {
    throw new RangeError(`${field} is ${String(value)}; it must be ${rule}`);
  };
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS))
    refuse("timeoutMs", timeoutMs, `above 0 and at most ${MAX_TIMER_MS} ms (Node's timers)`);
  if (!(deadlineMs > 0)) refuse("deadlineMs", deadlineMs, "above 0 ms");
  if (!(Number.isInteger(retries) && retries >= 0))
    refuse("retries", retries, "a whole number, 0 or more");
  if (hedgeMs !== void 0 && !(hedgeMs >= 0 && hedgeMs <= MAX_TIMER_MS))
    refuse("hedgeMs", hedgeMs, `0 to ${MAX_TIMER_MS} ms, or null for no hedging`);
  if (!(Number.isInteger(maxConnections) && maxConnections >= 1))
    refuse("maxConnections", maxConnections, "a whole number, 1 or more");
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
function createClient(table, options) {
  const now = () => performance.now();
  const random = options.random ?? Math.random;
  const events = new EventEmitter();
  const listening = (type) => events.listenerCount(type) > 0 || events.listenerCount("event") > 0;
  const emit = (event) => {
    events.emit(event.type, event);
    events.emit("event", event);
  };
  const route = routeFor(table, options.region);
  const timeoutMs = options.timeoutMs ?? table.timeoutMs;
  const deadlineMs = options.deadlineMs ?? table.deadlineMs;
  const retries = options.retries ?? table.retries;
  const hedgeMs = options.hedgeMs === null ? void 0 : options.hedgeMs ?? table.hedgeMs;
  const maxConnections = options.maxConnections ?? table.maxConnections ?? MAX_CONNECTIONS_DEFAULT;
  checkSettings({ timeoutMs, deadlineMs, retries, hedgeMs, maxConnections });
  const backoff = { ...BACKOFF_DEFAULTS, ...options.backoff };
  const budgetSettings = options.retryBudget ?? table.retryBudget;
  const budget = new RetryBudget(budgetSettings.ratio, budgetSettings.minPerSecond, now);
  const breakerSettings = { ...BREAKER_DEFAULTS, ...options.breaker };
  const regions = route.order.map((name) => {
    const endpoint = new Endpoint(new URL(route.endpoints[name]), maxConnections);
    const breaker = new CircuitBreaker(breakerSettings, now, (from, to) => {
      if (to === "open") endpoint.drainIdle();
      if (listening("breaker")) emit({ type: "breaker", region: name, from, to });
    });
    return { name, endpoint, breaker };
  });
  let requests = 0;
  const aborts = new AbortWatch();
  function regionalFetch(path, init = {}) {
    return new Promise((resolve, reject) => {
      const request = ++requests;
      const method = init.method === void 0 ? "GET" : init.method.toUpperCase();
      const idempotent = init.idempotent ?? IDEMPOTENT.has(method);
      const signal = init.signal;
      const started = now();
      const deadlineAt = started + deadlineMs;
      budget.deposit();
      let attempts = 0;
      let cursor = 0;
      let againCount = 0;
      let finished = false;
      let lastRegion;
      let hedgeAllowed = hedgeMs !== void 0 && idempotent;
      let hedgeTimer;
      let backoffTimer;
      let last;
      const inflight = [];
      const tried = [];
      const onAbort = () => fail("aborted", "request aborted by the caller", signal.reason, "cancelled");
      const finish = (ok, pending, region, status) => {
        finished = true;
        clearTimeout(hedgeTimer);
        clearTimeout(backoffTimer);
        if (signal) aborts.unwatch(signal, onAbort);
        const elapsedMs = now() - started;
        for (const attempt of inflight.splice(0)) end(attempt, pending, elapsedMs);
        if (listening("done")) {
          const done = { type: "done", request, ok, attempts, elapsedMs, deadlineMs };
          if (region !== void 0) done.region = region;
          if (status !== void 0) done.status = status;
          emit(done);
        }
        return elapsedMs;
      };
      const end = (attempt, outcome, elapsedMs) => {
        attempt.ended = true;
        clearTimeout(attempt.timer);
        attempt.exchange?.cancel(new Error(`attempt ${outcome}`));
        if (outcome === "timeout") attempt.region.breaker.failure();
        else if (attempt.probe) attempt.region.breaker.release();
        if (listening("attempt-end"))
          emit({
            type: "attempt-end",
            request,
            attempt: attempt.n,
            region: attempt.region.name,
            outcome,
            elapsedMs
          });
      };
      const fail = (kind, message, cause, pending) => {
        const elapsed = finish(false, pending);
        reject(new RegionalFetchError(message, kind, attempts, elapsed, { cause }));
      };
      const deadlineExceeded = (pending) => fail(
        "deadline",
        `deadline of ${deadlineMs} ms exceeded after ${attempts} attempt(s)`,
        last?.error,
        pending
      );
      const pick = () => {
        for (let i = 0; i < regions.length; i++) {
          const index = (cursor + i) % regions.length;
          const region = regions[index];
          if (busy(region) || !region.breaker.allows()) continue;
          cursor = index + 1;
          return region;
        }
        let best;
        for (const region of regions)
          if (!busy(region) && (!best || region.breaker.reopensInMs < best.breaker.reopensInMs))
            best = region;
        return best;
      };
      const busy = (region) => inflight.some((a) => a.region === region);
      const start = (region, hedge) => {
        const n = ++attempts;
        const remainingMs = deadlineAt - now();
        const deadlineBound = timeoutMs >= remainingMs;
        const attemptTimeout = Math.max(0, deadlineBound ? remainingMs : timeoutMs);
        const attempt = {
          n,
          region,
          exchange: void 0,
          timer: void 0,
          deadlineBound,
          probe: region.breaker.begin(),
          ended: false
        };
        inflight.push(attempt);
        if (!tried.includes(region)) tried.push(region);
        if (!hedge && lastRegion !== void 0 && lastRegion !== region && listening("failover"))
          emit({ type: "failover", request, from: lastRegion.name, to: region.name });
        lastRegion = region;
        if (listening("attempt"))
          emit({
            type: "attempt",
            request,
            attempt: n,
            region: region.name,
            hedge,
            timeoutMs: attemptTimeout,
            remainingMs
          });
        attempt.timer = setTimeout(() => timedOut(attempt), attemptTimeout);
        attempt.exchange = region.endpoint.send(
          path,
          method,
          init.headers,
          init.body,
          (e, s) => settled(attempt, e, s)
        );
        if (hedgeAllowed && inflight.length === 1 && attempts <= retries && hedgeMs < remainingMs)
          hedgeTimer = setTimeout(hedgeNow, hedgeMs);
      };
      const hedgeNow = () => {
        hedgeTimer = void 0;
        if (finished || inflight.length !== 1) return;
        const from = inflight[0].region.name;
        const before = cursor;
        const region = pick();
        if (region === void 0 || !budget.tryWithdraw()) {
          cursor = before;
          hedgeAllowed = false;
          return;
        }
        if (listening("hedge"))
          emit({ type: "hedge", request, from, to: region.name, afterMs: now() - started });
        start(region, true);
      };
      const timedOut = (attempt) => {
        if (attempt.ended || finished) return;
        if (attempt.deadlineBound) return deadlineExceeded("timeout");
        remove(attempt);
        end(attempt, "timeout", now() - started);
        last = {
          region: attempt.region,
          error: new Error(`attempt timed out after ${timeoutMs} ms`)
        };
        next(last.error);
      };
      const remove = (attempt) => {
        inflight.splice(inflight.indexOf(attempt), 1);
        clearTimeout(hedgeTimer);
        hedgeTimer = void 0;
      };
      const settled = (attempt, error, sent) => {
        if (attempt.ended || finished) return;
        attempt.ended = true;
        clearTimeout(attempt.timer);
        remove(attempt);
        const breaker = attempt.region.breaker;
        if (sent && !RETRYABLE_STATUS.has(sent.status)) {
          if (sent.status >= 500) breaker.failure();
          else breaker.success();
          if (listening("attempt-end"))
            emit({
              type: "attempt-end",
              request,
              attempt: attempt.n,
              region: attempt.region.name,
              outcome: "response",
              status: sent.status,
              elapsedMs: now() - started
            });
          finish(true, "cancelled", attempt.region.name, sent.status);
          return resolve(new RegionalResponse(sent, attempt.region.name));
        }
        if (!sent && invalidRequest(error)) {
          if (attempt.probe) breaker.release();
          if (listening("attempt-end"))
            emit({
              type: "attempt-end",
              request,
              attempt: attempt.n,
              region: attempt.region.name,
              outcome: "error",
              error: describe(error),
              elapsedMs: now() - started
            });
          return fail(
            "invalid",
            `${table.service}: the request is invalid and was sent nowhere: ${describe(error)}`,
            error,
            "cancelled"
          );
        }
        breaker.failure();
        last = sent ? { region: attempt.region, sent } : { region: attempt.region, error };
        if (listening("attempt-end"))
          emit({
            type: "attempt-end",
            request,
            attempt: attempt.n,
            region: attempt.region.name,
            outcome: sent ? "failed-status" : "error",
            ...sent ? { status: sent.status } : { error: describe(error) },
            elapsedMs: now() - started
          });
        next(error);
      };
      const retryDenied = (error) => {
        if (!idempotent && !neverSent(error)) return "not-idempotent";
        if (attempts > retries) return "retries";
        if (deadlineAt - now() <= 0) return "deadline";
        if (!budget.tryWithdraw()) return "budget";
        return void 0;
      };
      const next = (error) => {
        if (inflight.length > 0) return;
        const denied = retryDenied(error);
        if (denied && listening("retry-denied"))
          emit({ type: "retry-denied", request, reason: denied });
        const region = denied ? void 0 : pick();
        if (region !== void 0 && !tried.includes(region)) return start(region, false);
        if (region !== void 0) {
          const delayMs = random() * Math.min(backoff.maxMs, backoff.baseMs * 2 ** againCount++);
          if (listening("backoff")) emit({ type: "backoff", request, region: region.name, delayMs });
          if (delayMs >= deadlineAt - now()) return deadlineExceeded("cancelled");
          backoffTimer = setTimeout(() => {
            backoffTimer = void 0;
            if (!finished) start(region, false);
          }, delayMs);
          return;
        }
        if (denied === "deadline") return deadlineExceeded("cancelled");
        const { region: lastFrom, sent } = last;
        if (sent) {
          finish(false, "cancelled", lastFrom.name, sent.status);
          return resolve(new RegionalResponse(sent, lastFrom.name));
        }
        fail(
          "failed",
          `${table.service}: every attempt failed (${attempts}); last from ${lastFrom.name}: ${describe(last.error)}`,
          last.error,
          "cancelled"
        );
      };
      if (signal) {
        if (signal.aborted) return onAbort();
        aborts.watch(signal, onAbort);
      }
      const first = pick();
      if (first === void 0)
        return fail(
          "no-region",
          `no region to send to: the route table has no endpoint for ${options.region}'s order`,
          void 0,
          "cancelled"
        );
      start(first, false);
    });
  }
  return Object.assign(regionalFetch, {
    events,
    order: route.order,
    close: async () => {
      await Promise.all(regions.map((r) => r.endpoint.close()));
    }
  });
}
export {
  RegionalFetchError,
  RegionalResponse,
  createClient,
  routeFor
};
