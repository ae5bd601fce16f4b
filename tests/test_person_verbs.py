"""A verb of caring for or teaching someone names its object, and a predicate only a person takes
names its subject, even when no name list holds the word ("REASSURED TAMIRAT", "okwuosa verbalized
understanding"): names of cultures the lists lack are found by their context. Objects that are no
person stay ("encouraged OOB", "educated re diet")."""
import pytest

from spacy_deid.lexicons.tables import load_lexicon

UNLISTED = ("Tamirat", "Okwuosa", "Lemlem", "Wubet", "Ksenofontova")


def test_the_names_are_unlisted():
    lex = load_lexicon()
    assert not any(lex.known(n.lower()) for n in UNLISTED)


@pytest.mark.parametrize("template", [
    "night uneventful. reassured {} when she phoned at 0300, questions answered.",
    "INSULIN TEACHING DONE. TAUGHT {} TO DRAW UP NPH, RETURN DEMO GOOD.",
    "heparin gtt per protocol. gave {} an update on the plan before she left.",
    "FAMILY IN THIS PM. ASKED {} TO STEP OUT FOR LINE PLACEMENT.",
    "code status reviewed with family, {} verbalized understanding.",
    "PLAN FOR PEG TOMORROW, {} AGREES.",
    "Thanked {} for the photos of pt's dog, placed at bedside.",
])
@pytest.mark.parametrize("name", UNLISTED[:3])
def test_the_person_of_a_persons_verb_is_found(default_en, template, name):
    text = template.format(name.upper() if template.isupper() else name.lower() if template.islower() else name)
    doc = default_en(text)
    written = next(w for w in text.split() if w.strip(",.").lower() == name.lower()).strip(",.")
    assert written not in doc._.deidentified, doc._.deidentified


@pytest.mark.parametrize("text,word", [
    ("RESP: WEAK COUGH, ENCOURAGED PULM HYGIENE HOURLY.", "PULM"),
    ("tolerating a soft diet, encouraging ensure shakes with meals.", "ensure"),
    ("educated re low salt diet, pt receptive.", "re"),
    ("Reassured pt and wife, questions answered.", "wife"),
])
def test_what_is_no_person_stays(default_en, text, word):
    doc = default_en(text)
    assert word in doc._.deidentified, doc._.deidentified


@pytest.mark.parametrize("text,name", [
    # family names the spelling model reads as half a word still name the subject of a predicate
    ("DIURESIS GOALS REVIEWED, MPROUNTZOS VERBALIZED UNDERSTANDING.", "MPROUNTZOS"),
    ("hospice option raised by team, psomiadis agrees.", "psomiadis"),
])
def test_a_predicates_subject_spelled_half_like_a_word(default_en, text, name):
    assert not load_lexicon().known(name.lower())
    doc = default_en(text)
    assert name not in doc._.deidentified, doc._.deidentified
