"""A tok2vec embedding that knows the lexicon: ``spacy_deid.LexiconMultiHashEmbed.v1``.

spaCy's ``MultiHashEmbed`` (hash embeddings of NORM, PREFIX, SUFFIX, SHAPE) plus three small
learned embeddings of what the lexicon tables (``spacy_deid.lexicons``) say of each token:

- its class (digit, punctuation, function, ordinary, ambiguous, name, unknown, misspelling) as
  the name finders see it (``spacy_deid.finders.words.classify``);
- its flags (first name, family name, ordinary word, abbreviation, drug, place, state, country,
  job word, big place): 10 bits, one row per combination;
- its English frequency (Zipf, rounded down, 0-8);
- how much it reads as a name by its word vector, for listed names (``lexicons.nameness``: none,
  or five buckets).

A model trained on synthetic notes then knows that a word it never saw in training is an
ordinary English or medical word, a listed name, or truly unknown. During training a share
(``feature_dropout``) of tokens is shown as unknown, so the model keeps learning from context
and does not tag only listed names. The tables are the shipped ones; a model trained with other
tables should be retrained.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Tuple, Union

import numpy
from spacy.attrs import ORTH
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (Embed, HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list,
                       with_array)
from thinc.types import Floats2d, Ints2d

N_CLASSES = 8
N_FLAGS = 1024
N_ZIPF = 9
N_NAMENESS = 6
CLASS_IDS = {"digit": 0, "punct": 1, "function": 2, "ordinary": 3, "ambiguous": 4, "name": 5, "unknown": 6, "typo": 7}
UNKNOWN_ROW = (CLASS_IDS["unknown"], 0, 0, 0)
_BY_ORTH: Dict[int, Tuple[int, int, int, int]] = {}
N_FEATURES = 4


@lru_cache(maxsize=200_000)
def token_features(text: str) -> Tuple[int, int, int, int]:
    """(class id, flags, zipf bucket, nameness bucket) of a token text."""
    if not text:
        return (1, 0, 0, 0)
    if text[0].isdigit():
        return (0, 0, 0, 0)
    if not text[0].isalpha():
        return (1, 0, 0, 0)
    from ..finders.words import classify
    from ..lexicons import load_lexicon
    from ..lexicons.tables import NAME

    low = text.lower()
    lexicon = load_lexicon()
    flags, zipf, cls, typo = classify(low, lexicon)
    cid = CLASS_IDS["typo"] if typo else CLASS_IDS.get(cls, CLASS_IDS["unknown"])
    # names only: the lexicon scores big places' words too, which the shipped models never saw
    nameness = lexicon.nameness(low) if flags & NAME else None
    nb = 0 if nameness is None else 1 + min(N_NAMENESS - 2, int(nameness * (N_NAMENESS - 1)))
    return (cid, flags & (N_FLAGS - 1), min(N_ZIPF - 1, int(zipf)), nb)


def LexiconFeatures(feature_dropout: float = 0.1) -> Model[List[Doc], List[Ints2d]]:
    """Docs -> one (n_tokens, 4) int array each: class, flags, zipf and nameness buckets."""
    return Model("lexicon_features", _features_forward, attrs={"feature_dropout": feature_dropout})


def _features_forward(model: Model, docs: List[Doc], is_train: bool):
    drop = float(model.attrs["feature_dropout"]) if is_train else 0.0
    out = []
    for doc in docs:
        # by ORTH hash (the same in every vocab): no Token object per token, one lookup per new word
        strings = doc.vocab.strings
        rows = []
        for orth in doc.to_array(ORTH).tolist():
            row = _BY_ORTH.get(orth)
            if row is None:
                if len(_BY_ORTH) > 200_000:
                    _BY_ORTH.clear()
                row = _BY_ORTH[orth] = token_features(strings[orth])
            rows.append(row)
        arr = numpy.array(rows, dtype="uint64").reshape((len(doc), N_FEATURES))
        if drop > 0.0 and len(doc):
            mask = numpy.random.random(len(doc)) < drop
            arr[mask] = UNKNOWN_ROW
        out.append(model.ops.asarray2i(arr, dtype="uint64"))

    def backprop(d_features):
        return []

    return out, backprop


@registry.architectures("spacy_deid.LexiconMultiHashEmbed.v1")
def LexiconMultiHashEmbed(
    width: int,
    attrs: List[Union[str, int]],
    rows: List[int],
    lexicon_width: int = 16,
    feature_dropout: float = 0.1,
    include_static_vectors: bool = False,
) -> Model[List[Doc], List[Floats2d]]:
    """``MultiHashEmbed`` plus the lexicon embeddings, mixed by Maxout; with
    ``include_static_vectors`` also the pipeline's static word vectors, projected to ``width``
    (``[initialize] vectors`` must name a pipeline that has them)."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    hashed = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))]
    lexical = [
        Embed(lexicon_width, N_CLASSES, column=0, dropout=0.0),
        Embed(lexicon_width, N_FLAGS, column=1, dropout=0.0),
        Embed(lexicon_width, N_ZIPF, column=2, dropout=0.0),
        Embed(lexicon_width, N_NAMENESS, column=3, dropout=0.0),
    ]
    concat_size = width * len(attrs) + lexicon_width * len(lexical)
    parts = [
        chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*hashed))),
        chain(LexiconFeatures(feature_dropout), list2ragged(), with_array(concatenate(*lexical))),
    ]
    if include_static_vectors:
        parts.append(StaticVectors(nO=width, dropout=0.0))
        concat_size += width
    return chain(
        concatenate(*parts),
        with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
