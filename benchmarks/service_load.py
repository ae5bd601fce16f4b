"""Requests/s and latency of ``spacy-deid serve`` at several numbers of concurrent clients.

Starts the service on a free loopback port (``--workers`` processes, ``--model``), sends
``--requests`` single-note ``POST /deidentify`` requests at each concurrency level (each client
its own keep-alive connection), and prints requests/s, p50/p99 latency, errors (non-200 answers
or broken connections) and leaks (an answer holding a planted SSN/phone/MRN or a whole note).

    python benchmarks/service_load.py --model default --workers 2 --levels 1,4,16 --requests 400
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from _service_harness import Server, leaks, percentile, planted_notes, request, run_clients, log_leaks


def run_level(port: int, bodies, notes, clients: int) -> dict:
    latencies, errors, leaked = [], [0], [0]

    def on_answer(i: int, status: int, answer: bytes, took: float) -> None:
        latencies.append(took)
        errors[0] += status != 200
        leaked[0] += leaks(answer, [notes[i]])

    wall = run_clients(port, dict(enumerate(bodies)), clients, on_answer)
    return {"clients": clients, "requests": len(bodies), "requests_per_s": round(len(bodies) / wall, 1),
            "p50_ms": round(percentile(latencies, 50) * 1000, 1), "p99_ms": round(percentile(latencies, 99) * 1000, 1),
            "errors": errors[0], "leaks": leaked[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--levels", default="1,4,16", help="concurrent clients, comma-separated")
    ap.add_argument("--requests", type=int, default=400, help="requests per level")
    ap.add_argument("--mode", default="tag")
    ap.add_argument("--json", type=Path, help="write the rows here")
    args = ap.parse_args()
    notes = planted_notes(args.requests, seed=11)
    bodies = [json.dumps({"text": n.text, "mode": args.mode, "meta": {"patient": f"p{i % 50}"}}).encode()
              for i, n in enumerate(notes)]
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(args.model, args.workers, log_dir=Path(tmp))
        try:
            ready = server.wait_ready()
            request(server.port, "POST", "/deidentify", bodies[0])  # warm every code path once
            rows = [run_level(server.port, bodies, notes, int(c)) for c in args.levels.split(",")]
        finally:
            log = server.stop()
    leaked_to_log = log_leaks(log, notes)
    chars = sum(len(n.text) for n in notes) / len(notes)
    print(f"spacy-deid serve --model {args.model} --workers {args.workers}; mode {args.mode}; "
          f"{args.requests} single-note requests per level, {chars:.0f} characters a note; ready in {ready:.1f} s")
    print("| clients | requests/s | p50 ms | p99 ms | errors | leaks |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['clients']} | {r['requests_per_s']} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} | {r['leaks']} |")
    print(f"planted values or notes in the server's log: {leaked_to_log}")
    if args.json:
        args.json.write_text(json.dumps({"model": args.model, "workers": args.workers, "mode": args.mode,
                                         "rows": rows, "log_leaks": leaked_to_log}, indent=1))


if __name__ == "__main__":
    main()
