"""In a note written in one case, a word no list holds that the model alone calls a name or a place,
with no cue of a person or a place around it, is clinical shorthand ("NEOSYNFRN REMAINS AT 40");
with any cue it stays the model's (names of cultures the lists know little of are unknown words too)."""
import pytest

from spacy_deid.finders.plausibility import uncued_unknown
from spacy_deid.finders.words import Words
from spacy_deid.lexicons.tables import load_lexicon

SHORTHAND_NOTES = [
    ("RENAL: U/O ADEQUATE. DOPAMINE WEANED OFF. NEOSYNFRN REMAINS AT 40 MCG/MIN. ABD ROUND, "
     "NONDISTENDED. SKIN WARM, NOT RASHIE.", "NEOSYNFRN"),
    ("gi: advanced to full liquids this shift, no n/v, abd round. pressure ulcer dressing redone as "
     "per prtcl, no new breakdown. wife phoned for update.", "prtcl"),
]


@pytest.mark.parametrize("text,word", SHORTHAND_NOTES)
def test_uncued_shorthand_stays(default_en, text, word):
    doc = default_en(text)
    start = text.index(word)
    assert not any(s.start < start + len(word) and start < s.end for s in doc._.phi), doc._.phi
    assert word in doc._.deidentified


CUED_NOTES = [
    # a verb whose object is a person
    ("LYTES: K ELEVATED AT 5.9, CONSULTED ZVARICK OF RENAL, KAYEXALATE ORDERED.", "ZVARICK"),
    # initials closing a line: a signature
    ("INFECTION: NO FEVER, VANCO CONTINUES. BLOOD COUNT STEADY. DISPO: REMAIN IN UNIT OVERNIGHT.  QJX", "QJX"),
    # a town's ending
    ("NEURO: ALERT. NEIGHBOR VISITING FROM DRAVENSTOWN WED, BROUGHT CLOTHES. CV: NSR.", "DRAVENSTOWN"),
    # kin the writer doubts, "(?)" between
    ("SOCIAL: WIFE(?) QWORLIBAN IN TO VISIT, STAYED AN HOUR. GU: FOLEY PATENT, AMBER.", "QWORLIBAN"),
    # "per" a person before what the person decides
    ("RENAL: CREAT UP TO 2.1. PER QWORLIBAN WILL HOLD THE LASIX TONIGHT. GI: TF AT GOAL.", "QWORLIBAN"),
    # what only a person does, after the name
    ("PLAN: MEET WITH FAMILY TMRW, QWORLIBAN AWARE AND WILL COME AT 10. SKIN INTACT.", "QWORLIBAN"),
]


@pytest.mark.parametrize("text,word", CUED_NOTES)
def test_unknown_words_with_a_cue_stay_phi(default_en, text, word):
    doc = default_en(text)
    assert word not in doc._.deidentified


def _words(text: str) -> Words:
    return Words(text, load_lexicon())


@pytest.mark.parametrize("before,word,after,label,expected", [
    ("DRESSING REDONE PER ", "PRTCL", " BID", "NAME", True),
    ("KICKING LEGS OVER ", "BEDRAILZ", ". GIVEN ATIVAN", "NAME", True),
    ("TRANSFERRED FROM ", "QWORLIBAN", " FOR CATH", "LOCATION", False),  # a preposition of place
    ("PACER SET AT ", "BDMAND", " OF 50", "NAME", False),  # whatever the model's label
    ("", "QWORLIBAN", ", ADA - 70 YO F", "NAME", False),  # a line's opening: a header
    ("VISITOR: ", "QWORLIBAN", " AT BEDSIDE", "NAME", False),  # a field
    ("CASE MANAGER ADA ", "QWORLIBAN", " FOLLOWING", "NAME", False),  # a role one word back
    ("SPOKE WITH ", "QWORLIBAN", " RE PLAN", "NAME", False),  # a telling verb
    ("PAGED ", "QWORLIBAN", " X2", "NAME", False),  # a person's verb
    ("DR. ", "QWORLIBAN", " AWARE", "NAME", False),  # a title
    ("LIVES IN ", "QWORLIBAN", " W/ WIFE", "LOCATION", False),  # a residence phrase
    ("FLEW IN FROM ", "ORNSBURGH", " TODAY", "LOCATION", False),  # a town's ending
    ("INTUBATED AT ", "QXH", " AND FLOWN HERE", "LOCATION", False),  # a hospital's acronym
    ("REMAIN IN UNIT OVERNIGHT. ", "QJX", "", "NAME", False),  # a signature
    ("DRESSING REDONE PER ", "OLIVER", " BID", "NAME", False),  # a listed name
])
def test_uncued_unknown(before, word, after, label, expected):
    words = _words(before + word + after)
    alpha = [w for w in words.items if w.start >= len(before) and w.end <= len(before) + len(word) and w.is_alpha]
    assert alpha
    assert uncued_unknown(label, alpha, before, after) is expected
