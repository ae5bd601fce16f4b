"""spacy-deid: find protected health information (PHI) in clinical notes and remove or replace it.

The spaCy factories are reachable through entry points, so ``nlp.add_pipe("deid_redactor")``
works without importing anything. Importing this package is cheap: the names below (and the Doc
extensions, registered by ``spacy_deid.spans``) load on first use, so the command line can decide
what to import (no torch for pipelines that do not need it).
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "COARSE_LABELS": "labels",
    "FINE_LABELS": "labels",
    "to_coarse": "labels",
    "PhiSpan": "spans",
}

__all__ = ["COARSE_LABELS", "FINE_LABELS", "PhiSpan", "to_coarse", "__version__"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
