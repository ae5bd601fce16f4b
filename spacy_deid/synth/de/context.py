"""The German note context: German, Austrian and Swiss people, places, dates and identifiers
(``values.py``), plus the grammatical gender the German templates agree with ("Ihre Patientin" /
"Ihren Patienten", "die" / "der")."""
from __future__ import annotations

from typing import List, Optional

from ..context import Piece
from ..locale_context import LocaleNoteContext
from . import clinical, values, workup

WORKUP_SHARE = 0.2  # of the notes' sections and clinical sentences: a work-up section (``workup.py``)


class GermanNoteContext(LocaleNoteContext):
    """The entities of one German note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "de"

    def slot(self, kind: str, num: str, form: Optional[str]) -> List[Piece]:
        """``{workup}``: a section of ``workup.py``, whose own slots (the years and dates of its
        history and laboratory lines) are filled and labelled here."""
        if kind != "workup":
            return super().slot(kind, num, form)
        return [(text, label) for text, label in self.pieces(workup.section(self.rng)) if text]

    def or_workup(self, slot: str) -> str:
        """``slot``, or ``WORKUP_SHARE`` of the time the ``{workup}`` slot instead."""
        return "{workup}" if self.rng.random() < WORKUP_SHARE else slot

    def clinical_run(self, k_min: int = 1, k_max: int = 4, sep: str = " ") -> None:
        """Clinical sentences, ``WORKUP_SHARE`` of them a work-up section."""
        n = self.rng.randint(k_min, k_max)
        self.emit("".join(self.or_workup("{clinical}") + sep for _ in range(n)))

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        female = self.patient_gender == "female"
        dr3 = self.people.get("dr3")
        agreement = {
            "pat_acc": self.rng.choice(["Ihre Patientin", "unsere Patientin", "die Patientin", "unsere gemeinsame Patientin"])
            if female else self.rng.choice(["Ihren Patienten", "unseren Patienten", "den Patienten", "unseren gemeinsamen Patienten"]),
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
