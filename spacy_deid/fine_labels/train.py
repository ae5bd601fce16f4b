"""Train and score the fine-label model on annotated JSONL notes (``shared/spec/formats.md``).

    python -m spacy_deid.fine_labels.train corpus/synth_train.jsonl spacy_deid/fine_labels/data \
        --dev corpus/synth_dev.jsonl

Examples are the gold spans of the refined categories, featurised on Docs made by the default
pipeline's tokenizer (the one that reads them at run time).
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Tuple

from spacy.tokens import Doc

from ..io.jsonl import read_jsonl
from ..labels import to_coarse
from ..lexicons.tables import load_lexicon
from .features import span_features
from .model import REFINED, FineLabelModel, fit


def examples_of(records: Iterable[dict], make_doc: Callable[[str], Doc]) -> List[Tuple[List[str], str]]:
    """``(features, fine label)`` of every gold span of a refined category."""
    lexicon = load_lexicon()
    out = []
    for rec in records:
        spans = [s for s in rec.get("spans", []) if to_coarse(s["label"]) in REFINED and s["label"] not in REFINED]
        if not spans:
            continue
        doc = make_doc(rec["text"])
        for s in spans:
            out.append((span_features(doc, s["start"], s["end"], to_coarse(s["label"]), lexicon, rec["text"]), s["label"]))
    return out


def accuracy(model: FineLabelModel, examples: List[Tuple[List[str], str]]) -> Dict[str, Tuple[int, int]]:
    """Correct and total per coarse category."""
    right: Counter = Counter()
    total: Counter = Counter()
    for feats, gold in examples:
        coarse = to_coarse(gold)
        pred = model.predict(feats, coarse)
        total[coarse] += 1
        right[coarse] += int(pred is not None and pred[0] == gold)
    return {c: (right[c], total[c]) for c in total}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dev", type=Path, default=None)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dropout", type=float, default=0.0)
    ap.add_argument("--l2", type=float, default=1e-6)
    args = ap.parse_args()
    from ..models import default_model_path
    import spacy

    make_doc = spacy.load(default_model_path(), exclude=["tok2vec", "ner"]).make_doc
    train = examples_of(read_jsonl(args.train), make_doc)
    model = fit(train, epochs=args.epochs, seed=args.seed, dropout=args.dropout, l2=args.l2)
    model.to_disk(args.out)
    print(f"{len(train)} training spans, {len(model.vocab)} features -> {args.out}")
    if args.dev is not None:
        for coarse, (r, n) in sorted(accuracy(model, examples_of(read_jsonl(args.dev), make_doc)).items()):
            print(f"dev {coarse:9} {r}/{n} = {r / n:.3f}")


if __name__ == "__main__":
    main()
