"""Detection reads normalised text (NFKC, no format or control characters, bare letters, ASCII
digits, hyphenated line breaks joined); redaction applies to the original characters."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spacy_deid.normalisation import normalise
from spacy_deid.pipelines import load_pipeline
from spacy_deid.runner import DeidInput, Deidentifier


@pytest.mark.parametrize("text,clean", [
    ("Pt ＪＯＨＮ ＳＭＩＴＨ seen", "Pt JOHN SMITH seen"),  # full-width letters
    ("J\u2060ohn Sm\u00adith", "John Smith"),  # word joiner, soft hyphen
    ("Jо\u200bhn", "John"),  # Cyrillic о and a zero-width space
    ("Seen with Jo\u0301\u0335hn today", "Seen with John today"),  # marks written apart
    ("Seen by Dr. Okon-\nkwo today.", "Seen by Dr. Okonkwo today."),
    ("Okon-\r\n  kwo", "Okonkwo"),
    ("MRN ٠٠٤٨٢٧٣١", "MRN 00482731"),
    ("½ tab", "1/2 tab"),
    ("ﬁle", "file"),
    ("a\x07b", "ab"),
])
def test_clean_text(text, clean):
    assert normalise(text).text == clean


@pytest.mark.parametrize("text", [
    "Plain ASCII note, BP 120/80.\nNEURO-\nALERT AND ORIENTED",  # a heading, not a broken word
    "José Müller, 北京 病人 Mr. Chen",  # precomposed letters and Han stay as they are
    "follow-up in 2 weeks",
])
def test_text_that_needs_nothing_is_returned_as_is(text):
    clean = normalise(text)
    assert clean.text == text and clean.to_original(0, len(text)) == (0, len(text))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
@settings(max_examples=300, deadline=None)
def test_every_clean_span_maps_to_the_original_characters_it_came_from(text):
    clean = normalise(text)
    n = len(clean.text)
    if clean.starts is None:
        assert clean.text == text
        return
    assert len(clean.starts) == len(clean.ends) == n
    for i in range(n):
        s, e = clean.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
    for i in range(n - 1):  # monotonic: a later clean character never comes from earlier text
        assert clean.starts[i] <= clean.starts[i + 1] and clean.ends[i] <= clean.ends[i + 1]
    if n:  # what lies outside the whole clean text was dropped: format or control characters
        s, e = clean.to_original(0, n)
        assert all(unicodedata.category(c) in ("Cf", "Cc") for c in text[:s] + text[e:])


@pytest.fixture(scope="module")
def default_nlp():
    return load_pipeline("default")


# obfuscated names with no title before them: the sources see the plain name
OBFUSCATED = [
    ("Pt ＪＯＨＮ ＳＭＩＴＨ was seen today.", "ＪＯＨＮ ＳＭＩＴＨ"),
    ("Patient J\u2060ohn Sm\u00adith was seen.", "J\u2060ohn Sm\u00adith"),
    ("Seen with Jo\u0301\u0335hn Smi\u0336th today.", "Jo\u0301\u0335hn Smi\u0336th"),
    ("son ｄａｖｉｄ visited", "ｄａｖｉｄ"),
    ("Spoke with sister Mary Okon-\nkwo at bedside.", "Mary Okon-\nkwo"),
    ("Lives in Bo\u200bston, MA.", "Bo\u200bston"),
]


@pytest.mark.parametrize("text,value", OBFUSCATED)
def test_obfuscated_names_are_found_and_redacted_in_the_original(default_nlp, text, value):
    (res,) = Deidentifier(default_nlp).run([DeidInput(text)])
    start = text.index(value)
    assert all(any(s.start <= i < s.end for s in res.spans) or not text[i].isalnum()
               for i in range(start, start + len(value)))
    assert value not in res.text
    for ch in value:  # not one letter of the name is left behind
        if ch.isalpha():
            assert res.text.count(ch) <= text.replace(value, "").count(ch)


def test_without_normalisation_these_leaked(default_nlp):
    """The same notes, detection on the raw text: part of each name stayed (what this fixes)."""
    raw = Deidentifier(default_nlp, normalise=False).run([DeidInput(t) for t, _ in OBFUSCATED])
    leaked = [v for (t, v), r in zip(OBFUSCATED, raw) if any(
        not any(s.start <= i < s.end for s in r.spans) for i in range(t.index(v), t.index(v) + len(v))
        if t[i].isalnum())]
    assert len(leaked) >= 4


def test_the_cli_path_and_evaluation_see_the_group(tmp_path):
    """Deidentifier puts the note's group on each Doc, so a name found in one note of a patient is
    found in the next (what ``evaluate`` measured and ``redact`` did not do before)."""
    nlp = load_pipeline("lexicon")
    notes = [DeidInput("Son Bertil Quarmby called about the plan.", "p1"),
             DeidInput("Quarmby paperwork pending for discharge.", "p1"),
             DeidInput("Quarmby paperwork pending for discharge.", "p2")]
    res = list(Deidentifier(nlp).run(notes))
    assert "Quarmby" not in res[0].text and "Quarmby" not in res[1].text
    assert "Quarmby" in res[2].text  # another patient: nothing carried over
