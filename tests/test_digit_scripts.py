"""Digits of every script (issue 12): an MRN, account, phone or date written in Arabic-Indic,
Persian, Devanagari or full-width digits is found by the rules and never copied into a surrogate
(surrogate mode once copied such an MRN unchanged: the never-equal guard looked at ASCII only)."""
from __future__ import annotations

import pytest
import spacy

from spacy_deid.recognizers.text_view import ascii_digits

KEY = "test-key-digits-0123456789abcdef"
CASES = [
    ("MRN: ٠٠٤٨٢٧٣١", "٠٠٤٨٢٧٣١"),  # Arabic-Indic
    ("MRN: ۰۰۴۸۲۷۳۱", "۰۰۴۸۲۷۳۱"),  # Persian
    ("MRN: ००४८२७३१", "००४८२७३१"),  # Devanagari
    ("MRN: ００４８２７３１", "００４８２７３１"),  # full-width
    ("Acct # ١٢٣٤٥٦٧٨٩", "١٢٣٤٥٦٧٨٩"),
    ("Call ٦١٧-٥٥٥-٠١٤٢ today", "٦١٧-٥٥٥-٠١٤٢"),
    ("Seen ٠٣/١٤/٢٠٢١ in clinic", "٠٣/١٤/٢٠٢١"),
]


def test_the_ascii_view_keeps_every_offset():
    text = "MRN ٠٠٤٨ ۰۴ ४८ ０４"
    view = ascii_digits(text)
    assert view == "MRN 0048 04 48 04" and len(view) == len(text)
    assert ascii_digits("plain ascii 123") == "plain ascii 123"


@pytest.fixture(scope="module")
def surrogate_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("surrogate_generator", config={"key": KEY})
    nlp.add_pipe("deid_redactor", config={"mode": "surrogate"})
    return nlp


@pytest.mark.parametrize("text,value", CASES)
def test_tag_mode_finds_them(rules_nlp, text, value):
    out = rules_nlp(text)._.deidentified
    assert value not in out and "[" in out


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("text,value", CASES)
def test_surrogate_mode_never_copies_them(surrogate_nlp, text, value):
    doc = surrogate_nlp(text)
    assert doc._.phi and value not in doc._.deidentified
    assert doc._.deidentified != text
