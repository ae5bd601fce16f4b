"""Hospitals named by a family name after a field that names the hospital ("OSH: Keller"), after a
flight ("med flighted from Brady"), a stay ("was at Okafor x 3 days") or records sent ("faxed from"):
the hospital, labelled as a place, not a person.

Every example is written for these tests (no corpus text); each positive fails on the code of 1b81720."""
from __future__ import annotations

import pytest

from spacy_deid.labels import to_coarse


@pytest.fixture(scope="module")
def nlp(lexicon_nlp):
    return lexicon_nlp


def _labels(doc, value):
    return {to_coarse(p.label) for p in doc._.phi if doc.text[p.start:p.end] == value}


@pytest.mark.parametrize("text, hospital", [
    ("OSH: Keller. Intubated there for airway protection.", "Keller"),
    ("osh = brady, ct head neg there", "brady"),
    ("Outside hosp: Halvorsen, records requested.", "Halvorsen"),
    ("PT MED FLIGHTED FROM SAVAGE THIS AM.", "SAVAGE"),
    ("pt flown from okafor after mvc", "okafor"),
    ("pt was at velasquez x 4 days before transfer", "velasquez"),
    ("RECORDS FAXED FROM NAKASHIMA, REVIEWED BY TEAM.", "NAKASHIMA"),
])
def test_a_hospital_after_its_field_or_a_flight_is_a_place(nlp, text, hospital):
    doc = nlp(text)
    assert hospital not in doc._.deidentified, doc._.deidentified
    assert _labels(doc, hospital) == {"LOCATION"}, [(doc.text[p.start:p.end], p.label) for p in doc._.phi]


@pytest.mark.parametrize("text", [
    "OSH: CT head neg, LP not done.",
    "osh = intubated, on levo at 0.1.",
    "Hospital: day 5 of abx.",
    "pt flighted from scene after mvc.",
    "levo was at max dose overnight.",
    "vent was at mercy of secretions, sxn q1h.",
    "records faxed from pharmacy, reviewed.",
    "pt was at goal tf rate by noon.",
])
def test_what_is_no_hospital_after_the_field_stays(nlp, text):
    out = nlp(text)._.deidentified
    assert out == text, out
