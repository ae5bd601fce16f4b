"""Matrix products of our CPU models through numpy's BLAS instead of blis.

thinc's ``NumpyOps`` multiplies matrices with blis by default. The blis wheels that install here
run the tok2vec and beam-NER products of the default pipeline about three times slower than the
OpenBLAS that numpy ships (README.md, "Speed"), even on one thread. ``NumpyOps(use_blis=False)``
hands them to numpy; every other operation stays as it was, and the results are the same up to
float rounding (the same spans on PhysioNet and the synthetic tests, see tests/test_cpu_ops.py).

Only models whose ops are blis-backed ``NumpyOps`` are touched: a GPU or torch model is left
alone. ``SPACY_DEID_BLIS=1`` in the environment keeps blis.
"""
from __future__ import annotations

import os
from typing import Iterable, Optional

from thinc.api import Model, NumpyOps

_NUMPY_BLAS: Optional[NumpyOps] = None


def numpy_blas_ops() -> NumpyOps:
    """The one shared ``NumpyOps(use_blis=False)``."""
    global _NUMPY_BLAS
    if _NUMPY_BLAS is None:
        _NUMPY_BLAS = NumpyOps(use_blis=False)
    return _NUMPY_BLAS


def keep_blis() -> bool:
    return os.environ.get("SPACY_DEID_BLIS", "").strip().lower() in ("1", "true", "yes")


def use_numpy_blas(models: Iterable[Model]) -> int:
    """Give every node of ``models`` that multiplies with blis the numpy-BLAS ops; returns how
    many nodes changed (0 under ``SPACY_DEID_BLIS=1``)."""
    if keep_blis():
        return 0
    ops = numpy_blas_ops()
    changed = 0
    for model in models:
        for node in model.walk():
            if type(node.ops) is NumpyOps and node.ops.use_blis:
                node.ops = ops
                changed += 1
    return changed


def pipeline_models(nlp) -> list:
    """The thinc models of ``nlp``'s components."""
    return [proc.model for _, proc in nlp.pipeline if isinstance(getattr(proc, "model", None), Model)]


def is_deid_tok2vec(model: Model) -> bool:
    """A tok2vec built on our ``LexiconMultiHashEmbed`` (a model this package trained)."""
    return any(node.name == "lexicon_features" for node in model.walk())
