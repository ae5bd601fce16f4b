"""Hospitals named by an acronym: a health centre's ending ("...HC"), the acronym before its own
care unit, an acronym opening a line, and capitals with a vowel inside in a note that capitalises
names ("at MUH"); with the clinical abbreviations and words that end the same way.

Every example is written for these tests (no corpus text); each positive fails on the finders of
1b81720."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(lexicon_nlp):
    return lexicon_nlp


@pytest.mark.parametrize("text, acronym", [
    ("Pt transferred from BHC for a cath.", "BHC"),  # a health centre
    ("cardiologist at dhc aware of admit", "dhc"),
    ("HX OF PCI AT SHC IN 2009", "SHC"),
    ("Spoke w/ KGH ICU re transfer.", "KGH"),  # the hospital's own care unit
    ("d/w ormc ccu fellow, will accept", "ormc"),
    ("TRMC CCU called for report at 1900.", "TRMC"),  # an acronym opening the line
    ("vmh micu rn gave report", "vmh"),
    ("Seen at MUH last month for CHF.", "MUH"),  # capitals with a vowel inside, in a note with capitals
    ("Pt had a CABG at TUH in 2009, doing well since.", "TUH"),
])
def test_hospital_acronyms_found(nlp, text, acronym):
    out = nlp(text)._.deidentified
    assert acronym not in out, out


@pytest.mark.parametrize("text", [
    "MCHC 33.1, plt 210.",  # a red-cell index
    "IHC pending on bx.",  # a stain
    "ICH ICU team following, bp goal < 140.",  # a diagnosis before the unit's team
    "Labs sent: TSH, LDH, BNP.",
    "pt back from CCU, transferred to floor.",
    "Pt c/o SOB at rest, sats 91%.",
    "Labs drawn at 0400 and again at NOON.",
])
def test_clinical_abbreviations_that_end_like_hospitals_stay(nlp, text):
    out = nlp(text)._.deidentified
    assert out == text, out
