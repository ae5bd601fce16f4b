"""Synthetic Spanish clinical notes with exact PHI spans (``values`` -> ``context`` -> ``notes``).

Towns and provinces are labelled LOCATION_OTHER, as MEDDOCAN's TERRITORIO does (the corpus does
not tell them apart), so that the Spanish model learns one convention from both sources."""
from __future__ import annotations

import random
from typing import Dict, Iterator

from .context import SpanishNoteContext
from .notes import CASE_WEIGHTS, VARIANTS


def generate_note_es(seed: int, index: int) -> Dict[str, object]:
    rng = random.Random(f"spacy-deid-synth-es:{seed}:{index}")
    variant = rng.choices([v for v, _ in VARIANTS], [w for _, w in VARIANTS])[0]
    case = rng.choices(list(CASE_WEIGHTS), list(CASE_WEIGHTS.values()))[0]
    ctx = SpanishNoteContext(rng)
    variant(ctx)
    text, spans = ctx.builder.render(case)
    stripped = text.rstrip()
    spans = [s for s in spans if s["end"] <= len(stripped)]
    pt = ctx.people.get("pt")
    meta = {"note_type": variant.__name__, "lang": "es", "patient": f"synth-es-{seed}-{index}", "case": case,
            "synthetic": True, "generator_seed": seed, "patient_culture": "hispanic",
            "patient_gender": pt.gender if pt else ctx.patient_gender, "names": ctx.names_meta()}
    return {"id": f"synth-es-{seed}-{index:06d}", "text": stripped, "spans": spans, "meta": meta}


def generate_records_es(n: int, seed: int = 0, start: int = 0) -> Iterator[Dict[str, object]]:
    for i in range(start, start + n):
        yield generate_note_es(seed, i)
