"""Synthetic annotated clinical notes for training and testing PHI models.

``generate_records(n, seed)`` yields spec records (``shared/spec/formats.md``) whose spans are
exact by construction (see :mod:`.builder`); ``spacy-deid synth`` writes them as JSONL.
"""
from __future__ import annotations

from .generate import DEFAULT_TYPE_WEIGHTS, coarsen, generate_note, generate_records
from .notes import NOTE_MODULES

NOTE_TYPES = tuple(NOTE_MODULES)

__all__ = ["DEFAULT_TYPE_WEIGHTS", "NOTE_TYPES", "coarsen", "generate_note", "generate_records"]
