"""A person after an imperative of reaching someone (issue 10, missed first names): "call ellen with
questions", "notify kathy if", "CALL DAVID W/ ANY CHANGES", "call mary at home", "LEFT MESSAGE FOR
MARGIE" came out unchanged (only "called", "notified" were cues). The nurse-call device ("call bell", "call light") and the
care team ("notify ho", "call md", "update pt") stay. Invented sentences."""
from __future__ import annotations

import pytest



@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en  # the shared default pipeline (conftest)


@pytest.mark.parametrize("text,name", [
    ("pls call mary at home w/ any changes.", "mary"),
    ("CALL DAVID W/ ANY CHANGES.", "DAVID"),
    ("call ellen with questions.", "ellen"),
    ("notify kathy if sbp <90.", "kathy"),
    ("will call bill in am re plan.", "bill"),
    ("LEFT MESSAGE FOR MARGIE TO CALL BACK.", "MARGIE"),  # a message's addressee
])
def test_a_name_after_an_imperative_of_reaching(nlp, text, name):
    doc = nlp(text)
    assert [doc.text[s.start:s.end] for s in doc._.phi if s.label in ("NAME", "PATIENT", "DOCTOR", "USERNAME")] == [name]


@pytest.mark.parametrize("text", [
    "pt uses call light appropriately.",
    "CALL BELL WITHIN REACH.",
    "will call back in am.",
    "notify ho of k 3.1.",
    "CALL HO WITH CHANGES.",
    "please contact case mgmt re placement.",
    "call md if uo <30.",
    "update pt on plan.",
    "call team with results.",
    "left msg for pt's son to call.",
    "no message for family.",
    "Granulosa cells with Call-Exner bodies.",  # an eponym glued to "Call" by a hyphen
])
def test_the_call_device_and_the_care_team_stay(nlp, text):
    assert nlp(text)._.deidentified == text
