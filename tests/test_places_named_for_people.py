"""Places a gazetteer of cities misses (issue 10, places in real notes): wards and buildings named
for a person ("bed assigned on ABDI 10", "clinic is in the kessler building"), and small towns
whose names are one edit from an English word ("sister from orrington", read as a misspelling
before). Found by the probe sets ``wards`` and ``towns`` of ``benchmarks/probes.py``; every
sentence is invented."""
from __future__ import annotations

import pytest

from spacy_deid.finders.cues import FACILITY_PAIRS
from spacy_deid.finders.places import WARD_PREPOSITIONS
from spacy_deid.labels import to_coarse


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en  # the shared default pipeline (conftest)


def _found(nlp, text):
    doc = nlp(text)
    return [(text[p.start:p.end], to_coarse(p.label)) for p in doc._.phi]


@pytest.mark.parametrize("text,ward", [
    ("BED ASSIGNED ON ABDI 10.", "ABDI"),  # a listed family name after "on"
    ("REPORT GIVEN TO RN ON OLUGBAYILA 11.", "OLUGBAYILA"),
    ("Report given to rn on Bridges 11.", "Bridges"),  # a name that is a word too, capitalised
    # in a note in one case, a name the lists hold that is also a place, but no word
    ("bed assigned on moreno 10.", "moreno"),
    ("PT WAS ON SINGLETON 8 FOR 3 DAYS.", "SINGLETON"),
])
def test_a_ward_named_for_a_person_with_its_floor(nlp, text, ward):
    found = _found(nlp, text)
    assert len(found) == 1 and found[0][1] == "LOCATION" and found[0][0].startswith(ward)


@pytest.mark.parametrize("text,building", [
    ("clinic is in the kessler building.", "kessler"),
    ("mri done in the mbeki bldg.", "mbeki"),
    ("CLINIC IS IN THE OYELARAN BLDG, 2ND FLOOR.", "OYELARAN"),
])
def test_a_building_named_for_a_person(nlp, text, building):
    assert [(t, lab) for t, lab in _found(nlp, text) if building in t] == [(building, "LOCATION")]


@pytest.mark.parametrize("text", [
    "Switched to Simv 12.",  # a mode written in title case
    "Pt on Foley 14 fr.",  # a device
    "resting in recliner, back on ac 12 overnight.",
    "pt on peep 8, fio2 35.",
    "the parking building is full.",
    "MUSCLE BUILDING EXERCISES DONE W/ PT.",
    "moved to new bldg today.",
    "pt on levo 10 mcg.",  # drugs and their doses after "on"
    "PT ON PROP 20 AND FENT 50.",
    "pt still on vanco 1 gm.",
])
def test_no_ward_or_building_without_a_name(nlp, text):
    assert nlp(text)._.deidentified == text


@pytest.mark.parametrize("text,town", [
    ("pt's sister from orrington at bedside.", "orrington"),
    ("PT WAS IN YALAHA VISITING FAMILY WHEN SX BEGAN.", "YALAHA"),
    ("pmd in entiat notified of admission.", "entiat"),
])
def test_a_small_town_one_edit_from_a_word_is_no_misspelling(nlp, text, town):
    assert [(t, lab) for t, lab in _found(nlp, text) if town in t] == [(town, "LOCATION")]


@pytest.mark.parametrize("text,town", [
    ("PT PRESENTED TO CARBONADO ER WITH CP.", "CARBONADO"),
    ("BACK TO MIRAMONTE ON FRIDAY.", "MIRAMONTE"),
    ("came via wapella ems after fall at home.", "wapella"),
])
def test_a_town_no_one_writes_as_a_word_after_any_cue(nlp, text, town):
    """A gazetteer town the web never writes as a word (Zipf 0), after even a weak cue or before a
    town's service, is the town; a misspelt word that a town happens to spell stays ("orance")."""
    assert [(t, lab) for t, lab in _found(nlp, text) if town in t] == [(town, "LOCATION")]
    text = "Switched to orance sherbet for dinner."
    assert nlp(text)._.deidentified == text


def test_the_cues_are_places_not_people():
    assert {"building", "bldg", "pavilion"} <= set(FACILITY_PAIRS)
    assert "on" in WARD_PREPOSITIONS and not {"with", "by"} & WARD_PREPOSITIONS

