"""The service as a real server (``spacy-deid serve``, two uvicorn workers, loopback): the bounded
load and fault test and the load benchmark, at small sizes (README has the full runs)."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")


@pytest.mark.slow
def test_a_killed_worker_and_hostile_clients_lose_nothing_and_leak_nothing(run, tmp_path):
    out = tmp_path / "faults.json"
    run("benchmarks/service_faults.py", "--model", "rules", "--requests", "90", "--recovery", "30",
         "--clients", "6", "--json", str(out))
    r = json.loads(out.read_text())
    load, recovery = r["load"], r["recovery"]
    assert r["killed_worker"] and r["restarted"] and r["alive_at_end"]
    # every request was answered correctly or got no answer at all; none leaked, none was wrong
    assert load["sent"] == 90 and load["sent"] == load["correct"] + load["failed_closed"]
    assert load["wrong"] == 0 and load["leaked"] == 0
    assert load["failed_closed"] <= 6  # at most the requests in flight on the killed worker
    assert recovery == {"sent": 30, "correct": 30, "failed_closed": 0, "wrong": 0, "leaked": 0}
    wrong = [h for h in r["hostile"] if not (h["as_expected"] and h["leaked"] == 0)]
    assert not wrong, wrong
    assert r["log_leaks"] == 0


@pytest.mark.slow
def test_load_benchmark_reports_each_level_without_errors(run, tmp_path):
    out = tmp_path / "load.json"
    text = run("benchmarks/service_load.py", "--model", "rules", "--levels", "1,4", "--requests", "24",
                "--json", str(out))
    rows = json.loads(out.read_text())["rows"]
    assert [r["clients"] for r in rows] == [1, 4]
    assert all(r["errors"] == 0 and r["leaks"] == 0 and r["requests_per_s"] > 0 for r in rows)
    assert "| clients | requests/s | p50 ms | p99 ms | errors | leaks |" in text
