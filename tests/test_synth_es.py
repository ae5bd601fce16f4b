"""Spanish synthetic notes (issue 13, must-have 2): exact spans, determinism, names in running
text as well as in headers, Spanish forms of dates, addresses and identifiers."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from stdnum.es import dni

from spacy_deid.io.jsonl import validate_record
from spacy_deid.labels import FINE_LABELS
from spacy_deid.synth import generate_records
from spacy_deid.synth.es.notes import VARIANTS


@pytest.fixture(scope="module")
def notes():
    return list(generate_records(300, seed=5, lang="es"))


def _spans(rec, label):
    return [rec["text"][s["start"]:s["end"]] for s in rec["spans"] if s["label"] == label]


def test_records_are_spec_valid_exact_and_spanish(notes):
    for rec in notes:
        validate_record(json.loads(json.dumps(rec)), rec["id"])
        assert rec["meta"]["lang"] == "es"
        assert not re.search(r"[{}]|\[\[|\]\]", rec["text"]), rec["text"]  # every template slot filled
        for s in rec["spans"]:
            surface = rec["text"][s["start"]:s["end"]]
            assert surface and surface == surface.strip() and s["label"] in FINE_LABELS


def test_deterministic_and_every_note_type(notes):
    assert [r["text"] for r in generate_records(20, seed=5, lang="es")] == [r["text"] for r in notes[:20]]
    assert {r["meta"]["note_type"] for r in notes} == {v.__name__ for v, _ in VARIANTS}


def test_names_appear_in_running_text_not_only_in_headers(notes):
    """A model that saw names only after "Nombre:" missed "La paciente Lucía ... ingresó"."""
    after_header = in_prose = 0
    for rec in notes:
        for s in rec["spans"]:
            if s["label"] != "PATIENT":
                continue
            line = rec["text"][:s["start"]].rsplit("\n", 1)[-1]
            if re.search(r"(Nombre|Paciente):\s*$", line, re.I):
                after_header += 1
            elif re.search(r"[a-záéíóúñ]{3,}\s+$", line):
                in_prose += 1
    assert after_header >= 50 and in_prose >= 50, (after_header, in_prose)


def test_spanish_forms_of_dates_addresses_and_ids(notes):
    dates = [d for r in notes for d in _spans(r, "DATE")]
    assert any(re.fullmatch(r"\d{1,2} de [a-z]+ del? \d{4}", d, re.I) for d in dates)
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d) for d in dates)
    streets = [s for r in notes for s in _spans(r, "STREET")]
    assert any(re.search(r"\d+º [A-H]$", s) for s in streets)
    for value in (v for r in notes for v in _spans(r, "SSN")):
        assert dni.is_valid(value), value  # DNI with its check letter
    ages = [a for r in notes for a in _spans(r, "AGE")]
    assert ages and all(re.fullmatch(r"\d+ (años|AÑOS)", a) for a in ages)
    labels = Counter(s["label"] for r in notes for s in r["spans"])
    assert {"PATIENT", "DOCTOR", "HOSPITAL", "STREET", "ZIP", "LOCATION_OTHER", "COUNTRY", "MEDICALRECORD",
            "HEALTHPLAN", "LICENSE", "PHONE", "EMAIL", "PROFESSION"} <= set(labels)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no synthetic notes in 'xx'; known: en, es"):
        list(generate_records(1, lang="xx"))
