"""The Chinese route on AI CUP dialogues, scored separately on odd and even article ids.

The Chinese rules (dates said alone, names by titles and kinship words, the Han place gazetteer, the
Chinese word veto) were checked against the aggregate scores of the ODD articles only, never
against their text; the EVEN half is the held-out figure. The scores are those of labels.md:
"time" spans without a calendar element ("前天", "晚上") are dropped (``calendar_times_only``), and a
name span ends before the title it closes with ("王醫師" -> "王", ``names_without_titles``), as
labels.md keeps titles out of names, and a "contact" span that holds no digit, "@" or "." is dropped
(``contact_values_only``: "LINE", "mail" name a messaging app or medium; labels.md's contacts are
numbers, e-mail addresses, URLs and IP addresses). Ages are scored as ``physionet_halves.py`` scores them, under
``--age-policy over_89`` by default: the corpus annotates no age at all (its scheme has no age
type), and only ages over 89 are PHI under HIPAA Safe Harbor; ``--age-policy all`` counts every
age the pipeline finds as a false alarm.
Nothing of the corpus is printed but counts and scores.

    python benchmarks/aicup_halves.py [--model default] [--all-times] [--titled-names] [--all-contacts] [--age-policy over_89|all] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Dict, List

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy_deid.evaluation.evaluate import evaluate  # noqa: E402
from spacy_deid.evaluation.predict import predict_with_model  # noqa: E402
from spacy_deid.io.aicup import read_aicup  # noqa: E402
from spacy_deid.pipelines import configure_redactor, load_pipeline  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "aicup2020-zh-medical-dialogue-deid" / "train.txt"


def half_of(record: Dict[str, Any]) -> str:
    return "odd" if int(record["meta"]["article_id"]) % 2 else "even"


def summary(records: List[Dict[str, Any]], preds: List[List[Dict[str, Any]]], unit: str = "dialogues") -> Dict[str, Any]:
    m = evaluate(records, preds, level="coarse", cmi=False).report["metrics"]
    tok = m["token"]["micro"]
    return {unit: len(records), "token_recall": round(tok["recall"], 4),
            "token_precision": round(tok["precision"], 4), "leak": round(m["leak"]["micro"]["leak_rate"], 4),
            "per_coarse": {k: {"recall": round(v["recall"], 4), "precision": round(v["precision"], 4),
                               "n_gold": v["n_gold"], "n_pred": v["n_pred"]}
                           for k, v in m["token"]["per_coarse"].items()}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--all-times", action="store_true", help="keep relative times and times of day as gold")
    ap.add_argument("--titled-names", action="store_true", help="keep the titles in the gold name spans")
    ap.add_argument("--all-contacts", action="store_true", help="keep the contact spans without a number, address or link")
    ap.add_argument("--age-policy", default="over_89", choices=("over_89", "all"),
                    help="the corpus annotates no age; HIPAA counts ages over 89")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    records = list(read_aicup(args.corpus, calendar_times_only=not args.all_times, names_without_titles=not args.titled_names,
                              contact_values_only=not args.all_contacts))
    nlp = load_pipeline(args.model, "zh")
    configure_redactor(nlp, age_policy=args.age_policy)
    preds = list(predict_with_model(nlp, records))
    out = {}
    print(f"{'half':5} {'dialogues':>9} {'tokR':>6} {'tokP':>6} {'leak%':>6}   " + "  ".join(
        f"{k:>8}" for k in ("DATE", "NAME", "LOCATION", "CONTACT", "PROFESSION")))
    for half in ("odd", "even", "all"):
        idx = [i for i, r in enumerate(records) if half == "all" or half_of(r) == half]
        s = summary([records[i] for i in idx], [preds[i] for i in idx])
        out[half] = s
        per = "  ".join(f"{s['per_coarse'].get(k, {}).get('recall', float('nan')):8.3f}"
                        for k in ("DATE", "NAME", "LOCATION", "CONTACT", "PROFESSION"))
        print(f"{half:5} {s['dialogues']:9d} {s['token_recall']:6.3f} {s['token_precision']:6.3f} {100 * s['leak']:6.2f}   {per}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
