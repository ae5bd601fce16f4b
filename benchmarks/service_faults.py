"""A bounded load and fault test of ``spacy-deid serve`` (loopback only; stops by itself).

1. ``--clients`` concurrent clients send ``--requests`` single-note requests; when a third are
   answered, one worker process is killed (SIGKILL) with requests in flight.
2. After the supervisor has started a new worker, ``--recovery`` more requests.
3. Hostile requests: a slow client that never finishes its body, a slow client without a token,
   malformed JSON, wrong types, a huge header, a body over the limit, no token.
Every 200 answer is compared with the output of the same pipeline run in this process; every
answer, and the server's log, is searched for the planted PHI and for whole notes.

    python benchmarks/service_faults.py --model default --workers 2
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import tempfile
import threading
import time
from pathlib import Path

from _service_harness import TOKEN, Server, leaks, planted_notes, request, run_clients, log_leaks


def expected_outputs(model: str, notes) -> list:
    from spacy_deid.pipelines import load_pipeline
    from spacy_deid.runner import DeidInput, Deidentifier

    engine = Deidentifier(load_pipeline(model), redact=True)
    return [r.text for r in engine.run(DeidInput(n.text) for n in notes)]


def send_all(port, notes, indices, expected, clients, on_progress=None) -> dict:
    tally = {"sent": 0, "correct": 0, "failed_closed": 0, "wrong": 0, "leaked": 0}

    def on_answer(i: int, status: int, answer: bytes, took: float) -> None:
        tally["sent"] += 1
        tally["leaked"] += leaks(answer, [notes[i]])
        if status == 200:
            ok = json.loads(answer).get("deidentified") == expected[i]
            tally["correct" if ok else "wrong"] += 1
        else:  # no answer (a broken connection) or an error status: nothing of the note returned
            tally["failed_closed"] += 1
        if on_progress:
            on_progress(tally["sent"])

    run_clients(port, {i: json.dumps({"text": notes[i].text}).encode() for i in indices}, clients, on_answer)
    return tally


def raw_exchange(port: int, data: bytes, *, pause_after: float = 0.0, read_timeout: float = 30.0) -> tuple:
    """Send ``data`` on a raw socket (then go quiet for ``pause_after`` s) and read the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as s:
        t0 = time.time()
        s.sendall(data)
        if pause_after:
            time.sleep(pause_after)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks) and _complete(b"".join(chunks)):
                    break
        except (socket.timeout, ConnectionResetError):
            pass
        raw = b"".join(chunks)
    status = int(raw.split(b" ", 2)[1]) if raw.startswith(b"HTTP/") else 0
    return status, raw, time.time() - t0


