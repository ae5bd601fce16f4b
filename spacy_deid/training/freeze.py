"""``spacy_deid.freeze_word_embeddings.v1``: a ``[training.before_update]`` callback that stops
training a transformer's word-embedding matrix.

multilingual-e5-small keeps 96M of its 118M weights in the embedding rows of XLM-R's 250k
word pieces. A batch of clinical notes touches a few thousand of them, yet PyTorch computes a
dense gradient for the whole matrix and the optimiser then updates all of it: on two CPU cores
that is a large part of each step, for rows the notes never use. With the matrix frozen the
encoder's layers, position embeddings and the NER still learn; a word piece keeps the vector
pretraining gave it.
"""
from __future__ import annotations

from typing import Any, Callable, Dict

from spacy.language import Language
from spacy.util import registry


def _word_embeddings(transformer: Any) -> Any:
    """The word-piece embedding module of a Hugging Face encoder (BERT, XLM-R, ...)."""
    get = getattr(transformer, "get_input_embeddings", None)
    if get is None:
        raise ValueError(f"{type(transformer).__name__} has no input embeddings to freeze")
    return get()


def freeze_word_embeddings(nlp: Language, component: str = "transformer") -> int:
    """Turn off the gradient of ``component``'s word-embedding matrix; returns how many weights
    it froze (0 when they were frozen already)."""
    if component not in nlp.pipe_names:
        raise ValueError(f"no component {component!r} to freeze in the pipeline {nlp.pipe_names}")
    transformer = nlp.get_pipe(component).model.transformer
    weight = _word_embeddings(transformer).weight
    if not weight.requires_grad:
        return 0
    weight.requires_grad_(False)
    weight.grad = None
    return int(weight.numel())


@registry.callbacks("spacy_deid.freeze_word_embeddings.v1")
def create_freeze_word_embeddings(component: str = "transformer") -> Callable[[Language, Dict[str, Any]], None]:
    """Freeze ``component``'s word embeddings before the first update (and check it each step:
    a cheap attribute read)."""

    def before_update(nlp: Language, args: Dict[str, Any]) -> None:
        freeze_word_embeddings(nlp, component)

    return before_update
