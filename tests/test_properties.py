"""Property-based tests (issue 12, must-have 4) with hypothesis: random Unicode text (controls,
combining marks, right-to-left, emoji, CJK) and random PHI planted in it, through the rules
pipeline in every mode, and through the whole default pipeline as the CLI runs it (normalised
text, chunks, NER, lexicon, fine labels). Properties: no crash; every planted value the rules must
catch is gone from the output; the offset map tiles input and output and copies unchanged text
exactly; surrogates never equal the original. ``EXAMPLES`` examples per rules test and
``DEFAULT_EXAMPLES`` for the default pipeline (350 in all per run; set SPACY_DEID_HYPOTHESIS_EXAMPLES
for a longer hunt)."""
from __future__ import annotations

import datetime as dt
import os

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("SPACY_DEID_HYPOTHESIS_EXAMPLES", "150"))
DEFAULT_EXAMPLES = max(1, EXAMPLES // 3)
KEY = "test-key-properties-0123456789abcdef"
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# any characters, weighted towards the troublesome ones
noise = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list("\t\n\r\x0b\x0c\x85\u2028\u2029\u200b\u2060\u00ad\u0301\u202e\u05d0\u0627")),
        st.sampled_from(list("病人張志誠😀🏥 0123456789/-.:,")),
    ),
    max_size=80,
)


@st.composite
def planted(draw):
    """(line, value): one PHI value the rules must find, on a line with its cue."""
    kind = draw(st.sampled_from(["ssn", "phone", "email", "date", "mrn"]))
    if kind == "ssn":
        area = draw(st.integers(1, 899).filter(lambda a: a != 666))
        value = f"{area:03d}-{draw(st.integers(1, 99)):02d}-{draw(st.integers(1, 9999)):04d}"
        return f"SSN: {value}", value
    if kind == "phone":
        area = draw(st.integers(201, 989).filter(lambda a: a % 100 != 11))
        value = f"({area}) {draw(st.integers(200, 999))}-{draw(st.integers(0, 9999)):04d}"
        return f"Call {value} today", value
    if kind == "email":
        local = draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10))
        domain = draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10))
        value = f"{local}@{domain}.com"
        return f"Mail {value} now", value
    if kind == "date":
        day = draw(st.dates(dt.date(1920, 1, 1), dt.date(2030, 12, 31)))
        value = f"{day.month:02d}/{day.day:02d}/{day.year}"
        return f"DOB: {value}", value
    value = "".join(str(draw(st.integers(0, 9))) for _ in range(draw(st.integers(6, 10))))
    return f"MRN: {value}", value


def _pipeline(mode: str):
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    if mode == "surrogate":
        nlp.add_pipe("surrogate_generator", config={"key": KEY})
    nlp.add_pipe("deid_redactor", config={"mode": mode} if mode != "hash" else {"mode": mode, "hash_key": KEY})
    return nlp


@pytest.fixture(scope="module")
def pipelines():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a literal key in a test config is fine
        return {mode: _pipeline(mode) for mode in ("tag", "mask", "hash", "surrogate")}


def _check_offsets(doc) -> None:
    text, out, offsets = doc.text, doc._.deidentified, doc._.deid_offsets
    segs = offsets.segments if offsets is not None else []
    if not segs:
        assert out == text
        return
    assert segs[0].in_start == 0 and segs[0].out_start == 0
    assert segs[-1].in_end == len(text) and segs[-1].out_end == len(out)
    for a, b in zip(segs, segs[1:]):
        assert a.in_end == b.in_start and a.out_end == b.out_start
    for s in segs:
        if not s.replaced:
            assert out[s.out_start:s.out_end] == text[s.in_start:s.in_end]


@SETTINGS
@given(text=noise)
def test_random_unicode_never_crashes_and_offsets_tile(pipelines, text):
    for nlp in pipelines.values():
        _check_offsets(nlp(text))


@SETTINGS
@given(before=noise, after=noise, phi=planted(), mode=st.sampled_from(["tag", "mask", "hash", "surrogate"]))
def test_planted_phi_is_gone_in_every_mode(pipelines, before, after, phi, mode):
    line, value = phi
    text = f"{before}\n{line}\n{after}"
    doc = pipelines[mode](text)
    assert value not in doc._.deidentified
    _check_offsets(doc)
    if mode == "surrogate":
        out = doc._.deidentified
        for s in doc._.deid_offsets.replacements():
            assert out[s[0]:s[1]] != text[s[2]:s[3]]  # a surrogate never equals its original


@pytest.fixture(scope="module")
def default_runner():
    import warnings

    from spacy_deid.models import load_default
    from spacy_deid.runner import Deidentifier

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = load_default()
        nlp.add_pipe("surrogate_generator", before="deid_redactor", config={"key": KEY})
        nlp.replace_pipe("deid_redactor", "deid_redactor", config={"mode": "surrogate"})
    return Deidentifier(nlp)


@settings(max_examples=DEFAULT_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=noise, after=noise, phi=planted())
def test_the_default_pipeline_fails_closed_or_replaces_planted_phi(default_runner, before, after, phi):
    from spacy_deid.runner import DeidInput

    line, value = phi
    text = f"{before}\n{line}\n{after}"
    (res,) = list(default_runner.run([DeidInput(text, "p1", 0, None)]))
    if res.error is not None:  # refused (e.g. a NUL byte: binary data): withheld, nothing of it said
        assert res.text is None and value not in res.error and "\x00" in text
        return
    assert value not in res.text
    for s in res.spans:  # spans are offsets into the original text, inside it
        assert 0 <= s.start < s.end <= len(text)
