"""Synthetic Taiwanese clinical notes (Traditional Chinese, Chinese-English code-mixed at several
levels, and transcribed consultations) with exact PHI spans. ``meta.mix`` is the note's level."""
from __future__ import annotations

from typing import Dict, Iterator

from ..locale_context import generate_locale_note
from .context import TaiwaneseNoteContext
from .notes import CASE_WEIGHTS, VARIANTS


def generate_note_zh(seed: int, index: int) -> Dict[str, object]:
    contexts = []

    def context(rng):
        contexts.append(TaiwaneseNoteContext(rng))
        return contexts[-1]

    record = generate_locale_note(context, VARIANTS, CASE_WEIGHTS, "zh", seed, index)
    record["meta"]["mix"] = contexts[0].mix
    return record


def generate_records_zh(n: int, seed: int = 0, start: int = 0) -> Iterator[Dict[str, object]]:
    for i in range(start, start + n):
        yield generate_note_zh(seed, i)
