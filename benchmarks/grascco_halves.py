"""The German route on GraSCCo letters, scored separately on odd and even letters.

GraSCCo is evaluation only. Decisions about the German pipeline are taken on the aggregate scores
of the letters at an ODD position (letters sorted by id), never on their text; the EVEN half is
the held-out figure. Nothing of the corpus is printed but counts and scores.

    python benchmarks/grascco_halves.py [--model default] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from aicup_halves import summary  # noqa: E402  (the same scorer and figures)
from spacy_deid.evaluation.predict import predict_with_model  # noqa: E402
from spacy_deid.io.formats import read_corpus  # noqa: E402
from spacy_deid.pipelines import load_pipeline  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "grascco-phi-de" / "grascco_phi_annotation_json"
LABELS = ("NAME", "LOCATION", "DATE", "AGE", "ID", "CONTACT")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found at {args.corpus}; nothing to do")
        return
    records = sorted(read_corpus(args.corpus, "uima-cas"), key=lambda r: str(r["id"]))
    preds = list(predict_with_model(load_pipeline(args.model, "de"), records))
    out = {}
    print(f"{'half':5} {'letters':>7} {'tokR':>6} {'tokP':>6} {'leak%':>6}   token R / P: "
          + "  ".join(f"{k:>13}" for k in LABELS))
    for half in ("odd", "even", "all"):
        idx = [i for i in range(len(records)) if half == "all" or i % 2 == (1 if half == "odd" else 0)]
        s = summary([records[i] for i in idx], [preds[i] for i in idx], unit="letters")
        out[half] = s
        per = "  ".join(f"{s['per_coarse'].get(k, {}).get('recall', float('nan')):6.3f}/"
                        f"{s['per_coarse'].get(k, {}).get('precision', float('nan')):6.3f}" for k in LABELS)
        print(f"{half:5} {s['letters']:7d} {s['token_recall']:6.3f} {s['token_precision']:6.3f} {100 * s['leak']:6.2f}   {per}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
