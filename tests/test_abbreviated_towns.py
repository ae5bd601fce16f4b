"""Towns written with an abbreviated first word ("No. Andover", "Ft Myers", "E. Providence"), looked
up as the gazetteer writes them, and places the model runs on into an adverb of time ("from Boston
originally").

Every example is written for these tests (no corpus text); each positive fails on the code of 1b81720."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(lexicon_nlp):
    return lexicon_nlp


@pytest.mark.parametrize("text, town", [
    ("son lives in No. Andover.", "No. Andover"),
    ("SON LIVES IN NO. ANDOVER, CALLS DAILY.", "NO. ANDOVER"),
    ("dtr in e. providence called", "e. providence"),
    ("family from Ft Myers here to visit.", "Ft Myers"),
    ("pt moved up from So. Weymouth last yr", "So. Weymouth"),
])
def test_an_abbreviated_first_word_is_part_of_the_town(nlp, text, town):
    doc = nlp(text)
    assert town not in doc._.deidentified, doc._.deidentified
    # the abbreviation goes with the town, not left behind in the output
    assert any(text[p.start:p.end] == town for p in doc._.phi), [(text[p.start:p.end], p.label) for p in doc._.phi]


@pytest.mark.parametrize("text", [
    "pt has no reading glasses with him.",
    "E. coli in urine, abx started.",
    "S. aureus in sputum, on vanco.",
    "No. of episodes overnight: 3.",
    "W. heparin drip at 1100 units/hr.",
    "PT. ORANGE JUICE GIVEN WITH MEDS.",  # "Pt." is the patient, not Port
])
def test_abbreviations_that_are_no_town_stay(nlp, text):
    out = nlp(text)._.deidentified
    assert out == text, out


@pytest.fixture(scope="module")
def default_nlp():
    from spacy_deid.pipelines import load_pipeline

    return load_pipeline("default")


@pytest.mark.parametrize("text, place, adverb", [
    ("pt is from Hartford originally, moved here 2001.", "Hartford", "originally"),
    ("PT FROM SPRINGFIELD ORIGINALLY", "SPRINGFIELD", "ORIGINALLY"),
    ("wife was in Dayton previously, now lives here.", "Dayton", "previously"),
])
def test_an_adverb_of_time_after_a_place_stays(default_nlp, text, place, adverb):
    out = default_nlp(text)._.deidentified
    assert place not in out and adverb in out, out
