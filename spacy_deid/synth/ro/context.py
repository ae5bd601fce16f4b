"""The Romanian note context: Romanian people, places, dates and identifiers (``values.py``),
plus the gender agreement of the Romanian templates ("internat{at}", "domiciliat{a}")."""
from __future__ import annotations

from typing import Optional

from ..locale_context import LocaleNoteContext
from . import values


class RomanianNoteContext(LocaleNoteContext):
    """The entities of one Romanian note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "ro"

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        female = self.patient_gender == "female"
        agreement = {"a": "a" if female else "", "at": "ată" if female else "at",
                     "sexw": "pacienta" if female else "pacientul"}
        return agreement[kind] if kind in agreement else super()._filler(kind, form)