def _complete(raw: bytes) -> bool:
    head, _, body = raw.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def hostile(port: int, notes, body_timeout: float) -> list:
    """Each hostile request: what it is, the status it got, whether that is the expected one."""
    note = notes[0]
    phi = json.dumps({"text": note.text}).encode()
    auth = f"Authorization: Bearer {TOKEN}\r\n".encode()
    rows = []

    def add(name, status, raw, expect):
        rows.append({"request": name, "status": status, "as_expected": status in expect,
                     "leaked": leaks(raw, [note])})

    # a client that sends a tenth of its body and stops: answered 408 after --body-timeout
    head = (b"POST /deidentify HTTP/1.1\r\nHost: x\r\n" + auth +
            b"Content-Type: application/json\r\nContent-Length: " + str(len(phi)).encode() + b"\r\n\r\n")
    result = {}
    t = threading.Thread(target=lambda: result.update(slow=raw_exchange(port, head + phi[: len(phi) // 10],
                                                                        read_timeout=body_timeout + 20)))
    t.start()
    time.sleep(0.2)
    status, answer = request(port, "POST", "/deidentify", json.dumps({"text": "SSN 123-45-6789"}).encode())
    rows.append({"request": "normal request while a slow client waits", "status": status,
                 "as_expected": status == 200 and b"[SSN]" in answer, "leaked": 0})
    t.join()
    status, raw, took = result["slow"]
    add(f"slow client, body never finished (answered in {took:.1f} s)", status, raw, {408})
    # the same without a token: refused before any body is read
    head_noauth = head.replace(auth, b"")
    status, raw, took = raw_exchange(port, head_noauth + phi[:20], read_timeout=body_timeout + 20)
    add(f"slow client without a token (answered in {took:.1f} s)", status, raw, {401})
    for name, body, headers, expect in (
        ("malformed JSON", phi[:-5], {}, {422}),
        ("not JSON", note.text.encode(), {}, {422}),
        ("wrong types", json.dumps({"text": [note.text], "mode": 3}).encode(), {}, {422}),
        ("unknown field", json.dumps({"text": note.text, "txet": note.text}).encode(), {}, {422}),
        # refused before the whole request is read: the server answers and closes, and a client
        # still sending may see the connection reset before it reads the answer -- both refuse
        ("body over the limit", json.dumps({"text": note.text * 20000}).encode(), {}, {413, 0}),
        ("huge header (100 kB)", phi, {"X-Junk": "a" * 100_000}, {431, 0}),
        ("note in a header", phi, {"X-Note": note.planted[0]}, {200}),
    ):
        try:
            status, raw = request(port, "POST", "/deidentify", body, headers=headers, timeout=60)
        except (OSError, http.client.HTTPException):
            status, raw = 0, b""  # closed by the server without an answer
        add(name, status, raw, expect)
    status, raw = request(port, "POST", "/deidentify", phi, auth=False)
    add("no token", status, raw, {401})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--recovery", type=int, default=60)
    ap.add_argument("--body-timeout", type=float, default=3.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    notes = planted_notes(args.requests + args.recovery, seed=23)
    expected = expected_outputs(args.model, notes)
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(args.model, args.workers, "--body-timeout", str(args.body_timeout),
                        "--max-body-mb", "1", log_dir=Path(tmp))
        try:
            server.wait_ready()
            before = server.workers()
            killed = []

            def maybe_kill(done: int) -> None:
                if not killed and done >= args.requests // 3:
                    killed.append(before[0])
                    os.kill(before[0], signal.SIGKILL)

            load = send_all(server.port, notes, range(args.requests), expected, args.clients, maybe_kill)
            t0 = time.time()
            while time.time() - t0 < 60 and (len(server.workers()) < args.workers or set(server.workers()) == set(before)):
                time.sleep(0.2)
            after = server.workers()
            server.wait_ready()
            recovery = send_all(server.port, notes, range(args.requests, args.requests + args.recovery), expected, args.clients)
            bad = hostile(server.port, notes, args.body_timeout)
            status, _ = request(server.port, "GET", "/health", None, auth=False)
            alive = status == 200 and server.proc.poll() is None
        finally:
            log = server.stop()
    leaked_to_log = log_leaks(log, notes)
    result = {"model": args.model, "workers": args.workers, "clients": args.clients,
              "killed_worker": bool(killed), "workers_before": len(before), "workers_after": len(after),
              "restarted": bool(killed) and killed[0] not in after and len(after) == args.workers,
              "load": load, "recovery": recovery, "hostile": bad, "alive_at_end": alive, "log_leaks": leaked_to_log}
    print(f"spacy-deid serve --model {args.model} --workers {args.workers}; {args.clients} clients")
    print("| phase | sent | answered correctly | failed closed | wrong | leaked |")
    print("|---|---|---|---|---|---|")
    for name, t in (("load, one worker killed mid-run", load), ("after the restart", recovery)):
        print(f"| {name} | {t['sent']} | {t['correct']} | {t['failed_closed']} | {t['wrong']} | {t['leaked']} |")
    print(f"worker killed: {result['killed_worker']}; replaced by a new one: {result['restarted']}; "
          f"alive at the end: {alive}")
    print("| hostile request | status | as expected | leaked |")
    print("|---|---|---|---|")
    for r in bad:
        print(f"| {r['request']} | {r['status'] or 'closed'} | {r['as_expected']} | {r['leaked']} |")
    print(f"planted values or notes in the server's log: {leaked_to_log}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
