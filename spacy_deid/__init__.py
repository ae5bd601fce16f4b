"""spacy-deid: find protected health information (PHI) in clinical notes and remove or replace it.

Importing the package registers the Doc extensions; the spaCy factories are also reachable
through entry points, so ``nlp.add_pipe("deid_redactor")`` works without importing anything.
"""
from __future__ import annotations

from . import spans as _spans  # noqa: F401  (registers Doc/Span extensions)
from .labels import COARSE_LABELS, FINE_LABELS, to_coarse
from .spans import PhiSpan

__version__ = "0.1.0"

__all__ = ["COARSE_LABELS", "FINE_LABELS", "PhiSpan", "to_coarse", "__version__"]
