"""No rule recognizer raises on odd whitespace (issue 12: a tab or U+2028 before a year raised
IndexError in the date rules and the note was lost). A seeded sweep over short texts made of
digits, separators, unusual whitespace and cue words keeps every recognizer total."""
from __future__ import annotations

import random

import pytest

from spacy_deid.recognizers import default_recognizers
from spacy_deid.recognizers.dates import DateRecognizer

ODD_SPACE = ["\t", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\n", "\r", "\u00a0", "\u200b"]


@pytest.mark.parametrize("text", ["\t1995", "\t1995, 2010", "seen\u2028 2019 ok", "\u20281998.", "\x0b95'"])
def test_years_after_odd_whitespace_do_not_crash(text):
    found = list(DateRecognizer().find(text))
    assert all(0 <= m.start < m.end <= len(text) for m in found)


def test_every_recognizer_is_total_on_a_seeded_sweep():
    recognizers = default_recognizers()
    pieces = list("0123456789") * 3 + list("/-.:,;()#+'\"") + ODD_SPACE + [
        " ", " ", "MRN", "SSN", "DOB", "Dr.", "Jan", "March", "fax", "x", "@", "www.", "CABG", "s/p",
        "in", "on", "age", "yo", "PMH:", "room", "Tel", "\uff10", "\u0661"]
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for rec in recognizers:
            for m in rec.find(text):  # raises on a bug: the test fails with the text in the report
                assert 0 <= m.start < m.end <= len(text), (rec.name, text)
