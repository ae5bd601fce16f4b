"""``spacy_deid.case_variants.v1``: show training notes in ALL CAPS and in lower case too.

Real notes come in every case style (ICU nursing notes are mostly ALL CAPS, some are all lower
case); a model must find the same PHI in each. With probability ``upper`` a training example is
replaced by its upper-cased copy, with probability ``lower`` by its lower-cased copy (annotations
kept: spans are character offsets and case changes keep lengths; an example whose length would
change, such as German "ß", is left as it is).
"""
from __future__ import annotations

import random
from typing import Callable, Iterator

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry


@registry.augmenters("spacy_deid.case_variants.v1")
def create_case_variants(upper: float = 0.2, lower: float = 0.1) -> Callable[[Language, Example], Iterator[Example]]:
    if upper < 0 or lower < 0 or upper + lower > 1:
        raise ValueError("case_variants: upper and lower are probabilities that sum to at most 1")

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        r = random.random()
        if r < upper:
            change = str.upper
        elif r < upper + lower:
            change = str.lower
        else:
            yield example
            return
        text = example.text
        new = change(text)
        if len(new) != len(text):
            yield example
            return
        example_dict = example.to_dict()
        doc = nlp.make_doc(new)
        example_dict["token_annotation"]["ORTH"] = [change(t.text) for t in example.reference]
        yield example.from_dict(doc, example_dict)

    return augment
