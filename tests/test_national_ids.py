"""National identifiers with checksums and phone numbers by region (issue 13, must-have 3): one
module a country in ``recognizers/national_ids/``, validated by python-stdnum; the phone region
follows the pipeline's language. Valid example values are built here with stdnum's own check
digit functions, never taken from a corpus."""
from __future__ import annotations

import pytest
from stdnum.cn import ric
from stdnum.es import dni, nie
from stdnum.it import codicefiscale
from stdnum.ro import cnp
from stdnum.tr import tckimlik

from spacy_deid.pipelines import rules_pipeline
from spacy_deid.recognizers.national_ids.tw import calc_check_digit as tw_check_digit
from spacy_deid.recognizers import get_recognizer
from spacy_deid.recognizers.national_ids import MISTYPED_SCORE
from spacy_deid.recognizers.national_ids.tw import is_valid as tw_is_valid

DNI = "48151623" + dni.calc_check_digit("48151623")
NIE = "Y2345678" + nie.calc_check_digit("Y2345678")
CF = "RSSMRA85T10A562" + codicefiscale.calc_check_digit("RSSMRA85T10A562")
CNP = "185071012345" + cnp.calc_check_digit("185071012345")
TCKN = "1234567890"[:9] + tckimlik.calc_check_digits("123456789")
RIC = "11010519491231002" + ric.calc_check_digit("11010519491231002?")  # stdnum wants a placeholder
TWID = "F12345678" + tw_check_digit("F12345678")  # Taiwan: python-stdnum has no module; ours (tw.py)


@pytest.mark.parametrize("lang,text,expected", [
    ("es", f"DNI: {DNI}. NIE {NIE}.", "DNI: [SSN]. NIE [SSN]."),
    ("es", f"Paciente con documento {DNI} ingresa.", "Paciente con documento [SSN] ingresa."),
    ("it", f"Codice fiscale {CF}, residente a Roma.", "Codice fiscale [SSN], residente a [CITY]."),  # cued_places
    ("ro", f"CNP {CNP}", "CNP [SSN]"),
    ("tr", f"T.C. Kimlik No: {TCKN}", "T.C. Kimlik No: [SSN]"),
    ("fr", "NIR : 2 95 10 99 126 111 93", "NIR : [SSN]"),
    ("zh", f"病人身份证{RIC}，已登記", "病人身份证[SSN]，已登記"),
    ("en", f"病人 Mr. Chen 身分證 {RIC}", "病人 Mr. Chen 身分證 [SSN]"),
    ("zh", f"身分證字號：{TWID}　病歷號", "身分證字號：[SSN]　病歷號"),
])
def test_national_ids_in_their_language(lang, text, expected):
    assert rules_pipeline(lang)(text)._.deidentified == expected


def test_a_wrong_check_digit_is_no_identifier():
    bad = DNI[:-1] + ("A" if DNI[-1] != "A" else "B")
    assert not dni.is_valid(bad)
    assert rules_pipeline("es")(f"Lote {bad} del reactivo.")._.deidentified == f"Lote {bad} del reactivo."


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Codice fiscale RSSMRA50C03F205Z, residente a Roma.", "Codice fiscale [SSN], residente a [CITY]."),
    ("es", "DNI 12345678A, NIE X1234567A.", "DNI [SSN], NIE [SSN]."),
    ("ro", "CNP 1500403123457", "CNP [SSN]"),
])
def test_a_mistyped_identifier_after_its_name_counts(lang, text, expected):
    """A wrong check digit right after the identifier's name is a typo or an evasion, not another
    number: "Codice fiscale RSSMRA50C03F205Z" was kept (its check letter should be C). Found by
    trying the tool; without the name, the checksum still decides (test above)."""
    assert rules_pipeline(lang)(text)._.deidentified == expected
    scores = {m.score for m in get_recognizer("national_ids", lang).find(text)}
    assert scores == {MISTYPED_SCORE}  # below a valid one's 0.95


