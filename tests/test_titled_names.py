"""``titled_names`` (issue 13): names after a title in the languages of the multilingual pipeline."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import rules_pipeline


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Frau Kollegin Berger, wir berichten über Herrn Klaus Brandstätter. Frau Dr. med. Weber.",
     "Frau Kollegin [DOCTOR], wir berichten über Herrn [PATIENT]. Frau Dr. med. [DOCTOR]."),
    ("tr", "Hasta Ayşe Yılmaz, 67 yaşında. Hasta ağrı tarifliyor.", "Hasta [PATIENT], [AGE] yaşında. Hasta ağrı tarifliyor."),
    ("zh", "病人 Mr. Chen 於 3/14 入院。", "病人 Mr. [PATIENT] 於 [DATE] 入院。"),
    ("fr", "Mme Vercoutre vue par le Dr Lhermitte.", "Mme [PATIENT] vue par le Dr [DOCTOR]."),
    ("it", "la Dott.ssa Castagnoli e il sig. Ferraresi", "la Dott.ssa [DOCTOR] e il sig. [PATIENT]"),
    ("en", "Mr. Smith seen", "Mr. Smith seen"),  # English pipelines leave titles to phi_lexicon
    # kinship words lead to a relative's name as titles do; a lower-case or everyday word ends it
    ("de", "Angehörige (Bruder Piotr Kowalczyk) informiert. Die Tochter wurde angerufen.",
     "Angehörige (Bruder [PATIENT]) informiert. Die Tochter wurde angerufen."),
    ("fr", "Sa fille Sandrine Lemonnier a été informée.", "Sa fille [PATIENT] a été informée."),
    ("it", "La figlia Giulia riferisce febbre.", "La figlia [PATIENT] riferisce febbre."),
    ("de", "gez. Schöneberger, Assistenzarzt", "gez. [DOCTOR], Assistenzarzt"),  # the signing doctor
])
def test_names_after_a_title(lang, text, expected):
    """``titled_names``: the words after a title, up to an everyday word of the language."""
    assert rules_pipeline(lang)(text)._.deidentified == expected
