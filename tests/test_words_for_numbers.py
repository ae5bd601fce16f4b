"""Ages and dates said in words, as dictated notes write them, went through the default pipeline
untouched: "a ninety-three year old woman" kept an age over 89 (PHI under HIPAA Safe Harbor),
"the twelfth of January, two thousand twenty-one" kept its day and year. Regression tests for
``recognizers/number_words.py``, ``ages/words.py`` and ``dates/en_words.py``; texts are invented."""
from __future__ import annotations

import re

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.recognizers import age_value, get_recognizer
from spacy_deid.recognizers.number_words import number_value


@pytest.mark.parametrize("text,value", [
    ("ninety-three", 93), ("one hundred and one", 101), ("one hundred one", 101), ("twenty first", 21),
    ("twelfth", 12), ("Ninety", 90), ("hundred", None), ("fish", None), ("", None),
])
def test_number_value(text, value):
    assert number_value(text) == value


def _ages(text):
    return [(text[m.start:m.end], m.recognizer) for m in get_recognizer("ages_words").find(text)]


@pytest.mark.parametrize("text,span,value", [
    ("Pt is a ninety-three year old woman", "ninety-three", 93),
    ("a ninety three-year-old man", "ninety three", 93),
    ("aged one hundred and one", "one hundred and one", 101),
    ("NINETY-SIX YEARS OF AGE", "NINETY-SIX", 96),
    ("in her late nineties", "nineties", 90),
    ("a sixty-two year old", "sixty-two", 62),
])
def test_ages_in_words(text, span, value):
    (found,) = _ages(text)
    assert found[0] == span and age_value(span) == value
    assert (found[1] == "ages.over_89") == (value > 89)


@pytest.mark.parametrize("text", ["ninety minutes later", "gave ninety mg", "two year follow up plan",
                                  "aged cheese", "age ninety weeks"])
def test_no_age_in_other_numbers(text):
    assert _ages(text) == []


def _dates(text):
    return [text[m.start:m.end] for m in get_recognizer("dates_words").find(text)]


@pytest.mark.parametrize("text,span", [
    ("Seen on Tuesday, the twelfth of January, two thousand twenty-one.", "twelfth of January, two thousand twenty-one"),
    ("born in nineteen forty-four in a small town", "nineteen forty-four"),
    ("returns January twelfth", "January twelfth"),
    ("March the third, nineteen oh five", "March the third, nineteen oh five"),
    ("since two thousand and five", "two thousand and five"),
    ("on the thirty-first of May", "thirty-first of May"),
])
def test_dates_in_words(text, span):
    assert _dates(text) == [span]


@pytest.mark.parametrize("text", ["vision twenty twenty", "two thousand cells counted", "may the first dose help",
                                  "march first into the room", "on the first of the month"])
def test_no_date_in_other_words(text):
    assert _dates(text) == []


def test_default_pipeline_withholds_ages_and_dates_in_words():
    nlp = load_pipeline("default", "en")
    configure_redactor(nlp, age_policy="over_89")
    out = nlp("Pt is a ninety-three year old woman seen on the twelfth of January, two thousand twenty-one; "
              "her son, a sixty-two year old, came too.")._.deidentified
    assert "ninety-three" not in out and "twelfth" not in out and "twenty-one" not in out
    assert "sixty-two" in out  # an age of 89 or under stays under the over-89 policy


@pytest.mark.parametrize("value,surrogate", [("ninety-three", "90+"), ("nineties", "90+"), ("93", "90+"),
                                             ("九十三", "90+"), ("sixty-two", "sixty-two"), ("67", "67")])
def test_age_surrogates_read_words(value, surrogate):
    from spacy_deid.surrogates.ages import age_surrogate

    assert age_surrogate(value) == surrogate


@pytest.mark.parametrize("text,year", [
    ("nineteen forty-four", 1944), ("two thousand and five", 2005), ("twenty twenty-one", 2021),
    ("nineteen oh five", 1905), ("nineteen hundred", 1900), ("nineteen", None), ("fish forty", None),
])
def test_year_value(text, year):
    from spacy_deid.recognizers.number_words import year_value

    assert year_value(text) == year


def test_date_surrogates_of_dates_in_words_are_dates(monkeypatch):
    """A year in words got a month-and-day surrogate ("born in nineteen forty-four" -> "october 2");
    dates in words are now written in digits and shifted like any other date."""
    from spacy_deid.surrogates.date_words import date_in_digits

    assert date_in_digits("twelfth of January, two thousand twenty-one") == "12 of January, 2021"
    assert date_in_digits("nineteen forty-four") == "1944"
    from spacy_deid.pipelines import ensure_surrogate_generator

    nlp = load_pipeline("default", "en")
    monkeypatch.setenv("SPACY_DEID_KEY", "test-key-for-date-words")
    ensure_surrogate_generator(nlp)
    configure_redactor(nlp, mode="surrogate")
    out = nlp("She was born in nineteen forty-four and seen the twelfth of January, two thousand twenty-one.")._.deidentified
    assert "forty-four" not in out and "twelfth" not in out and "January, 2021" not in out
    assert re.search(r"born in (?:19|20)\d\d and", out)
