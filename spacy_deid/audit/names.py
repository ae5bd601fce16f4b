"""Held-out names per culture and gender, for counterfactual notes.

The pools come from the same Faker locales as the synthetic training notes
(``spacy_deid.synth.names.CULTURES``), but only from the names held out of training and of the
lexicon tables (``spacy_deid.lexicons.holdout``): the audit measures names the detector was not
built on. Non-Latin names are romanised as in the synthetic notes, except those written in an abjad
(``ABJAD_LANGUAGES``): without vowels, their transliterations are no names a note would hold.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Dict, List, Tuple

from ..lexicons.holdout import held_out_name
from ..lexicons.sources import faker_values
from ..synth.names import _ROMANISED, CULTURES, _latin

GENDERS = ("female", "male")
# Names written in an abjad (Arabic, Persian, Hebrew, Urdu script) have no vowels to transliterate:
# "Yehuda" would become "Yhvdh", no name a note would hold. Those locales are left out; a culture
# with no Latin-script locale (Hebrew, Persian in Faker) is then not audited.
ABJAD_LANGUAGES = ("ar", "fa", "he", "ur")
MIN_POOL = 4  # a culture needs this many held-out names per pool to be audited


@lru_cache(maxsize=None)
def pools(culture: str) -> Dict[str, Tuple[str, ...]]:
    """``{"female": first names, "male": first names, "last": family names}``, held-out only."""
    out: Dict[str, set] = {"female": set(), "male": set(), "last": set()}
    for locale in CULTURES[culture][1]:
        if locale.split("_")[0] in ABJAD_LANGUAGES:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        if locale in _ROMANISED:
            firsts = {g: faker_values(provider, "first_romanized_names") for g in GENDERS}
            lasts = faker_values(provider, "last_romanized_names")
        else:
            firsts = {"female": faker_values(provider, "first_names_female") or faker_values(provider, "first_names"),
                      "male": faker_values(provider, "first_names_male") or faker_values(provider, "first_names")}
            lasts = faker_values(provider, "last_names")
        for g in GENDERS:
            out[g].update(n for n in (_latin(x) if locale not in _ROMANISED else x.title() for x in firsts[g])
                          if n and " " not in n and held_out_name(n))
        out["last"].update(n for n in (_latin(x) if locale not in _ROMANISED else x.title() for x in lasts)
                           if n and held_out_name(n))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def audit_cultures() -> List[str]:
    """Cultures with enough held-out names of both genders."""
    return [c for c in CULTURES if all(len(pools(c)[k]) >= MIN_POOL for k in ("female", "male", "last"))]
