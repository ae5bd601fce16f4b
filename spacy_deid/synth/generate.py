"""Generate annotated synthetic clinical notes (spec JSONL records), deterministic for a seed."""
from __future__ import annotations

import importlib
import random
from typing import Dict, Iterator, List, Optional, Sequence

from ..labels import to_coarse
from .context import NoteContext
from .notes import NOTE_MODULES

# Share of each note type. Nursing notes weigh more: telegraphic ALL-CAPS ICU notes are the
# hardest style for a model trained on tidy prose.
DEFAULT_TYPE_WEIGHTS: Dict[str, float] = {
    "nursing": 4.0, "progress": 1.5, "discharge_summary": 1.5, "radiology": 0.8, "pathology": 0.6,
    "ed_triage": 1.0, "operative": 0.8, "referral_letter": 0.8, "telephone_encounter": 1.0,
    "lab_report": 0.6, "medication_list": 0.6, "psychiatric_intake": 0.8, "icu_shorthand": 3.0,
}


def _pick(rng: random.Random, table: Dict[str, float]) -> str:
    return rng.choices(list(table), list(table.values()))[0]


def generate_note(seed: int, index: int, note_type: Optional[str] = None,
                  type_weights: Optional[Dict[str, float]] = None) -> Dict[str, object]:
    """One record; the same (seed, index) always gives the same note."""
    rng = random.Random(f"spacy-deid-synth:{seed}:{index}")
    note_type = note_type or _pick(rng, type_weights or DEFAULT_TYPE_WEIGHTS)
    module = NOTE_MODULES[note_type]
    builders = [b for b, _ in module.VARIANTS]
    variant = rng.choices(builders, [w for _, w in module.VARIANTS])[0]
    case = _pick(rng, module.CASE_WEIGHTS)
    ctx = NoteContext(rng)
    if rng.random() < 0.15:
        ctx.emit("{clinical}\n")
    variant(ctx)
    if rng.random() < 0.5:  # PHI-free clinical text: real notes are mostly that
        block = " ".join(rng.choice(["{clinical}", "{clinical}", "{noise}", "{filler}."]) for _ in range(rng.randint(1, 6)))
        ctx.emit(rng.choice(["\n", " ", "\n\n"]) + block)
    text, spans = ctx.builder.render(case)
    # trim trailing whitespace of the whole note (never inside a span: spans end on non-space)
    stripped = text.rstrip()
    spans = [s for s in spans if s["end"] <= len(stripped)]
    pt = ctx.people.get("pt")
    meta = {
        "note_type": note_type,
        "variant": variant.__name__,
        "lang": "en",
        "patient": f"synth-{seed}-{index}",
        "case": case,
        "synthetic": True,
        "generator_seed": seed,
        "patient_culture": pt.culture if pt else ctx.patient_culture,
        "patient_gender": pt.gender if pt else ctx.patient_gender,
        "names": ctx.names_meta(),
    }
    return {"id": f"synth-{seed}-{index:06d}", "text": stripped, "spans": spans, "meta": meta}


# Languages with their own note generators (``synth/<lang>/``); "zh" is Taiwanese Chinese,
# code-mixed with English at several levels.
LANGUAGES = ("es", "de", "fr", "it", "ro", "tr", "zh", "ar")


def generate_records(n: int, seed: int = 0, note_types: Optional[Sequence[str]] = None,
                     start: int = 0, lang: str = "en") -> Iterator[Dict[str, object]]:
    """``n`` records for ``seed``; ``note_types`` restricts (and evenly weighs) the types;
    another ``lang`` (``LANGUAGES``) gives that language's notes (``synth/<lang>/``)."""
    if lang != "en":
        if lang not in LANGUAGES:
            raise ValueError(f"no synthetic notes in {lang!r}; known: {', '.join(['en', *LANGUAGES])}")
        if note_types:
            raise ValueError(f"--type chooses among the English note types; {lang!r} notes mix their own")
        module = importlib.import_module(f"{__package__}.{lang}")
        yield from getattr(module, f"generate_records_{lang}")(n, seed, start)
        return
    weights = DEFAULT_TYPE_WEIGHTS
    if note_types:
        unknown = set(note_types) - set(NOTE_MODULES)
        if unknown:
            raise ValueError(f"unknown note types {sorted(unknown)}; known: {sorted(NOTE_MODULES)}")
        weights = {t: 1.0 for t in note_types}
    for i in range(start, start + n):
        yield generate_note(seed, i, type_weights=weights)


def coarsen(record: Dict[str, object]) -> Dict[str, object]:
    """A copy of ``record`` with every span label mapped to its coarse category."""
    spans: List[Dict[str, object]] = [dict(s, label=to_coarse(str(s["label"]))) for s in record["spans"]]  # type: ignore[index]
    return dict(record, spans=spans)
