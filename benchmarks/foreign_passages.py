"""Passages in another language in the evaluation corpora (``spacy_deid/passages.py``): per corpus,
how many notes hold one and in which languages, what finding them costs, and the token scores of
those notes with and without reading them by their own language's pipeline (``--score``). Prints
counts and scores only, never text.

    python benchmarks/foreign_passages.py                      # every corpus, counts and cost
    python benchmarks/foreign_passages.py presidio-synth --score
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from corpora import CORPORA, CORPORA_DIR  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=list(c for c in CORPORA if c != "aicup-labels"))
    ap.add_argument("--score", action="store_true", help="score the notes with passages both ways")
    args = ap.parse_args()

    from spacy_deid.cli._run import build
    from spacy_deid.evaluation.evaluate import evaluate
    from spacy_deid.io.formats import read_corpus
    from spacy_deid.passages import foreign_passages
    from spacy_deid.routing import LanguagePipelines, RoutedDeidentifier
    from spacy_deid.runner import DeidInput

    for name in args.corpora:
        corpus = CORPORA[name]
        path = CORPORA_DIR / corpus.path
        if not path.exists():
            print(f"{name}: {corpus.path} not found")
            continue
        records = list(read_corpus(path, corpus.fmt, **dict(corpus.reader_kwargs)))
        t0 = time.perf_counter()
        found = [foreign_passages(r["text"], corpus.lang) for r in records]
        seconds = time.perf_counter() - t0
        langs = collections.Counter(p.lang for f in found for p in f)
        mixed = [r for r, f in zip(records, found) if f]
        print(f"{name} ({corpus.lang}): {len(mixed)} of {len(records)} notes hold a passage in another language "
              f"{dict(langs)}; finding them took {seconds:.2f} s")
        if not (args.score and mixed):
            continue
        policy = "over_89" if name == "physionet" else None
        for passages in (False, True):
            pipes = LanguagePipelines(lambda lg: build("default", lg, "tag", False, age_policy=policy),
                                      default=corpus.lang)
            engine = RoutedDeidentifier(pipes, passages=passages, redact=False)
            items = [DeidInput(r["text"], None, i, {**(r.get("meta") or {}), "lang": corpus.lang})
                     for i, r in enumerate(mixed)]
            preds = [[s.to_dict() for s in res.spans] for res in engine.run(items)]
            m = evaluate(mixed, preds).report["metrics"]
            tok = m["token"]["micro"]
            print(f"   passages {'read' if passages else 'not read'}: token R {100 * tok['recall']:.1f} "
                  f"P {100 * tok['precision']:.1f} leak {100 * m['leak']['micro']['leak_rate']:.1f}%")


if __name__ == "__main__":
    main()
