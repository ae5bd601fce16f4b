"""A misspelt or clipped drug is no name or place where the sentence says it was given or held
(issue 10, false alarms in real notes): "pt given atvn at 2200", "clchcn held for sbp 90s" (the
model read the word after "pt given" as the patient's name, and "X held" as a place). Found by the
``misspelt`` probe set of ``benchmarks/probes.py``; every sentence is invented."""
from __future__ import annotations

import pytest

from spacy_deid.finders.clinical_context import administered, drug_order


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en  # the shared default pipeline (conftest)


@pytest.mark.parametrize("text", [
    "pt given atvn at 2215, good relief.",
    "PT GIVEN BFFRS AT 2215, GOOD RELIEF.",
    "given teris x1 for pain.",
    "Clchcn held for sbp 90s.",
    "terrel held for sbp 90s.",
    "LOPRESS HELD D/T HR 50S.",
    "pt given furosem at 2215, good relief.",  # the model's span took the verb
    "Dgxn stopped on day 3.",
])
def test_a_drug_given_or_held_is_no_name_or_place(nlp, text):
    assert nlp(text)._.deidentified == text


@pytest.mark.parametrize("text,name", [
    ("update given Maria at 0700.", "Maria"),  # an update is given to a person
    ("report given to Maria at 0700.", "Maria"),
    ("PT'S SON JOHN STOPPED BY THIS AM.", "JOHN"),
])
def test_people_given_things_keep_their_names(nlp, text, name):
    doc = nlp(text)
    assert [text[p.start:p.end] for p in doc._.phi] == [name]


def test_the_contexts():
    assert administered("pt given ", " at 2200")
    assert administered("GAVE ", " X1 FOR PAIN")
    assert not administered("update given ", " at 0700")
    assert not administered("pt given ", " and calm")
    assert drug_order("held", " for sbp 90s")
    assert drug_order("clchcn", " held d/t hr 50s")
    assert not drug_order("Maria", " held off on the decision")
    assert drug_order("Dgxn", " stopped on day 3")
    assert not drug_order("Bill", " stopped by to visit")
