"""Shared by ``service_load.py`` and ``service_faults.py``: start ``spacy-deid serve`` on a free
loopback port, make notes with planted PHI (synthetic notes plus unique SSNs, phones and MRNs
that the rules must catch), call the service with the standard library only, and check answers.
"""
from __future__ import annotations

import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TOKEN = "bench-" + "0123456789abcdef" * 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Note:
    text: str
    planted: List[str]  # values the rules must remove


def planted_notes(n: int, seed: int = 0) -> List[Note]:
    from spacy_deid.synth.generate import generate_records

    rng = random.Random(seed)
    notes = []
    for i, rec in enumerate(generate_records(n, seed=seed)):
        ssn = f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
        phone = f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999):04d}"
        mrn = f"{rng.randint(10**7, 10**8 - 1)}"
        text = f"{rec['text']}\nSSN {ssn}. Call {phone}. MRN: {mrn}. Note {i}."
        notes.append(Note(text, [ssn, phone, mrn]))
    return notes


class Server:
    """``spacy-deid serve`` in a child process; its standard error is kept for the leak check."""

    def __init__(self, model: str, workers: int, *extra: str, log_dir: Path):
        self.port = free_port()
        self.err_path = log_dir / f"serve-{self.port}.err"
        env = {**os.environ, "SPACY_DEID_API_TOKENS": TOKEN, "SPACY_DEID_KEY": "bench-key"}
        exe = Path(sys.executable).with_name("spacy-deid")
        cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "spacy_deid"]),
               "serve", "--model", model, "--workers", str(workers), "--port", str(self.port), *extra]
        self._err = open(self.err_path, "wb")
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=self._err,
                                     start_new_session=True)

    def wait_ready(self, timeout: float = 120.0, streak: int = 6) -> float:
        """Seconds until ``streak`` /ready answers in a row say ready (several workers)."""
        t0 = time.time()
        ok = 0
        while time.time() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited ({self.proc.returncode}): {self.err_path}")
            try:
                status, _ = request(self.port, "GET", "/ready", None, auth=False, timeout=5)
            except OSError:
                status = 0
            ok = ok + 1 if status == 200 else 0
            if ok >= streak:
                return time.time() - t0
            time.sleep(0.2)
        raise RuntimeError("the server did not become ready")

    def workers(self) -> List[int]:
        """The worker processes' ids (children that run ``spawn_main``, not the resource tracker)."""
        out = []
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            for pid in (task / "children").read_text().split():
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                if b"spawn_main" in cmd:
                    out.append(int(pid))
        return sorted(out)

    def stop(self) -> str:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._err.close()
        return self.err_path.read_text(encoding="utf-8", errors="replace")


def request(port: int, method: str, path: str, body: Optional[bytes], *, auth: bool = True,
            timeout: float = 120.0, headers: Optional[Dict[str, str]] = None,
            conn: Optional[http.client.HTTPConnection] = None) -> Tuple[int, bytes]:
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        hdrs = {"content-type": "application/json", **(headers or {})}
        if auth:
            hdrs["authorization"] = f"Bearer {TOKEN}"
        conn.request(method, path, body=body, headers=hdrs)
        res = conn.getresponse()
        return res.status, res.read()
    finally:
        if own:
            conn.close()


def leaks(answer: bytes, notes: List[Note]) -> int:
    """How many planted values or whole notes an answer contains."""
    text = answer.decode("utf-8", "replace")
    try:  # compare with the JSON-decoded text too (escapes)
        text += json.dumps(json.loads(answer), ensure_ascii=False)
    except ValueError:
        pass
    return sum(1 for n in notes for v in [n.text, *n.planted] if v in text)


def percentile(values: List[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))]


def run_clients(port: int, bodies: Dict[int, bytes], clients: int,
                on_answer: Callable[[int, int, bytes, float], None]) -> float:
    """``clients`` threads, each on its own keep-alive connection, POST ``bodies`` (index ->
    body) to /deidentify until none are left; ``on_answer(index, status, answer, seconds)`` is
    called under a lock (status 0: the connection broke, no answer). Returns the wall time."""
    import queue
    import threading

    work: "queue.Queue[int]" = queue.Queue()
    for i in bodies:
        work.put(i)
    lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        while True:
            try:
                i = work.get_nowait()
            except queue.Empty:
                break
            t0 = time.perf_counter()
            try:
                status, answer = request(port, "POST", "/deidentify", bodies[i], conn=conn)
            except (OSError, http.client.HTTPException):
                status, answer = 0, b""
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
            took = time.perf_counter() - t0
            with lock:
                on_answer(i, status, answer, took)
        conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


def log_leaks(log: str, notes: List[Note]) -> int:
    """How many planted values or whole notes the server's log holds."""
    return sum(1 for n in notes for v in [n.text, *n.planted] if v in log)
