"""Score a trained NER pipeline alone, with the rules, and inside the default pipeline (NER + rules
+ lexicon + redactor).

``python scripts/evaluate_models.py MODEL OUT.json [--test synth_test.jsonl] [--corpora DIR] [--limit N]``

Scores (coarse labels, via ``spacy_deid.evaluation``) on the synthetic test split and, when
``--corpora`` exists, on the English real corpora (PhysioNet nursing notes, Presidio synthetic
sentences). Those corpora are only read here, for evaluation. Prints a table of relaxed and
token-level recall / precision per coarse label; the JSON holds the full reports.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any, Dict, List

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# (name, folder under --corpora, reader format); English only: the models are English.
REAL_CORPORA = [("physionet", "physionet-deid", "physionet"), ("presidio_synth", "presidio-research-synth/synth_dataset_v2.json", "presidio-synth")]


def _records(args: argparse.Namespace) -> Dict[str, List[Dict[str, Any]]]:
    from spacy_deid.io.formats import read_corpus
    from spacy_deid.io.jsonl import read_jsonl

    sets: Dict[str, List[Dict[str, Any]]] = {}
    if args.test and Path(args.test).is_file():
        sets["synth_test"] = list(read_jsonl(args.test))
    root = Path(args.corpora) if args.corpora else None
    if root is not None and root.is_dir():
        for name, folder, fmt in REAL_CORPORA:
            if (root / folder).exists():
                sets[name] = list(read_corpus(root / folder, fmt))
    if args.limit:
        sets = {k: v[: args.limit] for k, v in sets.items()}
    return sets


def _summary(report: Dict[str, Any]) -> Dict[str, Any]:
    m = report["metrics"]
    out: Dict[str, Any] = {"docs": report["docs"], "gold_spans": report["gold_spans"]}
    for metric in ("strict", "relaxed", "token"):
        out[metric] = {"micro": {k: round(m[metric]["micro"][k], 4) for k in ("precision", "recall", "f1")}}
        out[metric]["per_coarse"] = {
            lab: {k: round(v[k], 4) for k in ("precision", "recall", "n_gold", "n_pred")}
            for lab, v in m[metric]["per_coarse"].items()
        }
    out["leak_rate"] = round(m["leak"]["micro"]["leak_rate"], 4)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("out")
    ap.add_argument("--test", default="corpus/synth_test.jsonl")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--limit", type=int, default=0, help="Score only the first N docs of each set (0: all)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--pipelines", default="ner,ner+rules,default", help="Comma-separated: ner, ner+rules, default")
    args = ap.parse_args()
    try:
        import torch

        torch.set_num_threads(args.threads)
    except ImportError:  # pragma: no cover
        pass
    import spacy

    from spacy_deid.evaluation.evaluate import evaluate
    from spacy_deid.evaluation.predict import predict_with_model
    from spacy_deid.models import load_default

    sets = _records(args)
    makers = {"ner": lambda: spacy.load(args.model), "ner+rules": lambda: load_default(args.model, lexicon=False),
              "default": lambda: load_default(args.model)}
    pipelines = {k: makers[k] for k in args.pipelines.split(",")}
    results: Dict[str, Any] = {"model": args.model, "sets": {}}
    for set_name, records in sets.items():
        for pipe_name, make in pipelines.items():
            nlp = make()
            start = time.perf_counter()
            preds = {str(r.get("id")): spans for r, spans in zip(records, predict_with_model(nlp, records))}
            seconds = time.perf_counter() - start
            report = evaluate(records, preds, level="coarse", cmi=False).report
            summary = _summary(report)
            summary["seconds"] = round(seconds, 1)
            results["sets"].setdefault(set_name, {})[pipe_name] = summary
            print(f"\n== {set_name} / {pipe_name}: {summary['docs']} docs, {summary['gold_spans']} gold spans, {seconds:.0f}s")
            print(f"{'label':<11}{'relaxed R':>10}{'relaxed P':>10}{'token R':>9}{'token P':>9}{'n_gold':>8}")
            rel, tok = summary["relaxed"], summary["token"]
            for lab in sorted(set(rel["per_coarse"]) | set(tok["per_coarse"])):
                r, t = rel["per_coarse"].get(lab, {}), tok["per_coarse"].get(lab, {})
                print(f"{lab:<11}{r.get('recall', 0):>10.3f}{r.get('precision', 0):>10.3f}"
                      f"{t.get('recall', 0):>9.3f}{t.get('precision', 0):>9.3f}{r.get('n_gold', 0):>8}")
            print(f"{'micro':<11}{rel['micro']['recall']:>10.3f}{rel['micro']['precision']:>10.3f}"
                  f"{tok['micro']['recall']:>9.3f}{tok['micro']['precision']:>9.3f}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
