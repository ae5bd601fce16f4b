"""Employers after a word of working there: "Pt is a 45 y/o employee of Raytheon" came out of the
default pipeline unchanged (labels.md counts employers as ORGANIZATION). ``recognizers/employers.py``;
every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.recognizers import get_recognizer


def _found(text):
    return [text[m.start:m.end] for m in get_recognizer("employers").find(text)]


@pytest.mark.parametrize("text,employer", [
    ("Pt is a 45 y/o employee of Raytheon; works as a crane operator.", "Raytheon"),
    ("works at Home Depot as a cashier", "Home Depot"),
    ("She works at Bank of America and volunteers at Habitat for Humanity.", "Bank of America"),
    ("employed by Acme Corp since 1990", "Acme Corp"),
    ("Employer: Acme Corp.", "Acme Corp"),
    ("retired from GE in 2001", "GE"),
    ("PT WORKS AT WALMART AS A CASHIER.", "WALMART"),  # capitals: up to the function word
    ("worked for ups x 30 yrs", "ups"),  # lower case: a brand is rarer than an everyday word
    # who heads or owns one (nineteenth session: kept before)
    ("HUSBAND IS CEO OF NORTHROP. PT SMOKES.", "NORTHROP"),
    ("Her son is the owner of Gino's Pizza in town.", "Gino's Pizza"),
    ("father was president of Acme Corp", "Acme Corp"),
    # a trade or department between the verb and "at"/"for" (twenty-second session: kept before)
    ("works in sales for Acme Corp.", "Acme Corp"),
    ("WORKED AS A MACHINIST AT GE FOR 30 YRS.", "GE"),
])
def test_employers_after_cues(text, employer):
    assert employer in _found(text)


@pytest.mark.parametrize("text", [
    "Works at home.", "pt works at home, retired from the post office", "works for himself", "worked at night",
    "works at the hospital", "works for the city", "works at a bakery", "works in construction",
    "works for Dr. Lowe",  # a person, the name rules' job
    "She worked with the OT yesterday.", "INCREASED WORK OF BREATHING OVERNIGHT", "plan to work with physical therapy",
    "owner of a small dog", "PRESIDENT OF THE", "the chair at bedside",
    "works as a nurse at home.", "worked in construction for years.",
])
def test_no_employer_without_one(text):
    assert _found(text) == []


def test_default_pipeline_withholds_the_employer():
    nlp = load_pipeline("default", "en")
    configure_redactor(nlp, age_policy="over_89")
    out = nlp("Pt is a 45 y/o employee of Raytheon; wife works at Bank of America.")._.deidentified
    assert "Raytheon" not in out and "Bank of America" not in out
