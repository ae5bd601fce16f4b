"""Held-out names per culture and gender, for counterfactual notes.

The pools come from the same Faker locales as the synthetic training notes
(``spacy_deid.synth.names.CULTURES``), but only from the names held out of training and of the
lexicon tables (``spacy_deid.lexicons.holdout``): the audit measures names the detector was not
built on. Non-Latin names are romanised as in the synthetic notes, except those written in an abjad
(``synth.names.ABJAD_LANGUAGES``): without vowels, their transliterations are no names a note would hold.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Tuple

from ..lexicons.holdout import held_out_name
from ..synth.names import CULTURES, GENDERS, culture_pools

MIN_POOL = 4  # a culture needs this many held-out names per pool to be audited


@lru_cache(maxsize=None)
def pools(culture: str) -> Dict[str, Tuple[str, ...]]:
    """``{"female": first names, "male": first names, "last": family names}``, held-out only.
    Cultures whose Faker names exist only in an abjad (Hebrew, Persian) have none: without vowels
    their transliterations are no names a note would hold (``synth.names.ABJAD_LANGUAGES``)."""
    return {k: tuple(n for n in v if held_out_name(n)) for k, v in culture_pools(culture).items()}


def audit_cultures() -> List[str]:
    """Cultures with enough held-out names of both genders."""
    return [c for c in CULTURES if all(len(pools(c)[k]) >= MIN_POOL for k in ("female", "male", "last"))]
