"""The Italian note context: Italian people, places, dates and identifiers (``values.py``), plus
the gender agreement of the Italian templates ("giunt{o}", "{sig}")."""
from __future__ import annotations

from typing import Optional

from ..locale_context import LocaleNoteContext
from . import values


class ItalianNoteContext(LocaleNoteContext):
    """The entities of one Italian note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "it"

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        female = self.patient_gender == "female"
        if kind == "o":
            return "a" if female else "o"
        if kind == "sig":
            return self.rng.choice(["Paziente", "La paziente", "Donna"] if female else ["Paziente", "Il paziente", "Uomo"])
        return super()._filler(kind, form)
