"""The edges of a titled person's name: the verb or adverb the NER runs on into, and a full stop
that ends a run-on sentence, are no part of the name; a family name that is a noun stays."""
import pytest

from spacy_deid.finders.plausibility import edge_trims
from spacy_deid.finders.words import Words
from spacy_deid.lexicons import load_lexicon


def _names(doc):
    return [(doc.text[s.start:s.end], s.label) for s in doc._.phi]


@pytest.mark.parametrize("text,name", [
    ("RN PAGED DR FERRELLI IMMEDIATELY.", "FERRELLI"),
    ("pt reviewed by dr nakamura.updated wife re plan.", "nakamura"),
    ("dr mbeki.there is no change.", "mbeki"),
    ("code called,dr.okafor at bedside within minutes.", "okafor"),
])
def test_a_titled_name_leaves_out_the_word_it_runs_on_into(default_en, text, name):
    doc = default_en(text)
    assert _names(doc) == [(name, "DOCTOR")]
    rest = text.replace(name, "")
    assert all(w in doc._.deidentified for w in rest.split() if w.isalpha())


def test_a_family_name_that_is_a_noun_stays_with_the_title(default_en):
    """"dr. milo salmon": a noun after the given name is the family name, not an edge."""
    text = "dr. milo salmon from cardiology saw pt, recs noted."
    assert "salmon" not in default_en(text)._.deidentified


def test_edge_trims_keep_initials_and_written_chunks():
    """"J.R. Okoro": the dots of initials stay; "dbrito30": no cut inside a chunk."""
    lexicon = load_lexicon()
    for text in ("J.R. Okoro", "dbrito30"):
        words = Words(text, lexicon).items
        assert edge_trims("NAME", words, frozenset(), frozenset(), person=True) == []
    words = Words("Hale aware", lexicon).items
    assert edge_trims("NAME", words, frozenset(), frozenset(), person=True) == [(4, 10)]


def test_a_verb_of_motion_ends_a_name_though_a_family_name_list_holds_it(default_en):
    """"SON HAROLD WENT HOME": "Went" is a family name too, but after a given name, in a note in
    one case, it is the verb; a capital in a mixed-case note keeps it ("Harold Went is the hcp")."""
    doc = default_en("SON HAROLD WENT HOME TO REST, WILL CALL IN AM.")
    assert "HAROLD" in [t for t, _ in _names(doc)] and "WENT" in doc._.deidentified
    assert "Went" not in default_en("Harold Went is the hcp, aware of plan.")._.deidentified


@pytest.mark.parametrize("text,name", [
    ("SISTER-IN-LAW MARIA LOPEZ CALLED.", "MARIA LOPEZ"),  # "Law" is a name in the lists too
    ("Dtr-in-law Rosa Hill phoned from work.", "Rosa Hill"),
])
def test_the_law_of_an_in_law_is_no_name(default_en, text, name):
    doc = default_en(text)
    assert _names(doc) == [(name, "PATIENT")]


def test_a_model_place_with_a_facility_word_stays_whole(default_en):
    """"DR. OYELARAN, BRANNIGAN EYE AND EAR INFIRMARY": the finders read "BRANNIGAN" as a second
    doctor; the model's place stays whole (a model's place is never cut down to a person a cue
    found inside it: that cost held-out places)."""
    text = "REFERRING: DR. OYELARAN, BRANNIGAN EYE AND EAR INFIRMARY."
    out = default_en(text)._.deidentified
    assert all(w not in out for w in ("BRANNIGAN", "EYE", "EAR", "INFIRMARY")), out


@pytest.mark.parametrize("text,names", [
    ("orna and lucas (children) updated.", ["orna", "lucas"]),
    ("Drs Okafor and Lindqvist in to see pt.", ["Okafor", "Lindqvist"]),
])
def test_two_people_joined_by_and_are_two_spans(default_en, text, names):
    doc = default_en(text)
    assert [t for t, _ in _names(doc)] == names


def test_the_w_of_d_w_is_no_initial(default_en):
    """"case d/w Tarak De, NP": a signature read back from the credential stops at the slash."""
    doc = default_en("case d/w tarak de, np.")
    assert [t for t, _ in _names(doc)] == ["tarak de"]
    assert "d/w" in doc._.deidentified
