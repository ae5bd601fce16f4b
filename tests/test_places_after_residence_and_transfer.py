"""Places after phrases of residence and transfer (found with the probes of
`benchmarks/probes.py`; every text is invented).

- A named home or facility after "resident of", "lives at", "sent from": these were no cues, so
  "pt is resident of johnson hall." kept "johnson" and "RESIDENT OF CANTON COURT" was redacted as
  a person. The facility's generic head stays out of the span ("Dunmore House" -> "Dunmore").
- A town's name of ordinary words ("cottonwood heights") in a note without capitals after a
  transfer phrase ("return to"), and before a facility head of two words or a town service
  ("Fire Dept", "Kidney Center", "VA") as before "Hospital".
- A town's name of several words before "resident" ("Great Falls resident"), after "lives near"
  and "originally from".
- A small town after kin or a doctor and "in"/"from" ("sister in moorcroft", "PCP IN PECKVILLE"):
  the model read a person there; the person's "in" says where they are (not "son in hall",
  "sister in law").
- A town's services and offices: "brought in by raymore pd", "Zion fire rescue", "works for the
  town of Hillside" (not "Baxter PD catheter": peritoneal dialysis)."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text,value", [
    ("pt is resident of johnson hall.", "johnson"),
    ("PT IS RESIDENT OF CANTON COURT.", "CANTON"),
    ("lives at brown commons, needs assist w/ adls.", "brown"),
    ("LIVES AT BEARD SNF, NEEDS ASSIST W/ ADLS.", "BEARD"),
    ("sent from powers court for sob.", "powers"),
    ("resides at mcguire terrace with wife.", "mcguire"),
])
def test_a_named_home_after_a_residence_phrase_is_a_place(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


def test_the_generic_head_stays_out_of_the_span(nlp):
    text = "SOCIAL: WIDOWED, LIVES AT DUNMORE HOUSE WITH SISTER."
    spans = [text[p.start:p.end] for p in doc_predictions(nlp(text))]
    assert spans == ["DUNMORE"]


@pytest.mark.parametrize("text", [
    "lives at home with wife, independent w/ adls.",
    "pt is a resident of the nursing home.",
    "sent from ED for further mgmt.",
    "resident of record aware of plan.",
    "LIVES AT HOME ALONE, SON NEARBY.",
])
def test_generic_homes_and_units_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("plans to return to cottonwood heights after d/c.", "cottonwood heights"),
    ("PLANS TO RETURN TO STATE COLLEGE AFTER D/C.", "STATE COLLEGE"),
    ("BROUGHT IN BY CITRUS HEIGHTS FIRE DEPT.", "CITRUS HEIGHTS"),
    ("brought in by traverse city fire dept.", "traverse city"),
    ("MOUNT PLEASANT VA TO SEND RECORDS.", "MOUNT PLEASANT"),
])
def test_a_town_of_ordinary_words_after_a_transfer_or_before_a_service_is_a_place(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "pt will go to sleep soon, sedated.",
    "hr returned to normal sinus rhythm.",
    "RETURN TO BASELINE MENTAL STATUS EXPECTED.",
])
def test_ordinary_phrases_after_a_transfer_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("apple valley resident, lives alone.", "apple valley"),
    ("GREAT FALLS RESIDENT, LIVES ALONE.", "GREAT FALLS"),
    ("FAMILY LIVES NEAR LONG BEACH.", "LONG BEACH"),
    ("pt originally from oxford, came to area for surgery.", "oxford"),
])
def test_a_town_before_resident_near_a_home_or_of_origin_is_a_place(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "night float resident aware of k 3.1.",
    "the surgery resident in to see pt.",
    "lives near daughter, who checks on her daily.",
])
def test_residents_who_are_doctors_and_kin_nearby_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("sister in moorcroft called x2.", "moorcroft"),
    ("pt's sister from averill at bedside.", "averill"),
    ("PCP IN PECKVILLE AWARE OF ADMIT.", "PECKVILLE"),
    ("cousin from brucetown here tonight", "brucetown"),
    ("PMD IN BLOOMSBURG NOTIFIED OF ADMIT.", "BLOOMSBURG"),  # a town one letter from a word
])
def test_a_town_after_a_located_person_is_a_place(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "SON IN HALL WAITING FOR UPDATE.",
    "sister in law at bedside.",
    "wife in bed next to pt, slept overnight.",
    "family in waiting room.",
])
def test_located_people_before_ordinary_words_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []



@pytest.mark.parametrize("text,value", [
    ("pt brought in by raymore pd after fall.", "raymore"),
    ("PT BROUGHT IN BY WOONSOCKET PD AFTER FALL.", "WOONSOCKET"),
    ("Zion fire rescue intubated pt in field.", "Zion"),
    ("works for the town of hillside as a clerk.", "hillside"),
    ("WORKS FOR THE CITY OF OLNEY.", "OLNEY"),
])
def test_a_towns_services_and_offices_name_the_town(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "Baxter PD catheter in place, site clean.",
    "pt on nightly pd at home.",
    "the town of residence unknown to team.",
])
def test_dialysis_and_ordinary_words_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []
