"""Places in notes written without capitals (all lower case or ALL CAPS) that the default
pipeline kept: a big city whose word the ordinary-word list also holds ("pt came from boston
yesterday" -- the model found it, the veto took it back as an ordinary word), and a lower-case
state code after its city ("moved from austin, tx"). Regression tests; texts are invented."""
from __future__ import annotations

import pytest

from spacy_deid.finders.plausibility import proper_big_place
from spacy_deid.finders.words import Words
from spacy_deid.lexicons import load_lexicon
from spacy_deid.pipelines import configure_redactor, lexicon_pipeline, load_pipeline


@pytest.fixture(scope="module")
def en_nlp():
    nlp = load_pipeline("default", "en")
    configure_redactor(nlp, age_policy="over_89")
    return nlp


@pytest.mark.parametrize("text,place", [
    ("pt came from boston yesterday, family at bedside.", "boston"),
    ("PT CAME FROM BOSTON YESTERDAY, FAMILY AT BEDSIDE.", "BOSTON"),
    ("daughter flew in from washington last night.", "washington"),
])
def test_big_city_after_a_preposition_in_a_note_without_capitals(en_nlp, text, place):
    assert place not in en_nlp(text)._.deidentified


@pytest.mark.parametrize("word,proper", [("boston", True), ("washington", True), ("reading", False),
                                          ("mobile", False), ("nice", False), ("time", False)])
def test_proper_big_place(word, proper):
    (w,) = Words(word, load_lexicon()).items
    assert proper_big_place(w) is proper


def test_ordinary_words_after_a_preposition_stay(en_nlp):
    text = "pt back to reading this afternoon, will go to mobile x-ray at noon."
    assert en_nlp(text)._.deidentified == text


def test_lower_case_state_code_after_its_city():
    nlp = lexicon_pipeline("en")
    doc = nlp("social: lives alone. moved from austin, tx last year to be near her son; sister in boise, idaho.")
    spans = {(s.text, s.label_) for s in doc.spans["phi"]}
    assert ("tx", "STATE") in spans and ("austin", "CITY") in spans


@pytest.mark.parametrize("text", ["came from boston, in the morning went home", "seen in worcester, or by phone"])
def test_lower_case_code_words_after_a_city_stay(text):
    doc = lexicon_pipeline("en")(text)
    assert not [s for s in doc.spans["phi"] if s.text in ("in", "or")]


def test_a_device_named_by_an_eponym_is_no_big_place(en_nlp):
    (w,) = Words("foley", load_lexicon()).items
    assert not proper_big_place(w)
    text = "sediment seen in foley, bag emptied and flushed x2."
    assert "foley" in en_nlp(text)._.deidentified


@pytest.mark.parametrize("text,city,code", [
    ("social: lives in north halvorsen, oh. daughter visits daily.", "north halvorsen", "oh"),
    ("pt from port kestrelby, mi. to be transferred back.", "port kestrelby", "mi"),
    ("resides with her son in quimbleton, co.", "quimbleton", "co"),
    ("smokes. originally from duartechester, tx.", "duartechester", "tx"),
])
def test_an_unlisted_city_and_its_state_code_after_a_place_cue(en_nlp, text, city, code):
    """A town no gazetteer lists, then its state code, after "in"/"from": both are places, even
    when the code is a word too ("oh", "co")."""
    doc = lexicon_pipeline("en")(text)
    spans = {(s.text, s.label_) for s in doc.spans["phi"]}
    assert (code, "STATE") in spans and (city, "CITY") in spans
    out = en_nlp(text)._.deidentified
    assert city.split()[-1] not in out and f", {code}" not in out


@pytest.mark.parametrize("text", [
    "pt from smithville, in the fall had a fracture.",  # "in" opens a clause
    "4 days with pa line unable to wedge, pa 56/34 range",  # a pressure, not Pennsylvania
    "back to bed, ok.",
    "seen in bed, oh well.",
])
def test_a_code_word_that_is_no_state_stays(text):
    doc = lexicon_pipeline("en")(text)
    assert not [s for s in doc.spans["phi"] if s.label_ == "STATE"]


@pytest.mark.parametrize("text,country", [
    ("son flying in from lebanon tonight, updated by phone.", "lebanon"),
    ("PT RECENTLY RETURNED FROM VIETNAM, ?MALARIA.", "VIETNAM"),
    ("family in pakistan notified of admission.", "pakistan"),
])
def test_a_country_the_word_list_also_holds_after_from_or_in(en_nlp, text, country):
    """Most countries are in the ordinary-word list too; after "from" or "in" they are the
    country in a note of any case, and a time word after one is no part of it."""
    out = en_nlp(text)._.deidentified
    assert country not in out
    if "tonight" in text:
        assert "tonight" in out


@pytest.mark.parametrize("text", ["allergic to turkey and eggs.", "ate a few bites of turkey for lunch."])
def test_a_country_word_without_from_or_in_is_the_word(en_nlp, text):
    assert en_nlp(text)._.deidentified == text
