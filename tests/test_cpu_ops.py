"""The shipped CNN multiplies through numpy's BLAS (ml/cpu_ops.py) and its beam NER predicts in
large batches (scored_ner.py): faster, with the same spans (README.md, "Speed")."""
from pathlib import Path

import pytest
from thinc.api import NumpyOps

from spacy_deid.ml.cpu_ops import is_deid_tok2vec, pipeline_models, use_numpy_blas
from spacy_deid.pipelines import load_pipeline

SAMPLES = sorted((Path(__file__).parent.parent / "assets" / "sample_notes").glob("*.txt"))
EXTRA = [
    "PT IS A 67 YO MAN SEEN BY DR KOWALSKI ON 3/14. LIVES IN TOWSON WITH WIFE MARY. CALL 410-555-0199.",
    "pt resting, wife linda at bedside, plan to wean vent 600x12 peep 5 40%. family meeting tmrw w/ dr nguyen.",
    "Mrs. Okonkwo-Adeyemi was admitted 2024-02-02 from St. Agnes Hospital; MRN 448812; GCS 15/15.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("default")


def _spans(nlp, texts):
    return [sorted((s.start_char, s.end_char, s.label_) for s in doc.spans["phi"]) for doc in nlp.pipe(texts)]


def _ops(model):
    return {(type(node.ops).__name__, getattr(node.ops, "use_blis", None)) for node in model.walk()}


def test_default_pipeline_multiplies_through_numpy(nlp):
    assert _ops(nlp.get_pipe("tok2vec").model) == {("NumpyOps", False)}
    assert _ops(nlp.get_pipe("ner").model) == {("NumpyOps", False)}
    assert is_deid_tok2vec(nlp.get_pipe("tok2vec").model)


def test_same_spans_with_blis_and_numpy(nlp):
    texts = [p.read_text() for p in SAMPLES] + EXTRA
    fast = _spans(nlp, texts)
    assert any(fast), "the pipeline found nothing: the comparison would be empty"
    blis = NumpyOps(use_blis=True)
    models = pipeline_models(nlp)
    try:
        for model in models:
            for node in model.walk():
                node.ops = blis
        assert _spans(nlp, texts) == fast
    finally:
        assert use_numpy_blas(models) > 0  # and back, for the other tests of this module


def test_env_keeps_blis(monkeypatch, nlp):
    monkeypatch.setenv("SPACY_DEID_BLIS", "1")
    model = nlp.get_pipe("ner").model
    blis = NumpyOps(use_blis=True)
    saved = {id(node): node.ops for node in model.walk()}
    try:
        for node in model.walk():
            node.ops = blis
        assert use_numpy_blas([model]) == 0
        assert _ops(model) == {("NumpyOps", True)}
    finally:
        for node in model.walk():
            node.ops = saved[id(node)]


def test_ner_predicts_large_batches_in_order(nlp):
    ner = nlp.get_pipe("ner")
    texts = [f"Seen by Dr Novak on 3/{i % 28 + 1}. Note {i}: wife Mary at bedside." for i in range(40)]
    with nlp.select_pipes(enable=["tok2vec"]):
        docs = list(nlp.pipe(texts))
    sizes = []
    predict = ner.predict

    def recording(batch):
        sizes.append(len(batch))
        return predict(batch)

    ner.predict = recording
    try:
        out = list(ner.pipe(iter(docs), batch_size=4))
    finally:
        del ner.predict
    assert [d.text for d in out] == texts  # order kept
    assert max(sizes) > 4  # not nlp.pipe's 4 docs (1 a step): at least min_pipe_batch // 4
    assert all(d.ents is not None for d in out)
    single = [sorted((e.start_char, e.end_char, e.label_) for e in ner(nlp.get_pipe("tok2vec")(nlp.make_doc(t))).ents)
              for t in texts[:5]]
    assert single == [sorted((e.start_char, e.end_char, e.label_) for e in d.ents) for d in out[:5]]
