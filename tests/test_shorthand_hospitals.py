"""Hospitals written short: initials joined by "&" ("from B&K"), a saint by its initial ("St. E's"),
and "Mt." before a name ("Mt. Halcyon"); clinical pairs ("A&O", "I&D", "C&S", "C&R" for a breathing
exercise) and "mt." in other senses stay."""
import pytest


@pytest.mark.parametrize("text,place", [
    ("pt transferred from T&R for cath.", "T&R"),
    ("PT TRANSFERRED TO B&K FOR CATH.", "B&K"),
    ("osh: g&w, records sent.", "g&w"),
    ("went to St. A's er with cp.", "St. A's"),
    ("PT WAS AT ST. C'S X 3 DAYS.", "ST. C'S"),
    ("accepted at Mt. Halcyon for rehab.", "Mt. Halcyon"),
    ("MT. DAVENPORT CCU CALLED FOR REPORT.", "MT. DAVENPORT"),
])
def test_a_hospital_written_short_is_a_place(default_en, text, place):
    doc = default_en(text)
    assert (place, "HOSPITAL") in [(text[s.start:s.end], s.label) for s in doc._.phi]


@pytest.mark.parametrize("text", [
    "pt A&O x3, MAE.",
    "sent to OR for I&D of abscess.",
    "results from C&S pending.",
    "Asked pt to C&R q1h.",
    "REMINDED TO C&DB Q2H.",
    "mt. of o2 via nc.",
    "pt will mount the bike when stable.",
])
def test_clinical_pairs_and_other_mounts_stay(default_en, text):
    assert default_en(text)._.deidentified == text
