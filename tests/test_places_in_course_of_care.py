"""Hospitals and towns in the shorthand of a course of care: an arrow to "here", a hospital course,
a ward with a date, a prior admission or a visit with a date, a discharge choice against home, and a
hospital's acronym before its records, staff, a date or what a hospital does. Found with the eighth
place probe set (``benchmarks/probes.py --probe places8``: US towns, en_US family names and acronyms
in invented sentences); each positive failed on the session's first commit. Every text is invented."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(lexicon_nlp):
    return lexicon_nlp


@pytest.mark.parametrize("text,place", [
    # a hospital's acronym by its own ending, where a course of care names it
    ("BRMC -> here via medflight.", "BRMC"),
    ("hx per WBRMC notes.", "WBRMC"),
    ("KLMC's ed sent pt for cath.", "KLMC"),
    ("PCMC gave 2 u prbc.", "PCMC"),
    ("echo (DLGH 4/30): ef 25%.", "DLGH"),
    # a town or a hospital named for a person, by the shorthand around it
    ("Augusta -> here via medflight.", "Augusta"),
    ("TX'D EWING->HERE FOR CATH.", "EWING"),
    ("Covington course: cp, trop +, tx'd here.", "Covington"),
    ("JONES ER ON 5/3 AFTER FALL.", "JONES"),
    ("d/c plan: Caledonia vs home.", "Caledonia"),
    ("pt prefers Crawford over home.", "Crawford"),
    # a place's own ward after its possessive; a place opening a result's source before a colon
    ("stratford's ed sent pt for cath.", "stratford"),
    ("cxr at brentwood: rll pna.", "brentwood"),
])
def test_a_place_in_a_course_of_care(nlp, labels_over, text, place):
    assert labels_over(nlp, text, place) == {"LOCATION"}


@pytest.mark.parametrize("text,place", [
    # a listed town was found only weakly as a city before; now as the hospital of the course
    ("prior admit Melrose 2/01 for chf.", "Melrose"),
    ("pt seen Westlake 6/2 for same.", "Westlake"),
    ("rehab choice #1 Stoneham, #2 home w/ vna.", "Stoneham"),
])
def test_a_listed_town_in_a_course_of_care_is_its_hospital(nlp, text, place):
    start = text.index(place)
    assert any(s.start <= start and s.end >= start + len(place) and s.label == "HOSPITAL" for s in nlp(text)._.phi)


@pytest.mark.parametrize("text", [
    # a tube's or a trach's size after "#", a clinical abbreviation before a date, words of the language
    "reintubated overnight with # 7 oet, taped at 21.",
    "New #6 Shiley placed at bedside by ENT.",
    "RHC 5/12: PA 40/20.",
    "d/c plan: rehab vs home.",
    "pt prefers water over juice.",
    "cath lab -> here at 1400.",
    "at baseline: a&o x3.",
    "at times: agitated.",
    "pt's icu course unremarkable.",
    # a time in shorthand that no list holds, after "at" or before "course:"
    "AT MIDNOC: BP 80S, MD AWARE.",
    "at overnoc: slept well.",
    "OVERNOC COURSE: UNEVENTFUL.",
])
def test_no_place_in_these_courses_of_care(nlp, text):
    assert not [s for s in nlp(text)._.phi if s.label not in ("DATE",)]


def test_the_verb_before_an_arrow_stays_out_of_the_place(nlp):
    out = nlp("TX'D EWING->HERE FOR CATH.")._.deidentified
    assert out.startswith("TX'D ") and "EWING" not in out, out
