"""Two leaks found by trying the tool as an attacker and as a user abroad would:

- an e-mail address spelled out ("john dot doe at gmail dot com", "jdoe [at] example [dot] org")
  went through whole, as only "@" made an address;
- a name with accented letters was cut at the first of them by the lexicon's word splitter
  ("Siobhán" read as "Siobh" + "á" + "n"), so "[PATIENT]án" came out: part of the name left.
Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.finders.words import Words
from spacy_deid.lexicons import load_lexicon
from spacy_deid.pipelines import configure_redactor, load_pipeline
from spacy_deid.recognizers import get_recognizer


@pytest.mark.parametrize("text,value", [
    ("Email: john dot doe at gmail dot com; phone", "john dot doe at gmail dot com"),
    ("write to jdoe [at] example [dot] org today", "jdoe [at] example [dot] org"),
    ("jdoe(at)example.org", "jdoe(at)example.org"),
    ("EMAIL JDOE AT GMAIL DOT COM", "JDOE AT GMAIL DOT COM"),
    ("john.doe at gmail dot com", "john.doe at gmail dot com"),
    # the words of other languages (eighteenth session: the French one was kept)
    ("courriel : m.dubois arobase orange point fr", "m.dubois arobase orange point fr"),
    ("scrivere a mario punto rossi chiocciola libero punto it", "mario punto rossi chiocciola libero punto it"),
    ("E-Mail: k punkt becker klammeraffe web punkt de", "k punkt becker klammeraffe web punkt de"),
    ("correo: ana.lopez arroba gmail punto com", "ana.lopez arroba gmail punto com"),
])
def test_spelled_out_email_addresses(text, value):
    found = [(text[m.start:m.end], m.label) for m in get_recognizer("email").find(text)]
    assert found == [(value, "EMAIL")]


@pytest.mark.parametrize("text", ["seen at home today", "son at work.com", "pt at rest. com fortable",
                                  "arrived at noon dot matrix", "meet at the point of care",
                                  "family to call back at some point in the evening",  # "point" and ".in" after "at"
                                  "la arroba y el punto final"])
def test_no_email_in_ordinary_at(text):
    assert list(get_recognizer("email").find(text)) == []


def test_accented_words_are_one_word():
    words = Words("Siobhán Ní Bhriain, Nguyễn Thị, D’Souza", load_lexicon())
    assert [w.text for w in words.items if w.is_alpha] == ["Siobhán", "Ní", "Bhriain", "Nguyễn", "Thị", "D’Souza"]
    assert words.items[-1].lower == "d'souza"  # looked up with a plain apostrophe


def test_default_pipeline_withholds_the_whole_accented_name():
    nlp = load_pipeline("default", "en")
    configure_redactor(nlp, age_policy="over_89")
    out = nlp("Her neighbour Siobhán Ní Bhriain called; email john dot doe at gmail dot com.")._.deidentified
    for part in ("Siobh", "án", "Bhriain", "gmail"):
        assert part not in out
