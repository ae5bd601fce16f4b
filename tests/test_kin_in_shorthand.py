"""Relatives named in nursing shorthand: a kinship said in two words ("Ilse (sig other) called",
"PT'S SIG OTHER THABITI AT BEDSIDE"), kin glued to the name by a slash or hyphen ("Wanjiru/dtr
called"), an apposition with an article ("Matthias, the pt's friend, visited", "Kofi, a family
friend"), whom a confused patient calls for in quotes ("pt calling out 'Ingrid'"), and two people joined by "and",
"&" or "+" before a verb only people take ("Wiktor and Justyna in to visit"). Found with an
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
    ("Wiktor and Justyna in to visit.", "Wiktor"),
    ("TOMASZ + KAOMBWE VISITED.", "TOMASZ"),
    ("tomasz & kaombwe visited this eve.", "kaombwe"),
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
    "pain and swelling noted.",
    "BP AND HR AWARE.",
    "wife and son in to visit.",
    "lasix and kcl called in to pharmacy.",
])
def test_shorthand_kin_words_and_quoted_words_alone_are_no_name(nlp, text):
    assert doc_predictions(nlp(text)) == []


def test_a_pair_of_people_before_a_persons_verb_is_named_as_people(nlp):
    """"bill and mary visited": the model reads "X and Y" as a hospital's name ("Brigham and
    Women's"); before a verb only people take, both words are people, labelled so."""
    preds = doc_predictions(nlp("BILL AND MARY VISITED."))
    assert [p.label for p in preds] == ["PATIENT", "PATIENT"]
