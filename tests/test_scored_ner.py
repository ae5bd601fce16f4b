"""deid_ner (beam NER writing scored spans), the lexicon-aware embedding and the case augmenter:
a tiny real pipeline is trained, saved and loaded."""
from __future__ import annotations

import random

import pytest
import spacy
from spacy.training import Example
from thinc.api import Config

from spacy_deid.ml.lexicon_embed import N_FEATURES, LexiconFeatures, token_features

CFG = """
[nlp]
lang = "en"
pipeline = ["tok2vec","ner"]
[components]
[components.tok2vec]
factory = "tok2vec"
[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"
[components.tok2vec.model.embed]
@architectures = "spacy_deid.LexiconMultiHashEmbed.v1"
width = 32
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [500,200,200,200]
lexicon_width = 8
feature_dropout = 0.1
[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 32
depth = 2
window_size = 1
maxout_pieces = 3
[components.ner]
factory = "deid_ner"
beam_width = 4
[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 32
maxout_pieces = 2
use_upper = true
nO = null
[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 32
upstream = "*"
"""

TRAIN = [
    ("Seen by Dr Smith today", [(11, 16, "NAME")]),
    ("Wife Anna called at noon", [(5, 9, "NAME")]),
    ("Pt transferred to Grafton Hospital", [(18, 25, "LOCATION")]),
    ("Lungs clear, abd soft", []),
]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    spacy.util.fix_random_seed(0)
    nlp = spacy.util.load_model_from_config(Config().from_str(CFG), auto_fill=True)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TRAIN]
    nlp.initialize(lambda: examples)
    for _ in range(25):
        random.Random(0).shuffle(examples)
        nlp.update(examples)
    path = tmp_path_factory.mktemp("ner") / "model"
    nlp.to_disk(path)
    return nlp, path


def test_token_features_come_from_the_lexicon():
    assert token_features("12")[0] == 0 and token_features(",")[0] == 1
    assert token_features("discomfort")[0] == 3  # ordinary
    assert token_features("Nicholson")[0] == 5  # a listed name
    assert len(token_features("Anna")) == N_FEATURES


def test_feature_dropout_only_in_training():
    nlp = spacy.blank("en")
    layer = LexiconFeatures(feature_dropout=1.0)
    doc = nlp("Nicholson was seen")
    (feats,), _ = layer([doc], is_train=False)
    assert int(feats[0][0]) == 5
    (feats,), _ = layer([doc], is_train=True)
    assert all(int(f[0]) == 6 for f in feats)  # every token shown as unknown


def test_ner_writes_scored_phi_spans(trained):
    nlp, _ = trained
    doc = nlp("Seen by Dr Smith today")
    spans = [s for s in doc.spans["phi"] if s.id_ == "ner"]
    assert [s.text for s in spans] == [e.text for e in doc.ents]
    assert all(0.0 < s._.phi_scores["ner"] <= 1.0 for s in spans)


def test_saved_model_reloads_with_the_same_predictions(trained):
    nlp, path = trained
    again = spacy.load(path)
    assert again.get_pipe("ner").cfg["cut_at_breaks"] is True  # entities are cut at line breaks
    text = "Wife Anna called at noon"
    assert [(e.text, e.label_) for e in again(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]


def test_deid_components_join_a_trained_ner(trained):
    from spacy_deid.models import add_deid_components

    _, path = trained
    nlp = add_deid_components(spacy.load(path))
    assert nlp.pipe_names == ["tok2vec", "ner", "phi_patterns", "phi_lexicon", "phi_fine_labels", "deid_redactor"]
    doc = nlp("Seen by Dr Smith on 03/14/2021")
    assert "03/14/2021" not in doc._.deidentified


def test_static_vectors_join_the_lexicon_embedding(tmp_path):
    """``include_static_vectors``: the pipeline's word vectors are a fourth input of the
    embedding (measured for the default model and not kept: README, "Models"); the layer
    reads them, trains and reloads."""
    import numpy

    cfg = CFG.replace("feature_dropout = 0.1", "feature_dropout = 0.1\ninclude_static_vectors = true")
    spacy.util.fix_random_seed(0)
    nlp = spacy.util.load_model_from_config(Config().from_str(cfg), auto_fill=True)
    rng = numpy.random.default_rng(0)
    for word in "Seen by Dr Smith today Wife Anna called at noon".split():
        nlp.vocab.set_vector(word, rng.random(12, dtype="float32"))
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TRAIN]
    nlp.initialize(lambda: examples)
    embed = nlp.get_pipe("tok2vec").model.get_ref("embed")
    assert any(node.name == "static_vectors" for node in embed.walk())
    for _ in range(10):
        nlp.update(examples)
    nlp.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    assert again.vocab.vectors.n_keys == 10  # the vectors travel with the saved pipeline
    assert numpy.array_equal(again.vocab["Anna"].vector, nlp.vocab["Anna"].vector)
    text = "Wife Anna called at noon"
    assert [(e.text, e.label_) for e in again(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]


def test_case_variants_augmenter_keeps_annotations():
    from spacy_deid.training.augment import create_case_variants

    nlp = spacy.blank("en")
    ex = Example.from_dict(nlp.make_doc("Seen by Dr Smith"), {"entities": [(11, 16, "NAME")]})
    up = list(create_case_variants(upper=1.0, lower=0.0)(nlp, ex))[0]
    assert up.text == "SEEN BY DR SMITH" and [(e.text, e.label_) for e in up.reference.ents] == [("SMITH", "NAME")]
    low = list(create_case_variants(upper=0.0, lower=1.0)(nlp, ex))[0]
    assert low.text == "seen by dr smith"
    with pytest.raises(ValueError):
        create_case_variants(upper=0.8, lower=0.5)
