"""How well a pipeline gives fine labels (issue 11): for every gold NAME or LOCATION span that the
pipeline found, which fine label it got. Prints counts only, never text.

- ``physionet-odd`` / ``physionet-even``: the real ICU notes, whose gold tells PATIENT (patients and
  their family) from DOCTOR (any care-giver). The share of patients labelled DOCTOR is what a
  "keep clinician names" policy would leak.
- ``synthetic-test``: the project's synthetic test split (every fine label).

    python benchmarks/fine_labels.py --model default [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy_deid.evaluation.predict import predict_with_model  # noqa: E402
from spacy_deid.io.jsonl import read_jsonl  # noqa: E402
from spacy_deid.labels import to_coarse  # noqa: E402
from spacy_deid.pipelines import configure_redactor, load_pipeline  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "physionet-deid"


def confusion(nlp, records: List[Dict[str, Any]]) -> Counter:
    """(gold fine label, predicted label) for each gold NAME/LOCATION span the pipeline overlapped."""
    out: Counter = Counter()
    for rec, preds in zip(records, predict_with_model(nlp, records)):
        for g in rec["spans"]:
            if to_coarse(g["label"]) not in ("NAME", "LOCATION"):
                continue
            over = [p for p in preds if p["start"] < g["end"] and g["start"] < p["end"]]
            if over:
                out[(g["label"], over[0]["label"])] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    configure_redactor(nlp, age_policy="over_89")
    sets: Dict[str, List[Dict[str, Any]]] = {}
    if (CORPUS / "id.text").exists():
        from spacy_deid.io.physionet import read_physionet

        recs = list(read_physionet(CORPUS))
        sets["physionet-odd"] = [r for r in recs if int(r["meta"]["patient"]) % 2 == 1]
        sets["physionet-even"] = [r for r in recs if int(r["meta"]["patient"]) % 2 == 0]
    sets["synthetic-test"] = list(read_jsonl(ROOT / "corpus" / "synth_test.jsonl"))
    report = {}
    for name, recs in sets.items():
        conf = confusion(nlp, recs)
        golds = sorted({g for g, _ in conf})
        print(f"\n{name}: gold label -> predicted labels (found spans only)")
        rows = {}
        for g in golds:
            got = {p: n for (gg, p), n in conf.items() if gg == g}
            total = sum(got.values())
            rows[g] = {"found": total, "right": got.get(g, 0), "predicted": got}
            top = ", ".join(f"{p} {n}" for p, n in sorted(got.items(), key=lambda kv: -kv[1]))
            print(f"  {g:15} {got.get(g, 0):5}/{total:<5} = {got.get(g, 0) / total:6.1%}   {top}")
        report[name] = rows
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
