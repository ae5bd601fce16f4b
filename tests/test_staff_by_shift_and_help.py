"""Staff named by their shift or duty in a parenthesis ("Ines (night RN)", "(resource rn)"), a
respiratory therapist's "RT" before a listed name ("rt Brian suctioned pt"), who gave help ("turned
w/ help of Xalak") and a staff member after "s/w" (spoke with) and before their service: found
missing with a seventh set of name probes (``python benchmarks/probes.py --probe names7``); each
positive failed on the session's first commit. Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text,value", [
    ("rt brian suctioned pt x2.", "brian"),
    ("RT ERIC SUCTIONED PT.", "ERIC"),
    ("PT TURNED W/ HELP OF XALAK.", "XALAK"),
    ("s/w keji from cardiology.", "keji"),
    ("ernesto (resource rn) helped w/ turn.", "ernesto"),
    ("OLUWAGBEMI (NIGHT RN) AWARE.", "OLUWAGBEMI"),
])
def test_staff_by_shift_help_or_service(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"NAME"}


@pytest.mark.parametrize("text", [
    "RT ARM SWOLLEN.",
    "rt ij in place.",
    "RT SIDE TURNED Q2H.",
    "rt foot pale, pulses present.",
    "OOB w/ help of 2.",
    "turned with assist of staff.",
    "RT: MDI GIVEN.",
])
def test_the_right_side_and_help_without_a_person(nlp, text):
    assert doc_predictions(nlp(text)) == []
