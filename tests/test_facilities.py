"""Hospitals, clinics and care homes by name in the languages of the multi-language pipeline: it
kept "all'ospedale Niguarda di Milano", "ins Klinikum Rechts der Isar", "in die Uniklinik Köln",
"à l'hôpital Lariboisière" and "Acıbadem Hastanesi'nden" whole (found by trying the tool as a user
abroad would). ``recognizers/facilities.py`` with ``facility_words/<lang>.py``; every text is
invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.recognizers import get_recognizer


def _found(text: str, lang: str):
    return [text[m.start:m.end] for m in get_recognizer("facilities", lang).find(text)]


@pytest.mark.parametrize("lang,text,facility", [
    ("it", "Trasferita all'ospedale Niguarda di Milano.", "ospedale Niguarda di Milano"),
    ("it", "Ricoverato presso l'Ospedale S. Orsola di Bologna.", "Ospedale S. Orsola di Bologna"),
    ("de", "Verlegung ins Klinikum Rechts der Isar.", "Klinikum Rechts der Isar"),
    ("de", "Aufnahme im Krankenhaus Bethel, dann Verlegung.", "Krankenhaus Bethel"),
    ("de", "Verlegung ins Elisabeth-Krankenhaus.", "Elisabeth-Krankenhaus"),
    ("de", "Krankenhaus der Barmherzigen Brüder Regensburg", "Krankenhaus der Barmherzigen Brüder Regensburg"),
    ("fr", "Transférée à l'hôpital Lariboisière hier.", "hôpital Lariboisière"),
    ("fr", "Hospitalisée à l'hôpital de la Pitié-Salpêtrière.", "hôpital de la Pitié-Salpêtrière"),
    ("pt", "Internada no Hospital de São João.", "Hospital de São João"),
    ("ro", "Internată la Clinica Medlife.", "Clinica Medlife"),
    ("ro", "CLINICA SF. GHEORGHE", "CLINICA SF. GHEORGHE"),
    ("tr", "Hasta Acıbadem Hastanesi'nden sevk edildi.", "Acıbadem Hastanesi"),
    ("tr", "Ankara Şehir Hastanesi kardiyoloji servisi", "Ankara Şehir Hastanesi"),
])
def test_a_named_facility(lang, text, facility):
    assert _found(text, lang) == [facility]


@pytest.mark.parametrize("lang,text", [
    ("de", "Im Krankenhaus Aufnahme erfolgte gestern."),  # a noun after the word, no name
    ("de", "Medizinische Klinik II"),  # a department's number
    ("de", "Direktor der Klinik    Oberärztin"),  # columns of a signature block
    ("it", "Ricoverato in ospedale per accertamenti. Domani dimissione."),
    ("ro", "Clinica Neurologie"),  # a department
    ("tr", "Devlet Hastanesi acil servisine başvurdu."),  # generic words only
    ("tr", "Hasta hastaneye yatırıldı."),  # the common noun
    ("es", "Trasladada al Hospital Gregorio Marañón."),  # Spanish: the model's (trained on MEDDOCAN)
    ("en", "Transferred to Grafton Hospital."),  # English: the lexicon's
])
def test_no_facility_name(lang, text):
    assert _found(text, lang) == []


@pytest.mark.parametrize("lang,text,kept", [
    ("it", "Trasferita all'ospedale Niguarda di Milano.", "Niguarda"),
    ("de", "Verlegung ins Klinikum Rechts der Isar.", "Isar"),
    ("fr", "Transférée à l'hôpital Lariboisière hier.", "Lariboisière"),
    ("tr", "Hasta Acıbadem Hastanesi'nden sevk edildi.", "Acıbadem"),
])
def test_default_pipeline_removes_the_facility(lang, text, kept):
    """Each of these came out unchanged from the default pipeline of its language."""
    nlp = load_pipeline("default", lang)
    configure_redactor(nlp, mode="tag")
    out = nlp(text)._.deidentified
    assert kept not in out and "[HOSPITAL]" in out
