"""The edges of a place: what a model's span runs on into after a town or a hospital (a clause's
verb, "area", a count's times sign) and before a street ("apt on", "corner of") is no part of it."""
import pytest


@pytest.mark.parametrize("text,place", [
    ("Pt's home in Marbury has stairs.", "Marbury"),
    ("PT WAS AT OSTROWSKI X 3 DAYS PRIOR TO ADMIT.", "OSTROWSKI"),
    ("pt from pekin area, lives w/ wife.", "pekin"),
    ("Pt from Wisconsin Rapids area, lives w/ wife.", "Wisconsin Rapids"),
    ("lives in apt on Elko Avenue, 3rd floor walkup.", "Elko Avenue"),
    ("MVA AT CORNER OF RUIZ LN AND MAIN.", "RUIZ LN"),
])
def test_a_place_span_holds_the_place_alone(default_en, text, place):
    doc = default_en(text)
    found = [text[s.start:s.end] for s in doc._.phi]
    assert place in found, found
    assert all(t == place or place not in t for t in found), found


def test_an_address_keeps_its_unit(default_en):
    """"Apt 4B" after a street is the address' unit: it stays in the span."""
    doc = default_en("lives at 12 Oak St, Apt 4B.")
    assert "4B" not in doc._.deidentified
