"""The recognizers' shortcuts find what a full scan finds: the phone matcher read only around
candidates with enough digits (``phones.matcher_windows``), the month-name date patterns skipped in
a text with no month name (``dates/en.py: MONTH_NAME_KINDS``), the place finder's cue read only for
words that may be places."""
from __future__ import annotations

import pytest
from phonenumbers import Leniency, PhoneNumberMatcher

from spacy_deid.recognizers.dates.en import DateRecognizer
from spacy_deid.recognizers.phones import PhoneRecognizer, matcher_windows, min_candidate_digits

TEXTS = [
    "Call wife at 617-555-0142 tonight. PSV 15/5, RR 12-16, sats 95-100%, 1/2NS at 75cc/hr.",
    "6175550142 at the very start; and at the very end 617.555.0199",
    "BP 120/80 HR 88 (617) 555 0134 x4567 then 12 617-555-0199 and 1 2 3 4 5 6 7 8 9 0 1 2",
    "Intl: +44 20 7946 0958, +33 1 42 68 53 00; dialled 011 44 20 7946 0958 from Boston.",
    "Rufnummer 030 1234567, Durchwahl 0621 12 34 56, Station 12, Zimmer 3, Fax 089/123456-78",
    "numbers 12345678901234567890123 and 555-1234 and 2021-03-14 and 3/14/21, 1900-0700",
    "",
    "no digits at all",
]


@pytest.mark.parametrize("region", ["US", "DE", "ES", "TW", "SA"])
def test_windows_give_what_the_whole_text_gives(region: str) -> None:
    rec = PhoneRecognizer(region=region)
    for text in TEXTS:
        whole = [(m.start, m.end, m.raw_string) for m in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE)]
        windowed = [(m.start, m.end, m.raw_string) for m in rec.matches(text)]
        assert windowed == whole, text


def test_min_candidate_digits_respects_local_and_international_numbers() -> None:
    # US: a local number has 7 digits, but "011" + a country code + a 2-digit national number has 6
    assert min_candidate_digits("US") == 6
    assert min_candidate_digits("DE") == 2  # German local numbers can be 2 digits: nothing is skipped
    assert 1 <= min_candidate_digits("ES") <= 9


def test_windows_skip_short_values_and_keep_plus_signs() -> None:
    text = "PSV 15/5 RR 12-16 " * 20 + "+1 617 555 0142"
    windows = matcher_windows(text, min_candidate_digits("US"))
    assert len(windows) == 1 and windows[0][1] == len(text)
    assert matcher_windows("PSV 15/5, RR 12-16, 95-100%", 6) == []


@pytest.mark.parametrize("text, date", [
    ("seen on 14-MAR-2021 in clinic", "14-MAR-2021"),
    ("seen Mar-14-2021 in clinic", "Mar-14-2021"),
    ("admitted 14 of March, 2021", "14 of March, 2021"),
    ("plan for June 98 follow up", "June 98"),
    ("back in sept. for review", "sept"),
])
def test_month_name_dates_still_found(text: str, date: str) -> None:
    found = [text[m.start:m.end] for m in DateRecognizer("en").find(text)]
    assert any(date in f or f in date for f in found), found


def test_numeric_dates_found_in_text_without_month_names() -> None:
    text = "Admitted 3/14/2021, cath 03/15/21; PSV 15/5."
    found = [text[m.start:m.end] for m in DateRecognizer("en").find(text)]
    assert "3/14/2021" in found and "03/15/21" in found and "15/5" not in found
