"""Memory and time of one very long note (issue 12: a 5 MB note once peaked at 8.3 GB).

Builds one note of ``--mb`` megabytes from synthetic notes (no corpus text), runs the default
pipeline through ``Deidentifier`` (chunks, bounded batches, one redaction of the whole text) and
prints the wall time and the process's peak RSS.

    python benchmarks/big_note.py --mb 1
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy_deid.pipelines import load_pipeline  # noqa: E402
from spacy_deid.runner import DeidInput, Deidentifier  # noqa: E402
from spacy_deid.synth.generate import generate_records  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="note size in megabytes (characters / 1e6)")
    ap.add_argument("--model", default="default")
    args = ap.parse_args()
    nlp = load_pipeline(args.model)
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = "\n\n".join(r["text"] for r in generate_records(300, seed=5))
    while len(text) < args.mb * 1e6:
        text += "\n\n" + text
    text = text[: int(args.mb * 1e6)]
    t0 = time.time()
    (result,) = list(Deidentifier(nlp, redact=True).run([DeidInput(text, None, None)]))
    wall = time.time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.mb:g} MB note: {wall:.1f} s, peak RSS {peak:.0f} MB (after loading {loaded:.0f} MB), "
          f"{'redacted' if result.text is not None else 'FAILED: ' + str(result.error)}")


if __name__ == "__main__":
    main()
