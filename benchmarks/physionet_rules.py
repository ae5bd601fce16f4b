"""Relaxed recall and false positives of the rule recognizers on the PhysioNet deid corpus.

Reads ``../shared/corpora/physionet-deid`` (relative to the repository root; see its SOURCE.md)
at run time, runs ``default_recognizers()`` on each note body and prints counts only:
- relaxed recall per coarse gold label: a gold span is found when any predicted span overlaps it
  (label-blind), and when one of the same coarse label overlaps it (label-matched);
- false positives per 100 notes: predicted spans that overlap no gold span, per predicted label.
``--miss-shapes`` prints, per missed gold span, its label and a shape ("dd/dd"), never its text.
``--patients even|odd`` keeps the notes of patients with an even or odd id: the rules of the
session of 2026-11-23 were designed looking at misses of even patients only; odd patients are
their held-out half.

    python benchmarks/physionet_rules.py [--corpus PATH] [--patients all|even|odd] [--miss-shapes]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy_deid.io.physionet import read_physionet  # noqa: E402
from spacy_deid.labels import to_coarse  # noqa: E402
from spacy_deid.recognizers import age_value, default_recognizers  # noqa: E402

def shape(s: str) -> str:
    s = "".join("d" if c.isdigit() else "A" if c.isupper() else "a" if c.isalpha() else c for c in s)
    return re.sub(r"(.)\1{2,}", r"\1\1+", s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "physionet-deid")
    ap.add_argument("--miss-shapes", action="store_true", help="print label + shape of each miss")
    ap.add_argument("--patients", choices=("all", "even", "odd"), default="all", help="patient-id half")
    args = ap.parse_args()
    if not (args.corpus / "id.text").exists():
        print(f"corpus not found at {args.corpus}; nothing to do")
        return
    records = [
        r for r in read_physionet(args.corpus)
        if args.patients == "all" or (int(r["meta"]["patient"]) % 2 == 0) == (args.patients == "even")
    ]
    recs = default_recognizers()
    total, found_any, found_lab = Counter(), Counter(), Counter()
    fp, pred_count, fp_by_rec = Counter(), Counter(), Counter()
    young_age_fp = 0
    misses: List[str] = []
    for record in records:
        body = record["text"]
        matches = [m for r in recs for m in r.find(body)]
        preds = [(m.start, m.end, to_coarse(m.label)) for m in matches]
        golds = [(g["start"], g["end"], to_coarse(g["label"])) for g in record["spans"]]
        for gs, ge, gl in golds:
            total[gl] += 1
            hits = [p for p in preds if p[0] < ge and gs < p[1]]
            found_any[gl] += bool(hits)
            found_lab[gl] += any(p[2] == gl for p in hits)
            if not hits and args.miss_shapes:
                misses.append(f"{gl}\t{shape(body[gs:ge])}")
        for m in matches:
            pl = to_coarse(m.label)
            pred_count[pl] += 1
            if not any(m.start < ge and gs < m.end for gs, ge, _ in golds):
                fp[pl] += 1
                fp_by_rec[m.recognizer] += 1
                if pl == "AGE" and (age_value(body[m.start : m.end]) or 0) <= 89:
                    young_age_fp += 1
    n = len(records)
    print(f"notes: {n}   gold spans: {sum(total.values())}")
    print(f"{'gold label':<10} {'n':>5} {'recall(any)':>12} {'recall(label)':>14}")
    for label in sorted(total):
        print(f"{label:<10} {total[label]:>5} {found_any[label] / total[label]:>12.3f} "
              f"{found_lab[label] / total[label]:>14.3f}")
    print(f"{'pred label':<10} {'n':>5} {'FP':>6} {'FP/100 notes':>13}")
    for label in sorted(pred_count):
        print(f"{label:<10} {pred_count[label]:>5} {fp[label]:>6} {100 * fp[label] / n:>13.2f}")
    print(f"{'ALL':<10} {sum(pred_count.values()):>5} {sum(fp.values()):>6} {100 * sum(fp.values()) / n:>13.2f}")
    rest = sum(fp.values()) - young_age_fp
    print(f"ALL except ages <= 89 (this corpus annotates only ages over 89): FP {rest}, "
          f"FP/100 notes {100 * rest / n:.2f}")
    for rec, count in fp_by_rec.most_common():
        print(f"FP by recognizer\t{rec}\t{count}")
    if misses:
        for item, count in Counter(misses).most_common():
            print(f"miss\t{item}\t{count}")


if __name__ == "__main__":
    main()
