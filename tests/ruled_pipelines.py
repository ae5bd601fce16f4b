"""A pipeline whose NER is spaCy's EntityRuler: a real component that puts entities on the Doc as
a trained NER does, so the tests choose the model's guesses and check what our components do
with them (the veto, the redactor)."""
from __future__ import annotations

from typing import Iterable, Tuple

import spacy
from spacy.language import Language

from spacy_deid.components import deid_redactor, phi_word_veto  # noqa: F401


def ruled_pipeline(lang: str, patterns: Iterable[Tuple[str, str]], veto: bool = True) -> Language:
    """``patterns``: (text, label) of the model's entities; ``veto``: add ``phi_word_veto``."""
    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": text} for text, label in patterns])
    if veto:
        nlp.add_pipe("phi_word_veto", config={"lang": lang})
    nlp.add_pipe("deid_redactor", config={"mode": "tag"})
    return nlp
