"""Speed and memory of the default pipeline of every language, on synthetic notes of that language.

Issue 13 asks for the notes/s and peak RSS of the multilingual pipeline next to the English
default. Each language runs in its own child process (so that peak RSS is that pipeline's alone),
one thread, on ``--n`` synthetic test notes of the language (``spacy_deid.synth``, seed 424242 as
the project's test split): load time, notes/s, words/s (the scorer's words: a Han character is
one), characters/s, peak RSS, and the pipeline's components. The English route is the default
CNN with the lexicon; Spanish its own CNN; de fr it ro tr zh ar the multilingual CNN (``xx``).
Throughput covers the de-identification path only (``predict_with_model``: normalisation,
chunks, detection, merge), not generating the notes.

    python benchmarks/languages_speed.py [--n 300] [--lang en --lang zh ...] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _child import emit, run_child  # noqa: E402

LANGS = ("en", "es", "de", "fr", "it", "ro", "tr", "zh", "ar")
TEST_SEED = 424242


def run_one(lang: str, n: int, batch_size: int) -> Dict[str, Any]:
    import torch

    torch.set_num_threads(1)
    from spacy_deid.evaluation.predict import predict_with_model
    from spacy_deid.evaluation.tokens import tokenize
    from spacy_deid.models import model_lang
    from spacy_deid.pipelines import load_pipeline
    from spacy_deid.synth.generate import generate_records

    records = list(generate_records(n, seed=TEST_SEED, lang=lang))
    t0 = time.perf_counter()
    nlp = load_pipeline("default", lang)
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    spans = sum(len(p) for p in predict_with_model(nlp, records, batch_size=batch_size))
    seconds = time.perf_counter() - t1
    words = sum(len(tokenize(r["text"])) for r in records)
    chars = sum(len(r["text"]) for r in records)
    return {
        "lang": lang,
        "model": {"en": "deid_cnn_en", "es": "deid_cnn_es", "xx": "deid_cnn_multi", "zh": "deid_cnn_zh"}.get(model_lang(lang) or "", "?"),
        "pipeline": nlp.pipe_names,
        "notes": len(records),
        "spans": spans,
        "load_s": round(load_s, 2),
        "notes_per_s": round(len(records) / seconds, 1),
        "words_per_s": round(words / seconds),
        "chars_per_s": round(chars / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def table(rows: List[Dict[str, Any]]) -> str:
    lines = ["| notes | model | notes/s | words/s | chars/s | load s | peak RSS MB |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['lang']} | – | – | – | – | – | {r['error']} |")
            continue
        lines.append(f"| {r['lang']} | {r['model']} | {r['notes_per_s']} | {r['words_per_s']} | {r['chars_per_s']} | "
                     f"{r['load_s']} | {r['peak_rss_mb']} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="synthetic notes per language")
    ap.add_argument("--lang", action="append", choices=LANGS, help="only these (repeatable)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "languages_speed.json")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        emit(run_one(args.child, args.n, args.batch_size))
        return
    rows = []
    for lang in args.lang or LANGS:
        res = run_child(__file__, ["--child", lang, "--n", str(args.n), "--batch-size", str(args.batch_size)])
        rows.append({"lang": lang, "error": res} if isinstance(res, str) else res)
        print(f"{lang}: done", file=sys.stderr)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(table(rows))


if __name__ == "__main__":
    main()
