"""Docs with our extensions serialise the spaCy ways (issue 11): ``to_bytes``/``from_bytes``,
``DocBin(store_user_data=True)`` and ``nlp.pipe(..., n_process=2)``, with identical results."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from spacy_deid.spans import PhiSpan

TEXTS = [
    "Seen 03/14/2021 by Dr. John Carter, MRN: 00482731, call (617) 555-0142.",
    "Pt Okonkwo, 67 yo F, BP 132/84, GCS 15/15. Wife Gloria called.",
    "No PHI here: lungs clear, pain 2/10.",
]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("phi_lexicon")
    nlp.add_pipe("deid_redactor", config={"mode": "tag"})
    return nlp


def _state(doc: Doc):
    offsets = doc._.deid_offsets
    return (
        doc.text,
        doc._.deidentified,
        [s.to_dict() for s in doc._.phi],
        offsets.replacements() if offsets is not None else None,
        sorted((s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["phi"]),
    )


def test_to_bytes_round_trip(nlp):
    for text in TEXTS:
        doc = nlp(text)
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _state(again) == _state(doc)
        assert all(isinstance(s, PhiSpan) for s in again._.phi)
        if doc._.deid_offsets is not None:
            assert again._.deid_offsets.to_input(3) == doc._.deid_offsets.to_input(3)


def test_docbin_with_user_data(nlp):
    docs = list(nlp.pipe(TEXTS))
    db = DocBin(store_user_data=True, docs=docs)
    again = list(DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert [_state(d) for d in again] == [_state(d) for d in docs]


@pytest.mark.slow
def test_multiprocess_pipe_gives_the_same_results():
    """The whole default pipeline, two worker processes."""
    from spacy_deid.pipelines import load_pipeline

    nlp = load_pipeline("default")
    texts = TEXTS * 4
    one = [_state(d) for d in nlp.pipe(texts)]
    two = [_state(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert two == one
    assert any("[" in s[1] for s in two)


def test_the_shared_text_cache_is_dropped_and_never_trusted_stale(nlp):
    """Our components build ``doc.text`` once per Doc (a speed fix); the redactor drops the cache
    so serialised Docs do not carry the text twice, and a cache of another length is rebuilt."""
    from spacy_deid.spans import doc_text

    doc = nlp(TEXTS[0])
    assert not any(isinstance(k, tuple) and k[:1] == ("spacy_deid",) for k in doc.user_data)
    fresh = nlp.make_doc("Seen by Dr. Carter.")
    fresh.user_data[("spacy_deid", "text")] = "stale text of another note"
    assert doc_text(fresh) == "Seen by Dr. Carter."