def test_other_pipelines_need_the_identifiers_name():
    """A Spanish DNI in an English note counts only after "DNI"; an 11-digit number that happens
    to pass the Turkish checksum is not a T.C. Kimlik No in a Spanish note."""
    out = rules_pipeline("en")(f"Spanish visitor, DNI {DNI}; ref {DNI}.")._.deidentified
    assert out == f"Spanish visitor, DNI [SSN]; ref {DNI}."
    assert rules_pipeline("es")(f"Lote {TCKN} del reactivo.")._.deidentified == f"Lote {TCKN} del reactivo."


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Teléfono 612345678, fijo 91 123 45 67. Dosis 850 mg/12 h, TA 130/80.",
     "Teléfono [PHONE], fijo [PHONE]. Dosis 850 mg/12 h, TA 130/80."),
    ("de", "Tel. 030 12345678, Mobil 0151 23456789", "Tel. [PHONE], Mobil [PHONE]"),
    ("fr", "tél. 06 12 34 56 78", "tél. [PHONE]"),
    ("en", "Call (617) 555-0142 or +34 612 345 678", "Call [PHONE] or [PHONE]"),
])
def test_phone_numbers_by_the_pipelines_region(lang, text, expected):
    assert rules_pipeline(lang)(text)._.deidentified == expected


def test_taiwan_id_checksum():
    """The published example A123456789 is valid; a changed digit, a bad sex digit or a lower-case
    letter in a wrong place is not."""
    assert tw_is_valid("A123456789") and tw_check_digit("A12345678") == "9"
    assert not tw_is_valid("A123456788") and not tw_is_valid("A323456789") and not tw_is_valid("1123456789")
    # after its name a value of its shape counts even with a wrong check digit (eighteenth session)
    assert rules_pipeline("zh")("身分證字號：A123456788")._.deidentified == "身分證字號：[SSN]"
    # an English pipeline takes a valid one too (as some identifier: the ID recognizers agree on the category)
    assert TWID not in rules_pipeline("en")(f"Pt ID {TWID}, admitted")._.deidentified


def test_an_identifier_checker_that_raises_does_not_fail_the_note():
    """python-stdnum's cn.ric.is_valid raised KeyError on this 18-digit number (an area code its
    table lacks): the rules failed and the whole note was withheld. Now it is no identifier."""
    from spacy_deid.runner import DeidInput, Deidentifier

    (res,) = list(Deidentifier(rules_pipeline("en")).run([DeidInput("Order 377853198812128142 received", None, 0, None)]))
    assert res.error is None and res.text == "Order 377853198812128142 received"


@pytest.mark.parametrize("value", [DNI, NIE, CF, CNP, TCKN, RIC, TWID, "2 95 10 99 126 111 93", "72 328 601 290"])
def test_national_id_surrogates_stay_valid_ids_of_the_same_kind_and_layout(value):
    """Issue 13: a Spanish DNI becomes another valid DNI, a NIR another NIR with its spaces."""
    import random
    import re

    from spacy_deid.surrogates.identifiers import identifier
    from spacy_deid.surrogates.national_ids import kind_of

    kind = kind_of(value)
    assert kind is not None, value
    for seed in range(5):
        out = identifier(value, "SSN", lambda a, s=seed: random.Random(f"{s}:{a}"))
        assert out != value and kind_of(out) == kind, (value, out)
        assert re.sub(r"[0-9A-Za-z]", "x", out) == re.sub(r"[0-9A-Za-z]", "x", value)  # same layout



@pytest.mark.parametrize("lang,text,expected", [
    ("es", "DNI 1234 5678 Z", "DNI [SSN]"),
    ("it", "Codice fiscale RSS MRA 50C03 F205 Z", "Codice fiscale [SSN]"),
    ("ro", "CNP 1 500403 123456", "CNP [SSN]"),
    ("zh", "身分證字號 A 1 2 3 4 5 6 7 8 9，已核對", "身分證字號 [SSN]，已核對"),
])
def test_a_spread_identifier_after_its_name(lang, text, expected):
    """A national identifier written in groups with spaces was kept (or cut: "CNP 1 500403 [ZIP]"):
    the groups are joined and checked against the identifier's shape."""
    assert rules_pipeline(lang)(text)._.deidentified == expected


def test_spread_groups_without_the_name_are_no_identifier():
    assert rules_pipeline("es")("Lote 1234 5678 Z del reactivo.")._.deidentified == "Lote 1234 5678 Z del reactivo."
