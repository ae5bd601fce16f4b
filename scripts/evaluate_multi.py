"""Score the multilingual or the Chinese pipeline (NER + rules + redactor, as ``--model MODEL --lang L``
runs it) on the synthetic test notes of each language of ``--langs`` and, when ``--corpora`` holds
them, on GraSCCo (German) and AI CUP (Chinese dialogues) for those languages. Those corpora are only read here, for evaluation.

``python scripts/evaluate_multi.py MODEL OUT.json [--langs de:2000,fr:1000,...] [--corpora DIR] [--test-dir corpus]``

Prints token recall / precision / leak and strict F1 per set, and for Chinese the sentence error
rate per code-mixing-index bucket; the JSON keeps the summaries."""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any, Dict, List, Tuple

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# (name, language, path under --corpora, reader format, reader options). "aicup_labels" scores AI
# CUP as labels.md says: without its "time" spans that hold no calendar element ("前天", "晚上",
# "三年": no PHI), with titles out of names ("王醫師" -> "王") and without contacts that hold no number,
# address or link ("LINE", "mail").
REAL = [("grascco", "de", "grascco-phi-de/grascco_phi_annotation_json", "uima-cas", {}),
        ("aicup", "zh", "aicup2020-zh-medical-dialogue-deid/train.txt", "aicup", {}),
        ("aicup_labels", "zh", "aicup2020-zh-medical-dialogue-deid/train.txt", "aicup",
         {"calendar_times_only": True, "names_without_titles": True, "contact_values_only": True})]


def summary(report: Dict[str, Any], seconds: float) -> Dict[str, Any]:
    m = report["metrics"]
    tok, strict = m["token"]["micro"], m["strict"]["micro"]
    out = {"docs": report["docs"], "gold_spans": report["gold_spans"], "seconds": round(seconds, 1),
           "token_recall": round(tok["recall"], 4), "token_precision": round(tok["precision"], 4),
           "strict_f1": round(strict["f1"], 4),
           "token_per_coarse": {lab: {k: round(v[k], 4) for k in ("recall", "precision", "n_gold", "n_pred")}
                                for lab, v in m["token"]["per_coarse"].items()}}
    out["leak"] = round(m["leak"]["micro"]["leak_rate"], 4)  # share of gold PHI characters left in clear
    cmi = report.get("cmi") or {}
    if cmi.get("buckets"):
        out["cmi"] = {"mixed_sentences": cmi["mixed_sentences"], "sentences": cmi["sentences"],
                      "buckets": {k: {"sentences": b["sentences"], "error_rate": round(b["error_rate"], 4)}
                                  for k, b in cmi["buckets"].items()}}
    return out


def score(model: str, lang: str, records: List[Dict[str, Any]]) -> Tuple[Dict[str, Any], float]:
    from spacy_deid.evaluation.evaluate import evaluate
    from spacy_deid.evaluation.predict import predict_with_model
    from spacy_deid.pipelines import load_pipeline

    nlp = load_pipeline(model, lang)
    t0 = time.perf_counter()
    preds = list(predict_with_model(nlp, records))
    seconds = time.perf_counter() - t0
    return evaluate(records, preds, level="coarse").report, seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("out", type=Path)
    ap.add_argument("--langs", default="de,fr,it,zh", help="languages (lang or lang:count, comma-separated)")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--test-dir", default="corpus")
    args = ap.parse_args()
    from spacy_deid.io.formats import read_corpus
    from spacy_deid.io.jsonl import read_jsonl

    results: Dict[str, Any] = {"model": args.model}
    sets = []
    langs = [item.split(":")[0] for item in args.langs.split(",")]
    for lang in langs:
        path = Path(args.test_dir) / f"synth_{lang}_test.jsonl"
        if path.is_file():
            sets.append((f"synth_{lang}", lang, list(read_jsonl(path))))
    root = Path(args.corpora)
    for name, lang, rel, fmt, options in REAL:  # the corpora of the languages asked for
        if lang in langs and (root / rel).exists():
            sets.append((name, lang, list(read_corpus(root / rel, fmt, **options))))
    print(f"{'set':<14} {'docs':>5} {'tok R':>6} {'tok P':>6} {'leak%':>6} {'strictF1':>8}")
    for name, lang, records in sets:
        report, seconds = score(args.model, lang, records)
        s = summary(report, seconds)
        results[name] = s
        leak = f"{100 * s['leak']:.1f}"
        print(f"{name:<14} {s['docs']:>5} {100 * s['token_recall']:>6.1f} {100 * s['token_precision']:>6.1f} {leak:>6} "
              f"{100 * s['strict_f1']:>8.1f}")
        if lang == "zh" and "cmi" in s:
            for bucket, b in s["cmi"]["buckets"].items():
                print(f"    CMI {bucket:<8} sentences {b['sentences']:>6}  error rate {100 * b['error_rate']:.1f}%")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
