"""A name never ends in a particle: "PT NGUYEN VAN AN" came out as "PT [PATIENT] AN" -- the model
found the whole name, and the lexicon trimmed "AN" off as an article at its edge, leaving the
given name. Vietnamese middle names ("Van", "Thi") count as particles; a span that another source
ends at a particle takes the next name word (``NameFinder.dangling_tail``). Texts are invented."""
from __future__ import annotations

import pytest

from spacy_deid.finders.person_names import NameFinder
from spacy_deid.finders.words import Words
from spacy_deid.lexicons import load_lexicon
from spacy_deid.pipelines import configure_redactor, load_pipeline


@pytest.mark.parametrize("text,end,tail", [
    ("PT NGUYEN VAN AN SEEN.", len("PT NGUYEN VAN"), "AN"),
    ("wife Tran Thi Mai called", len("wife Tran Thi"), "Mai"),
    ("sister Maria de la Cruz", len("sister Maria de"), "la Cruz"),
])
def test_dangling_tail(text, end, tail):
    words = Words(text, load_lexicon())
    start = text.index(" ") + 1
    found = NameFinder.dangling_tail(words, start, end)
    assert found is not None and text[found[0]:found[1]].strip() == tail


def test_no_tail_without_a_particle_at_the_end():
    text = "seen by Nguyen and team"
    assert NameFinder.dangling_tail(Words(text, load_lexicon()), 8, 14) is None


@pytest.mark.parametrize("text,leftover", [
    ("PT NGUYEN VAN AN SEEN.", " AN "),
    ("PT NGUYEN VAN AN, 72M, SEEN WITH WIFE TRAN THI MAI.", " AN,"),
])
def test_default_pipeline_withholds_the_given_name_after_a_particle(text, leftover):
    nlp = load_pipeline("default", "en")
    configure_redactor(nlp, age_policy="over_89")
    out = nlp(text)._.deidentified
    assert leftover not in out and "MAI" not in out
