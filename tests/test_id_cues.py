"""Identifier cues in the pipeline's language (issue 13): "Fallnummer", "IPP", "NHC",
"cartella clinica n.", "protokol no", "nr. FO", "病歷號", "رقم الملف". Every sentence is written for
these tests."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import rules_pipeline
from spacy_deid.recognizers.id_cues import LANGS, cues_for
from spacy_deid.recognizers.identifiers import compiled_cues


def _ids(text: str, lang: str):
    doc = rules_pipeline(lang)(text)
    return [(s.text, s.label_) for s in doc.spans["phi"] if s.label_ in
            ("MEDICALRECORD", "HEALTHPLAN", "ACCOUNT", "LICENSE", "DEVICE", "IDNUM")]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Fall-Nr.: 4711202, Aufnahme am Montag.", [("4711202", "MEDICALRECORD")]),
    ("de", "Bitte die Patientennummer 12345678 angeben.", [("12345678", "MEDICALRECORD")]),
    ("de", "Auftragsnummer: A123456 liegt vor.", [("A123456", "IDNUM")]),
    ("de", "Versichertennummer X123456789 der Kasse.", [("X123456789", "HEALTHPLAN")]),
    ("fr", "IPP : 1234567, admise hier.", [("1234567", "MEDICALRECORD")]),
    ("fr", "N° de dossier : 20231456 pour la patiente.", [("20231456", "MEDICALRECORD")]),
    ("fr", "Dr Morel, RPPS 10101234567.", [("10101234567", "LICENSE")]),
    ("it", "Cartella clinica n. 2021/00456 del paziente.", [("2021/00456", "MEDICALRECORD")]),
    ("it", "Nosologico: 2021004567.", [("2021004567", "MEDICALRECORD")]),
    ("es", "NHC: 1234567. NASS: 28 12345678 40.", [("1234567", "MEDICALRECORD"), ("28 12345678 40", "HEALTHPLAN")]),
    ("es", "CIPA: nhc-150679.", [("150679", "MEDICALRECORD")]),
    ("es", "Dra. Vidal, nº de colegiado 282812345.", [("282812345", "LICENSE")]),
    ("ro", "Nr. FO 1234/2021, internat ieri.", [("1234/2021", "MEDICALRECORD")]),
    ("ro", "Foaia de observație nr. 5678.", [("5678", "MEDICALRECORD")]),
    ("tr", "Protokol No: 123456 olan hasta.", [("123456", "MEDICALRECORD")]),
    ("tr", "PROTOKOL NUMARASI: 99887766", [("99887766", "MEDICALRECORD")]),
    ("zh", "病歷號：12345678，今天回診。", [("12345678", "MEDICALRECORD")]),
    ("zh", "健保卡號：000012345678", [("000012345678", "HEALTHPLAN")]),
    ("ar", "رقم الملف: 123456", [("123456", "MEDICALRECORD")]),
])
def test_identifiers_after_cues_of_the_notes_language(lang, text, expected):
    assert _ids(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("de", "AZ: reduziert, Zimmer Nr. 12, Kraftgrad 4/5."),
    ("fr", "IPP 40 mg le soir, n° 2 du protocole."),
    ("it", "Terapia: n. 2 compresse al giorno."),
    ("es", "Se pauta nº 3 de dosis."),
    ("tr", "Hasta 2 no'lu odada."),
    ("en", "Dressing no. 5 changed; IPP 1234567 means nothing in English."),
])
def test_no_identifier_without_a_cue_of_the_language(lang, text):
    assert _ids(text, lang) == []


def test_every_language_table_compiles_and_keeps_the_english_cues():
    english = cues_for("en")
    for lang in LANGS:
        cues = cues_for(lang)
        assert cues[:len(english)] == english and compiled_cues(lang)
        if lang != "en":
            assert len(cues) > len(english), lang
    assert cues_for("nl") == english  # a language without a table reads the English cues only


def test_drivers_licence_after_dl():
    """"DL S123-4567-8901" came out as "DL S[PHONE]": the phone rule took the digits and left the
    letter. "DL" is a strong cue with six digits at least, as "mg/dL" is a unit."""
    assert _ids("Passport X12345678; DL S123-4567-8901.", "en")[-1] == ("S123-4567-8901", "LICENSE")
    assert _ids("Glucose 150 mg/dL 2 hrs ago, BUN 20 mg/dL 123.", "en") == []


def test_encounter_numbers_of_the_big_ehrs():
    """"CSN 1122334455" (an encounter number) was kept: "CSN", "FIN" and "HAR" needed a "#" or a
    colon. They are strong cues now, with six digits at least ("fin 2021" is French)."""
    found = _ids("Acct 987654321, CSN 1122334455, FIN 20210314001, HAR 55512345.", "en")
    assert ("1122334455", "IDNUM") in found and ("20210314001", "IDNUM") in found and ("55512345", "IDNUM") in found
    assert _ids("Pt on fin 2021 schedule; csn 12 noted.", "en") == []
    assert _ids("Traitement jusqu'à fin 2021, puis fin mars.", "fr") == []
