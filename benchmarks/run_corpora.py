"""Score one pipeline on every readable corpus of ../shared/corpora; measure throughput and peak RSS.

    python benchmarks/run_corpora.py --model rules [--corpus physionet ...] [--limit N]

Each corpus runs in its own child process so that peak RSS (``resource.getrusage``) is that
corpus's alone. Prints a markdown table and writes ``benchmarks/results/<model>.json``.
Words are the scorer's tokens (``spacy_deid.evaluation.tokens``: one Han character is one word).
Throughput covers ``nlp.pipe`` only (not reading or scoring), batch size 32, one process.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _child import emit, run_child  # noqa: E402
from corpora import CORPORA, CORPORA_DIR, ROOT  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"


def run_one(name: str, model: str, limit: Optional[int], all_langs: bool, batch_size: int) -> Dict[str, Any]:
    """Read, predict, score one corpus in this process."""
    import torch

    torch.set_num_threads(1)
    from spacy_deid.evaluation.evaluate import evaluate
    from spacy_deid.evaluation.predict import load_model, predict_with_model
    from spacy_deid.evaluation.tokens import tokenize
    from spacy_deid.io.formats import read_corpus
    from spacy_deid.io.labelmap import ReadReport
    from spacy_deid.pipelines import notes_language

    corpus = CORPORA[name]
    path = CORPORA_DIR / corpus.path
    out: Dict[str, Any] = {"corpus": name, "lang": corpus.lang, "model": model}
    if not path.exists():
        out["skipped"] = f"{corpus.path} not found"
        return out
    read_report = ReadReport()
    records = list(read_corpus(path, corpus.fmt, report=read_report, **dict(corpus.reader_kwargs)))
    if limit:
        records = records[:limit]
    out["gold_read"] = read_report.to_dict()
    nlp = load_model(model, corpus.lang)
    out["pipeline_lang"] = notes_language(nlp)
    out["pipeline"] = nlp.pipe_names
    if out["pipeline_lang"] != corpus.lang and not all_langs:
        out["skipped"] = f"pipeline language {out['pipeline_lang']!r} does not cover {corpus.lang!r}"
        return out
    words = sum(len(tokenize(r["text"])) for r in records)
    t0 = time.perf_counter()
    preds = list(predict_with_model(nlp, records, batch_size=batch_size))
    seconds = time.perf_counter() - t0
    report = evaluate(records, preds, level="coarse").report
    out["report"] = report
    out["seconds"] = seconds
    out["docs"] = len(records)
    out["words"] = words
    out["docs_per_s"] = len(records) / seconds if seconds else 0.0
    out["words_per_s"] = words / seconds if seconds else 0.0
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return out


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def not_covered(report: Dict[str, Any]) -> List[str]:
    """Coarse labels present in the gold that the pipeline never predicted."""
    rows = report["metrics"]["strict"]["per_coarse"]
    return sorted(k for k, v in rows.items() if v["n_gold"] and not v["n_pred"])


def markdown(results: List[Dict[str, Any]]) -> str:
    head = ("| corpus | lang | docs | gold spans | strict P | strict R | strict F1 | relaxed R | token R | "
            "token P | leak % | docs/s | words/s | peak RSS MB | gold labels never predicted |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in results:
        if "report" not in r:
            lines.append(f"| {r['corpus']} | {r['lang']} | – | – | " + " | ".join(["–"] * 10) + f" | {r.get('skipped', '')} |")
            continue
        m = r["report"]["metrics"]
        s, rel, tok, leak = m["strict"]["micro"], m["relaxed"]["micro"], m["token"]["micro"], m["leak"]["micro"]
        lines.append(
            f"| {r['corpus']} | {r['lang']} | {r['docs']} | {s['n_gold']} | {_pct(s['precision'])} | "
            f"{_pct(s['recall'])} | {_pct(s['f1'])} | {_pct(rel['recall'])} | {_pct(tok['recall'])} | "
            f"{_pct(tok['precision'])} | {_pct(leak['leak_rate'])} | {r['docs_per_s']:.1f} | "
            f"{r['words_per_s']:.0f} | {r['peak_rss_mb']:.0f} | {', '.join(not_covered(r['report'])) or '–'} |"
        )
    return "\n".join(lines)


def markdown_per_label(results: List[Dict[str, Any]]) -> str:
    """Strict recall / token recall per coarse label (gold count in brackets); '–' where the gold has none."""
    from spacy_deid.labels import COARSE_LABELS

    lines = ["| corpus | " + " | ".join(COARSE_LABELS) + " |", "|" + "---|" * (len(COARSE_LABELS) + 1)]
    for r in results:
        if "report" not in r:
            continue
        strict, token = r["report"]["metrics"]["strict"]["per_coarse"], r["report"]["metrics"]["token"]["per_coarse"]
        cells = []
        for lab in COARSE_LABELS:
            row = strict.get(lab)
            if not row or not row["n_gold"]:
                cells.append("–")
            else:
                cells.append(f"{_pct(row['recall'])} / {_pct(token[lab]['recall'])} ({row['n_gold']})")
        lines.append(f"| {r['corpus']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="default", help="'default', 'rules', a package or a path")
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="only these (repeatable)")
    ap.add_argument("--limit", type=int, default=None, help="first N docs of each corpus")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--all-langs", action="store_true", help="run even where the pipeline's language differs")
    ap.add_argument("--out", type=Path, default=None, help="JSON results (default benchmarks/results/<model>.json)")
    ap.add_argument("--from-json", type=Path, default=None, help="only print the tables of an earlier run")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:  # one corpus, result as JSON on stdout
        res = run_one(args.child, args.model, args.limit, args.all_langs, args.batch_size)
        emit(res)
        return
    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
        print(markdown(results) + "\n\nStrict recall / token recall per coarse label (gold spans):\n")
        print(markdown_per_label(results))
        return
    results = []
    for name in args.corpus or list(CORPORA):
        child_args = ["--child", name, "--model", args.model, "--batch-size", str(args.batch_size)]
        if args.limit:
            child_args += ["--limit", str(args.limit)]
        if args.all_langs:
            child_args.append("--all-langs")
        res = run_child(__file__, child_args)
        results.append({"corpus": name, "lang": CORPORA[name].lang, "skipped": res} if isinstance(res, str) else res)
        print(f"{name}: done", file=sys.stderr)
    out = args.out or RESULTS / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', Path(args.model).name)}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(markdown(results))
    print("\nStrict recall / token recall per coarse label (gold spans):\n")
    print(markdown_per_label(results))
    print(f"\nJSON: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}", file=sys.stderr)


if __name__ == "__main__":
    main()
