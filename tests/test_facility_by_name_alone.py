"""A facility named by a bare family name after a transfer phrase, and a facility's liaison: the
default pipeline kept "D/C TO GILPIN" ("d/c" is three words to the word splitter, so the cue was
never read, and the lexicon's veto of a family-name LOCATION undid the NER), "transferred back to
Nelson", "accepted at Garrison" and "KING LIAISON IN TO SEE PT" (found with a probe of nursing
sentences and Faker's family names; every text is invented)."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text,value", [
    ("PLAN D/C TO GILPIN WHEN BED AVAILABLE.", "GILPIN"),
    ("RECENTLY D/C'D FROM GILPIN AFTER CABG.", "GILPIN"),
    ("plan d/c to garrison when bed available.", "garrison"),
    ("will be transferred back to Nelson in am.", "Nelson"),
    ("WILL BE TRANSFERRED BACK TO GARRISON IN AM.", "GARRISON"),
    ("pt accepted at Garrison for rehab.", "Garrison"),
    ("rehab at cummings once stable.", "cummings"),
    ("recently discharged from garrison after cabg.", "garrison"),
    ("KING LIAISON IN TO SEE PT.", "KING"),
    ("cooley liaison in to see pt.", "cooley"),
])
def test_a_facility_named_after_a_transfer_phrase_or_by_its_liaison_is_a_place(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "rehab liaison in to see pt.",
    "family liaison called, questions answered.",
    "pt going back to sleep after meds.",
    "plan d/c to home with vna when stable.",
    "will be transferred back to floor in am.",
    "REHAB AT HOME WHEN STABLE.",
    "pt crying and talking to god at times.",
    "brought in by police after mva.",
    "STATE POLICE AT BEDSIDE.",
])
def test_kinds_of_place_and_ordinary_words_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("Resident of Cruz senior living.", "Cruz"),
    ("RESIDENT OF KERR SENIOR LIVING.", "KERR"),
    ("BROUGHT IN BY LUMBERTON FIRE DEPT.", "LUMBERTON"),
    ("BROUGHT IN BY MILFORD POLICE AFTER FALL.", "MILFORD"),
    ("followed by clark cardiology associates.", "clark"),
    # a second place after "and", joined to one found after its cue
    ("family in morristown and radnor.", "radnor"),
    ("FAMILY IN BROADVIEW HEIGHTS AND HAVERHILL.", "HAVERHILL"),
])
def test_care_homes_services_and_a_second_place_are_places(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "brought in by fire dept.",
    "pt lives in assisted living.",
    "went to urgent care yesterday.",
    "pt on lasix and coumadin.",
])
def test_kinds_of_care_home_and_service_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("pt from monterey area, lives w/ son.", "monterey"),
    ("LIVES IN REPUBLIC COUNTY WITH DTR.", "REPUBLIC"),
    ("Peoria va to send records.", "Peoria"),
])
def test_a_towns_area_county_and_veterans_hospital_are_places(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "pt has rash in peri area, cream applied.",
    "pain in lumbar area.",
    "LEFT EYE VA 20/40.",
])
def test_body_areas_and_visual_acuity_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("OSH: KMH", "KMH"),
    ("osh = ssrh, records requested.", "ssrh"),
    ("CT AT OUTSIDE HOSP (BCH) NEG.", "BCH"),
    ("PT FOLLOWED AT OMC FOR CKD.", "OMC"),
    ("PT WAS AT AJGH LAST MONTH FOR CHF.", "AJGH"),
])
def test_a_hospitals_initials_after_a_hospital_field_or_with_a_vowel_first(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "AMH LEVEL SENT.",
    "OSH: NONE",
    "SEEN IN HOSPITAL (ICU) FOR 3 DAYS.",
])
def test_abbreviations_after_the_same_cues_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("PT IS RESIDENT OF TAYLOR CARE CENTER.", "TAYLOR"),
    ("Monroe Skilled Nursing called re bed hold.", "Monroe"),
    ("d/c back to oak hill gardens when stable.", "oak hill"),
])
def test_care_homes_by_more_heads(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", ["pt needs home care center referral.", "skin care center of back intact."])
def test_care_words_alone_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("jamestown resident, lives alone.", "jamestown"),
    ("WHEELING RESIDENT, LIVES ALONE.", "WHEELING"),
    ("pt works in cary.", "cary"),
    ("pt winters in indio.", "indio"),
])
def test_a_towns_resident_and_places_of_work_and_winter(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", ["surgery resident aware.", "night resident notified.", "pt works in construction."])
def test_residents_of_a_service_and_trades_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("SENT FROM SALEM GEN FOR SOB.", "SALEM"),
    ("pt is resident of lowell mem.", "lowell"),
    ("D/C BACK TO AVON SNF WHEN STABLE.", "AVON"),
    ("lives at oakdale nsg home, needs assist w/ adls.", "oakdale"),
    ("Fulton Community Hosp called re bed hold.", "Fulton"),
    ("pt is resident of Truckee Residence.", "Truckee"),
])
def test_facilities_with_heads_written_short(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"LOCATION"}


@pytest.mark.parametrize("text", ["next gen sequencing sent.", "short term mem poor.", "d/c to snf when stable.",
                                  "needs ltc placement.", "pt's residence is 2 floors."])
def test_short_heads_alone_stay(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("DAUGHTER ASKED ABOUT MS KOWALCZYK HEALTH CARE PROXY FORMS.", "KOWALCZYK"),
    ("daughter asked about mrs okafor health care proxy forms.", "okafor"),
])
def test_a_titled_person_before_a_facility_head_is_a_person(nlp, labels_over, text, value):
    """A title before the words that a facility head would name makes them a person's name."""
    assert labels_over(nlp, text, value) == {"NAME"}
