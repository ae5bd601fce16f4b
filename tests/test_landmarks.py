"""Named landmarks, shops, schools and workplaces: where a patient collapsed, works or studies
("found down at Hillcrest Mall"). The name before a landmark head is a place; the head alone, or
after an ordinary word, is not."""
import pytest


def _found(doc):
    return [(doc.text[s.start:s.end], s.label) for s in doc._.phi]


@pytest.mark.parametrize("text,place,label", [
    ("COLLAPSED AT HILLCREST MALL, BYSTANDER CPR.", "HILLCREST", "LOCATION_OTHER"),
    ("ems called to okafor's diner for unresponsive male.", "okafor's", "LOCATION_OTHER"),
    # a town of two words before a two-word head
    ("found down outside grand rapids town hall.", "grand rapids", "LOCATION_OTHER"),
    # a word the dictionary shares with the name lists, right after "at", in a note in one case
    ("collapsed at white market this am.", "white", "LOCATION_OTHER"),
    ("PT WAS AT BELL BOWLING LANES WHEN HE FELT CP.", "BELL", "LOCATION_OTHER"),
    ("witnessed arrest at snow high school.", "snow", "ORGANIZATION"),
    ("Pt was shopping at Brown's Hardware when he fell.", "Brown's", "ORGANIZATION"),
])
def test_the_name_before_a_landmark_head_is_a_place(default_en, text, place, label):
    doc = default_en(text)
    hits = [(t, lab) for t, lab in _found(doc) if place in t]
    assert hits and all(lab == label for _, lab in hits), _found(doc)
    assert place not in doc._.deidentified


@pytest.mark.parametrize("text", [
    "Pt enjoys walking in the park with his dog.",
    "pt's church group came by with cards.",
    "PT WANTS TO GO TO THE MARKET WHEN DISCHARGED.",
    "family brought food from local diner.",
    "pt was at high school reunion last week.",
    "pt attends catholic church weekly.",
    "son works at the town hall.",
    "pt found down at bus station.",
    "Pt walked at the Mall with white sneakers on.",  # a capital that names nothing before the head
])
def test_a_landmark_head_without_a_name_is_no_place(default_en, text):
    assert default_en(text)._.deidentified == text


def test_a_capitalised_note_needs_a_capital_for_an_ambiguous_word(default_en):
    """In a note that capitalises names, a lower-case dictionary word before the head names nothing."""
    text = "Pt states he was at brown market yesterday. Wife Mary at bedside."
    assert "brown" in default_en(text)._.deidentified
