"""The German note context: German, Austrian and Swiss people, places, dates and identifiers
(``values.py``), plus the grammatical gender the German templates agree with ("Ihre Patientin" /
"Ihren Patienten", "die" / "der")."""
from __future__ import annotations

from typing import Optional

from ..locale_context import LocaleNoteContext
from . import clinical, values


class GermanNoteContext(LocaleNoteContext):
    """The entities of one German note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "de"

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        female = self.patient_gender == "female"
        dr3 = self.people.get("dr3")
        agreement = {
            "pat_acc": self.rng.choice(["Ihre Patientin", "unsere Patientin", "die Patientin"]) if female
            else self.rng.choice(["Ihren Patienten", "unseren Patienten", "den Patienten"]),
            "pat_nom": "Patientin" if female else "Patient",
            "die": ("Die" if female else "Der") if form == "cap" else ("die" if female else "der"),
            "r": "" if dr3 is not None and dr3.gender == "female" else "r",
            "kollege": "Frau Kollegin" if dr3 is not None and dr3.gender == "female" else "Herr Kollege",
        }
        if kind in agreement:
            return agreement[kind]
        if kind == "clinical":  # the short sentences of values.py, or a section of clinical.py
            rng = self.rng
            return values.clinical_sentence(rng) if rng.random() < 0.35 else clinical.section(rng, female)
        if kind == "section":
            return clinical.section(self.rng, female)
        if kind == "diagnoses":
            return clinical.diagnoses(self.rng)
        return super()._filler(kind, form)
