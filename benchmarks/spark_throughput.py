"""Throughput of the CLI and of Spark on the same synthetic notes (issue 14).

Writes ``--n`` synthetic notes (patients of six notes each) as JSONL and de-identifies them with
keyed surrogates four ways, each a fresh process as a user would run it: ``spacy-deid redact``
with one process and with ``--n-process 2``, and ``spacy-deid spark`` with ``--master local[1]``
and ``local[2]``. Prints wall time (start-up included) and notes/s, and the time of the same run
on 12 notes (the fixed cost: interpreter, JVM, model loading), so that the steady rate can be read
as (n - 12) / (wall - fixed). Checks that the four outputs hold the same texts.

    python benchmarks/spark_throughput.py --n 2000 [--json benchmarks/results/spark_throughput.json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy_deid.synth.generate import generate_records  # noqa: E402

KEY = "benchmark-key-0123456789abcdef"


def write_notes(path: Path, n: int) -> None:
    rows = []
    for i, r in enumerate(generate_records(n, seed=11)):
        p = f"p{i // 6:05d}"
        rows.append({"id": f"{p}-{i:06d}", "text": r["text"], "meta": {"patient": p}})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def texts_of(out: Path) -> dict:
    files = sorted(out.glob("part-*.json")) if out.is_dir() else [out]
    return {r["id"]: r["text"] for f in files for r in map(json.loads, f.read_text(encoding="utf-8").splitlines())}


def run(kind: str, src: Path, out: Path) -> float:
    cli = [sys.executable, "-m", "spacy_deid.cli.main"]
    if kind.startswith("cli"):
        cmd = cli + ["redact", str(src), "--out", str(out), "--mode", "surrogate", "-q"]
        if kind == "cli-2":
            cmd += ["--n-process", "2"]
    else:
        master = "local[1]" if kind == "spark-1" else "local[2]"
        cmd = cli + ["spark", str(src), str(out), "--text-col", "text", "--group-col", "meta.patient", "--id-col", "id",
                     "--mode", "surrogate", "--master", master]
    env = {**os.environ, "SPACY_DEID_KEY": KEY, "PYSPARK_PYTHON": sys.executable}
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    kinds = ("cli-1", "cli-2", "spark-1", "spark-2")
    labels = {"cli-1": "spacy-deid redact (1 process)", "cli-2": "spacy-deid redact --n-process 2",
              "spark-1": "spacy-deid spark --master local[1]", "spark-2": "spacy-deid spark --master local[2]"}
    result = {"n": args.n, "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        small, big = d / "small.jsonl", d / "big.jsonl"
        write_notes(small, 12)
        write_notes(big, args.n)
        outputs = {}
        for kind in kinds:
            fixed = run(kind, small, d / f"{kind}-small{'.jsonl' if kind.startswith('cli') else ''}")
            out = d / f"{kind}{'.jsonl' if kind.startswith('cli') else ''}"
            wall = run(kind, big, out)
            outputs[kind] = texts_of(out)
            steady = (args.n - 12) / max(1e-9, wall - fixed)
            result["runs"][kind] = {"wall_s": round(wall, 1), "notes_per_s": round(args.n / wall, 1),
                                    "fixed_s": round(fixed, 1), "steady_notes_per_s": round(steady, 1)}
            print(f"{labels[kind]:<36} wall {wall:7.1f} s  {args.n / wall:6.1f} notes/s  "
                  f"(fixed cost {fixed:5.1f} s, steady {steady:6.1f} notes/s)", flush=True)
        same = all(outputs[k] == outputs["cli-1"] for k in kinds)
        result["same_output"] = same
        print(f"all four outputs equal note for note: {same}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
