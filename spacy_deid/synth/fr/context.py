"""The French note context: French, Belgian and Swiss people, places, dates and identifiers
(``values.py``), plus the gender agreement of the French templates ("né{e}", "{Pt}")."""
from __future__ import annotations

from typing import Optional

from ..locale_context import LocaleNoteContext
from . import values


class FrenchNoteContext(LocaleNoteContext):
    """The entities of one French note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "fr"

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        female = self.patient_gender == "female"
        agreement = {"e": "e" if female else "", "pt_word": "Patiente" if female else "Patient"}
        if kind in agreement:
            return agreement[kind]
        return super()._filler(kind, form)
