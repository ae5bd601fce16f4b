"""Recall with and without the LLM fallback on a sample of the PhysioNet deid notes.

Runs a base pipeline (``rules`` or ``default``) plus ``phi_llm`` over a reproducible sample of
notes with gold PHI and notes without, then compares, on the same docs,
- base: every candidate except the LLM's (NER + rules), and
- base+LLM: every candidate (LLM review spans included, as they are redacted by default).
Scoring is relaxed and label-blind, as in ``benchmarks/physionet_rules.py``: a gold span is found
when a predicted span overlaps it. "LLM false positives" are LLM spans overlapping no gold span.
Prints counts and timings only, never corpus text.

    python benchmarks/llm_fallback.py [--n-phi 30] [--n-nophi 30] [--route uncertain]
        [--model rules] [--n-samples 3] [--min-votes 2] [--threads 1] [--time-budget 1800]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy_deid.cli.llm_annotate import add_llm, llm_config  # noqa: E402
from spacy_deid.io.physionet import read_physionet  # noqa: E402
from spacy_deid.labels import to_coarse  # noqa: E402
from spacy_deid.merge import collect_candidates, merge_spans  # noqa: E402
from spacy_deid.pipelines import find_redactor, load_pipeline  # noqa: E402

Span = Tuple[int, int, str]


def overlaps(a: Span, spans: List[Span]) -> bool:
    return any(s < a[1] and a[0] < e for s, e, _ in spans)


def sample(corpus: Path, n_phi: int, n_nophi: int, seed: int):
    recs = list(read_physionet(corpus))
    rng = random.Random(seed)
    with_phi = [r for r in recs if r["spans"]]
    without = [r for r in recs if not r["spans"]]
    picked = rng.sample(with_phi, min(n_phi, len(with_phi))) + rng.sample(without, min(n_nophi, len(without)))
    rng.shuffle(picked)
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "physionet-deid")
    ap.add_argument("--n-phi", type=int, default=30)
    ap.add_argument("--n-nophi", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default="rules", help="base pipeline: rules, default, package or path")
    ap.add_argument("--route", default="uncertain", choices=["all", "uncertain"])
    ap.add_argument("--n-samples", type=int, default=3)
    ap.add_argument("--min-votes", type=int, default=2)
    ap.add_argument("--temperature", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--gguf", default=None)
    ap.add_argument("--endpoint", default=None, help="local OpenAI-compatible server instead of llama.cpp")
    ap.add_argument("--time-budget", type=float, default=0, help="stop after this many seconds (0: none)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    if not (args.corpus / "id.text").exists():
        print(f"corpus not found at {args.corpus}; nothing to do")
        return

    notes = sample(args.corpus, args.n_phi, args.n_nophi, args.seed)
    nlp = load_pipeline(args.model)
    add_llm(nlp, llm_config(
        gguf=args.gguf, endpoint=args.endpoint, allow_remote=False, route=args.route,
        n_samples=args.n_samples, min_votes=args.min_votes, review_threshold=0.75,
        temperature=args.temperature, threads=args.threads, examples=None, seed=args.seed,
    ))
    redactor = find_redactor(nlp)
    llm_pipe = nlp.get_pipe("phi_llm")
    router = llm_pipe.task.router

    gold_total, found_base, found_full, found_sure = Counter(), Counter(), Counter(), Counter()
    fp_by_label: Counter = Counter()
    sure_fp = 0
    llm_spans = llm_fp = llm_fp_nophi = llm_new_tp = 0
    base_fp = full_fp = 0
    routed_chars = all_chars = 0
    t_base = t_llm = 0.0
    done = 0
    start_all = time.perf_counter()
    for rec in notes:
        if args.time_budget and time.perf_counter() - start_all > args.time_budget:
            break
        text = rec["text"]
        gold = [(s["start"], s["end"], to_coarse(s["label"])) for s in rec["spans"]]
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name in ("phi_llm", redactor):
                continue
            doc = proc(doc)
        t1 = time.perf_counter()
        routed_chars += sum(e - s for s, e in router(doc))
        all_chars += len(text)
        doc = llm_pipe(doc)
        t2 = time.perf_counter()
        t_base += t1 - t0
        t_llm += t2 - t1
        cands = collect_candidates(doc)
        base = [(s.start, s.end, s.label) for s in merge_spans([c for c in cands if c.source != "llm"])]
        full = [(s.start, s.end, s.label) for s in merge_spans(cands)]
        llm_only = [(c.start, c.end, c.label) for c in cands if c.source == "llm"]
        # "sure": without the review group (what redact_uncertain = false would redact)
        sure = [(s.start, s.end, s.label) for s in merge_spans([c for c in cands if not c.uncertain])]
        sure_llm = [(c.start, c.end, c.label) for c in cands if c.source == "llm" and not c.uncertain]
        for g in gold:
            gold_total[g[2]] += 1
            hit_base, hit_full = overlaps(g, base), overlaps(g, full)
            found_base[g[2]] += hit_base
            found_full[g[2]] += hit_full
            found_sure[g[2]] += overlaps(g, sure)
            llm_new_tp += hit_full and not hit_base
        llm_spans += len(llm_only)
        fps = sum(1 for s in llm_only if not overlaps(s, gold))
        fp_by_label.update(to_coarse(s[2]) for s in llm_only if not overlaps(s, gold))
        sure_fp += sum(1 for s in sure_llm if not overlaps(s, gold))
        llm_fp += fps
        llm_fp_nophi += fps if not gold else 0
        base_fp += sum(1 for s in base if not overlaps(s, gold))
        full_fp += sum(1 for s in full if not overlaps(s, gold))
        done += 1
        print(f"\r{done}/{len(notes)} notes, {t_llm / done:.1f} s/note (LLM)", end="", file=sys.stderr)
    print(file=sys.stderr)

    total = sum(gold_total.values())
    n_phi_done = sum(1 for r in notes[:done] if r["spans"])
    res = {
        "notes": done, "notes_with_phi": n_phi_done, "notes_without_phi": done - n_phi_done,
        "gold_spans": total, "model": args.model, "route": args.route,
        "n_samples": args.n_samples, "min_votes": args.min_votes, "threads": args.threads,
        "recall_base": round(sum(found_base.values()) / max(total, 1), 4),
        "recall_base_llm": round(sum(found_full.values()) / max(total, 1), 4),
        "recall_base_llm_unanimous_only": round(sum(found_sure.values()) / max(total, 1), 4),
        "gold_found_only_with_llm": llm_new_tp,
        "recall_by_label": {
            lab: [gold_total[lab], round(found_base[lab] / gold_total[lab], 3), round(found_full[lab] / gold_total[lab], 3)]
            for lab in sorted(gold_total)
        },
        "llm_spans": llm_spans, "llm_false_positives": llm_fp,
        "llm_false_positives_in_notes_without_phi": llm_fp_nophi,
        "llm_false_positives_by_label": dict(sorted(fp_by_label.items())),
        "llm_false_positives_unanimous_only": sure_fp,
        "false_positive_spans_base": base_fp, "false_positive_spans_base_llm": full_fp,
        "share_of_text_routed_to_llm": round(routed_chars / max(all_chars, 1), 3),
        "seconds_per_note_base": round(t_base / max(done, 1), 3),
        "seconds_per_note_llm": round(t_llm / max(done, 1), 2),
    }
    print(json.dumps(res, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
