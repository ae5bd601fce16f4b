"""Postcodes as other countries write them, with their town (issue 13): "37085 Göttingen",
"D-80331", "75002 Paris", "20121 Milano", "28001 Madrid", "010011 București", "34710 Kadıköy".
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import rules_pipeline
from spacy_deid.recognizers import get_recognizer


def _places(text: str, lang: str):
    doc = rules_pipeline(lang)(text)
    return [(s.text, s.label_) for s in sorted(doc.spans["phi"], key=lambda s: s.start) if s.label_ in ("ZIP", "CITY")]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Lindenstraße 5, 37085 Göttingen", [("37085", "ZIP"), ("Göttingen", "CITY")]),
    ("de", "Praxis in D-80331 München; PLZ: 12345", [("D-80331", "ZIP"), ("München", "CITY"), ("12345", "ZIP")]),
    ("de", "Rehaklinik, 60311 Frankfurt am Main", [("60311", "ZIP"), ("Frankfurt am Main", "CITY")]),
    ("fr", "14 impasse des Tilleuls, 69400 Villefranche-sur-Saône", [("69400", "ZIP"), ("Villefranche-sur-Saône", "CITY")]),
    ("it", "Via Roma 12, 20121 Milano (MI)", [("20121", "ZIP"), ("Milano", "CITY")]),
    ("es", "C/ Alcalá, 23, 28805 Alcalá de Henares. Madrid", [("28805", "ZIP"), ("Alcalá de Henares", "CITY")]),
    ("ro", "Str. Ene nr. 6, 010011 București", [("010011", "ZIP"), ("București", "CITY")]),
    ("tr", "Çiçek Sokak No: 5, 34710 Kadıköy/İstanbul", [("34710", "ZIP"), ("Kadıköy", "CITY")]),
])
def test_postcodes_and_towns(lang, text, expected):
    found = _places(text, lang)
    assert [p for p in found if p in expected] == expected


@pytest.mark.parametrize("lang,text", [
    ("de", "Heparin 10000 Einheiten, danach 25000 IE."),
    ("es", "Leucocitos 17850 Neutrofilos 86%; hospital, 08036 E-mail: nadie"),
    ("fr", "Le 2024 Janvier."),
])
def test_counts_and_lab_values_are_no_postcodes(lang, text):
    assert list(get_recognizer("postcodes", lang).find(text)) == []


def test_postcodes_are_read_in_their_language_only():
    assert list(get_recognizer("postcodes", "en").find("Lindenstraße 5, 37085 Göttingen")) == []
