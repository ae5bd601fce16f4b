"""Synthetic Spanish clinical notes with exact PHI spans (``values`` -> ``context`` -> ``notes``).

Towns and provinces are labelled LOCATION_OTHER, as MEDDOCAN's TERRITORIO does (the corpus does
not tell them apart), so that the Spanish model learns one convention from both sources."""
from __future__ import annotations

from typing import Dict, Iterator

from ..locale_context import generate_locale_note
from .context import SpanishNoteContext
from .notes import CASE_WEIGHTS, VARIANTS


def generate_note_es(seed: int, index: int) -> Dict[str, object]:
    return generate_locale_note(SpanishNoteContext, VARIANTS, CASE_WEIGHTS, "es", seed, index)


def generate_records_es(n: int, seed: int = 0, start: int = 0) -> Iterator[Dict[str, object]]:
    for i in range(start, start + n):
        yield generate_note_es(seed, i)
