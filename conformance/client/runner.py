#!/usr/bin/env python3
"""A second, deliberately small implementation of the client rules, in
Python's standard library only, that runs every conformance vector the way
README.md tells any language to.

    python3 conformance/client/runner.py            # the reference client
    python3 conformance/client/runner.py --naive    # a client without budget, breaker,
                                                    # abort, cancellation or settings checks

Prints "ok <vector>" or "FAILED <vector>: <what differed>" per vector, then
"N passed, N failed"; exits 1 when any failed. The naive client exists to
prove the vectors tell a right client from a wrong one: it must fail the
vectors of the rules it leaves out (test/client/conformance-python.test.ts).
"""

import http.client
import json
import os
import queue
import random
import select
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

IDEMPOTENT = {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"}
RETRYABLE_STATUS = {502, 503, 504}
BREAKER_DEFAULTS = {"failures": 5, "cooldownMs": 5000}
BACKOFF = {"baseMs": 25, "maxMs": 1000}
BUDGET_WINDOW_S = 10.0
MAX_TIMER_MS = 2**31 - 1


def now() -> float:
    return time.monotonic()


class ClientError(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class Budget:
    """Over the last 10 s: retries and hedges <= ratio x requests + minPerSecond x 10."""

    def __init__(self, ratio: float, min_per_second: float):
        self.ratio, self.floor = ratio, min_per_second * BUDGET_WINDOW_S
        self.requests: list = []
        self.retries: list = []

    def _prune(self) -> None:
        cutoff = now() - BUDGET_WINDOW_S
        self.requests = [t for t in self.requests if t > cutoff]
        self.retries = [t for t in self.retries if t > cutoff]

    def deposit(self) -> None:
        self._prune()
        self.requests.append(now())

    def withdraw(self) -> bool:
        self._prune()
        if len(self.retries) + 1 > self.ratio * len(self.requests) + self.floor:
            return False
        self.retries.append(now())
        return True


class Breaker:
    """Consecutive failures open it; after the cooldown one probe decides; a failed probe reopens it."""

    def __init__(self, failures: int, cooldown_ms: int):
        self.limit, self.cooldown = failures, cooldown_ms / 1000
        self.state, self.failures, self.opened_at, self.probing = "closed", 0, 0.0, False

    def current(self) -> str:
        if self.state == "open" and now() - self.opened_at >= self.cooldown:
            self.state = "half-open"
        return self.state

    def allows(self) -> bool:
        state = self.current()
        return state == "closed" or (state == "half-open" and not self.probing)

    def begin(self) -> bool:
        if self.current() != "half-open":
            return False
        self.probing = True
        return True

    def release(self) -> None:
        self.probing = False

    def reopens_in(self) -> float:
        return max(0.0, self.cooldown - (now() - self.opened_at)) if self.state == "open" else 0.0

    def success(self) -> None:
        self.failures, self.probing, self.state = 0, False, "closed"

    def failure(self) -> None:
        self.failures += 1
        self.probing = False
        if self.state == "half-open" or self.failures >= self.limit:
            self.opened_at, self.state = now(), "open"


class Region:
    def __init__(self, name: str, url: str, breaker: Breaker):
        host_port = url.split("://", 1)[1].rstrip("/")
        host, _, port = host_port.partition(":")
        self.name, self.host, self.port, self.breaker = name, host, int(port or 80), breaker


class Attempt:
    def __init__(self, region: Region, hedge: bool, timeout: float, deadline_bound: bool, probe: bool):
        self.region, self.hedge, self.timeout = region, hedge, timeout
        self.deadline_bound, self.probe = deadline_bound, probe
        self.ends_at = now() + timeout
        self.ended = False
        self.conn = None
        self.lock = threading.Lock()

    def cancel(self) -> None:
        with self.lock:
            self.ended = True
            conn = self.conn
        if conn is not None and conn.sock is not None:
            try:
                conn.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()


def check_settings(table: dict) -> None:
    def refuse(field, value, rule):
        raise ValueError(f"{field} is {value}; it must be {rule}")

    timeout, deadline, retries = table["timeoutMs"], table["deadlineMs"], table["retries"]
    hedge = table.get("hedgeMs")
    if not (0 < timeout <= MAX_TIMER_MS):
        refuse("timeoutMs", timeout, "above 0 and at most 2^31 - 1 ms")
    if not deadline > 0:
        refuse("deadlineMs", deadline, "above 0 ms")
    if not (isinstance(retries, int) and retries >= 0):
        refuse("retries", retries, "a whole number, 0 or more")
    if hedge is not None and not (0 <= hedge <= MAX_TIMER_MS):
        refuse("hedgeMs", hedge, "0 to 2^31 - 1 ms, or absent")


TABLE_VERSION = 2
"""The format of a region's route-table.json this runner reads (src/routing/region-table.ts)."""


def route_for(table: dict, region: str) -> tuple:
    """The caller's order and the endpoints of its regions, from the plan's whole table (order by region)
    or a region's route-table.json (tableVersion 2: its own row, URLs from a template); another version is refused."""
    if "tableVersion" in table:
        if table["tableVersion"] != TABLE_VERSION:
            raise ValueError(f"tableVersion is {table['tableVersion']}; it must be {TABLE_VERSION}, the format this runner reads")
        if table["region"] != region:
            raise ValueError(f"region is {table['region']}; it must be the caller's region, {region}")
        endpoints = {}
        for name in table["order"]:
            url = table["endpoints"].get(name)
            if url is None and "endpoint" in table:
                url = table["endpoint"].replace("{region}", name)
            if url is not None:
                endpoints[name] = url
        return [n for n in table["order"] if n in endpoints], endpoints
    return [n for n in table["order"][region] if n in table["endpoints"]], table["endpoints"]


class Client:
    """The rules of docs/routing.md, "The client library"."""

    naive = False

    def __init__(self, table: dict, region: str, breaker: dict = None):
        if not self.naive:
            check_settings(table)
        self.timeout = table["timeoutMs"] / 1000
        self.deadline = table["deadlineMs"] / 1000
        self.retries = table["retries"]
        hedge = table.get("hedgeMs")
        self.hedge = None if hedge is None else hedge / 1000
        self.budget = Budget(table["retryBudget"]["ratio"], table["retryBudget"]["minPerSecond"])
        settings = {**BREAKER_DEFAULTS, **(breaker or {})}
        order, endpoints = route_for(table, region)
        self.regions = [
            Region(name, endpoints[name], Breaker(settings["failures"], settings["cooldownMs"])) for name in order
        ]

    # The naive client overrides these four.
    def withdraw(self) -> bool:
        return self.budget.withdraw()

    def allows(self, region: Region) -> bool:
        return region.breaker.allows()

    def cancel(self, attempt: Attempt) -> None:
        attempt.cancel()

    def aborted(self, abort: threading.Event) -> bool:
        return abort.is_set()

    def request(self, method: str, path: str, body: str = None, idempotent: bool = None, abort=None):
        """Returns (attempts, outcome) as a vector writes them."""
        return _Request(self, method, path, body, idempotent, abort or threading.Event()).run()


class NaiveClient(Client):
    """Order, retries, timeouts, idempotency and hedging, but no budget, breaker, abort, cancellation or settings check."""

    naive = True

    def withdraw(self) -> bool:
        return True

    def allows(self, region: Region) -> bool:
        return True

    def cancel(self, attempt: Attempt) -> None:
        attempt.ended = True

    def aborted(self, abort: threading.Event) -> bool:
        return False


class _Request:
    def __init__(self, client: Client, method, path, body, idempotent, abort):
        self.c, self.method, self.path, self.body, self.abort = client, method.upper(), path, body, abort
        self.idempotent = idempotent if idempotent is not None else self.method in IDEMPOTENT
        self.log, self.inflight, self.tried = [], [], []
        self.results: queue.Queue = queue.Queue()
        self.cursor, self.again = 0, 0
        self.hedge_allowed = client.hedge is not None and self.idempotent
        self.hedge_at = None
        self.backoff = None
        self.last = None

    def run(self):
        c = self.c
        self.deadline_at = now() + c.deadline
        c.budget.deposit()
        if c.aborted(self.abort):
            return self.log, {"error": "aborted"}
        first = self.pick()
        if first is None:
            return self.log, {"error": "no-region"}
        self.start(first, False)
        while True:
            outcome = self.step()
            if outcome is not None:
                for attempt in self.inflight:
                    if attempt.probe:
                        attempt.region.breaker.release()
                    c.cancel(attempt)
                self.inflight = []
                return self.log, outcome

    def step(self):
        if self.c.aborted(self.abort):
            return {"error": "aborted"}
        wake = [self.deadline_at, now() + 0.02]
        wake += [a.ends_at for a in self.inflight]
        if self.hedge_at is not None:
            wake.append(self.hedge_at)
        if self.backoff is not None:
            wake.append(self.backoff[1])
        try:
            attempt, kind, status = self.results.get(timeout=max(0.0, min(wake) - now()))
        except queue.Empty:
            return self.timers()
        if attempt.ended:
            return None
        attempt.ended = True
        self.remove(attempt)
        # The socket's own timeout can be read before the timer that ends the request: an attempt
        # bounded by the deadline that times out has reached the deadline, whichever is seen first.
        if kind == "timeout" and attempt.deadline_bound:
            return {"error": "deadline"}
        breaker = attempt.region.breaker
        if kind == "response" and status not in RETRYABLE_STATUS:
            breaker.failure() if status >= 500 else breaker.success()
            return {"status": status, "region": attempt.region.name}
        breaker.failure()
        self.last = (attempt.region, status if kind == "response" else None)
        return self.next(kind)

    def timers(self):
        t = now()
        if t >= self.deadline_at:
            return {"error": "deadline"}
        for attempt in list(self.inflight):
            if t >= attempt.ends_at:
                if attempt.deadline_bound:
                    return {"error": "deadline"}
                self.remove(attempt)
                self.c.cancel(attempt)
                attempt.region.breaker.failure()
                self.last = (attempt.region, None)
                outcome = self.next("timeout")
                if outcome is not None:
                    return outcome
        if self.hedge_at is not None and t >= self.hedge_at:
            self.hedge_now()
        if self.backoff is not None and t >= self.backoff[1]:
            region, self.backoff = self.backoff[0], None
            self.start(region, False)
        return None

    def remove(self, attempt: Attempt) -> None:
        self.inflight.remove(attempt)
        self.hedge_at = None

    def busy(self, region: Region) -> bool:
        return any(a.region is region for a in self.inflight)

    def pick(self):
        regions = self.c.regions
        for i in range(len(regions)):
            index = (self.cursor + i) % len(regions)
            region = regions[index]
            if self.busy(region) or not self.c.allows(region):
                continue
            self.cursor = index + 1
            return region
        # Every breaker open: the region that reopens first (fail open).
        free = [r for r in regions if not self.busy(r)]
        return min(free, key=lambda r: r.breaker.reopens_in()) if free else None

    def start(self, region: Region, hedge: bool) -> None:
        remaining = self.deadline_at - now()
        deadline_bound = self.c.timeout >= remaining
        timeout = max(0.0, remaining if deadline_bound else self.c.timeout)
        attempt = Attempt(region, hedge, timeout, deadline_bound, region.breaker.begin())
        self.log.append({"region": region.name, "hedge": hedge, "timeoutMs": timeout * 1000})
        if region not in self.tried:
            self.tried.append(region)
        self.inflight.append(attempt)
        threading.Thread(target=self.send, args=(attempt,), daemon=True).start()
        c = self.c
        if self.hedge_allowed and len(self.inflight) == 1 and len(self.log) <= c.retries and c.hedge < remaining:
            self.hedge_at = now() + c.hedge

    def hedge_now(self) -> None:
        self.hedge_at = None
        if len(self.inflight) != 1:
            return
        before = self.cursor
        region = self.pick()
        if region is None or not self.c.withdraw():
            self.cursor = before
            self.hedge_allowed = False
            return
        self.start(region, True)

    def next(self, kind: str):
        if self.inflight:
            return None
        denied = self.denied(kind)
        region = None if denied else self.pick()
        if region is not None and region not in self.tried:
            self.start(region, False)
            return None
        if region is not None:
            delay = random.random() * min(BACKOFF["maxMs"], BACKOFF["baseMs"] * 2**self.again) / 1000
            self.again += 1
            if delay >= self.deadline_at - now():
                return {"error": "deadline"}
            self.backoff = (region, now() + delay)
            return None
        if denied == "deadline":
            return {"error": "deadline"}
        region, status = self.last
        if status is not None:
            return {"status": status, "region": region.name}
        return {"error": "failed"}

    def denied(self, kind: str):
        # A request that never reached the server may go elsewhere whatever its method.
        if not self.idempotent and kind != "refused":
            return "not-idempotent"
        if len(self.log) > self.c.retries:
            return "retries"
        if self.deadline_at - now() <= 0:
            return "deadline"
        if not self.c.withdraw():
            return "budget"
        return None

    def send(self, attempt: Attempt) -> None:
        region = attempt.region
        conn = http.client.HTTPConnection(region.host, region.port, timeout=max(attempt.timeout, 0.001))
        with attempt.lock:
            if attempt.ended:
                return
            attempt.conn = conn
        try:
            try:
                conn.connect()
            except ConnectionRefusedError:
                self.results.put((attempt, "refused", None))
                return
            headers = {"Content-Length": str(len(self.body or ""))}
            conn.request(self.method, self.path, body=self.body, headers=headers)
            response = conn.getresponse()
            response.read()
            self.results.put((attempt, "response", response.status))
        except socket.timeout:
            self.results.put((attempt, "timeout", None))
        except OSError:
            self.results.put((attempt, "error", None))
        except http.client.HTTPException:
            self.results.put((attempt, "error", None))
        finally:
            conn.close()


# --- the runner --------------------------------------------------------------


class Scripted:
    """One region's server: answers from its script in arrival order, the last repeating."""

    def __init__(self, name: str, script: list):
        self.name, self.script = name, script or [{}]
        self.received = 0
        self.cancelled = 0
        self.lock = threading.Lock()
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def answer(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with server.lock:
                    n = server.received
                    server.received += 1
                entry = server.script[min(n, len(server.script) - 1)]
                if entry.get("reset"):
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                wait = float("inf") if entry.get("hang") else entry.get("delayMs", 0) / 1000
                if wait > 0 and server.closed_within(self.connection, wait):
                    self.close_connection = True
                    if not entry.get("hang"):
                        with server.lock:
                            server.cancelled += 1
                    return
                body = server.name.encode()
                self.send_response(entry.get("status", 200))
                self.send_header("x-region", server.name)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = answer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True).start()

    def closed_within(self, conn: socket.socket, seconds: float) -> bool:
        """Waits up to `seconds` (or until the runner stops); True if the client closed the connection first."""
        end = now() + seconds
        while not self.stop.is_set() and now() < end:
            readable, _, _ = select.select([conn], [], [], min(0.05, max(0.0, end - now())))
            if readable:
                try:
                    if conn.recv(1, socket.MSG_PEEK) == b"":
                        return True
                except OSError:
                    return True
        return self.stop.is_set()

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def refusing_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


def run_vector(vector: dict, client_class) -> list:
    """The differences between what the client did and what the vector expects; empty when it conforms."""
    if "invalid" in vector:
        try:
            client_class(vector["table"], vector["caller"])
        except ValueError as error:
            if str(error).startswith(vector["invalid"] + " "):
                return []
            return [f"refused, but naming another setting: {error}"]
        return [f"accepted a table whose {vector['invalid']} it cannot keep"]
    servers, endpoints = {}, {}
    table = vector["table"]
    # A region's file names its regions in its row (their URLs may come from a template); the plan's table in endpoints.
    for region in table["order"] if "tableVersion" in table else table["endpoints"]:
        if region in vector.get("down", []):
            endpoints[region] = refusing_url()
        else:
            servers[region] = Scripted(region, vector["script"].get(region))
            endpoints[region] = servers[region].url
    problems = []
    try:
        client = client_class({**vector["table"], "endpoints": endpoints}, vector["caller"], vector.get("breaker"))
        longest = max([a.get("delayMs", 0) for s in vector["script"].values() for a in s] + [0]) / 1000
        for i, step in enumerate(vector["requests"]):
            time.sleep(step.get("waitMs", 0) / 1000)
            request, expect = step["request"], step["expect"]
            abort = threading.Event()
            if "abortAfterMs" in request:
                threading.Timer(request["abortAfterMs"] / 1000, abort.set).start()
            attempts, outcome = client.request(
                request["method"], request["path"], request.get("body"), request.get("idempotent"), abort
            )
            got = [{"region": a["region"], "hedge": a["hedge"]} for a in attempts]
            want = [{"region": a["region"], "hedge": a["hedge"]} for a in expect["attempts"]]
            if got != want:
                problems.append(f"request {i}: attempts {got}, expected {want}")
            for n, attempt in enumerate(attempts[: len(expect["attempts"])]):
                if not 0 < attempt["timeoutMs"] <= expect["attempts"][n]["timeoutMs"]:
                    problems.append(f"request {i}: attempt {n} timeout {attempt['timeoutMs']:.0f} ms")
            if outcome != expect["outcome"]:
                problems.append(f"request {i}: outcome {outcome}, expected {expect['outcome']}")
            for region, count in expect.get("received", {}).items():
                received = servers[region].received if region in servers else 0
                if received != count:
                    problems.append(f"request {i}: {region} received {received}, expected {count}")
            if "cancelled" in expect:
                # Once every scripted answer would have been sent, a loser left running has finished uncancelled.
                time.sleep(longest + 0.2)
                for region, count in expect["cancelled"].items():
                    if servers[region].cancelled != count:
                        problems.append(f"request {i}: {region} saw {servers[region].cancelled} cancelled, expected {count}")
    finally:
        for server in servers.values():
            server.close()
    return problems


def main(argv: list) -> int:
    naive = "--naive" in argv
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    passed = failed = 0
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            vector = json.load(f)
        problems = run_vector(vector, NaiveClient if naive else Client)
        if problems:
            failed += 1
            print(f"FAILED {vector['name']}: {'; '.join(problems)}", flush=True)
        else:
            passed += 1
            print(f"ok {vector['name']}", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
