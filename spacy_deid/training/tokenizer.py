"""``spacy_deid.split_glued_ids.v1``: a tokenizer callback (``[nlp.after_creation]``) that splits the
pieces clinical forms glue together, so that a PHI value is a whole number of tokens:
"NHC-150679", "CP:28029", "Edad:62", "E-28046" (a letter code and ``-`` or ``:`` before digits),
"2014.El" (a full stop between a number and a capital), and "3 C." / "19, 11A." (a full stop after
an address unit at a sentence end). Without it the Spanish tokenizer widened 526 of MEDDOCAN's
training spans to the token around them."""
from __future__ import annotations

from typing import Callable

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

INFIXES = [
    r"(?<=[A-Za-zÀ-ÿ])[-:](?=\d)",  # NHC-150679, CP:28029, Edad:62
    r"(?<=\d)\.(?=[A-ZÀ-Ý][a-zà-ÿ])",  # 2014.El
]
SUFFIXES = [
    r"(?<=\d[A-Za-z])\.",  # 11A.
    r"(?<=\b[A-Za-z])\.(?=$)",  # "3 C." (a unit letter at a sentence end)
]


@registry.callbacks("spacy_deid.split_glued_ids.v1")
def create_split_glued_ids() -> Callable[[Language], Language]:
    def split_glued_ids(nlp: Language) -> Language:
        infixes = list(nlp.Defaults.infixes or []) + INFIXES
        suffixes = list(nlp.Defaults.suffixes or []) + SUFFIXES
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        return nlp

    return split_glued_ids
