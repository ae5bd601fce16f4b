"""Phone numbers and identifiers read out in words ("call her at five five five, one two one two",
"zéro six, douze, trente-quatre ...") went through every pipeline untouched: the phone and
identifier rules read digits. Regression tests for ``recognizers/spelled_numbers.py`` and the
surrogates of such numbers (``read_out``). Every text is invented."""
from __future__ import annotations

import re

import pytest

from spacy_deid.pipelines import configure_redactor, ensure_surrogate_generator, load_pipeline
from spacy_deid.recognizers import get_recognizer
from spacy_deid.recognizers.spelled_numbers import read_out, spelled_digits


def _found(text: str, lang: str = "en"):
    return [(text[m.start:m.end], m.label) for m in get_recognizer("spelled_numbers", lang).find(text)]


@pytest.mark.parametrize("lang,text,span,label", [
    ("en", "Daughter asks that we call her at five five five, one two one two tonight.",
     "five five five, one two one two", "PHONE"),
    ("en", "her cell is four one zero five five five zero one nine nine", "four one zero five five five zero one nine nine", "PHONE"),
    ("en", "PHONE: FIVE FIVE FIVE ONE TWO ONE TWO", "FIVE FIVE FIVE ONE TWO ONE TWO", "PHONE"),
    ("en", "reach him at 410 five five five twelve thirty-four", "410 five five five twelve thirty-four", "PHONE"),
    ("en", "the number is double five, three, one two one two", "double five, three, one two one two", "PHONE"),
    ("en", "MRN four four eight eight one two three, seen today", "four four eight eight one two three", "IDNUM"),
    ("fr", "Téléphone : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
     "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "PHONE"),
    ("fr", "son portable: zéro six quatre-vingt-douze soixante et onze vingt et un",
     "zéro six quatre-vingt-douze soixante et onze vingt et un", "PHONE"),
    ("de", "Rückruf unter null eins sieben zwo drei vier fünf sechs sieben acht",
     "null eins sieben zwo drei vier fünf sechs sieben acht", "PHONE"),
    ("es", "su móvil es seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho",
     "seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho", "PHONE"),
    ("it", "il cellulare è tre tre otto, uno due tre, quattro cinque sei sette",
     "tre tre otto, uno due tre, quattro cinque sei sette", "PHONE"),
    ("pt", "o telefone dela é nove nove meia, um dois três, quatro cinco", "nove nove meia, um dois três, quatro cinco", "PHONE"),
    ("ro", "telefon zero șapte doi doi, treizeci și patru, cincizeci și șase",
     "zero șapte doi doi, treizeci și patru, cincizeci și șase", "PHONE"),
    ("tr", "telefonu sıfır beş üç iki, otuz dört, elli altı", "sıfır beş üç iki, otuz dört, elli altı", "PHONE"),
])
def test_numbers_read_out(lang, text, span, label):
    assert _found(text, lang) == [(span, label)]


@pytest.mark.parametrize("text", [
    "pt able to count one two three four five six seven eight nine ten",  # a count, no number
    "counted backwards ten nine eight seven six five four three two one",
    "one or two tabs, five to ten minutes, 2 x 5 x 7 cm",
    "He is one of two sons, five foot nine, weighs two hundred pounds",
    "call her at five five five one two",  # five digits: too few for a phone or an identifier
    "MRN 44881234",  # digits alone: the identifier rule's
])
def test_no_number_read_out(text):
    assert _found(text) == []


def test_english_words_are_read_in_every_language():
    assert _found("Tochter: call me at five five five, one two one two", "de") != []


def test_spelled_digits_and_read_out():
    assert spelled_digits("five five five, one two one two") == "5551212"
    assert spelled_digits("double five twelve") == "5512"
    assert spelled_digits("zéro six, douze, trente-quatre", "fr") == "061234"
    assert read_out("five five five, one two one two") == "5551212"
    assert read_out("555-1212") == "555-1212"  # digits already
    assert read_out("one two") == "one two"  # too short to be a number read out


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("default", "en")


@pytest.mark.parametrize("text,gone,tag", [
    ("Daughter asks that we call her at five five five, one two one two tonight.", "five five five", "[PHONE]"),
    ("MRN four four eight eight one two three, seen today.", "four four eight", "[IDNUM]"),
])
def test_pipeline_tags_numbers_read_out(nlp, text, gone, tag):
    configure_redactor(nlp, mode="tag")
    out = nlp(text)._.deidentified
    assert gone not in out and tag in out


def test_surrogates_are_digits_not_scrambled_words(nlp, monkeypatch):
    monkeypatch.setenv("SPACY_DEID_KEY", "test-key-for-spelled-numbers")
    configure_redactor(nlp, mode="surrogate")
    ensure_surrogate_generator(nlp)
    text = "Her cell is four one zero, five five five, zero one nine nine. MRN four four eight eight one two three."
    out = nlp(text)._.deidentified
    for word in ("four", "five", "zero", "nine", "eight"):
        assert word not in out.lower()
    phone, mrn = re.findall(r"\d[\d ()+.-]{5,}\d", out)
    assert len(re.sub(r"\D", "", phone)) == 10 and len(re.sub(r"\D", "", mrn)) == 7
    assert out.startswith("Her cell is ") and "MRN " in out
