"""Street addresses as other languages write them (issue 13): German compounds in -straße,
French "12 rue de la Paix", Italian "Via Roma 12", Spanish "C/ Alcalá, 23", Romanian "Str. Ene
nr. 6", Turkish "Atatürk Cad. No: 12". Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import rules_pipeline
from spacy_deid.recognizers import get_recognizer


def _streets(text: str, lang: str):
    doc = rules_pipeline(lang)(text)
    return [s.text for s in sorted(doc.spans["phi"], key=lambda s: s.start) if s.label_ == "STREET"]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Wohnhaft Lindenstraße 5a, 80331 München; Praxis Berliner Str. 34-36.", ["Lindenstraße 5a", "Berliner Str. 34-36"]),
    ("fr", "Domiciliée au 12 rue de la Paix, 75002 Paris.", ["12 rue de la Paix"]),
    ("it", "Residente in via Giuseppe Verdi, 5 a Torino.", ["via Giuseppe Verdi, 5"]),
    ("es", "Domicilio: C/ Alcalá, 23. Trabaja en Avda. de la Constitución, nº 12.", ["C/ Alcalá, 23", "Avda. de la Constitución, nº 12"]),
    ("ro", "Domiciliat în Str. Ene nr. 6, sc. 3, ap. 28.", ["Str. Ene nr. 6"]),
    ("tr", "Adres: Çiçek Sokak No: 5/3, Kadıköy.", ["Çiçek Sokak No: 5/3"]),
])
def test_streets_of_the_notes_language(lang, text, expected):
    assert _streets(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("de", "Zum Ring 3 mal täglich; Blutentnahme 12 mal; Ringfinger 2 cm."),
    ("fr", "Il a 12 rue en tête."),
    ("it", "Somministrare per via orale 3 volte al giorno."),
    ("es", "Por vía oral 3 veces al día; ingresa en el Hospital Virgen del Camino 4 días."),
])
def test_words_that_look_like_streets_are_none(lang, text):
    assert _streets(text, lang) == []


def test_the_forms_are_read_in_their_language_only():
    assert list(get_recognizer("streets_local", "en").find("Lindenstraße 5a")) == []
    assert len(list(get_recognizer("streets_local", "xx").find("Lindenstraße 5a, Via Roma 12"))) == 2
