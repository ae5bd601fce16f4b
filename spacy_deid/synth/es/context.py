"""The Spanish note context: Spanish people (a given name, often compound, and two family names),
Spanish dates, places and identifiers (``values.py``), plus the grammatical gender the Spanish
templates agree with ("acompañad{o}", "{el} paciente")."""
from __future__ import annotations

from typing import Optional

from ..locale_context import LocaleNoteContext
from . import values


class SpanishNoteContext(LocaleNoteContext):
    """The entities of one Spanish note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "es"

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        female = self.patient_gender == "female"
        agreement = {
            "o": "a" if female else "o", "a": "a" if female else "",
            "relo": "a" if self.relations.get("rel") in values.RELATIONS_F else "o",
            "el": "la" if female else "el",
        }
        return agreement[kind] if kind in agreement else super()._filler(kind, form)
