#!/usr/bin/env python3
"""Runs a gRPC service config through Python grpcio (gRPC C-core), a second
gRPC implementation beside grpc-js.

Usage: grpcio_exercise.py SERVICE_CONFIG.json

For each scenario a loopback server answers attempt by attempt from a
script (UNAVAILABLE, INTERNAL or OK) and counts attempts; one client channel
configured with the service config calls it once. Prints one JSON object:
{"grpcio": version, "scenarios": {name: {"code": str, "attempts": n}}}.
Needs only grpcio (Debian: python3-grpcio); no generated stubs.
"""

import json
import sys
import threading
from concurrent import futures

import grpc

METHOD = "/multiregion.conformance.Echo/Call"

# name -> the status of each attempt in turn; the last repeats.
SCENARIOS = {
    "recovers-on-third": ["UNAVAILABLE", "UNAVAILABLE", "OK"],
    "always-unavailable": ["UNAVAILABLE"],
    "internal-is-an-answer": ["INTERNAL", "OK"],
}


def run(config: str, script: list) -> dict:
    lock = threading.Lock()
    state = {"attempts": 0}

    def call(request, context):
        with lock:
            n = state["attempts"]
            state["attempts"] = n + 1
        status = script[min(n, len(script) - 1)]
        if status != "OK":
            context.abort(getattr(grpc.StatusCode, status), "scripted")
        return b"ok"

    handler = grpc.method_handlers_generic_handler(
        "multiregion.conformance.Echo",
        {"Call": grpc.unary_unary_rpc_method_handler(call)},
    )
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        options = [("grpc.service_config", config), ("grpc.enable_retries", 1)]
        with grpc.insecure_channel(f"127.0.0.1:{port}", options=options) as channel:
            grpc.channel_ready_future(channel).result(timeout=10)
            stub = channel.unary_unary(METHOD)
            try:
                stub(b"hi", timeout=30)
                code = "OK"
            except grpc.RpcError as error:
                code = error.code().name
        return {"code": code, "attempts": state["attempts"]}
    finally:
        server.stop(None)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        config = f.read()
    results = {name: run(config, script) for name, script in SCENARIOS.items()}
    print(json.dumps({"grpcio": grpc.__version__, "scenarios": results}))


if __name__ == "__main__":
    main()
