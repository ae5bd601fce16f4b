"""Training time and inference speed of the trained pipelines (CNN and transformer).

    python benchmarks/train_and_speed.py [--models training/cnn/model-best training/trf/model-best]
                                         [--docs corpus/synth_test.jsonl] [--n 300] [--threads 1]

Each model runs in a fresh subprocess (so peak RSS is its own): the default pipeline
(NER + phi_patterns + deid_redactor, the redactor in its default mode) over ``--n`` notes,
after a short warm-up. Reports docs/s, words/s (whitespace words), peak RSS, model size on disk and
the training time recorded by ``scripts/train.py`` (``train_seconds.txt`` beside the model).
Writes ``benchmarks/results/train_and_speed.json`` and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[1]


def _measure(model: str, docs_path: str, n: int, threads: int, ner_only: bool) -> Dict[str, Any]:
    """Runs in the child process."""
    import resource
    import time

    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        import torch

        torch.set_num_threads(threads)
    except ImportError:  # pragma: no cover
        pass
    sys.path.insert(0, str(ROOT))
    import spacy

    from spacy_deid.io.jsonl import read_jsonl
    from spacy_deid.models import load_default

    texts: List[str] = [r["text"] for r in read_jsonl(docs_path)][:n]
    t0 = time.perf_counter()
    nlp = spacy.load(model) if ner_only else load_default(model)
    load_s = time.perf_counter() - t0
    for _ in nlp.pipe(texts[:10]):  # warm-up
        pass
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    secs = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"model": model, "pipeline": "ner" if ner_only else "ner+rules+redactor", "docs": len(texts),
            "words": words, "seconds": round(secs, 2), "docs_per_s": round(len(texts) / secs, 1),
            "words_per_s": round(words / secs), "peak_rss_mb": round(rss_mb), "load_s": round(load_s, 2),
            "threads": threads}


def _size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", nargs="+", default=["training/cnn/model-best", "training/trf/model-best"])
    ap.add_argument("--docs", default="corpus/synth_test.jsonl")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--ner-only", action="store_true", help="Also time the NER pipeline alone")
    ap.add_argument("--out", default="benchmarks/results/train_and_speed.json")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_measure(args.child[0], args.docs, args.n, args.threads, args.child[1] == "ner")))
        return
    rows = []
    for model in args.models:
        if not (Path(model) / "config.cfg").is_file():
            print(f"skip {model}: not trained", file=sys.stderr)
            continue
        for mode in (["ner", "full"] if args.ner_only else ["full"]):
            env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
            out = subprocess.run([sys.executable, __file__, "--docs", args.docs, "--n", str(args.n), "--threads",
                                  str(args.threads), "--child", model, mode], env=env, capture_output=True, text=True)
            if out.returncode != 0:
                print(out.stderr[-2000:], file=sys.stderr)
                continue
            row = json.loads(out.stdout.strip().splitlines()[-1])
            train_file = Path(model).parent / "train_seconds.txt"
            row["train_seconds"] = float(train_file.read_text()) if train_file.is_file() else None
            row["model_mb"] = _size_mb(Path(model))
            rows.append(row)
    result = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
              "rows": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print("| model | pipeline | train s | docs/s | words/s | peak RSS MB | size MB |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['model']} | {r['pipeline']} | {r['train_seconds']} | {r['docs_per_s']} | {r['words_per_s']} | "
              f"{r['peak_rss_mb']} | {r['model_mb']} |")


if __name__ == "__main__":
    main()
