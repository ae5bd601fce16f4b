"""Synthetic Arabic clinical notes with exact PHI spans (``values`` -> ``context`` -> ``notes``)."""
from __future__ import annotations

from typing import Dict, Iterator

from ..locale_context import generate_locale_note
from .context import ArabicNoteContext
from .notes import CASE_WEIGHTS, VARIANTS


def generate_note_ar(seed: int, index: int) -> Dict[str, object]:
    return generate_locale_note(ArabicNoteContext, VARIANTS, CASE_WEIGHTS, "ar", seed, index)


def generate_records_ar(n: int, seed: int = 0, start: int = 0) -> Iterator[Dict[str, object]]:
    for i in range(start, start + n):
        yield generate_note_ar(seed, i)
