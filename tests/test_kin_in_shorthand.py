"""Relatives named in nursing shorthand: a kinship said in two words ("Ilse (sig other) called",
"PT'S SIG OTHER THABITI AT BEDSIDE"), kin glued to the name by a slash or hyphen ("Wanjiru/dtr
called"), an apposition with an article ("Matthias, the pt's friend, visited", "Kofi, a family
friend"), and whom a confused patient calls for in quotes ("pt calling out 'Ingrid'"). Found with an
eighth set of name probes (Faker names of twenty locales in invented sentences); each positive
failed on the session's first commit. Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text,value", [
    ("Ilse (sig other) called.", "Ilse"),
    ("GRAZYNA (SIG OTHER) CALLED TWICE.", "GRAZYNA"),
    ("pt's sig other tara at bedside.", "tara"),
    ("PT'S SIG OTHER THABITI AT BEDSIDE.", "THABITI"),
    ("Pt's significant other Margaud at bedside.", "Margaud"),
    ("Wanjiru/dtr called for update.", "Wanjiru"),
    ("EBERHARDT/SON CALLED.", "EBERHARDT"),
    ("matthias, the pt's friend, visited.", "matthias"),
    ("KOFI, A FAMILY FRIEND, AT BEDSIDE.", "KOFI"),
    ("pt calling out 'ingrid' overnight.", "ingrid"),
    ('PT YELLING "LEOPOLD" REPEATEDLY.', "LEOPOLD"),
    ("pt screaming 'adeleke' at times.", "adeleke"),
])
def test_a_relative_named_in_shorthand_is_a_name(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"NAME"}


@pytest.mark.parametrize("text", [
    "no sig other changes overnight.",
    "other significant findings: none.",
    "pt yelling 'help' at times.",
    "PT CALLING OUT 'NURSE' ALL NIGHT.",
    "pt screaming 'stop' during turns.",
    "Pt yelling 'Mom' overnight.",
    "lasix/dtr? unclear order, md aware.",
])
def test_shorthand_kin_words_and_quoted_words_alone_are_no_name(nlp, text):
    assert doc_predictions(nlp(text)) == []
