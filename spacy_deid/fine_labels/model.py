"""The fine-label model: a softmax regression over sparse string features, one softmax per coarse
category (NAME -> PATIENT / DOCTOR / USERNAME, LOCATION -> CITY / HOSPITAL / ..., ID, CONTACT).

Why not a library model: scoring is a sum of a few dozen weight rows, so the model is a feature
vocabulary and a small float16 matrix (numpy only, no pickle); training is a few epochs of
mini-batch Adam over the synthetic notes (``train.py``), a minute on one core.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np

from ..labels import FINE_LABELS

# Coarse categories whose spans the model refines (the others have a single fine label).
REFINED: Tuple[str, ...] = ("NAME", "LOCATION", "ID", "CONTACT")
MODEL_FILE = "fine_labels.json.gz"


def category_labels(coarse: str) -> List[str]:
    return [f for f, info in FINE_LABELS.items() if info.coarse == coarse]


@dataclass
class FineLabelModel:
    """``vocab`` maps a feature string to its row of ``weights`` (features x labels); ``labels``
    are the fine labels of the ``REFINED`` categories, in column order."""

    vocab: Dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    labels: List[str]

    def __post_init__(self) -> None:
        unknown = [f for f in self.labels if f not in FINE_LABELS]
        if unknown:
            raise ValueError(f"fine-label model holds labels that are not in the scheme: {unknown}")
        self._columns = {c: np.array([i for i, f in enumerate(self.labels) if FINE_LABELS[f].coarse == c], dtype=np.int64)
                         for c in REFINED}

    def scores(self, feats: Sequence[str], coarse: str) -> Dict[str, float]:
        """Probability of each fine label of ``coarse`` for a span with these features."""
        cols = self._columns.get(coarse)
        if cols is None or not len(cols):
            return {}
        rows = [self.vocab[f] for f in feats if f in self.vocab]
        logits = self.bias[cols].astype(np.float64)
        if rows:
            logits = logits + self.weights[rows][:, cols].astype(np.float64).sum(axis=0)
        p = np.exp(logits - logits.max())
        p /= p.sum()
        return {self.labels[c]: float(q) for c, q in zip(cols, p)}

    def predict(self, feats: Sequence[str], coarse: str) -> Optional[Tuple[str, float]]:
        """The most likely fine label of ``coarse`` and its probability (None: nothing to refine)."""
        s = self.scores(feats, coarse)
        if not s:
            return None
        label = max(s, key=s.__getitem__)
        return label, s[label]

    # -- storage: gzip'd JSON, weights as float16 bytes (no pickle) --------------------------
    def to_bytes(self) -> bytes:
        feats = sorted(self.vocab, key=self.vocab.__getitem__)
        doc = {
            "labels": self.labels, "features": feats, "shape": list(self.weights.shape),
            "weights": self.weights.astype("<f2").tobytes().hex(),
            "bias": [float(x) for x in self.bias],
        }
        return gzip.compress(json.dumps(doc, sort_keys=True).encode("utf-8"), mtime=0)

    @classmethod
    def from_bytes(cls, data: bytes) -> "FineLabelModel":
        doc = json.loads(gzip.decompress(data).decode("utf-8"))
        weights = np.frombuffer(bytes.fromhex(doc["weights"]), dtype="<f2").reshape(doc["shape"])
        return cls({f: i for i, f in enumerate(doc["features"])}, weights,
                   np.asarray(doc["bias"], dtype=np.float32), list(doc["labels"]))

    def to_disk(self, path: Union[str, Path]) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / MODEL_FILE).write_bytes(self.to_bytes())

    @classmethod
    def from_disk(cls, path: Union[str, Path]) -> "FineLabelModel":
        file = Path(path) / MODEL_FILE
        if not file.is_file():
            raise FileNotFoundError(f"no fine-label model in {path} (expected {MODEL_FILE}); "
                                    "train one with `spacy project run train-fine-labels`")
        return cls.from_bytes(file.read_bytes())


def fit(
    examples: Sequence[Tuple[List[str], str]], min_count: int = 2, epochs: int = 8,
    learn_rate: float = 0.05, l2: float = 1e-6, batch_size: int = 128, seed: int = 0,
    dropout: float = 0.0,
) -> FineLabelModel:
    """Train on ``(features, fine label)`` pairs of the ``REFINED`` categories (mini-batch Adam on
    the softmax of each example's category). ``dropout``: share of an example's features left out
    at each step, so that no single template cue carries a decision alone."""
    labels = [f for c in REFINED for f in category_labels(c)]
    col = {f: i for i, f in enumerate(labels)}
    counts: Dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    xs = [np.array(sorted({vocab[f] for f in feats if f in vocab}), dtype=np.int64) for feats, _ in examples]
    ys = np.array([col[y] for _, y in examples], dtype=np.int64)
    masks = {c: np.array([FINE_LABELS[f].coarse == c for f in labels]) for c in REFINED}
    cats = [masks[FINE_LABELS[y].coarse] for _, y in examples]
    W = np.zeros((len(vocab), len(labels)), dtype=np.float32)
    b = np.zeros(len(labels), dtype=np.float32)
    mW, vW = np.zeros_like(W), np.zeros_like(W)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    rng = np.random.default_rng(seed)
    step = 0
    b1, b2, eps = 0.9, 0.999, 1e-8
    for _ in range(epochs):
        order = rng.permutation(len(xs))
        for at in range(0, len(order), batch_size):
            batch = order[at:at + batch_size]
            gW = np.zeros_like(W)
            gb = np.zeros_like(b)
            for i in batch:
                x = xs[i]
                if dropout:
                    x = x[rng.random(len(x)) >= dropout]
                logits = W[x].sum(axis=0) + b
                logits = np.where(cats[i], logits, -np.inf)
                p = np.exp(logits - logits.max())
                p /= p.sum()
                p[ys[i]] -= 1.0
                gW[x] += p
                gb += p
            gW /= len(batch)
            gb /= len(batch)
            gW += l2 * W
            step += 1
            for param, grad, m, v in ((W, gW, mW, vW), (b, gb, mb, vb)):
                m *= b1
                m += (1 - b1) * grad
                v *= b2
                v += (1 - b2) * grad * grad
                param -= learn_rate * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + eps)
    return FineLabelModel(vocab, W, b, labels)
