"""Words of the data packages beside the cue words of names, where no person stands: found with the
vocabulary probe (``python benchmarks/probes.py --probe vocabulary``: PHI-free nursing sentences
around medical abbreviations, drugs, rare and common words that no name or place list holds). On the
session's first commit the default pipeline redacted a rare word before a credential that opens a
clause ("pt with hypotelorism, MD aware"), the plural of an ordinary word before "from" a service
("SKULLS FROM HOME") and the ambulance service after "by" ("brought in by ems"). Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.evaluation.predict import doc_predictions


@pytest.fixture(scope="module")
def nlp(default_en):
    return default_en


@pytest.mark.parametrize("text", [
    "pt with hypotelorism, md aware.",
    "PT WITH FURRINESS, MD AWARE.",
    "hypotenion, np notified.",
    "TOTIPOTENCY, RN TO RECHECK.",
    "SKULLS FROM HOME.",
    "embassies from the cath lab.",
    "pt brought in by ems.",
])
def test_a_word_beside_a_cue_where_no_person_stands_is_kept(nlp, text):
    assert doc_predictions(nlp(text)) == []


@pytest.mark.parametrize("text,value", [
    ("seen by Orvelle Brasgard, MD", "Orvelle Brasgard"),
    ("per jwdy rn to hold tf.", "jwdy"),
    ("Dana Okafor, NP aware of plan.", "Dana Okafor"),
    ("ORVELLE BRASGARD, RN AWARE OF PLAN.", "ORVELLE BRASGARD"),
    ("Dr Brasgard, MD aware.", "Brasgard"),
    ("with bos from case management.", "bos"),
])
def test_signatures_and_staff_by_their_service_stay_names(nlp, labels_over, text, value):
    assert labels_over(nlp, text, value) == {"NAME"}


@pytest.mark.parametrize("word,plural", [
    ("skulls", True), ("embassies", True), ("folders", True),
    ("bos", False), ("glass", False), ("virus", False), ("ems", False),
])
def test_plural_of_word(word, plural):
    from spacy_deid.finders.person_names import plural_of_word
    from spacy_deid.finders.words import Words
    from spacy_deid.lexicons import load_lexicon

    words = Words(word, load_lexicon())
    assert plural_of_word(words, word) is plural
