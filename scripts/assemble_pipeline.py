"""Assemble the whole de-identification pipeline around a trained NER and save it for
``spacy package``: NER + ``phi_patterns`` + ``phi_lexicon`` (with its tables) + ``phi_fine_labels``
(with its model) + ``deid_redactor``.

    python scripts/assemble_pipeline.py training/cnn/model-best training/cnn/pipeline --name deid_cnn

The saved pipeline loads with ``spacy.load`` wherever ``spacy-deid`` is installed (its factories
come through entry points, and ``spacy package`` lists it as a requirement). Surrogates stay a
setting: add ``surrogate_generator`` before ``deid_redactor`` and set ``mode = "surrogate"``.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")


DESCRIPTIONS = {
    "en": "spacy-deid: the whole de-identification pipeline (NER trained on synthetic notes, "
          "rules, lexicon, fine labels, redactor).",
    "es": "spacy-deid: the whole Spanish de-identification pipeline (NER trained on MEDDOCAN train, "
          "CC BY 4.0; rules; redactor).",
    "xx": "spacy-deid: the multilingual de-identification pipeline (NER trained on synthetic German, "
          "French, Italian and Taiwanese Chinese notes; rules; redactor). Load it with spacy-deid's "
          "--lang so that its rules read the notes' language.",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", help="a trained NER pipeline (folder or package name), or 'default'")
    ap.add_argument("out", type=Path)
    ap.add_argument("--name", default="deid_cnn", help="package name without the language prefix")
    ap.add_argument("--version", default=None, help="package version (default: spacy-deid's)")
    args = ap.parse_args()

    from spacy_deid import __version__
    from spacy_deid.models import load_default

    nlp = load_default(None if args.model == "default" else args.model)
    meta = dict(nlp.meta)
    meta.update(
        name=args.name,
        version=args.version or __version__,
        description=DESCRIPTIONS.get(nlp.lang, DESCRIPTIONS["en"]),
        license="MIT",
        author="spacy-deid contributors",
    )
    if "seed" in meta:  # spaCy's meta schema wants strings there
        meta["seed"] = str(meta["seed"])
    nlp.meta.update(meta)
    nlp.to_disk(args.out)
    print(f"saved {args.out}: {', '.join(nlp.pipe_names)}")


if __name__ == "__main__":
    main()
