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


# -- patterns tried only where they can start (``recognizers/_starts.py``) ---------------------------
from spacy_deid.recognizers._starts import StartIndex, first_chars, matches_at  # noqa: E402
from spacy_deid.recognizers.dates import en as dates_en  # noqa: E402
from spacy_deid.recognizers.id_cues import LANGS  # noqa: E402
from spacy_deid.recognizers.identifiers import compiled_cues, cue_starts  # noqa: E402

CUE_TEXTS = TEXTS + [
    "MRN: 12345678, acct # 99-1234, Member ID W123456789, DEA AB1234563, NPI 1234567893.",
    "mrn12345678 MRN 1 2 3 4 5 6 7 8; Medical Record Number is 55512345; plan # 77A1234, plan 4L O2",
    "Serial no. SN-4411-22, s/n 9981234, IMEI 490154203237518, lot 22A4471, tag 7781234",
    "Fallnummer 1234567, Versichertennummer A123456780; NHC 1234567; IPP 40 mg; cartella clinica n. 12345",
    "病歷號 12345678，健保卡號 0000123456；رقم الملف 123456; protokol no 4455661",
    "ﬁle #123; ſerial no 445566; Kelvin-signed \u212aey 1234567; İD 1234567; MRN\u00a012345678",
    "UNIT NO: 123-45-67 CHART # 4455667 REF 2211 BILLING 1234567 ORDER 55 REQ#9988776",
]
DATE_TEXTS = CUE_TEXTS + [
    "Seen March 14, 2021 and 14 March 2021; MAR 14TH 2021; sept. 2020; June 98; Dec 3; dec'd Jan",
    "from Christmas Eve to new years day; LABOUR DAY, labor day, Thanksgiving; Yom Kippur; hanukah",
    "on the 14th, monday the 3rd, the 2nd of the month; 21st of this month; it's the 11th",
    "maymay may 5 MAY5 5may 2020 mar-14 Mar.14 Aug 2019 12-aug-19 aug12",
    "chriſtmas eve, ſept 3, \u212aing day, İndependence Day",
]


def _spans(matches) -> list:
    return [m.span() for m in matches]


@pytest.mark.parametrize("lang", LANGS)
def test_identifier_cues_tried_only_where_a_cue_starts(lang: str) -> None:
    index = cue_starts(lang)
    for text in CUE_TEXTS + [t.upper() for t in CUE_TEXTS] + [t.lower() for t in CUE_TEXTS]:
        starts = index.find(text)
        for _, pattern, _, _ in compiled_cues(lang):
            assert _spans(matches_at(pattern, text, starts)) == _spans(pattern.finditer(text)), (lang, text)


def test_month_first_dates_tried_only_at_month_names() -> None:
    patterns = dict(dates_en._PATTERNS)
    for text in DATE_TEXTS + [t.upper() for t in DATE_TEXTS]:
        starts = dates_en._MONTH_STARTS.find(text)
        for kind in dates_en._MONTH_FIRST_KINDS:
            assert _spans(matches_at(patterns[kind], text, starts)) == _spans(patterns[kind].finditer(text)), text


def test_holidays_and_ordinals_only_skipped_where_none_can_match() -> None:
    patterns = dict(dates_en._PATTERNS)
    for text in DATE_TEXTS + [t.upper() for t in DATE_TEXTS]:
        if text.isascii() and not any(w in text.lower() for w in dates_en.HOLIDAY_WORDS):
            assert not list(patterns["holiday"].finditer(text)), text
        if dates_en._ORDINAL.search(text) is None:
            assert not list(patterns["ordinal_day"].finditer(text)), text
    found = [(m.start, m.end) for m in DateRecognizer("en").find(DATE_TEXTS[-4])]
    assert len(found) >= 6  # the holidays are still found


@pytest.mark.parametrize("holiday", [
    "Christmas", "Christmas Eve", "xmas", "Thanksgiving Day", "Easter Sunday", "New Year's Eve", "new years day",
    "Halloween", "Independence Day", "Fourth of July", "Memorial Day", "Labor Day", "Labour Day", "Veterans Day",
    "Valentine's Day", "Mother's Day", "Fathers Day", "Martin Luther King Jr. Day", "Presidents' Day",
    "Columbus Day", "Good Friday", "Hanukah", "Hanukkah", "Chanukah", "Passover", "Yom Kippur", "Rosh Hashanah",
])
def test_every_holiday_holds_a_holiday_word(holiday: str) -> None:
    assert dates_en._PATTERNS[-1][1].fullmatch(holiday), holiday
    assert any(w in holiday.lower() for w in dates_en.HOLIDAY_WORDS), holiday
    text = f"home for {holiday.upper()} with family"
    assert any(text[m.start:m.end].lower() == holiday.lower() for m in DateRecognizer("en").find(text))


def test_first_chars_reads_alternatives_and_gives_up_where_it_cannot_tell() -> None:
    assert first_chars(r"(?<![a-z])(?:mrn|m\.r\.n|med\s*rec)") == frozenset("m")
    assert first_chars(r"acct|[bB]ill|(?:c|d)ase") == frozenset("abBcd")
    assert first_chars(r"x?ray") is None  # an optional start
    assert first_chars(r"\w+") is None  # a class
    assert first_chars(r".id") is None
    # a pattern whose start cannot be told is scanned everywhere
    index = StartIndex([r"x?ray", "mrn"], r"(?<![a-z])")
    assert index.find("ray and xray and mrn") == [0, 8, 17]


NUMBER_TEXTS = DATE_TEXTS + [
    "2021-03-14 2021/3/14 2021.03.14 03/14/2021 14.03.2021 3-14-21 3/14/21 03,14,2021 03 / 14 / 2021",
    "03/2021 3-2021 3/98 3/14 14/3 10/03/10/04 10-19 ICP 8-20s PSV 15/5 1/2NS 7.35/45/80 12:30-13:00",
    "1234/5 12 /5 12\t/\t5/2020 ٣/١٤/٢٠٢١ １２/５ 5.5.5.5 ,3/4 .3/4 -3-4 3--4 99/99/9999 0/0",
]


def test_numeric_dates_tried_only_where_a_number_meets_a_separator() -> None:
    patterns = dict(dates_en._PATTERNS)
    for text in NUMBER_TEXTS:
        numbers = [m.start() for m in dates_en._NUMBER_BEFORE_SEPARATOR.finditer(text)]
        for kind in dates_en._NUMERIC_KINDS:
            assert _spans(matches_at(patterns[kind], text, numbers)) == _spans(patterns[kind].finditer(text)), (kind, text)
