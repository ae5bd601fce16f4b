"""A pipeline on the PhysioNet deid notes, scored separately on odd and even patients.

Design discipline (issue 10): errors are looked at only on the notes of patients with an ODD id
(the design half); the EVEN half is the honest, held-out figure. This script prints, per half and
for all notes: token recall / precision, leak (share of PHI characters left), relaxed recall per
coarse label, spurious spans per 100 notes, and the speed of the run. It never prints note text.

``--errors FILE`` writes the odd half's misses and false alarms WITH their context to FILE (for
the developer's eyes only: it contains corpus text; keep it outside the repository). It refuses
to write anything about even patients.

    python benchmarks/physionet_halves.py --model default [--age-policy over_89] [--json out.json]
    python benchmarks/physionet_halves.py --model default --errors /tmp/odd_errors.txt
    python benchmarks/physionet_halves.py --model default --set phi_lexicon.propagate=false
    python benchmarks/physionet_halves.py --model default --bootstrap 2000   # 95% intervals by patient
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

from spacy_deid.evaluation.evaluate import evaluate  # noqa: E402
from spacy_deid.evaluation.predict import predict_with_model  # noqa: E402
from spacy_deid.io.physionet import read_physionet  # noqa: E402
from spacy_deid.labels import to_coarse  # noqa: E402
from spacy_deid.pipelines import configure_redactor, load_pipeline  # noqa: E402

HALVES = ("odd", "even", "all")


def half_of(record: Dict[str, Any]) -> str:
    return "even" if int(record["meta"]["patient"]) % 2 == 0 else "odd"


def summary(records: List[Dict[str, Any]], preds: List[List[Dict[str, Any]]]) -> Dict[str, Any]:
    rep = evaluate(records, preds, cmi=False).report
    m = rep["metrics"]
    tok = m["token"]["micro"]
    out = {
        "notes": len(records),
        "gold_spans": rep["gold_spans"],
        "token_recall": tok["recall"],
        "token_precision": tok["precision"],
        "leak": m["leak"]["micro"]["leak_rate"],
        "relaxed_recall": {k: v["recall"] for k, v in m["relaxed"]["per_coarse"].items() if v["n_gold"]},
        # label-blind: a gold token any prediction covers (a place tagged as a name is no leak)
        "token_recall_by_label": {k: v["recall"] for k, v in m["token"]["per_coarse"].items() if v["n_gold"]},
        "relaxed_gold": {k: v["n_gold"] for k, v in m["relaxed"]["per_coarse"].items() if v["n_gold"]},
        "spurious_per_100": 100.0 * rep["errors"]["spurious"] / max(1, len(records)),
        "spurious_by_label": {},
    }
    spur: Dict[str, int] = {}
    for rec, pred in zip(records, preds):
        golds = rec["spans"]
        for p in pred:
            if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in golds):
                lab = to_coarse(p["label"])
                spur[lab] = spur.get(lab, 0) + 1
    out["spurious_by_label"] = dict(sorted(spur.items()))
    return out


def patient_vectors(records: List[Dict[str, Any]], preds: List[List[Dict[str, Any]]]) -> Dict[str, List[float]]:
    """Per patient, the counts behind the headline figures (token recall and precision, leak, relaxed
    recall of NAME and LOCATION), scored by the same scorer as ``summary``."""
    from spacy_deid.evaluation.metrics import Tally, score_doc

    tallies: Dict[str, Tally] = {}
    for rec, pred in zip(records, preds):
        tallies.setdefault(str(rec["meta"]["patient"]), Tally()).add(score_doc(rec["text"], rec["spans"], pred))
    out: Dict[str, List[float]] = {}
    for patient, t in tallies.items():
        tok, leak = t.micro("token"), t.micro_leak()
        relaxed = t.table("relaxed", coarse=True)
        row = [tok.tp_gold, tok.n_gold, tok.tp_pred, tok.n_pred, leak.leaked_chars, leak.gold_chars]
        for lab in ("NAME", "LOCATION"):
            c = relaxed.get(lab)
            row += [c.tp_gold if c else 0, c.n_gold if c else 0]
        out[patient] = row
    return out


BOOT_FIGURES = ("token_recall", "token_precision", "leak", "NAME", "LOCATION")


def bootstrap(vectors: Dict[str, List[float]], n: int, seed: int = 0) -> Dict[str, List[float]]:
    """95% intervals of the headline figures, resampling PATIENTS with replacement (their notes are
    not independent: one patient's relative or hospital recurs in every note)."""
    import numpy as np

    m = np.array(list(vectors.values()), dtype=float)
    rng = np.random.default_rng(seed)
    draws = m[rng.integers(0, len(m), size=(n, len(m)))].sum(axis=1)

    def ratio(a: int, b: int):
        return draws[:, a] / np.maximum(draws[:, b], 1)

    figs = {"token_recall": ratio(0, 1), "token_precision": ratio(2, 3), "leak": ratio(4, 5),
            "NAME": ratio(6, 7), "LOCATION": ratio(8, 9)}
    return {k: [round(float(np.percentile(v, 2.5)), 4), round(float(np.percentile(v, 97.5)), 4)] for k, v in figs.items()}


def in_context(text: str, s: int, e: int, width: int) -> str:
    """``text[s:e]`` marked with << >> between ``width`` characters each side, line ends as " | "."""
    left = text[max(0, s - width):s].replace("\n", " | ")
    right = text[e:e + width].replace("\n", " | ")
    return f"{left}<<{text[s:e]}>>{right}"


def write_errors(path: Path, records: List[Dict[str, Any]], preds: List[List[Dict[str, Any]]], width: int = 40) -> None:
    lines: List[str] = []
    for rec, pred in zip(records, preds):
        if half_of(rec) != "odd":
            continue  # never show the held-out half
        text = rec["text"]

        def ctx(s: int, e: int) -> str:
            return in_context(text, s, e, width)

        for g in rec["spans"]:
            hit = [p for p in pred if p["start"] < g["end"] and g["start"] < p["end"]]
            if not hit:
                lines.append(f"MISS\t{to_coarse(g['label'])}\t{rec['id']}\t{ctx(g['start'], g['end'])}")
            elif not any(to_coarse(p["label"]) == to_coarse(g["label"]) for p in hit):
                # found, but under another label: a miss for that label's relaxed recall
                got = ",".join(sorted({to_coarse(p["label"]) for p in hit}))
                lines.append(f"LABEL\t{to_coarse(g['label'])}->{got}\t{rec['id']}\t{ctx(g['start'], g['end'])}")
        for p in pred:
            if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in rec["spans"]):
                lines.append(f"FP\t{to_coarse(p['label'])}\t{p.get('source', '')}\t{p.get('score', '')}\t{rec['id']}\t{ctx(p['start'], p['end'])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_odd_spans(path: Path, records: List[Dict[str, Any]], preds: List[List[Dict[str, Any]]], width: int = 30) -> None:
    """Every predicted span of the odd half in context, one a line: two runs diffed show what a
    change added or dropped, partial overlaps included (the errors file shows only misses)."""
    lines: List[str] = []
    for rec, pred in zip(records, preds):
        if half_of(rec) != "odd":
            continue
        for p in pred:
            lines.append(f"{rec['id']}\t{to_coarse(p['label'])}\t{in_context(rec['text'], p['start'], p['end'], width)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "physionet-deid")
    ap.add_argument("--age-policy", default="over_89", help="the corpus annotates only ages over 89")
    ap.add_argument("--threshold", type=float, default=None, help="redactor score threshold (default: the pipeline's)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument("--errors", type=Path, default=None, help="odd-half errors in context (contains corpus text)")
    ap.add_argument("--odd-spans", type=Path, default=None,
                    help="every odd-half prediction in context, for diffing two runs (contains corpus text)")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="95%% intervals from N resamples of patients (e.g. 2000)")
    ap.add_argument("--set", dest="settings", action="append", default=[],
                    help="COMPONENT.SETTING=VALUE as in the CLI, e.g. --set phi_lexicon.propagate=false")
    args = ap.parse_args()
    if not (args.corpus / "id.text").exists():
        print(f"corpus not found at {args.corpus}; nothing to do")
        return
    for out in (args.errors, args.odd_spans):
        if out is not None and ROOT in out.resolve().parents:
            sys.exit("--errors and --odd-spans must point outside the repository: the files hold corpus text")
    records = list(read_physionet(args.corpus))
    t0 = time.perf_counter()
    nlp = load_pipeline(args.model)
    overrides: Dict[str, Any] = {"age_policy": args.age_policy}
    if args.threshold is not None:
        overrides["threshold"] = args.threshold
    configure_redactor(nlp, **overrides)
    if args.settings:
        from spacy_deid.cli._run import apply_settings, parse_settings

        apply_settings(nlp, parse_settings(args.settings))
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    preds = list(predict_with_model(nlp, records, batch_size=args.batch_size))
    run_s = time.perf_counter() - t1
    words = sum(len(r["text"].split()) for r in records)
    result: Dict[str, Any] = {
        "model": args.model,
        "age_policy": args.age_policy,
        "load_s": round(load_s, 2),
        "notes_per_s": round(len(records) / run_s, 1),
        "words_per_s": round(words / run_s),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    members = {half: [i for i, r in enumerate(records) if half == "all" or half_of(r) == half] for half in HALVES}
    for half, idx in members.items():
        result[half] = summary([records[i] for i in idx], [preds[i] for i in idx])
    print(f"model {args.model}: {result['notes_per_s']} notes/s, {result['words_per_s']} words/s, "
          f"peak RSS {result['peak_rss_mb']} MB, load {result['load_s']} s")
    labels = sorted({k for h in HALVES for k in result[h]["relaxed_recall"]})
    head = f"{'half':<5} {'notes':>5} {'gold':>5} {'tokR':>6} {'tokP':>6} {'leak%':>6} {'spur/100':>8}  " + " ".join(f"{lab[:8]:>8}" for lab in labels)
    print(head)
    for half in HALVES:
        r = result[half]
        print(f"{half:<5} {r['notes']:>5} {r['gold_spans']:>5} {r['token_recall']:>6.3f} {r['token_precision']:>6.3f} "
              f"{100 * r['leak']:>6.2f} {r['spurious_per_100']:>8.1f}  "
              + " ".join(f"{r['relaxed_recall'].get(lab, float('nan')):>8.3f}" for lab in labels))
    print("token recall by gold label, any predicted label (odd / even):",
          {k: round(v, 3) for k, v in result["odd"]["token_recall_by_label"].items()}, "/",
          {k: round(v, 3) for k, v in result["even"]["token_recall_by_label"].items()})
    print("spurious by label (odd / even):", result["odd"]["spurious_by_label"], "/", result["even"]["spurious_by_label"])
    if args.bootstrap:
        print(f"95% intervals, {args.bootstrap} resamples of patients: " + ", ".join(BOOT_FIGURES))
        for half, idx in members.items():
            vec = patient_vectors([records[i] for i in idx], [preds[i] for i in idx])
            result[half]["patients"] = len(vec)
            result[half]["interval_95"] = ci = bootstrap(vec, args.bootstrap)
            print(f"{half:<5} {len(vec):>3} patients  " + "  ".join(f"{k} {lo:.3f}-{hi:.3f}" for k, (lo, hi) in ci.items()))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if args.errors:
        write_errors(args.errors, records, preds)
        print(f"odd-half errors written to {args.errors}")
    if args.odd_spans:
        write_odd_spans(args.odd_spans, records, preds)
        print(f"odd-half predictions written to {args.odd_spans}")


if __name__ == "__main__":
    main()
